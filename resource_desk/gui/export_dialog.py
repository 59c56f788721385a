"""Exporting: the whole catalogue, the current search or the selection, as CSV (re-imports
losslessly), an Open Referral HSDS 3.0 package (.zip or a folder) or HSDS 3.0 JSON, on a
worker thread. When the export had to leave something out or fill something in to meet
HSDS, the dialog stays open and says what. The main window opens it from File ▸ Export….
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from resource_desk.core.database import Catalogue
from resource_desk.core.search import SearchQuery, matching_ids
from resource_desk.gui.common import APP_TITLE, format_number
from resource_desk.gui.worker import ReadOp
from resource_desk.importing.export import ExportResult, export_resources
from resource_desk.gui.i18n import QT_TR_NOOP, said, tr

# key -> (label, suffix, file filter, export format); the folder's suffix is none.
FORMATS = {"csv": (QT_TR_NOOP("CSV spreadsheet (re-imports exactly)"), ".csv", QT_TR_NOOP("CSV files (*.csv)"), "csv"),
           "hsds": (QT_TR_NOOP("Open Referral HSDS 3.0 package (.zip)"), ".zip", QT_TR_NOOP("Zip archives (*.zip)"), "hsds"),
           "hsds-folder": (QT_TR_NOOP("Open Referral HSDS 3.0 package (a folder of CSV tables)"), "", "", "hsds"),
           "hsds-json": (QT_TR_NOOP("Open Referral HSDS 3.0 JSON (a service list)"), ".json", QT_TR_NOOP("JSON files (*.json)"),
                         "hsds-json")}


class ExportDialog(QDialog):
    def __init__(self, catalogue: Catalogue, query: SearchQuery | None = None,
                 selection: list[str] | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.catalogue = catalogue
        self.query = query
        self.selection = list(selection or [])
        self.result: ExportResult | None = None
        self.operation: ReadOp | None = None
        self.setWindowTitle(tr("Export resources"))
        self.everything = QRadioButton(tr("The whole catalogue"))
        self.search = QRadioButton(tr("The current search"))
        self.selected = QRadioButton(tr("The selected resources ({count})").format(
            count=format_number(len(self.selection))))
        self.search.setEnabled(query is not None)
        self.selected.setEnabled(bool(self.selection))
        (self.selected if self.selection else self.everything).setChecked(True)
        group = QButtonGroup(self)
        for button in (self.everything, self.search, self.selected):
            group.addButton(button)
        self.format_box = QComboBox()
        for key, (text, *_rest) in FORMATS.items():
            self.format_box.addItem(tr(text), key)
        self.format_box.currentIndexChanged.connect(self._format_changed)
        self.private = QCheckBox(tr("Include private notes and confidential addresses (for your own backup, "
                                 "not for sharing)"))
        self.path_edit = QLineEdit(str(Path.home() / "resources.csv"))
        browse = QPushButton(tr("&Browse…"))
        browse.clicked.connect(self.browse)
        where = QHBoxLayout()
        where.addWidget(self.path_edit, 1)
        where.addWidget(browse)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(tr("Format:"), self.format_box)
        form.addRow(tr("Save to:"), where)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("Export:")))
        for button in (self.everything, self.search, self.selected):
            layout.addWidget(button)
        layout.addLayout(form)
        layout.addWidget(self.private)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def _format_changed(self, _index: int) -> None:
        suffix = FORMATS[self.format_box.currentData()][1]
        path = Path(self.path_edit.text() or "resources")
        self.path_edit.setText(str(path.with_suffix(suffix)))

    def browse(self) -> None:
        fmt = self.format_box.currentData()
        if fmt == "hsds-folder":
            path = QFileDialog.getExistingDirectory(self, tr("Export resources"), self.path_edit.text())
        else:
            path, _ = QFileDialog.getSaveFileName(self, tr("Export resources"), self.path_edit.text(), tr(FORMATS[fmt][2]))
        if path:
            self.path_edit.setText(path)

    def resource_ids(self) -> list[str] | None:
        if self.selected.isChecked():
            return self.selection
        if self.search.isChecked() and self.query is not None:
            return matching_ids(self.catalogue, self.query)
        return None

    def export(self) -> None:
        target = Path(self.path_edit.text().strip()).expanduser()
        if not target.name or not target.parent.is_dir():
            self.message.setText(tr("{folder} is not a folder.").format(folder=target.parent))
            return
        if not confirm_overwrite(self, target):
            return
        fmt = FORMATS[self.format_box.currentData()][3]
        ids = self.resource_ids()
        include = self.private.isChecked()
        catalogue = self.catalogue
        self.buttons.setEnabled(False)

        def work(progress):
            # Its progress lines are messages: said in the window's language before they cross
            # to the GUI thread as plain text.
            return export_resources(catalogue, target, fmt, ids, include_private=include,
                                    progress=lambda fraction, text: progress.report(fraction, said(text)),
                                    cancel=progress.cancelled)

        self.operation = (ReadOp(self, work).with_progress(tr("Exporting…")).success(self._done)
                          .failure(self._failed).finally_(lambda: self.buttons.setEnabled(True)).run())

    def _done(self, result: ExportResult) -> None:
        self.result = result
        self.message.setText(said(result.summary(tr("by ticking the box above"))))
        if not (result.notes or result.private_notes_left_out or result.confidential_addresses_left_out):
            self.accept()
            return
        # Something was left out or filled in: say what before closing.
        self.buttons.clear()
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close).clicked.connect(self.accept)

    def _failed(self, error: BaseException) -> None:
        self.message.setText(tr("The export failed: {reason}").format(reason=said(error)))



def confirm_overwrite(parent: QWidget, path: Path) -> bool:
    if not path.exists():
        return True
    return QMessageBox.question(parent, APP_TITLE, tr("{name} exists. Replace it?").format(name=path.name)) == \
        QMessageBox.StandardButton.Yes
