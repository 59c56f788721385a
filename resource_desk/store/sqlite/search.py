"""Search with SQLite FTS5: full-text words plus filters, ranked by relevance then name.

``resource_desk.core.search`` holds what is asked (``SearchQuery``) and answered
(``SearchPage``) and hands the work to the catalogue's store; this module is that work for
SQLite (the index itself is created by the first migration and kept in step by triggers).
A PostgreSQL store (tsvector) would answer the same five calls.

How a search runs (the SQLite side; see ``benchmarks/search.py`` for the figures):

* Words are matched in ``resource_fts``. When they match at most ``RANK_ALL_UP_TO``
  resources (a cheap probe of the prefix indexes tells), all of them are ranked with bm25
  in one pass that also applies the filters, and the total is simply how many passed.
* Broader words ("a", "co", "support" in a large catalogue) would make ranking every match
  the cost of the search (bm25 reads every match of every word first). Then the total is
  counted in one lean pass over the index, and the first ``WINDOW`` matches (in index order)
  that pass the filters are ranked by how many of the words their names hold, then by name;
  the matches after those follow in index order. Every one of them contains every word
  typed, and the next keystroke narrows the search anyway. When at most ``BOUNDED``
  resources pass the filters, all their matches are ranked that way instead. A prefix longer
  than the prefix indexes makes FTS5 merge the lists of every word it begins before the first
  row, in every statement: then one statement counts and lists the window (``group_concat``).
* Filters (status, kind, cost, delivery, languages, verification, tags) are checked in SQL
  against the few rows of a narrow search; for broad searches and for browsing without
  words they are turned into a bitmap over resource pks (one byte per pk) that SQL tests
  with ``substr(bitmap, pk + 1, 1)``, so no row is looked up to decide whether it passes.
  Bitmaps are kept per connection until the catalogue changes (``PRAGMA data_version``
  and the connection's own ``total_changes``), so ticking a tag and typing reuses them.
  A tag's bitmap costs a probe of resources' id index per link (resource_tags holds ids,
  not pks): the first ``TAGS_ONE_BY_ONE`` tags needed after a change are made one by one,
  the next one needed makes every tag's in one pass.
* Sorted by a column (``SearchQuery.sort``): without words, or with broad ones (their matches
  that pass made into a bitmap once), the column's (column, sort_name) index is read in
  order and tested against the bitmap, so LIMIT stops after a page; the few matches of
  narrow words are sorted in one statement. Organization: organizations by name, each one's
  resources by name, then those without one.
* The sidebar's numbers (``tag_counts_if_ticked``) are popcounts of bitmaps held as Python
  integers: every tag's, the results', and per ticked facet what its other tags would add.
* Statements run on a plain sqlite3 connection (``Catalogue.connect``, through the store), inside one read
  transaction, so the page, the total and the tags of a search see the same snapshot.
  Importing this module loads no SQLAlchemy.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import date

from resource_desk.core.progress import Cancelled
from resource_desk.core.records import HIDDEN_STATUSES, ResourceRow
from resource_desk.core.queries import SearchPage, SearchQuery
from resource_desk.core.text import fold

# Letters and digits, as the index cuts words (an underscore separates words there too; a
# word of two index words would be a phrase, which an index without positions cannot answer).
_WORD = re.compile(r"[^\W_]+", re.UNICODE)

# Searches whose words match more resources than this rank only that many (see above).
RANK_ALL_UP_TO = 1000
# A broad search ranks its first this many matches (by the words found in their names) ...
WINDOW = 500
# ... unless at most this many resources pass the filters: then all their matches are ranked.
BOUNDED = 3000
# Tags made into bitmaps one at a time after a change; the next one needed makes all of them.
TAGS_ONE_BY_ONE = 4

# Relevance: a word in the name counts most, then tags, then the organization.
# Columns: name, organization, description, eligibility, tags, languages.
_RANK = "bm25(resource_fts, 10.0, 3.0, 1.0, 1.0, 5.0, 1.0)"


def fts_expression(words: str, prefix_all: bool = False) -> str | None:
    """Every word required. The word still being typed (the last, unless a space follows it)
    is a prefix; words already finished are whole words, so "trans hou" finds trans housing,
    not "transitional" or "transportation". With ``prefix_all`` every word is a prefix.
    """
    tokens = _WORD.findall(words)
    if not tokens:
        return None
    typing = len(tokens) - 1 if words and not words[-1].isspace() else len(tokens)
    return " ".join(
        f'"{token}"*' if prefix_all or i == typing else f'"{token}"' for i, token in enumerate(tokens)
    )


_PHRASE = re.compile(r'"([^"]*)"(\*?)')


def _probe(match: str) -> str:
    """The expression with prefixes cut to 3 letters (the longest prefix index): it matches at
    least what ``match`` does, and FTS5 answers it from an index instead of merging the lists
    of every word that begins with a longer prefix."""
    return _PHRASE.sub(lambda m: f'"{m.group(1)[:3]}"*' if m.group(2) else m.group(0), match)


def _name_words(match: str) -> list[tuple[str, bool]]:
    """The words of an FTS expression, folded as the index folds them, and whether each is a prefix."""
    return [(fold(word), bool(star)) for word, star in _PHRASE.findall(match)]


def _found_in(words: list[tuple[str, bool]], name: str) -> int:
    """How many of the words a (folded) name holds, whole or as the start of one of its words."""
    tokens = _WORD.findall(name)
    return sum(1 for word, prefix in words
               if any(token.startswith(word) if prefix else token == word for token in tokens))


def _found_counter(words: list[tuple[str, bool]]):
    """``_found_in`` for these words as one function of a name, with a pattern per word
    (several times quicker than cutting every name into words): a word made of word
    characters starts a word of the name where no letter or digit comes before it."""
    if not all(_WORD.fullmatch(word) for word, _ in words):
        return lambda name: _found_in(words, name)
    searches = [re.compile(r"(?<![^\W_])" + re.escape(word) + ("" if prefix else r"(?![^\W_])")).search
                for word, prefix in words]
    if len(searches) == 1:
        (only,) = searches
        return lambda name: 1 if only(name) else 0
    return lambda name: sum(1 for found in searches if found(name))


def _months_ago(months: int, today: date | None = None) -> date:
    today = today or date.today()
    year, month = divmod(today.year * 12 + today.month - 1 - months, 12)
    month += 1
    day = min(today.day, 28)
    return date(year, month, day)


# -- the store's calls (``connectable``: anything with ``connect()``, the store itself) ----------


def search(catalogue, query: SearchQuery, limit: int = 100, offset: int = 0,
           with_total: bool = True, superseded: Callable[[], bool] | None = None) -> SearchPage:
    """One page of results, best first, and (unless ``with_total`` is off) how many there are in all.

    ``superseded`` (called from this thread every few thousand SQLite steps): when it says
    True, the search stops at once with ``Cancelled`` (a newer keystroke made it pointless)."""
    with _reading(catalogue) as db, _stopping_when(db.connection, superseded):
        plan = _Plan(db, query)
        pks = plan.page(limit, offset)
        total = plan.total() if with_total else len(pks)
        rows = _rows(db, pks)
    if superseded is not None and superseded():
        raise Cancelled()
    return SearchPage(total=total, rows=rows)


# SQLite virtual machine steps between two calls of ``superseded`` (well under a millisecond).
SUPERSEDED_STEPS = 5000


@contextmanager
def _stopping_when(connection, superseded: Callable[[], bool] | None) -> Iterator[None]:
    """SQLite's progress handler interrupts a statement when ``superseded()`` says so."""
    if superseded is None:
        yield
        return
    connection.set_progress_handler(lambda: 1 if superseded() else 0, SUPERSEDED_STEPS)
    try:
        yield
    except sqlite3.OperationalError as error:
        if superseded():  # "interrupted": our own doing
            raise Cancelled() from error
        raise
    finally:
        connection.set_progress_handler(None, 0)


