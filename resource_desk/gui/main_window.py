"""The main window: a shell holding the menus, the layout and the status bar, and the parts it owns.

The parts, each in its own module, are made here and declared in ``__init__``:

- ``browser`` (gui/browser.py): the search box, the filters, the lazy results, the details;
- ``editing`` (gui/editing.py): add, edit, duplicate, delete, mark verified, the resource form;
- ``sheet`` (gui/sheet_tray.py): the referral sheet tray in its dock, with its actions.

The window puts the parts' widgets in its layout and their actions in its menus; it is the
one place that reacts to what a background write changed (``apply_changes``).

Built for a fast first paint: what it shows first (tags, language filter, the first page
of results) is read with plain SQL, and the modules only a person's action needs (the
resource form, the tag manager, the import wizard, the sample catalogue, the ORM services)
are imported in the methods that act. Once the window shows, an idle moment loads
SQLAlchemy and the ORM services off the GUI thread, so the first click on a row does not
wait for them.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QFont, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from resource_desk import __version__
from resource_desk.core.database import Catalogue
from resource_desk.core.errors import UserError
from resource_desk.core.paths import default_db_path, demo_db_path
from resource_desk.gui.browser import Browser
from resource_desk.gui.catalogue_health import CatalogueHealth
from resource_desk.gui.common import APP_TITLE, app_settings, plural
from resource_desk.gui.editing import Editing, make_action
from resource_desk.gui.sheet_tray import SheetPart
from resource_desk.gui.undo import UndoHistory
from resource_desk.gui.worker import Changes, ReadOp, wait_for_writes
from resource_desk.gui.i18n import QT_TR_NOOP, said, tr

if TYPE_CHECKING:
    from resource_desk.gui.resource_form import ResourceForm
    from resource_desk.gui.tag_manager import TagManager

log = logging.getLogger(__name__)
_OPEN_WINDOWS: set[MainWindow] = set()  # windows that took another's place (speak), kept until they close

# After the first paint, while the person reads the results: load SQLAlchemy and the ORM
# services on a worker thread (the first look at a resource's details needs them).
WARM_UP_DELAY_MS = 300
CATALOGUE_FILTER = QT_TR_NOOP("Resource Desk catalogues (*.sqlite3 *.sqlite *.db);;All files (*)")


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


class WelcomePage(QWidget):
    """What an empty catalogue shows: three ways to begin."""

    def __init__(self, parent=None):
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.addStretch(2)
        title = QLabel(tr("<h1>Welcome to Resource Desk</h1>"))
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        outer.addWidget(title)
        text = QLabel(tr("Your catalogue is empty. Import a list of resources that colleagues, a coalition or a "
                      "211 centre shared with you, add your first resource by hand, or look around in a sample "
                      "catalogue first (it is kept apart from yours)."))
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text.setMaximumWidth(560)
        text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)  # as wide as it may be,
        self.text = text  # as tall as its lines need (height for width): never clipped
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(text, 4)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addSpacing(18)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.import_button = QPushButton(tr("&Import…"))
        self.add_button = QPushButton(tr("&Add a resource"))
        self.sample_button = QPushButton(tr("&Load the sample catalogue"))
        for button in (self.import_button, self.add_button, self.sample_button):
            button.setMinimumHeight(40)  # as wide as their words: a narrow window still shows all three
            buttons.addWidget(button)
        buttons.addStretch(1)
        outer.addLayout(buttons)
        outer.addStretch(3)


class MainWindow(QMainWindow):
    """One catalogue at a time. ``refresh()`` re-runs the current search (call it after an import)."""

    catalogue_changed = Signal()
    data_changed = Signal()

    def __init__(self, catalogue: Catalogue, demo: bool | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.catalogue = catalogue
        self.is_demo = _same_file(catalogue.path, demo_db_path()) if demo is None else demo
        self.tag_manager: TagManager | None = None
        self.successor: MainWindow | None = None  # the window that took its place in another language
        self.setObjectName("MainWindow")
        self.setAcceptDrops(True)

        # The parts.
        self.undo_history = UndoHistory(self)  # every change made in the window, until it closes
        self.browser = Browser(catalogue)
        self.editing = Editing(self, self.browser)
        self.sheet = SheetPart(self, self.browser)
        self.health = CatalogueHealth(self)
        self.counts_ready = self.browser.counts_ready

        # What the menus, the layout memory and the tests reach of the parts.
        self.search_box = self.browser.search_box
        self.filters = self.browser.filters
        self.model = self.browser.model
        self.table = self.browser.table
        self.detail = self.browser.detail
        self.splitter = self.browser.splitter
        self.results_splitter = self.browser.results_splitter
        self.search_timer = self.browser.search_timer
        self.add_button = self.editing.add_button
        self.add_action = self.editing.add_action
        self.edit_action = self.editing.edit_action
        self.duplicate_action = self.editing.duplicate_action
        self.delete_action = self.editing.delete_action
        self.verify_action = self.editing.verify_action
        self.bulk_edit_action = self.editing.bulk_edit_action
        self.undo_action = self.undo_history.undo_action
        self.redo_action = self.undo_history.redo_action
        self.sheet_tray = self.sheet.tray
        self.sheet_dock = self.sheet.dock
        self.add_to_sheet_button = self.sheet.add_button
        self.add_to_sheet_action = self.sheet.add_action
        self.print_sheet_action = self.sheet.print_action
        self.preview_sheet_action = self.sheet.preview_action
        self.save_pdf_action = self.sheet.save_pdf_action
        self.preferences_action = self.sheet.preferences_action
        self.history_action = self.sheet.history_action
        self.sheet.window_language_chosen.connect(self.speak)

        # The layout: the browser (or the welcome page) in the middle, the sheet docked on the right.
        self.browser.add_tool_widget(self.add_button)
        self.browser.add_tool_widget(self.add_to_sheet_button)
        self.browser.selection_changed.connect(self._show_count)
        self.welcome = WelcomePage()
        self.welcome.import_button.clicked.connect(lambda: self.import_files())
        self.welcome.add_button.clicked.connect(self.editing.add_resource)
        self.welcome.sample_button.clicked.connect(self.load_sample)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.browser)
        self.stack.addWidget(self.welcome)
        self.setCentralWidget(self.stack)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.sheet_dock)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.health.bar)  # hidden while the file is sound

        # The status bar.
        self.count_label = QLabel()
        self.count_label.setAccessibleName(tr("Number of resources found"))
        self.statusBar().addPermanentWidget(self.count_label)

        self._build_actions()
        self._build_menus()
        self._first_show = True
        self._set_tab_order()
        self._update_title()
        self.resize(1360, 820)
        self._restore_layout()
        self.refresh()
        self.health.watch(catalogue, self.is_demo)

    @property
    def resource_form(self) -> ResourceForm | None:
        """The resource form open now, if any (the editing part's)."""
        return self.editing.form

    # -- building ---------------------------------------------------------------------------
    def _action(self, text: str, slot, shortcut=None, tip: str | None = None) -> QAction:
        return make_action(self, text, slot, shortcut, tip)

    def _build_actions(self) -> None:
        key = QKeySequence.StandardKey
        self.open_action = self._action(tr("&Open catalogue…"), self.open_catalogue, key.Open,
                                        tr("Open another catalogue file"))
        self.new_catalogue_action = self._action(tr("&New catalogue…"), self.new_catalogue, "Ctrl+Shift+N",
                                                 tr("Start a new, empty catalogue file"))
        self.my_catalogue_action = self._action(tr("Open &my catalogue"), self.open_my_catalogue, None,
                                                tr("Go back to your own catalogue"))
        self.sample_action = self._action(tr("Open the &sample catalogue"), self.load_sample, None,
                                          tr("Look around in the sample catalogue (kept apart from yours)"))
        self.import_action = self._action(tr("&Import…"), lambda: self.import_files(), "Ctrl+I",
                                          tr("Import resources from a CSV, spreadsheet or Open Referral file"))
        self.export_action = self._action(tr("&Export…"), self.export_resources, "Ctrl+E",
                                          tr("Save resources as CSV or an Open Referral package"))
        self.import_history_action = self._action(tr("Import &history…"), self.show_import_history, None,
                                                  tr("Past imports, their problems, and Undo"))
        self.quit_action = self._action(tr("&Quit"), self.close, key.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)

        self.tags_action = self._action(tr("&Tags…"), self.manage_tags, "Ctrl+T", tr("Add, rename, merge and color tags"))
        self.suggest_tags_action = self._action(tr("&Suggest tags…"), self.suggest_tags, None,
                                                tr("Tags the chosen resources' own words suggest (or the results')"))

        key = QKeySequence.StandardKey
        self.find_action = self._action(tr("&Find"), self.browser.focus_search, key.Find, tr("Go to the search box"))
        self.clear_filters_action = self._action(tr("&Clear search and filters"), self.browser.clear_search,
                                                 "Ctrl+Shift+L")
        self.duplicates_action = self._action(tr("Possible d&uplicates…"), self.show_duplicates, None,
                                              tr("Resources that look alike, side by side: merge them or keep both"))
        self.review_action = self._action(tr("&Review stale resources…"), self.review_stale, None,
                                          tr("Step through the resources not verified in the last N months, oldest "
                                          "first"))
        self.show_inactive_action = QAction(tr("Show &inactive && do-not-refer"), self)
        self.show_inactive_action.setCheckable(True)
        self.show_inactive_action.toggled.connect(self.filters.show_inactive.setChecked)
        self.filters.show_inactive.toggled.connect(self.show_inactive_action.setChecked)
        self.sidebar_action = QAction(tr("Show &filters"), self)
        self.sidebar_action.setCheckable(True)
        self.sidebar_action.setChecked(True)
        self.sidebar_action.toggled.connect(self.filters.setVisible)
        self.details_action = QAction(tr("Show &details"), self)
        self.details_action.setCheckable(True)
        self.details_action.setChecked(True)
        self.details_action.toggled.connect(self.detail.setVisible)
        self.zoom_in_action = self._action(tr("&Larger text"), lambda: self.zoom(+1), [key.ZoomIn, "Ctrl+="])
        self.zoom_out_action = self._action(tr("&Smaller text"), lambda: self.zoom(-1), key.ZoomOut)
        self.zoom_reset_action = self._action(tr("&Normal text size"), lambda: self.zoom(0), "Ctrl+0")
        self.help_action = self._action(tr("Resource Desk &guide"), self.show_help, key.HelpContents,
                                        tr("Finding, tagging, importing, sheets and privacy, in short (F1)"))
        self.about_action = self._action(tr("&About Resource Desk"), self.about)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(tr("&File"))
        for action in (self.open_action, self.new_catalogue_action, self.my_catalogue_action, self.sample_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        for action in (self.import_action, self.export_action, self.import_history_action,
                       self.health.restore_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        for action in (self.preview_sheet_action, self.print_sheet_action, self.save_pdf_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        self.file_menu = file_menu

        edit_menu = bar.addMenu(tr("&Edit"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        for action in (self.add_action, self.edit_action, self.duplicate_action, self.delete_action):
            edit_menu.addAction(action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.bulk_edit_action)
        edit_menu.addAction(self.verify_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.tags_action)
        edit_menu.addAction(self.suggest_tags_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.add_to_sheet_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.preferences_action)
        self.edit_menu = edit_menu

        view_menu = bar.addMenu(tr("&View"))
        for action in (self.find_action, self.clear_filters_action, self.show_inactive_action):
            view_menu.addAction(action)
        view_menu.addMenu(self.browser.sort_menu)
        view_menu.addSeparator()
        view_menu.addAction(self.duplicates_action)
        view_menu.addAction(self.review_action)
        view_menu.addSeparator()
        view_menu.addAction(self.sidebar_action)
        view_menu.addAction(self.details_action)
        view_menu.addSeparator()
        for action in (self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action):
            view_menu.addAction(action)
        view_menu.addSeparator()
        view_menu.addAction(self.sheet.show_action)
        view_menu.addAction(self.history_action)
        self.view_menu = view_menu

        help_menu = bar.addMenu(tr("&Help"))
        help_menu.addAction(self.help_action)
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)

        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for action in (self.edit_action, self.bulk_edit_action, self.duplicate_action, self.verify_action,
                       self.suggest_tags_action, self.delete_action, self.add_to_sheet_action):
            if action not in self.table.actions():
                self.table.addAction(action)

    def _set_tab_order(self) -> None:
        chain = [self.search_box, self.add_button, *self.browser.tab_chain()]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

    # -- the status bar ---------------------------------------------------------------------
    def say(self, text: str, timeout_ms: int = 5000) -> None:
        self.statusBar().showMessage(text, timeout_ms)

    def _show_count(self, selected: int) -> None:
        text = tr("%Ln resource(s) found", "", self.model.total)
        if selected > 1:
            text += " · " + tr("%Ln selected", "", selected)
        self.count_label.setText(text)

    # -- settings ---------------------------------------------------------------------------
    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._first_show:
            self._first_show = False
            QTimer.singleShot(WARM_UP_DELAY_MS, self._warm_up)
            if app_settings().value("main/state") is None:
                # The results need the width more than an empty sheet does (once laid out).
                dock = self.sheet_dock
                QTimer.singleShot(0, lambda: self.resizeDocks([dock], [dock.minimumWidth()],
                                                              Qt.Orientation.Horizontal))

    def _warm_up(self) -> None:
        catalogue = self.catalogue

        def work(_progress) -> None:
            from resource_desk.core.resources import warm_up

            warm_up(catalogue)

        def failed(error: BaseException) -> None:
            log.warning("warming up the ORM failed: %s", error)  # the first use will load it instead

        ReadOp(None, work).failure(failed).run()

    def _restore_layout(self) -> None:
        settings = app_settings()
        geometry = settings.value("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = settings.value("main/state")
        if state is not None:
            self.restoreState(state)
        self.browser.restore_state(settings)
        self.sidebar_action.setChecked(settings.value("main/show_filters", True, type=bool))
        self.details_action.setChecked(settings.value("main/show_details", True, type=bool))
        size = settings.value("main/font_size", 0, type=float)
        if size:
            self._set_font_size(size)

    def save_layout(self) -> None:
        settings = app_settings()
        settings.setValue("main/geometry", self.saveGeometry())
        settings.setValue("main/state", self.saveState())
        self.browser.save_state(settings)
        settings.setValue("main/show_filters", self.sidebar_action.isChecked())
        settings.setValue("main/show_details", self.details_action.isChecked())
        settings.sync()

    def close_tools(self) -> bool:
        """Close the form and the tag manager; False if the person kept a form with changes open."""
        if not self.editing.close_form():
            return False
        if self.tag_manager is not None:
            self.tag_manager.close()
        return True

    def speak(self, code: str) -> MainWindow | None:
        """Reopen the window in another language (chosen in Preferences). Qt's widgets say their
        words as they are made, so a new window is built in that language and takes this one's
        place: the sheet being made, the search, the chosen resource and the layout carry over.
        The undo history does not (its steps belong to this window): when there is one, the person
        is asked first. None when the window stays as it is (later, or a form with changes kept)."""
        from resource_desk.core.lists import ListItem
        from resource_desk.gui.i18n import install_language
        from resource_desk.gui.preferences import WINDOW_LANGUAGE_NAMES

        if self.undo_history.stack.count():
            box = QMessageBox(QMessageBox.Icon.Question, APP_TITLE, tr(
                "Reopen the window in {language} now? What you did so far could then no longer be undone "
                "with Edit ▸ Undo.").format(language=WINDOW_LANGUAGE_NAMES.get(code, code)), parent=self)
            now = box.addButton(tr("Reopen now"), QMessageBox.ButtonRole.AcceptRole)
            box.addButton(tr("When I next open it"), QMessageBox.ButtonRole.RejectRole)
            box.exec()
            if box.clickedButton() is not now:
                return None
        if not self.close_tools():
            return None
        tray = self.sheet_tray
        items = [ListItem(item.resource_id, item.note) for item in tray.items()]
        note, title, sheet_language = tray.sheet_note.toPlainText(), tray.title_edit.text(), tray.language_combo.currentData()
        text, chosen = self.search_box.text(), self.browser.current_resource_id()
        self.save_layout()
        install_language(code)
        successor = MainWindow(self.catalogue, demo=self.is_demo)
        if items or note or title:
            successor.sheet.open()
            successor.sheet_tray.load_items(items, note=note, title=title, language=sheet_language)
        if text or chosen:
            successor.search_timer.stop()
            successor.search_box.blockSignals(True)
            successor.search_box.setText(text)
            successor.search_box.blockSignals(False)
            successor.browser.run_search(select=chosen)
        _OPEN_WINDOWS.add(successor)  # a top-level window Python must keep until it closes
        successor.destroyed.connect(lambda: _OPEN_WINDOWS.discard(successor))
        successor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        successor.show()
        self.successor = successor  # whoever holds this window finds the one that took its place
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # its dialogs go with it
        self.close()
        return successor

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.close_tools():
            event.ignore()
            return
        self.browser.stop_counting()
        self.health.unwatch()
        self.save_layout()
        super().closeEvent(event)

    # -- what changed -----------------------------------------------------------------------
    def apply_changes(self, changes: Changes) -> None:
        """The one place the window reacts to a write: what changed is shown again."""
        if changes.resources or changes.tags:
            self.refresh()
        if changes.tags and self.tag_manager is not None:
            self.tag_manager.reload()  # an undo or redo changed the vocabulary under it

    def refresh(self) -> None:
        """Reload the tag list and filters, then re-run the current search, keeping the selection."""
        self.reload(select=self.browser.current_resource_id())

    def reload(self, select: str | None = None, select_row: int | None = None) -> None:
        """Reload and search again, selecting this resource (or this row) afterwards.

        A catalogue too damaged to read here shows the browser (empty where it could not
        read) and the damage banner, instead of ending the window."""
        try:
            has_resources = self.browser.reload(select=select, select_row=select_row)
        except Exception as exc:
            from resource_desk.core.faults import user_error_for

            fault = user_error_for(exc, self.catalogue.path)
            if fault is None:
                raise
            self.catalogue.store.note_error(exc)
            self.say(said(fault).split(". ")[0] + ".", 0)
            has_resources = True
        self.stack.setCurrentWidget(self.browser if has_resources else self.welcome)
        self.data_changed.emit()

    # -- the catalogue ----------------------------------------------------------------------------
    def _update_title(self) -> None:
        name = tr("Demo catalogue") if self.is_demo else self.catalogue.path.name
        self.setWindowTitle(f"{APP_TITLE} — {name}")
        self.setWindowFilePath(str(self.catalogue.path))
        self.my_catalogue_action.setEnabled(not _same_file(self.catalogue.path, default_db_path()))
        self.sample_action.setEnabled(not self.is_demo)

    def set_catalogue(self, catalogue: Catalogue, demo: bool = False) -> bool:
        """Show another catalogue; the one shown before is closed. False if the person kept
        an unsaved form open instead (the new catalogue is then closed)."""
        if catalogue is self.catalogue:
            return True
        if not self.close_tools():
            catalogue.close()
            return False
        wait_for_writes()
        self.undo_history.clear()  # its steps belong to the catalogue shown before
        old = self.catalogue
        self.catalogue = catalogue
        self.is_demo = demo
        self.browser.set_catalogue(catalogue)
        self.sheet.set_catalogue(catalogue)
        self._update_title()
        self.refresh()
        self.health.watch(catalogue, demo)
        self.catalogue_changed.emit()
        old.close()
        return True

    def open_catalogue_file(self, path: str | Path) -> bool:
        try:
            catalogue = Catalogue.open(path)
        except UserError as exc:  # a catalogue that cannot be opened, a damaged or vanished file
            QMessageBox.critical(self, APP_TITLE, said(exc))
            return False
        if not self.set_catalogue(catalogue, demo=_same_file(catalogue.path, demo_db_path())):
            return False
        if catalogue.opened.backup is not None:
            self.say(
                tr("Upgraded the catalogue; the previous version is kept as {name}").format(
                    name=catalogue.opened.backup.name), 10000)
        return True

    def open_catalogue(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("Open a catalogue"), str(self.catalogue.path.parent),
                                              tr(CATALOGUE_FILTER))
        if path:
            self.open_catalogue_file(path)

    def new_catalogue(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, tr("New catalogue"), str(self.catalogue.path.parent /
                                                                          "catalogue.sqlite3"),
                                              tr(CATALOGUE_FILTER), options=QFileDialog.Option.DontConfirmOverwrite)
        if not path:
            return
        target = Path(path)
        if not target.suffix:
            target = target.with_suffix(".sqlite3")
        if target.exists() and target.stat().st_size > 0:
            QMessageBox.warning(self, APP_TITLE, tr("{name} already exists. Choose another name, "
                                                    "or use File ▸ Open catalogue… to open it.").format(name=target.name))
            return
        self.open_catalogue_file(target)

    def open_my_catalogue(self) -> None:
        self.open_catalogue_file(default_db_path())

    def load_sample(self) -> None:
        """Switch to the demo catalogue (its own file: nothing is copied into yours)."""
        if self.is_demo:
            return
        from resource_desk.core.demo import open_demo

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            catalogue = open_demo()
        except UserError as exc:
            QApplication.restoreOverrideCursor()
            QMessageBox.critical(self, APP_TITLE, said(exc))
            return
        QApplication.restoreOverrideCursor()
        if not self.set_catalogue(catalogue, demo=True):
            return
        self.say(tr("This is the sample catalogue. File ▸ Open my catalogue takes you back to "
                                     "yours."), 10000)

    def stay_in_demo(self, what: str) -> bool:
        """In the sample catalogue, offer to do this in the person's own catalogue instead.

        Returns False when the person cancelled.
        """
        if not self.is_demo:
            return True
        box = QMessageBox(QMessageBox.Icon.Question, APP_TITLE,
                          tr("You are in the sample catalogue. {what} here, or in your own catalogue?").format(
                              what=what), parent=self)
        mine = box.addButton(tr("Switch to &my catalogue"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(tr("Stay in the &sample"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        clicked = box.clickedButton()
        if clicked is mine:
            return self.open_catalogue_file(default_db_path())
        return box.buttonRole(clicked) == QMessageBox.ButtonRole.ActionRole

    # -- importing -----------------------------------------------------------------------------
    def import_files(self, paths: list[str] | None = None) -> None:
        """Open the import wizard on these files (or let it ask), then show what changed."""
        from resource_desk.gui.import_wizard import ImportWizard

        if not self.stay_in_demo(tr("Import")):
            return
        wizard = ImportWizard(self.catalogue, paths, self)
        wizard.exec()  # the import's write op tells apply_changes; so does an undo from the wizard:
        self.apply_changes(Changes(resources=True, tags=True))

    def export_resources(self) -> None:
        """File ▸ Export…: the whole catalogue, the current search or the selection."""
        from resource_desk.gui.export_dialog import ExportDialog

        dialog = ExportDialog(self.catalogue, self.browser.current_query(), self.browser.selected_resource_ids(), self)
        if dialog.exec() and dialog.result is not None:
            self.say(said(dialog.result.summary(tr("by ticking the box above"))), 8000)

    def show_import_history(self) -> None:
        """File ▸ Import history…: past imports, their problems, and Undo."""
        from resource_desk.gui.import_history import ImportHistoryDialog

        dialog = ImportHistoryDialog(self.catalogue, self)
        dialog.exec()
        if dialog.changed:
            self.apply_changes(Changes(resources=True, tags=True))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if not paths:
            super().dropEvent(event)
            return
        event.acceptProposedAction()
        # Let the drag finish before a modal wizard opens.
        QTimer.singleShot(0, lambda: self.import_files(paths))

    # -- tools -----------------------------------------------------------------------------------
    def manage_tags(self) -> TagManager:
        from resource_desk.gui.tag_manager import TagManager

        if self.tag_manager is None:
            manager = TagManager(self.catalogue, self)
            manager.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            manager.tags_changed.connect(lambda: self.apply_changes(Changes(tags=True)))
            manager.destroyed.connect(lambda *_: setattr(self, "tag_manager", None))
            self.tag_manager = manager
        self.tag_manager.show()
        self.tag_manager.raise_()
        self.tag_manager.activateWindow()
        return self.tag_manager

    def suggest_tags(self) -> None:
        """Edit ▸ Suggest tags…: for the chosen resources, or for the results when none is chosen."""
        from resource_desk.gui.suggest_tags_dialog import SuggestTagsDialog

        ids = self.browser.selected_resource_ids()
        dialog = SuggestTagsDialog(self.catalogue, ids or None, None if ids else self.browser.current_query(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()  # its write op tells apply_changes what it changed
        return dialog

    def show_duplicates(self) -> None:
        """View ▸ Possible duplicates…: compare pairs side by side, merge (undoably) or keep both."""
        from resource_desk.gui.duplicates_dialog import DuplicatesDialog

        dialog = DuplicatesDialog(self.catalogue, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()  # its write ops tell apply_changes what they changed

    def review_stale(self):
        """View ▸ Review stale resources…: N months from the sidebar's "Not verified in the last"."""
        from resource_desk.gui.review_dialog import ReviewDialog

        dialog = ReviewDialog(self.catalogue, self.filters.stale_months.value(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()  # its write ops tell apply_changes what they changed
        return dialog

    # -- view ---------------------------------------------------------------------------------------
    def _set_font_size(self, size: float) -> None:
        font = QFont(QApplication.font())
        font.setPointSizeF(max(8.0, min(size, 28.0)))
        QApplication.setFont(font)
        self.browser.fit_rows()

    def zoom(self, step: int) -> None:
        settings = app_settings()
        base = settings.value("main/base_font_size", 0, type=float) or QApplication.font().pointSizeF()
        settings.setValue("main/base_font_size", base)
        current = QApplication.font().pointSizeF()
        size = base if step == 0 else current + step
        self._set_font_size(size)
        settings.setValue("main/font_size", QApplication.font().pointSizeF())

    def show_help(self):
        """Help ▸ Resource Desk guide (F1): one guide window, raised again when open."""
        from resource_desk.gui.help_window import HelpWindow

        if getattr(self, "help_window", None) is None:
            self.help_window = HelpWindow(self)
            self.help_window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.help_window.destroyed.connect(lambda *_: setattr(self, "help_window", None))
        self.help_window.show()
        self.help_window.raise_()
        self.help_window.activateWindow()
        return self.help_window

    def about(self) -> None:
        QMessageBox.about(self, tr("About Resource Desk"),
                          f"<h3>Resource Desk {__version__}</h3><p>"
                          + tr("An offline catalogue of community resources and referral sheets for "
                               "psychotherapists. No client data is kept.")
                          + "</p><p>" + tr("Catalogue: {path}").format(path=self.catalogue.path) + "</p>")
