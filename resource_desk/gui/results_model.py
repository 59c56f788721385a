"""The results table's model: plain ResourceRow records, fetched a page at a time.

Qt asks ``canFetchMore``/``fetchMore`` as the person scrolls towards the end, so a search
that matches 100,000 resources loads only the first page (and the total) until then.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from resource_desk.core.database import Catalogue
from resource_desk.core.languages import language_name
from resource_desk.core.records import (
    COST_LABELS,
    KIND_LABELS,
    STATUS_LABELS,
    ResourceRow,
)
from resource_desk.core.search import SearchPage, SearchQuery, search
from resource_desk.gui.common import MUTED_COLOR, NEVER_VERIFIED_TOOLTIP, NOT_VERIFIED_TOOLTIP, STALE_COLOR, format_date
from resource_desk.gui.i18n import QT_TR_NOOP, tr
from resource_desk.gui.labels import value_label

PAGE_SIZE = 100  # a screenful or three: the first page of each keystroke comes quicker
COLUMNS = (QT_TR_NOOP("Name"), QT_TR_NOOP("Organization"), QT_TR_NOOP("Kind"), QT_TR_NOOP("Cost"),
           QT_TR_NOOP("Languages"), QT_TR_NOOP("Last verified"))  # shown through tr()
NAME, ORGANIZATION, KIND, COST, LANGUAGES, LAST_VERIFIED = range(len(COLUMNS))

# The search's sort key for each column (core.queries.SORT_KEYS).
SORT_OF_COLUMN = {NAME: "name", ORGANIZATION: "organization", KIND: "kind", COST: "cost", LANGUAGES: "languages",
                  LAST_VERIFIED: "verified"}
SORT_TIP = QT_TR_NOOP("Click to sort by {column} ({first} first), again to reverse, a third time for the usual "
                      "order (relevance while words are typed, else name)")

ID_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


class ResultsModel(QAbstractTableModel):
    """Rows of one search, loaded page by page through ``core.search.search``."""

    def __init__(self, catalogue: Catalogue, page_size: int = PAGE_SIZE,
                 searcher: Callable[..., SearchPage] = search, parent=None):
        super().__init__(parent)
        self._catalogue = catalogue
        self._search = searcher
        self.page_size = page_size
        self._query = SearchQuery()
        self._rows: list[ResourceRow] = []
        self._total = 0
        self._italic = QFont()
        self._italic.setItalic(True)

    # -- what the window uses -------------------------------------------------------------
    @property
    def query(self) -> SearchQuery:
        return self._query

    @property
    def total(self) -> int:
        """How many resources the search found (loaded or not)."""
        return self._total

    @property
    def loaded(self) -> int:
        return len(self._rows)

    def set_catalogue(self, catalogue: Catalogue) -> None:
        self._catalogue = catalogue

    def set_query(self, query: SearchQuery) -> None:
        """Run a search and show its first page."""
        self.show_page(query, self._search(self._catalogue, query, limit=self.page_size, offset=0))

    def show_page(self, query: SearchQuery, page: SearchPage) -> None:
        """Show the first page of a search run elsewhere (off the GUI thread, as the person types)."""
        self.beginResetModel()
        self._query = query
        self._rows = list(page.rows)
        self._total = max(page.total, len(self._rows))
        self.endResetModel()

    def reload(self) -> None:
        """The same search again (after a change), with as many rows as were loaded before."""
        page = self._search(self._catalogue, self._query, limit=max(self.page_size, len(self._rows)), offset=0)
        self.beginResetModel()
        self._rows = list(page.rows)
        self._total = max(page.total, len(self._rows))
        self.endResetModel()

    def row_at(self, row: int) -> ResourceRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, resource_id: str) -> int:
        """The row showing that resource among those loaded, else -1."""
        for i, row in enumerate(self._rows):
            if row.id == resource_id:
                return i
        return -1

    # -- Qt's side ----------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or len(self._rows) >= self._total:
            return
        page = self._search(self._catalogue, self._query, limit=self.page_size, offset=len(self._rows),
                            with_total=False)
        known = {row.id for row in self._rows[-self.page_size:]}
        rows = [row for row in page.rows if row.id not in known]
        if not rows:  # the catalogue changed underneath: stop asking
            self._total = len(self._rows)
            return
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()
        if len(page.rows) < self.page_size:
            self._total = len(self._rows)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return tr(COLUMNS[section])
        if role == Qt.ItemDataRole.ToolTipRole:
            first = tr("never verified and oldest") if section == LAST_VERIFIED else "A"
            return tr(SORT_TIP).format(column=tr(COLUMNS[section]).lower(), first=first)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == LAST_VERIFIED and row.stale:
                return STALE_COLOR
            if row.status != "active":
                return MUTED_COLOR
            return None
        if role == Qt.ItemDataRole.FontRole and row.status != "active" and column == NAME:
            return self._italic
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and column == LAST_VERIFIED and row.stale:
            return tr(NOT_VERIFIED_TOOLTIP)
        if role == ID_ROLE:
            return row.id
        if role == ROW_ROLE:
            return row
        return None

    @staticmethod
    def _display(row: ResourceRow, column: int) -> str:
        if column == NAME:
            if row.status != "active":
                return f"{row.name} — {value_label(STATUS_LABELS, row.status)}"
            return row.name
        if column == ORGANIZATION:
            return row.organization or ""
        if column == KIND:
            return value_label(KIND_LABELS, row.kind)
        if column == COST:
            return value_label(COST_LABELS, row.cost) if row.cost else ""
        if column == LANGUAGES:  # compact codes (EN, ES); the tooltip names them
            return ", ".join(code.upper() for code in row.languages)
        if column == LAST_VERIFIED:
            return format_date(row.last_verified) if row.last_verified else tr("Never")
        return ""

    @staticmethod
    def _tooltip(row: ResourceRow, column: int) -> str | None:
        if column == LAST_VERIFIED and row.stale:
            return tr(NOT_VERIFIED_TOOLTIP) if row.last_verified else tr(NEVER_VERIFIED_TOOLTIP)
        if column == NAME:
            text = row.name
            if row.status != "active":
                text += "\n" + tr("Status: {status}").format(status=value_label(STATUS_LABELS, row.status))
            tags = [key.partition(":")[2] for key in row.tags]
            if tags:
                text += tr("\nTags: ") + ", ".join(tags)
            return text
        if column == ORGANIZATION:
            return row.organization
        if column == LANGUAGES and row.languages:
            return ", ".join(language_name(code) for code in row.languages)
        if column in (KIND, COST):  # cut short in a narrow column: shown whole
            return ResultsModel._display(row, column) or None
        return None
