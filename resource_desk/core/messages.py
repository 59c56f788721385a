"""Words for the person that core/ and importing/ write, which the window can say in its language.

core/ has no Qt, so what it tells the person (a ``UserError``'s message, an import's summary, a
problem on row 12) is English. ``msg("Row {row}: {problem}", row=12, problem=…)`` makes it a
``Message``: a ``str`` holding that English, so the CLI, logs and tests use it as any string,
which also keeps its English template and values. The window translates the template by Qt's
translation system and fills in the values (``gui.i18n.say``): the template is what lupdate puts
in the .ts files (``make translations`` tells lupdate that ``msg`` is a translation function).

Plurals are two messages, chosen by the count (``plural``): English and Spanish, the languages the
window speaks, both have one form for 1 and one for the rest.

Templates use ``{name}`` fields without format specs: the window writes numbers its locale's way,
so a count is passed as an ``int`` and a number already written out as a ``str``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

Translate = Callable[[str], str]


class Message(str):
    """English words for the person that remember how they were made, to be said in another language."""

    source: str
    values: dict[str, Any]

    def __new__(cls, source: str, values: dict[str, Any] | None = None) -> Message:
        values = dict(values or {})
        made = super().__new__(cls, _fill(source, values, None, None))
        made.source = source
        made.values = values
        return made

    def translated(self, translate: Translate, number: Callable[[int], str] | None = None) -> str:
        """These words in the language ``translate`` speaks; English where its template is not
        translated or its translation does not fit the values (a field it does not have)."""
        try:
            return _fill(translate(self.source), self.values, translate, number)
        except (KeyError, IndexError, ValueError):
            return _fill(self.source, self.values, translate, number)

    def __reduce__(self):  # a str subclass with fields: copy and pickle keep them
        return (type(self), (self.source, self.values))


class Joined(Message):
    """Messages (or plain strings) joined by a separator, each said in the window's language."""

    parts: tuple[str, ...]
    separator: str

    def __new__(cls, separator: str, parts: Iterable[str]) -> Joined:
        parts = tuple(parts)
        made = str.__new__(cls, separator.join(parts))
        made.source = ""
        made.values = {}
        made.parts = parts
        made.separator = separator
        return made

    def translated(self, translate: Translate, number: Callable[[int], str] | None = None) -> str:
        return self.separator.join(say(part, translate, number) for part in self.parts)

    def __reduce__(self):
        return (type(self), (self.separator, self.parts))


class LanguageName(Message):
    """A language's English name inside a sentence. Its translation is the label pickers show
    ("Español"); Spanish, the other language the window speaks, writes language names in
    lowercase within a sentence ("dice que español no se ofrece"), English with a capital."""

    def translated(self, translate: Translate, number: Callable[[int], str] | None = None) -> str:
        said = super().translated(translate, number)
        return said if said == str.__str__(self) else said[:1].lower() + said[1:]


def msg(source: str, /, **values: Any) -> Message:
    """The message ``source`` with its ``{fields}`` filled from ``values`` (which may be messages too)."""
    return Message(source, values)


def plural(count: int, one: Message, many: Message) -> Message:
    """``one`` when ``count`` is 1, otherwise ``many`` (both written with the count in their values)."""
    return one if count == 1 else many


def joined(separator: str, parts: Iterable[str]) -> Message:
    return Joined(separator, parts)


def say(text: Any, translate: Translate | None = None, number: Callable[[int], str] | None = None) -> str:
    """``text`` as words: a message translated by ``translate`` (English without one), a number
    written by ``number``, anything else as ``str`` writes it."""
    if isinstance(text, Message):
        return text.translated(translate, number) if translate is not None else str.__str__(text)
    if number is not None and isinstance(text, int) and not isinstance(text, bool):
        return number(text)
    return str(text)


def _fill(template: str, values: dict[str, Any], translate: Translate | None, number) -> str:
    if not values:
        return template
    return template.format(**{name: say(value, translate, number) for name, value in values.items()})
