"""Running long work (import, export, PDF) off the GUI thread.

One wrapper handles the thread, progress, cancelling, errors and the refresh afterwards,
in the spirit of Anki's ``CollectionOp``::

    BackgroundOp(window, lambda progress: import_file(catalogue, path, progress=progress.report))
        .with_progress("Importing…")
        .success(lambda report: show(report))
        .refreshing(window)
        .run()

The work function receives a ``Progress``; it may call ``progress.report(done, total, text)``
and should stop early (raising ``Cancelled`` or returning) when ``progress.cancelled`` is set.
Callbacks always run on the GUI thread.
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from contextlib import suppress
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

log = logging.getLogger(__name__)


class Cancelled(Exception):
    """Raised by work that noticed it was cancelled; the operation ends quietly."""


class Progress:
    """Handed to the work function: report progress, ask whether the person cancelled."""

    def __init__(self, signals: _Signals):
        self._signals = signals
        self._cancel = threading.Event()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def check(self) -> None:
        """Raise Cancelled if the person pressed Cancel."""
        if self._cancel.is_set():
            raise Cancelled()

    def report(self, done: int, total: int = 0, text: str = "") -> None:
        self._signals.progress.emit(int(done), int(total), str(text))


class _Signals(QObject):
    succeeded = Signal(object)
    failed = Signal(object, str)
    progress = Signal(int, int, str)
    done = Signal()


class _Job(QRunnable):
    def __init__(self, work: Callable[[Progress], Any], signals: _Signals, progress: Progress):
        super().__init__()
        self.setAutoDelete(True)
        self._work = work
        self._signals = signals
        self._progress = progress

    def run(self) -> None:  # runs on a pool thread
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
                self._signals.done.emit()


# Operations in flight, kept alive until their signals have been delivered.
_RUNNING: set[BackgroundOp] = set()


class BackgroundOp(QObject):
    """Run ``work(progress)`` on the thread pool; deliver its result or error to the GUI thread."""

    def __init__(self, parent: QWidget | None, work: Callable[[Progress], Any]):
        super().__init__(parent)
        self._parent = parent
        self._work = work
        self._on_success: Callable[[Any], None] | None = None
        self._on_failure: Callable[[BaseException], None] | None = None
        self._on_finished: Callable[[], None] | None = None
        self._refresh_target: Any = None
        self._progress_label: str | None = None
        self._dialog: QProgressDialog | None = None
        self._signals = _Signals()
        self.progress = Progress(self._signals)
        self.finished = False
        self.result: Any = None
        self.error: BaseException | None = None

    # -- configuration (chainable) ------------------------------------------------------
    def success(self, callback: Callable[[Any], None]) -> BackgroundOp:
        self._on_success = callback
        return self

    def failure(self, callback: Callable[[BaseException], None]) -> BackgroundOp:
        """Replace the default error message box."""
        self._on_failure = callback
        return self

    def finally_(self, callback: Callable[[], None]) -> BackgroundOp:
        self._on_finished = callback
        return self

    def refreshing(self, target: Any) -> BackgroundOp:
        """Call ``target.refresh()`` once the work ends (whether it succeeded or not)."""
        self._refresh_target = target
        return self

    def with_progress(self, label: str) -> BackgroundOp:
        """Show a progress dialog with a Cancel button while the work runs."""
        self._progress_label = label
        return self

    # -- running -----------------------------------------------------------------------
    def run(self, pool: QThreadPool | None = None) -> BackgroundOp:
        self._signals.succeeded.connect(self._succeeded, Qt.ConnectionType.QueuedConnection)
        self._signals.failed.connect(self._failed, Qt.ConnectionType.QueuedConnection)
        self._signals.progress.connect(self._progressed, Qt.ConnectionType.QueuedConnection)
        self._signals.done.connect(self._done, Qt.ConnectionType.QueuedConnection)
        if self._progress_label is not None:
            dialog = QProgressDialog(self._progress_label, "Cancel", 0, 0, self._parent)
            dialog.setWindowTitle("Resource Desk")
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setMinimumDuration(400)
            dialog.setAutoClose(False)
            dialog.setAutoReset(False)
            dialog.canceled.connect(self.progress.cancel)
            self._dialog = dialog
        _RUNNING.add(self)
        (pool or QThreadPool.globalInstance()).start(_Job(self._work, self._signals, self.progress))
        return self

    @Slot(int, int, str)
    def _progressed(self, done: int, total: int, text: str) -> None:
        if self._dialog is None:
            return
        self._dialog.setMaximum(max(total, 0))
        self._dialog.setValue(min(done, total) if total else 0)
        if text:
            self._dialog.setLabelText(text)

    @Slot(object)
    def _succeeded(self, result: Any) -> None:
        self.result = result
        self._close_dialog()
        if self._on_success is not None:
            self._on_success(result)

    @Slot(object, str)
    def _failed(self, error: BaseException, details: str) -> None:
        self.error = error
        self._close_dialog()
        if isinstance(error, Cancelled):
            return
        if details:
            log.error("background work failed:\n%s", details)
        if self._on_failure is not None:
            self._on_failure(error)
        else:
            QMessageBox.critical(self._parent, "Resource Desk", f"Something went wrong:\n\n{error}")

    @Slot()
    def _done(self) -> None:
        self.finished = True
        try:
            if self._refresh_target is not None:
                self._refresh_target.refresh()
            if self._on_finished is not None:
                self._on_finished()
        finally:
            _RUNNING.discard(self)

    def _close_dialog(self) -> None:
        if self._dialog is not None:
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None


def run_in_background(parent: QWidget | None, work: Callable[[Progress], Any],
                      on_success: Callable[[Any], None] | None = None,
                      progress_label: str | None = None) -> BackgroundOp:
    """The short form: ``run_in_background(window, work, on_success)``."""
    op = BackgroundOp(parent, work)
    if on_success is not None:
        op.success(on_success)
    if progress_label is not None:
        op.with_progress(progress_label)
    return op.run()
