"""The bulk load an import runs inside its one write transaction, for SQLite.

What it sets aside (the search index's insert triggers, the secondary indexes) is dropped
and created again from its own stored SQL inside the same transaction, so a cancel, an
error or a killed process rolls both back together. The dbapi connection under the
SQLAlchemy one is shared with the helper thread that moves staged rows
(``background.BackgroundInserts``); one ``ConnectionGuard`` says who may use it, and every
statement the importing thread runs (through this object or through SQLAlchemy) checks it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, event

from resource_desk.store.sqlite.background import BackgroundInserts, ConnectionGuard
from resource_desk.store.sqlite.bulk_indexes import IndexSuspension
from resource_desk.store.sqlite.fts import FtsMaintenance

IMPORT_CACHE_KIB = 16384  # page cache while importing (16 MiB); the connection's own is restored after


class SqliteBulkLoad:
    def __init__(self, connection: Connection):
        self.connection = connection
        self.guard = ConnectionGuard()
        self._fts: FtsMaintenance | None = None
        self._indexes: IndexSuspension | None = None
        self._background: BackgroundInserts | None = None

    @contextmanager
    def loading(self) -> Iterator[SqliteBulkLoad]:
        """For the import's duration: a larger page cache, and every SQLAlchemy statement on the
        connection checked against the guard (the helper thread must not be running then)."""
        previous_cache = self.connection.exec_driver_sql("PRAGMA cache_size").scalar()
        self.connection.exec_driver_sql(f"PRAGMA cache_size = -{IMPORT_CACHE_KIB}")
        event.listen(self.connection, "before_cursor_execute", self._check)
        try:
            yield self
        finally:
            event.remove(self.connection, "before_cursor_execute", self._check)
            if self._background is not None:
                self._background.close()
            self.connection.exec_driver_sql(f"PRAGMA cache_size = {int(previous_cache)}")

    def _check(self, *_args) -> None:
        self.guard.check()

    # -- the search index ----------------------------------------------------------------------
    @property
    def fts(self) -> FtsMaintenance:
        if self._fts is None:
            self._fts = FtsMaintenance(self.connection)
        return self._fts

    def suspend_search_index(self) -> None:
        """Index rows are written per batch of new resources (by the helper), not per row."""
        self.fts.suspend()

    def refresh_search_rows(self, resource_ids: Iterable[str]) -> None:
        """Index rows again for resources whose tags or categories the load changed."""
        self.fts.refresh(resource_ids)

    def restore_search_index(self) -> None:
        self.fts.restore()

    # -- secondary indexes -------------------------------------------------------------------
    @property
    def indexes(self) -> IndexSuspension:
        if self._indexes is None:
            self._indexes = IndexSuspension(self.connection)
        return self._indexes

    def indexes_worth_suspending(self, expected_new: float) -> bool:
        return self.indexes.worth_it(expected_new)

    def suspend_indexes(self) -> None:
        self.indexes.suspend()

    def restore_indexes(self) -> None:
        if self._indexes is not None:
            self._indexes.restore()

    # -- rows, staged and moved on the helper thread ---------------------------------------------
    def background(self, tables: dict[str, tuple[str, tuple[str, ...]]], new_resources: str) -> BackgroundInserts:
        """Staging tables -> (table, columns), moved in order by the helper thread; after each
        move the search index rows of the staged resources (``new_resources``: the staging
        table of resources, with a ``pk`` column) are written, when the index is suspended."""
        index_rows = self._fts.new_rows_sql(f"SELECT pk FROM temp.{new_resources}") if self._fts else None
        self._background = BackgroundInserts(self.connection.connection.dbapi_connection, tables,
                                             (index_rows,) if index_rows else (), self.guard)
        return self._background

    def organizations_in_order(self) -> list[tuple]:
        """(id, name, alternate_name, description, website, email) of every organization, in the
        order they were stored (the first of two with one name key is the one a row joins)."""
        return self.fetch("SELECT id, name, alternate_name, description, website, email FROM organizations"
                          " ORDER BY rowid")

    def executemany(self, sql: str, rows: list[tuple]) -> None:
        """Straight through the driver (qmark parameters): cheaper per row than SQLAlchemy's."""
        if rows:
            with self.guard.held():
                self.connection.connection.dbapi_connection.executemany(sql, rows)

    def fetch(self, sql: str, params: tuple = ()) -> list[tuple]:
        """Rows straight from the driver (qmark parameters)."""
        with self.guard.held():
            cursor = self.connection.connection.dbapi_connection.cursor()
            try:
                return cursor.execute(sql, params).fetchall()
            finally:
                cursor.close()
