"""A thread that runs one import (or its dry run) and reports back on the GUI thread.

The import service takes a progress callback and a cancel event; this thread turns the
callback into signals (delivered to the GUI thread) and hands the result or the error
back the same way. Cancel sets the event: the service rolls its transaction back.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QThread, Signal


class ImportThread(QThread):
    progressed = Signal(float, str)
    succeeded = Signal(object)
    failed = Signal(object, str)

    def __init__(self, work: Callable[[Callable[[float, str], None], threading.Event], Any], parent=None):
        super().__init__(parent)
        self._work = work
        self.cancel_event = threading.Event()
        self.result: Any = None
        self.error: BaseException | None = None

    def cancel(self) -> None:
        self.cancel_event.set()

    def run(self) -> None:  # on the worker thread
        try:
            self.result = self._work(self._report, self.cancel_event)
        except BaseException as exc:  # noqa: BLE001 - every error goes back to the GUI thread
            self.error = exc
            self.failed.emit(exc, traceback.format_exc())
        else:
            self.succeeded.emit(self.result)

    def _report(self, fraction: float, message: str) -> None:
        self.progressed.emit(float(fraction), str(message))
