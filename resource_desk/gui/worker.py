"""The one runner for work off the GUI thread, on the model of Anki's CollectionOp/QueryOp.

Two faces, one wrapper for threads, progress, cancel, errors and the refresh afterwards:

``WriteOp`` changes the catalogue. Every write op runs on ONE dedicated worker thread, one
at a time in the order they were started, so writes never race each other::

    WriteOp(window, lambda progress: run_import(catalogue, path, options, progress.report, progress.cancelled),
            changes=Changes(resources=True, tags=True))
        .with_progress("Importing…")
        .success(show_report)
        .run()

``ReadOp`` only reads; it runs on a pool, beside a write in progress::

    ReadOp(window, lambda progress: tag_counts_if_ticked(catalogue, query)).success(apply).run()

The work receives a ``Progress`` (core/progress.py): ``report(fraction, text)`` moves the
dialog, ``cancelled()`` says the person pressed Cancel; the work stops by raising
``Cancelled`` (or importing's ImportCancelled, a kind of it), and the op then ends quietly.
Callbacks run on the GUI thread. An error goes to the ``failure`` callback, or else to
gui/errors.py's one dialog (a plain message for a user error, "Something went wrong" with
"Copy details" for a bug).

A write op says what it changed (``Changes``); when it succeeds, the first ancestor of its
parent that has ``apply_changes`` (the main window) is told, and refreshes from that.
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass, fields
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from resource_desk.core.progress import Cancelled
from resource_desk.gui.i18n import tr

__all__ = ["Cancelled", "Changes", "OpProgress", "ReadOp", "WriteOp", "wait_for_writes"]

log = logging.getLogger(__name__)

PROGRESS_STEPS = 1000


@dataclass(frozen=True)
class Changes:
    """What a write changed, so the window refreshes just that."""

    resources: bool = False
    tags: bool = False
    lists: bool = False
    settings: bool = False

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))

    def __or__(self, other: Changes) -> Changes:
        return Changes(**{f.name: getattr(self, f.name) or getattr(other, f.name) for f in fields(self)})


NOTHING = Changes()
EVERYTHING = Changes(resources=True, tags=True, lists=True, settings=True)


class _Signals(QObject):
    succeeded = Signal(object)
    failed = Signal(object, str)
    progress = Signal(float, str)
    done = Signal()


class OpProgress:
    """The ``Progress`` the work receives (reports become signals), with ``cancel()`` for the GUI."""

    def __init__(self, signals: _Signals):
        self._signals = signals
        self._cancel = threading.Event()

    def report(self, fraction: float, text: str = "") -> None:
        self._signals.progress.emit(float(fraction), str(text))

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def check(self) -> None:
        """Raise Cancelled if the person pressed Cancel."""
        if self._cancel.is_set():
            raise Cancelled()


class _Job(QRunnable):
    def __init__(self, op: _Op):
        super().__init__()
        self.setAutoDelete(True)
        self._work = op._work
        self._signals = op._signals
        self._progress = op.progress
        self._ended = op._ended

    def run(self) -> None:  # on a worker thread
        with suppress(RuntimeError):  # the application is shutting down: nobody is left to tell
            try:
                result = self._work(self._progress)
            except Cancelled as exc:
                self._signals.failed.emit(exc, "")
            except BaseException as exc:  # noqa: BLE001 - every error goes back to the GUI thread
                self._signals.failed.emit(exc, traceback.format_exc())
            else:
                self._signals.succeeded.emit(result)
            finally:
                self._ended.set()
                self._signals.done.emit()


# Operations in flight, kept alive until their signals have been delivered.
_RUNNING: set[_Op] = set()
_write_pool: QThreadPool | None = None


def _writer() -> QThreadPool:
    """The one worker every write runs on, in order."""
    global _write_pool
    if _write_pool is None:
        _write_pool = QThreadPool()
        _write_pool.setMaxThreadCount(1)
        _write_pool.setExpiryTimeout(-1)
    return _write_pool


def wait_for_writes(timeout_ms: int = 30000) -> bool:
    """Block until every queued write has run (closing a catalogue waits for its writes)."""
    return _write_pool is None or _write_pool.waitForDone(timeout_ms)


class _Op(QObject):
    def __init__(self, parent: QWidget | None, work: Callable[[OpProgress], Any]):
        super().__init__(parent)
        self._parent = parent
        self._work = work
        self._on_success: Callable[[Any], None] | None = None
        self._on_failure: Callable[[BaseException], None] | None = None
        self._on_finished: Callable[[], None] | None = None
        self._on_cancel: Callable[[], None] | None = None
        self._on_progress: Callable[[float, str], None] | None = None
        self._progress_label: str | None = None
        self._dialog: QProgressDialog | None = None
        self._signals = _Signals()
        self._ended = threading.Event()
        self.progress = OpProgress(self._signals)
        self.finished = False
        self.result: Any = None
        self.error: BaseException | None = None

    # -- configuration (chainable) ------------------------------------------------------
    def success(self, callback: Callable[[Any], None]):
        self._on_success = callback
        return self

    def failure(self, callback: Callable[[BaseException], None]):
        """Replace the default error dialog."""
        self._on_failure = callback
        return self

    def finally_(self, callback: Callable[[], None]):
        """Called once the op ends, whether it succeeded, failed or was cancelled."""
        self._on_finished = callback
        return self

    def cancelled(self, callback: Callable[[], None]):
        """Called when the work stopped because the person cancelled (no error is shown)."""
        self._on_cancel = callback
        return self

    def progressing(self, callback: Callable[[float, str], None]):
        """Called on the GUI thread with each ``report(fraction, text)`` (a page's own progress bar)."""
        self._on_progress = callback
        return self

    def with_progress(self, label: str):
        """Show a progress dialog with a Cancel button while the work runs."""
        self._progress_label = label
        return self

    # -- running -----------------------------------------------------------------------
    def _pool(self) -> QThreadPool:
        """The pool the op runs on: WriteOp's one worker, ReadOp's shared pool."""
        raise TypeError(f"{type(self).__name__} names no pool; use WriteOp or ReadOp")

    def run(self):
        self._signals.succeeded.connect(self._succeeded, Qt.ConnectionType.QueuedConnection)
        self._signals.failed.connect(self._failed, Qt.ConnectionType.QueuedConnection)
        self._signals.progress.connect(self._progressed, Qt.ConnectionType.QueuedConnection)
        self._signals.done.connect(self._done, Qt.ConnectionType.QueuedConnection)
        if self._progress_label is not None:
            dialog = QProgressDialog(self._progress_label, tr("Cancel"), 0, 0, self._parent)
            dialog.setWindowTitle(tr("Resource Desk"))
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setMinimumDuration(400)
            dialog.setAutoClose(False)
            dialog.setAutoReset(False)
            dialog.canceled.connect(self.progress.cancel)
            self._dialog = dialog
        _RUNNING.add(self)
        self._pool().start(_Job(self))
        return self

    def cancel(self) -> None:
        self.progress.cancel()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the work itself has ended (its callbacks come later, on the GUI thread)."""
        return self._ended.wait(timeout)

    @Slot(float, str)
    def _progressed(self, fraction: float, text: str) -> None:
        if self._on_progress is not None:
            self._on_progress(fraction, text)
        if self._dialog is None:
            return
        if fraction > 0:
            self._dialog.setMaximum(PROGRESS_STEPS)
            self._dialog.setValue(int(min(max(fraction, 0.0), 1.0) * PROGRESS_STEPS))
        if text:
            self._dialog.setLabelText(text)

    @Slot(object)
    def _succeeded(self, result: Any) -> None:
        self.result = result
        self._close_dialog()
        self._changed(result)
        if self._on_success is not None:
            self._on_success(result)

    def _changed(self, result: Any) -> None:
        """What a succeeded op changed, for the window; a read changes nothing (WriteOp says)."""

    @Slot(object, str)
    def _failed(self, error: BaseException, details: str) -> None:
        self.error = error
        self._close_dialog()
        if isinstance(error, Cancelled):
            if self._on_cancel is not None:
                self._on_cancel()
            return
        if self._on_failure is not None:
            if details:
                log.error("background work failed:\n%s", details)
            self._on_failure(error)
        else:
            from resource_desk.gui.errors import show_error

            show_error(self._parent, error, details)

    @Slot()
    def _done(self) -> None:
        self.finished = True
        try:
            if self._on_finished is not None:
                self._on_finished()
        finally:
            _RUNNING.discard(self)
            # The signals object lives on this thread and must die here: were the worker's job
            # the last to let go of it, Python would delete a QObject on the worker thread while
            # this thread delivers its events (a crash, now and then, in the event loop).
            self._signals.deleteLater()

    def _close_dialog(self) -> None:
        if self._dialog is not None:
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None


class ReadOp(_Op):
    """Work that only reads the catalogue: runs on a pool, beside any write (Anki's QueryOp)."""

    def __init__(self, parent: QWidget | None, work: Callable[[OpProgress], Any],
                 pool: QThreadPool | None = None):
        super().__init__(parent, work)
        self._read_pool = pool

    def _pool(self) -> QThreadPool:
        return self._read_pool or QThreadPool.globalInstance()


class WriteOp(_Op):
    """Work that changes the catalogue: one at a time, in order, on the one write worker
    (Anki's CollectionOp). ``changes`` says what it changed (or works it out from the result)."""

    def __init__(self, parent: QWidget | None, work: Callable[[OpProgress], Any],
                 changes: Changes | Callable[[Any], Changes] = EVERYTHING):
        super().__init__(parent, work)
        self._changes = changes
        self.changes: Changes = NOTHING

    def _pool(self) -> QThreadPool:
        return _writer()

    def _changed(self, result: Any) -> None:
        self.changes = self._changes(result) if callable(self._changes) else self._changes
        if not self.changes:
            return
        target: QObject | None = self._parent
        while target is not None and not hasattr(target, "apply_changes"):
            target = target.parent()
        if target is not None:
            target.apply_changes(self.changes)
