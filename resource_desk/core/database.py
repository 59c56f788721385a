"""Opening a catalogue file: connection setup, schema upgrades with a backup first, sessions.

A ``Catalogue`` is the one object the CLI and the GUI hold; services take it as their
first argument and open one short unit of work per user action with ``catalogue.write()``
or ``catalogue.read()`` (SQLAlchemy sessions), or, for reads that must be fast, with
``catalogue.connect()`` (a plain sqlite3 connection inside a read transaction).

Opening needs neither SQLAlchemy nor Alembic when the catalogue is already at the newest
schema revision (the usual case): the file and its revision are checked with sqlite3 and
the known revisions are a constant kept in step with the migration files by a test. Alembic is imported only
to create or upgrade a catalogue; SQLAlchemy's engine and sessions are made on first use.
So the window can show its first results before either library is loaded.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from resource_desk.core.errors import UserError

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
VERSIONS_DIR = MIGRATIONS_DIR / "versions"
BUSY_TIMEOUT_MS = 5000
CACHE_SIZE_KIB = 32768  # 32 MiB of pages (the default is 2 MiB), for large catalogues
# Idle plain connections kept for reuse (each keeps what search derived from the catalogue).
KEEP_IDLE_CONNECTIONS = 4


class CatalogueError(UserError):
    """A catalogue that cannot be opened or upgraded; the message is for the user."""


# -- schema revisions --------------------------------------------------------------------------

# The schema revisions this app knows, oldest first: the ``revision`` of each migration file.
# Opening a catalogue compares its revision with these without loading Alembic; a test keeps
# them in step with what Alembic reads from the files (tests/core/test_database.py).
REVISIONS = ("0001", "0002", "0003", "0004", "0005")


def _known_revisions() -> frozenset[str]:
    return frozenset(REVISIONS)


def head_revision() -> str:
    """The newest schema revision this app knows (Alembic's ``get_current_head``)."""
    return REVISIONS[-1]


def _alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def _stored_revision(connection: sqlite3.Connection) -> str | None:
    """What ``alembic_version`` says (None for a file without it), as Alembic would read it."""
    if connection.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
                          ).fetchone() is None:
        return None
    rows = connection.execute("SELECT version_num FROM alembic_version").fetchall()
    if len(rows) > 1:
        raise CatalogueError("the catalogue records more than one schema revision")
    return rows[0][0] if rows else None


# -- connections -----------------------------------------------------------------------------


def _set_up(connection: sqlite3.Connection) -> None:
    """What every connection to a catalogue gets, SQLAlchemy's and the plain ones alike."""
    cursor = connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.execute(f"PRAGMA cache_size = -{CACHE_SIZE_KIB}")
    cursor.close()


def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    # Let SQLAlchemy, not pysqlite, decide when transactions begin (so BEGIN is explicit).
    dbapi_connection.isolation_level = None
    _set_up(dbapi_connection)


def _on_begin(connection) -> None:
    # IMMEDIATE takes the write lock up front: a second window or the CLI waits (busy
    # timeout) instead of failing halfway through a unit of work.
    connection.exec_driver_sql("BEGIN IMMEDIATE" if connection.info.get("write") else "BEGIN")


def make_engine(path: Path) -> Engine:
    from sqlalchemy import create_engine, event

    engine = create_engine(f"sqlite:///{path}", connect_args={"check_same_thread": False})
    event.listen(engine, "connect", _on_connect)
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


def _raw_connection(path: Path, read_only: bool = True) -> RawConnection:
    # Used by one thread at a time, but not always the one that opened it (worker threads).
    connection = sqlite3.connect(path, factory=RawConnection, check_same_thread=False, isolation_level=None)
    try:
        _set_up(connection)
        if read_only:
            connection.execute("PRAGMA query_only = ON")
    except BaseException:
        connection.close()
        raise
    return connection  # type: ignore[return-value]


class _RawPool:
    """Plain connections for fast reads: each thread in a ``connect()`` block holds one of
    its own (nested blocks in the thread share it), and returns it for reuse afterwards."""

    def __init__(self, path: Path):
        self.path = path
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
        finally:
            del self._held[me]
            self._give_back(connection, healthy)

    def _take(self) -> RawConnection:
        with self._lock:
            if self._idle:
                return self._idle.pop()  # the most recently used: its caches are the warmest
            generation = self._generation
        connection = _raw_connection(self.path)
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


def _create_private_file(path: Path) -> None:
    """A new catalogue readable by its owner only: it holds private notes."""
    path.parent.mkdir(parents=True, exist_ok=True)
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
    """A consistent copy of the catalogue beside it (the WAL is folded in)."""
    target = _backup_path(path)
    source = sqlite3.connect(path)
    try:
        dest = sqlite3.connect(target)
        try:
            source.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
        finally:
            dest.close()
    finally:
        source.close()
    shutil.copymode(path, target)
    return target


def _check_sqlite(path: Path) -> None:
    with open(path, "rb") as handle:
        header = handle.read(16)
    if header and header != b"SQLite format 3\x00":
        raise CatalogueError(f"{path} is not a Resource Desk catalogue (not an SQLite file)")


