"""The browser: the search box, the filters, the lazy results and the chosen resource's details.

A part of the main window (which owns it and puts it in its layout). It searches as the
person types, counts the results per tag off the GUI thread (a ReadOp; a newer search
supersedes an older count), and keeps the selection across reloads. What it shows first
(tags, languages, the first page of results) is read with plain SQL; the ORM services are
imported only when a row's details are needed.
"""

from __future__ import annotations

import logging

import shiboken6
from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from resource_desk.core.database import Catalogue
from resource_desk.core.errors import NotFound
from resource_desk.core.lookups import languages_in_use, resource_total
from resource_desk.core.records import ResourceRow, TagRecord
from resource_desk.core.search import SearchPage, SearchQuery, search, tag_counts_if_ticked
from resource_desk.core.tags import list_tags
from resource_desk.gui.common import app_settings
from resource_desk.gui.detail import DetailPane
from resource_desk.gui.results_model import NAME, SORT_OF_COLUMN, ResultsModel
from resource_desk.gui.results_view import ResultsView
from resource_desk.gui.sidebar import FilterPanel
from resource_desk.gui.worker import Cancelled, ReadOp
from resource_desk.gui.i18n import QT_TR_NOOP, tr

log = logging.getLogger(__name__)

# Keystrokes that arrive in one turn of the event loop make one search (a paste, a test's
# keyClicks); otherwise each keystroke searches at once, off the GUI thread.
SEARCH_DELAY_MS = 0

SORT_LABELS = {"": QT_TR_NOOP("&Usual order (relevance while typing, else name)"), "name": QT_TR_NOOP("&Name"),
               "organization": QT_TR_NOOP("&Organization"), "kind": QT_TR_NOOP("&Kind"), "cost": QT_TR_NOOP("&Cost"),
               "languages": QT_TR_NOOP("&Languages"), "verified": QT_TR_NOOP("Last &verified (oldest first)")}


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


