"""Phone numbers: normalising one, and finding several in one cell ("(415) 550-2210, TTY: (415) 647-6332")."""

from __future__ import annotations

import re
from contextlib import suppress

import phonenumbers

from resource_desk.core.records import PhoneRecord

DEFAULT_REGION = "US"
_DIGITS = re.compile(r"\d")
_SHORT_CODE = re.compile(r"^\s*\d(?:-?\d){2,5}\s*$")  # 988, 211, 741741, 678-678
# Words before or after a number that say what kind of line it is.
_KIND_WORDS = [
    ("tty", re.compile(r"\b(tty|tdd|teletype|videophone|vp)\b", re.I)),
    ("fax", re.compile(r"\bfax\b", re.I)),
    ("text", re.compile(r"\b(text|sms|txt)\b", re.I)),
    ("hotline", re.compile(r"\b(hotline|crisis|24/7|24 hours?|helpline|toll[- ]?free)\b", re.I)),
]


def normalize(number: str, region: str = DEFAULT_REGION) -> str:
    """E.164 ("+15105550142") where the number parses; otherwise its digits ("988")."""
    with suppress(phonenumbers.NumberParseException):
        parsed = phonenumbers.parse(number, region)
        if phonenumbers.is_possible_number(parsed):
            return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
    return "".join(_DIGITS.findall(number))


def is_valid_phone(number: str, region: str = DEFAULT_REGION) -> bool:
    """A number a person could dial: a possible national number or a short code such as 988."""
    if _SHORT_CODE.match(number):
        return True
    try:
        return phonenumbers.is_possible_number(phonenumbers.parse(number, region))
    except phonenumbers.NumberParseException:
        return False


def kind_from_words(text: str, default: str = "voice") -> str:
    for kind, pattern in _KIND_WORDS:
        if pattern.search(text):
            return kind
    return default


def split_phones(cell: str, default_kind: str = "voice", region: str = DEFAULT_REGION) -> list[PhoneRecord]:
    """Every number in a cell, each with the kind the words around it give."""
    cell = cell.strip()
    if not cell:
        return []
    found: list[PhoneRecord] = []
    last_end = 0
    for match in phonenumbers.PhoneNumberMatcher(cell, region, leniency=phonenumbers.Leniency.POSSIBLE):
        before = cell[last_end:match.start]
        last_end = match.end
        number = match.raw_string.strip()
        extension = match.number.extension or None
        found.append(
            PhoneRecord(
                number=number,
                kind=kind_from_words(before, default_kind),
                extension=extension,
                label=_label(before),
                normalized=phonenumbers.format_number(match.number, phonenumbers.PhoneNumberFormat.E164),
            )
        )
    if not found and _DIGITS.search(cell):
        digits = "".join(_DIGITS.findall(cell))
        if len(digits) >= 3:
            found.append(PhoneRecord(number=cell, kind=kind_from_words(cell, default_kind), normalized=digits))
    return found


def _label(text: str) -> str | None:
    label = text.strip(" ,;:/|-\n\t()")
    return label[:100] or None
