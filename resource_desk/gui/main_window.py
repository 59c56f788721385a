"""The main window: search as you type, tag facets and filters, lazy results, details, editing.

Built for a fast first paint: what it shows first (tags, language filter, the first page
of results) is read with plain SQL, and the modules only a person's action needs (the
resource form, the tag manager, the import wizard, the sample catalogue, the ORM services)
are imported in the methods that act. Once the window shows, an idle moment loads
SQLAlchemy and the ORM services off the GUI thread, so the first click on a row does not
wait for them.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from resource_desk import __version__
from resource_desk.core.database import Catalogue, CatalogueError
from resource_desk.core.errors import NotFound
from resource_desk.core.lookups import languages_in_use, resource_total, sidebar_facet_counts
from resource_desk.core.paths import default_db_path, demo_db_path
from resource_desk.core.records import ResourceData, ResourceRow, TagRecord
from resource_desk.core.search import SearchQuery
from resource_desk.core.tags import list_tags
from resource_desk.gui.common import APP_TITLE, app_settings, plural
from resource_desk.gui.detail import DetailPane
from resource_desk.gui.results_model import NAME, ResultsModel
from resource_desk.gui.results_view import ResultsView
from resource_desk.gui.sheet_tray import install_sheet_tray
from resource_desk.gui.sidebar import FilterPanel
from resource_desk.gui.worker import Cancelled, Changes, ReadOp

if TYPE_CHECKING:
    from resource_desk.gui.resource_form import ResourceForm
    from resource_desk.gui.tag_manager import TagManager

log = logging.getLogger(__name__)

SEARCH_DELAY_MS = 150
# After the first paint, while the person reads the results: load SQLAlchemy and the ORM
# services on a worker thread (the first look at a resource's details needs them).
WARM_UP_DELAY_MS = 300
CATALOGUE_FILTER = "Resource Desk catalogues (*.sqlite3 *.sqlite *.db);;All files (*)"


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


class SearchBox(QLineEdit):
    """The search field: Esc clears it, Down or Enter moves to the results."""

    to_results = Signal()

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            return
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.to_results.emit()
            return
        super().keyPressEvent(event)


class WelcomePage(QWidget):
    """What an empty catalogue shows: three ways to begin."""

    def __init__(self, parent=None):
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.addStretch(2)
        title = QLabel("<h1>Welcome to Resource Desk</h1>")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        outer.addWidget(title)
        text = QLabel("Your catalogue is empty. Import a list of resources that colleagues, a coalition or a "
                      "211 centre shared with you, add your first resource by hand, or look around in a sample "
                      "catalogue first (it is kept apart from yours).")
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text.setMaximumWidth(560)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(text)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addSpacing(18)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.import_button = QPushButton("&Import…")
        self.add_button = QPushButton("&Add a resource")
        self.sample_button = QPushButton("&Load the sample catalogue")
        for button in (self.import_button, self.add_button, self.sample_button):
            button.setMinimumHeight(40)
            button.setMinimumWidth(170)
            buttons.addWidget(button)
        buttons.addStretch(1)
        outer.addLayout(buttons)
        outer.addStretch(3)


class MainWindow(QMainWindow):
    """One catalogue at a time. ``refresh()`` re-runs the current search (call it after an import)."""

    catalogue_changed = Signal()
    data_changed = Signal()
    counts_ready = Signal()

    def __init__(self, catalogue: Catalogue, demo: bool | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.catalogue = catalogue
        self.is_demo = _same_file(catalogue.path, demo_db_path()) if demo is None else demo
        self._tags: list[TagRecord] = []
        self.resource_form: ResourceForm | None = None
        self.tag_manager: TagManager | None = None
        self.setObjectName("MainWindow")
        self.setAcceptDrops(True)

        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.run_search)
        self._counting: set[ReadOp] = set()  # tag counts in flight (a newer search supersedes them)
        self._count_generation = 0
        self._counts_shown = 0
        self._searching = False

        self._build_browser()
        self.welcome = WelcomePage()
        self.welcome.import_button.clicked.connect(lambda: self.import_files())
        self.welcome.add_button.clicked.connect(self.add_resource)
        self.welcome.sample_button.clicked.connect(self.load_sample)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.browser)
        self.stack.addWidget(self.welcome)
        self.setCentralWidget(self.stack)

        self.count_label = QLabel()
        self.count_label.setAccessibleName("Number of resources found")
        self.statusBar().addPermanentWidget(self.count_label)

        self._build_actions()
        self._build_menus()
        install_sheet_tray(self)  # the referral sheet: dock, "Add to sheet", print and PDF menus
        self._first_show = True
        self._set_tab_order()
        self._update_title()
        self.resize(1360, 820)
        self._restore_layout()
        self.refresh()

    # -- building ---------------------------------------------------------------------------
    def _build_browser(self) -> None:
        self.browser = QWidget()
        layout = QVBoxLayout(self.browser)
        layout.setContentsMargins(8, 8, 8, 4)

        top = QHBoxLayout()
        label = QLabel("&Search:")
        self.search_box = SearchBox()
        self.search_box.setObjectName("search")
        self.search_box.setPlaceholderText("Name, organization, description, tag or language — e.g. trans housing")
        self.search_box.setAccessibleName("Search resources")
        self.search_box.setAccessibleDescription("Results follow each keystroke")
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setMinimumHeight(30)
        self.search_box.textChanged.connect(self._search_text_changed)
        self.search_box.to_results.connect(self._focus_results)
        label.setBuddy(self.search_box)
        top.addWidget(label)
        top.addWidget(self.search_box, 1)
        self.add_button = QPushButton("&Add a resource…")
        self.add_button.setToolTip("Add a resource (Ctrl+N)")
        self.add_button.clicked.connect(self.add_resource)
        top.addWidget(self.add_button)
        layout.addLayout(top)

        self.filters = FilterPanel()
        self.filters.changed.connect(self.run_search)
        self.filters.setMinimumWidth(250)

        self.model = ResultsModel(self.catalogue, parent=self)
        self.table = ResultsView()
        self.table.setObjectName("results")
        self.table.setAccessibleName("Results")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        self.table.setTabKeyNavigation(False)
        self.table.setSortingEnabled(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionsMovable(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        fit = QAction("Fit columns to the width", header)
        fit.triggered.connect(lambda: self.table.set_auto_fit(True))
        header.addAction(fit)
        self.table.doubleClicked.connect(self._double_clicked)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.model.modelReset.connect(self._selection_changed)

        self.detail = DetailPane()
        self.detail.edit_requested.connect(self.edit_resource)
        self.detail.setMinimumHeight(160)

        # Results above, details below: the table gets the whole width for its columns.
        self.results_splitter = QSplitter(Qt.Orientation.Vertical)
        self.results_splitter.setObjectName("results_splitter")
        self.results_splitter.setChildrenCollapsible(False)
        self.results_splitter.addWidget(self.table)
        self.results_splitter.addWidget(self.detail)
        self.results_splitter.setStretchFactor(0, 1)
        self.results_splitter.setStretchFactor(1, 1)
        self.results_splitter.setSizes([330, 400])

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("main_splitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.filters)
        self.splitter.addWidget(self.results_splitter)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([285, 1055])
        layout.addWidget(self.splitter, 1)

    def _action(self, text: str, slot, shortcut=None, tip: str | None = None,
                context: QWidget | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            shortcuts = shortcut if isinstance(shortcut, list) else [shortcut]
            action.setShortcuts([QKeySequence(s) for s in shortcuts])
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        if context is not None:
            # Keys that mean something else while typing (Enter, Delete) act only in the results.
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            context.addAction(action)
        else:
            self.addAction(action)
        return action

    def _build_actions(self) -> None:
        key = QKeySequence.StandardKey
        self.open_action = self._action("&Open catalogue…", self.open_catalogue, key.Open,
                                        "Open another catalogue file")
        self.new_catalogue_action = self._action("&New catalogue…", self.new_catalogue, "Ctrl+Shift+N",
                                                 "Start a new, empty catalogue file")
        self.my_catalogue_action = self._action("Open &my catalogue", self.open_my_catalogue, None,
                                                "Go back to your own catalogue")
        self.sample_action = self._action("Open the &sample catalogue", self.load_sample, None,
                                          "Look around in the sample catalogue (kept apart from yours)")
        self.import_action = self._action("&Import…", lambda: self.import_files(), "Ctrl+I",
                                          "Import resources from a CSV, spreadsheet or Open Referral file")
        self.export_action = self._action("&Export…", self.export_resources, "Ctrl+E",
                                          "Save resources as CSV or an Open Referral package")
        self.import_history_action = self._action("Import &history…", self.show_import_history, None,
                                                  "Past imports, their problems, and Undo")
        self.quit_action = self._action("&Quit", self.close, key.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)

        self.add_action = self._action("&Add a resource…", self.add_resource, key.New, "Add a resource")
        self.edit_action = self._action("&Edit…", self.edit_resource, ["Return", "Enter"],
                                        "Edit the chosen resource", context=self.table)
        self.duplicate_action = self._action("D&uplicate…", self.duplicate_resource, "Ctrl+D",
                                             "Start a new resource from a copy of the chosen one")
        self.delete_action = self._action("&Delete…", self.delete_selected, key.Delete,
                                          "Delete the chosen resources", context=self.table)
        self.verify_action = self._action("Mark &verified today", self.mark_verified_today, "Ctrl+Shift+V",
                                          "Record that the chosen resources were checked today")
        self.tags_action = self._action("&Tags…", self.manage_tags, "Ctrl+T", "Add, rename, merge and color tags")
        self.suggest_tags_action = self._action("&Suggest tags…", self.suggest_tags, None,
                                                "Tags the chosen resources' own words suggest (or the results')")

        self.find_action = self._action("&Find", self.focus_search, key.Find, "Go to the search box")
        self.clear_filters_action = self._action("&Clear search and filters", self.clear_search,
                                                 "Ctrl+Shift+L")
        self.duplicates_action = self._action("Possible d&uplicates…", self.show_duplicates, None,
                                              "Resources that look alike, side by side: merge them or keep both")
        self.show_inactive_action = QAction("Show &inactive && do-not-refer", self)
        self.show_inactive_action.setCheckable(True)
        self.show_inactive_action.toggled.connect(self.filters.show_inactive.setChecked)
        self.filters.show_inactive.toggled.connect(self.show_inactive_action.setChecked)
        self.sidebar_action = QAction("Show &filters", self)
        self.sidebar_action.setCheckable(True)
        self.sidebar_action.setChecked(True)
        self.sidebar_action.toggled.connect(self.filters.setVisible)
        self.details_action = QAction("Show &details", self)
        self.details_action.setCheckable(True)
        self.details_action.setChecked(True)
        self.details_action.toggled.connect(self.detail.setVisible)
        self.zoom_in_action = self._action("&Larger text", lambda: self.zoom(+1), [key.ZoomIn, "Ctrl+="])
        self.zoom_out_action = self._action("&Smaller text", lambda: self.zoom(-1), key.ZoomOut)
        self.zoom_reset_action = self._action("&Normal text size", lambda: self.zoom(0), "Ctrl+0")
        self.about_action = self._action("&About Resource Desk", self.about)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        for action in (self.open_action, self.new_catalogue_action, self.my_catalogue_action, self.sample_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        for action in (self.import_action, self.export_action, self.import_history_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        self.file_menu = file_menu

        edit_menu = bar.addMenu("&Edit")
        for action in (self.add_action, self.edit_action, self.duplicate_action, self.delete_action):
            edit_menu.addAction(action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.verify_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.tags_action)
        edit_menu.addAction(self.suggest_tags_action)
        self.edit_menu = edit_menu

        view_menu = bar.addMenu("&View")
        for action in (self.find_action, self.clear_filters_action, self.show_inactive_action):
            view_menu.addAction(action)
        view_menu.addSeparator()
        view_menu.addAction(self.duplicates_action)
        view_menu.addSeparator()
        view_menu.addAction(self.sidebar_action)
        view_menu.addAction(self.details_action)
        view_menu.addSeparator()
        for action in (self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action):
            view_menu.addAction(action)
        self.view_menu = view_menu

        help_menu = bar.addMenu("&Help")
        help_menu.addAction(self.about_action)

        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for action in (self.edit_action, self.duplicate_action, self.verify_action, self.suggest_tags_action,
                       self.delete_action):
            if action not in self.table.actions():
                self.table.addAction(action)

    def _set_tab_order(self) -> None:
        chain = [self.search_box, self.add_button, self.table, self.detail.browser, self.detail.edit_button,
                 self.detail.reveal_button, self.filters.clear_button, self.filters.tags, self.filters.match_all,
                 self.filters.kind, self.filters.language, self.filters.cost, self.filters.delivery,
                 self.filters.status, self.filters.show_inactive, self.filters.stale, self.filters.stale_months]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

    # -- settings ---------------------------------------------------------------------------
    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._first_show:
            self._first_show = False
            QTimer.singleShot(WARM_UP_DELAY_MS, self._warm_up)
            dock = getattr(self, "sheet_dock", None)
            if dock is not None and app_settings().value("main/state") is None:
                # The results need the width more than an empty sheet does (once laid out).
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
        for key, splitter in (("main/splitter", self.splitter), ("main/results_splitter", self.results_splitter)):
            splitter_state = settings.value(key)
            if splitter_state is not None:
                splitter.restoreState(splitter_state)
        header = settings.value("main/header")
        if header is not None:
            self.table.horizontalHeader().restoreState(header)
            self.table.horizontalHeader().setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.table.set_auto_fit(settings.value("main/fit_columns", True, type=bool))
        self.sidebar_action.setChecked(settings.value("main/show_filters", True, type=bool))
        self.details_action.setChecked(settings.value("main/show_details", True, type=bool))
        size = settings.value("main/font_size", 0, type=float)
        if size:
            self._set_font_size(size)

    def save_layout(self) -> None:
        settings = app_settings()
        settings.setValue("main/geometry", self.saveGeometry())
        settings.setValue("main/state", self.saveState())
        settings.setValue("main/splitter", self.splitter.saveState())
        settings.setValue("main/results_splitter", self.results_splitter.saveState())
        settings.setValue("main/header", self.table.horizontalHeader().saveState())
        settings.setValue("main/fit_columns", self.table.auto_fit)
        settings.setValue("main/show_filters", self.sidebar_action.isChecked())
        settings.setValue("main/show_details", self.details_action.isChecked())
        settings.sync()

    def _close_tools(self) -> bool:
        """Close the form and the tag manager; False if the person kept a form with changes open."""
        if self.resource_form is not None and not self.resource_form.close():
            return False
        if self.tag_manager is not None:
            self.tag_manager.close()
        return True

    def _stop_counting(self) -> None:
        self._count_generation += 1  # queued counts give up at once
        for op in list(self._counting):
            op.wait(5)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._close_tools():
            event.ignore()
            return
        self._stop_counting()
        self.save_layout()
        super().closeEvent(event)

    # -- the catalogue ----------------------------------------------------------------------------
    def _update_title(self) -> None:
        name = "Demo catalogue" if self.is_demo else self.catalogue.path.name
        self.setWindowTitle(f"{APP_TITLE} — {name}")
        self.setWindowFilePath(str(self.catalogue.path))
        self.my_catalogue_action.setEnabled(not _same_file(self.catalogue.path, default_db_path()))
        self.sample_action.setEnabled(not self.is_demo)

    def set_catalogue(self, catalogue: Catalogue, demo: bool = False) -> bool:
        """Show another catalogue; the one shown before is closed. False if the person kept
        an unsaved form open instead (the new catalogue is then closed)."""
        if catalogue is self.catalogue:
            return True
        if not self._close_tools():
            catalogue.close()
            return False
        self._stop_counting()
        old = self.catalogue
        self.catalogue = catalogue
        self.is_demo = demo
        self.model.set_catalogue(catalogue)
        self.detail.show_resource(None)
        self.search_box.blockSignals(True)
        self.search_box.clear()
        self.search_box.blockSignals(False)
        self.filters.blockSignals(True)
        self.filters.clear()
        self.filters.blockSignals(False)
        self._update_title()
        self.refresh()
        self.catalogue_changed.emit()
        old.close()
        return True

    def open_catalogue_file(self, path: str | Path) -> bool:
        try:
            catalogue = Catalogue.open(path)
        except CatalogueError as exc:
            QMessageBox.critical(self, APP_TITLE, str(exc))
            return False
        if not self.set_catalogue(catalogue, demo=_same_file(catalogue.path, demo_db_path())):
            return False
        if catalogue.opened.backup is not None:
            self.statusBar().showMessage(
                f"Upgraded the catalogue; the previous version is kept as {catalogue.opened.backup.name}", 10000)
        return True

    def open_catalogue(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Open a catalogue", str(self.catalogue.path.parent),
                                              CATALOGUE_FILTER)
        if path:
            self.open_catalogue_file(path)

    def new_catalogue(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "New catalogue", str(self.catalogue.path.parent /
                                                                          "catalogue.sqlite3"),
                                              CATALOGUE_FILTER, options=QFileDialog.Option.DontConfirmOverwrite)
        if not path:
            return
        target = Path(path)
        if not target.suffix:
            target = target.with_suffix(".sqlite3")
        if target.exists() and target.stat().st_size > 0:
            QMessageBox.warning(self, APP_TITLE, f"{target.name} already exists. Choose another name, "
                                                 "or use File ▸ Open catalogue… to open it.")
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
        except CatalogueError as exc:
            QApplication.restoreOverrideCursor()
            QMessageBox.critical(self, APP_TITLE, str(exc))
            return
        QApplication.restoreOverrideCursor()
        if not self.set_catalogue(catalogue, demo=True):
            return
        self.statusBar().showMessage("This is the sample catalogue. File ▸ Open my catalogue takes you back to "
                                     "yours.", 10000)

    def _stay_in_demo(self, what: str) -> bool:
        """In the sample catalogue, offer to do this in the person's own catalogue instead.

        Returns False when the person cancelled.
        """
        if not self.is_demo:
            return True
        box = QMessageBox(QMessageBox.Icon.Question, APP_TITLE,
                          f"You are in the sample catalogue. {what} here, or in your own catalogue?", parent=self)
        mine = box.addButton("Switch to &my catalogue", QMessageBox.ButtonRole.AcceptRole)
        box.addButton("Stay in the &sample", QMessageBox.ButtonRole.ActionRole)
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

        if not self._stay_in_demo("Import"):
            return
        wizard = ImportWizard(self.catalogue, paths, self)
        wizard.exec()
        self.refresh()

    def export_resources(self) -> None:
        """File ▸ Export…: the whole catalogue, the current search or the selection."""
        from resource_desk.gui.export_dialog import ExportDialog

        dialog = ExportDialog(self.catalogue, self.current_query(), self.selected_resource_ids(), self)
        if dialog.exec() and dialog.result is not None:
            self.statusBar().showMessage(dialog.result.summary(), 8000)

    def show_import_history(self) -> None:
        """File ▸ Import history…: past imports, their problems, and Undo."""
        from resource_desk.gui.import_history import ImportHistoryDialog

        dialog = ImportHistoryDialog(self.catalogue, self)
        dialog.exec()
        if dialog.changed:
            self.refresh()

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

    # -- searching ------------------------------------------------------------------------------
    def current_query(self) -> SearchQuery:
        return SearchQuery(text=self.search_box.text(), **self.filters.query_fields())

    def _search_text_changed(self, _text: str) -> None:
        self.search_timer.start()

    def apply_changes(self, changes: Changes) -> None:
        """The one place the window reacts to a write: what changed is shown again."""
        if changes.resources or changes.tags:
            self.refresh()

    def refresh(self) -> None:
        """Reload the tag list and filters, then re-run the current search, keeping the selection."""
        self._reload(select=self.current_resource_id())

    def _reload(self, select: str | None = None, select_row: int | None = None) -> None:
        self._tags = list_tags(self.catalogue, with_counts=False)  # the sidebar counts results instead
        self.filters.tags.set_tags(self._tags)
        self.filters.blockSignals(True)
        self.filters.set_languages(languages_in_use(self.catalogue))
        self.filters.blockSignals(False)
        empty = resource_total(self.catalogue) == 0
        self.stack.setCurrentWidget(self.welcome if empty else self.browser)
        self.run_search(select=select, select_row=select_row)
        self.data_changed.emit()

    def run_search(self, select: str | None = None, select_row: int | None = None) -> None:
        """Search now with what the box and the filters say."""
        self.search_timer.stop()
        keep = select if select is not None else self.current_resource_id()
        query = self.current_query()
        self._searching = True  # the model reset empties the selection for a moment
        try:
            self.model.set_query(query)
            if not self._select_id(keep) and select_row is not None and self.model.rowCount() > 0:
                self._select_row(min(select_row, self.model.rowCount() - 1))
        finally:
            self._searching = False
        self._start_counts(query)
        self._selection_changed()

    def _start_counts(self, query: SearchQuery) -> None:
        """Count the current results per tag on a worker thread (it can take a few hundred ms on a
        very large catalogue); typing never waits for it, and a newer search supersedes it."""
        self._count_generation += 1
        generation = self._count_generation
        catalogue = self.catalogue
        tag_facets = {t.id: t.facet for t in self._tags}

        def work(_progress):
            if generation != self._count_generation:
                raise Cancelled()
            return sidebar_facet_counts(catalogue, query, tag_facets)

        def apply(counts: dict[str, int]) -> None:
            if generation == self._count_generation and shiboken6.isValid(self):
                self.filters.tags.set_counts(counts)
                self._counts_shown = generation
                self.counts_ready.emit()

        def failed(error: BaseException) -> None:
            log.warning("tag counts failed: %s", error)

        op = ReadOp(None, work).success(apply).failure(failed)
        self._counting.add(op)
        op.finally_(lambda: self._counting.discard(op)).run()

    @property
    def counts_pending(self) -> bool:
        """True while the tag counts for the latest search are still being worked out."""
        return self._counts_shown != self._count_generation

    def clear_search(self) -> None:
        self.search_box.blockSignals(True)
        self.search_box.clear()
        self.search_box.blockSignals(False)
        self.filters.clear()  # runs the search

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def _focus_results(self) -> None:
        if self.search_timer.isActive():
            self.run_search()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        if self.model.rowCount() and not self.table.selectionModel().hasSelection():
            self._select_row(0)

    # -- selection ------------------------------------------------------------------------------
    def _select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)

    def _select_id(self, resource_id: str | None) -> bool:
        if not resource_id:
            return False
        row = self.model.row_of(resource_id)
        if row < 0:
            return False
        self._select_row(row)
        return True

    def select_resource(self, resource_id: str) -> bool:
        """Select a resource among the loaded results; False if the current search does not show it."""
        return self._select_id(resource_id)

    def current_row(self) -> ResourceRow | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row(), QModelIndex()):
            return None
        return self.model.row_at(index.row())

    def current_resource_id(self) -> str | None:
        row = self.current_row()
        return row.id if row else None

    def selected_rows(self) -> list[ResourceRow]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [r for r in (self.model.row_at(i) for i in rows) if r is not None]

    def selected_resource_ids(self) -> list[str]:
        return [row.id for row in self.selected_rows()]

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.model.row_at(current.row()) if current.isValid() else None
        if row is None:
            self.detail.show_resource(None)
            return
        from resource_desk.core.resources import get_resource

        try:
            self.detail.show_resource(get_resource(self.catalogue, row.id))
        except NotFound:
            self.detail.show_resource(None)

    def _selection_changed(self) -> None:
        selected = len(self.table.selectionModel().selectedRows()) if self.table.selectionModel() else 0
        self.edit_action.setEnabled(selected == 1)
        self.duplicate_action.setEnabled(selected == 1)
        self.delete_action.setEnabled(selected > 0)
        self.verify_action.setEnabled(selected > 0)
        if selected == 0 and self.detail.resource is not None and not self._searching:
            self.detail.show_resource(None)
        total = self.model.total
        text = f"{plural(total, 'resource')} found"
        if selected > 1:
            text += f" · {selected} selected"
        self.count_label.setText(text)

    # -- editing ----------------------------------------------------------------------------------
    def _open_form(self, data: ResourceData | None, title: str | None = None) -> ResourceForm:
        from resource_desk.gui.resource_form import ResourceForm

        if self.resource_form is not None:
            self.resource_form.close()
        form = ResourceForm(self.catalogue, data, self, title=title)
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form.accepted.connect(lambda: self._saved(form.saved))
        form.finished.connect(lambda _result: self._form_closed(form))
        self.resource_form = form
        form.open()
        return form

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self._select_row(index.row())
            self.edit_resource()

    def _form_closed(self, form: ResourceForm) -> None:
        if self.resource_form is form:
            self.resource_form = None

    def add_resource(self) -> ResourceForm | None:
        if not self._stay_in_demo("Add the resource"):
            return None
        verified_by = app_settings().value("verification/by", "", type=str) or None
        return self._open_form(ResourceData(name="", last_verified=date.today(), verified_by=verified_by))

    def edit_resource(self) -> ResourceForm | None:
        resource_id = self.current_resource_id()
        if resource_id is None:
            return None
        from resource_desk.core.resources import get_resource

        try:
            data = get_resource(self.catalogue, resource_id)
        except NotFound:
            self.refresh()
            return None
        return self._open_form(data)

    def duplicate_resource(self) -> ResourceForm | None:
        """A new resource pre-filled from the chosen one; nothing is stored until Save."""
        resource_id = self.current_resource_id()
        if resource_id is None:
            return None
        from resource_desk.core.resources import get_resource

        try:
            original = get_resource(self.catalogue, resource_id)
        except NotFound:
            self.refresh()
            return None
        copy = replace(original, id=None, name=f"{original.name} (copy)", external_id=None, import_batch_id=None,
                       created_at=None, updated_at=None)
        return self._open_form(copy, title=f"Duplicate “{original.name}”")

    def _saved(self, saved: ResourceData | None) -> None:
        if saved is None:
            return
        if saved.verified_by:
            app_settings().setValue("verification/by", saved.verified_by)
        self._reload(select=saved.id)
        if self.current_resource_id() == saved.id:
            self.statusBar().showMessage(f"Saved “{saved.name}”", 5000)
        else:
            self.statusBar().showMessage(f"Saved “{saved.name}”. The current search or filters do not show it.",
                                         10000)

    def delete_selected(self) -> None:
        rows = self.selected_rows()
        if not rows:
            return
        if len(rows) == 1:
            question = f"Delete “{rows[0].name}”?\n\nThis cannot be undone."
        else:
            names = "\n".join(f"• {row.name}" for row in rows[:10])
            more = f"\n…and {len(rows) - 10} more" if len(rows) > 10 else ""
            question = f"Delete these {len(rows)} resources?\n\n{names}{more}\n\nThis cannot be undone."
        answer = QMessageBox.question(self, "Delete resources", question,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        from resource_desk.core.resources import delete_resources

        first_row = min(index.row() for index in self.table.selectionModel().selectedRows())
        deleted = delete_resources(self.catalogue, [row.id for row in rows])
        self.table.clearSelection()
        self._reload(select_row=first_row)
        self.statusBar().showMessage(f"Deleted {plural(deleted, 'resource')}", 5000)

    def mark_verified_today(self) -> None:
        ids = self.selected_resource_ids()
        if not ids:
            return
        from resource_desk.core.resources import mark_verified

        by = app_settings().value("verification/by", "", type=str) or None
        n = mark_verified(self.catalogue, ids, by=by)
        current = self.current_resource_id()
        self._reload(select=current)
        for resource_id in ids:
            row = self.model.row_of(resource_id)
            if row >= 0:
                self.table.selectionModel().select(
                    self.model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
        self.statusBar().showMessage(f"Marked {plural(n, 'resource')} verified today", 5000)

    def manage_tags(self) -> TagManager:
        from resource_desk.gui.tag_manager import TagManager

        if self.tag_manager is None:
            manager = TagManager(self.catalogue, self)
            manager.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            manager.tags_changed.connect(self.refresh)
            manager.destroyed.connect(lambda *_: setattr(self, "tag_manager", None))
            self.tag_manager = manager
        self.tag_manager.show()
        self.tag_manager.raise_()
        self.tag_manager.activateWindow()
        return self.tag_manager

    def suggest_tags(self) -> None:
        """Edit ▸ Suggest tags…: for the chosen resources, or for the results when none is chosen."""
        from resource_desk.gui.suggest_tags_dialog import SuggestTagsDialog

        ids = self.selected_resource_ids()
        dialog = SuggestTagsDialog(self.catalogue, ids or None, None if ids else self.current_query(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()  # its write op tells apply_changes what it changed
        return dialog

    def show_duplicates(self) -> None:
        """View ▸ Possible duplicates…: compare pairs side by side, merge (undoably) or keep both."""
        from resource_desk.gui.duplicates_dialog import DuplicatesDialog

        dialog = DuplicatesDialog(self.catalogue, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()  # its write ops tell apply_changes what they changed

    # -- view ---------------------------------------------------------------------------------------
    def _set_font_size(self, size: float) -> None:
        font = QFont(QApplication.font())
        font.setPointSizeF(max(8.0, min(size, 28.0)))
        QApplication.setFont(font)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)

    def zoom(self, step: int) -> None:
        settings = app_settings()
        base = settings.value("main/base_font_size", 0, type=float) or QApplication.font().pointSizeF()
        settings.setValue("main/base_font_size", base)
        current = QApplication.font().pointSizeF()
        size = base if step == 0 else current + step
        self._set_font_size(size)
        settings.setValue("main/font_size", QApplication.font().pointSizeF())

    def about(self) -> None:
        QMessageBox.about(self, "About Resource Desk",
                          f"<h3>Resource Desk {__version__}</h3><p>An offline catalogue of community resources "
                          "and referral sheets for psychotherapists. No client data is kept.</p>"
                          f"<p>Catalogue: {self.catalogue.path}</p>")
