"""Snapshots of the rows a change touches, and putting them back: what undo and redo stand on.

A ``Scope`` names rows: whole resources with everything that hangs on them (phones,
addresses, tag and category links, saved-list entries, "not duplicates" marks), tags with
their aliases, keywords and links, organizations, or only some columns of resources and the
links to some tags (a bulk change of 100,000 resources keeps just what it changes). ``take``
reads the rows of a scope as stored (plain SQL, no type conversion) and ``restore`` makes
the catalogue hold exactly those rows again — deleting the scope's rows the snapshot lacks,
inserting those it has and the catalogue lacks, updating those that differ — and returns
what it replaced. So one operation serves both ways: restoring the snapshot taken before a
change undoes it, and restoring what that returned does it again.

A change that creates rows (a new resource, a new organization) widens the snapshot taken
before it with the new ids (``Snapshot.widened``): they had no rows then, so undo removes
them. The full-text index follows: by its own triggers for a few rows, and for many once
per resource at the end (``search_index_batched``), not once per tag link.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from sqlalchemy import Connection

    from resource_desk.core.database import Catalogue
    from resource_desk.store.protocol import Store

T = TypeVar("T")
CHUNK = 500  # ids per IN (...) list, under SQLite's variable limit

# Parents before children: rows are inserted in this order and deleted in the reverse one.
TABLE_ORDER = ("organizations", "tags", "resources", "phones", "addresses", "tag_aliases", "tag_keywords",
               "resource_tags", "resource_taxonomy_terms", "saved_list_items", "duplicate_dismissals")
KEYS = {
    "organizations": ("id",), "tags": ("id",), "resources": ("id",), "phones": ("id",), "addresses": ("id",),
    "tag_aliases": ("id",), "tag_keywords": ("id",), "resource_tags": ("resource_id", "tag_id"),
    "resource_taxonomy_terms": ("resource_id", "term_id"), "saved_list_items": ("saved_list_id", "resource_id"),
    "duplicate_dismissals": ("resource_a", "resource_b"),
}
# What hangs on a resource, by the column naming it.
RESOURCE_ROWS = (("resources", "id"), ("phones", "resource_id"), ("addresses", "resource_id"),
                 ("resource_tags", "resource_id"), ("resource_taxonomy_terms", "resource_id"),
                 ("saved_list_items", "resource_id"), ("duplicate_dismissals", "resource_a"),
                 ("duplicate_dismissals", "resource_b"))

# One condition: the column's value is one of the ids. A filter ANDs conditions.
Condition = tuple[str, frozenset[str]]
Filter = tuple[Condition, ...]


@dataclass(frozen=True)
class TableScope:
    """The rows of one table that some filter takes (filters are ORed); ``columns`` None: all
    of them. A table kept by some columns only is updated in place, never added to or cut."""

    filters: tuple[Filter, ...] = ()
    columns: tuple[str, ...] | None = None

    def __add__(self, other: TableScope) -> TableScope:
        if self.columns != other.columns:
            raise ValueError("cannot join scopes that keep different columns of one table")
        return TableScope(tuple(dict.fromkeys(self.filters + other.filters)), self.columns)


@dataclass(frozen=True)
class Scope:
    tables: dict[str, TableScope] = field(default_factory=dict)

    def __add__(self, other: Scope) -> Scope:
        tables = dict(self.tables)
        for name, part in other.tables.items():
            tables[name] = tables[name] + part if name in tables else part
        return Scope(tables)


def _scope(parts: Iterable[tuple[str, Filter]], columns: dict[str, tuple[str, ...]] | None = None) -> Scope:
    scope = Scope()
    for table, condition in parts:
        scope += Scope({table: TableScope((condition,), (columns or {}).get(table))})
    return scope


def resource_scope(resource_ids: Iterable[str]) -> Scope:
    """Whole resources and every row that hangs on them."""
    ids = frozenset(resource_ids)
    return _scope((table, ((column, ids),)) for table, column in RESOURCE_ROWS) if ids else Scope()


def organization_scope(organization_ids: Iterable[str | None]) -> Scope:
    ids = frozenset(i for i in organization_ids if i)
    return _scope([("organizations", (("id", ids),))]) if ids else Scope()


def tag_scope(tag_ids: Iterable[str], links: bool = True) -> Scope:
    """Tags with their aliases and keywords and (``links``) which resources carry them."""
    ids = frozenset(tag_ids)
    if not ids:
        return Scope()
    parts = [("tags", (("id", ids),)), ("tag_aliases", (("tag_id", ids),)), ("tag_keywords", (("tag_id", ids),))]
    if links:
        parts.append(("resource_tags", (("tag_id", ids),)))
    return _scope(parts)


def alias_scope(aliases: Iterable[str]) -> Scope:
    """Aliases by their (folded) text, wherever they point: a rename may take one from another tag."""
    keys = frozenset(a for a in aliases if a)
    return _scope([("tag_aliases", (("alias", keys),))]) if keys else Scope()


def dismissal_scope(a: str, b: str) -> Scope:
    """The "not duplicates" mark of one pair (kept with the smaller id first)."""
    first, second = sorted((a, b))
    return _scope([("duplicate_dismissals", (("resource_a", frozenset([first])), ("resource_b", frozenset([second]))))])


def field_scope(resource_ids: Iterable[str], columns: Iterable[str], tag_ids: Iterable[str] = ()) -> Scope:
    """Some columns of resources, and their links to some tags: what a bulk change touches."""
    ids, tags = frozenset(resource_ids), frozenset(tag_ids)
    if not ids:
        return Scope()
    scope = _scope([("resources", (("id", ids),))], {"resources": ("id", *dict.fromkeys(columns))})
    if tags:
        scope += _scope([("resource_tags", (("resource_id", ids), ("tag_id", tags)))])
    return scope


@dataclass(frozen=True)
class Snapshot:
    """The rows of a scope at one moment: table -> (columns, key -> row)."""

    scope: Scope
    rows: dict[str, tuple[tuple[str, ...], dict[tuple, tuple]]]

    def widened(self, scope: Scope) -> Snapshot:
        """This snapshot over a larger scope whose extra rows did not exist when it was taken
        (the ids a change created)."""
        rows = dict(self.rows)
        for table, part in scope.tables.items():
            if table not in rows:
                rows[table] = (part.columns or (), {})
        return Snapshot(self.scope + scope, rows)

    def count(self, table: str) -> int:
        return len(self.rows.get(table, ((), {}))[1])


# -- reading and writing ---------------------------------------------------------------------


def _q(name: str) -> str:
    return f'"{name}"'


def _columns(connection: Connection, table: str) -> tuple[str, ...]:
    from sqlalchemy import inspect

    return tuple(column["name"] for column in inspect(connection).get_columns(table))


def _select(connection: Connection, table: str, columns: tuple[str, ...], condition: Filter) -> list[tuple]:
    """The rows a filter takes; the first condition's ids go in chunks, the others whole."""
    from sqlalchemy import bindparam, text

    names = ", ".join(_q(c) for c in columns)
    where = " AND ".join(f"{_q(column)} IN :p{n}" for n, (column, _ids) in enumerate(condition))
    statement = text(f"SELECT {names} FROM {_q(table)} WHERE {where}").bindparams(
        *(bindparam(f"p{n}", expanding=True) for n in range(len(condition))))
    rest = {f"p{n}": sorted(ids) for n, (_column, ids) in enumerate(condition) if n}
    ids, found = sorted(condition[0][1]), []
    for start in range(0, len(ids), CHUNK):
        found += connection.execute(statement, {"p0": ids[start:start + CHUNK], **rest}).all()
    return found


