"""Finding the resource a row duplicates: in the catalogue, or earlier in the same file.

Built once per import from one light query, then answered from memory: the same id, the
same folded name and organization, the same name where one side has no organization, or
a shared phone number or web site with a close name (rapidfuzz, on those few candidates
only).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz
from sqlalchemy import Connection, text

from resource_desk.core.text import fold
from resource_desk.importing.values import domain

NAME_SCORE = 88  # token_sort_ratio of folded names that counts as "a close name"
ORG_SCORE = 80
CROWDED = 50  # a phone or site shared by more resources than this is a switchboard, not a signal
_SPACES = re.compile(r"\s+")


def name_key(value: str | None) -> str:
    """``core.text.fold``, with a fast path for plain ASCII (the result is the same)."""
    if not value:
        return ""
    if value.isascii():
        return _SPACES.sub(" ", value).strip().casefold()
    return fold(value)


_ARTICLE = re.compile(r"^(?:the|a|an|la|el|los|las|le|les)\s+")
_PUNCTUATION = re.compile(r"[^\w\s]+")
_DIGITS = re.compile(r"\d+")


def _comparable(name: str) -> str:
    """A folded name without punctuation or a leading article, for the fuzzy comparison."""
    return _ARTICLE.sub("", " ".join(_PUNCTUATION.sub(" ", name).split()))


@lru_cache(maxsize=65536)
def _digits(name: str) -> tuple[str, ...]:
    """The numbers in a name (the candidates of a shared web site are asked again and again)."""
    return tuple(_DIGITS.findall(name))


@dataclass(frozen=True)
class Match:
    id: str
    reason: str
    score: int
    row: int | None  # the row of this import that created it; None for a resource already there


class DuplicateIndex:
    def __init__(self) -> None:
        self.entries: dict[str, tuple[str, str, int | None]] = {}  # id -> (name key, org key, row)
        self.by_key: dict[tuple[str, str], str] = {}
        self.by_name: dict[str, list[str]] = {}
        self.by_phone: dict[str, list[str]] = {}
        self.by_domain: dict[str, list[str]] = {}

    @classmethod
    def load(cls, connection: Connection) -> DuplicateIndex:
        index = cls()
        rows = connection.execute(text(
            "SELECT r.id, r.sort_name, r.name, coalesce(o.name, ''), coalesce(r.website, '') "
            "FROM resources r LEFT JOIN organizations o ON o.id = r.organization_id"))
        for rid, sort_name, name, org, site in rows:
            index.add(rid, sort_name or name_key(name), name_key(org), domain(site) if site else "", (), None)
        for rid, normalized in connection.execute(text("SELECT resource_id, normalized FROM phones "
                                                       "WHERE normalized != ''")):
            index._append(index.by_phone, normalized, rid)
        return index

    @staticmethod
    def _append(table: dict[str, list[str]], key: str, rid: str) -> None:
        ids = table.get(key)
        if ids is None:
            table[key] = [rid]
        elif rid not in ids and len(ids) <= CROWDED:
            ids.append(rid)

    def add(self, rid: str, name: str, org: str, site: str, phones, row: int | None) -> None:
        self.entries[rid] = (name, org, row)
        self.by_key.setdefault((name, org), rid)
        self._append(self.by_name, name, rid)
        if site:
            self._append(self.by_domain, site, rid)
        for phone in phones:
            self._append(self.by_phone, phone, rid)

    def extend(self, rid: str, site: str, phones) -> None:
        """More phones or a web site for a resource already in the index (after a merge)."""
        if site:
            self._append(self.by_domain, site, rid)
        for phone in phones:
            self._append(self.by_phone, phone, rid)

    def match(self, rid: str | None, name: str, org: str, site: str, phones) -> Match | None:
        entries = self.entries
        if rid and rid in entries:
            return Match(rid, "same id", 100, entries[rid][2])
        found = self.by_key.get((name, org))
        if found is not None:
            return Match(found, "same name and organization", 100, entries[found][2])
        for candidate in self.by_name.get(name, ()):
            other_org = entries[candidate][1]
            if not org or not other_org:
                return Match(candidate, "same name", 100, entries[candidate][2])
        candidates: dict[str, str] = {}
        for phone in phones:
            ids = self.by_phone.get(phone)
            if ids and len(ids) <= CROWDED:
                for candidate in ids:
                    candidates.setdefault(candidate, "phone")
        if site:
            ids = self.by_domain.get(site)
            if ids and len(ids) <= CROWDED:
                for candidate in ids:
                    candidates.setdefault(candidate, "web site")
        best: Match | None = None
        if not candidates:
            return None
        digits = _digits(name)
        for candidate, why in candidates.items():
            other_name, other_org, row = entries[candidate]
            if org and other_org and org != other_org and fuzz.token_sort_ratio(org, other_org) < ORG_SCORE:
                continue
            if digits != _digits(other_name):
                continue  # "Site 1" and "Site 2", "Corps 12" and "Corps 14" are different places
            score = int(fuzz.token_sort_ratio(_comparable(name), _comparable(other_name)))
            if score >= NAME_SCORE and (best is None or score > best.score):
                best = Match(candidate, f"same {why} and a close name ({score}%)", score, row)
        return best
