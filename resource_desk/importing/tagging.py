"""Finding the tag a value stands for: by name or alias (case and accents aside), by an
external taxonomy code, or through the AIRS/211 mapping table; and keeping track of the
values that match no tag, which are offered as new tags (never dropped silently).

A ``TagResolver`` is loaded once per import from the catalogue and answers from memory.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Connection, text

from resource_desk.core.models import new_id
from resource_desk.core.paths import data_dir, resource_path
from resource_desk.core.text import clean, fold

AIRS_FILE_NAME = "airs_to_tags.csv"
# "B", "BD", "BD-1800", "BD-1800.2000", "BD-1800.2000-620", "BD-1800.2000-620.15"
_AIRS_CODE = re.compile(r"^[A-Z]{1,2}(?:-\d{4}(?:\.\d{4}(?:-\d{3}(?:\.\d{2})?)?)?)?$")
FACETS = ("identity", "need")


def airs_table_path() -> Path:
    """The user's own copy in the user data folder when there is one, else the shipped table."""
    own = data_dir() / AIRS_FILE_NAME
    return own if own.is_file() else resource_path("taxonomy", AIRS_FILE_NAME)


def load_airs_table(path: Path | None = None) -> dict[str, tuple[str, ...]]:
    """code prefix (upper case) -> tag keys ("need:Food")."""
    path = path or airs_table_path()
    table: dict[str, tuple[str, ...]] = {}
    with open(path, encoding="utf-8-sig", newline="") as handle:
        for row in csv.reader(handle):
            if not row or not row[0].strip() or row[0].lstrip().startswith("#") or row[0].strip() == "code":
                continue
            keys = tuple(k.strip() for k in (row[2] if len(row) > 2 else "").split(";") if k.strip())
            table[row[0].strip().upper()] = keys
    return table


def airs_facet(code: str) -> str:
    """Codes under Y are target populations (who a service is for); the rest are services."""
    return "identity" if code.strip().upper().startswith("Y") else "need"


@dataclass
class NewTag:
    """A value that matched no tag: created on import unless the person says no."""

    id: str
    facet: str
    name: str
    rows: list[int] = field(default_factory=list)
    count: int = 0

    @property
    def key(self) -> str:
        return f"{self.facet}:{self.name}"