# Links whose triggers recompute a resource's search row, and the column naming the resource.
SEARCHED_LINKS = {"resource_tags": "resource_id", "resource_taxonomy_terms": "resource_id"}
BATCH_FROM = 200  # rows of links (or new resources) from which the index is refreshed once at the end


@contextmanager
def search_index_batched(store: Store | None, connection: Connection, worth_it: bool = True) -> Iterator[list[str]]:
    """While link rows go in and out by the thousand: the search index's per-row triggers are
    set aside (in the transaction) and the resources named in the list yielded get their
    index rows once, at the end. Without a store, or when not worth it, the triggers do it."""
    touched: list[str] = []
    if store is None or not worth_it:
        yield touched
        return
    bulk = store.bulk_load(connection)
    bulk.suspend_search_index()
    with store.quiet_link_deletes(connection):
        yield touched
    bulk.refresh_search_rows(touched)
    bulk.restore_search_index()


def take(connection: Connection, scope: Scope) -> Snapshot:
    rows: dict[str, tuple[tuple[str, ...], dict[tuple, tuple]]] = {}
    for table in TABLE_ORDER:
        part = scope.tables.get(table)
        if part is None:
            continue
        columns = part.columns or _columns(connection, table)
        key_at = [columns.index(k) for k in KEYS[table]]
        kept: dict[tuple, tuple] = {}
        for condition in part.filters:
            for row in _select(connection, table, columns, condition):
                kept[tuple(row[i] for i in key_at)] = tuple(row)
        rows[table] = (columns, kept)
    return Snapshot(scope, rows)


