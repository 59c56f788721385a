"""Moving an import's new rows into the catalogue on a second thread, while reading goes on.

Much of a large import's time in SQLite is spent placing rows in tables, their indexes and
the search index: work in C that needs no Python. The importing thread stages each
batch's rows in plain temporary tables (no index, no trigger: quick), then a helper
thread moves them with one ``INSERT … SELECT`` per table. One statement is one call into
SQLite, during which Python's interpreter lock is free, so the next rows are read and
checked on the other core meanwhile. (Row-by-row ``executemany`` from a second thread
would need the lock back after every row and crawl; handing rows over as JSON costs more
on both sides than staging them.)

The connection is never used by both threads at once: the importing thread waits for the
helper (``wait``) before it touches the connection again, and always before the
transaction ends. An error on the helper thread is raised again by ``wait``, so the import
fails and rolls back as any other error would.
"""

from __future__ import annotations

import sys
import threading
from contextlib import closing, contextmanager, suppress

# While the helper runs, the importing thread holds the interpreter lock almost all the
# time; the helper gets it back (between two statements) only when the running thread is
# asked to let go, by default after 5 ms. Shorter turns keep the helper from idling.
SWITCH_INTERVAL = 0.0005


@contextmanager
def quick_thread_switches():
    """A shorter interpreter switch interval for the duration (the setting is process-wide)."""
    previous = sys.getswitchinterval()
    sys.setswitchinterval(min(previous, SWITCH_INTERVAL))
    try:
        yield
    finally:
        sys.setswitchinterval(previous)


class BackgroundInserts:
    def __init__(self, dbapi_connection, tables: dict[str, tuple[str, tuple[str, ...]]],
                 then: tuple[str, ...] = ()):
        """``tables``: staging table -> (catalogue table, its columns in the order rows give
        them), in the order they are moved: a row that refers to another comes after it.
        ``then``: statements run after each move, while the staged rows are still there."""
        self.connection = dbapi_connection
        self.tables = tables
        self.then = then
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
        self._thread = threading.Thread(target=self._move, args=(staged,), name="import-inserts", daemon=True)
        self._thread.start()

    def _move(self, staged: list[str]) -> None:
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
        except BaseException as error:  # noqa: BLE001 - handed to the importing thread by wait()
            self._error = error
        finally:
            cursor.close()

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
        cursor = self.connection.cursor()
        # A failed transaction may refuse; its rollback or the closing connection takes them.
        with suppress(Exception), closing(cursor):
            for stage in self.tables:
                cursor.execute(f"DROP TABLE IF EXISTS temp.{stage}")
