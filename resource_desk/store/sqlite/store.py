"""The SQLite store: what a ``Catalogue`` asks of its engine (``resource_desk.store.protocol``).

Plain sqlite3 connections (a pool, one per reading thread) answer the fast reads: search,
lookups, tags, settings. SQLAlchemy's engine, made on first use, carries the writes.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from resource_desk.core.errors import CatalogueDamaged, CatalogueReadOnly, UserError
from resource_desk.core.messages import msg
from resource_desk.store.sqlite import faults as _faults
from resource_desk.store.sqlite import search as _search
from resource_desk.store.sqlite.connection import (
    BUSY_TIMEOUT_MS,
    RawConnection,
    RawPool,
    check_sqlite,
    copy_into,
    copy_to,
    replace_file,
    create_private_file,
    has_tables,
    is_writable,
    make_engine,
    quick_check,
    raw_connection,
    set_read_only,
    stored_revision,
    tidy_folder,
)

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine

    from resource_desk.core.queries import SearchPage, SearchQuery
    from resource_desk.store.sqlite.bulk import SqliteBulkLoad

# The distinct language sets, one probe of the languages index each (a skip scan), rather
# than a pass over the index: there are few sets, and many resources share each.
_LANGUAGE_SETS = """
WITH RECURSIVE sets(languages) AS (
    SELECT min(languages) FROM resources WHERE languages > ''
    UNION ALL
    SELECT (SELECT min(languages) FROM resources WHERE languages > sets.languages)
    FROM sets WHERE sets.languages IS NOT NULL
)
SELECT languages FROM sets WHERE languages IS NOT NULL
"""


# A second writer (another import, an undo, a bulk change, in another process or window) asks
# for the write lock in short tries, saying once that it waits, for up to WAIT_LIMIT_S.
WAITING = msg("another import is running in this catalogue; waiting…")
BUSY_TRY_MS = 250
WAIT_LIMIT_S = 6 * 60 * 60


class CatalogueBusy(UserError):
    """Another writer holds the catalogue (and this one would not, or no longer, wait)."""


def _is_busy(error: BaseException) -> bool:
    original = getattr(error, "orig", error)
    return isinstance(original, sqlite3.OperationalError) and (
        getattr(original, "sqlite_errorcode", None) in (sqlite3.SQLITE_BUSY, getattr(sqlite3, "SQLITE_LOCKED", 6))
        or "database is locked" in str(original))


class SqliteStore:
    """One SQLite catalogue file: its connections and every engine-specific statement."""

    engine_name = "sqlite"

    def __init__(self, path: Path, writable: bool = True):
        self.path = path
        # A file that cannot be written (its mode, its folder, its disk) opens for reading only.
        self.writable = writable
        self._engine: Engine | None = None
        self._lock = threading.Lock()
        self.pool = RawPool(path, writable)
        self.pool.on_error = self.note_error
        self._opening: RawConnection | None = None
        # What SQLite or quick_check found damaged (None while the file is sound); once set,
        # nothing more is written. ``on_damage`` callbacks hear of it once (from any thread).
        self.damage: str | None = None
        self.on_damage: list[Callable[[str], None]] = []
        # When another writer holds the catalogue: wait (saying so once through ``on_wait``,
        # e.g. a line on stderr), or refuse at once (``wait_for_writers = False``, ``--no-wait``).
        self.wait_for_writers = True
        self.on_wait: Callable[[str], None] | None = None
        self.on_wait_over: Callable[[], None] | None = None  # the lock came free after a wait

    @classmethod
    def open_file(cls, path: Path) -> tuple[SqliteStore, str | None, bool]:
        """The store of a catalogue file (created, empty, if missing), the schema revision it
        records and whether it holds any table. Then ``ready`` (at the newest revision) or
        ``unready`` (to be upgraded)."""
        tidy_folder(path)
        if not path.exists():
            create_private_file(path)
        check_sqlite(path)
        writable = is_writable(path)
        connection = raw_connection(path, read_only=False, writable=writable)
        try:
            current = stored_revision(connection)
            tables = has_tables(connection) if current is None else True
        except BaseException:
            connection.close()
            raise
        store = cls(path, writable)
        store._opening = connection
        return store, current, tables

    def ready(self) -> None:
        """The connection that checked the file, read-only now, serves the first read."""
        connection, self._opening = self._opening, None
        if connection is not None:
            try:
                set_read_only(connection)
            except BaseException:
                connection.close()
                raise
            self.pool.adopt(connection)

    def unready(self) -> None:
        connection, self._opening = self._opening, None
        if connection is not None:
            connection.close()

    # -- connections -----------------------------------------------------------------------
    @property
    def engine(self) -> Engine:
        engine = self._engine
        if engine is None:
            with self._lock:
                if self._engine is None:
                    self._engine = make_engine(self.path, self.writable)
                    from sqlalchemy import event

                    event.listen(self._engine, "handle_error", self._engine_error)
                engine = self._engine
        return engine

    @contextmanager
    def connect(self) -> Iterator[RawConnection]:
        """A plain read-only sqlite3 connection of this thread's own, in a read transaction."""
        with self.pool.connection() as connection:
            yield connection

    @contextmanager
    def write_transaction(self) -> Iterator[Connection]:
        """A SQLAlchemy connection in one write transaction (BEGIN IMMEDIATE), committed when
        the block ends, rolled back if it raises. ``Catalogue.write`` binds its Session to it.

        While another writer holds the catalogue, this one waits for it (see ``wait_for_writers``).
        A damaged or read-only catalogue refuses, before anything is written."""
        self.refuse_writes_if_unsafe()
        with self.engine.connect() as connection:
            connection.info["write"] = True
            try:
                with self._begin(connection):
                    yield connection
            finally:
                connection.info.pop("write", None)
        self._check_still_there()

    def _check_still_there(self) -> None:
        """A file deleted or moved while open takes writes without a word (they go to the
        unlinked file, lost when it closes): after each write, the file must still be there."""
        if not self.path.exists():
            from resource_desk.core.errors import StorageGone

            raise StorageGone(msg("{path} was removed or moved while Resource Desk wrote to it (was it on a "
                                  "disk that was taken out?): what was just saved did not reach it. Put the disk "
                                  "back, then open the catalogue again and check the last change.", path=self.path))

    # -- health ------------------------------------------------------------------------------
    def refuse_writes_if_unsafe(self) -> None:
        from resource_desk.core.faults import damaged_message, read_only_message

        if self.damage is not None:
            raise CatalogueDamaged(damaged_message(self.path, self.damage))
        if not self.writable:
            raise CatalogueReadOnly(read_only_message(self.path))

    def note_error(self, error: BaseException) -> None:
        """An error from any connection: if SQLite says the file is damaged, remember it."""
        if _faults.fault_of(error) == _faults.DAMAGED:
            self.mark_damaged(_faults.detail_of(error))

    def _engine_error(self, context) -> None:
        self.note_error(context.original_exception)

    def mark_damaged(self, detail: str) -> None:
        with self._lock:
            first = self.damage is None
            if first:
                self.damage = detail
        if first:
            for callback in list(self.on_damage):
                callback(detail)

    def quick_check(self) -> list[str]:
        """SQLite's quick_check of the file; a finding marks the catalogue damaged."""
        findings = quick_check(self.path, self.writable)
        if findings:
            if len(findings) > 1:
                self.mark_damaged(msg("SQLite's check found: {finding}, and {count} more", finding=findings[0],
                                      count=len(findings) - 1))
            else:
                self.mark_damaged(msg("SQLite's check found: {finding}", finding=findings[0]))
        return findings

    def copy_to(self, target: Path) -> None:
        """A consistent copy of the catalogue at ``target`` (0600, complete or not there)."""
        copy_to(self.path, target, self.writable)

    def replace_with(self, source: Path) -> None:
        """The catalogue's content replaced by ``source``'s (a backup), in one write."""
        if not self.writable:
            from resource_desk.core.faults import read_only_message

            raise CatalogueReadOnly(read_only_message(self.path))
        self.pool.close()
        try:
            copy_into(source, self.path)
        except sqlite3.DatabaseError as exc:
            if _faults.fault_of(exc) != _faults.DAMAGED:
                raise
            replace_file(source, self.path)  # too damaged to be written page by page: a new file
        with self._lock:
            self.damage = None

    def _begin(self, connection: Connection):
        """``connection.begin()`` (BEGIN IMMEDIATE), tried in short waits while another writer
        holds the lock, instead of one busy timeout that ends in "database is locked"."""
        from sqlalchemy.exc import OperationalError

        raw = connection.connection.dbapi_connection
        deadline = None
        try:
            while True:
                raw.execute(f"PRAGMA busy_timeout = {BUSY_TRY_MS if self.wait_for_writers else 0}")
                try:
                    transaction = connection.begin()
                    if deadline is not None and self.on_wait_over is not None:
                        self.on_wait_over()
                    return transaction
                except OperationalError as exc:
                    if not _is_busy(exc):
                        raise
                    if connection.in_transaction():  # pragma: no cover - SQLAlchemy leaves none behind
                        connection.rollback()
                    if not self.wait_for_writers:
                        raise CatalogueBusy(msg("another import is running in this catalogue ({path}); try again "
                                                "when it has ended", path=self.path)) from None
                    if deadline is None:
                        deadline = time.monotonic() + WAIT_LIMIT_S
                        if self.on_wait is not None:
                            self.on_wait(WAITING)
                    elif time.monotonic() > deadline:
                        raise CatalogueBusy(msg("another import has held this catalogue ({path}) for {count} hours; "
                                                "try again later", path=self.path,
                                                count=WAIT_LIMIT_S // 3600)) from None
        finally:
            raw.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")

    def revision(self) -> str | None:
        with self.connect() as connection:
            return stored_revision(connection)

    def close(self) -> None:
        self.unready()
        self.pool.close()
        with self._lock:
            engine = self._engine
        if engine is not None:
            engine.dispose()

    # -- search ------------------------------------------------------------------------------
    def search(self, query: SearchQuery, limit: int = 100, offset: int = 0, with_total: bool = True,
               superseded: Callable[[], bool] | None = None) -> SearchPage:
        return _search.search(self, query, limit, offset, with_total, superseded)

    def count(self, query: SearchQuery) -> int:
        return _search.count(self, query)

    def matching_ids(self, query: SearchQuery) -> list[str]:
        return _search.matching_ids(self, query)

    def facet_counts(self, query: SearchQuery) -> dict[str, int]:
        return _search.facet_counts(self, query)

    def tag_counts_if_ticked(self, query: SearchQuery, superseded: Callable[[], bool] | None = None) -> dict[str, int]:
        return _search.tag_counts_if_ticked(self, query, superseded)

    # -- lookups -----------------------------------------------------------------------------
    def resource_total(self) -> int:
        with self.connect() as connection:
            return connection.execute("SELECT count(*) FROM resources").fetchone()[0]

    def organization_names(self) -> list[str]:
        """Distinct, unsorted."""
        with self.connect() as connection:
            return [name for (name,) in connection.execute("SELECT DISTINCT name FROM organizations")]

    def language_sets(self) -> list[str]:
        """The distinct ``languages`` values of resources (space-separated codes), none empty."""
        with self.connect() as connection:
            return [combo for (combo,) in connection.execute(_LANGUAGE_SETS)]

    def verifier_names(self, limit: int) -> list[str]:
        with self.connect() as connection:
            rows = connection.execute(
                "SELECT verified_by FROM resources WHERE verified_by IS NOT NULL AND verified_by != ''"
                " GROUP BY verified_by ORDER BY count(*) DESC, verified_by LIMIT ?", (limit,)).fetchall()
        return [name for (name,) in rows]

    # -- tags and settings -------------------------------------------------------------------
    def tag_rows(self, facet: str | None = None, with_counts: bool = True):
        """``(tags, aliases, keywords, counts)``: rows (id, facet, name, color, description, codes)
        of the tags (of one facet), tag id -> its aliases and its keywords, and tag id -> how many
        resources carry it (empty without ``with_counts``)."""
        where, params = ("WHERE t.facet = ?", (facet,)) if facet else ("", ())
        with self.connect() as connection:
            rows = connection.execute(
                f"SELECT t.id, t.facet, t.name, t.color, t.description, t.codes FROM tags t {where}", params
            ).fetchall()
            aliases: dict[str, list[str]] = {}
            for tag_id, alias in connection.execute(
                    f"SELECT a.tag_id, a.alias FROM tag_aliases a JOIN tags t ON t.id = a.tag_id {where}", params):
                aliases.setdefault(tag_id, []).append(alias)
            keywords: dict[str, list[str]] = {}
            for tag_id, keyword in connection.execute(
                    f"SELECT k.tag_id, k.keyword FROM tag_keywords k JOIN tags t ON t.id = k.tag_id {where}", params):
                keywords.setdefault(tag_id, []).append(keyword)
            counts: dict[str, int] = {}
            if with_counts:
                counts = dict(connection.execute(
                    "SELECT tag_id, count(*) FROM resource_tags GROUP BY tag_id").fetchall())
        return rows, aliases, keywords, counts

    def setting(self, key: str) -> str | None:
        with self.connect() as connection:
            row = connection.execute('SELECT value FROM settings WHERE "key" = ?', (key,)).fetchone()
        return row[0] if row is not None else None

    def settings_with_prefix(self, prefix: str) -> dict[str, str]:
        """Key (without the prefix) -> value, for the keys that begin with ``prefix``."""
        with self.connect() as connection:
            return {key[len(prefix):]: value for key, value in connection.execute(
                'SELECT "key", value FROM settings WHERE substr("key", 1, ?) = ?', (len(prefix), prefix))}

    # -- bulk loads --------------------------------------------------------------------------
    def bulk_load(self, connection: Connection) -> SqliteBulkLoad:
        from resource_desk.store.sqlite.bulk import SqliteBulkLoad

        return SqliteBulkLoad(connection)

    @contextmanager
    def quiet_link_deletes(self, connection: Connection) -> Iterator[None]:
        """Deleting tag and category links of resources deleted right after: the search index
        is not recomputed per link (the resources' own delete takes their index rows)."""
        from resource_desk.store.sqlite.fts import QuietLinkTriggers

        with QuietLinkTriggers(connection):
            yield