def _touched(current: Snapshot, snapshot: Snapshot) -> list[str]:
    """The resources whose search rows a restore changes through links or a new row."""
    touched: list[str] = []
    for table, column in (*SEARCHED_LINKS.items(), ("resources", "id")):
        if table not in snapshot.rows:
            continue
        columns, wanted = snapshot.rows[table]
        now_columns, now = current.rows[table]
        if table == "resources" and snapshot.scope.tables[table].columns is not None:
            continue  # updated in place: its own update trigger indexes it
        for rows, names, other in ((wanted, columns, now), (now, now_columns, wanted)):
            if rows and column in names:
                at = names.index(column)
                touched += [row[at] for key, row in rows.items() if key not in other]
    return list(dict.fromkeys(touched))


def restore(connection: Connection, snapshot: Snapshot,
            progress: Callable[[float], None] | None = None, store: Store | None = None) -> Snapshot:
    """Make the scope's rows what the snapshot holds; returns the rows it replaced."""
    current = take(connection, snapshot.scope)
    touched = _touched(current, snapshot)
    with search_index_batched(store, connection, len(touched) >= BATCH_FROM) as batch:
        batch += touched
        _write(connection, snapshot, current, progress)
    return current


def _write(connection: Connection, snapshot: Snapshot, current: Snapshot,
           progress: Callable[[float], None] | None) -> None:
    from sqlalchemy import text

    tables = [t for t in TABLE_ORDER if t in snapshot.rows]
    for table in reversed(tables):  # children first
        if snapshot.scope.tables[table].columns is not None:
            continue  # kept by some columns: never cut
        keys = KEYS[table]
        gone = [key for key in current.rows[table][1] if key not in snapshot.rows[table][1]]
        if gone:
            where = " AND ".join(f"{_q(k)} = :{k}" for k in keys)
            connection.execute(text(f"DELETE FROM {_q(table)} WHERE {where}"),
                               [dict(zip(keys, key)) for key in gone])
    for n, table in enumerate(tables):  # parents first
        columns, wanted = snapshot.rows[table]
        now = current.rows[table][1]
        params = [f"c{i}" for i in range(len(columns))]
        missing = [row for key, row in wanted.items() if key not in now]
        if missing and snapshot.scope.tables[table].columns is None:
            connection.execute(text(f"INSERT INTO {_q(table)} ({', '.join(_q(c) for c in columns)}) "
                                    f"VALUES ({', '.join(':' + p for p in params)})"),
                               [dict(zip(params, row)) for row in missing])
        changed = [row for key, row in wanted.items() if key in now and now[key] != row]
        others = [i for i, c in enumerate(columns) if c not in KEYS[table]]
        if changed and others:
            keys = [columns.index(k) for k in KEYS[table]]
            sets = ", ".join(f"{_q(columns[i])} = :c{i}" for i in others)
            where = " AND ".join(f"{_q(columns[i])} = :c{i}" for i in keys)
            connection.execute(text(f"UPDATE {_q(table)} SET {sets} WHERE {where}"),
                               [dict(zip(params, row)) for row in changed])
        if progress is not None:
            progress((n + 1) / len(tables))


def take_snapshot(catalogue: Catalogue, scope: Scope) -> Snapshot:
    """The scope's rows now, read in a write transaction (no other writer between)."""
    with catalogue.store.write_transaction() as connection:
        return take(connection, scope)


def restore_snapshot(catalogue: Catalogue, snapshot: Snapshot,
                     progress: Callable[[float], None] | None = None) -> Snapshot:
    """Put the snapshot's rows back, in one transaction; returns the rows it replaced."""
    with catalogue.store.write_transaction() as connection:
        return restore(connection, snapshot, progress, catalogue.store)


def with_snapshot(catalogue: Catalogue, scope: Scope, change: Callable[[], T]) -> tuple[T, Snapshot]:
    """Run a change (a service that writes in its own transaction), keeping the scope's rows
    as they were just before it."""
    before = take_snapshot(catalogue, scope)
    return change(), before
