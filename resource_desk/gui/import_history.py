"""The import history: every import with its counts, its rejected rows and warnings, and
Undo (what it created is deleted, what it updated gets its old values back)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from resource_desk.core.database import Catalogue
from resource_desk.gui.common import APP_TITLE, format_date_time, format_number
from resource_desk.importing.history import ImportSummary, import_problems, list_imports
from resource_desk.importing.undo import UndoError, undo_import
from resource_desk.gui.i18n import QT_TR_NOOP, said, tr

COLUMNS = (QT_TR_NOOP("When"), QT_TR_NOOP("File"), QT_TR_NOOP("Layout"), QT_TR_NOOP("Created"), QT_TR_NOOP("Updated"), QT_TR_NOOP("Skipped"), QT_TR_NOOP("Rejected"), QT_TR_NOOP("Undone"))


class ImportHistoryDialog(QDialog):
    def __init__(self, catalogue: Catalogue, parent: QWidget | None = None):
        super().__init__(parent)
        self.catalogue = catalogue
        self.changed = False  # something was undone: the window should refresh
        self.setWindowTitle(tr("Import history"))
        self.resize(900, 520)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([tr(c) for c in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selected)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.undo_button = QPushButton(tr("&Undo this import…"))
        self.undo_button.clicked.connect(self.undo_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.undo_button)
        row.addStretch(1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.details, 1)
        layout.addLayout(row)
        self.batches: list[ImportSummary] = []
        self.reload()

    def reload(self) -> None:
        self.batches = list(reversed(list_imports(self.catalogue)))  # newest first on screen
        self.table.setRowCount(len(self.batches))
        for r, b in enumerate(self.batches):
            values = (format_date_time(b.at), said(b.shown_file), said(b.shown_format),
 format_number(b.created), format_number(b.updated),
                      format_number(b.skipped), format_number(b.rejected), format_date_time(b.undone_at))
            for c, value in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(value))
        if self.batches:
            self.table.selectRow(0)
        self._selected()

    def selected(self) -> ImportSummary | None:
        rows = self.table.selectionModel().selectedRows()
        return self.batches[rows[0].row()] if rows else None

    def _selected(self) -> None:
        batch = self.selected()
        self.undo_button.setEnabled(batch is not None and batch.undone_at is None)
        if batch is None:
            self.details.setPlainText(tr("No imports yet."))
            return
        rejected, warnings = import_problems(self.catalogue, batch.id)
        lines = [tr("Import {id}").format(id=batch.id), tr("Encoding: {name}").format(name=batch.encoding or "—"), ""]
        lines += [tr("Rejected rows:")] + [f"  {said(p.line())}" for p in rejected] if rejected else [tr("No rejected rows.")]
        if warnings:
            lines += ["", tr("Warnings:")] + [f"  {said(p.line())}" for p in warnings]
        self.details.setPlainText("\n".join(lines))

    def undo_selected(self) -> None:
        batch = self.selected()
        if batch is None:
            return
        answer = QMessageBox.question(
            self, APP_TITLE, tr("Undo the import of {file}?\n\nThe {created} resources it created are deleted and "
                                "the {updated} it updated get their old values back.").format(
                file=said(batch.shown_file), created=format_number(batch.created),
                updated=format_number(batch.updated)))

        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            undo_import(self.catalogue, batch.id)
        except UndoError as exc:
            QMessageBox.warning(self, APP_TITLE, said(exc))
        self.changed = True
        self.reload()
