"""Where a bug's details go: a log file in the user data folder, never the screen.

An error that is not a ``UserError`` is a bug. The CLI and the window both hand it to
``log_bug``, which appends the traceback to ``data_dir()/logs/resource-desk.log`` and
returns that path, so the one line (or the dialog) the person sees can say where the
details are. The file is created 0600 from its first byte (the folder 0700) and rotated,
keeping a few older files. No Qt here: the GUI and the CLI call the same functions.
"""

from __future__ import annotations

import logging
import os
import platform
import sys
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path

from resource_desk.core.paths import data_dir, ensure_data_dir
from resource_desk.core.private_files import private_dir

LOG_NAME = "resource-desk.log"
MAX_BYTES = 512 * 1024
BACKUP_COUNT = 3  # resource-desk.log.1 … .3


def log_path() -> Path:
    """The current log file (it may not exist yet)."""
    return data_dir() / "logs" / LOG_NAME


class PrivateRotatingFileHandler(RotatingFileHandler):
    """A RotatingFileHandler whose files are created 0600 (by os.open, never chmod'ed after)."""

    def _open(self):  # noqa: D401 - logging's own hook
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        return open(fd, self.mode, encoding=self.encoding, errors=self.errors)


def bug_details(exc: BaseException, context: str = "") -> str:
    """The text a bug report holds: what was being done, versions, the full traceback
    (also what the GUI's "Copy details" copies)."""
    from resource_desk import __version__

    lines = [
        f"Resource Desk {__version__}, Python {platform.python_version()}, {platform.platform()}",
    ]
    if context:
        lines.append(f"While: {context}")
    lines.append("".join(traceback.format_exception(type(exc), exc, exc.__traceback__)).rstrip())
    return "\n".join(lines)


def log_bug(exc: BaseException, context: str = "") -> Path:
    """Append the bug's details to the log (rotating it when full); returns the log's path.
    Raises OSError when the log cannot be written (the caller says so instead)."""
    path = log_path()
    folder = path.parent
    if not folder.is_dir():
        ensure_data_dir()
        private_dir(folder)
    handler = PrivateRotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8",
                                         delay=True)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    record = logging.LogRecord("resource_desk", logging.ERROR, __file__, 0, bug_details(exc, context), None, None)
    try:
        if handler.shouldRollover(record):
            handler.doRollover()
        handler.stream = handler.stream or handler._open()
        handler.stream.write(handler.format(record) + "\n")
        handler.stream.flush()
    finally:
        handler.close()
    return path


def one_line(exc: BaseException) -> str:
    """The exception as one short line ("RuntimeError: boom")."""
    text = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0]}" if text else type(exc).__name__


def report_bug(exc: BaseException, context: str = "", stream=None) -> Path | None:
    """Log the bug and print one line saying so and where the details are (stderr by
    default); returns the log's path, or None when it could not be written."""
    stream = stream if stream is not None else sys.stderr
    try:
        path = log_bug(exc, context)
    except OSError as error:
        print(f"resource-desk: a bug stopped this ({one_line(exc)}); the details could not be written "
              f"({error.strerror or error})", file=stream)
        return None
    print(f"resource-desk: a bug stopped this ({one_line(exc)}); the details are in {path}", file=stream)
    return path