def count(catalogue, query: SearchQuery) -> int:
    with _reading(catalogue) as db:
        return _Plan(db, query).total()


def matching_ids(catalogue, query: SearchQuery) -> list[str]:
    """Every matching resource id in result order (for exporting or printing a whole search)."""
    with _reading(catalogue) as db:
        pks = _Plan(db, query).page(None, 0)
        ids = dict(db.all("SELECT pk, id FROM resources WHERE pk IN (SELECT value FROM json_each(?))",
                          (json.dumps(pks),)))
        return [ids[pk] for pk in pks if pk in ids]


def facet_counts(catalogue, query: SearchQuery) -> dict[str, int]:
    """Tag id -> how many of the current results carry it (the counts beside the sidebar's tags)."""
    with _reading(catalogue) as db:
        return _Plan(db, query).tag_counts()


def tag_counts_if_ticked(catalogue, query: SearchQuery, superseded: Callable[[], bool] | None = None) -> dict[str, int]:
    """Tag id -> how many results there would be with that tag ticked as well (the sidebar's
    numbers; see ``core.search.tag_counts_if_ticked``). Tags that would give none are left out.

    From bitmaps: B, the resources the words and the other filters let through; one per
    tag; one per ticked facet (any of its ticked tags, or each tag alone with ``match_all``).
    The results are B and every facet's; a tag's count is the ones of (results and tag),
    and in a facet with ticks, of (results or (B, the other facets and tag)). Python's big
    integers AND and count a 100,000-byte bitmap in microseconds. ``superseded``: as for ``search``."""
    with _reading(catalogue) as db, _stopping_when(db.connection, superseded):
        base = _Plan(db, replace(query, tag_ids=()))
        if base.filter.nothing:
            return {}
        size = base.filter.size()
        if base.match is not None:
            if base.broad:
                allowed = int.from_bytes(base._found(), "big")
            else:
                allowed = int.from_bytes(_bitmap_of(",".join(str(row[0]) for row in base._scored), size), "big")
        elif base.filter.trivial:
            allowed = int.from_bytes(b"\x01" * size, "big")  # pks no resource has: no tag carries them
        else:
            allowed = int.from_bytes(base.filter.bitmap(), "big")
        tags = _Filter(db, query).tag_groups if query.tag_ids else []
        names = _tag_names(db)
        carriers = {tag_id: _tag_int(db, base.filter, tag_id, size) for tag_id in names}
        facet_of = {tag_id: facet for tag_id, (facet, _name) in names.items()}
        # Each ticked facet's condition (with match_all, each ticked tag is one).
        groups: list[tuple[str | None, int]] = []
        for group in tags:
            union = 0
            for tag_id in group:
                union |= carriers.get(tag_id, 0)
            groups.append((facet_of.get(group[0]) if not query.match_all else None, union))
        results = allowed
        for _facet, union in groups:
            results &= union
        counts = {tag_id: (results & bits).bit_count() for tag_id, bits in carriers.items()}
        if groups:
            total = results.bit_count()
            ticked = {tag_id for group in tags for tag_id in group}
            for facet in {facet for facet, _ in groups if facet is not None}:
                # What this facet's other tags would add: B and the other facets, not in the results.
                loose = allowed
                for other, union in groups:
                    if other != facet:
                        loose &= union
                gained = loose ^ results  # the results are within ``loose``
                for tag_id, bits in carriers.items():
                    if facet_of[tag_id] == facet and tag_id not in ticked:
                        counts[tag_id] = total + (gained & bits).bit_count()
            for tag_id in ticked:
                counts[tag_id] = total
        return {tag_id: n for tag_id, n in counts.items() if n}


