"""Errors the services raise for the GUI and the CLI to catch, importable without SQLAlchemy.

``UserError`` is the one base of every error whose message is meant for the person: the
CLI prints it as one line and exits 2, the window shows it in a plain dialog. Anything
else that escapes is a bug (see ``core.crash_log``).
"""

from resource_desk.core.messages import Message


class UserError(Exception):
    """Something the person asked for that cannot be done; the message is for the user."""


class NotFound(UserError, LookupError):
    """Something asked for by id that is not (or no longer) in the catalogue."""


class StorageFault(UserError):
    """The disk under a file the app reads or writes failed it (``core.faults`` makes these)."""


class CatalogueDamaged(StorageFault):
    """The catalogue file is damaged: nothing more is written to it until a backup is restored."""


class CatalogueReadOnly(StorageFault):
    """The catalogue file (or its folder) cannot be written: it is open for reading only."""


class DiskFull(StorageFault):
    """The disk is full: what was being written was not written at all."""


class StorageGone(StorageFault):
    """The file or its disk can no longer be reached (a removed stick, an unmounted share)."""


def message_of(error: BaseException) -> str:
    """What ``error`` says, to be said again inside another message: the ``Message`` it was made
    with (the window says it in its language), else its text as it is."""
    if len(error.args) == 1 and isinstance(error.args[0], Message):
        return error.args[0]
    return str(error)