# -- the catalogue -----------------------------------------------------------------------------


@dataclass(frozen=True)
class OpenResult:
    created: bool
    upgraded_from: str | None
    backup: Path | None


class Catalogue:
    """One catalogue file, opened and at the newest schema revision."""

    def __init__(self, path: Path, engine: Engine | None = None, opened: OpenResult | None = None):
        self.path = path
        self.opened = opened if opened is not None else OpenResult(created=False, upgraded_from=None, backup=None)
        self._engine = engine
        self._sessions: sessionmaker | None = None
        self._lock = threading.Lock()
        self._raw = _RawPool(path)

    @classmethod
    def open(cls, path: str | os.PathLike[str]) -> Catalogue:
        path = Path(path).expanduser()
        if path.is_dir():
            raise CatalogueError(f"{path} is a folder, not a catalogue file")
        created = not path.exists() or path.stat().st_size == 0
        try:
            if not path.exists():
                _create_private_file(path)
            _check_sqlite(path)
            connection = _raw_connection(path, read_only=False)
            try:
                current = _check_revision(path, connection, created)
                connection.execute("PRAGMA query_only = ON")
            except BaseException:
                connection.close()
                raise
            if current == head_revision():
                catalogue = cls(path, None, OpenResult(created=False, upgraded_from=None, backup=None))
                catalogue._raw.adopt(connection)  # the first read reuses it
                return catalogue
            connection.close()
            engine = make_engine(path)
            try:
                opened = _upgrade(path, engine, current)
            except BaseException:
                engine.dispose()
                raise
            return cls(path, engine, opened)
        except CatalogueError:
            raise
        except (OSError, sqlite3.Error) as exc:
            raise CatalogueError(f"cannot open catalogue {path}: {exc}") from exc

    # -- SQLAlchemy, made on first use ---------------------------------------------------------
    @property
    def engine(self) -> Engine:
        engine = self._engine
        if engine is None:
            with self._lock:
                if self._engine is None:
                    self._engine = make_engine(self.path)
                engine = self._engine
        return engine

    def _sessionmaker(self) -> sessionmaker:
        sessions = self._sessions
        if sessions is None:
            from sqlalchemy.orm import sessionmaker

            engine = self.engine
            with self._lock:
                if self._sessions is None:
                    self._sessions = sessionmaker(engine, expire_on_commit=False)
                sessions = self._sessions
        return sessions

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A unit of work that changes the catalogue: committed whole, or not at all."""
        from sqlalchemy.orm import Session

        with self.engine.connect() as connection:
            connection.info["write"] = True
            try:
                with Session(bind=connection, expire_on_commit=False) as session, session.begin():
                    yield session
            finally:
                connection.info.pop("write", None)

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._sessionmaker()() as session:
            yield session

    # -- plain sqlite3, for reads that must be fast ----------------------------------------------
    @contextmanager
    def connect(self) -> Iterator[RawConnection]:
        """A plain sqlite3 connection inside a read transaction: every statement sees one
        snapshot of the catalogue. Each thread gets a connection of its own (a block nested in
        another in the same thread shares it); it has the same setup as SQLAlchemy's (foreign
        keys, WAL, busy timeout, page cache) and is read-only (``PRAGMA query_only``): changes
        go through ``write()``. Connections are kept for reuse, with their ``info``."""
        with self._raw.connection() as connection:
            yield connection

    def revision(self) -> str | None:
        with self.connect() as connection:
            return _stored_revision(connection)

    def close(self) -> None:
        self._raw.close()
        with self._lock:
            engine = self._engine
        if engine is not None:
            engine.dispose()


def _check_revision(path: Path, connection: sqlite3.Connection, created: bool) -> str | None:
    """The catalogue's revision; refuses files that are not catalogues or come from a newer app."""
    current = _stored_revision(connection)
    if current is None and not created:
        tables = connection.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0]
        if tables:
            raise CatalogueError(f"{path} is an SQLite file but not a Resource Desk catalogue")
    if current is not None and current not in _known_revisions():
        raise CatalogueError(
            f"{path} was written by a newer Resource Desk (schema {current}); please update the app"
        )
    return current


def _upgrade(path: Path, engine: Engine, current: str | None) -> OpenResult:
    """Create the schema (``current`` None) or bring it to the head, after a backup copy."""
    from alembic import command

    copy = backup(path) if current is not None else None
    config = _alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    return OpenResult(created=current is None, upgraded_from=current, backup=copy)


def upgrade_to(path: Path, revision: str) -> None:
    """Bring a catalogue file to a given revision (tests make old catalogues with it)."""
    from alembic import command

    if not path.exists():
        _create_private_file(path)
    engine = make_engine(path)
    try:
        config = _alembic_config()
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
    finally:
        engine.dispose()


def count(session: Session, model) -> int:
    from sqlalchemy import func, select

    return session.scalar(select(func.count()).select_from(model)) or 0