def _tag_names(db: _Db) -> dict[str, tuple[str, str]]:
    """Tag id -> (facet, name), kept until the catalogue changes."""
    if db.cache.tag_keys is None:
        db.cache.tag_keys = {tag_id: (facet, name) for tag_id, facet, name in db.all("SELECT id, facet, name FROM tags")}
    return db.cache.tag_keys


def _tag_int(db: _Db, f: _Filter, tag_id: str, size: int) -> int:
    """A tag's bitmap as one integer (kept with the bitmaps: converting costs more than using it)."""
    ints = db.cache.tag_ints
    found = ints.get(tag_id)
    if found is None:
        found = ints[tag_id] = int.from_bytes(f._tag_bitmap(tag_id, size), "big")
    return found


# -- reading ---------------------------------------------------------------------------------


class _Db:
    """A plain SQLite connection inside its read transaction, and what is cached for it."""

    def __init__(self, connection, info: dict):
        self.connection = connection
        # The first statement of the transaction: it fixes the snapshot every later one sees,
        # and says whether another connection has changed the catalogue since the last time.
        version = connection.execute("PRAGMA data_version").fetchone()[0]
        self.cache = _Derived.of(info, (version, connection.total_changes))

    def all(self, sql: str, params=()) -> list[tuple]:
        return self.connection.execute(sql, params).fetchall()

    def value(self, sql: str, params=()):
        row = self.connection.execute(sql, params).fetchone()
        return row[0] if row else None


@contextmanager
def _reading(catalogue) -> Iterator[_Db]:
    # A plain sqlite3 connection of this thread's own, in a read transaction; its .info lives
    # as long as the connection (no SQLAlchemy: the first results need none).
    with catalogue.connect() as connection:
        yield _Db(connection, connection.info)


class _Derived:
    """Bitmaps derived from one state of the catalogue, kept with a connection until it changes.

    The state is ``PRAGMA data_version`` (changes when another connection commits) with the
    connection's own ``total_changes`` (changes when it writes itself).
    """

    KEY = "resource_desk.search"
    MAX_BITMAPS = 48  # one byte per resource each: about 5 MB for 100,000 resources
    MAX_COUNTS = 256

    def __init__(self, version: tuple[int, int]):
        self.version = version
        self.size: int | None = None  # largest pk + 1
        self.bitmaps: OrderedDict[tuple, bytes] = OrderedDict()
        self.counts: dict[tuple, object] = {}  # popcounts and tag counts, by what they count
        self.tag_keys: dict[str, tuple[str, str]] | None = None  # tag id -> (facet, name)
        # tag id -> bitmap of the pks that carry it; once ``all_tags``, a tag missing here has none.
        self.tags: dict[str, bytes] = {}
        self.all_tags = False
        self.tag_ints: dict[str, int] = {}  # the same bitmaps as integers, for the sidebar's counts

    @classmethod
    def of(cls, info: dict, version: tuple[int, int]) -> _Derived:
        derived = info.get(cls.KEY)
        if derived is None or derived.version != version:
            derived = info[cls.KEY] = cls(version)
        return derived

    def remember(self, key: tuple, value):
        if len(self.counts) >= self.MAX_COUNTS:
            self.counts.clear()
        self.counts[key] = value
        return value

    def bitmap(self, key: tuple, build) -> bytes:
        found = self.bitmaps.get(key)
        if found is None:
            found = build()
            self.bitmaps[key] = found
            while len(self.bitmaps) > self.MAX_BITMAPS:
                self.bitmaps.popitem(last=False)
        else:
            self.bitmaps.move_to_end(key)
        return found


# -- filters ---------------------------------------------------------------------------------

_HIDDEN_SQL = "('" + "', '".join(HIDDEN_STATUSES) + "')"
_PASSES = "substr(:allowed, {pk} + 1, 1) = x'01'"


