"""The sheet's fixed words in the client's language, from ``resources/translations/*.json``.

Adding a language is adding a file named after its code (``fr.json``) with the same keys
as ``en.json``; a key it lacks falls back to English. Resource text is never translated;
the starting tag vocabulary, kinds, costs and language names are, where the file says how.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path

from resource_desk.core.errors import UserError
from resource_desk.core.messages import msg
from resource_desk.core.languages import LANGUAGES
from resource_desk.core.paths import resource_path

TRANSLATIONS_DIR = resource_path("translations")
FALLBACK = "en"


class TranslationError(UserError, LookupError):
    """A language with no translation file; the message is for the user."""


@dataclass(frozen=True)
class Translation:
    code: str
    name: str  # the language's own name ("Español"), for menus
    strings: dict[str, str]
    date_format: str
    month_year_format: str
    months: tuple[str, ...]
    phone_kinds: dict[str, str]
    kinds: dict[str, str]
    costs: dict[str, str]
    delivery: dict[str, str]
    tags: dict[str, str]
    language_names: dict[str, str]
    discreet_words: tuple[str, ...] = field(default=())
    discreet_kinds: dict[str, str] = field(default_factory=dict)  # kinds as a discreet sheet says them
    discreet_phone_kinds: dict[str, str] = field(default_factory=dict)
    direction: str = "ltr"  # "rtl" for Arabic, Hebrew, Persian, Urdu
    review: str = ""  # who has checked the file; empty when a speaker has reviewed it
    fonts: tuple[str, ...] = ()  # families to try before the sheet's own (a script's face)

    def __call__(self, key: str, **values: object) -> str:
        """The string for ``key``, with ``{name}`` placeholders filled."""
        text = self.strings.get(key, key)
        return text.format(**values) if values else text

    def date(self, day: date) -> str:
        return self.date_format.format(day=day.day, month=self.months[day.month - 1], year=day.year)

    def month_year(self, day: date) -> str:
        return self.month_year_format.format(month=self.months[day.month - 1], year=day.year)

    def tag(self, facet: str, name: str) -> str:
        return self.tags.get(f"{facet}:{name}", name)

    def language(self, code: str) -> str:
        """A resource's language by name: this file's word for it, else its English name for an
        English sheet and its own name (what its speakers read) for any other."""
        if code in self.language_names:
            return self.language_names[code]
        names = LANGUAGES.get(code)
        if names is None:
            return code
        return names[0] if self.code == "en" else names[1]


def _read(path: Path) -> dict:
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise TranslationError(msg("cannot read translation file {file}: {reason}", file=path.name,
                                   reason=str(exc))) from exc
    if not isinstance(document, dict):
        raise TranslationError(msg("translation file {file} does not hold an object", file=path.name))
    return document


def _merged(base: dict, over: dict) -> dict:
    result = dict(base)
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(result.get(key), dict):
            result[key] = {**result[key], **value}
        else:
            result[key] = value
    return result


@lru_cache(maxsize=None)
def _load(code: str, directory: Path) -> Translation:
    path = directory / f"{code}.json"
    if not path.is_file():
        raise TranslationError(msg("no sheet translation for “{code}”; available: {codes}", code=code,
                                   codes=", ".join(c for c, _ in available_languages(directory))))
    own = _read(path)
    document = own
    if code != FALLBACK:
        document = _merged(_read(directory / f"{FALLBACK}.json"), own)
        # These belong to one language: English entries must not leak into another sheet.
        for key in ("tags", "language_names", "discreet_words", "discreet_kinds", "discreet_phone_kinds"):
            document[key] = own.get(key, {} if key != "discreet_words" else [])
    months = tuple(document.get("months", ()))
    if len(months) != 12:
        raise TranslationError(msg("translation file {file} needs twelve month names", file=path.name))
    return Translation(
        code=code,
        name=document.get("name", code),
        strings=dict(document.get("strings", {})),
        date_format=document.get("date", "{year}-{month}-{day}"),
        month_year_format=document.get("month_year", "{month} {year}"),
        months=months,
        phone_kinds=dict(document.get("phone_kinds", {})),
        kinds=dict(document.get("kinds", {})),
        costs=dict(document.get("costs", {})),
        delivery=dict(document.get("delivery", {})),
        tags=dict(document.get("tags", {})),
        language_names=dict(document.get("language_names", {})),
        discreet_words=tuple(document.get("discreet_words", ())),
        discreet_kinds=dict(document.get("discreet_kinds", {})),
        discreet_phone_kinds=dict(document.get("discreet_phone_kinds", {})),
        direction="rtl" if document.get("direction") == "rtl" else "ltr",
        review=str(own.get("review", "")),
        fonts=tuple(own.get("fonts", ())),
    )


def translation(code: str, directory: Path | None = None) -> Translation:
    return _load(code.strip().lower(), directory or TRANSLATIONS_DIR)


def available_languages(directory: Path | None = None) -> list[tuple[str, str]]:
    """(code, own name) of every translation file, English first then by code."""
    directory = directory or TRANSLATIONS_DIR
    found = []
    for path in sorted(directory.glob("*.json")):
        try:
            name = _read(path).get("name", path.stem)
        except TranslationError:
            continue
        found.append((path.stem, str(name)))
    return sorted(found, key=lambda item: (item[0] != FALLBACK, item[0]))


def language_codes(directory: Path | None = None) -> list[str]:
    return [code for code, _ in available_languages(directory)]


def all_discreet_words(directory: Path | None = None) -> tuple[str, ...]:
    """Identity words of every language: a title can be written in any of them."""
    words: list[str] = []
    for code in language_codes(directory):
        t = translation(code, directory)
        words.extend(t.discreet_words)
        words.extend(v for k, v in t.tags.items() if k.startswith("identity:"))
    return tuple(dict.fromkeys(words))


def tag_names_everywhere(keys) -> tuple[str, ...]:
    """The names of these tags ("facet:name") in every translation file that names them."""
    keys = list(keys)
    names: list[str] = []
    for code in language_codes():
        t = translation(code)
        names.extend(t.tags[key] for key in keys if key in t.tags)
    return tuple(dict.fromkeys(names))
