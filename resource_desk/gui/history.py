"""View ▸ Sheet history: the referral log, newest first; a past sheet re-opens into the tray."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from resource_desk.core.database import Catalogue
from resource_desk.core.referrals import ReferralRecord, clear_log, delete_sheets, list_sheets, title_label
from resource_desk.core.resources import get_resources
from resource_desk.core.settings import sheet_logging_enabled
from resource_desk.sheets.translations import available_languages
from resource_desk.gui.common import format_date_time, format_number
from resource_desk.gui.i18n import QT_TR_NOOP, tr

COLUMNS = (QT_TR_NOOP("Date"), QT_TR_NOOP("Title"), QT_TR_NOOP("Language"), QT_TR_NOOP("Client code"), QT_TR_NOOP("Resources"), QT_TR_NOOP("How"))
OUTPUT_LABELS = {"pdf": QT_TR_NOOP("Saved as PDF"), "print": QT_TR_NOOP("Printed")}
HISTORY_LIMIT = 500


class SheetHistoryDialog(QDialog):
    reopen = Signal(object)  # the ReferralRecord to put back in the tray

    def __init__(self, catalogue: Catalogue, parent: QWidget | None = None):
        super().__init__(parent)
        self.catalogue = catalogue
        self.records: list[ReferralRecord] = []
        self.setWindowTitle(tr("Sheet history"))
        self.setObjectName("SheetHistoryDialog")
        self.resize(860, 460)
        layout = QVBoxLayout(self)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([tr(c) for c in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(tr("Sheets printed or saved"))
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.table, 1)

        row = QHBoxLayout()
        self.open_button = QPushButton(tr("&Open in sheet tray"))
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self.open_selected)
        self.delete_button = QPushButton(tr("&Delete"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.clear_button = QPushButton(tr("C&lear history…"))
        self.clear_button.clicked.connect(self.clear_history)
        for button in (self.open_button, self.delete_button, self.clear_button):
            row.addWidget(button)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        row.addWidget(close)
        layout.addLayout(row)
        self.refresh()

    def refresh(self) -> None:
        self.records = list_sheets(self.catalogue, limit=HISTORY_LIMIT)
        ids = list(dict.fromkeys(rid for record in self.records for rid in record.resource_ids))
        names = {r.id: r.name for r in get_resources(self.catalogue, ids)} if ids else {}
        languages = dict(available_languages())
        self.table.setRowCount(len(self.records))
        for row, record in enumerate(self.records):
            listed = [names.get(rid, tr("(deleted)")) for rid in record.resource_ids]
            cells = (
                format_date_time(record.at),
                record.title or tr(title_label(record)),
                languages.get(record.language, record.language),
                record.client_code or "",
                format_number(len(record.resource_ids)),
                tr(OUTPUT_LABELS[record.output]) if record.output in OUTPUT_LABELS else record.output,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 4:
                    item.setToolTip("\n".join(listed))
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        if self.records:
            self.table.selectRow(0)
        logging = sheet_logging_enabled(self.catalogue)
        if not self.records:
            self.status.setText(tr("No sheets logged yet.") + ("" if logging else tr(" The log is switched off in "
                                                                              "Edit ▸ Preferences.")))
        else:
            self.status.setText(tr("%Ln sheet(s); no client names are kept.", "", len(self.records))
                                + ("" if logging else
                                                               tr(" The log is switched off in Edit ▸ Preferences.")))
        self._update_buttons()

    def selected_records(self) -> list[ReferralRecord]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.records[row] for row in rows]

    def _update_buttons(self) -> None:
        chosen = bool(self.table.selectionModel().selectedRows())
        self.open_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)
        self.clear_button.setEnabled(bool(self.records))

    def open_selected(self) -> None:
        chosen = self.selected_records()
        if chosen:
            self.reopen.emit(chosen[0])
            self.accept()

    def delete_selected(self) -> None:
        chosen = self.selected_records()
        if chosen:
            delete_sheets(self.catalogue, [r.id for r in chosen])
            self.refresh()

    def clear_history(self) -> None:
        if QMessageBox.question(self, tr("Sheet history"),
                                tr("Forget all %Ln logged sheet(s)?", "", len(self.records))) \
                == QMessageBox.StandardButton.Yes:
            clear_log(self.catalogue)
            self.refresh()
