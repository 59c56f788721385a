"""Edit ▸ Suggest tags…: the tags that the chosen resources' own words suggest (or, with
none chosen, the current results'), each with how many resources it would reach, a few
names and the words that suggested it. The person ticks the ones to add; they are added as
one batch that File ▸ Import history… undoes in one action.

Reading and applying run off the GUI thread through the one runner (gui/worker.py): a
ReadOp to suggest, a WriteOp to add.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from resource_desk.core.database import Catalogue
from resource_desk.core.search import SearchQuery
from resource_desk.gui.common import ERROR_COLOR
from resource_desk.gui.undo import SuggestionsCommand, push
from resource_desk.gui.worker import Changes, ReadOp, WriteOp
from resource_desk.core.suggestions import TagSuggestion
from resource_desk.importing.suggested_tags import apply_suggestions, suggest_tags
from resource_desk.gui.i18n import said, tr

ROLE = Qt.ItemDataRole.UserRole


class SuggestTagsDialog(QDialog):
    changed = Signal()  # tags were added: the window refreshes

    def __init__(self, catalogue: Catalogue, resource_ids: list[str] | None, query: SearchQuery | None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.catalogue = catalogue
        self.setWindowTitle(tr("Suggest tags"))
        self.suggestions: list[TagSuggestion] = []
        self.loaded = False
        self.applied = None  # what Add did, once done
        self.count = len(resource_ids) if resource_ids else 0
        self.scope = (tr("the %Ln chosen resource(s)", "", len(resource_ids)) if resource_ids
                      else tr("the resources the search shows"))
        self.intro = QLabel(tr("Tags that the words of {scope} suggest (name, description, eligibility, "
                               "source categories). Tick the ones to add; nothing is added until you press Add.").format(
                                   scope=self.scope))
        self.intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAlternatingRowColors(True)
        self.list.itemChanged.connect(lambda _item: self._update())
        self.status = QLabel(tr("Reading the resources…"))
        self.status.setWordWrap(True)
        self.tick_all = QPushButton(tr("Tick &all"))
        self.tick_all.clicked.connect(lambda: self._set_all(Qt.CheckState.Checked))
        self.untick_all = QPushButton(tr("&Untick all"))
        self.untick_all.clicked.connect(lambda: self._set_all(Qt.CheckState.Unchecked))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.add_button = self.buttons.addButton(tr("&Add ticked tags"), QDialogButtonBox.ButtonRole.ApplyRole)
        self.add_button.clicked.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.tick_all)
        row.addWidget(self.untick_all)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(760, 520)
        self._update()
        ReadOp(None, lambda _progress: suggest_tags(catalogue, query, resource_ids)) \
            .success(self._show).failure(self._failed).run()

    def _show(self, suggestions: list[TagSuggestion]) -> None:
        self.suggestions = suggestions
        self.loaded = True
        self.list.blockSignals(True)
        self.list.clear()
        for n, suggestion in enumerate(suggestions):
            more = "…" if suggestion.count > 3 else ""
            reach = tr("%Ln resource(s)", "", suggestion.count)
            item = QListWidgetItem(f"{suggestion.key}  —  {reach}: "
                                   f"{'; '.join(suggestion.examples[:3])}{more}")
            item.setData(ROLE, n)
            item.setToolTip("\n".join(f"{name}: {said(why)}" for name, why in zip(suggestion.examples,
                                                                                  suggestion.evidence)))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.status.setText(tr("%Ln tag(s) suggested for {scope}.", "", len(suggestions)).format(scope=self.scope)
                            if suggestions else
                            (tr("No tag to suggest for {scope}: its words suggest no tag missing yet.")
                             if self.count == 1 else
                             tr("No tag to suggest for {scope}: their words suggest no tag missing yet.")).format(
                                scope=self.scope))
        self.tick_all.setEnabled(bool(suggestions))
        self.untick_all.setEnabled(bool(suggestions))
        self._update()

    def _failed(self, error: BaseException) -> None:
        self.loaded = True
        self.status.setText(f"<span style='color:{ERROR_COLOR}'>{said(error)}</span>")

    def ticked(self) -> list[TagSuggestion]:
        return [self.suggestions[self.list.item(r).data(ROLE)] for r in range(self.list.count())
                if self.list.item(r).checkState() == Qt.CheckState.Checked]

    def _set_all(self, state: Qt.CheckState) -> None:
        for r in range(self.list.count()):
            self.list.item(r).setCheckState(state)

    def _update(self) -> None:
        ticked = self.ticked() if self.suggestions else []
        reach = len({rid for s in ticked for rid in s.resource_ids})
        self.add_button.setEnabled(bool(ticked))
        self.add_button.setText(tr("&Add {tags} to {resources}").format(
                                    tags=tr("%Ln tag(s)", "", len(ticked)), resources=tr("%Ln resource(s)", "", reach))
                                if ticked else tr("&Add ticked tags"))

    def apply(self) -> None:
        chosen = self.ticked()
        if not chosen:
            return
        self.add_button.setEnabled(False)

        def done(result) -> None:
            self.applied = result
            self.status.setText(tr("Added {tags} to {resources}. Edit ▸ Undo (or File ▸ Import history…) takes them "
                                   "back in one action.").format(tags=tr("%Ln tag(s)", "", result.links),
                                                                 resources=tr("%Ln resource(s)", "", result.resources)))
            if result.batch_id:
                window = self.parent()
                names = ", ".join(s.key.partition(":")[2] for s in chosen)
                push(window, SuggestionsCommand(tr("Add suggested tags {names}").format(names=names), window,
                                                self.catalogue, chosen,
                                                result.batch_id))
            self.changed.emit()
            chosen_keys = {s.key for s in chosen}
            for r in range(self.list.count()):
                item = self.list.item(r)
                if self.suggestions[item.data(ROLE)].key in chosen_keys:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)

        WriteOp(self, lambda _progress: apply_suggestions(self.catalogue, chosen),
                Changes(resources=True, tags=True)) \
            .success(done).failure(self._failed).run()
