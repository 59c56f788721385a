"""The import wizard's second page: what the file was recognised as, its encoding, tidy capitals."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from resource_desk.core.database import Catalogue
from resource_desk.gui.common import ERROR_COLOR
from resource_desk.gui.import_wizard.preview import fill_preview
from resource_desk.gui.import_wizard.state import DUPLICATES_PAGE, MAPPING_PAGE, ImportState, StatePage
from resource_desk.importing.encoding import COMMON_ENCODINGS, label as encoding_label
from resource_desk.importing.problems import ImportFileError
from resource_desk.importing.service import inspect_file
from resource_desk.gui.i18n import QT_TR_NOOP, said, tr

log = logging.getLogger(__name__)

FORMAT_LABELS = {"auto": QT_TR_NOOP("Recognise it"), "csv": QT_TR_NOOP("Spreadsheet (CSV or .xlsx)"), "hsds": QT_TR_NOOP("Open Referral package"),
                 "icarol": QT_TR_NOOP("iCarol 211 export")}


class LayoutPage(StatePage):
    def __init__(self, state: ImportState, catalogue: Catalogue):
        super().__init__(state, catalogue)
        self.setTitle(tr("What the file is"))
        self.setSubTitle(tr("Check what was recognised; change the encoding if accents look wrong."))
        self.layout_label = QLabel()
        self.layout_label.setWordWrap(True)
        self.format_box = QComboBox()
        for key, text in FORMAT_LABELS.items():
            self.format_box.addItem(tr(text), key)
        self.encoding_box = QComboBox()
        self.encoding_box.setEditable(True)
        self.capitals_box = QCheckBox(tr("Tidy capitals (LIKE THIS → Like This)"))
        self.capitals_box.setToolTip(tr("Names and organization names written in capitals are put in title case; "
                                     "acronyms (AIDS, LGBTQ, SF, YMCA) and small words (of, and, de) are kept "
                                     "right. Names in mixed case are never changed. Ticked when most names in "
                                     "the file are in capitals."))
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(f"color: {ERROR_COLOR}")
        self.notes = QListWidget()
        self.sample = QTableWidget()
        self.sample.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        form = QFormLayout()
        form.addRow(tr("Recognised as:"), self.layout_label)
        form.addRow(tr("Read it as:"), self.format_box)
        form.addRow(tr("Encoding:"), self.encoding_box)
        form.addRow(tr("Names:"), self.capitals_box)
        self.sample_label = QLabel(tr("The first rows, as read:"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(QLabel(tr("Notes from reading the file:")))
        layout.addWidget(self.notes, 1)
        layout.addWidget(self.sample_label)
        layout.addWidget(self.sample, 2)
        self.capitals_box.toggled.connect(self._capitals_toggled)
        self.format_box.activated.connect(self._changed)
        self.encoding_box.activated.connect(self._changed)
        self.encoding_box.lineEdit().editingFinished.connect(self._changed)
        self._loading = False

    def initializePage(self) -> None:
        self.inspect()

    def _changed(self, *_args) -> None:
        if self._loading:
            return
        state = self.state
        state.format = self.format_box.currentData() or "auto"
        index = self.encoding_box.currentIndex()
        text = self.encoding_box.currentText().strip()
        if index >= 0 and self.encoding_box.itemText(index) == text:
            state.encoding = self.encoding_box.itemData(index)
        else:
            state.encoding = text or None
        self.inspect()

    def _capitals_toggled(self, checked: bool) -> None:
        if self._loading:
            return
        self.state.tidy_capitals = checked
        self.inspect()

    def inspect(self) -> None:
        state = self.state
        self._loading = True
        try:
            state.inspection = inspect_file(self.catalogue, state.path, state.options(dry_run=True))
            self.error_label.setText("")
        except ImportFileError as exc:
            state.inspection = None
            self.error_label.setText(said(exc))
        except Exception as exc:  # noqa: BLE001 - shown to the person, logged for us
            log.exception("inspecting %s failed", state.path)
            state.inspection = None
            self.error_label.setText(tr("This file could not be read: {reason}").format(reason=said(exc)))

        finally:
            self._show()
            self._loading = False
        self.completeChanged.emit()

    def _show(self) -> None:
        state = self.state
        found = state.inspection
        self.format_box.setCurrentIndex(max(0, self.format_box.findData(state.format)))
        self.encoding_box.clear()
        current = state.encoding or (found.encoding if found else None)
        for codec in dict.fromkeys([c for c in (current, *COMMON_ENCODINGS) if c]):
            self.encoding_box.addItem(said(encoding_label(codec)), codec)
        if current:
            self.encoding_box.setCurrentIndex(max(0, self.encoding_box.findData(current)))
        self.encoding_box.setEnabled(found is None or found.layout not in ("xlsx",))
        self.layout_label.setText(f"<b>{said(found.layout_label)}</b><br>{said(found.description)}" if found else "—")
        self.notes.clear()
        for note in found.notes if found else ():
            self.notes.addItem(said(note))
        self.capitals_box.setEnabled(found is not None)
        self.capitals_box.setChecked(bool(found and found.tidy_capitals))
        self.sample.clear()
        if found and found.headers:
            self.sample_label.setText(tr("The first rows, as read:"))
            self.sample.setColumnCount(len(found.headers))
            self.sample.setHorizontalHeaderLabels(list(found.headers))
            rows = found.sample[:10]
            self.sample.setRowCount(len(rows))
            self.sample.setVerticalHeaderLabels([str(n) for n, _ in rows])
            for r, (_, cells) in enumerate(rows):
                for c, cell in enumerate(cells[:len(found.headers)]):
                    self.sample.setItem(r, c, QTableWidgetItem(cell))
        elif found:
            # A 211 export or an Open Referral package is read by its own layout, not by columns:
            # its first resources as they will be stored.
            self.sample_label.setText(tr("The first resources, as they will be stored:"))
            fill_preview(self.sample, found.preview[:10])
        else:
            self.sample.setRowCount(0)
            self.sample.setColumnCount(0)

    def isComplete(self) -> bool:
        return self.state.inspection is not None

    def nextId(self) -> int:
        state = self.state
        return MAPPING_PAGE if state.is_table() else DUPLICATES_PAGE
