"""Turning the text of a cell into a value: yes/no, dates, ages, cost, status, lists, web
addresses, one-line postal addresses. Each parser is small, cached where cells repeat,
and says when it cannot read a value (the caller reports it)."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import lru_cache

from resource_desk.core.records import AddressRecord
from resource_desk.core.text import fold
from resource_desk.core.validation import is_valid_email, is_valid_website, normalize_website

TRUE_WORDS = frozenset({"yes", "y", "x", "1", "true", "t", "checked", "✓", "✔", "☑", "•", "*", "oui", "si", "sí",
                        "available", "offered", "provided", "on"})
FALSE_WORDS = frozenset({"no", "n", "0", "false", "f", "unchecked", "-", "–", "none", "off", "n/a", "na", "not"})


def truth(value: str) -> bool | None:
    """True for yes/x/1/TRUE/✓, False for blank/no/0/FALSE, None for anything else."""
    key = value.strip().casefold()
    if not key:
        return False
    if key in TRUE_WORDS:
        return True
    if key in FALSE_WORDS:
        return False
    return None


def is_flag_column(values: list[str]) -> bool:
    """A column whose filled cells are all yes/no style (and at least one is "yes")."""
    seen_true = False
    filled = 0
    for value in values:
        if not value.strip():
            continue
        filled += 1
        result = truth(value)
        if result is None:
            return False
        seen_true = seen_true or result
    return filled > 0 and seen_true


# -- lists --------------------------------------------------------------------------

_STRONG_SEPARATORS = re.compile(r"\s*(?:;|\||\n|\r|\\n)\s*")
_COMMA = re.compile(r"\s*,\s*")
_LEADING_JOIN = re.compile(r"^(?:and|or|&|plus)\s+", re.I)


@lru_cache(maxsize=8192)
def split_list(cell: str) -> tuple[str, ...]:
    """Items of a list cell: split on ; | or line breaks when there are any, else on commas."""
    if not cell:
        return ()
    pattern = _STRONG_SEPARATORS if _STRONG_SEPARATORS.search(cell) else _COMMA
    items = []
    for item in pattern.split(cell):
        item = _LEADING_JOIN.sub("", item.strip(" .\t\"'"))
        if item:
            items.append(item)
    return tuple(items)


# -- dates --------------------------------------------------------------------------

_MONTHS = {m: i for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                                       "dec"], start=1)}
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d\d:?\d\d)?)?$")
_SLASHED = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp][Mm])?)?$")
_YMD_SLASHED = re.compile(r"^(\d{4})/(\d{1,2})/(\d{1,2})(?:\s+[\d:]+)?$")
_MONTH_FIRST = re.compile(r"^([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{1,4})$")
_DAY_FIRST = re.compile(r"^(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{1,4})$")
_EXCEL_SERIAL = re.compile(r"^\d{5}(?:\.\d+)?$")
UNKNOWN = object()


def _year(text: str) -> int:
    year = int(text)
    if len(text) == 2:
        pivot = date.today().year % 100 + 1
        year += 2000 if year <= pivot else 1900
    return year


def _make(year: int, month: int, day: int):
    if year < 1900:
        return UNKNOWN  # "January 01, 0001": a placeholder for "no date"
    try:
        return date(year, month, day)
    except ValueError:
        return None


@lru_cache(maxsize=4096)
def parse_date(value: str):
    """A date, ``UNKNOWN`` for a placeholder such as "January 01, 0001", or None if unreadable.

    Forms: 2011-08-17, 8/17/11 0:00, 08/17/2011, 2011/08/17, January 01, 2011, 17 Aug 2011,
    Excel serial day numbers. Slashed dates are month first (as US 211 exports write them)
    unless the first number cannot be a month.
    """
    text = value.strip()
    if not text:
        return UNKNOWN
    if m := _ISO.match(text):
        return _make(int(m[1]), int(m[2]), int(m[3]))
    if m := _SLASHED.match(text):
        first, second, year = int(m[1]), int(m[2]), _year(m[3])
        month, day = (first, second) if first <= 12 else (second, first)
        return _make(year, month, day)
    if m := _YMD_SLASHED.match(text):
        return _make(int(m[1]), int(m[2]), int(m[3]))
    if m := _MONTH_FIRST.match(text):
        month = _MONTHS.get(m[1][:3].lower())
        return _make(_year(m[3]) if len(m[3]) == 2 else int(m[3]), month, int(m[2])) if month else None
    if m := _DAY_FIRST.match(text):
        month = _MONTHS.get(m[2][:3].lower())
        return _make(_year(m[3]) if len(m[3]) == 2 else int(m[3]), month, int(m[1])) if month else None
    if _EXCEL_SERIAL.match(text):
        serial = float(text)
        if 20000 <= serial <= 80000:
            return (datetime(1899, 12, 30) + timedelta(days=int(serial))).date()
    return None


# -- ages ---------------------------------------------------------------------------

_AGE_RANGE = re.compile(r"(?:ages?\s*)?(\d{1,3})\s*(?:-|–|—|\u00ad|to|through|thru)\s*(\d{1,3})", re.I)
_AGE_MIN = re.compile(r"(\d{1,3})\s*(?:\+|(?:years?(?:\s+old)?|yrs?\.?)?\s*(?:and|&|or)\s*(?:older|over|up|above))",
                      re.I)
_AGE_MIN2 = re.compile(r"(?:over|above|at least|minimum(?: age)?:?)\s*(?:age\s*)?(\d{1,3})", re.I)
_AGE_MAX = re.compile(r"(?:under|below|younger than|up to|less than)\s*(?:age\s*)?(\d{1,3})", re.I)


@lru_cache(maxsize=4096)
def parse_ages(text: str) -> tuple[int | None, int | None]:
    """(lowest, highest) age in a cell such as "12 - 24 years old", "18 and older", "55+", "under 18"."""
    if m := _AGE_RANGE.search(text):
        low, high = int(m[1]), int(m[2])
        if low <= high <= 120:
            return low, high
    if m := _AGE_MIN.search(text) or _AGE_MIN2.search(text):
        low = int(m[1])
        if low <= 120:
            return low, None
    if m := _AGE_MAX.search(text):
        high = int(m[1])
        if 0 < high <= 121:
            return None, high - 1 if re.search(r"under|below|younger|less", m[0], re.I) else high
    return None, None


def parse_age(text: str) -> int | None:
    m = re.search(r"\d{1,3}", text)
    if m and int(m[0]) <= 120:
        return int(m[0])
    return None


# -- enumerations -------------------------------------------------------------------

@lru_cache(maxsize=2048)
def parse_cost(text: str) -> str | None:
    key = fold(text)
    if not key:
        return None
    if key in ("free", "sliding_scale", "insurance", "paid"):
        return key
    if re.match(r"^(free|none|no (fee|cost|charge)s?|no-cost|\$0(\.00)?)\b", key) or key in ("0", "n/a - free"):
        return "free"
    if "sliding" in key or "based on income" in key or "according to income" in key or "income-based" in key:
        return "sliding_scale"
    if "donation" in key and not re.search(r"\bfees?\b|\bcharge", key):
        return None  # "suggested donation": neither free nor a fee
    if re.search(r"\b(insurance|medi-?cal|medicaid|medicare)\b", key):
        return "insurance"
    if re.search(r"\$\s?\d|\bfee\b|\bpaid\b|\bcharge\b", key):
        return "paid"
    return None


_STATUS = {
    "active": "active", "open": "active", "yes": "active", "current": "active",
    "inactive": "inactive", "closed": "inactive", "defunct": "inactive", "deleted": "inactive", "no": "inactive",
    "permanently closed": "inactive", "out of business": "inactive",
    "temporarily closed": "temporarily_closed", "temporarily_closed": "temporarily_closed", "paused": "temporarily_closed",
    "on hold": "temporarily_closed", "suspended": "temporarily_closed",
    "do not refer": "do_not_refer", "do_not_refer": "do_not_refer", "active, but do not refer": "do_not_refer",
    "do not use": "do_not_refer",
}


@lru_cache(maxsize=256)
def parse_status(text: str) -> str | None:
    key = fold(text)
    if key in _STATUS:
        return _STATUS[key]
    if "do not refer" in key or "don't refer" in key:
        return "do_not_refer"
    if "temporar" in key:
        return "temporarily_closed"
    if key.startswith(("inactive", "closed", "defunct")):
        return "inactive"
    if key.startswith("active"):
        return "active"
    return None


@lru_cache(maxsize=256)
def parse_delivery(text: str) -> str | None:
    key = fold(text).replace("-", " ").replace("_", " ")
    if not key:
        return None
    remote = bool(re.search(r"\b(remote|online|virtual|video|telehealth|zoom)\b", key))
    person = bool(re.search(r"\b(in person|on site|onsite|walk in|office)\b", key))
    phone = bool(re.search(r"\b(phone|telephone|hotline|call)\b", key))
    if "hybrid" in key or (person and (remote or phone)):
        return "hybrid"
    if person:
        return "in_person"
    if remote:
        return "remote"
    if phone:
        return "phone"
    return None


_KINDS = [
    ("crisis_line", r"\b(crisis|hotline|helpline|warmline|suicide)\b"),
    ("support_group", r"\bsupport groups?\b"),
    ("peer_support", r"\bpeer\b"),
    ("legal_aid", r"\b(legal|lawyer|attorney|law)\b"),
    ("shelter", r"\bshelters?\b"),
    ("clinic", r"\b(clinic|health center|medical)\b"),
    ("advocacy_organization", r"\b(advocacy|advocates?|organizing)\b"),
    ("community_resource", r"\b(community|resource|center|centre|program|service)\b"),
]
_KIND_VALUES = {
    "support_group", "peer_support", "advocacy_organization", "community_resource", "crisis_line", "clinic",
    "legal_aid", "shelter",
}


@lru_cache(maxsize=256)
def parse_kind(text: str) -> str | None:
    key = fold(text).replace("-", " ")
    if key.replace(" ", "_") in _KIND_VALUES:
        return key.replace(" ", "_")
    for kind, pattern in _KINDS:
        if re.search(pattern, key):
            return kind
    return None


# -- contact ------------------------------------------------------------------------

def website(text: str) -> str | None:
    """A web address with a scheme, or None when the cell holds no web address."""
    text = text.strip().strip("<>")
    if not text:
        return None
    first = text.split()[0].rstrip(",;")
    if "@" in first and "/" not in first:
        return None
    candidate = normalize_website(first)
    return candidate if candidate and is_valid_website(candidate) else None




def email(text: str) -> str | None:
    text = text.strip()
    if text.lower().startswith("mailto:"):
        text = text[7:]
    first = re.split(r"[\s,;]+", text)[0] if text else ""
    return first if first and is_valid_email(first) else None


# -- addresses ----------------------------------------------------------------------

_US_TAIL = re.compile(r"^(?P<lines>.+?),\s*(?P<city>[^,\d][^,]*?),?\s+(?P<region>[A-Z]{2})\.?,?\s+"
                      r"(?P<postal>\d{5}(?:-\d{4})?)(?:,?\s*(?P<country>USA|US|United States))?\s*$")
_CA_TAIL = re.compile(r"^(?P<lines>.+?),\s*(?P<city>[^,\d][^,]*?),?\s+(?P<region>[A-Z]{2})\.?,?\s+"
                      r"(?P<postal>[A-Z]\d[A-Z]\s?\d[A-Z]\d)(?:,?\s*(?P<country>Canada))?\s*$")


@lru_cache(maxsize=4096)
def parse_address(text: str) -> AddressRecord:
    """A one-line postal address split into lines, city, region and postal code where it
    has the usual North American shape; otherwise all of it as the address lines."""
    text = text.strip()
    for pattern, country in ((_US_TAIL, "US"), (_CA_TAIL, "CA")):
        if m := pattern.match(text):
            lines = "\n".join(part.strip() for part in m["lines"].split(",") if part.strip())
            return AddressRecord(lines=lines, city=m["city"].strip(), region=m["region"],
                                 postal_code=m["postal"], country=country)
    return AddressRecord(lines=text)


def number(text: str) -> float | None:
    try:
        value = float(text.strip())
    except ValueError:
        return None
    return value if value == value and abs(value) != float("inf") else None
