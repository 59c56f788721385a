"""Finding the tag a value stands for: by name, alias or keyword (case and accents aside),
by an external taxonomy code, or through the AIRS/211 mapping table; and keeping track of
the values that match no tag, which are offered as new tags (never dropped silently).

Source categories (AIRS/211 codes and terms, HSDS taxonomy terms, a centre's own
categories) are kept on the resource as what they are (``categorize``) and give tags only
through a mapping. One that maps to no tag is offered as a possible new tag named after its
own last segment, unticked: it is created only when the person accepts it. A code, a
cut-off name or an "A - B - C" path never becomes a tag by itself.

A ``TagResolver`` is loaded once per import from the catalogue and answers from memory.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from sqlalchemy import Connection, text

from resource_desk.core.models import new_id
from resource_desk.core.paths import data_dir, resource_path
from resource_desk.core.text import clean, fold
from resource_desk.importing.records import ImportRecord, SourceTerm

AIRS_FILE_NAME = "airs_to_tags.csv"
# "B", "BD", "BD-1800", "BD-1800.2000", "BD-1800.2000-620", "BD-1800.2000-620.15"
_AIRS_CODE = re.compile(r"^[A-Z]{1,2}(?:-\d{4}(?:\.\d{4}(?:-\d{3}(?:\.\d{2})?)?)?)?$")
# An AIRS code at the start of a cell, then its name: "BD-1800.2000 Food Pantries".
_CODE_THEN_NAME = re.compile(r"^([A-Z]{1,2}-\d{4}(?:\.\d{4}(?:-\d{3}(?:\.\d{2})?)?)?)\s*[:\-–]?\s+(.+)$")
_PATH_SEPARATOR = re.compile(r"\s+[-–>›/]\s+")
FACETS = ("identity", "need")
AIRS = "AIRS/211"
# Longer than this, a value is no tag name (a path, a description, a cell cut short).
TAG_NAME_LIMIT = 60


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


@lru_cache(maxsize=4)
def _airs_names(path: Path) -> dict[str, str]:
    names: dict[str, str] = {}
    with open(path, encoding="utf-8-sig", newline="") as handle:
        for row in csv.reader(handle):
            if len(row) > 1 and row[0].strip() and not row[0].lstrip().startswith("#") and row[0].strip() != "code":
                names[row[0].strip().upper()] = row[1].strip()
    return names


def airs_term_name(code: str, path: Path | None = None) -> str:
    """The term name the mapping table gives a code ("" when it lists none)."""
    return _airs_names(path or airs_table_path()).get(code.strip().upper(), "")


# Cell lengths at which exports cut text off (a database column's size): the last entry of
# such a cell is probably cut short.
CUT_LENGTHS = frozenset({100, 128, 150, 200, 250, 255, 256, 500, 512, 1000, 1024, 2000, 2048, 4000, 4096, 8000})
_ENTRY_SEPARATORS = re.compile(r"\s*(?:;|\*|\||\n)\s*")


def cell_entries(cell: str) -> list[tuple[str, bool]]:
    """The entries of a classification cell (";", "*", "|" or line breaks between them),
    each with whether it was probably cut off with the cell."""
    entries = [e.strip() for e in _ENTRY_SEPARATORS.split(cell or "") if e.strip(" .")]
    cut = len(cell) in CUT_LENGTHS and not cell.rstrip().endswith((";", "*", "|", "."))
    return [(entry, cut and i == len(entries) - 1) for i, entry in enumerate(entries)]


def airs_facet(code: str) -> str:
    """Codes under Y are target populations (who a service is for); the rest are services."""
    return "identity" if code.strip().upper().startswith("Y") else "need"


def airs_code(value: str) -> str | None:
    """The AIRS code a cell entry is ("bd-1800.2000" -> "BD-1800.2000"; "P" and "BD" only as
    written in capitals, so a short word is no code), else None."""
    text = value.strip()
    upper = text.upper()
    if _AIRS_CODE.match(upper) and (any(c.isdigit() for c in upper) or (len(text) <= 2 and text.isupper())):
        return upper
    return None


def looks_like_code(value: str) -> bool:
    return airs_code(value) is not None


def looks_like_category(value: str) -> bool:
    """A taxonomy code, an "A - B - C" path or text too long for a tag name: kept as a
    source category, never made a tag of its own."""
    value = value.strip()
    return (len(value) > TAG_NAME_LIMIT or looks_like_code(value) or bool(_CODE_THEN_NAME.match(value))
            or len(_PATH_SEPARATOR.split(value)) > 2)


def parse_term(value: str, taxonomy: str) -> SourceTerm | None:
    """A source category from a cell entry: "BD-1800.2000", "BD-1800.2000 Food Pantries",
    "Basic Needs - Food - Food Pantries" (a path: the last segment is the term, the others its
    parents), or a plain name. AIRS codes are kept under the AIRS/211 taxonomy."""
    value = clean(value).strip(" ;*")
    if not value:
        return None
    if code := airs_code(value):
        return SourceTerm(AIRS, code, "")
    code = ""
    match = _CODE_THEN_NAME.match(value)
    if match:
        code, value = match.group(1).upper(), match.group(2).strip()
    segments = [s.strip() for s in re.split(r"\s+-\s+", value) if s.strip()]
    if not segments:
        return SourceTerm(AIRS, code, "") if code else None
    parents = tuple(("", s) for s in segments[:-1])
    return SourceTerm(AIRS if code else taxonomy, code, segments[-1], parents)


EXPORT_SEPARATOR = " | "


def export_term(term: SourceTerm) -> str:
    """One source category as a CSV export writes it: "taxonomy | code | A - B - C", and
    the parents' codes when the code itself does not tell them ("| 101 101-02")."""
    parts = [term.taxonomy, term.code, term.path()]
    codes = [c for c, _ in term.parents]
    if any(codes) and codes != airs_levels(term.code, len(codes)):
        parts.append(" ".join(c or "-" for c in codes))
    return EXPORT_SEPARATOR.join(parts)


