"""Rolling backups and the daily check: a damaged catalogue is found, and yesterday's is kept.

On the first open of each day (``daily_care``; the window runs it in the background, the CLI
before its command) the catalogue is checked with SQLite's ``quick_check``; when it is sound,
a copy is made through SQLite's backup API into the folder beside it, ``NAME backups/``
(0700; each copy 0600, complete or not there). The 7 newest daily copies are kept, and the
newest copy of each of the 4 latest weeks. A copy made before a schema upgrade stays beside the
catalogue, as before.

A check that finds damage makes no backup (the good copies stay as they are) and leaves a
mark in the folder, so every open checks again until the file is sound or restored.

``restore(catalogue, backup)`` puts a backup's content into the catalogue, after keeping
the current file's bytes (damaged or not) as ``before-restore-….sqlite3`` in the same folder.
"""

from __future__ import annotations

import os
import re
import shutil
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from resource_desk.core.errors import UserError, message_of
from resource_desk.core.messages import msg
from resource_desk.core.private_files import atomic_private_write, clean_leftovers, private_dir

if TYPE_CHECKING:
    from resource_desk.core.database import Catalogue

KEEP_DAILY = 7
KEEP_WEEKLY = 4
DAMAGE_MARK = "damaged.txt"
_DAILY = re.compile(r"^(?P<stem>.+)-(?P<day>\d{4}-\d{2}-\d{2})(?P<suffix>\.[^.]+)?$")
_UPGRADE = re.compile(r"^(?P<stem>.+)\.backup-(?P<stamp>\d{8}-\d{6})(?:-\d+)?(?P<suffix>\.[^.]+)?$")


class BackupError(UserError):
    """A backup that cannot be listed, made or restored; the message is for the person."""


@dataclass(frozen=True)
class Backup:
    path: Path
    made: datetime
    kind: str  # "daily", "before upgrade", "before restore"
    size: int

    def describe(self) -> str:
        return f"{self.made:%Y-%m-%d %H:%M}  {self.kind:<14}  {self.size / 1_048_576:6.1f} MB  {self.path}"


@dataclass(frozen=True)
class Care:
    """What the daily care did: checked the file (and what it found), made a backup."""

    checked: bool
    findings: tuple[str, ...] = ()
    backup: Path | None = None
    removed: tuple[Path, ...] = ()


def backups_folder(catalogue_path: Path) -> Path:
    return catalogue_path.with_name(f"{catalogue_path.stem} backups")


def _daily_path(catalogue_path: Path, day: date) -> Path:
    return backups_folder(catalogue_path) / f"{catalogue_path.stem}-{day.isoformat()}{catalogue_path.suffix}"


def is_due(catalogue_path: Path, today: date | None = None) -> bool:
    """No copy made today yet, or the last check found damage."""
    today = today or date.today()
    folder = backups_folder(catalogue_path)
    return (folder / DAMAGE_MARK).exists() or not _daily_path(catalogue_path, today).exists()


def daily_care(catalogue: Catalogue, today: date | None = None, force: bool = False) -> Care:
    """Check the catalogue and back it up, once a day (``force``: now, whatever the day)."""
    today = today or date.today()
    path = catalogue.path
    if not force and not is_due(path, today):
        return Care(checked=False)
    findings = tuple(catalogue.store.quick_check())
    folder = backups_folder(path)
    if findings:
        _mark_damage(folder, findings)
        return Care(checked=True, findings=findings)
    if catalogue.read_only or not os.access(path.parent, os.W_OK | os.X_OK):
        return Care(checked=True)  # sound; nowhere to keep a copy
    private_dir(folder)
    clean_leftovers(folder)
    target = _daily_path(path, today)
    catalogue.store.copy_to(target)
    (folder / DAMAGE_MARK).unlink(missing_ok=True)
    removed = prune(path, today)
    return Care(checked=True, backup=target, removed=tuple(removed))


def _mark_damage(folder: Path, findings: tuple[str, ...]) -> None:
    try:
        private_dir(folder)
        with atomic_private_write(folder / DAMAGE_MARK, "w", encoding="utf-8") as handle:
            handle.write(f"{datetime.now():%Y-%m-%d %H:%M} quick_check found:\n" + "\n".join(findings) + "\n")
    except OSError:
        pass  # a folder that cannot be written: the check runs again at every open anyway


def prune(catalogue_path: Path, today: date | None = None) -> list[Path]:
    """Remove the daily copies beyond the 7 newest and the newest of each of the 4 latest weeks."""
    daily = [b for b in list_backups(catalogue_path) if b.kind == "daily"]
    daily.sort(key=lambda b: b.made, reverse=True)
    keep = {b.path for b in daily[:KEEP_DAILY]}
    weeks: list[tuple[int, int]] = []
    for backup in daily:
        week = backup.made.isocalendar()[:2]
        if week not in weeks:
            weeks.append(week)
            if len(weeks) <= KEEP_WEEKLY:
                keep.add(backup.path)  # the newest of its week (the list is newest first)
    removed = []
    for backup in daily:
        if backup.path not in keep:
            backup.path.unlink(missing_ok=True)
            removed.append(backup.path)
    return removed


