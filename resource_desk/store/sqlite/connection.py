"""SQLite connections to a catalogue file: the setup every connection gets, the pool of plain
read connections, the revision check without Alembic, backups.

Every connection (SQLAlchemy's and the plain sqlite3 ones alike) gets foreign keys, WAL, a
busy timeout, a larger page cache and ``secure_delete``. Write transactions begin IMMEDIATE.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from resource_desk.core.messages import msg
from resource_desk.core.paths import is_data_dir
from resource_desk.core.private_files import clean_leftovers, private_dir, private_temp_path

if TYPE_CHECKING:
    from sqlalchemy import Engine

BUSY_TIMEOUT_MS = 5000
CACHE_SIZE_KIB = 32768  # 32 MiB of pages (the default is 2 MiB), for large catalogues
# Idle plain connections kept for reuse (each keeps what search derived from the catalogue).
KEEP_IDLE_CONNECTIONS = 4
# What the engine raises for a file it cannot use (opening turns them into CatalogueError).
ENGINE_ERRORS: tuple[type[Exception], ...] = (sqlite3.Error,)


def _datetime_text(value: datetime) -> str:
    return value.strftime("%Y-%m-%d %H:%M:%S.%f")


# Dates and times handed to sqlite3 directly are stored as SQLAlchemy stores them
# ("2026-12-01", "2026-12-01 12:00:00.000000"): explicit adapters, one format everywhere
# (Python 3.12 deprecates sqlite3's own, which write another one).
sqlite3.register_adapter(date, date.isoformat)
sqlite3.register_adapter(datetime, _datetime_text)


class FileRefused(Exception):
    """A file that is not a catalogue this store can read; the message is for the user
    (``core.database`` raises it again as a CatalogueError)."""


def stored_revision(connection: sqlite3.Connection) -> str | None:
    """What ``alembic_version`` says (None for a file without it), as Alembic would read it."""
    if connection.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
                          ).fetchone() is None:
        return None
    rows = connection.execute("SELECT version_num FROM alembic_version").fetchall()
    if len(rows) > 1:
        raise FileRefused(msg("the catalogue records more than one schema revision"))
    return rows[0][0] if rows else None


def has_tables(connection: sqlite3.Connection) -> bool:
    return connection.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0] > 0


# -- connections -----------------------------------------------------------------------------


def set_up(connection: sqlite3.Connection, writable: bool = True) -> None:
    """What every connection to a catalogue gets, SQLAlchemy's and the plain ones alike
    (a read-only file keeps the journal mode it has: changing it would be a write)."""
    cursor = connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    if writable:
        cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.execute(f"PRAGMA cache_size = -{CACHE_SIZE_KIB}")
    # Deleted content (a removed resource's private notes) is overwritten, not left in free pages.
    cursor.execute("PRAGMA secure_delete = ON")
    cursor.close()


def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    # Let SQLAlchemy, not pysqlite, decide when transactions begin (so BEGIN is explicit).
    dbapi_connection.isolation_level = None
    set_up(dbapi_connection)


def _on_connect_read_only(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    dbapi_connection.isolation_level = None
    set_up(dbapi_connection, writable=False)


def is_writable(path: Path) -> bool:
    """Whether a catalogue file can be changed: the file, and its folder (where SQLite keeps
    the -wal and -shm files beside it)."""
    folder = path.parent
    return os.access(path, os.W_OK) and os.access(folder, os.W_OK | os.X_OK)


def _read_only_uri(path: Path) -> str:
    """A URI opening the file for reading only. Where even the -shm file cannot be made (a
    read-only folder or disk), the file is opened as immutable: nobody can be writing it."""
    from urllib.parse import quote

    uri = f"file:{quote(str(path.resolve()))}?mode=ro"
    shm = path.with_name(path.name + "-shm")
    if not os.access(path.parent, os.W_OK | os.X_OK) and not shm.exists():
        uri += "&immutable=1"
    return uri


def _connect_file(path: Path, writable: bool, factory=sqlite3.Connection) -> sqlite3.Connection:
    if writable:
        return sqlite3.connect(path, factory=factory, check_same_thread=False, isolation_level=None)
    return sqlite3.connect(_read_only_uri(path), uri=True, factory=factory, check_same_thread=False,
                           isolation_level=None)


def _on_begin(connection) -> None:
    # IMMEDIATE takes the write lock up front: a second window or the CLI waits (busy
    # timeout) instead of failing halfway through a unit of work.
    connection.exec_driver_sql("BEGIN IMMEDIATE" if connection.info.get("write") else "BEGIN")


def make_engine(path: Path, writable: bool = True) -> Engine:
    from sqlalchemy import create_engine, event

    if writable:
        engine = create_engine(f"sqlite:///{path}", connect_args={"check_same_thread": False})
        event.listen(engine, "connect", _on_connect)
    else:
        engine = create_engine("sqlite://", creator=lambda: _connect_file(path, writable=False))
        event.listen(engine, "connect", _on_connect_read_only)
    event.listen(engine, "begin", _on_begin)
    return engine


class RawConnection(sqlite3.Connection):
    """A plain sqlite3 connection to a catalogue (``Catalogue.connect`` hands them out).

    ``info`` holds what read paths derive from the catalogue and keep with the connection
    (search's bitmaps and counts); they check ``PRAGMA data_version`` before reusing it.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.info: dict = {}


def raw_connection(path: Path, read_only: bool = True, writable: bool = True) -> RawConnection:
    """``read_only``: this connection does not write (query_only); ``writable`` off: nor can
    anyone through it, as the file is opened for reading only."""
    # Used by one thread at a time, but not always the one that opened it (worker threads).
    connection = _connect_file(path, writable, factory=RawConnection)
    try:
        set_up(connection, writable)
        if read_only:
            set_read_only(connection)
    except BaseException:
        connection.close()
        raise
    return connection  # type: ignore[return-value]


def set_read_only(connection: sqlite3.Connection) -> None:
    connection.execute("PRAGMA query_only = ON")


class RawPool:
    """Plain connections for fast reads: each thread in a ``connect()`` block holds one of
    its own (nested blocks in the thread share it), and returns it for reuse afterwards."""

    def __init__(self, path: Path, writable: bool = True):
        self.path = path
        self.writable = writable
        # Told of any error raised in a connection's block (the store looks for damage in it).
        self.on_error: Callable[[BaseException], None] | None = None
        self._lock = threading.Lock()
        self._idle: list[RawConnection] = []
        self._held: dict[int, RawConnection] = {}
        self._generation = 0
        self._born: dict[int, int] = {}  # id(connection) -> generation it was opened in

    def adopt(self, connection: RawConnection) -> None:
        with self._lock:
            self._born[id(connection)] = self._generation
            self._idle.append(connection)

    @contextmanager
    def connection(self) -> Iterator[RawConnection]:
        me = threading.get_ident()
        held = self._held.get(me)
        if held is not None:  # nested in this thread: the same connection and read transaction
            yield held
            return
        connection = self._take()
        self._held[me] = connection
        healthy = False  # kept for reuse only if its transaction ended cleanly
        try:
            connection.execute("BEGIN")
            try:
                yield connection
            finally:
                if connection.in_transaction:
                    connection.execute("ROLLBACK")  # a read: there is nothing to keep
                healthy = True
        except BaseException as exc:
            if self.on_error is not None:
                self.on_error(exc)
            raise
        finally:
            del self._held[me]
            self._give_back(connection, healthy)

    def _take(self) -> RawConnection:
        with self._lock:
            if self._idle:
                return self._idle.pop()  # the most recently used: its caches are the warmest
            generation = self._generation
        connection = raw_connection(self.path, writable=self.writable)
        with self._lock:
            self._born[id(connection)] = generation
        return connection

    def _give_back(self, connection: RawConnection, healthy: bool) -> None:
        with self._lock:
            keep = (healthy and self._born.get(id(connection)) == self._generation
                    and len(self._idle) < KEEP_IDLE_CONNECTIONS)
            if keep:
                self._idle.append(connection)
            else:
                self._born.pop(id(connection), None)
        if not keep:
            connection.close()

    def close(self) -> None:
        """Close the idle connections; those in use close when they come back."""
        with self._lock:
            idle, self._idle = self._idle, []
            self._generation += 1
            for connection in idle:
                self._born.pop(id(connection), None)
        for connection in idle:
            connection.close()


# -- files -------------------------------------------------------------------------------------


def tidy_folder(path: Path) -> None:
    """Before a catalogue opens: its folder, when it is the app's data folder, is 0700, and
    what a killed run left beside the catalogue (a half-written backup, an export's temporary
    file) is removed."""
    folder = path.parent
    if folder.is_dir():
        if is_data_dir(folder):
            private_dir(folder, tighten=True)
        clean_leftovers(folder)


def create_private_file(path: Path) -> None:
    """A new catalogue readable by its owner only: it holds private notes. Created 0600 by
    ``os.open`` (SQLite creates its -wal and -shm with the same mode); a folder the app makes
    for it is 0700, and what a killed run left there is cleaned up."""
    private_dir(path.parent, tighten=is_data_dir(path.parent))
    clean_leftovers(path.parent)
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)


