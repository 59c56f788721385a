"""The import wizard's last page: the import itself, on the one write worker, with progress,
Cancel (nothing written) and Undo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
)

from resource_desk.core.database import Catalogue
from resource_desk.core.progress import Cancelled
from resource_desk.gui.common import APP_TITLE, ERROR_COLOR, format_number
from resource_desk.gui.import_wizard.state import ImportState, StatePage
from resource_desk.gui.worker import Changes, WriteOp
from resource_desk.importing.problems import ImportFileError
from resource_desk.importing.service import ImportResult, run_import
from resource_desk.gui.i18n import said, tr


class SummaryPage(StatePage):
    def __init__(self, state: ImportState, catalogue: Catalogue):
        super().__init__(state, catalogue)
        self.setTitle(tr("Import"))
        self.setSubTitle(tr("One import is one step: all of it or none of it. It can be undone from the import history."))
        self.op: WriteOp | None = None
        self.plan = QLabel()
        self.plan.setWordWrap(True)
        self.import_button = QPushButton(tr("&Import"))
        self.import_button.clicked.connect(self.start)
        self.cancel_button = QPushButton(tr("&Cancel import"))
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.setEnabled(False)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.undo_button = QPushButton(tr("&Undo this import"))
        self.undo_button.clicked.connect(self.undo)
        self.undo_button.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.undo_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.plan)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(self.details, 1)
        self.done = False

    def initializePage(self) -> None:
        state = self.state
        dry = state.dry_result
        changed = len(state.choices)
        self.plan.setText(
            tr("{file} will give: {summary}.").format(file=f"<b>{Path(state.path).name}</b>",
                                                       summary=said(dry.summary(dry_run_note=False)) if dry else "")
            + (" " + tr("You changed the choice for %Ln match(es).", "", changed) if changed else "")
            + (" " + tr("%Ln offered tag(s) left out.", "", len(state.skip_tags)) if state.skip_tags else "")
            + (" " + tr("%Ln source categories become tags.", "", len(state.accept_tags)) if state.accept_tags else "")
            + (" " + tr("Suggested tags added: {tags}.").format(tags=", ".join(sorted(state.accept_suggestions)))
               if state.accept_suggestions else ""))
        self.progress.setValue(0)
        self.message.setText("")
        self.details.clear()
        self.done = False
        self.import_button.setEnabled(True)
        self.undo_button.hide()

    def start(self) -> None:
        state = self.state
        self.import_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.message.setText(tr("Importing…"))
        catalogue, path, options = self.catalogue, state.path, state.options()
        # The import's progress lines are messages: said in the window's language before they
        # cross to the GUI thread as plain text.
        self.op = WriteOp(self, lambda progress: run_import(
            catalogue, path, options, lambda fraction, text: progress.report(fraction, said(text)),
            progress.cancelled), Changes(resources=True, tags=True))
        self.op.progressing(self._progressed)
        self.op.success(self._finished).failure(self._failed).cancelled(lambda: self._failed(Cancelled())).run()
        self.completeChanged.emit()

    def cancel(self) -> None:
        if self.op is not None:
            self.cancel_button.setEnabled(False)
            self.message.setText(tr("Cancelling…"))
            self.op.cancel()

    def _progressed(self, fraction: float, message: str) -> None:
        self.progress.setValue(int(fraction * 1000))
        cancelling = self.op is not None and not self.cancel_button.isEnabled()
        if message and not cancelling:  # keep "Cancelling…" until the worker stops
            self.message.setText(message)

    def _finished(self, result: ImportResult) -> None:
        state = self.state
        state.result = result
        self.cancel_button.setEnabled(False)
        self.progress.setValue(1000)
        self.message.setText("<b>" + tr("Done: {summary}.").format(summary=said(result.summary())) + "</b>")
        lines = [tr("Import {id}").format(id=result.batch_id)]
        if result.new_tags:
            lines.append(tr("New tags: ") + ", ".join(t.key for t in result.new_tags if t.created))
        lines += [said(p.line()) for p in result.problems] + [said(p.line()) for p in result.warnings]
        self.details.setPlainText("\n".join(lines))
        self.undo_button.show()
        self.done = True
        self.completeChanged.emit()

    def _failed(self, error: BaseException) -> None:
        self.cancel_button.setEnabled(False)
        if isinstance(error, Cancelled):
            self.message.setText(tr("Cancelled. Nothing was written."))
            self.import_button.setEnabled(True)
        elif isinstance(error, ImportFileError):
            self.message.setText(f"<span style='color:{ERROR_COLOR}'>{said(error)}</span>")
        else:
            failed = tr("The import failed and nothing was written:")
            self.message.setText(f"<span style='color:{ERROR_COLOR}'>{failed} {said(error)}</span>")

            self.import_button.setEnabled(True)
        self.progress.setValue(0)
        self.completeChanged.emit()

    def undo(self) -> None:
        from resource_desk.importing.undo import UndoError, undo_import

        result = self.state.result
        if result is None or result.batch_id is None:
            return
        answer = QMessageBox.question(self, APP_TITLE, tr("Undo this import? What it created is deleted and what it "
                                                       "updated gets its old values back."))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            undone = undo_import(self.catalogue, result.batch_id)
        except UndoError as exc:
            self.message.setText(said(exc))
            return
        self.undo_button.hide()
        self.message.setText(tr("Undone: {deleted} resources deleted, {restored} restored.").format(
            deleted=format_number(undone.deleted), restored=format_number(undone.restored)))

    def isComplete(self) -> bool:
        return self.done

    def isFinalPage(self) -> bool:
        return True
