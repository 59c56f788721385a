"""Messages core/ writes for the person: English strings everywhere, that the window can say in
its own language (``gui.i18n.said`` passes Qt's translate as ``translate``)."""

from __future__ import annotations

import copy
import pickle

from resource_desk.core.errors import UserError
from resource_desk.core.messages import Message, joined, msg, plural, say

SPANISH = {
    "Row {row}: {problem}": "Fila {row}: {problem}",
    "no name": "sin nombre",
    "1 row was skipped": "se omitió 1 fila",
    "{count} rows were skipped": "se omitieron {count} filas",
    "The file {path} has {count} rows": "El archivo {path} tiene {missing} filas",  # a field it does not have
}


def spanish(source: str) -> str:
    return SPANISH.get(source, source)


def test_a_message_is_its_english_and_keeps_how_it_was_made():
    message = msg("Row {row}: {problem}", row=12, problem=msg("no name"))
    assert message == "Row 12: no name"
    assert isinstance(message, str) and f"{message}!" == "Row 12: no name!"
    assert message.source == "Row {row}: {problem}"
    assert str(UserError(message)) == "Row 12: no name"


def test_the_window_says_it_in_its_language_values_and_all():
    message = msg("Row {row}: {problem}", row=12345, problem=msg("no name"))
    assert message.translated(spanish) == "Fila 12345: sin nombre"
    assert message.translated(spanish, number=lambda n: f"{n:,}".replace(",", ".")) == "Fila 12.345: sin nombre"
    assert say(message, spanish) == "Fila 12345: sin nombre"
    assert say("plain words", spanish) == "plain words"  # a plain string is data, said as it is
    assert say(message) == "Row 12345: no name"


def test_a_translation_that_does_not_fit_its_values_falls_back_to_english():
    message = msg("The file {path} has {count} rows", path="a.csv", count=3)
    assert message.translated(spanish) == "The file a.csv has 3 rows"


def test_plurals_and_joined_lists_are_said_part_by_part():
    for count, english, spanish_words in ((1, "1 row was skipped", "se omitió 1 fila"),
                                          (4, "4 rows were skipped", "se omitieron 4 filas")):
        message = plural(count, msg("1 row was skipped"), msg("{count} rows were skipped", count=count))
        assert message == english and message.translated(spanish) == spanish_words
    parts = joined("; ", [msg("no name"), "a.csv", msg("Row {row}: {problem}", row=2, problem=msg("no name"))])
    assert parts == "no name; a.csv; Row 2: no name"
    assert parts.translated(spanish) == "sin nombre; a.csv; Fila 2: sin nombre"


def test_a_message_survives_copy_and_pickle():
    message = msg("Row {row}: {problem}", row=1, problem=joined(", ", [msg("no name")]))
    for clone in (copy.deepcopy(message), pickle.loads(pickle.dumps(message))):
        assert isinstance(clone, Message) and clone == message
        assert clone.translated(spanish) == "Fila 1: sin nombre"


def test_a_language_name_is_lowercase_inside_a_translated_sentence():
    from resource_desk.core.messages import LanguageName

    labels = {"Spanish": "Español", "{item} says {language} is not offered": "{item} dice que {language} no se ofrece"}
    message = msg("{item} says {language} is not offered", item="“no Spanish”", language=LanguageName("Spanish"))
    assert message == "“no Spanish” says Spanish is not offered"
    assert message.translated(lambda s: labels.get(s, s)) == "“no Spanish” dice que español no se ofrece"
    assert pickle.loads(pickle.dumps(message)).translated(lambda s: labels.get(s, s)).endswith("español no se ofrece")
