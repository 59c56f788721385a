"""The import wizard's "Suggested tags" step: the tags the rows' own words suggest.

The duplicates step's dry run has already read the whole file; its result lists each
suggested tag with how many rows it would reach, a few example names and the words that
suggested it. Nothing is ticked until the person says so: a suggestion is a question, and a
wrong tag on a resource misleads every search after it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout

from resource_desk.core.database import Catalogue
from resource_desk.gui.import_wizard.state import ImportState, StatePage
from resource_desk.gui.common import format_number
from resource_desk.gui.i18n import said, tr

KEY_ROLE = Qt.ItemDataRole.UserRole


class SuggestionsPage(StatePage):
    def __init__(self, state: ImportState, catalogue: Catalogue):
        super().__init__(state, catalogue)
        self.setTitle(tr("Suggested tags"))
        self.setSubTitle(tr("Tags that the rows' own words (name, description, eligibility, source categories) "
                         "suggest. Tick the ones to add to those rows; the others are left out."))
        self.list = QListWidget()
        self.list.setAlternatingRowColors(True)
        self.list.itemChanged.connect(self._toggled)
        self.count = QLabel()
        self.tick_all = QPushButton(tr("Tick &all"))
        self.untick_all = QPushButton(tr("&Untick all"))
        self.tick_all.clicked.connect(lambda: self._set_all(Qt.CheckState.Checked))
        self.untick_all.clicked.connect(lambda: self._set_all(Qt.CheckState.Unchecked))
        buttons = QHBoxLayout()
        buttons.addWidget(self.count, 1)
        buttons.addWidget(self.tick_all)
        buttons.addWidget(self.untick_all)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)

    def initializePage(self) -> None:
        state = self.state
        result = state.dry_result
        self.list.blockSignals(True)
        self.list.clear()
        for tag in result.suggestions if result is not None else ():
            rows = tr("%Ln row(s)", "", tag.count)
            item = QListWidgetItem(tr("{tag}  —  {rows}, e.g. {examples}").format(
                tag=tag.key, rows=rows, examples="; ".join(tag.examples[:3])))
            item.setData(KEY_ROLE, tag.key)
            item.setToolTip("\n".join(f"{name}: {said(why)}" for name, why in zip(tag.examples, tag.evidence)))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if tag.key in state.accept_suggestions
                               else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self._say()

    def _toggled(self, item: QListWidgetItem) -> None:
        key = item.data(KEY_ROLE)
        accepted = self.state.accept_suggestions
        if item.checkState() == Qt.CheckState.Checked:
            accepted.add(key)
        else:
            accepted.discard(key)
        self._say()

    def _set_all(self, state: Qt.CheckState) -> None:
        for row in range(self.list.count()):
            self.list.item(row).setCheckState(state)

    def _say(self) -> None:
        ticked = sum(self.list.item(r).checkState() == Qt.CheckState.Checked for r in range(self.list.count()))
        self.count.setText(tr("{ticked} of %Ln suggested tag(s) will be added.", "", self.list.count()).format(
            ticked=format_number(ticked)))
