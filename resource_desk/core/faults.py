"""Disk faults in words for the person: a damaged catalogue, a full disk, a read-only file,
a disk that went away. What happened, that nothing was half-written, and what to do.

``user_error_for(error)`` turns what SQLite or the operating system raised into one of the
``StorageFault`` errors (``core.errors``), or None when the error is not a disk fault (then it
is a bug, reported as such). The CLI's and the window's catch-nets ask it first.
"""

from __future__ import annotations

import errno
from pathlib import Path

from resource_desk.core.errors import (
    CatalogueDamaged,
    CatalogueReadOnly,
    DiskFull,
    StorageFault,
    StorageGone,
    UserError,
)
from resource_desk.core.messages import joined, msg
from resource_desk.store.sqlite import faults as _sqlite_faults

_FULL_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG}
_GONE_ERRNOS = {errno.EIO, errno.ENODEV, errno.ENXIO, getattr(errno, "ESTALE", errno.EIO)}


def damaged_message(path: Path | None, detail: str = "") -> str:
    if path and detail:
        what = msg("The catalogue {path} is damaged ({detail}).", path=path, detail=detail)
    elif path:
        what = msg("The catalogue {path} is damaged.", path=path)
    elif detail:
        what = msg("The catalogue is damaged ({detail}).", detail=detail)
    else:
        what = msg("The catalogue is damaged.")
    return joined(" ", [what, msg(
        "Resource Desk will not write to it, so nothing more is lost. "
        "To get out, restore a backup: File ▸ Restore from backup…, or `resource-desk backups` and "
        "`resource-desk restore BACKUP`. Without a backup, export what can still be read and import "
        "it into a new catalogue.")])


def read_only_message(path: Path | None) -> str:
    if path:
        return msg("{path} is read-only: it is open for reading, and nothing can be changed in it. To make "
                   "changes, make the file and its folder writable (or copy it to a folder of yours) and open it "
                   "again.", path=path)
    return msg("The catalogue is read-only: it is open for reading, and nothing can be changed in it. To make "
               "changes, make the file and its folder writable (or copy it to a folder of yours) and open it again.")


def full_message(path: Path | None) -> str:
    if path:
        return msg("The disk holding {path} is full: nothing was changed or half-written. "
                   "Free some space on it and try again.", path=path)
    return msg("The disk is full: nothing was changed or half-written. Free some space on it and try again.")


def gone_message(path: Path | None) -> str:
    if path:
        return msg("{path} can no longer be reached (was it on a disk that was removed or a share that went "
                   "away?): nothing was half-written. Put the disk back, then try again.", path=path)
    return msg("The file can no longer be reached (was it on a disk that was removed or a share that went "
               "away?): nothing was half-written. Put the disk back, then try again.")


def _os_error(error: BaseException) -> OSError | None:
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, OSError) and current.errno is not None:
            return current
        current = current.__cause__ or current.__context__
    return None


def user_error_for(error: BaseException, catalogue_path: Path | None = None) -> UserError | None:
    """The StorageFault that ``error`` is, in words, or None when it is no disk fault.

    SQLite's faults name the catalogue (``catalogue_path``); an operating-system error names
    the file it was about."""
    if isinstance(error, StorageFault):
        return error
    fault = _sqlite_faults.fault_of(error)
    if fault == _sqlite_faults.DAMAGED:
        return CatalogueDamaged(damaged_message(catalogue_path, _sqlite_faults.detail_of(error)))
    if fault == _sqlite_faults.FULL:
        return DiskFull(full_message(catalogue_path))
    if fault == _sqlite_faults.READ_ONLY:
        return CatalogueReadOnly(read_only_message(catalogue_path))
    if fault == _sqlite_faults.GONE:
        return StorageGone(gone_message(catalogue_path))
    os_error = _os_error(error)
    if os_error is None:
        return None
    named = Path(os_error.filename) if os_error.filename else catalogue_path
    if os_error.errno in _FULL_ERRNOS:
        return DiskFull(full_message(named))
    if os_error.errno == errno.EROFS:
        return StorageFault(msg("{path} is on a read-only disk: nothing was written. Choose a folder on "
                                "another disk, or make this one writable, and try again.", path=named))
    if os_error.errno in (errno.EACCES, errno.EPERM):
        return StorageFault(msg("{path} cannot be written or read: permission denied. Choose a folder of "
                                "yours, or change the file's permissions, and try again.", path=named))
    if os_error.errno in _GONE_ERRNOS:
        return StorageGone(gone_message(named))
    return None
