"""Moving an import's new rows into the catalogue on a second thread, while reading goes on.

Much of a large import's time in SQLite is spent placing rows in tables, their indexes and
the search index: work in C that needs no Python. The importing thread stages each
batch's rows in plain temporary tables (no index, no trigger: quick), then a helper
thread moves them with one ``INSERT … SELECT`` per table. One statement is one call into
SQLite, during which Python's interpreter lock is free, so the next rows are read and
checked on the other core meanwhile. (Row-by-row ``executemany`` from a second thread
would need the lock back after every row and crawl; handing rows over as JSON costs more
on both sides than staging them.)

The connection is guarded (``ConnectionGuard``): whoever uses it holds the guard, the
helper from ``start`` until its last statement is done. The importing thread's uses
(staging, and every statement through the bulk load or SQLAlchemy) check that the helper
does not hold it, and raise ``ConnectionBusy`` (a bug, never a corrupt catalogue) if it
does; ``wait`` is how they get it back. An error on the helper thread is raised again by
``wait``, so the import fails and rolls back as any other error would.
"""

from __future__ import annotations

import threading
from contextlib import closing, contextmanager, suppress
from collections.abc import Iterator


class ConnectionBusy(RuntimeError):
    """Internal error: the import's connection used while its helper thread holds it."""


class ConnectionGuard:
    """One holder at a time for a dbapi connection shared by an import and its helper thread."""

    def __init__(self):
        self._lock = threading.Lock()
        self.holder: str | None = None

    def _take(self, who: str) -> None:
        if not self._lock.acquire(blocking=False):
            raise ConnectionBusy(f"internal error: the import's database connection was used by {who} "
                                 f"while {self.holder} holds it")
        self.holder = who

    def _give_back(self) -> None:
        self.holder = None
        self._lock.release()

    @contextmanager
    def held(self, who: str = "the importing thread") -> Iterator[None]:
        """Use the connection for the block; ``ConnectionBusy`` if another holds it."""
        self._take(who)
        try:
            yield
        finally:
            self._give_back()

    def check(self, who: str = "the importing thread") -> None:
        """That nobody else holds it now (for a statement run by this thread)."""
        if self._lock.locked():
            raise ConnectionBusy(f"internal error: the import's database connection was used by {who} "
                                 f"while {self.holder} holds it")

    def hand_over(self, who: str) -> None:
        """Held from now on by ``who`` (a helper thread about to start), until ``release``."""
        self._take(who)

    def release(self) -> None:
        self._give_back()


class BackgroundInserts:
    def __init__(self, dbapi_connection, tables: dict[str, tuple[str, tuple[str, ...]]],
                 then: tuple[str, ...] = (), guard: ConnectionGuard | None = None):
        """``tables``: staging table -> (catalogue table, its columns in the order rows give
        them), in the order they are moved: a row that refers to another comes after it.
        ``then``: statements run after each move, while the staged rows are still there.
        ``guard``: shared with every other user of the connection."""
        self.connection = dbapi_connection
        self.tables = tables
        self.then = then
        self.guard = guard or ConnectionGuard()
        self._thread: threading.Thread | None = None
        self._error: BaseException | None = None
        self._staged: set[str] = set()
        self._created = False

    def _create(self) -> None:
        cursor = self.connection.cursor()
        try:
            for stage, (_, columns) in self.tables.items():
                cursor.execute(f"CREATE TEMP TABLE IF NOT EXISTS {stage} ({', '.join(columns)})")
                cursor.execute(f"DELETE FROM temp.{stage}")
        finally:
            cursor.close()
        self._created = True

    def stage(self, stage: str, rows: list[tuple]) -> None:
        """Rows for one table, moved by the next ``start``."""
        if not rows:
            return
        self.wait()
        with self.guard.held():
            if not self._created:
                self._create()
            columns = self.tables[stage][1]
            self.connection.executemany(f"INSERT INTO temp.{stage} VALUES ({', '.join('?' * len(columns))})", rows)
        self._staged.add(stage)

    def start(self) -> None:
        """Move everything staged so far, on the helper thread."""
        self.wait()
        if not self._staged:
            return
        staged = [stage for stage in self.tables if stage in self._staged]
        self._staged = set()
        self.guard.hand_over("the import's helper thread")
        try:
            self._thread = threading.Thread(target=self._move, args=(staged,), name="import-inserts", daemon=True)
            self._thread.start()
        except BaseException:
            self._thread = None
            self.guard.release()
            raise

    def _move(self, staged: list[str]) -> None:
        try:
            cursor = self.connection.cursor()
            try:
                for stage in staged:
                    table, columns = self.tables[stage]
                    names = ", ".join(columns)
                    cursor.execute(f"INSERT INTO {table} ({names}) SELECT {names} FROM temp.{stage}")
                for statement in self.then:
                    cursor.execute(statement)
                for stage in staged:
                    cursor.execute(f"DELETE FROM temp.{stage}")
            finally:
                cursor.close()
        except BaseException as error:  # noqa: BLE001 - handed to the importing thread by wait()
            self._error = error
        finally:
            self.guard.release()

    def _join(self) -> None:
        if self._thread is not None:
            self._thread.join()
            self._thread = None

    def wait(self) -> None:
        """Until the helper is done; its error, if it had one, is raised here."""
        self._join()
        if self._error is not None:
            error, self._error = self._error, None
            raise error

    def close(self) -> None:
        """Stop for good (after the end or an error): the helper finished, the staging tables
        dropped (after an error the rollback or the closing connection takes them)."""
        self._join()
        self._staged = set()
        if not self._created:
            return
        self._created = False
        # A failed transaction may refuse; its rollback or the closing connection takes them.
        with suppress(Exception), self.guard.held():
            with closing(self.connection.cursor()) as cursor:
                for stage in self.tables:
                    cursor.execute(f"DROP TABLE IF EXISTS temp.{stage}")