class _Filter:
    """The conditions besides the words: as SQL on ``resources r`` (for a few rows) and as a
    bitmap over pks (for many)."""

    def __init__(self, db: _Db, query: SearchQuery):
        self.db = db
        self.params: dict[str, object] = {}
        self.conditions: list[str] = []  # SQL on "r", tags included
        self.row_conditions: list[str] = []  # the same without the tags
        self.keys: list[tuple] = []  # what the row conditions ask, for the bitmap cache
        self.tag_groups: list[tuple[str, ...]] = []  # each: any of these tags
        self.nothing = False
        self.default_only = False  # only the usual "not hidden" condition

        self._any_of("r.kind", "kind", query.kinds)
        self._any_of("r.cost", "cost", query.costs)
        self._any_of("r.delivery", "delivery", query.deliveries)
        if query.statuses:
            self._any_of("r.status", "status", query.statuses)
        elif not query.include_hidden:
            self._add(f"r.status NOT IN {_HIDDEN_SQL}", {}, ("not hidden",))
        if query.languages:
            clauses, params = [], {}
            for i, code in enumerate(query.languages):
                params[f"lang{i}"] = f"% {code} %"
                clauses.append(f"(' ' || r.languages || ' ') LIKE :lang{i}")
            self._add("(" + " OR ".join(clauses) + ")", params, ("languages", tuple(query.languages)))
        if query.not_verified_months is not None:
            since = _months_ago(query.not_verified_months)
            self._add("(r.last_verified IS NULL OR r.last_verified < :verified_since)",
                      {"verified_since": since.isoformat()}, ("not_verified", since))
        if query.resource_ids is not None:
            if not query.resource_ids:
                self.nothing = True
            else:
                self._add("r.id IN (SELECT value FROM json_each(:resource_ids))",
                          {"resource_ids": json.dumps(list(query.resource_ids))},
                          ("ids", tuple(sorted(set(query.resource_ids)))))
        self._tags(query)
        self.default_only = not self.nothing and not self.tag_groups and self.keys == [("not hidden",)]
        self.trivial = not self.nothing and not self.conditions and not self.tag_groups

    def _add(self, condition: str, params: dict, key: tuple) -> None:
        self.conditions.append(condition)
        self.row_conditions.append(condition)
        self.params.update(params)
        self.keys.append(key)

    def _any_of(self, column: str, name: str, values: tuple[str, ...]) -> None:
        if not values:
            return
        params = {f"{name}{i}": value for i, value in enumerate(values)}
        self._add(f"{column} IN ({', '.join(':' + k for k in params)})", params, (name, tuple(sorted(values))))

    def _tags(self, query: SearchQuery) -> None:
        if not query.tag_ids:
            return
        wanted = list(dict.fromkeys(query.tag_ids))
        rows = self.db.all("SELECT id, facet FROM tags WHERE id IN (SELECT value FROM json_each(?))",
                           (json.dumps(wanted),))
        facet_of = dict(rows)
        by_facet: dict[str, list[str]] = {}
        for tag_id in wanted:
            if tag_id in facet_of:
                by_facet.setdefault(facet_of[tag_id], []).append(tag_id)
        if not by_facet:  # every chosen tag is gone: nothing can match
            self.nothing = True
            return
        for facet_tags in by_facet.values():
            if query.match_all:
                self.tag_groups.extend((tag_id,) for tag_id in facet_tags)
            else:
                self.tag_groups.append(tuple(facet_tags))
        for i, group in enumerate(self.tag_groups):
            names = []
            for j, tag_id in enumerate(group):
                self.params[f"tag{i}_{j}"] = tag_id
                names.append(f":tag{i}_{j}")
            # Probes of resource_tags' primary key (resource_id, tag_id): cheap for a few rows.
            self.conditions.append(
                f"EXISTS (SELECT 1 FROM resource_tags rt WHERE rt.resource_id = r.id AND rt.tag_id IN ({', '.join(names)}))"
            )

    def where(self, extra: Iterable[str] = ()) -> str:
        conditions = list(extra) + (["0"] if self.nothing else self.conditions)
        return (" WHERE " + " AND ".join(conditions)) if conditions else ""

    # -- the bitmap --------------------------------------------------------------------------
    def size(self) -> int:
        cache = self.db.cache
        if cache.size is None:
            cache.size = (self.db.value("SELECT max(pk) FROM resources") or 0) + 1
        return cache.size

    def _key(self) -> tuple:
        return ("filter", tuple(self.keys), tuple(self.tag_groups))

    def _row_key(self) -> tuple | None:
        if self.keys == [("not hidden",)]:
            return ("not hidden",)
        return ("rows", tuple(self.keys)) if self.keys else None

    def bitmap_ready(self) -> bool:
        """Whether the bitmap costs (next to) nothing: made already, or made of parts made
        already, or only the few hidden resources to mark."""
        cached = self.db.cache.bitmaps
        if self.nothing or self._key() in cached:
            return True
        row_key = self._row_key()
        tags = self.db.cache.tags
        tags_ready = self.db.cache.all_tags or all(tag_id in tags for group in self.tag_groups for tag_id in group)
        return (row_key is None or row_key == ("not hidden",) or row_key in cached) and tags_ready

    def bitmap(self) -> bytes:
        """One byte per pk: 1 where the resource passes every condition."""
        return self.db.cache.bitmap(self._key(), self._build)

    def passing(self) -> int:
        """How many resources pass (counted once per bitmap)."""
        key = ("count",) + self._key()
        counts = self.db.cache.counts
        if key not in counts:
            return self.db.cache.remember(key, self.bitmap().count(1))
        return counts[key]

    def _build(self) -> bytes:
        size = self.size()
        if self.nothing:
            return bytes(size)
        cache = self.db.cache
        result: int | None = None
        row_key = self._row_key()
        if row_key == ("not hidden",):  # the few hidden ones are quicker to find than the rest
            result = int.from_bytes(cache.bitmap(row_key, lambda: self._pks_bitmap(
                f"SELECT pk FROM resources WHERE status IN {_HIDDEN_SQL}", {}, size, True)), "big")
        elif row_key is not None:
            sql = "SELECT r.pk FROM resources r WHERE " + " AND ".join(self.row_conditions)
            result = int.from_bytes(cache.bitmap(row_key, lambda: self._pks_bitmap(sql, self.params, size, False)),
                                    "big")
        if self.tag_groups:
            tags = int.from_bytes(self._tags_bitmap(size), "big")
            result = tags if result is None else result & tags
        if result is None:
            return b"\x01" * size
        return result.to_bytes(size, "big")

    def _tags_bitmap(self, size: int) -> bytes:
        """The pks that carry any tag of every group, from one bitmap per tag (kept: a tag
        ticked once is usually ticked again)."""
        result: int | None = None
        for group in self.tag_groups:
            union = 0
            for tag_id in group:
                union |= int.from_bytes(self._tag_bitmap(tag_id, size), "big")
            result = union if result is None else result & union
        return (result or 0).to_bytes(size, "big")

    def _tag_bitmap(self, tag_id: str, size: int) -> bytes:
        """One tag's bitmap. resource_tags holds resource ids, so every link costs a probe of
        the unique index on resources.id to find its pk (about 1 us; 20 ms or so for a tag
        on 12,000 resources, 0.5 s for every tag of 100,000 resources). The first few tags
        needed after a change are made one at a time (the tags ticked when the catalogue
        changed: the first search after an edit stays quick); when yet another is needed,
        a person is going through the tags, and all the others are made in one pass."""
        cache = self.db.cache
        found = cache.tags.get(tag_id)
        if found is not None:
            return found
        if cache.all_tags:  # no resource carries it
            return cache.tags.setdefault(tag_id, bytes(size))
        if len(cache.tags) < TAGS_ONE_BY_ONE:
            # Every pk in one string: a row per link would cost more in Python than in SQLite.
            (pks,) = self.db.connection.execute(
                "SELECT group_concat(r.pk) FROM resource_tags x CROSS JOIN resources r ON r.id = x.resource_id"
                " WHERE x.tag_id = ?", (tag_id,)).fetchone()
            cache.tags[tag_id] = found = _bitmap_of(pks, size)
            return found
        # The links in (tag_id, resource_id) order: no sorting for the grouping.
        for other, pks in self.db.connection.execute(
                "SELECT x.tag_id, group_concat(r.pk) FROM resource_tags x"
                " INDEXED BY ix_resource_tags_tag_id_resource_id CROSS JOIN resources r ON r.id = x.resource_id"
                " GROUP BY x.tag_id"):
            if other not in cache.tags:
                cache.tags[other] = _bitmap_of(pks, size)
        cache.all_tags = True
        return self._tag_bitmap(tag_id, size)

    def _pks_bitmap(self, sql: str, params: dict, size: int, failing: bool) -> bytes:
        """A bitmap of the pks ``sql`` selects (or of all others, ``failing``: then pks that no
        resource has are marked too, which is harmless where the bitmap only ever filters
        existing rows, but makes its count of ones an upper bound)."""
        bits = bytearray(b"\x01" * size if failing else size)
        mark = 0 if failing else 1
        for (pk,) in self.db.connection.execute(sql, params):
            if pk < size:
                bits[pk] = mark
        return bytes(bits)