def list_backups(catalogue_path: Path) -> list[Backup]:
    """Every backup of this catalogue, newest first: the daily copies, those made before an
    upgrade (beside the catalogue) and those kept before a restore."""
    found: list[Backup] = []
    stem, suffix = catalogue_path.stem, catalogue_path.suffix
    folder = backups_folder(catalogue_path)
    for candidate in _files(folder):
        if candidate.name.startswith("before-restore-"):
            found.append(_backup(candidate, "before restore"))
            continue
        match = _DAILY.match(candidate.name)
        if match and match["stem"] == stem and (match["suffix"] or "") == suffix:
            made = datetime.fromtimestamp(candidate.stat().st_mtime)
            day = date.fromisoformat(match["day"])
            found.append(Backup(candidate, made if made.date() == day else datetime(day.year, day.month, day.day),
                                "daily", candidate.stat().st_size))
    for candidate in _files(catalogue_path.parent):
        match = _UPGRADE.match(candidate.name)
        if match and match["stem"] == stem and (match["suffix"] or "") == suffix:
            found.append(Backup(candidate, datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S"), "before upgrade",
                                candidate.stat().st_size))
    found.sort(key=lambda b: b.made, reverse=True)
    return found


def _files(folder: Path) -> list[Path]:
    try:
        return [p for p in folder.iterdir() if p.is_file() and not p.name.startswith(".")
                and not p.name.endswith(("-wal", "-shm", "-journal"))]
    except OSError:
        return []


def _backup(path: Path, kind: str) -> Backup:
    info = path.stat()
    return Backup(path, datetime.fromtimestamp(info.st_mtime), kind, info.st_size)


def find_backup(catalogue_path: Path, name: str) -> Path:
    """The backup a person named: a path, or the name of one in the list (a date will do)."""
    given = Path(name).expanduser()
    if given.is_file():
        return given
    backups = list_backups(catalogue_path)
    for backup in backups:
        if backup.path.name == name or backup.made.date().isoformat() == name:
            return backup.path
    raise BackupError(msg("no backup {name} of {catalogue}: `resource-desk backups` lists them", name=repr(name),
                          catalogue=catalogue_path))


def check_backup(path: Path) -> int:
    """That a file is a sound catalogue this app can open; how many resources it holds."""
    from resource_desk.core.database import Catalogue

    if not path.is_file():
        raise BackupError(msg("{path} is not a file", path=path))
    try:
        copy = Catalogue.open_for_reading(path)
    except UserError as exc:  # not a catalogue, a newer one, unreadable
        raise BackupError(msg("{path} cannot be restored: {reason}", path=path, reason=message_of(exc))) from exc
    try:
        findings = copy.store.quick_check()
        if findings:
            raise BackupError(msg("{path} is damaged too ({findings}); choose another backup", path=path,
                                  findings="; ".join(findings)))
        return copy.store.resource_total()
    finally:
        copy.close()


def restore(catalogue_path: Path, backup: Path) -> Path:
    """Put ``backup``'s content into the catalogue file (open or not; other connections see
    it at their next read); returns where the file as it was is kept. A backup from an older
    release is upgraded at the next open."""
    from resource_desk.core.faults import read_only_message, user_error_for
    from resource_desk.store.sqlite.connection import is_writable
    from resource_desk.store.sqlite.store import SqliteStore

    check_backup(backup)
    if catalogue_path.exists() and not is_writable(catalogue_path):
        raise BackupError(read_only_message(catalogue_path))
    folder = private_dir(backups_folder(catalogue_path))
    kept = folder / f"before-restore-{datetime.now():%Y%m%d-%H%M%S}{catalogue_path.suffix}"
    if catalogue_path.exists():
        _keep_bytes(catalogue_path, kept)
    store = SqliteStore(catalogue_path)
    try:
        store.replace_with(backup)
    except Exception as exc:  # noqa: BLE001 - said in words below; the bytes are kept
        fault = user_error_for(exc, catalogue_path)
        raise BackupError(msg("the backup could not be put into {catalogue} ({reason}); the catalogue as it was is "
                              "kept as {kept}", catalogue=catalogue_path, reason=message_of(fault or exc),
                              kept=kept)) from exc
    finally:
        store.close()
    (folder / DAMAGE_MARK).unlink(missing_ok=True)
    return kept


def _keep_bytes(path: Path, target: Path) -> None:
    """The file's bytes as they are (a damaged file cannot go through the backup API), with
    its -wal beside it so nothing written lately is lost."""
    with atomic_private_write(target, "wb") as handle, open(path, "rb") as source:
        shutil.copyfileobj(source, handle)
    wal = path.with_name(path.name + "-wal")
    if wal.exists() and wal.stat().st_size:
        with atomic_private_write(target.with_name(target.name + "-wal"), "wb") as handle, open(wal, "rb") as source:
            shutil.copyfileobj(source, handle)
