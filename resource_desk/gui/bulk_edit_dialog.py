"""Edit selected…: one change for many resources — tags to add or remove, kind, cost,
delivery, status, languages, verified today — with a line saying how many it will change.

The dialog only says what to change (``change()``, a core ``BulkChange``); counting runs as
a ReadOp each time the choice changes, and the editing part runs the change as one WriteOp
that Edit ▸ Undo takes back (gui/editing.py).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from resource_desk.core.bulk_edit import BulkChange, BulkEditError, plan
from resource_desk.core.database import Catalogue
from resource_desk.core.languages import language_code, language_name
from resource_desk.core.records import COST_LABELS, DELIVERY_LABELS, FACET_LABELS, KIND_LABELS, STATUS_LABELS
from resource_desk.core.tags import list_tags
from resource_desk.core.text import fold
from resource_desk.gui.common import ERROR_COLOR, format_number
from resource_desk.gui.labels import value_label
from resource_desk.gui.worker import ReadOp
from resource_desk.gui.i18n import said, tr

TAG_ROLE = Qt.ItemDataRole.UserRole
COUNT_DELAY_MS = 120  # recount once the person pauses between ticks


class TagChecklist(QWidget):
    """Tags to tick, with a box that narrows the list."""

    def __init__(self, title: str, tags, on_change: Callable[[], None], parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(title)
        self.find = QLineEdit()
        self.find.setPlaceholderText(tr("Find a tag…"))
        self.find.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        label.setBuddy(self.find)
        for tag in tags:
            item = QListWidgetItem(f"{tag.name}  ({value_label(FACET_LABELS, tag.facet)})")
            item.setData(TAG_ROLE, tag.id)
            item.setToolTip(f"{tag.name} — {value_label(FACET_LABELS, tag.facet)}")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.find.textChanged.connect(self._narrow)
        self.list.itemChanged.connect(lambda _item: on_change())
        layout.addWidget(label)
        layout.addWidget(self.find)
        layout.addWidget(self.list)

    def _narrow(self, text: str) -> None:
        key = fold(text)
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setHidden(bool(key) and key not in fold(item.text()))

    def checked(self) -> tuple[str, ...]:
        return tuple(self.list.item(r).data(TAG_ROLE) for r in range(self.list.count())
                     if self.list.item(r).checkState() == Qt.CheckState.Checked)

    def check(self, tag_id: str, on: bool = True) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(TAG_ROLE) == tag_id:
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)


def _choices(labels: dict[str, str]) -> QComboBox:
    box = QComboBox()
    box.addItem(tr("(leave as it is)"), None)
    for value, label in labels.items():
        box.addItem(tr(label), value)
    return box


class BulkEditDialog(QDialog):
    """``BulkEditDialog(catalogue, ids_or_query_ids, …)``; after OK, ``change()`` says what to do."""

    def __init__(self, catalogue: Catalogue, resource_ids: Callable[[], Sequence[str]], how_many: int,
                 verified_by: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.catalogue = catalogue
        self._resource_ids = resource_ids  # called on a worker: the ids may come from a whole search
        self.how_many = how_many
        self.verified_by = verified_by
        self.will_change: int | None = None  # the last count
        self.count_op: ReadOp | None = None
        self.setWindowTitle(tr("Edit %Ln resource(s)", "", how_many))
        tags = list_tags(catalogue, with_counts=False)

        self.add_tags = TagChecklist(tr("&Add these tags"), tags, self._changed)
        self.remove_tags = TagChecklist(tr("&Remove these tags"), tags, self._changed)
        tag_box = QGroupBox(tr("Tags"))
        grid = QGridLayout(tag_box)
        grid.addWidget(self.add_tags, 0, 0)
        grid.addWidget(self.remove_tags, 0, 1)

        self.kind = _choices(KIND_LABELS)
        self.cost = _choices(COST_LABELS)
        self.delivery = _choices(DELIVERY_LABELS)
        self.status = _choices(STATUS_LABELS)
        self.add_languages = QLineEdit()
        self.add_languages.setPlaceholderText(tr("e.g. Spanish, fr"))
        self.remove_languages = QLineEdit()
        self.verified = QCheckBox(tr("Mark verified &today")
                                  + (" " + tr("(by {name})").format(name=verified_by) if verified_by else ""))
        fields = QFormLayout()
        for label, widget in ((tr("&Kind"), self.kind), (tr("&Cost"), self.cost), (tr("&Delivery"), self.delivery),
                              (tr("&Status"), self.status), (tr("Add &languages"), self.add_languages),
                              (tr("Remove la&nguages"), self.remove_languages)):
            fields.addRow(label, widget)
        fields.addRow("", self.verified)
        for box in (self.kind, self.cost, self.delivery, self.status):
            box.currentIndexChanged.connect(lambda _i: self._changed())
        for edit in (self.add_languages, self.remove_languages):
            edit.textChanged.connect(lambda _t: self._changed())
        self.verified.toggled.connect(lambda _on: self._changed())

        self.count_label = QLabel()
        self.count_label.setAccessibleName(tr("How many resources will change"))
        self.problem = QLabel()
        self.problem.setStyleSheet(f"color: {ERROR_COLOR}")
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(tr("&Change"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(tag_box, 1)
        layout.addLayout(fields)
        layout.addWidget(self.problem)
        layout.addWidget(self.count_label)
        layout.addWidget(self.buttons)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(COUNT_DELAY_MS)
        self.timer.timeout.connect(self._count)
        self.resize(640, 620)
        self._changed()

    # -- what to change -------------------------------------------------------------------------
    def _languages(self, edit: QLineEdit) -> tuple[str, ...]:
        codes = []
        for part in edit.text().replace(";", ",").split(","):
            if not part.strip():
                continue
            code = language_code(part)
            if code is None:
                raise BulkEditError(tr("Unknown language “{name}”: write its name or code (Spanish, es).").format(
                    name=part.strip()))
            codes.append(code)
        return tuple(dict.fromkeys(codes))

    def change(self) -> BulkChange:
        """What the dialog says to do (BulkEditError when it says something impossible)."""
        return BulkChange(
            add_tags=self.add_tags.checked(), remove_tags=self.remove_tags.checked(),
            kind=self.kind.currentData(), cost=self.cost.currentData(), delivery=self.delivery.currentData(),
            status=self.status.currentData(), add_languages=self._languages(self.add_languages),
            remove_languages=self._languages(self.remove_languages),
            verified=date.today() if self.verified.isChecked() else None,
            verified_by=self.verified_by if self.verified.isChecked() else None)

    def describe(self) -> str:
        """The change in a few words, for Edit ▸ Undo ("Undo Edit 30 resources: add Food")."""
        change = self.change()
        parts = []
        names = {self.add_tags.list.item(r).data(TAG_ROLE): self.add_tags.list.item(r).text().split("  (")[0]
                 for r in range(self.add_tags.list.count())}
        if change.add_tags:
            parts.append(tr("add ") + ", ".join(names[t] for t in change.add_tags))
        if change.remove_tags:
            parts.append(tr("remove ") + ", ".join(names[t] for t in change.remove_tags))
        for what, said, labels in (("kind", tr("kind"), KIND_LABELS), ("cost", tr("cost"), COST_LABELS),
                                   ("delivery", tr("delivery"), DELIVERY_LABELS), ("status", tr("status"), STATUS_LABELS)):
            value = getattr(change, what)
            if value is not None:
                parts.append(f"{said} {value_label(labels, value)}")
        if change.add_languages:
            parts.append(tr("add ") + ", ".join(tr(language_name(c)) for c in change.add_languages))
        if change.remove_languages:
            parts.append(tr("remove ") + ", ".join(tr(language_name(c)) for c in change.remove_languages))
        if change.verified:
            parts.append(tr("verified today"))
        return "; ".join(parts)

    # -- the count --------------------------------------------------------------------------------
    def _changed(self) -> None:
        try:
            change = self.change()
        except BulkEditError as exc:
            self.problem.setText(said(exc))
            self.problem.show()
            self.ok_button.setEnabled(False)
            self.count_label.setText("")
            return
        self.problem.hide()
        if not change:
            self.will_change = None
            self.ok_button.setEnabled(False)
            self.count_label.setText(tr("Choose what to change in the %Ln resource(s).", "", self.how_many))
            return
        self.ok_button.setEnabled(True)  # the count is news, not a gate: thousands take a few seconds
        self.count_label.setText(tr("Counting which of the %Ln resource(s) will change…", "", self.how_many))
        self.timer.start()

    def _count(self) -> None:
        try:
            change = self.change()
        except BulkEditError:
            return
        catalogue, ids = self.catalogue, self._resource_ids
        asked = change
        if self.count_op is not None and not self.count_op.finished:
            self.count_op.cancel()  # its question is out of date

        def shown(count: int) -> None:
            try:
                current = self.change()
            except BulkEditError:
                return
            if current != asked:
                return  # a newer count is on its way
            self.will_change = count
            if count:
                self.count_label.setText(tr("{count} of %Ln resource(s) will change.", "", self.how_many).format(
                    count=format_number(count)))
            else:
                self.count_label.setText(tr("None of the %Ln resource(s) would change: they have this already.",
                                            "", self.how_many))
            self.ok_button.setEnabled(count > 0)

        self.count_op = ReadOp(self, lambda progress: plan(catalogue, ids(), change, progress).changed) \
            .success(shown).run()