# -- plans -----------------------------------------------------------------------------------


class _Plan:
    """How one query is answered: by words (narrow or broad) or by filters alone."""

    def __init__(self, db: _Db, query: SearchQuery):
        self.db = db
        self.filter = _Filter(db, query)
        # Without words, an unsorted search goes by name.
        self.sort = query.sort
        self.descending = query.descending if query.sort else False
        self.match: str | None = None
        self.broad = False
        # (pk, score, sort_name or None): every match, or a broad search's first window. Lower scores first.
        self._scored: list[tuple[int, float, str | None]] = []
        self._total: int | None = None
        strict = fts_expression(query.text)
        if strict is None or self.filter.nothing:
            self.sort = self.sort or "name"  # no words: by name unless a column is chosen
            self.match = strict
            if self.filter.nothing:
                self._total = 0
            return
        self._use(strict)
        loose = fts_expression(query.text, prefix_all=True)
        if not self._scored and not self.broad and loose != strict:  # whole words found nothing: try them as prefixes
            self._use(loose)

    def _use(self, match: str) -> None:
        """Score the matches of ``match``: all of them, or a broad search's first window."""
        self.match = match
        self.broad = False
        self._total = None
        f = self.filter
        # How many resources the words match, up to one more than are ranked with bm25, asked of
        # the prefix indexes (prefixes cut to 3 letters: a superset, so "narrow" is sure).
        found = self.db.value("SELECT count(*) FROM (SELECT 1 FROM resource_fts WHERE resource_fts MATCH :match"
                              " LIMIT :cap)", {"match": _probe(match), "cap": RANK_ALL_UP_TO + 1})
        if not found:
            self._scored, self._total = [], 0
            return
        if self.sort and found > RANK_ALL_UP_TO and (f.trivial or f.passing() > BOUNDED):
            # Broad words in a column's order: no ranking; the matches become a bitmap when asked.
            self.broad = True
            return
        if found <= RANK_ALL_UP_TO:  # narrow: every match ranked by bm25
            if f.trivial or f.bitmap_ready():
                where, params = self._where(match)
                rows = self.db.all(f"SELECT f.rowid, {_RANK} FROM resource_fts f{where}", params)
            else:  # the filters checked on these few rows rather than made into a bitmap
                rows = self.db.all(f"SELECT r.pk, {_RANK} FROM resource_fts f JOIN resources r ON r.pk = f.rowid"
                                   + f.where(["resource_fts MATCH :match"]), {**f.params, "match": match})
            self._scored = [(pk, score, None) for pk, score in rows]
            self._total = len(rows)
            return
        # Broad: bm25 would first read every match of every word. Rank by the words found in the
        # name instead, among every match that passes when few pass, else among the first window.
        where, params = self._where(match)
        bounded = not f.trivial and f.passing() <= BOUNDED
        pks = None
        if not bounded and _probe(match) != match:
            # A prefix longer than the prefix indexes: FTS5 first merges the lists of every word it
            # begins, again in every statement. So one pass both counts and lists the window.
            total, listed = self.db.connection.execute(
                f"SELECT count(*), group_concat(rowid) FROM (SELECT f.rowid FROM resource_fts f{where}"
                " ORDER BY f.rowid)", params).fetchone()
            first = [int(pk) for pk in listed.split(",", WINDOW + 1)[:WINDOW + 1]] if listed else []
            if all(a < b for a, b in zip(first, first[1:])):  # index order, as the window must be
                pks = first
                if len(pks) > WINDOW:
                    self._total = total
        if pks is None:
            limit = "" if bounded else f" LIMIT {WINDOW + 1}"
            pks = [row[0] for row in self.db.all(f"SELECT f.rowid FROM resource_fts f{where}{limit}", params)]
        self.broad = len(pks) > WINDOW and not bounded
        if self.broad:
            pks = pks[:WINDOW]
        else:
            self._total = len(pks)
        names = self._names(pks)
        found_in = _found_counter(_name_words(match))
        self._scored = [(pk, -found_in(name), name) for pk, name in ((pk, names.get(pk, "")) for pk in pks)]

    def _where(self, match: str, extra: Iterable[str] = ()) -> tuple[str, dict]:
        conditions = ["resource_fts MATCH :match", *extra]
        params: dict[str, object] = {"match": match}
        if not self.filter.trivial:
            conditions.append(_PASSES.format(pk="f.rowid"))
            params["allowed"] = self.filter.bitmap()
        return " WHERE " + " AND ".join(conditions), params

    # -- answers -----------------------------------------------------------------------------
    def total(self) -> int:
        if self._total is None:
            self._total = self._count()
        return self._total

    def _count(self) -> int:
        if self.match is not None and self.sort:  # sorted broad words: their bitmap is made already
            return self._found().count(1)
        if self.match is not None:  # a broad search: count every match that passes, in one lean pass
            where, params = self._where(self.match)
            return self.db.value(f"SELECT count(*) FROM resource_fts f{where}", params)
        f = self.filter
        if f.trivial:
            return self.db.value("SELECT count(*) FROM resources")
        if f.default_only:
            return self.db.value("SELECT count(*) FROM resources") - self.db.value(
                f"SELECT count(*) FROM resources WHERE status IN {_HIDDEN_SQL}")
        return f.bitmap().count(1)

    def _names(self, pks: list[int]) -> dict[int, str]:
        return dict(self.db.all("SELECT pk, sort_name FROM resources WHERE pk IN (SELECT value FROM json_each(?))",
                                (json.dumps(pks),))) if pks else {}

    def _ranked(self, needed: int | None) -> list[int]:
        """The scored pks best first; ties on relevance go by name. Only the first ``needed``
        are sure to be in order (names are looked up for those and their ties)."""
        scored = sorted(self._scored, key=lambda row: row[1])
        if not scored:
            return []
        if needed is not None and needed < len(scored):
            cutoff = scored[max(needed, 1) - 1][1]
            head = [row for row in scored if row[1] <= cutoff]
            tail = scored[len(head):]
        else:
            head, tail = scored, []
        missing = [row[0] for row in head if row[2] is None]
        names = self._names(missing)
        head.sort(key=lambda row: (row[1], row[2] if row[2] is not None else names.get(row[0], ""), row[0]))
        return [row[0] for row in head] + [row[0] for row in tail]

    def page(self, limit: int | None, offset: int) -> list[int]:
        """The pks of one page in result order (``limit`` None: all from ``offset`` on)."""
        if self.filter.nothing:
            return []
        if self.match is None:
            return self._browse(limit, offset)
        end = None if limit is None else offset + limit
        if self.sort:  # words, in a column's order rather than by relevance
            if self.broad:
                return self._browse(limit, offset, self._found())
            return self._sorted([row[0] for row in self._scored])[offset:end]
        ranked = self._ranked(end)
        if not self.broad or (end is not None and end <= len(ranked)):
            return ranked[offset:end]
        # Past the ranked window of a broad search: the rest in index order.
        head = ranked[offset:end]
        start = max(0, offset - len(ranked))
        where, params = self._where(self.match, ["f.rowid > :after"])
        params["after"] = max(row[0] for row in self._scored)
        sql = f"SELECT f.rowid FROM resource_fts f{where} ORDER BY f.rowid"
        if end is not None:
            sql += f" LIMIT {int(end - offset - len(head))} OFFSET {int(start)}"
        elif start:
            sql += f" LIMIT -1 OFFSET {int(start)}"
        return head + [row[0] for row in self.db.all(sql, params)]

    def _browse(self, limit: int | None, offset: int, allowed: bytes | None = None) -> list[int]:
        """No words (or, with ``allowed``, the matches of broad words in a bitmap): in the
        chosen column's order, read from its index (column, sort_name) front to back."""
        f = self.filter
        if allowed is None and not f.trivial:
            # Even for the usual "not hidden" alone: the bitmap is tested on the pk each index
            # entry ends with, so rows are read only for the page (a page deep in the list was
            # 5x slower reading every row before it for its status).
            allowed = f.bitmap()
        if allowed is not None:
            where, params = [_PASSES.format(pk="r.pk")], {"allowed": allowed}
        else:
            where, params = [], {}
        parts = _sorted_parts(self.sort, self.descending, where)
        return _paged(self.db, parts, params, limit, offset)

    def _sorted(self, pks: list[int]) -> list[int]:
        """A few pks (the matches of narrow words) in the chosen column's order."""
        if not pks:
            return []
        order = _ORDER[self.sort](" DESC" if self.descending else "", True)
        return [row[0] for row in self.db.all(
            "SELECT r.pk FROM resources r LEFT JOIN organizations o ON o.id = r.organization_id"
            f" WHERE r.pk IN (SELECT value FROM json_each(?)) ORDER BY {order}", (json.dumps(pks),))]

    def _found(self) -> bytes:
        """The matches of broad words that pass the filters, as a bitmap (kept until the catalogue changes)."""
        f = self.filter

        def build() -> bytes:
            where, params = self._where(self.match)
            bits = bytearray(f.size())
            for (pk,) in self.db.connection.execute(f"SELECT f.rowid FROM resource_fts f{where}", params):
                bits[pk] = 1
            return bytes(bits)

        return self.db.cache.bitmap(("found", self.match) + f._key(), build)

    def tag_counts(self) -> dict[str, int]:
        f = self.filter
        if f.nothing:
            return {}
        if self.match is not None and not self.broad:
            return self._tag_counts_of([row[0] for row in self._scored])
        passing = self._filter_tag_counts()
        if self.match is None:
            return dict(passing)
        # Broad: the matches that pass, as a bitmap. Count the tags over them, or, when they are
        # most of what passes the filters, subtract the counts over the others.
        found = self._found()
        everything = self._everything() if f.trivial else f.bitmap()
        if found.count(1) * 2 <= everything.count(1):
            return self._tag_counts_over(found)
        universe = int.from_bytes(everything, "big")
        others = universe - (universe & int.from_bytes(found, "big"))
        return _minus(passing, self._tag_counts_over(others.to_bytes(len(everything), "big")))

    def _everything(self) -> bytes:
        return b"\x01" * self.filter.size()  # pks that no resource has are never looked at

    def _filter_tag_counts(self) -> dict[str, int]:
        """Tag counts over every resource that passes the filters (kept until the catalogue changes)."""
        f = self.filter
        counts = self.db.cache.counts
        every_key = ("tag counts",)
        every = counts.get(every_key)
        if every is None:
            every = self.db.cache.remember(
                every_key, dict(self.db.all("SELECT tag_id, count(*) FROM resource_tags GROUP BY tag_id")))
        if f.trivial:
            return every
        key = ("tag counts",) + f._key()
        found = counts.get(key)
        if found is None:
            if f.default_only:  # the few hidden ones, through the (status, id) index
                found = _minus(every, dict(self.db.all(
                    "SELECT rt.tag_id, count(*) FROM resources r CROSS JOIN resource_tags rt ON rt.resource_id = r.id"
                    f" WHERE r.status IN {_HIDDEN_SQL} GROUP BY rt.tag_id")))
            else:
                allowed = f.bitmap()
                if f.passing() * 2 <= len(allowed):
                    found = self._tag_counts_over(allowed)
                else:
                    found = _minus(every, self._tag_counts_over(allowed.translate(_FLIP)))
            self.db.cache.remember(key, found)
        return found

    def _tag_counts_of(self, pks: list[int]) -> dict[str, int]:
        if not pks:
            return {}
        return dict(self.db.all(
            "SELECT rt.tag_id, count(*) FROM resources r CROSS JOIN resource_tags rt ON rt.resource_id = r.id"
            " WHERE r.pk IN (SELECT value FROM json_each(?)) GROUP BY rt.tag_id", (json.dumps(pks),)))

    def _tag_counts_over(self, bitmap: bytes) -> dict[str, int]:
        # The id index holds (id, pk): scanning it and probing resource_tags in id order reads
        # both indexes front to back.
        return dict(self.db.all(
            "SELECT rt.tag_id, count(*) FROM resources r INDEXED BY sqlite_autoindex_resources_1"
            f" CROSS JOIN resource_tags rt ON rt.resource_id = r.id WHERE {_PASSES.format(pk='r.pk')}"
            " GROUP BY rt.tag_id", {"allowed": bitmap}))


