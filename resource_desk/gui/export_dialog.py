"""Exporting: the whole catalogue, the current search or the selection, as CSV (re-imports
losslessly) or an Open Referral HSDS 3.0 package (.zip), on a worker thread.

``install_import_export(window)`` adds File ▸ Export… and File ▸ Import history… to a
MainWindow (beside File ▸ Import…); the window keeps its own import action.
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
from resource_desk.gui.common import APP_TITLE
from resource_desk.gui.worker import BackgroundOp
from resource_desk.importing.export import ExportResult, export_resources

FORMATS = {"csv": ("CSV spreadsheet (re-imports exactly)", ".csv", "CSV files (*.csv)"),
           "hsds": ("Open Referral HSDS 3.0 package (.zip)", ".zip", "Zip archives (*.zip)")}


class ExportDialog(QDialog):
    def __init__(self, catalogue: Catalogue, query: SearchQuery | None = None,
                 selection: list[str] | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.catalogue = catalogue
        self.query = query
        self.selection = list(selection or [])
        self.result: ExportResult | None = None
        self.operation: BackgroundOp | None = None
        self.setWindowTitle("Export resources")
        self.everything = QRadioButton("The whole catalogue")
        self.search = QRadioButton("The current search")
        self.selected = QRadioButton(f"The selected resources ({len(self.selection)})")
        self.search.setEnabled(query is not None)
        self.selected.setEnabled(bool(self.selection))
        (self.selected if self.selection else self.everything).setChecked(True)
        group = QButtonGroup(self)
        for button in (self.everything, self.search, self.selected):
            group.addButton(button)
        self.format_box = QComboBox()
        for key, (text, _suffix, _filter) in FORMATS.items():
            self.format_box.addItem(text, key)
        self.format_box.currentIndexChanged.connect(self._format_changed)
        self.private = QCheckBox("Include private notes and confidential addresses (for your own backup, "
                                 "not for sharing)")
        self.path_edit = QLineEdit(str(Path.home() / "resources.csv"))
        browse = QPushButton("&Browse…")
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
        form.addRow("Format:", self.format_box)
        form.addRow("Save to:", where)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Export:"))
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
        path, _ = QFileDialog.getSaveFileName(self, "Export resources", self.path_edit.text(), FORMATS[fmt][2])
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
            self.message.setText(f"{target.parent} is not a folder.")
            return
        if not confirm_overwrite(self, target):
            return
        fmt = self.format_box.currentData()
        ids = self.resource_ids()
        include = self.private.isChecked()
        catalogue = self.catalogue
        self.buttons.setEnabled(False)

        def work(progress):
            return export_resources(catalogue, target, fmt, ids, include_private=include,
                                    progress=lambda fraction, text: progress.report(int(fraction * 100), 100, text),
                                    cancel=lambda: progress.cancelled)

        self.operation = (BackgroundOp(self, work).with_progress("Exporting…").success(self._done)
                          .failure(self._failed).finally_(lambda: self.buttons.setEnabled(True)).run())

    def _done(self, result: ExportResult) -> None:
        self.result = result
        self.message.setText(result.summary())
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.message.setText(f"The export failed: {error}")


def install_import_export(window) -> None:
    """File ▸ Export… and File ▸ Import history… in a MainWindow (after its Import… action)."""
    from PySide6.QtGui import QAction

    def export() -> None:
        dialog = ExportDialog(window.catalogue, window.current_query(), window.selected_resource_ids(), window)
        if dialog.exec() and dialog.result is not None:
            window.statusBar().showMessage(dialog.result.summary(), 8000)

    def history() -> None:
        from resource_desk.gui.import_history import ImportHistoryDialog

        dialog = ImportHistoryDialog(window.catalogue, window)
        dialog.exec()
        if dialog.changed:
            window.refresh()

    export_action = QAction("&Export…", window)
    export_action.setStatusTip("Save resources as CSV or an Open Referral package")
    export_action.triggered.connect(export)
    history_action = QAction("Import &history…", window)
    history_action.setStatusTip("Past imports, their problems, and Undo")
    history_action.triggered.connect(history)
    menu = window.file_menu
    actions = menu.actions()
    anchor = window.import_action
    after = actions[actions.index(anchor) + 1] if anchor in actions and actions.index(anchor) + 1 < len(actions) \
        else None
    for action in (export_action, history_action):
        if after is not None:
            menu.insertAction(after, action)
        else:
            menu.addAction(action)
    window.export_action, window.import_history_action = export_action, history_action


def confirm_overwrite(parent: QWidget, path: Path) -> bool:
    if not path.exists():
        return True
    return QMessageBox.question(parent, APP_TITLE, f"{path.name} exists. Replace it?") == \
        QMessageBox.StandardButton.Yes