class Browser(QWidget):
    """Search box and tool buttons on top; filters on the left; results above details on the right."""

    selection_changed = Signal(int)  # how many rows are selected (after a click or a new search)
    edit_requested = Signal()  # a double click on a row, or Edit in the details
    counts_ready = Signal()
    typed_search_shown = Signal()  # the first page of what was typed is on screen

    def __init__(self, catalogue: Catalogue, parent: QWidget | None = None):
        super().__init__(parent)
        self.catalogue = catalogue
        self.tags: list[TagRecord] = []
        self._counting: set[ReadOp] = set()  # tag counts in flight (a newer search supersedes them)
        self._count_generation = 0
        self._counts_shown = 0
        self._searching = False
        # The column the results are sorted by ("": relevance with words, name without), remembered.
        self.sort_key = ""
        self.sort_descending = False

        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self._search_as_typed)
        self._typed_generation = 0  # the latest keystroke's search; older ones give up or are dropped
        self._typing: set[ReadOp] = set()  # their searches in flight

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)

        self.tool_row = QHBoxLayout()
        label = QLabel(tr("&Search:"))
        self.search_box = SearchBox()
        self.search_box.setObjectName("search")
        self.search_box.setPlaceholderText(tr("Name, organization, description, tag or language — e.g. trans housing"))
        self.search_box.setAccessibleName(tr("Search resources"))
        self.search_box.setAccessibleDescription(tr("Results follow each keystroke"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setMinimumHeight(30)
        self.search_box.textChanged.connect(lambda _text: self.search_timer.start())
        self.search_box.to_results.connect(self._focus_results)
        label.setBuddy(self.search_box)
        self.tool_row.addWidget(label)
        self.tool_row.addWidget(self.search_box, 1)
        layout.addLayout(self.tool_row)

        self.filters = FilterPanel()
        self.filters.changed.connect(self.run_search)
        self.filters.setMinimumWidth(250)

        self.model = ResultsModel(self.catalogue, parent=self)
        self.table = ResultsView()
        self.table.setObjectName("results")
        self.table.setAccessibleName(tr("Results"))
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
        self.fit_rows()
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionsMovable(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        fit = QAction(tr("Fit columns to the width"), header)
        fit.triggered.connect(lambda: self.table.set_auto_fit(True))
        header.addAction(fit)
        self.sort_menu = self._make_sort_menu()  # the window puts it in View; the header offers it too
        header.addActions(self.sort_menu.actions())
        self._show_sort()
        header.setSectionsClickable(True)
        header.sectionClicked.connect(self._header_clicked)
        self.table.doubleClicked.connect(self._double_clicked)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.model.modelReset.connect(self._selection_changed)

        self.detail = DetailPane()
        self.detail.edit_requested.connect(self.edit_requested)
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

    def add_tool_widget(self, widget: QWidget) -> None:
        """A button beside the search box (the window puts "Add a resource…" and "Add to sheet" there)."""
        self.tool_row.addWidget(widget)

    def tab_chain(self) -> list[QWidget]:
        """The browser's widgets after the search box (and the tool buttons), in tab order."""
        return [self.table, self.detail.browser, self.detail.edit_button, self.detail.reveal_button,
                self.filters.clear_button, self.filters.tags, self.filters.match_all, self.filters.kind,
                self.filters.language, self.filters.cost, self.filters.delivery, self.filters.status,
                self.filters.show_inactive, self.filters.stale, self.filters.stale_months]

    def fit_rows(self) -> None:
        """Row height follows the text size."""
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)

    # -- the catalogue --------------------------------------------------------------------------
    def set_catalogue(self, catalogue: Catalogue) -> None:
        """Another catalogue: the search and filters start afresh (the caller reloads)."""
        self.stop_counting()
        self.catalogue = catalogue
        self.model.set_catalogue(catalogue)
        self.detail.show_resource(None)
        self.search_box.blockSignals(True)
        self.search_box.clear()
        self.search_box.blockSignals(False)
        self.filters.blockSignals(True)
        self.filters.clear()
        self.filters.blockSignals(False)

    def reload(self, select: str | None = None, select_row: int | None = None) -> bool:
        """Reload the tag list and filters, then search again. False when the catalogue is empty."""
        self.tags = list_tags(self.catalogue, with_counts=False)  # the sidebar counts results instead
        self.filters.tags.set_tags(self.tags)
        self.filters.blockSignals(True)
        self.filters.set_languages(languages_in_use(self.catalogue))
        self.filters.blockSignals(False)
        empty = resource_total(self.catalogue) == 0
        self.run_search(select=select, select_row=select_row)
        return not empty

    # -- searching ------------------------------------------------------------------------------
    def current_query(self) -> SearchQuery:
        return SearchQuery(text=self.search_box.text(), sort=self.sort_key, descending=self.sort_descending,
                           **self.filters.query_fields())

    # -- sorting --------------------------------------------------------------------------------
    def _header_clicked(self, column: int) -> None:
        """A new column sorts ascending (last verified: the never verified and oldest first),
        the same one again reverses, a third click goes back to the usual order."""
        key = SORT_OF_COLUMN.get(column, "")
        if key != self.sort_key:
            self.set_sort(key)
        elif not self.sort_descending:
            self.set_sort(key, descending=True)
        else:
            self.set_sort("")

    def set_sort(self, key: str, descending: bool = False) -> None:
        """Sort by this key (``""``: the usual order) and search again, keeping the chosen resource."""
        self.sort_key, self.sort_descending = key, bool(key) and descending
        self._show_sort()
        settings = app_settings()  # remembered at once, not only when the window closes
        settings.setValue("main/sort", self.sort_key)
        settings.setValue("main/sort_descending", self.sort_descending)
        self.run_search()

    def _make_sort_menu(self) -> QMenu:
        """View ▸ Sort results by: the same choices as the headers, for the keyboard."""
        menu = QMenu(tr("&Sort results by"), self)
        group = QActionGroup(menu)
        self._sort_actions: dict[str, QAction] = {}
        for key, label in SORT_LABELS.items():
            action = QAction(tr(label), menu)
            action.setCheckable(True)
            action.triggered.connect(lambda _checked=False, key=key: self.set_sort(
                key, self.sort_descending and key == self.sort_key))
            group.addAction(action)
            menu.addAction(action)
            self._sort_actions[key] = action
        menu.addSeparator()
        self.reverse_sort_action = QAction(tr("&Reverse order"), menu)
        self.reverse_sort_action.setCheckable(True)
        self.reverse_sort_action.triggered.connect(lambda checked: self.set_sort(self.sort_key, checked))
        menu.addAction(self.reverse_sort_action)
        return menu

    def _show_sort(self) -> None:
        self._sort_actions[self.sort_key].setChecked(True)
        self.reverse_sort_action.setEnabled(bool(self.sort_key))
        self.reverse_sort_action.setChecked(self.sort_descending)
        header = self.table.horizontalHeader()
        column = next((c for c, k in SORT_OF_COLUMN.items() if k == self.sort_key), None)
        header.setSortIndicatorShown(column is not None)
        if column is not None:
            header.setSortIndicator(column, Qt.SortOrder.DescendingOrder if self.sort_descending
                                    else Qt.SortOrder.AscendingOrder)

    def run_search(self, select: str | None = None, select_row: int | None = None) -> None:
        """Search now with what the box and the filters say (a search of typing still running is dropped)."""
        self.search_timer.stop()
        self._typed_generation += 1
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

    def _search_as_typed(self) -> None:
        """The first page for the words as they are now, on a worker thread. A newer keystroke
        makes it give up (SQLite stops mid-statement) or, if it has finished, be dropped, so
        the results never wait for a search that no longer matters."""
        self._typed_generation += 1
        self._count_generation += 1  # the counts of the last keystroke give way to this one's page
        generation = self._typed_generation
        query = self.current_query()
        catalogue, page_size = self.catalogue, self.model.page_size

        def superseded() -> bool:
            return generation != self._typed_generation

        def work(_progress):
            if superseded():
                raise Cancelled()
            return search(catalogue, query, limit=page_size, superseded=superseded)

        def show(page: SearchPage) -> None:
            if superseded() or not shiboken6.isValid(self):
                return
            keep = self.current_resource_id()
            self._searching = True
            try:
                self.model.show_page(query, page)
                self._select_id(keep)
            finally:
                self._searching = False
            self._start_counts(query)
            self._selection_changed()
            self.typed_search_shown.emit()

        op = ReadOp(None, work).success(show).failure(lambda error: log.warning("search failed: %s", error))
        self._typing.add(op)
        op.finally_(lambda: self._typing.discard(op)).run()

    @property
    def search_pending(self) -> bool:
        """True while the results do not yet show what the search box says."""
        return self.search_timer.isActive() or self.model.query.text != self.search_box.text()

    def _start_counts(self, query: SearchQuery) -> None:
        """Count per tag how many results ticking it would show, on a worker thread (it can take a few hundred ms on a
        very large catalogue); typing never waits for it, and a newer search supersedes it."""
        self._count_generation += 1
        generation = self._count_generation
        catalogue = self.catalogue

        def superseded() -> bool:
            return generation != self._count_generation

        def work(_progress):
            if superseded():
                raise Cancelled()
            return tag_counts_if_ticked(catalogue, query, superseded=superseded)

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

    def stop_counting(self) -> None:
        """Counts and searches of typing not started give up; those running are waited for
        (before the catalogue closes)."""
        self._count_generation += 1
        self._typed_generation += 1
        for op in list(self._counting) + list(self._typing):
            op.wait(5)

    def clear_search(self) -> None:
        self.search_box.blockSignals(True)
        self.search_box.clear()
        self.search_box.blockSignals(False)
        self.filters.clear()  # runs the search

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def _focus_results(self) -> None:
        if self.search_pending:
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

    def select_row_near(self, row: int) -> None:
        """Select this row, or the last one if there are fewer (after a deletion)."""
        if self.current_row() is None and self.model.rowCount() > 0:
            self._select_row(min(row, self.model.rowCount() - 1))

    def also_select(self, resource_ids: list[str]) -> None:
        """Add these resources (those the results show) to the selection."""
        for resource_id in resource_ids:
            row = self.model.row_of(resource_id)
            if row >= 0:
                self.table.selectionModel().select(
                    self.model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)

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

    def first_selected_row(self) -> int:
        return min((index.row() for index in self.table.selectionModel().selectedRows()), default=0)

    def selected_count(self) -> int:
        return len(self.table.selectionModel().selectedRows()) if self.table.selectionModel() else 0

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self._select_row(index.row())
            self.edit_requested.emit()

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
        selected = self.selected_count()
        if selected == 0 and self.detail.resource is not None and not self._searching:
            self.detail.show_resource(None)
        self.selection_changed.emit(selected)

    # -- layout memory --------------------------------------------------------------------------
    def restore_state(self, settings: QSettings) -> None:
        for key, splitter in (("main/splitter", self.splitter), ("main/results_splitter", self.results_splitter)):
            splitter_state = settings.value(key)
            if splitter_state is not None:
                splitter.restoreState(splitter_state)
        header = settings.value("main/header")
        if header is not None:
            self.table.horizontalHeader().restoreState(header)
            self.table.horizontalHeader().setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.table.set_auto_fit(settings.value("main/fit_columns", True, type=bool))
        key = settings.value("main/sort", "", type=str)
        self.sort_key = key if key in SORT_OF_COLUMN.values() else ""
        self.sort_descending = bool(self.sort_key) and settings.value("main/sort_descending", False, type=bool)
        self._show_sort()

    def save_state(self, settings: QSettings) -> None:
        settings.setValue("main/splitter", self.splitter.saveState())
        settings.setValue("main/results_splitter", self.results_splitter.saveState())
        settings.setValue("main/header", self.table.horizontalHeader().saveState())
        settings.setValue("main/fit_columns", self.table.auto_fit)
        settings.setValue("main/sort", self.sort_key)
        settings.setValue("main/sort_descending", self.sort_descending)
