"""The tag manager: the vocabulary by facet with counts; add, rename, merge, recolor, delete, aliases.

Each change is a step of the window's undo history (gui/undo.py); Ctrl+Z works here too.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from resource_desk.core.database import Catalogue
from resource_desk.core.records import FACET_LABELS, TagRecord
from resource_desk.core.resources import NotFound
from resource_desk.core.snapshots import Snapshot
from resource_desk.core.tags import FACETS, TagError, list_tags
from resource_desk.core.text import fold
from resource_desk.core.undoable import (
    add_tag,
    delete_tags,
    merge_tags,
    recolor_tags,
    rename_tag,
    set_aliases,
    set_keywords,
)
from resource_desk.gui.common import APP_TITLE, ERROR_COLOR, format_number, swatch
from resource_desk.gui.labels import value_label
from resource_desk.gui.sensitive_check import SensitiveCheck
from resource_desk.gui.undo import SnapshotCommand, history_of, push
from resource_desk.gui.worker import Changes
from resource_desk.gui.i18n import said, tr

TAG_ROLE = Qt.ItemDataRole.UserRole + 1
NAME, COUNT, ALIASES = range(3)


class NewTagDialog(QDialog):
    """Asks for a new tag's group and name."""

    def __init__(self, facet: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("New tag"))
        form = QFormLayout(self)
        self.facet = QComboBox()
        for key in FACETS:
            self.facet.addItem(value_label(FACET_LABELS, key), key)
        if facet:
            self.facet.setCurrentIndex(max(self.facet.findData(facet), 0))
        self.facet.setAccessibleName(tr("Group"))
        form.addRow(tr("&Group:"), self.facet)
        self.name = QLineEdit()
        self.name.setAccessibleName(tr("Tag name"))
        form.addRow(tr("&Name:"), self.name)
        self.error = QLabel()
        self.error.setStyleSheet(f"color: {ERROR_COLOR}; font-weight: bold;")
        self.error.setVisible(False)
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.name.setFocus()

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(True)
        self.name.setFocus()


