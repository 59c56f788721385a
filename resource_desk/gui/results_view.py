"""The results table's view: columns share the width it has until the person sizes them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QHeaderView, QTableView

from resource_desk.gui.results_model import COST, KIND, LANGUAGES, LAST_VERIFIED, NAME, ORGANIZATION

# Most of the width each column may take and its narrowest useful width; within those it is
# as wide as its content (the rows in sight and its header). Name takes the rest.
_SHARES = {ORGANIZATION: (0.20, 100), KIND: (0.13, 80), COST: (0.10, 60), LANGUAGES: (0.09, 60),
           LAST_VERIFIED: (0.11, 90)}
# A column's content width is measured on this many rows from the top (Qt's default is 1,000:
# every row of the page, a fifth of the start's time on a big catalogue): more than a screenful.
CONTENT_ROWS = 40
# In a narrow table the others give way below their useful widths (cut text shows whole in
# a tooltip), down to NARROWEST, so that Name keeps at least this share.
NAME_AT_LEAST = 0.4
NARROWEST = 36


class ResultsView(QTableView):
    """A table whose columns fit its width (no sideways scrolling) until a column is resized by hand.

    It never asks for ``viewport()`` while the window is built: the first time PySide hands a
    Qt-made widget to Python it looks its type up among every QtWidgets class (about 20 ms
    once per process, before the first paint). Others see the viewport's events through
    ``add_viewport_handler`` instead of an event filter on it, for the same reason.
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self.auto_fit = True
        self._fitting = False
        self._viewport_handlers: list[Callable[[QEvent], bool]] = []
        self._content_widths: dict[int, int] = {}
        self.horizontalHeader().sectionResized.connect(self._section_resized)

    def add_viewport_handler(self, handler: Callable[[QEvent], bool]) -> None:
        """``handler(event)`` sees each event of the viewport (mouse presses and moves on the
        rows) before the table does; True means it handled the event."""
        self._viewport_handlers.append(handler)

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        for handler in self._viewport_handlers:
            if handler(event):
                return True
        return super().viewportEvent(event)

    def _viewport_width(self) -> int:
        """The viewport's width, worked out from the view (see the class docstring)."""
        width = self.maximumViewportSize().width()
        bar = self.verticalScrollBar()
        if bar.isVisibleTo(self):
            width -= bar.sizeHint().width()
        return width

    def setModel(self, model) -> None:  # noqa: N802 - Qt's name
        super().setModel(model)
        header = self.horizontalHeader()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(NARROWEST)
        header.setResizeContentsPrecision(CONTENT_ROWS)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        model.modelReset.connect(self._rows_changed)
        for changed in (model.dataChanged, model.layoutChanged, model.rowsInserted, model.rowsRemoved):
            changed.connect(self._forget_widths)  # a method, not a lambda: Qt drops it with the view
        self._rows_changed()

    def _rows_changed(self) -> None:
        self._content_widths.clear()  # new rows, new content widths
        if self.auto_fit:
            self.fit_columns()

    def _forget_widths(self, *_args) -> None:
        self._content_widths.clear()  # measured again at the next fit

    def _content_width(self, column: int) -> int:
        """The width of a column's header and rows, measured once for each page of rows (a resize
        of the window fits the columns again without measuring them again)."""
        if column not in self._content_widths:
            self._content_widths[column] = max(self.horizontalHeader().sectionSizeFromContents(column).width(),
                                               self.sizeHintForColumn(column))
        return self._content_widths[column]

    def fit_columns(self) -> None:
        if self.model() is None:
            return
        width = self._viewport_width()
        self._fitting = True
        try:
            header = self.horizontalHeader()
            header.setMinimumSectionSize(NARROWEST)  # a restored header state brings back its own
            widths = {}
            for column, (share, minimum) in _SHARES.items():
                widths[column] = max(minimum, min(self._content_width(column), int(width * share)))
            room = width - int(width * NAME_AT_LEAST)
            if sum(widths.values()) > room:
                scale = room / sum(widths.values())
                widths = {column: max(NARROWEST, int(w * scale)) for column, w in widths.items()}
            for column, w in widths.items():
                self.setColumnWidth(column, w)
        finally:
            self._fitting = False

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._content_widths.clear()  # the same rows take another width in another font (zoom)
        super().changeEvent(event)

    def set_auto_fit(self, on: bool) -> None:
        self.auto_fit = on
        if on:
            self.fit_columns()

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self.auto_fit:
            self.fit_columns()

    def _section_resized(self, index: int, _old: int, _new: int) -> None:
        header = self.horizontalHeader()
        if (not self._fitting and index != NAME and self.isVisible()
                and header.sectionResizeMode(index) == QHeaderView.ResizeMode.Interactive
                and (header.underMouse() or header.hasFocus())):
            self.auto_fit = False  # the person sized a column: leave their widths alone