_FLIP = bytes.maketrans(b"\x00\x01", b"\x01\x00")


def _bitmap_of(pks: str | None, size: int) -> bytes:
    """A bitmap from a comma-separated list of pks (``group_concat``)."""
    bits = bytearray(size)
    if pks:
        for pk in map(int, pks.split(",")):
            if pk < size:
                bits[pk] = 1
    return bytes(bits)


def _minus(counts: dict[str, int], less: dict[str, int]) -> dict[str, int]:
    result = {k: v - less.get(k, 0) for k, v in counts.items()}
    return {k: v for k, v in result.items() if v > 0}


# -- sorting ---------------------------------------------------------------------------------

# ORDER BY for each sort key on "r" (and "o", the organization), then name and pk so that
# pages never overlap. ``nulls_by_hand``: say where a missing organization goes (the SQL
# for a few rows); the index walk keeps resources without one in a part of their own.
_ORDER = {
    "name": lambda d, _n: f"r.sort_name{d}, r.pk{d}",
    "kind": lambda d, _n: f"r.kind{d}, r.sort_name{d}, r.pk{d}",
    "cost": lambda d, _n: f"r.cost{d}, r.sort_name{d}, r.pk{d}",
    "languages": lambda d, _n: f"r.languages{d}, r.sort_name{d}, r.pk{d}",
    "verified": lambda d, _n: f"r.last_verified{d}, r.sort_name{d}, r.pk{d}",
    "organization": lambda d, _n: (f"(o.id IS NULL){d}, " if _n else "")
    + f"o.name COLLATE NOCASE{d}, o.id{d}, r.sort_name{d}, r.pk{d}",
}
# The index each order is read from: (column, sort_name), the rowid ending each entry.
_INDEX = {"name": "ix_resources_sort_name", "kind": "ix_resources_kind_sort_name",
          "cost": "ix_resources_cost_sort_name", "languages": "ix_resources_languages_sort_name",
          "verified": "ix_resources_last_verified_sort_name"}