def _backup_path(path: Path) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    candidate = path.with_name(f"{path.stem}.backup-{stamp}{path.suffix}")
    n = 1
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{path.stem}.backup-{stamp}-{n}{path.suffix}")
    return candidate


def backup(path: Path) -> Path:
    """A consistent copy of the catalogue beside it, under a dated name (before an upgrade)."""
    clean_leftovers(path.parent)
    target = _backup_path(path)
    copy_to(path, target)
    return target


def copy_to(path: Path, target: Path, writable: bool = True) -> None:
    """A consistent copy of the catalogue (the WAL folded in) through SQLite's backup API,
    readable by its owner only.

    Written into a temporary file created 0600, renamed to ``target`` only when complete: a
    killed run never leaves a partial copy under a real backup's name, and its leftover is
    cleaned up at the next open."""
    source = _connect_file(path, writable)
    try:
        with private_temp_path(target) as temporary:
            dest = sqlite3.connect(temporary)
            try:
                source.backup(dest)
                dest.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
            finally:
                dest.close()
    finally:
        source.close()


def copy_into(source_path: Path, path: Path) -> None:
    """Replace the catalogue's content with another file's, in place, through the backup API:
    SQLite takes the write lock and every connection sees the new content at its next read."""
    source = _connect_file(source_path, writable=False)
    try:
        dest = sqlite3.connect(path, isolation_level=None)
        try:
            dest.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()


