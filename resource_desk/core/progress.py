"""Progress and cancelling for long work, without Qt.

Work that takes a while (an import, an export, a PDF) receives a ``Progress``: it reports
how far it got with ``report(fraction, text)`` and asks ``cancelled()`` now and then,
raising ``Cancelled`` to stop (the transaction it was in rolls back). The GUI's runner
(gui/worker.py) hands it one that moves a progress dialog; the CLI and the tests may pass
``NO_PROGRESS``.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable


class Cancelled(Exception):
    """The person asked the work to stop; nothing it was writing is kept."""


@runtime_checkable
class Progress(Protocol):
    def report(self, fraction: float, text: str = "") -> None:
        """How far the work got, from 0.0 to 1.0, with an optional line of text."""

    def cancelled(self) -> bool:
        """True once the person asked the work to stop."""


class NoProgress:
    """A progress that shows nothing and is never cancelled."""

    def report(self, fraction: float, text: str = "") -> None:
        """Shown nowhere."""

    def cancelled(self) -> bool:
        return False


NO_PROGRESS: Progress = NoProgress()


def check(progress: Progress) -> None:
    """Raise Cancelled if the person asked the work to stop."""
    if progress.cancelled():
        raise Cancelled()
