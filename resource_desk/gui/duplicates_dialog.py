"""View ▸ Possible duplicates…: pairs of resources that look alike, side by side, for the
person to decide — merge one into the other (undoable), or say they are not duplicates.

The list and every change run off the GUI thread through the one runner (gui/worker.py: a
ReadOp for the list, a WriteOp for each change); the dialog holds plain records only. After
a change the WriteOp tells the main window what changed, and it refreshes its results.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from resource_desk.core.database import Catalogue
from resource_desk.core.duplicates import (
    DuplicateError,
    DuplicatePair,
    DuplicateSide,
    MergeRecord,
    find_duplicates,
    list_merges,
    merge_resources,
    undo_merge,
)
from resource_desk.core.errors import NotFound
from resource_desk.core.records import KIND_LABELS, STATUS_LABELS
from resource_desk.core.undoable import dismiss_pair
from resource_desk.gui.common import APP_TITLE, ERROR_COLOR, format_date, language_label
from resource_desk.gui.labels import value_label
from resource_desk.gui.undo import MergeCommand, SnapshotCommand, push
from resource_desk.gui.worker import Changes, ReadOp, WriteOp
from resource_desk.gui.i18n import QT_TR_NOOP, said, tr

DIFFERENT_BACKGROUND = QColor("#fff1c2")  # a soft yellow behind the lines where the two differ
DIFFERENT_MARK = "≠ "


def _shortened(text: str | None, limit: int = 280) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def _lines(values: tuple[str, ...]) -> str:
    return "\n".join(said(value) for value in values) if values else "—"


# What the comparison shows, one row each: a label and how to read it from a side.
ROWS: tuple[tuple[str, Callable[[DuplicateSide], str]], ...] = (
    (QT_TR_NOOP("Name"), lambda s: s.name),
    (QT_TR_NOOP("Organization"), lambda s: s.organization or "—"),
    (QT_TR_NOOP("Kind"), lambda s: value_label(KIND_LABELS, s.kind)),
    (QT_TR_NOOP("Status"), lambda s: value_label(STATUS_LABELS, s.status)),
    (QT_TR_NOOP("Phones"), lambda s: _lines(s.phones)),
    (QT_TR_NOOP("Addresses"), lambda s: _lines(s.addresses)),
    (QT_TR_NOOP("Web site"), lambda s: s.website or "—"),
    (QT_TR_NOOP("Email"), lambda s: s.email or "—"),
    (QT_TR_NOOP("Languages"), lambda s: ", ".join(language_label(c) for c in s.languages) or "—"),
    (QT_TR_NOOP("Tags"), lambda s: _lines(tuple(t.partition(":")[2] for t in s.tags))),
    (QT_TR_NOOP("Source categories"), lambda s: _lines(s.source_categories)),
    (QT_TR_NOOP("Saved lists"), lambda s: _lines(s.saved_lists)),
    (QT_TR_NOOP("Last verified"), lambda s: format_date(s.last_verified) or tr("never verified")),
    (QT_TR_NOOP("Description"), lambda s: _shortened(s.description) or "—"),
)
# Rows compared by something other than what they show: phones by their numbers, not
# by how each record writes them.
COMPARED_BY: dict[str, Callable[[DuplicateSide], object]] = {"Phones": lambda s: s.phone_keys}


class DuplicatesDialog(QDialog):
    """Possible duplicates; ``changed`` fires after a merge, an undo or "Not duplicates"."""

    changed = Signal()
    loaded = Signal()  # the list of pairs was (re)read

    def __init__(self, catalogue: Catalogue, parent: QWidget | None = None):
        super().__init__(parent)
        self.catalogue = catalogue
        self.pairs: list[DuplicatePair] = []
        self.last_merge: MergeRecord | None = None  # the newest merge not undone
        self.busy = False  # a change is being written: one at a time
        self.loading = False
        self._generation = 0
        self.setWindowTitle(tr("Possible duplicates"))
        self.setObjectName("duplicates_dialog")
        self.resize(1180, 700)

        intro = QLabel(tr("Resources that look alike: the same phone number, web site or address and a close name. "
                       "Compare them and decide — merge one into the other (you can undo it), or keep both."))
        intro.setWordWrap(True)
        self.count_label = QLabel()
        self.count_label.setAccessibleName(tr("Number of possible duplicates"))

        self.pair_list = QListWidget()
        self.pair_list.setAccessibleName(tr("Possible duplicates"))
        self.pair_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.pair_list.setWordWrap(True)
        self.pair_list.setAlternatingRowColors(True)
        self.pair_list.currentRowChanged.connect(self._show_pair)

        self.reason_label = QLabel()
        self.reason_label.setWordWrap(True)
        self.reason_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.reason_label.font()
        font.setBold(True)
        self.reason_label.setFont(font)
        self.warning_label = QLabel()
        self.warning_label.setWordWrap(True)
        self.warning_label.setStyleSheet(f"color: {ERROR_COLOR}; font-weight: bold;")
        self.warning_label.setVisible(False)
        self.comparison = QTableWidget(len(ROWS), 3)
        self.comparison.setAccessibleName(tr("The two resources side by side"))
        self.comparison.setHorizontalHeaderLabels(["", tr("Left"), tr("Right")])
        self.comparison.verticalHeader().setVisible(False)
        self.comparison.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.comparison.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.comparison.setWordWrap(True)
        self.comparison.setTabKeyNavigation(False)
        header = self.comparison.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.legend = QLabel(DIFFERENT_MARK + tr("marks (on a yellow ground) what differs between the two."))
        self.legend.setWordWrap(True)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.reason_label)
        right_layout.addWidget(self.warning_label)
        right_layout.addWidget(self.comparison, 1)
        right_layout.addWidget(self.legend)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.pair_list)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([330, 850])

        self.keep_left_button = QPushButton(tr("Keep &left, merge right into it"))
        self.keep_left_button.setToolTip(tr("Keep the left resource; move the right one's phones, addresses, tags and "
                                         "list entries onto it and fill its empty fields; then delete the right one"))
        self.keep_left_button.clicked.connect(lambda: self.merge(keep_left=True))
        self.keep_right_button = QPushButton(tr("Keep &right, merge left into it"))
        self.keep_right_button.setToolTip(tr("Keep the right resource; move the left one's phones, addresses, tags and "
                                          "list entries onto it and fill its empty fields; then delete the left one"))
        self.keep_right_button.clicked.connect(lambda: self.merge(keep_left=False))
        self.not_duplicates_button = QPushButton(tr("&Not duplicates"))
        self.not_duplicates_button.setToolTip(tr("Keep both; this pair is not listed again"))
        self.not_duplicates_button.clicked.connect(self.not_duplicates)
        self.undo_button = QPushButton(tr("&Undo last merge"))
        self.undo_button.clicked.connect(self.undo_last_merge)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(tr("What happened"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        buttons = QHBoxLayout()
        for button in (self.keep_left_button, self.keep_right_button, self.not_duplicates_button):
            buttons.addWidget(button)
        buttons.addSpacing(18)
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.count_label)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self._update_buttons()
        self.reload()

    # -- reading ------------------------------------------------------------------------------------
    def reload(self, select_row: int = 0) -> None:
        """Read the pairs and the last merge again, off the GUI thread."""
        self._generation += 1
        generation = self._generation
        catalogue = self.catalogue
        self.loading = True
        self.count_label.setText(tr("Looking for possible duplicates…"))
        self._update_buttons()

        def work(_progress) -> tuple[list[DuplicatePair], MergeRecord | None]:
            merges = list_merges(catalogue)
            return find_duplicates(catalogue), next((m for m in merges if not m.undone), None)

        def done(result) -> None:
            if generation == self._generation and shiboken6.isValid(self):
                self._show_pairs(*result, select_row=select_row)

        def failed(error: BaseException) -> None:
            if generation == self._generation and shiboken6.isValid(self):
                self.loading = False
                self.count_label.setText(tr("The possible duplicates could not be read."))
                self._say(said(error), error=True)
                self._update_buttons()

        ReadOp(None, work).success(done).failure(failed).run()

    def _show_pairs(self, pairs: list[DuplicatePair], last_merge: MergeRecord | None, select_row: int) -> None:
        self.loading = False
        self.pairs = pairs
        self.last_merge = last_merge
        self.pair_list.blockSignals(True)
        self.pair_list.clear()
        for pair in pairs:
            names = pair.a.name if pair.exact_name else f"{pair.a.name}\n{pair.b.name}"
            flag = tr("\n⚠ different organizations") if pair.different_organizations else ""
            item = QListWidgetItem(f"{names}\n{said(pair.short_reason)}{flag}")
            item.setToolTip(said(pair.reason) + (f"\n{said(pair.warning)}" if pair.warning else ""))
            self.pair_list.addItem(item)
        self.pair_list.blockSignals(False)
        self.count_label.setText(tr("%Ln possible duplicate pair(s)", "", len(pairs)) if pairs else
                                 tr("No possible duplicates: no two resources share a phone, web site or address with "
                                 "a close name (or you have said they are different)."))
        if pairs:
            self.pair_list.setCurrentRow(min(select_row, len(pairs) - 1))
        else:
            self._show_pair(-1)
        self._update_buttons()
        self.loaded.emit()

    def current_pair(self) -> DuplicatePair | None:
        row = self.pair_list.currentRow()
        return self.pairs[row] if 0 <= row < len(self.pairs) else None

    def _show_pair(self, row: int) -> None:
        pair = self.pairs[row] if 0 <= row < len(self.pairs) else None
        self.comparison.clearContents()
        self.comparison.setRowCount(len(ROWS) if pair else 0)
        self.legend.setVisible(pair is not None)
        reason = said(pair.reason) if pair else ""
        self.reason_label.setText(reason[:1].upper() + reason[1:])
        self.warning_label.setText(tr("⚠ These belong to {organizations} — merge them only if they really are one "
                                      "resource.").format(organizations=said(pair.warning))
                                   if pair and pair.warning else "")
        self.warning_label.setVisible(bool(pair and pair.warning))
        self._update_buttons()
        if pair is None:
            return
        for r, (name, read) in enumerate(ROWS):
            left, right = read(pair.a), read(pair.b)
            compare = COMPARED_BY.get(name)
            different = compare(pair.a) != compare(pair.b) if compare else left != right
            cells = [QTableWidgetItem((DIFFERENT_MARK if different else "") + tr(name)), QTableWidgetItem(left),
                     QTableWidgetItem(right)]
            for c, cell in enumerate(cells):
                cell.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                if different:
                    cell.setBackground(QBrush(DIFFERENT_BACKGROUND))
                    cell.setToolTip(tr("{field}: the two differ").format(field=tr(name)))
                    if c == 0:
                        font = QFont(cell.font())
                        font.setBold(True)
                        cell.setFont(font)
                self.comparison.setItem(r, c, cell)
        self.comparison.resizeRowsToContents()

    def differing_fields(self) -> list[str]:
        """The labels of the rows where the two resources differ (what the yellow marks)."""
        rows = range(self.comparison.rowCount())
        return [ROWS[r][0] for r in rows
                if self.comparison.item(r, 0) is not None
                and self.comparison.item(r, 0).text().startswith(DIFFERENT_MARK)]

    def _update_buttons(self) -> None:
        idle = not self.busy and not self.loading
        has_pair = idle and self.current_pair() is not None
        for button in (self.keep_left_button, self.keep_right_button, self.not_duplicates_button):
            button.setEnabled(has_pair)
        self.undo_button.setEnabled(idle and self.last_merge is not None)
        merge = self.last_merge
        self.undo_button.setToolTip(
            tr("Put “{removed}” back, and “{kept}” as it was before the merge").format(
                removed=merge.removed_name, kept=merge.kept_name) if merge else
            tr("No merge to undo"))

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet(f"color: {ERROR_COLOR};" if error else "")
        self.message.setText(text)

    # -- changing ----------------------------------------------------------------------------------
    def _write(self, work: Callable[[], Any], done: Callable[[Any], str],
               then: Callable[[Any], None] | None = None) -> None:
        """Run one change off the GUI thread, then say what it did (and ``then`` the result:
        Edit ▸ Undo learns of it), refresh and reread the list."""
        row = max(self.pair_list.currentRow(), 0)
        self.busy = True
        self._update_buttons()

        def succeeded(result) -> None:
            self.busy = False
            self._say(done(result))
            if then is not None:
                then(result)
            self.changed.emit()
            self.reload(select_row=row)

        def failed(error: BaseException) -> None:
            self.busy = False
            if isinstance(error, (DuplicateError, NotFound)):
                QMessageBox.warning(self, APP_TITLE, said(error))
            else:
                from resource_desk.gui.errors import show_bug

                show_bug(self, error)
            self.reload(select_row=row)

        WriteOp(self, lambda _progress: work(), Changes(resources=True, tags=True, lists=True)) \
            .success(succeeded).failure(failed).run()

    def merge(self, keep_left: bool = True) -> None:
        pair = self.current_pair()
        if pair is None or self.busy:
            return
        keep, remove = (pair.a, pair.b) if keep_left else (pair.b, pair.a)
        if pair.different_organizations:
            answer = QMessageBox.question(
                self, tr("Merge resources of different organizations?"),
                tr("“{keep}” belongs to {keep_organization} and “{remove}” to {remove_organization}.\n\n"
                   "Merge them anyway? “{remove}” is deleted and what it has moves to “{keep}” "
                   "({keep_organization}). You can undo it.").format(
                    keep=keep.name, remove=remove.name, keep_organization=keep.organization,
                    remove_organization=remove.organization),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return
        catalogue, window = self.catalogue, self.parent()

        def undoable(result) -> None:
            push(window, MergeCommand(tr("Merge “{removed}” into “{kept}”").format(
                                          removed=result.removed_name, kept=result.kept_name), window, catalogue,
                                      result.kept_id, result.removed_id, result.merge_id))

        self._write(lambda: merge_resources(catalogue, keep.id, remove.id),
                    lambda result: said(result.summary()) + tr(". “Undo last merge” (or Edit ▸ Undo) puts both back."),
                    undoable)

    def not_duplicates(self) -> None:
        pair = self.current_pair()
        if pair is None or self.busy:
            return
        catalogue, window = self.catalogue, self.parent()

        def undoable(result) -> None:
            _new, before = result
            push(window, SnapshotCommand(tr("Not duplicates: “{a}” and “{b}”").format(a=pair.a.name, b=pair.b.name),
                                         window, catalogue,
                                         before, Changes(resources=True)))

        self._write(lambda: dismiss_pair(catalogue, pair.a.id, pair.b.id),
                    lambda _result: tr("Kept both “{a}” and “{b}”; this pair is not listed again.").format(
                        a=pair.a.name, b=pair.b.name), undoable)

    def undo_last_merge(self) -> None:
        merge = self.last_merge
        if merge is None or self.busy:
            return
        catalogue = self.catalogue
        self._write(lambda: undo_merge(catalogue, merge.id),
                    lambda record: tr("Undid the merge: “{removed}” is back, and “{kept}” is as it was.").format(
                        removed=record.removed_name, kept=record.kept_name))

    # -- closing -----------------------------------------------------------------------------------
    def reject(self) -> None:
        if self.busy:  # a change is being written; it takes a moment
            return
        super().reject()