def replace_file(source_path: Path, path: Path) -> None:
    """Replace a catalogue file SQLite can no longer write into by a copy of another: the copy
    is made complete under a temporary name, then renamed over it; the old -wal and -shm go
    (they belong to the old file). Only for a file no other window has open."""
    copy_to(source_path, path, writable=False)
    for stale in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        stale.unlink(missing_ok=True)


# How many of quick_check's findings are worth showing a person (it lists up to 100).
CHECK_FINDINGS_SHOWN = 3


def quick_check(path: Path, writable: bool = True) -> list[str]:
    """``PRAGMA quick_check`` on a connection of its own: what it found wrong (empty when the
    file is sound). A file SQLite cannot even read is a finding too."""
    try:
        connection = _connect_file(path, writable)
        try:
            rows = connection.execute(f"PRAGMA quick_check({CHECK_FINDINGS_SHOWN})").fetchall()
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        from resource_desk.store.sqlite.faults import DAMAGED, fault_of

        if fault_of(exc) != DAMAGED:
            raise
        return [str(exc)]
    findings = [line.strip() for (text,) in rows for line in str(text).splitlines()
                if line.strip() and not line.startswith("***")]  # "*** in database main ***"
    return [] if findings == ["ok"] else findings


def check_sqlite(path: Path) -> None:
    with open(path, "rb") as handle:
        header = handle.read(16)
    if header and header != b"SQLite format 3\x00":
        raise FileRefused(msg("{path} is not a Resource Desk catalogue (not an SQLite file)", path=path))