def exported_term(line: str) -> SourceTerm | None:
    parts = [p.strip() for p in line.split(EXPORT_SEPARATOR)]
    if len(parts) not in (3, 4) or not parts[0]:
        return None
    taxonomy, code, path = parts[:3]
    segments = [s for s in re.split(r"\s+-\s+", path) if s]
    if not segments:
        return None
    name = "" if len(segments) == 1 and segments[0] == code else segments[-1]
    parents = segments[:-1]
    if len(parts) == 4 and len(parts[3].split()) == len(parents):
        codes = ["" if c == "-" else c for c in parts[3].split()]
    else:
        codes = airs_levels(code, len(parents))
    return SourceTerm(taxonomy, code, name, tuple(zip(codes, parents)))


def airs_levels(code: str, count: int) -> list[str]:
    """The AIRS codes above ``code``, top first, when there are ``count`` of them; else blanks."""
    levels: list[str] = []
    prefix = code.upper()
    if _AIRS_CODE.match(prefix):
        while (prefix := shorter_code(prefix)):
            levels.insert(0, prefix)
    return levels if len(levels) == count else [""] * count


@dataclass
class NewTag:
    """A value that matched no tag: created on import unless the person says no. One offered
    for a source category (``category``) is created only when the person says yes."""

    id: str
    facet: str
    name: str
    rows: list[int] = field(default_factory=list)
    count: int = 0
    category: bool = False

    @property
    def key(self) -> str:
        return f"{self.facet}:{self.name}"