def _sorted_parts(sort: str, descending: bool, where: list[str]) -> list[str]:
    """The statements that list, in turn, the pks in ``sort`` order (conditions ``where`` on
    "r"); each is read from an index in that order, so LIMIT stops early."""
    d = " DESC" if descending else ""
    if sort != "organization":
        condition = (" WHERE " + " AND ".join(where)) if where else ""
        return [f"SELECT r.pk FROM resources r INDEXED BY {_INDEX[sort]}{condition} ORDER BY {_ORDER[sort](d, False)}"]
    # Organizations by name, each one's resources by name; those without one after them.
    with_org = (f"SELECT r.pk FROM organizations o INDEXED BY ix_organizations_name_nocase CROSS JOIN resources r"
                f" ON r.organization_id = o.id" + "".join(f" AND {w}" for w in where)
                + f" ORDER BY {_ORDER['organization'](d, False)}")
    without = (f"SELECT r.pk FROM resources r INDEXED BY ix_resources_organization_id WHERE r.organization_id IS NULL"
               + "".join(f" AND {w}" for w in where) + f" ORDER BY r.sort_name{d}, r.pk{d}")
    return [without, with_org] if descending else [with_org, without]


def _paged(db: _Db, parts: list[str], params: dict, limit: int | None, offset: int) -> list[int]:
    """``limit`` pks from ``offset`` on across ``parts`` listed one after the other."""
    result: list[int] = []
    for i, sql in enumerate(parts):
        wanted = None if limit is None else limit - len(result)
        if wanted is not None and wanted <= 0:
            break
        paged = sql + (f" LIMIT {int(wanted)}" if wanted is not None else " LIMIT -1") + f" OFFSET {int(offset)}"
        rows = [row[0] for row in db.all(paged, params)]
        result += rows
        if i + 1 < len(parts):
            # The next part starts where this one ended: how many of it lay before the page.
            offset = 0 if rows or not offset else max(0, offset - db.value(f"SELECT count(*) FROM ({sql})", params))
    return result


