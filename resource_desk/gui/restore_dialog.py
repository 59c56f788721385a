"""File ▸ Restore from backup…: the catalogue's backups, newest first, and the one to put back."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from resource_desk.core.backups import BackupError, backups_folder, check_backup, list_backups
from resource_desk.gui.common import APP_TITLE, format_number
from resource_desk.gui.i18n import said, tr

PATH_ROLE = Qt.ItemDataRole.UserRole


class RestoreDialog(QDialog):
    """Choose a backup; ``chosen`` is its path once the person confirmed."""

    def __init__(self, catalogue_path: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("Restore from backup"))
        self.catalogue_path = catalogue_path
        self.chosen: Path | None = None
        layout = QVBoxLayout(self)
        self.backups = list_backups(catalogue_path)
        intro = QLabel(
            tr("A copy of {catalogue} is made on the first open of each day, in “{folder}” beside it (the last 7 "
               "days and the last 4 weeks are kept). Restoring puts the chosen copy in the catalogue's place; the "
               "catalogue as it is now is kept there too, so nothing is lost.").format(
                catalogue=catalogue_path.name, folder=backups_folder(catalogue_path).name) if self.backups else
            tr("There is no backup of {catalogue} yet: one is made on the first open of each day.").format(
                catalogue=catalogue_path.name))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QTreeWidget()
        self.list.setHeaderLabels([tr("Made"), tr("Kind"), tr("Size")])
        self.list.setRootIsDecorated(False)
        self.list.setAccessibleName(tr("Backups"))
        for backup in self.backups:
            item = QTreeWidgetItem([QLocale().toString(backup.made, "ddd d MMM yyyy, HH:mm"), tr(backup.kind),
                                    tr("{size} MB").format(size=QLocale().toString(backup.size / 1_048_576, "f", 1))])
            item.setData(0, PATH_ROLE, str(backup.path))
            item.setToolTip(0, str(backup.path))
            self.list.addTopLevelItem(item)
        for column in range(3):
            self.list.resizeColumnToContents(column)
        if self.backups:
            self.list.setCurrentItem(self.list.topLevelItem(0))
        self.list.itemDoubleClicked.connect(lambda _item, _column: self.accept())
        layout.addWidget(self.list)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(tr("Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setEnabled(bool(self.backups))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(560, 360)

    def selected_path(self) -> Path | None:
        item = self.list.currentItem()
        return Path(item.data(0, PATH_ROLE)) if item is not None else None

    def accept(self) -> None:
        path = self.selected_path()
        if path is None:
            return
        try:
            resources = check_backup(path)  # a damaged or unreadable copy is refused here, in words
        except BackupError as exc:
            QMessageBox.warning(self, APP_TITLE, said(exc))
            return
        answer = QMessageBox.question(
            self, APP_TITLE,
            tr("Put the backup of {made} ({count} resources) in the place of {catalogue}?\n\n"
               "The catalogue as it is now is kept beside the backups.").format(
                made=self.list.currentItem().text(0), count=format_number(resources),
                catalogue=self.catalogue_path.name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.chosen = path
        super().accept()