class MergeTagsDialog(QDialog):
    """Asks which of the chosen tags survives a merge."""

    def __init__(self, tags: list[TagRecord], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("Merge tags"))
        self.tags = tags
        layout = QVBoxLayout(self)
        names = ", ".join(f"“{t.name}”" for t in tags)
        intro = QLabel(tr("Merge {names} into one tag.\n\nEvery resource that carries any of them will carry the "
                          "surviving tag; the other names become its aliases, so imports keep matching them.").format(
                              names=names))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.survivor = QComboBox()
        self.survivor.setAccessibleName(tr("Surviving tag"))
        for tag in sorted(tags, key=lambda t: -t.resource_count):
            count = tr("%Ln resource(s)", "", tag.resource_count)
            self.survivor.addItem(swatch(tag.color), f"{tag.name} ({count})", tag.id)
        form.addRow(tr("&Keep:"), self.survivor)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("&Merge"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def survivor_id(self) -> str:
        return self.survivor.currentData()


class TagManager(QDialog):
    """Manage the tag vocabulary; ``tags_changed`` fires after every change."""

    tags_changed = Signal()

    def __init__(self, catalogue: Catalogue, parent: QWidget | None = None):
        super().__init__(parent)
        self.catalogue = catalogue
        self.setWindowTitle(tr("Tags"))
        self.setObjectName("TagManager")
        self.changed = False
        self._records: dict[str, TagRecord] = {}
        self._loading = False
        self.merge_dialog: MergeTagsDialog | None = None
        history = history_of(parent)
        if history is not None:
            history.add_actions_to(self)

        layout = QVBoxLayout(self)
        intro = QLabel(tr("Tags say who a resource serves and what it offers. Renaming keeps the old name as an "
                       "alias, so imported lists that use it still match."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(tr("Find a tag…"))
        self.filter.setAccessibleName(tr("Find a tag"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._apply_filter)
        layout.addWidget(self.filter)

        body = QHBoxLayout()
        self.tree = QTreeWidget()
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([tr("Tag"), tr("Resources"), tr("Aliases")])
        self.tree.setAccessibleName(tr("Tags"))
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COUNT, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.tree.itemChanged.connect(self._renamed_inline)
        self.tree.itemDoubleClicked.connect(self._double_clicked)
        body.addWidget(self.tree, 1)

        buttons = QVBoxLayout()
        self.add_button = QPushButton(tr("&Add…"))
        self.rename_button = QPushButton(tr("&Rename…"))
        self.merge_button = QPushButton(tr("&Merge… (Ctrl+click two or more)"))
        self.color_button = QPushButton(tr("&Color…"))
        self.aliases_button = QPushButton(tr("A&liases…"))
        self.keywords_button = QPushButton(tr("&Keywords…"))
        self.keywords_button.setToolTip(tr("Words that suggest this tag when a resource's name, description, "
                                        "eligibility or source categories hold them (any language)"))
        self.delete_button = QPushButton(tr("&Delete…"))
        for button, slot in ((self.add_button, self.add), (self.rename_button, self.rename),
                             (self.merge_button, self.merge), (self.color_button, self.recolor),
                             (self.aliases_button, self.edit_aliases), (self.keywords_button, self.edit_keywords),
                             (self.delete_button, self.delete)):
            button.clicked.connect(slot)
            button.setAutoDefault(False)
            buttons.addWidget(button)
        self.merge_button.setToolTip(tr("Select two or more tags of the same group (Ctrl+click), then Merge"))
        self.sensitive = SensitiveCheck(catalogue)  # left off discreet sheets
        buttons.addWidget(self.sensitive)
        buttons.addStretch(1)
        body.addLayout(buttons)
        layout.addLayout(body, 1)

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.resize(720, 560)
        self.reload()

    # -- listing --------------------------------------------------------------------------
    def reload(self, select: list[str] | None = None) -> None:
        keep = select if select is not None else [t.id for t in self.selected()]
        self._loading = True
        try:
            self.tree.clear()
            self._records.clear()
            groups: dict[str, QTreeWidgetItem] = {}
            for tag in list_tags(self.catalogue):
                group = groups.get(tag.facet)
                if group is None:
                    group = QTreeWidgetItem(self.tree, [tr(FACET_LABELS[tag.facet]) if tag.facet in FACET_LABELS
                                                        else tag.facet.title()])
                    group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                    font = group.font(NAME)
                    font.setBold(True)
                    group.setFont(NAME, font)
                    group.setExpanded(True)
                    groups[tag.facet] = group
                # Aliases can hold commas ("Gay, Lesbian, Bisexual, …"): semicolons keep them apart.
                item = QTreeWidgetItem(group, [tag.name, format_number(tag.resource_count), "; ".join(tag.aliases)])
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable)
                item.setIcon(NAME, swatch(tag.color, 14))
                item.setData(NAME, TAG_ROLE, tag.id)
                item.setTextAlignment(COUNT, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                item.setToolTip(ALIASES, "\n".join(tag.aliases))
                self._records[tag.id] = tag
                if tag.id in keep:
                    item.setSelected(True)
        finally:
            self._loading = False
        self._apply_filter(self.filter.text())
        self._update_buttons()

    def item_for(self, tag_id: str) -> QTreeWidgetItem | None:
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            for j in range(group.childCount()):
                if group.child(j).data(NAME, TAG_ROLE) == tag_id:
                    return group.child(j)
        return None

    def select(self, tag_ids: list[str]) -> None:
        self.tree.clearSelection()
        for tag_id in tag_ids:
            item = self.item_for(tag_id)
            if item is not None:
                item.setSelected(True)
                self.tree.setCurrentItem(item, NAME, QItemSelectionModel.SelectionFlag.Select)

    def selected(self) -> list[TagRecord]:
        return [self._records[item.data(NAME, TAG_ROLE)] for item in self.tree.selectedItems()
                if item.data(NAME, TAG_ROLE) in self._records]

    def _current_facet(self) -> str | None:
        selected = self.selected()
        if selected:
            return selected[0].facet
        item = self.tree.currentItem()
        if item is not None and item.parent() is None:
            for facet, label in FACET_LABELS.items():
                if tr(label) == item.text(NAME):
                    return facet
        return None

    def _update_buttons(self) -> None:
        selected = self.selected()
        one = len(selected) == 1
        self.rename_button.setEnabled(one)
        self.color_button.setEnabled(bool(selected))
        self.aliases_button.setEnabled(one)
        self.keywords_button.setEnabled(one)
        self.delete_button.setEnabled(bool(selected))
        self.merge_button.setEnabled(len(selected) >= 2 and len({t.facet for t in selected}) == 1)
        self.sensitive.show_for(selected)

    def _apply_filter(self, text: str) -> None:
        key = fold(text)
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            for j in range(group.childCount()):
                item = group.child(j)
                tag = self._records.get(item.data(NAME, TAG_ROLE))
                haystack = fold(item.text(NAME) + " " + " ".join(tag.aliases if tag else ()))
                item.setHidden(bool(key) and key not in haystack)

    def _done_change(self, select: list[str] | None = None, text: str | None = None,
                     before: Snapshot | None = None) -> None:
        if text is not None and before is not None:
            window = self.parent()
            push(window, SnapshotCommand(text, window, self.catalogue, before, Changes(resources=True, tags=True)))
        self.changed = True
        self.reload(select)
        self.tags_changed.emit()

    def _problem(self, message: str) -> None:
        QMessageBox.warning(self, APP_TITLE, message)

    # -- actions ---------------------------------------------------------------------------
    def add(self) -> None:
        dialog = NewTagDialog(self._current_facet(), self)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            try:
                tag, before = add_tag(self.catalogue, dialog.facet.currentData(), dialog.name.text())
            except TagError as exc:
                dialog.show_error(said(exc))
                continue
            self._done_change([tag.id], tr("Add tag “{name}”").format(name=tag.name), before)
            return

    def rename(self) -> None:
        selected = self.selected()
        if len(selected) != 1:
            return
        tag = selected[0]
        name, ok = QInputDialog.getText(self, tr("Rename tag"), tr("New name for “{name}”:").format(name=tag.name),
                                        text=tag.name)
        if ok and name.strip() and name.strip() != tag.name:
            self._rename(tag, name)

    def _rename(self, tag: TagRecord, name: str) -> bool:
        try:
            renamed, before = rename_tag(self.catalogue, tag.id, name, tag.name)
        except (TagError, NotFound) as exc:
            self._problem(said(exc))
            self.reload([tag.id])
            return False
        self._done_change([tag.id], tr("Rename tag “{old}” to “{new}”").format(old=tag.name, new=renamed.name), before)
        return True

    def _renamed_inline(self, item: QTreeWidgetItem, column: int) -> None:
        if self._loading or column != NAME:
            return
        tag = self._records.get(item.data(NAME, TAG_ROLE))
        if tag is None or item.text(NAME).strip() == tag.name:
            return
        if not item.text(NAME).strip():
            self.reload([tag.id])
            return
        self._rename(tag, item.text(NAME))

    def _double_clicked(self, item: QTreeWidgetItem, column: int) -> None:
        if item.data(NAME, TAG_ROLE) and column == ALIASES:
            self.edit_aliases()
        elif item.data(NAME, TAG_ROLE):
            self.tree.editItem(item, NAME)

    def merge(self) -> None:
        selected = self.selected()
        if len(selected) < 2:
            self._problem(tr("Select two or more tags to merge (hold Ctrl and click)."))
            return
        if len({t.facet for t in selected}) != 1:
            self._problem(tr("Only tags of the same group can be merged."))
            return
        dialog = MergeTagsDialog(selected, self)
        dialog.accepted.connect(lambda: self._merge(selected, dialog.survivor_id()))
        dialog.finished.connect(dialog.deleteLater)
        self.merge_dialog = dialog
        dialog.open()

    def _merge(self, tags: list[TagRecord], survivor: str) -> None:
        self.merge_dialog = None
        try:
            _gained, before = merge_tags(self.catalogue, [t.id for t in tags], survivor)
        except (TagError, NotFound) as exc:
            self._problem(said(exc))
            return
        kept = next(t for t in tags if t.id == survivor)
        others = ", ".join(f"“{t.name}”" for t in tags if t.id != survivor)
        self._done_change([survivor], tr("Merge tags {others} into “{kept}”").format(others=others, kept=kept.name),
                          before)

    def recolor(self) -> None:
        selected = self.selected()
        if not selected:
            return
        first = selected[0]
        title = (tr("Color for “{name}”").format(name=first.name) if len(selected) == 1
                 else tr("Color for %Ln tags", "", len(selected)))
        color = QColorDialog.getColor(QColor(first.color or "#888888"), self, title)
        if not color.isValid():
            return
        _n, before = recolor_tags(self.catalogue, [t.id for t in selected], color.name())
        self._done_change([t.id for t in selected], tr("Recolor “{name}”").format(name=first.name) if len(selected) == 1
                          else tr("Recolor %Ln tags", "", len(selected)), before)

    def edit_aliases(self) -> None:
        selected = self.selected()
        if len(selected) != 1:
            return
        tag = selected[0]
        text, ok = QInputDialog.getMultiLineText(
            self, tr("Aliases"), tr("Other names for “{name}”, one per line.\nImported lists that use them get "
                                    "this tag:").format(name=tag.name), "\n".join(tag.aliases))
        if not ok:
            return
        try:
            _record, before = set_aliases(self.catalogue, tag.id, [line for line in text.splitlines() if line.strip()])
        except (TagError, NotFound) as exc:
            self._problem(said(exc))
            return
        self._done_change([tag.id], tr("Aliases of “{name}”").format(name=tag.name), before)

    def edit_keywords(self) -> None:
        selected = self.selected()
        if len(selected) != 1:
            return
        tag = selected[0]
        text, ok = QInputDialog.getMultiLineText(
            self, tr("Keywords"), tr("Words and phrases that suggest “{name}”, one per line, in any language.\n"
                                     "Suggest tags… offers this tag for resources whose text holds one:").format(
                                         name=tag.name),
            "\n".join(tag.keywords))
        if not ok:
            return
        try:
            _record, before = set_keywords(self.catalogue, tag.id,
                                           [line for line in text.splitlines() if line.strip()])
        except (TagError, NotFound) as exc:
            self._problem(said(exc))
            return
        self._done_change([tag.id], tr("Keywords of “{name}”").format(name=tag.name), before)

    def delete(self) -> None:
        selected = self.selected()
        if not selected:
            return
        carried = sum(t.resource_count for t in selected)
        if len(selected) == 1:
            tag = selected[0]
            question = tr("Delete the tag “{name}”?\n\n%Ln resource(s) carry it; they keep everything else.", "",
                          tag.resource_count).format(name=tag.name)
        else:
            names = ", ".join(f"“{t.name}”" for t in selected)
            question = tr("Delete %Ln tags: {names}?\n\n{carried}", "", len(selected)).format(
                names=names, carried=tr("They are on %Ln resource(s) in all; those keep everything else.", "", carried))
        answer = QMessageBox.question(self, tr("Delete tag"), question,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        _carried, before = delete_tags(self.catalogue, [t.id for t in selected])
        self._done_change([], tr("Delete tag “{name}”").format(name=selected[0].name) if len(selected) == 1
                          else tr("Delete %Ln tags", "", len(selected)), before)

    def keyPressEvent(self, event) -> None:
        if event.matches(QKeySequence.StandardKey.Delete) and self.tree.hasFocus():
            self.delete()
            return
        super().keyPressEvent(event)
