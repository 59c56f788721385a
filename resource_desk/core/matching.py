"""The rules that say two resources look alike, shared by duplicate finding in the catalogue
(``core.duplicates``) and usable by the import-time matcher (``importing.dedup``).

They are the import matcher's rules, kept in core so that both sides read the same ones:
folded names (``name_key``), a fuzzy comparison of names without punctuation or a leading
article (rapidfuzz ``token_sort_ratio``), "the numbers in two names must agree" ("Site 1"
and "Site 2" are different places), a web address's host without "www.", and what makes
two addresses the same place.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz

from resource_desk.core.text import fold

NAME_SCORE = 88  # token_sort_ratio of folded names that counts as "a close name"
CROWDED = 50  # a phone or site shared by more resources than this is a switchboard, not a signal

_SPACES = re.compile(r"\s+")
_ARTICLE = re.compile(r"^(?:the|a|an|la|el|los|las|le|les)\s+")
_PUNCTUATION = re.compile(r"[^\w\s]+")
_DIGITS = re.compile(r"\d+")
_HOST = re.compile(r"^(?:[a-z][a-z0-9+.-]*://)?(?:[^@/?#]*@)?(?:www\.)?([^/:?#\s]+)", re.I)


def name_key(value: str | None) -> str:
    """``core.text.fold``, with a fast path for plain ASCII (the result is the same)."""
    if not value:
        return ""
    if value.isascii():
        return _SPACES.sub(" ", value).strip().casefold()
    return fold(value)


def comparable(name: str) -> str:
    """A folded name without punctuation or a leading article, for the fuzzy comparison."""
    return _ARTICLE.sub("", " ".join(_PUNCTUATION.sub(" ", name).split()))


@lru_cache(maxsize=65536)
def name_digits(name: str) -> tuple[str, ...]:
    """The numbers in a name."""
    return tuple(_DIGITS.findall(name))


def name_score(a: str, b: str) -> int:
    """How alike two folded names are (0–100); 0 when their numbers differ ("Corps 12", "Corps 14")."""
    if name_digits(a) != name_digits(b):
        return 0
    if a == b:
        return 100
    return int(fuzz.token_sort_ratio(comparable(a), comparable(b)))


_ORG_SUFFIX = re.compile(r"\b(?:inc|incorporated|llc|ltd|corp|corporation|co|the)\b")


@lru_cache(maxsize=65536)
def same_organization(a: str, b: str) -> bool:
    """Folded organization names that are the same organization: equal but for punctuation,
    "The" and "Inc."-like suffixes ("Mission Food Hub, Inc." and "Mission Food Hub"), or one
    of them missing. Close names are not enough: "Bay Legal Aid" and "Bay Legal Aid Society"
    may be two organizations, and records of different organizations are never merged."""
    if not a or not b or a == b:
        return True
    return " ".join(_ORG_SUFFIX.sub(" ", _PUNCTUATION.sub(" ", a)).split()) == \
        " ".join(_ORG_SUFFIX.sub(" ", _PUNCTUATION.sub(" ", b)).split())


def domain(url: str | None) -> str:
    """The host of a web address without "www." ("https://www.Example.org/x" -> "example.org")."""
    if not url:
        return ""
    match = _HOST.match(url.strip())
    return match.group(1).lower().rstrip(".") if match else ""


def _address_part(value: str | None) -> str:
    return " ".join((value or "").casefold().replace(",", " ").replace(".", " ").split())


def address_key(lines: str | None, city: str | None, postal_code: str | None) -> tuple[str, str, str]:
    """What makes two addresses the same place (case, spacing, commas and full stops aside)."""
    return (_address_part(lines), _address_part(city), _address_part(postal_code))
