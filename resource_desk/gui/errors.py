"""The one place the window shows an error.

An error meant for the person (``core.errors.UserError``: a catalogue that cannot be opened,
a tag that already exists, a file that cannot be imported…) is shown as its message in a
plain dialog. Anything else is a bug: its details go to the crash log (``core.crash_log``,
0600, rotated) and it is shown as "Something went wrong" with a "Copy details" button,
never as a raw traceback on the console (``install_excepthook`` catches what escapes a slot).
"""

from __future__ import annotations

import logging
import sys
import traceback
from contextlib import suppress
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from resource_desk.core.errors import UserError
from resource_desk.gui.common import APP_TITLE
from resource_desk.gui.i18n import said, tr

log = logging.getLogger("resource_desk.gui")

USER_ERRORS: tuple[type[BaseException], ...] = (UserError,)


def is_user_error(error: BaseException) -> bool:
    return isinstance(error, USER_ERRORS)


def details_of(error: BaseException) -> str:
    return "".join(traceback.format_exception(type(error), error, error.__traceback__))


def show_user_error(parent: QWidget | None, message: str) -> None:
    """A plain message dialog: what went wrong, in words for the person."""
    QMessageBox.critical(parent, APP_TITLE, message)


def bug_box(parent: QWidget | None, error: BaseException, details: str) -> QMessageBox:
    """The dialog for a bug: what happened in one line, and "Copy details" for the traceback."""
    box = QMessageBox(QMessageBox.Icon.Critical, APP_TITLE, tr("Something went wrong:") + f"\n\n{error}", parent=parent)
    box.setInformativeText(tr("This is a fault in Resource Desk, not something you did. Nothing you had saved "
                           "is lost. “Copy details” copies what a developer needs to fix it."))
    copy = box.addButton(tr("Copy details"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Close)
    copy.clicked.disconnect()  # an ActionRole button would close the box; copying keeps it open

    def copy_details() -> None:
        QApplication.clipboard().setText(details)
        copy.setText(tr("Copied"))

    copy.clicked.connect(copy_details)
    box.copy_button = copy  # type: ignore[attr-defined]
    return box


def show_bug(parent: QWidget | None, error: BaseException, details: str | None = None) -> None:
    from resource_desk.core import crash_log

    details = details or details_of(error)
    log.error("unexpected error: %s\n%s", error, details)
    with suppress(OSError):  # no log folder (a read-only disk): the dialog still offers the details
        crash_log.log_bug(error, "in the window")
    bug_box(parent, error, details).exec()


def show_error(parent: QWidget | None, error: BaseException, details: str | None = None) -> None:
    """Show any error the right way: a user error plainly, a disk fault (full, read-only,
    damaged, gone) in words, anything else as a bug."""
    if is_user_error(error):
        show_user_error(parent, said(error))
        return
    from resource_desk.core.faults import user_error_for

    fault = user_error_for(error, _catalogue_path(parent))
    if fault is not None:
        show_user_error(parent, said(fault))
    else:
        show_bug(parent, error, details)


def _catalogue_path(widget: QWidget | None):
    """The catalogue of the window a widget is in, to name it in a disk fault's message."""
    while widget is not None:
        catalogue = getattr(widget, "catalogue", None)
        if catalogue is not None and hasattr(catalogue, "path"):
            return catalogue.path
        widget = widget.parentWidget()
    return None


def _excepthook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt) or QApplication.instance() is None:
        sys.__excepthook__(kind, error, tb)
        return
    try:
        show_error(QApplication.activeWindow(), error, "".join(traceback.format_exception(kind, error, tb)))
    except Exception:  # noqa: BLE001 - the dialog itself failed: fall back to the console
        sys.__excepthook__(kind, error, tb)


def install_excepthook():
    """An exception escaping a slot shows the error dialog instead of a console traceback.
    Returns the hook it replaced."""
    previous = sys.excepthook
    sys.excepthook = _excepthook
    return previous