class TagResolver:
    def __init__(self, tags: list[tuple[str, str, str, str]], aliases: list[tuple[str, str]],
                 airs: dict[str, tuple[str, ...]] | None = None, create: bool = True,
                 skip: frozenset[str] = frozenset(), keywords: list[tuple[str, str]] = (),
                 accept: frozenset[str] = frozenset()):
        """``tags``: (id, facet, name, codes); ``aliases`` and ``keywords``: (folded word, tag
        id). ``skip``: offered values not to create; ``accept``: offered source categories
        to create ("facet:name")."""
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
        # A source category named like a keyword of a tag ("Food Pantries", "food pantry").
        self._by_keyword: dict[tuple[str, str], str] = {}
        self._keywords: dict[str, list[str]] = {}
        for keyword, tag_id in keywords:
            self._keywords.setdefault(tag_id, []).append(keyword)
            facet = self.facet_of.get(tag_id)
            if facet:
                self._by_keyword.setdefault((facet, _singular(_loose(keyword))), tag_id)
        self.airs = airs or {}
        self.create = create
        self.skip = frozenset(fold(k) for k in skip)
        self.accept = frozenset(fold(k) for k in accept)
        self.new: dict[tuple[str, str], NewTag] = {}
        self._pending_by_id: dict[str, NewTag] = {}
        self._cache: dict[tuple, tuple[str | None, NewTag | None]] = {}

    @classmethod
    def load(cls, connection: Connection, airs: dict[str, tuple[str, ...]] | None = None, create: bool = True,
             skip: frozenset[str] = frozenset(), accept: frozenset[str] = frozenset()) -> TagResolver:
        tags = [tuple(r) for r in connection.execute(text("SELECT id, facet, name, codes FROM tags"))]
        aliases = [tuple(r) for r in connection.execute(text("SELECT alias, tag_id FROM tag_aliases"))]
        keywords = [tuple(r) for r in connection.execute(text("SELECT keyword, tag_id FROM tag_keywords"))]
        return cls(tags, aliases, airs, create, skip, keywords, accept)  # type: ignore[arg-type]

    # -- lookups ---------------------------------------------------------------------

    def find(self, name: str, facet: str | None = None, keywords: bool = False) -> str | None:
        """An existing tag (or one this import will create) by name or alias (or keyword,
        for source categories)."""
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
        if keywords:
            single = _singular(loose)
            for f in facets:
                if (f, single) in self._by_keyword:
                    return self._by_keyword[(f, single)]
        for f in facets:
            pending = self.new.get((f, key))
            if pending is not None and self._creating(pending):
                return pending.id
        return None

    def rules(self):
        """The vocabulary with its keywords, for ``core.suggestions.Suggester`` (read once, here)."""
        from resource_desk.core.suggestions import TagRule

        return [TagRule(tag_id, self.facet_of[tag_id], name, tuple(sorted(self._keywords.get(tag_id, ()))))
                for tag_id, name in self.name_of.items()]

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
            if tag_id is None and offer and name and not looks_like_category(name):
                pending = self._offer(name, facet or "need")
                tag_id = pending.id if self._creating(pending) else None
            found = self._cache[cache_key] = (tag_id, pending)
        tag_id, pending = found
        if pending is not None:
            self._count(pending, row)
        return tag_id

    def categorize(self, rec: ImportRecord, term: SourceTerm | None, row: int | None = None,
                   offer: bool = True) -> None:
        """Keep a source category on the record, and the tags it maps to. ``offer`` False:
        the term's name is not offered as a new tag (it was cut off)."""
        if term is None:
            return
        rec.add_category(term)
        for tag_id in self.term_tags(term, row, offer):
            rec.add_tag(tag_id)

    def term_tags(self, term: SourceTerm, row: int | None = None, offer: bool = True) -> list[str]:
        """Tags for a source category: the catalogue's own codes, then the AIRS table (longest
        prefix), then the term's name and its parents' through tag names, aliases and
        keywords; else the term is offered as a possible new tag (not created unless
        accepted)."""
        code = term.code.strip().upper()
        airs = bool(code) and bool(_AIRS_CODE.match(code))
        facet = airs_facet(code) if airs else None
        if code and code in self._by_code:
            return [self._by_code[code]]
        if airs:
            prefix = code
            while prefix:
                if prefix in self.airs:
                    found = [t for key in self.airs[prefix] if (t := self.resolve(key, row=row, offer=False))]
                    if found:
                        return found
                    break  # listed without tags: no tag from the code; the names may still give one
                prefix = shorter_code(prefix)
        names = [n for n in [term.name, *(n for _, n in reversed(term.parents))] if n]
        for keywords in (False, True):  # the path's names and aliases first, then keywords
            for name in names:
                if tag_id := self.find(name, facet, keywords=keywords):
                    return [tag_id]
        label = term.name
        if offer and label and not looks_like_category(label):
            pending = self._offer(label, facet or "need", category=True)
            self._count(pending, row)
            if self._creating(pending):
                return [pending.id]
        return []

    def own_term(self, code: str, row: int | None = None) -> str | None:
        """Resource Desk's own "facet:name" taxonomy codes (its HSDS export) are tags."""
        head, sep, rest = code.partition(":")
        if sep and fold(head) in FACETS and rest.strip():
            return self.resolve(code, row=row)
        return None

    # -- new tags --------------------------------------------------------------------

    def _creating(self, pending: NewTag) -> bool:
        if pending.category:
            return fold(pending.key) in self.accept
        return self.create and fold(pending.key) not in self.skip

    def _offer(self, name: str, facet: str, category: bool = False) -> NewTag:
        key = (facet, fold(name))
        pending = self.new.get(key)
        if pending is None:
            pending = self.new[key] = NewTag(id=new_id(), facet=facet, name=clean(name), category=category)
            self._pending_by_id[pending.id] = pending
        elif not category:
            pending.category = False  # also a value of a tag column: offered as a tag
        return pending

    @staticmethod
    def _count(pending: NewTag, row: int | None) -> None:
        pending.count += 1
        if row is not None and len(pending.rows) < 20 and (not pending.rows or pending.rows[-1] != row):
            pending.rows.append(row)

    def created(self) -> list[NewTag]:
        return [p for p in self.new.values() if self._creating(p)]

    def declined(self) -> list[NewTag]:
        return [p for p in self.new.values() if not self._creating(p)]


_NOT_WORDS = re.compile(r"[^\w+]+")


# Generic last words of taxonomy names: "Gay/Lesbian/Bisexual/Transgender Issues" is the
# alias "Gay/Lesbian/Bisexual/Transgender Individuals", "Hispanic/Latino Community" is "Hispanic/Latino".
_GENERIC_TAIL = frozenset({"issues", "community", "communities", "individuals", "people", "persons", "population",
                           "populations", "services", "programs", "groups"})


def _loose(key: str) -> str:
    words = [w for w in _NOT_WORDS.sub(" ", key).split() if w not in ("and", "or", "the")]
    while len(words) > 1 and words[-1] in _GENERIC_TAIL:
        words.pop()
    return " ".join(words)


def _singular(words: str) -> str:
    """Each word without a plural ending: "food pantries" -> "food pantry"."""
    out = []
    for word in words.split():
        if len(word) > 4 and word.endswith("ies"):
            word = word[:-3] + "y"
        elif len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
            word = word[:-1]
        out.append(word)
    return " ".join(out)


def shorter_code(code: str) -> str:
    """"BD-1800.2000-620" -> "BD-1800.2000" -> "BD-1800" -> "BD" -> "B" -> ""."""
    cut = max(code.rfind("-"), code.rfind("."))
    if cut > 0:
        return code[:cut]
    return code[:-1]
