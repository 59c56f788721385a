"""Turning the text of a cell into a value: yes/no, dates, ages, cost, status, lists, web
addresses, one-line postal addresses. Each parser is small, cached where cells repeat,
and says when it cannot read a value (the caller reports it)."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import lru_cache
from pathlib import Path

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
# A comma outside parentheses: "Spanish (limited, by appointment), English" is two items.
_COMMA_OUTSIDE = re.compile(r"\s*,\s*(?![^()]*\))")
_LEADING_JOIN = re.compile(r"^(?:and|or|&|plus)\s+", re.I)


@lru_cache(maxsize=8192)
def split_list(cell: str) -> tuple[str, ...]:
    """Items of a list cell: split on ; | or line breaks when there are any, else on commas
    (not those inside parentheses); "• " bullets of a list that was HTML come off."""
    if not cell:
        return ()
    if _STRONG_SEPARATORS.search(cell):
        pattern = _STRONG_SEPARATORS
    else:
        pattern = _COMMA_OUTSIDE if "(" in cell else _COMMA
    items = []
    for item in pattern.split(cell):
        item = _LEADING_JOIN.sub("", item.strip(" .\t\"'•"))
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


CITIES_FILE_NAME = "cities.txt"
_PHONE_NUMBER = re.compile(r"(?:\+?1[\s.-]?)?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}")
# A street word after a name ("Market St", "Valencia Street", "Hidden Way"), written as
# addresses write it (capitalised), so "the place" or "drive" in a sentence is not one.
_STREET = re.compile(r"[A-Za-z0-9][\w'.-]*\s+(street|st|avenue|ave|av|boulevard|blvd|road|rd|broadway|highway|"
                     r"hwy|lane|ln|parkway|pkwy|plaza|drive|dr|way|court|ct|place|pl|square|sq|terrace|ter|"
                     r"circle|cir|alley|row|mall|center|centre|building|bldg|suite|ste|floor|fl|box)\b\.?",
                     re.I)
_STREET_FIRST = re.compile(r"\b(calle|avenida|av\.|p\.?\s?o\.?\s+box|box|suite|ste\.?|room|rm\.?|floor)\b", re.I)
_REGION_TAIL = re.compile(r"(?:^|[\s,])(?:A[LKZR]|C[AOT]|D[EC]|FL|GA|HI|I[DLNA]|K[SY]|LA|M[EDAINSOT]|N[EVHJMYCD]|"
                          r"O[HKR]|PA|PR|RI|S[CD]|T[NX]|UT|V[TA]|W[AVIY]|AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT)\.?$")
# Words that hold an address's place without being one.
_PLACEHOLDER = re.compile(r"^(?:confidential|undisclosed|private|withheld|call\b|please\b|various|varies|"
                          r"multiple locations|several locations|see\b|visit\b|contact\b|online\b|virtual\b|"
                          r"remote\b|by appointment|n/?a$|none$|tbd$|tba$|unknown$|not (?:listed|available|"
                          r"applicable|disclosed|given|public))", re.I)
_cities: tuple[Path, float, frozenset[str]] | None = None


def cities_path() -> Path:
    """The user's own list of places in the user data folder when there is one, else the shipped list."""
    from resource_desk.core.paths import data_dir, resource_path

    own = data_dir() / CITIES_FILE_NAME
    return own if own.is_file() else resource_path("text", CITIES_FILE_NAME)


def known_cities() -> frozenset[str]:
    """Folded city names from ``cities.txt`` (read again when the file changes)."""
    global _cities
    path = cities_path()
    try:
        stamp = path.stat().st_mtime
    except OSError:
        return frozenset()
    if _cities is None or _cities[0] != path or _cities[1] != stamp:
        names = set()
        for line in path.read_text(encoding="utf-8-sig").splitlines():
            line = line.split("#", 1)[0].strip()
            if line:
                names.add(fold(line))
        _cities = (path, stamp, frozenset(names))
    return _cities[2]


@lru_cache(maxsize=4096)
def names_a_place(text: str) -> bool:
    """Whether an address cell's text is an address: a number (street number, PO box,
    postal code; phone numbers aside), a street word after a name ("Market St"), a known
    city as one of its comma-separated parts, or a state or province code at its end.
    "Please visit website for assistance", "Call for location", "Confidential" are not."""
    text = text.strip()
    if not text:
        return False
    if any(ch.isdigit() for ch in _PHONE_NUMBER.sub(" ", text)):
        return True
    cities = known_cities()
    if any(fold(part) in cities for part in re.split(r"[,\n]", text) if part.strip()):
        return True
    if _PLACEHOLDER.match(text):  # "Please visit our Center", "Call the Main Street office"
        return False
    if any(match[1][0].isupper() for match in _STREET.finditer(text)):
        return True
    return bool(_STREET_FIRST.search(text) or _REGION_TAIL.search(text))


def number(text: str) -> float | None:
    try:
        value = float(text.strip())
    except ValueError:
        return None
    return value if value == value and abs(value) != float("inf") else None
