"""Opening a catalogue file: connection setup, schema upgrades with a backup first, sessions.

A ``Catalogue`` is the one object the CLI and the GUI hold; services take it as their
first argument and open one short unit of work per user action with ``catalogue.write()``
or ``catalogue.read()``.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.util import CommandError
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event, func, select
from sqlalchemy.orm import Session, sessionmaker

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
BUSY_TIMEOUT_MS = 5000


class CatalogueError(Exception):
    """A catalogue that cannot be opened or upgraded; the message is for the user."""


def _alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    return ScriptDirectory.from_config(_alembic_config()).get_current_head()


def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    # Let SQLAlchemy, not pysqlite, decide when transactions begin (so BEGIN is explicit).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.execute("PRAGMA cache_size = -32768")  # 32 MiB of pages (the default is 2 MiB), for large catalogues
    cursor.close()


def _on_begin(connection) -> None:
    # IMMEDIATE takes the write lock up front: a second window or the CLI waits (busy
    # timeout) instead of failing halfway through a unit of work.
    connection.exec_driver_sql("BEGIN IMMEDIATE" if connection.info.get("write") else "BEGIN")


def make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", connect_args={"check_same_thread": False})
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


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


@dataclass(frozen=True)
class OpenResult:
    created: bool
    upgraded_from: str | None
    backup: Path | None


class Catalogue:
    """One catalogue file, opened and at the newest schema revision."""

    def __init__(self, path: Path, engine: Engine, opened: OpenResult):
        self.path = path
        self.engine = engine
        self.opened = opened
        self._sessions = sessionmaker(engine, expire_on_commit=False)

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
            engine = make_engine(path)
            opened = _upgrade(path, engine, created)
        except CatalogueError:
            raise
        except (OSError, sqlite3.Error) as exc:
            raise CatalogueError(f"cannot open catalogue {path}: {exc}") from exc
        return cls(path, engine, opened)

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A unit of work that changes the catalogue: committed whole, or not at all."""
        with self.engine.connect() as connection:
            connection.info["write"] = True
            try:
                with Session(bind=connection, expire_on_commit=False) as session, session.begin():
                    yield session
            finally:
                connection.info.pop("write", None)

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._sessions() as session:
            yield session

    def revision(self) -> str | None:
        with self.engine.connect() as connection:
            return MigrationContext.configure(connection).get_current_revision()

    def close(self) -> None:
        self.engine.dispose()


def _check_sqlite(path: Path) -> None:
    with open(path, "rb") as handle:
        header = handle.read(16)
    if header and header != b"SQLite format 3\x00":
        raise CatalogueError(f"{path} is not a Resource Desk catalogue (not an SQLite file)")


def _upgrade(path: Path, engine: Engine, created: bool) -> OpenResult:
    head = head_revision()
    with engine.connect() as connection:
        current = MigrationContext.configure(connection).get_current_revision()
        if current is None and not created:
            tables = connection.exec_driver_sql("SELECT count(*) FROM sqlite_master WHERE type = 'table'").scalar()
            if tables:
                raise CatalogueError(f"{path} is an SQLite file but not a Resource Desk catalogue")
    if current == head:
        return OpenResult(created=False, upgraded_from=None, backup=None)
    if current is not None and not _known_revision(current):
        raise CatalogueError(
            f"{path} was written by a newer Resource Desk (schema {current}); please update the app"
        )
    copy = backup(path) if current is not None else None
    config = _alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    return OpenResult(created=current is None, upgraded_from=current, backup=copy)


def _known_revision(revision: str) -> bool:
    try:
        return ScriptDirectory.from_config(_alembic_config()).get_revision(revision) is not None
    except CommandError:
        return False


def upgrade_to(path: Path, revision: str) -> None:
    """Bring a catalogue file to a given revision (tests make old catalogues with it)."""
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
    return session.scalar(select(func.count()).select_from(model)) or 0
