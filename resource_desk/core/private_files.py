"""Files that may hold private data, written so that no one else can read them, ever.

- ``private_dir(path)``: the folders the app makes (the data folder, its logs) are 0700.
- ``atomic_private_write(path)``: a file is written under a temporary name beside the target,
  created 0600 by ``os.open`` (O_CREAT|O_EXCL, so from its first byte and under any umask;
  never chmod'ed afterwards), fsync'ed and renamed onto the target only when the block ends
  without error. On any failure, KeyboardInterrupt included, the temporary file is removed
  and the target is left as it was.
- ``private_temp_path(path)``: the same, for writers that want a path rather than a handle
  (QPdfWriter, SQLite's backup): an empty 0600 file they write into, renamed when complete.
- ``clean_leftovers(folder)``: what a killed run left behind (its temporary files, a
  half-written backup and its journal) is removed at the next start.

Temporary names look like ``.NAME.rd-tmp-PID-XXXXXXXX``: hidden, recognisable, and naming the
process that writes them, so a run still writing (another window, a CLI export) is never
cleaned up from under it. No Qt here.
"""

from __future__ import annotations

import os
import re
import secrets
import stat
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import IO

PRIVATE_FILE_MODE = 0o600
PRIVATE_DIR_MODE = 0o700
TEMP_MARK = ".rd-tmp-"
# A leftover whose process cannot be checked (no such check on this platform) is removed
# only once it is this old.
STALE_AFTER_S = 6 * 3600

_LEFTOVER = re.compile(r"^\..+" + re.escape(TEMP_MARK) + r"(\d+)-[0-9a-f]{8}(-journal|-wal|-shm)?$")


def private_dir(path: str | os.PathLike[str], tighten: bool = False) -> Path:
    """Make (if missing) a folder readable by its owner only (0700; ``mkdir``'s mode, so from
    the start and under any umask).

    With ``tighten``, a folder that already exists and is open to others is closed (0700 for
    the app's own folder, the data folder, made 0755 by older releases); a folder the person
    chose (where a catalogue or an export goes) is never changed."""
    path = Path(path)
    if not path.is_dir():
        path.parent.mkdir(parents=True, exist_ok=True)  # shared folders above (~/.local/share): as usual
        with suppress(FileExistsError):
            path.mkdir(mode=PRIVATE_DIR_MODE)
    if tighten and os.name == "posix":
        with suppress(OSError):  # not ours, or a file system without modes: leave it be
            info = path.stat()
            if info.st_uid == os.getuid() and stat.S_IMODE(info.st_mode) & 0o077:
                os.chmod(path, PRIVATE_DIR_MODE)
    return path


def temporary_name(path: str | os.PathLike[str]) -> Path:
    """A fresh temporary name beside ``path`` (".NAME.rd-tmp-PID-XXXXXXXX")."""
    path = Path(path)
    return path.with_name(f".{path.name}{TEMP_MARK}{os.getpid()}-{secrets.token_hex(4)}")


def is_leftover_name(name: str) -> bool:
    return _LEFTOVER.match(name) is not None


def _create_private(path: Path) -> int:
    flags = os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOFOLLOW", 0)
    return os.open(path, flags, PRIVATE_FILE_MODE)


def _fsync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    with suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _discard(path: Path) -> None:
    with suppress(OSError):
        path.unlink()


@contextmanager
def atomic_private_write(path: str | os.PathLike[str], mode: str = "wb", encoding: str | None = None,
                         newline: str | None = None, errors: str | None = None) -> Iterator[IO]:
    """Write ``path`` whole or not at all, readable by its owner only.

    ``mode`` is "wb" (the default) or "w" (text: ``encoding``, ``newline`` and ``errors`` as
    for ``open``). The handle writes to a temporary 0600 file beside ``path``; it replaces
    ``path`` when the block ends without error, and is removed otherwise."""
    if mode not in ("w", "wb", "wt"):
        raise ValueError(f"atomic_private_write writes a new file (mode 'w' or 'wb', not {mode!r})")
    path = Path(path)
    temporary = temporary_name(path)
    fd = _create_private(temporary)
    try:
        if "b" in mode:
            handle = os.fdopen(fd, "wb")
        else:
            handle = os.fdopen(fd, "w", encoding=encoding or "utf-8", newline=newline, errors=errors)
    except BaseException:
        os.close(fd)
        _discard(temporary)
        raise
    try:
        with handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        _discard(temporary)
        raise
    _fsync_folder(path.parent)


@contextmanager
def private_temp_path(path: str | os.PathLike[str]) -> Iterator[Path]:
    """An empty 0600 file beside ``path`` for a writer that opens files by name; it replaces
    ``path`` when the block ends without error, and is removed otherwise (with the journal
    SQLite may have left beside it)."""
    path = Path(path)
    temporary = temporary_name(path)
    os.close(_create_private(temporary))
    try:
        yield temporary
        with open(temporary, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        _discard(temporary)
        raise
    finally:
        for suffix in ("-journal", "-wal", "-shm"):
            sidecar = temporary.with_name(temporary.name + suffix)
            if sidecar.exists():
                _discard(sidecar)
    _fsync_folder(path.parent)


def _process_gone(pid: int) -> bool | None:
    """True when no process has this id, False when one has, None when it cannot be told."""
    if pid == os.getpid():
        return False
    if os.name != "posix":
        return None
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:  # someone else's process: alive
        return False
    except OSError:
        return None
    return False


def clean_leftovers(folder: str | os.PathLike[str]) -> list[Path]:
    """Remove what a killed run left in ``folder``: temporary files (named by this module)
    whose process is gone. Only the owner's regular files are touched; a run still writing
    keeps its own. Returns what was removed; never raises (a folder it cannot read is left)."""
    folder = Path(folder)
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    now = time.time()
    for entry in entries:
        match = _LEFTOVER.match(entry.name)
        if match is None:
            continue
        try:
            info = entry.stat(follow_symlinks=False)
        except OSError:
            continue
        if not stat.S_ISREG(info.st_mode):
            continue
        if os.name == "posix" and info.st_uid != os.getuid():
            continue
        gone = _process_gone(int(match.group(1)))
        if gone is False or (gone is None and now - info.st_mtime < STALE_AFTER_S):
            continue
        try:
            os.unlink(entry.path)
        except OSError:
            continue
        removed.append(Path(entry.path))
    return removed
