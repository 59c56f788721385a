"""Opening a catalogue file: schema upgrades with a backup first, sessions, its store.

A ``Catalogue`` is the one object the CLI and the GUI hold; services take it as their
first argument and open one short unit of work per user action with ``catalogue.write()``
or ``catalogue.read()`` (SQLAlchemy sessions). What only the engine knows (connection
setup, the fast reads, search, the bulk load) is its store's, ``catalogue.store``
(``resource_desk.store.protocol``; SQLite's is ``resource_desk.store.sqlite``).

Opening needs neither SQLAlchemy nor Alembic when the catalogue is already at the newest
schema revision (the usual case): the store checks the file and its revision with sqlite3 and
the known revisions are a constant kept in step with the migration files by a test. Alembic is imported only
to create or upgrade a catalogue; SQLAlchemy's engine and sessions are made on first use.
So the window can show its first results before either library is loaded.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from resource_desk.core.errors import UserError, message_of
from resource_desk.core.messages import msg
from resource_desk.store.sqlite import connection as _sqlite
from resource_desk.store.sqlite.store import SqliteStore

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker

    from resource_desk.store.protocol import Store

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
VERSIONS_DIR = MIGRATIONS_DIR / "versions"


class CatalogueError(UserError):
    """A catalogue that cannot be opened or upgraded; the message is for the user."""


# -- schema revisions --------------------------------------------------------------------------

# The schema revisions this app knows, oldest first: the ``revision`` of each migration file.
# Opening a catalogue compares its revision with these without loading Alembic; a test keeps
# them in step with what Alembic reads from the files (tests/core/test_database.py).
REVISIONS = ("0001", "0002", "0003", "0004", "0005", "0006", "0008", "0010")


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


# -- the catalogue -----------------------------------------------------------------------------


@dataclass(frozen=True)
class OpenResult:
    created: bool
    upgraded_from: str | None
    backup: Path | None


class Catalogue:
    """One catalogue file, opened and at the newest schema revision."""

    def __init__(self, path: Path, opened: OpenResult | None = None, store: Store | None = None):
        self.path = path
        self.opened = opened if opened is not None else OpenResult(created=False, upgraded_from=None, backup=None)
        self.store: Store = store if store is not None else SqliteStore(path)
        self._sessions: sessionmaker | None = None
        self._lock = threading.Lock()

    @classmethod
    def open(cls, path: str | os.PathLike[str]) -> Catalogue:
        path = Path(path).expanduser()
        if path.is_dir():
            raise CatalogueError(msg("{path} is a folder, not a catalogue file", path=path))
        existed = path.exists()
        created = not existed or path.stat().st_size == 0
        try:
            store, current, has_tables = SqliteStore.open_file(path)
            try:
                _check_revision(path, current, has_tables, created)
                if current == head_revision():
                    store.ready()  # the first read reuses the connection that checked the file
                    return cls(path, OpenResult(created=False, upgraded_from=None, backup=None), store)
                store.unready()
                if not store.writable:
                    raise CatalogueError(_cannot_upgrade_read_only(path, current))
                opened = _upgrade(path, store.engine, current)
            except BaseException:
                store.close()
                raise
            return cls(path, opened, store)
        except BaseException as exc:
            if not existed:
                _remove_new_file(path)  # a catalogue that could not be made leaves no empty file
            if isinstance(exc, CatalogueError):
                raise
            if isinstance(exc, _sqlite.FileRefused):
                raise CatalogueError(message_of(exc)) from exc
            if isinstance(exc, (OSError, *_sqlite.ENGINE_ERRORS)):
                from resource_desk.core.faults import user_error_for

                fault = user_error_for(exc, path)
                if fault is not None:
                    raise fault from exc
                raise CatalogueError(msg("cannot open catalogue {path}: {reason}", path=path, reason=str(exc))) from exc
            raise

    @classmethod
    def open_for_reading(cls, path: str | os.PathLike[str]) -> Catalogue:
        """A catalogue file opened for reading only, at whatever known revision it is (a backup
        to check before restoring it): nothing is created, upgraded or tidied."""
        path = Path(path).expanduser()
        try:
            _sqlite.check_sqlite(path)
            store = SqliteStore(path, writable=False)
            try:
                current = store.revision()
                _check_revision(path, current, True, created=False)
            except BaseException:
                store.close()
                raise
        except _sqlite.FileRefused as exc:
            raise CatalogueError(message_of(exc)) from exc
        except (OSError, *_sqlite.ENGINE_ERRORS) as exc:
            raise CatalogueError(msg("cannot read {path}: {reason}", path=path, reason=str(exc))) from exc
        return cls(path, store=store)

    @property
    def read_only(self) -> bool:
        """The file cannot be written: it is open for reading, and writes are refused."""
        return not self.store.writable

    @property
    def damage(self) -> str | None:
        """What was found damaged in the file (None while it is sound): writes are refused."""
        return self.store.damage

    # -- SQLAlchemy, made on first use ---------------------------------------------------------
    @property
    def engine(self) -> Engine:
        return self.store.engine

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
        """A unit of work that changes the catalogue: committed whole, or not at all (a Session
        on the store's one write transaction)."""
        from sqlalchemy.orm import Session

        with self.store.write_transaction() as connection, Session(bind=connection,
                                                                   expire_on_commit=False) as session:
            yield session
            session.flush()

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._sessionmaker()() as session:
            yield session

    # -- the engine's own connection, for reads that must be fast --------------------------------
    @contextmanager
    def connect(self):
        """A plain connection inside a read transaction: every statement sees one snapshot of
        the catalogue. Each thread gets a connection of its own (a block nested in another in
        the same thread shares it); it has the same setup as SQLAlchemy's and is read-only:
        changes go through ``write()``. Connections are kept for reuse, with their ``info``."""
        with self.store.connect() as connection:
            yield connection

    def revision(self) -> str | None:
        try:
            return self.store.revision()
        except _sqlite.FileRefused as exc:
            raise CatalogueError(message_of(exc)) from exc

    def close(self) -> None:
        self.store.close()


def _cannot_upgrade_read_only(path: Path, current: str | None) -> str:
    if current is None:
        return msg("{path} is read-only: a new catalogue cannot be made in it", path=path)
    return msg("{path} was made by an older Resource Desk and must be upgraded before it opens, but it is "
               "read-only: make the file and its folder writable and open it again (nothing was changed)", path=path)


def _remove_new_file(path: Path) -> None:
    for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm"),
                     path.with_name(path.name + "-journal")):
        with suppress(OSError):  # gone already, or not ours to remove: the open's error is what counts
            leftover.unlink()


def _check_revision(path: Path, current: str | None, has_tables: bool, created: bool) -> None:
    """Refuses files that are not catalogues or come from a newer app."""
    if current is None and not created and has_tables:
        raise CatalogueError(msg("{path} is an SQLite file but not a Resource Desk catalogue", path=path))
    if current is not None and current not in _known_revisions():
        raise CatalogueError(msg("{path} was written by a newer Resource Desk (schema {schema}); please update the app",
                                 path=path, schema=current))


def _upgrade(path: Path, engine: Engine, current: str | None) -> OpenResult:
    """Create the schema (``current`` None) or bring it to the head, after a backup copy."""
    from alembic import command

    copy = _sqlite.backup(path) if current is not None else None
    config = _alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    return OpenResult(created=current is None, upgraded_from=current, backup=copy)


def upgrade_to(path: Path, revision: str) -> None:
    """Bring a catalogue file to a given revision (tests make old catalogues with it)."""
    from alembic import command

    if not path.exists():
        _sqlite.create_private_file(path)
    engine = _sqlite.make_engine(path)
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