class TagResolver:
    def __init__(self, tags: list[tuple[str, str, str, str]], aliases: list[tuple[str, str]],
                 airs: dict[str, tuple[str, ...]] | None = None, create: bool = True,
                 skip: frozenset[str] = frozenset()):
        """``tags``: (id, facet, name, codes); ``aliases``: (folded alias, tag id)."""
        self.facet_of: dict[str, str] = {}
        self.name_of: dict[str, str] = {}
        self._by_name: dict[tuple[str, str], str] = {}
        self._by_alias: dict[tuple[str, str], str] = {}
        self._by_code: dict[str, str] = {}
        for tag_id, facet, name, codes in tags:
            self.facet_of[tag_id] = facet
            self.name_of[tag_id] = name
            self._by_name[(facet, fold(name))] = tag_id
            for code in (codes or "").split():
                self._by_code.setdefault(code.upper(), tag_id)
        for alias, tag_id in aliases:
            facet = self.facet_of.get(tag_id)
            if facet:
                self._by_alias[(facet, alias)] = tag_id
        # Names and aliases without punctuation or "and": "Gay, Lesbian, Bisexual and Transgender
        # Individuals" finds the alias "Gay/Lesbian/Bisexual/Transgender Individuals".
        self._by_loose: dict[tuple[str, str], str] = {}
        for (facet, key), tag_id in list(self._by_alias.items()) + list(self._by_name.items()):
            self._by_loose[(facet, _loose(key))] = tag_id
        self.airs = airs or {}
        self.create = create
        self.skip = frozenset(fold(k) for k in skip)
        self.new: dict[tuple[str, str], NewTag] = {}
        self._pending_by_id: dict[str, NewTag] = {}
        self._cache: dict[tuple, tuple[str | None, NewTag | None]] = {}

    @classmethod
    def load(cls, connection: Connection, airs: dict[str, tuple[str, ...]] | None = None, create: bool = True,
             skip: frozenset[str] = frozenset()) -> TagResolver:
        tags = [tuple(r) for r in connection.execute(text("SELECT id, facet, name, codes FROM tags"))]
        aliases = [tuple(r) for r in connection.execute(text("SELECT alias, tag_id FROM tag_aliases"))]
        return cls(tags, aliases, airs, create, skip)  # type: ignore[arg-type]

    # -- lookups ---------------------------------------------------------------------

    def find(self, name: str, facet: str | None = None) -> str | None:
        """An existing tag (or one this import will create) by name or alias."""
        key = fold(name)
        if not key:
            return None
        facets = (facet,) if facet else FACETS
        for f in facets:
            if (f, key) in self._by_name:
                return self._by_name[(f, key)]
        for f in facets:
            if (f, key) in self._by_alias:
                return self._by_alias[(f, key)]
        loose = _loose(key)
        for f in facets:
            if (f, loose) in self._by_loose:
                return self._by_loose[(f, loose)]
        for f in facets:
            pending = self.new.get((f, key))
            if pending is not None and self._creating(pending):
                return pending.id
        return None

    def key_of(self, tag_id: str) -> str | None:
        if tag_id in self.name_of:
            return f"{self.facet_of[tag_id]}:{self.name_of[tag_id]}"
        pending = self._pending_by_id.get(tag_id)
        return pending.key if pending else None

    def lookup_key(self, value: str) -> str | None:
        """"facet:name" for a value matching a tag, for the automatic mapping of yes/no columns."""
        tag_id = self.find(value)
        return self.key_of(tag_id) if tag_id else None

    def _split(self, value: str, facet: str | None) -> tuple[str | None, str]:
        head, sep, rest = value.partition(":")
        if sep and fold(head) in FACETS and rest.strip():
            return fold(head), rest.strip()
        return facet, value

    def resolve(self, value: str, facet: str | None = None, row: int | None = None,
                offer: bool = True) -> str | None:
        """The tag for a cell value ("LGBT", "need:Food"); an unknown value becomes a new tag
        in ``facet`` (need when no facet is known) when ``offer`` is on."""
        cache_key = (value, facet, offer)
        found = self._cache.get(cache_key)
        if found is None:
            facet, name = self._split(value.strip(), facet)
            tag_id = self.find(name, facet)
            pending = self._pending_by_id.get(tag_id) if tag_id else None
            if tag_id is None and offer and name:
                pending = self._offer(name, facet or "need")
                tag_id = pending.id if self._creating(pending) else None
            found = self._cache[cache_key] = (tag_id, pending)
        tag_id, pending = found
        if pending is not None:
            pending.count += 1
            if row is not None and len(pending.rows) < 20 and (not pending.rows or pending.rows[-1] != row):
                pending.rows.append(row)
        return tag_id

    def by_code(self, code: str, term: str | None = None, row: int | None = None,
                parents: list[str] | None = None) -> list[str]:
        """Tags for a taxonomy code: the catalogue's own codes, then the AIRS table (longest
        prefix), then the term's name, then its parents' names; else the term is offered."""
        head, sep, rest = code.partition(":")
        if sep and fold(head) in FACETS and rest.strip():  # Resource Desk's own "facet:name" terms
            found = self.resolve(code, row=row)
            return [found] if found else []
        code = code.strip().upper()
        airs = bool(_AIRS_CODE.match(code))
        facet = airs_facet(code) if airs else None
        if code in self._by_code:
            return [self._by_code[code]]
        if airs:
            prefix = code
            while prefix:
                if prefix in self.airs:
                    found = [t for key in self.airs[prefix] if (t := self.resolve(key, row=row, offer=False))]
                    if found or not self.airs[prefix]:
                        return found
                prefix = _shorter(prefix)
        for name in [term or "", *(parents or [])]:
            if name and (tag_id := self.find(name, facet)):
                return [tag_id]
        label = term or code
        if not label:
            return []
        offered = self.resolve(label, facet, row=row)
        return [offered] if offered else []

    # -- new tags --------------------------------------------------------------------

    def _creating(self, pending: NewTag) -> bool:
        return self.create and fold(pending.key) not in self.skip

    def _offer(self, name: str, facet: str) -> NewTag:
        key = (facet, fold(name))
        pending = self.new.get(key)
        if pending is None:
            pending = self.new[key] = NewTag(id=new_id(), facet=facet, name=clean(name)[:100])
            self._pending_by_id[pending.id] = pending
        return pending

    def created(self) -> list[NewTag]:
        return [p for p in self.new.values() if self._creating(p)]

    def declined(self) -> list[NewTag]:
        return [p for p in self.new.values() if not self._creating(p)]


_NOT_WORDS = re.compile(r"[^\w+]+")


def _loose(key: str) -> str:
    return " ".join(w for w in _NOT_WORDS.sub(" ", key).split() if w not in ("and", "or", "the"))


def _shorter(code: str) -> str:
    """"BD-1800.2000-620" -> "BD-1800.2000" -> "BD-1800" -> "BD" -> "B" -> ""."""
    cut = max(code.rfind("-"), code.rfind("."))
    if cut > 0:
        return code[:cut]
    return code[:-1]
