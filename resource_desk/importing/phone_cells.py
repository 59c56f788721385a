"""Phone numbers in a cell, fast.

``core.phones.split_phones`` (phonenumbers' matcher) reads any cell but costs about a
millisecond; most cells hold plain North American numbers, which a regular expression
reads in microseconds with the same result. Cells it is not sure of — digits left over,
letters in the number, other countries — go to ``split_phones``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from resource_desk.core.phones import DEFAULT_REGION, kind_from_words, normalize, split_phones
from resource_desk.core.records import PhoneRecord

_NANP = re.compile(
    r"(?<![\d+\w])(?:\+?1[\s.-]?)?(?:\((\d{3})\)|(\d{3}))[\s.-]?(\d{3})[\s.-]?(\d{4})"
    r"(?:\s*(?:x|ext\.?|extension|#)\s*(\d{1,6}))?(?![\d\w])",
    re.I,
)
_DIGIT = re.compile(r"\d")


@lru_cache(maxsize=16384)
def phones_in(cell: str, default_kind: str = "voice", region: str = DEFAULT_REGION) -> tuple[PhoneRecord, ...]:
    """Every number in a cell with its kind ("TTY: …" is a TTY line) and extension."""
    cell = cell.strip()
    if not cell:
        return ()
    if region == DEFAULT_REGION:
        found = []
        last_end = 0
        for match in _NANP.finditer(cell):
            before = cell[last_end:match.start()]
            if _DIGIT.search(before):
                break
            area = match[1] or match[2]
            words = before.strip(" ,;:/|-\n\t()")
            found.append(PhoneRecord(
                number=match[0],
                kind=kind_from_words(words, default_kind) if words else default_kind,
                extension=match[5],
                label=words[:100] or None,
                normalized=f"+1{area}{match[3]}{match[4]}",
            ))
            last_end = match.end()
        else:
            if found and not _DIGIT.search(cell[last_end:]):
                return tuple(found)
    return tuple(split_phones(cell, default_kind, region))


# The phones cell of Resource Desk's own CSV export: one number a line,
# "kind: number[ ext. extension][ [label]]", read back exactly.
_EXPORT_LINE = re.compile(r"^(voice|text|tty|hotline|fax): (.+?)(?: ext\. ([^\s\[\]]+))?(?: \[(.*)\])?$")


def format_phone(phone: PhoneRecord) -> str:
    text = f"{phone.kind}: {phone.number}"
    if phone.extension:
        text += f" ext. {phone.extension}"
    if phone.label:
        text += f" [{phone.label}]"
    return text


def exported_phones(cell: str) -> tuple[PhoneRecord, ...] | None:
    """The phones of an exported cell, or None when the cell is not in that form."""
    lines = [line.strip() for line in cell.split("\n") if line.strip()]
    if not lines:
        return None
    found = []
    for line in lines:
        match = _EXPORT_LINE.match(line)
        if not match:
            return None
        kind, number, extension, label = match.groups()
        parsed = phones_in(number, kind)
        normalized = parsed[0].normalized if len(parsed) == 1 else normalize(number)
        found.append(PhoneRecord(number=number, kind=kind, extension=extension, label=label or None,
                                 normalized=normalized))
    return tuple(found)
