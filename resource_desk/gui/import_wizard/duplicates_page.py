"""The import wizard's duplicates page: a dry run (nothing written) lists the rows that match, and the
possible new tags; the person chooses what to do with each."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
)

from resource_desk.core.database import Catalogue
from resource_desk.core.progress import Cancelled
from resource_desk.gui.common import ERROR_COLOR
from resource_desk.gui.import_wizard.state import SUGGESTIONS_PAGE, SUMMARY_PAGE, ImportState, StatePage
from resource_desk.gui.worker import NOTHING, WriteOp
from resource_desk.importing.problems import ImportFileError
from resource_desk.importing.service import ImportResult, run_import
from resource_desk.importing.writer import POLICIES, DuplicateMatch, changes_said
from resource_desk.gui.i18n import QT_TR_NOOP, said, tr

POLICY_LABELS = {"update": QT_TR_NOOP("Update it (fill in and add; never blank anything)"), "skip": QT_TR_NOOP("Skip the row"),
                 "keep-both": QT_TR_NOOP("Keep both")}
ACTION_LABELS = {"update": QT_TR_NOOP("Update"), "skip": QT_TR_NOOP("Skip"), "keep-both": QT_TR_NOOP("Keep both")}


class MatchesModel(QAbstractTableModel):
    HEADERS = (QT_TR_NOOP("Row"), QT_TR_NOOP("In the file"), QT_TR_NOOP("Already in the catalogue"), QT_TR_NOOP("Why"), QT_TR_NOOP("Would change"), QT_TR_NOOP("Do"))

    def __init__(self, matches: tuple[DuplicateMatch, ...], choices: dict[str, str], default: str):
        super().__init__()
        self.matches = list(matches)
        self.choices = choices
        self.default = default

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.matches)

    def columnCount(self, parent=QModelIndex()) -> int:
        return len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(self.HEADERS[section])
        return None

    def action(self, row: int) -> str:
        match = self.matches[row]
        return self.choices.get(match.key, self.default)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        match = self.matches[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == 0:
                return f"{match.file}: {match.row}" if match.file and not match.file.endswith(".csv") else str(match.row)
            if column == 1:
                return match.name
            if column == 2:
                where = tr("earlier in this file") if match.within_file else (match.existing_organization or "")
                return f"{match.existing_name}" + (f" ({where})" if where else "")
            if column == 3:
                return said(match.reason)
            if column == 4:
                return said(changes_said(match.changes)) if match.changes else tr("nothing")
            if column == 5:
                return tr(ACTION_LABELS[self.action(index.row())])
        if role == Qt.ItemDataRole.EditRole and column == 5:
            return self.action(index.row())
        return None

    def flags(self, index):
        flags = super().flags(index)
        if index.column() == 5:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if index.column() != 5 or value not in POLICIES:
            return False
        self.set_action(index.row(), value)
        return True

    def set_action(self, row: int, action: str) -> None:
        match = self.matches[row]
        if action == self.default:
            self.choices.pop(match.key, None)
        else:
            self.choices[match.key] = action
        index = self.index(row, 5)
        self.dataChanged.emit(index, index)

    def set_default(self, default: str) -> None:
        self.beginResetModel()
        self.default = default
        self.choices.clear()
        self.endResetModel()


class _ActionDelegate(QStyledItemDelegate):
    def createEditor(self, parent, option, index):
        box = QComboBox(parent)
        for key, text in ACTION_LABELS.items():
            box.addItem(tr(text), key)
        return box

    def setEditorData(self, editor, index):
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor, model, index):
        model.setData(index, editor.currentData())


class DuplicatesPage(StatePage):
    def __init__(self, state: ImportState, catalogue: Catalogue):
        super().__init__(state, catalogue)
        self.setTitle(tr("Duplicates"))
        self.setSubTitle(tr("Rows that match a resource already in the catalogue (or an earlier row of this file). "
                         "Choose what to do with each; the default changes nothing when a file is imported twice."))
        self.op: WriteOp | None = None
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.counts = QLabel()
        self.counts.setWordWrap(True)
        self.default_box = QComboBox()
        for key, text in POLICY_LABELS.items():
            self.default_box.addItem(tr(text), key)
        self.default_box.currentIndexChanged.connect(self._default_changed)
        self.view = QTableView()
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setItemDelegateForColumn(5, _ActionDelegate(self.view))
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.view.verticalHeader().setVisible(False)
        self.tags = QListWidget()
        self.tags.itemChanged.connect(self._tag_toggled)
        self.problems = QPlainTextEdit()
        self.problems.setReadOnly(True)
        self.model: MatchesModel | None = None
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("When a row matches:")))
        top.addWidget(self.default_box, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addWidget(self.counts)
        layout.addLayout(top)
        layout.addWidget(self.view, 3)
        self.tags_label = QLabel(tr("Possible new tags: values of tag columns (untick to leave them out), and source "
                                 "categories that match no tag (tick one to make a tag of it):"))
        self.tags_label.setWordWrap(True)
        layout.addWidget(self.tags_label)
        layout.addWidget(self.tags, 1)
        layout.addWidget(QLabel(tr("Rows that cannot be imported, and warnings:")))
        layout.addWidget(self.problems, 1)

    def initializePage(self) -> None:
        state = self.state
        self.default_box.blockSignals(True)
        self.default_box.setCurrentIndex(max(0, self.default_box.findData(state.policy)))
        self.default_box.blockSignals(False)
        self.start()

    def start(self) -> None:
        state = self.state
        state.dry_result = None
        self.counts.setText(tr("Reading the whole file to find duplicates (nothing is written)…"))
        self.progress.setValue(0)
        self.progress.show()
        catalogue, path = self.catalogue, state.path
        options = state.options(dry_run=True, collect_matches=True, choices={}, skip_tags=frozenset(),
                                 accept_tags=frozenset(), accept_suggestions=frozenset())
        # A dry run writes in a transaction it rolls back: it waits its turn among the writes.
        self.op = WriteOp(self, lambda progress: run_import(catalogue, path, options, progress.report,
                                                            progress.cancelled), NOTHING)
        self.op.progressing(lambda f, _m: self.progress.setValue(int(f * 1000)))
        self.op.success(self._finished).failure(self._failed).cancelled(lambda: self._failed(Cancelled())).run()
        self.completeChanged.emit()

    def _finished(self, result: ImportResult) -> None:
        state = self.state
        state.dry_result = result
        self.progress.hide()
        self.counts.setText(tr("This file would give: {summary}.").format(summary=f"<b>{said(result.summary())}</b>"))
        state.choices = {k: v for k, v in state.choices.items()}
        self.model = MatchesModel(result.matches, state.choices, state.policy)
        self.view.setModel(self.model)
        self.view.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.tags.blockSignals(True)
        self.tags.clear()
        # Values of tag columns first (ticked), then source categories that map to no tag
        # (unticked: a tag is made of one only when the person asks), most rows first.
        for tag in sorted(result.new_tags, key=lambda t: (t.category, -t.count, t.key)):
            rows = tr("%Ln row(s)", "", tag.count)
            category = tr("source category, ") if tag.category else ""
            item = QListWidgetItem(f"{tag.key}  ({category}{rows})")
            item.setData(Qt.ItemDataRole.UserRole, (tag.key, tag.category))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            ticked = tag.key in state.accept_tags if tag.category else tag.key not in state.skip_tags
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            self.tags.addItem(item)
        self.tags.blockSignals(False)
        self.tags.setVisible(bool(result.new_tags))
        self.tags_label.setVisible(bool(result.new_tags))
        lines = [said(p.line()) for p in result.problems] + [said(p.line()) for p in result.warnings]
        if result.warning_count > len(result.warnings):
            lines.append(tr("… and %Ln more warning(s)", "", result.warning_count - len(result.warnings)))
        self.problems.setPlainText("\n".join(lines) or tr("None."))
        self.completeChanged.emit()

    def _failed(self, error: BaseException) -> None:
        self.progress.hide()
        if isinstance(error, Cancelled):
            self.counts.setText(tr("Stopped."))
        elif isinstance(error, ImportFileError):
            self.counts.setText(f"<span style='color:{ERROR_COLOR}'>{said(error)}</span>")
        else:
            went_wrong = tr("Something went wrong:")
            self.counts.setText(f"<span style='color:{ERROR_COLOR}'>{went_wrong} {said(error)}</span>")

        self.completeChanged.emit()

    def _default_changed(self, _index: int) -> None:
        state = self.state
        state.policy = self.default_box.currentData()
        if self.model is not None:
            self.model.set_default(state.policy)

    def _tag_toggled(self, item: QListWidgetItem) -> None:
        key, category = item.data(Qt.ItemDataRole.UserRole)
        state = self.state
        ticked = item.checkState() == Qt.CheckState.Checked
        if category:
            (state.accept_tags.add if ticked else state.accept_tags.discard)(key)
        else:
            (state.skip_tags.discard if ticked else state.skip_tags.add)(key)

    def isComplete(self) -> bool:
        state = self.state
        return state.dry_result is not None

    def nextId(self) -> int:
        state = self.state
        has = state.dry_result is not None and state.dry_result.suggestions
        return SUGGESTIONS_PAGE if has else SUMMARY_PAGE

    def cleanupPage(self) -> None:
        if self.op is not None and not self.op.wait(0):
            self.op.cancel()
            self.op.wait()
