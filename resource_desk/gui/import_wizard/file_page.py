"""The import wizard's first page: the file (or an Open Referral folder) to import."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
)

from resource_desk.core.database import Catalogue
from resource_desk.gui.import_wizard.state import ImportState, StatePage
from resource_desk.gui.i18n import QT_TR_NOOP, tr

FILE_FILTER = QT_TR_NOOP("Resource lists (*.csv *.tsv *.txt *.xlsx *.zip *.json);;All files (*)")


class FilePage(StatePage):
    def __init__(self, state: ImportState, catalogue: Catalogue, paths: list[str]):
        super().__init__(state, catalogue)
        self.setTitle(tr("Choose a file"))
        self.setSubTitle(tr("A spreadsheet (CSV or .xlsx), a 211 export, or an Open Referral data package (a folder, a "
                         ".zip or its datapackage.json)."))
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(tr("The file to import"))
        self.path_edit.textChanged.connect(lambda _t: self.completeChanged.emit())
        browse = QPushButton(tr("&Browse…"))
        browse.clicked.connect(self.browse)
        folder = QPushButton(tr("Choose a &folder…"))
        folder.clicked.connect(self.browse_folder)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        row.addWidget(folder)
        self.others = QListWidget()
        self.others.setVisible(len(paths) > 1)
        self.others.currentTextChanged.connect(self.path_edit.setText)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        if len(paths) > 1:
            layout.addWidget(QLabel(tr("You dropped several files; pick the one to import now:")))
            for path in paths:
                self.others.addItem(path)
        layout.addWidget(self.others)
        layout.addStretch(1)
        if paths:
            self.path_edit.setText(_single_package(paths) or paths[0])

    def chosen(self) -> str:
        return self.path_edit.text().strip()

    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("Import resources"), "", tr(FILE_FILTER))
        if path:
            self.path_edit.setText(path)

    def browse_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, tr("An Open Referral data package folder"))
        if path:
            self.path_edit.setText(path)

    def isComplete(self) -> bool:
        path = self.chosen()
        return bool(path) and Path(path).expanduser().exists()

    def validatePage(self) -> bool:
        self.state.choose_file(self.chosen())
        return True


def _single_package(paths: list[str]) -> str | None:
    """Several tables of one Open Referral folder dropped together: the folder."""
    folders = {str(Path(p).parent) for p in paths}
    if len(paths) > 1 and len(folders) == 1 and any(Path(p).name.lower() == "services.csv" for p in paths):
        return folders.pop()
    return None
