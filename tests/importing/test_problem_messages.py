"""An import's problems are messages: English for the CLI and the history's text, and kept in the
history with how they were made, so the window can say them in its language when it reads them
back (``gui.i18n.said``; here a dictionary stands in for Qt's translations)."""

from __future__ import annotations

import json

from resource_desk.core.messages import Message, joined, msg
from resource_desk.importing.history import import_problems
from resource_desk.importing.problems import (
    REJECTED,
    ImportFileError,
    Problem,
    ProblemLog,
    grouped,
    message_data,
    message_from,
)
from resource_desk.importing.service import run_import

SPANISH = {
    "row {row}": "fila {row}",
    "column “{column}”": "columna «{column}»",
    "no name (the “{column}” cell is empty)": "sin nombre (la celda «{column}» está vacía)",
    "“{value}” is not a date": "«{value}» no es una fecha",
    "{reason} (rows {rows})": "{reason} (filas {rows})",
    "{rows} and {count} more": "{rows} y {count} más",
    "{file} has more than {count} rows, the most one import reads": "{file} tiene más de {count} filas",
}


def spanish(source: str) -> str:
    return SPANISH.get(source, source)


def test_a_problem_line_is_the_english_it_was_and_can_be_said_in_spanish():
    problem = Problem(msg("no name (the “{column}” cell is empty)", column="Name"), 12, "Name", REJECTED, "a.csv")
    line = problem.line()
    assert line == "a.csv, row 12, column “Name”: no name (the “Name” cell is empty)"
    assert line.translated(spanish) == "a.csv, fila 12, columna «Name»: sin nombre (la celda «Name» está vacía)"
    assert Problem(msg("“{value}” is not a date", value="ayer")).line() == "“ayer” is not a date"


def test_the_history_keeps_how_a_problem_was_said_and_says_it_again():
    problem = Problem(msg("“{value}” is not a date", value="ayer"), 5, "Verified", file="a.csv")
    stored = json.loads(json.dumps(problem.stored()))
    assert stored["reason"] == "“ayer” is not a date" and "message" in stored
    assert "message" not in problem.as_dict()  # the CLI's --json stays as it was
    again = Problem.from_dict(stored)
    assert again == problem and isinstance(again.reason, Message)
    assert again.line().translated(spanish) == "a.csv, fila 5, columna «Verified»: «ayer» no es una fecha"
    # An import recorded before messages were kept, or a message that no longer makes the
    # English the history kept: the English, as it was.
    assert not isinstance(Problem.from_dict({"reason": "“ayer” is not a date"}).reason, Message)
    changed = dict(stored, reason="something else")
    assert Problem.from_dict(changed).reason == "something else"
    assert Problem.from_dict(dict(stored, message={"bogus": 1})).reason == "“ayer” is not a date"


def test_nested_joined_and_grouped_values_survive_the_round_trip():
    message = msg("{reason} (rows {rows})", reason=msg("“{value}” is not a date", value="x"),
                  rows=msg("{rows} and {count} more", rows=joined(", ", ["3", "4"]), count=7))
    limit = msg("{file} has more than {count} rows, the most one import reads", file="a.csv", count=grouped(2000000))
    from resource_desk.core.messages import LanguageName

    withheld = msg("“{item}” says {withheld} is not offered, or not yet; no language read, kept in the private notes",
                   item="no Spanish", withheld=joined(", ", [LanguageName("Spanish")]))
    for original in (message, limit, withheld):
        again = message_from(json.loads(json.dumps(message_data(original))))
        assert again == original and again.translated(spanish) == original.translated(spanish)
    assert limit == "a.csv has more than 2,000,000 rows, the most one import reads"
    assert limit.translated(spanish, number=lambda n: f"{n:,}".replace(",", ".")) == "a.csv tiene más de 2.000.000 filas"
    assert message.translated(spanish) == "«x» no es una fecha (filas 3, 4 y 7 más)"


def test_grouped_warnings_name_their_rows_in_words():
    log = ProblemLog()
    for row in range(2, 15):
        log.warn_grouped("status", msg("“{value}” is not a date", value="ayer"), row, "Verified")
    (warning,) = log.warnings
    assert warning.reason == "“ayer” is not a date (rows 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 and 3 more)"
    assert warning.reason.translated(spanish) == "«ayer» no es una fecha (filas 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 y 3 más)"


def test_an_import_stores_its_problems_as_messages(catalogue, tmp_path):
    path = tmp_path / "list.csv"
    path.write_text("Name,Last verified\n,2024-01-01\nClinic,ayer\n", encoding="utf-8")
    result = run_import(catalogue, path)
    rejected, warnings = import_problems(catalogue, result.batch_id)
    assert [p.line() for p in rejected] == [p.line() for p in result.problems]
    assert [p.line() for p in warnings] == [p.line() for p in result.warnings]
    assert all(isinstance(p.reason, Message) for p in rejected + warnings)
    assert "“ayer” is not a date" in {p.reason for p in warnings}
    assert result.summary() == "1 created, 0 updated, 0 skipped, 1 rejected"


def test_a_file_error_is_a_message():
    try:
        run_import(None, "/no/such/file.csv")  # type: ignore[arg-type]
    except ImportFileError as error:
        assert str(error) == "/no/such/file.csv: no such file"
        assert isinstance(error.args[0], Message) and error.args[0].source == "{path}: no such file"
    else:  # pragma: no cover
        raise AssertionError("no error")
