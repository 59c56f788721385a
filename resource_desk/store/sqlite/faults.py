"""What an SQLite error says about the catalogue file's disk: damaged, full, read-only, gone.

SQLite reports these through result codes (``sqlite_errorcode``, Python 3.11+), sometimes
wrapped by SQLAlchemy (``.orig``) or raised again by our own code (``__cause__``); the
messages are checked too, for errors raised before a code was attached.
"""

from __future__ import annotations

import sqlite3

DAMAGED = "damaged"
FULL = "full"
READ_ONLY = "read-only"
GONE = "gone"

_BY_CODE = {
    sqlite3.SQLITE_CORRUPT: DAMAGED,
    sqlite3.SQLITE_NOTADB: DAMAGED,
    sqlite3.SQLITE_FULL: FULL,
    sqlite3.SQLITE_READONLY: READ_ONLY,
    sqlite3.SQLITE_IOERR: GONE,
    sqlite3.SQLITE_CANTOPEN: GONE,
}
_BY_TEXT = (
    ("malformed", DAMAGED),
    ("file is not a database", DAMAGED),
    ("database or disk is full", FULL),
    ("readonly database", READ_ONLY),
    ("disk i/o error", GONE),
    ("unable to open database file", GONE),
)


def _sqlite_errors(error: BaseException):
    seen: set[int] = set()
    stack = [error]
    while stack:
        current = stack.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        if isinstance(current, sqlite3.Error):
            yield current
        stack.extend((getattr(current, "orig", None), current.__cause__, current.__context__))


# The file was deleted or moved while open (a removed stick, a deleted folder): SQLite says
# "readonly" (SQLITE_READONLY_DBMOVED), but the catalogue is gone, not read-only.
_MOVED = getattr(sqlite3, "SQLITE_READONLY_DBMOVED", 1032)


def fault_of(error: BaseException) -> str | None:
    """DAMAGED, FULL, READ_ONLY or GONE when ``error`` (or what it wraps) is SQLite saying so."""
    for candidate in _sqlite_errors(error):
        code = getattr(candidate, "sqlite_errorcode", None)
        if code == _MOVED:
            return GONE
        if code is not None and (code & 0xFF) in _BY_CODE:
            return _BY_CODE[code & 0xFF]
        text = str(candidate).lower()
        for words, fault in _BY_TEXT:
            if words in text:
                return fault
    return None


def detail_of(error: BaseException) -> str:
    """SQLite's own words for the fault ("database disk image is malformed")."""
    for candidate in _sqlite_errors(error):
        return str(candidate)
    return str(error)