# -- rows ------------------------------------------------------------------------------------

_ROW_COLUMNS = (
    "r.pk, r.id, r.name, o.name, r.kind, r.status, r.cost, r.delivery, r.languages, r.last_verified"
)


def _rows(db: _Db, pks: list[int]) -> tuple[ResourceRow, ...]:
    if not pks:
        return ()
    keys = json.dumps(pks)
    found = {
        row[0]: row for row in db.all(
            f"SELECT {_ROW_COLUMNS} FROM resources r LEFT JOIN organizations o ON o.id = r.organization_id"
            " WHERE r.pk IN (SELECT value FROM json_each(?))", (keys,))
    }
    # The few tags are named from a table kept until the catalogue changes, and sorted here:
    # cheaper than joining and sorting a thousand links in SQL.
    names = _tag_names(db)
    carried: dict[str, list[tuple[str, str]]] = {}
    for resource_id, tag_id in db.all(
        "SELECT rt.resource_id, rt.tag_id FROM resources r CROSS JOIN resource_tags rt ON rt.resource_id = r.id"
        " WHERE r.pk IN (SELECT value FROM json_each(?))", (keys,)
    ):
        found_tag = names.get(tag_id)
        if found_tag is not None:
            carried.setdefault(resource_id, []).append(found_tag)
    tags = {resource_id: [f"{facet}:{name}" for facet, name in sorted(pairs)] for resource_id, pairs in carried.items()}
    rows = []
    for pk in pks:
        row = found.get(pk)
        if row is None:
            continue
        rows.append(ResourceRow(
            pk=row[0],
            id=row[1],
            name=row[2],
            organization=row[3],
            kind=row[4],
            status=row[5],
            cost=row[6],
            delivery=row[7],
            languages=tuple(row[8].split()) if row[8] else (),
            last_verified=date.fromisoformat(row[9]) if isinstance(row[9], str) else row[9],
            tags=tuple(tags.get(row[1], ())),
        ))
    return tuple(rows)
