"""Undo and redo of the window's changes: one QUndoStack, thin commands over core's snapshots.

A change is made first (through gui/worker.py, as before) and then pushed as a command that
knows how to take it back. Undo and redo are write ops too, run on the one write worker in
the order they were asked for, so pressing Ctrl+Z three times undoes three changes in turn;
when one ends, the window refreshes as it did after the change (``Changes``).

- ``SnapshotCommand``: most changes (the form, delete, bulk changes, tags). Undo restores the
  rows as they were (``core.snapshots.restore_snapshot``), which hands back the rows it
  replaced; redo restores those. The swap happens on the worker, so a quick undo-redo-undo
  never reads a snapshot before the previous step has written it.
- ``MergeCommand``: a merge of duplicates, undone by its own record (core.duplicates).
- ``SuggestionsCommand``: applied tag suggestions, an import batch undone as imports are.

The history lasts until the window closes, and is cleared when another catalogue opens (or
when an undo fails, since the catalogue is then not where the history thinks).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from resource_desk.gui.worker import Changes, WriteOp
from resource_desk.gui.i18n import tr

if TYPE_CHECKING:
    from resource_desk.core.database import Catalogue
    from resource_desk.core.snapshots import Snapshot
    from resource_desk.core.suggestions import TagSuggestion


class UndoHistory(QObject):
    """The window's undo stack and its Edit ▸ Undo / Redo actions (their text names the step)."""

    def __init__(self, window: QWidget):
        super().__init__(window)
        self._window = window
        self.stack = QUndoStack(self)
        self.undo_action = self.stack.createUndoAction(self, tr("&Undo"))
        self.undo_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Undo))
        self.redo_action = self.stack.createRedoAction(self, tr("&Redo"))
        redo_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
        if QKeySequence("Ctrl+Shift+Z") not in redo_keys:
            redo_keys.append(QKeySequence("Ctrl+Shift+Z"))
        self.redo_action.setShortcuts(redo_keys)
        for action in (self.undo_action, self.redo_action):
            window.addAction(action)

    def push(self, command: QUndoCommand) -> None:
        self.stack.push(command)

    def clear(self) -> None:
        self.stack.clear()

    def add_actions_to(self, widget: QWidget) -> None:
        """Let Ctrl+Z and Ctrl+Shift+Z work in another window too (the tag manager)."""
        widget.addAction(self.undo_action)
        widget.addAction(self.redo_action)

    def failed(self) -> None:
        self.stack.clear()


def history_of(widget: QObject | None) -> UndoHistory | None:
    """The undo history of the window a widget belongs to (its first ancestor that has one)."""
    while widget is not None:
        history = getattr(widget, "undo_history", None)
        if isinstance(history, UndoHistory):
            return history
        widget = widget.parent()
    return None


def push(widget: QObject | None, command: QUndoCommand) -> None:
    history = history_of(widget)
    if history is not None:
        history.push(command)


class _WriteCommand(QUndoCommand):
    """A change already made (pushing it does nothing more); undo and redo run as write ops."""

    def __init__(self, text: str, window: QWidget, changes: Changes):
        super().__init__(text)
        self._window = window
        self._changes = changes
        self._pushed = False
        self.op: WriteOp | None = None  # the last undo or redo (tests wait for it)

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True  # QUndoStack.push calls redo: the change is made already
            return
        self._run(self.redo_work, tr("Redoing “{step}”…").format(step=self.text()),
                  tr("Redid “{step}”").format(step=self.text()))

    def undo(self) -> None:
        self._run(self.undo_work, tr("Undoing “{step}”…").format(step=self.text()),
                  tr("Undid “{step}”").format(step=self.text()))

    def undo_work(self) -> Any:
        """What undoing does, on the write worker: each kind of command says (an abstract step)."""
        raise NotImplementedError

    def redo_work(self) -> Any:
        """What redoing does, on the write worker: each kind of command says (an abstract step)."""
        raise NotImplementedError

    def _run(self, work: Callable[[], Any], saying: str, said: str) -> None:
        window = self._window
        if hasattr(window, "say"):
            window.say(saying, 0)  # thousands of rows take a while; the window stays usable meanwhile

        def done(_result) -> None:
            if hasattr(window, "say"):
                window.say(said, 5000)

        def failed(error: BaseException) -> None:
            from resource_desk.gui.errors import show_error

            history = history_of(window)
            if history is not None:
                history.failed()
            show_error(window, error, "")

        self.op = WriteOp(window, lambda _progress: work(), self._changes).success(done).failure(failed).run()


class SnapshotCommand(_WriteCommand):
    """Undo puts the snapshot's rows back; redo puts back the rows that undo replaced."""

    def __init__(self, text: str, window: QWidget, catalogue: Catalogue, before: Snapshot, changes: Changes):
        super().__init__(text, window, changes)
        self._catalogue = catalogue
        self._snapshot = before

    def _swap(self) -> None:  # on the write worker, one step after another
        from resource_desk.core.snapshots import restore_snapshot

        self._snapshot = restore_snapshot(self._catalogue, self._snapshot)

    undo_work = _swap
    redo_work = _swap


class MergeCommand(_WriteCommand):
    """A merge of duplicates: undone from its record, made again (a new record) on redo."""

    def __init__(self, text: str, window: QWidget, catalogue: Catalogue, keep_id: str, remove_id: str,
                 merge_id: str):
        super().__init__(text, window, Changes(resources=True, tags=True, lists=True))
        self._catalogue = catalogue
        self._keep, self._remove, self.merge_id = keep_id, remove_id, merge_id

    def undo_work(self) -> None:
        from resource_desk.core.duplicates import undo_merge

        undo_merge(self._catalogue, self.merge_id)

    def redo_work(self) -> None:
        from resource_desk.core.duplicates import merge_resources

        self.merge_id = merge_resources(self._catalogue, self._keep, self._remove).merge_id


class SuggestionsCommand(_WriteCommand):
    """Applied tag suggestions: one import batch, undone as imports are; redo applies them again."""

    def __init__(self, text: str, window: QWidget, catalogue: Catalogue, accepted: Sequence[TagSuggestion],
                 batch_id: str):
        super().__init__(text, window, Changes(resources=True, tags=True))
        self._catalogue = catalogue
        self._accepted = list(accepted)
        self.batch_id = batch_id

    def undo_work(self) -> None:
        from resource_desk.importing.undo import undo_import

        undo_import(self._catalogue, self.batch_id)

    def redo_work(self) -> None:
        from resource_desk.importing.suggested_tags import apply_suggestions

        self.batch_id = apply_suggestions(self._catalogue, self._accepted).batch_id


class ReviewCommand(_WriteCommand):
    """One review outcome (verified, closed, inactive): undone from its record (the resource
    gets back its status and verification), recorded again on redo."""

    def __init__(self, text: str, window: QWidget, catalogue: Catalogue, step):
        super().__init__(text, window, Changes(resources=True))
        self._catalogue = catalogue
        self._step = step

    def undo_work(self) -> None:
        from resource_desk.core.review import undo_review

        undo_review(self._catalogue, self._step.id)

    def redo_work(self) -> None:
        from resource_desk.core.review import record_review

        step = self._step
        self._step = record_review(self._catalogue, step.resource_id, step.outcome, step.reviewer, step.reviewed_on)
