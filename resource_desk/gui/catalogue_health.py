"""The window's part that watches the catalogue file: the daily check and backup in the
background, a banner when the file is damaged or read-only, and File ▸ Restore from backup….

The check and the backup (``core.backups.daily_care``) run on a worker thread once the
window is up, so they never slow its start. Damage found by the check, or by SQLite in any
read or write, shows in the banner at once (the store refuses writes from then on), with the
way out: a button that restores a backup.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QToolBar, QWidget
from shiboken6 import isValid

from resource_desk.core.faults import damaged_message, read_only_message
from resource_desk.gui.common import APP_TITLE
from resource_desk.gui.worker import NOTHING, ReadOp, WriteOp, wait_for_writes
from resource_desk.gui.i18n import said, tr

if TYPE_CHECKING:
    from resource_desk.core.database import Catalogue
    from resource_desk.gui.main_window import MainWindow

log = logging.getLogger(__name__)

CARE_DELAY_MS = 1500
BANNER_STYLE = ("QLabel { background: #fdecea; color: #611a15; border: 1px solid #f5c2c0; padding: 6px; }")
READ_ONLY_STYLE = ("QLabel { background: #fff8e1; color: #5d4300; border: 1px solid #f0d98c; padding: 6px; }")


class CatalogueHealth(QObject):
    """The banner (a fixed bar under the menus), the restore action and the daily care."""

    damage_found = Signal(str)  # from any thread: SQLite or the check found the file damaged
    waiting = Signal(str)  # from the writer thread: another process holds the catalogue
    wait_over = Signal()
    cared = Signal()  # the daily check and backup ended (tests wait for it)

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.bar = QToolBar(tr("Catalogue file"))
        self.bar.setObjectName("CatalogueHealthBar")
        self.bar.setMovable(False)
        self.bar.setFloatable(False)
        self.bar.toggleViewAction().setVisible(False)
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(4, 2, 4, 2)
        self.banner = QLabel()
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banner.setAccessibleName(tr("Catalogue file warning"))
        row.addWidget(self.banner, 1)
        self.restore_button = QPushButton(tr("Restore from backup…"))
        self.restore_button.clicked.connect(self.restore)
        row.addWidget(self.restore_button)
        self.bar.addWidget(holder)
        self.bar.setVisible(False)
        self.restore_action = QAction(tr("&Restore from backup…"), window)
        self.restore_action.setStatusTip(tr("Put one of the catalogue's daily backups back in its place"))
        self.restore_action.triggered.connect(self.restore)
        self.damage_found.connect(self._show_damage)
        self._care_timer = QTimer(self)
        self._care_timer.setSingleShot(True)
        self._care_timer.timeout.connect(self._care_watched)
        self.waiting.connect(lambda text: window.say(text[:1].upper() + text[1:], 0))
        self.wait_over.connect(lambda: window.say(tr("The other import has ended; going on."), 5000))
        self._watched: Catalogue | None = None

    # -- watching a catalogue ----------------------------------------------------------------
    def watch(self, catalogue: Catalogue, demo: bool) -> None:
        """A catalogue is shown: listen for damage, say if it is read-only, check it in the background."""
        self.unwatch()
        self._watched = catalogue
        catalogue.store.on_damage.append(self._damage_found)
        catalogue.store.on_wait = self._waiting  # "another import is running…; waiting…"
        catalogue.store.on_wait_over = self._wait_over
        self.bar.setVisible(False)
        if catalogue.damage:
            self._show_damage(catalogue.damage)
        elif catalogue.read_only:
            self._show(tr("This catalogue is read-only: it is open for reading, and nothing can be changed in it."),
                       said(read_only_message(catalogue.path)), READ_ONLY_STYLE, restore=False)
        if not demo:
            # After the first results are up: the check and the copy never slow the start. A
            # timer of this object's own (not a singleShot with a lambda): it goes with the window.
            self._care_timer.start(CARE_DELAY_MS)

    def unwatch(self) -> None:
        """Stop listening to the catalogue shown before (it may outlive the window)."""
        self._care_timer.stop()
        watched, self._watched = self._watched, None
        if watched is not None:
            if self._damage_found in watched.store.on_damage:
                watched.store.on_damage.remove(self._damage_found)
            watched.store.on_wait = watched.store.on_wait_over = None

    # The store calls these from any thread; the window may be gone by then.
    def _damage_found(self, detail: str) -> None:
        if isValid(self):
            self.damage_found.emit(detail)

    def _waiting(self, text: str) -> None:
        if isValid(self):
            self.waiting.emit(said(text))

    def _wait_over(self) -> None:
        if isValid(self):
            self.wait_over.emit()

    def _care_watched(self) -> None:
        if self._watched is not None and self._watched is self.window.catalogue:
            self._care(self._watched)

    def _care(self, catalogue: Catalogue) -> None:

        def work(_progress):
            from resource_desk.core.backups import daily_care

            return daily_care(catalogue)

        def failed(error: BaseException) -> None:
            # A backup that could not be made (a full disk) is said, and work goes on.
            from resource_desk.core.faults import user_error_for

            fault = user_error_for(error, catalogue.path)
            log.warning("the daily backup failed: %s", error)
            if not isValid(self):  # the window closed meanwhile
                return
            if fault is not None:
                self.window.say(tr("Today's backup was not made: {reason}").format(reason=said(fault)), 15000)
            self.cared.emit()

        def done(care) -> None:
            if care.backup is not None:
                log.info("backed up %s to %s", catalogue.path, care.backup)
            if isValid(self):  # the window may have closed meanwhile
                self.cared.emit()

        ReadOp(None, work).success(done).failure(failed).run()

    # -- the banner --------------------------------------------------------------------------
    def _show(self, text: str, details: str, style: str, restore: bool) -> None:
        # One line under the menus (a wrapped label in a tool bar takes far more height than
        # it needs); the whole message, with what SQLite found, is the tooltip.
        self.banner.setText(text)
        self.banner.setToolTip(details)
        self.banner.setStyleSheet(style)
        self.restore_button.setVisible(restore)
        self.bar.setVisible(True)

    def _show_damage(self, detail: str) -> None:
        catalogue = self.window.catalogue
        if catalogue.damage is None:  # a message about a catalogue no longer shown
            return
        # The store's own detail (the signal's copy is only its English): said in the window's language.
        self._show(tr("This catalogue is damaged: Resource Desk will not write to it, so nothing more is lost. "
                   "Restore a backup to go on."), said(damaged_message(catalogue.path, catalogue.damage)), BANNER_STYLE,
                   restore=True)

    @property
    def banner_text(self) -> str:
        """What the banner says, with its details (empty while the file is sound)."""
        return f"{self.banner.text()}\n{self.banner.toolTip()}" if self.bar.isVisible() else ""

    # -- restoring ---------------------------------------------------------------------------
    def restore(self) -> None:
        from resource_desk.gui.restore_dialog import RestoreDialog

        window = self.window
        if window.is_demo:
            QMessageBox.information(window, APP_TITLE, tr("The sample catalogue has no backups: it is made afresh "
                                                       "whenever it is opened."))
            return
        path = window.catalogue.path
        dialog = RestoreDialog(path, window)
        if not dialog.exec() or dialog.chosen is None:
            return
        backup = dialog.chosen
        if not window.close_tools():
            return
        wait_for_writes()

        def work(_progress):
            from resource_desk.core.backups import restore

            return restore(path, backup)

        def restored(kept) -> None:
            if window.open_catalogue_file(path):
                window.say(tr("Restored the backup {backup}. The catalogue as it was is kept as {kept}.").format(
                    backup=backup.name, kept=kept.name), 15000)

        WriteOp(window, work, changes=NOTHING).with_progress(tr("Restoring the backup…")).success(restored).run()
