"""The filter sidebar: tags by facet with counts for the current results, and further filters."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from resource_desk.core.records import (
    COST_LABELS,
    DELIVERY_LABELS,
    FACET_LABELS,
    KIND_LABELS,
    STATUS_LABELS,
    TagRecord,
)
from resource_desk.gui.common import MUTED_COLOR, format_number, language_label, swatch
from resource_desk.gui.i18n import tr

TAG_ID_ROLE = Qt.ItemDataRole.UserRole + 1
FACET_ROLE = Qt.ItemDataRole.UserRole + 2


class FacetTree(QTreeWidget):
    """Two groups ("Who it serves", "What it offers") of checkable tags, each with a count."""

    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setColumnCount(2)
        self.setHeaderHidden(True)
        self.setRootIsDecorated(True)
        self.setUniformRowHeights(True)
        self.setAccessibleName(tr("Tags"))
        self.setAccessibleDescription(tr("Tick tags to show only resources that carry them"))
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self._groups: dict[str, QTreeWidgetItem] = {}
        self._items: dict[str, QTreeWidgetItem] = {}
        self._updating = False
        self.itemChanged.connect(self._item_changed)

    def set_tags(self, tags: Iterable[TagRecord]) -> None:
        """Show this vocabulary, keeping ticks on tags that still exist."""
        ticked = set(self.checked_ids())
        expanded = {facet for facet, group in self._groups.items() if group.isExpanded()} if self._groups else None
        self._updating = True
        try:
            self.clear()
            self._groups.clear()
            self._items.clear()
            for tag in tags:
                group = self._groups.get(tag.facet)
                if group is None:
                    group = QTreeWidgetItem(self, [tr(FACET_LABELS[tag.facet]) if tag.facet in FACET_LABELS
                                                   else tag.facet.title(), ""])
                    group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                    font = group.font(0)
                    font.setBold(True)
                    group.setFont(0, font)
                    group.setData(0, FACET_ROLE, tag.facet)
                    self._groups[tag.facet] = group
                item = QTreeWidgetItem(group, [tag.name, ""])
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                              | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(0, Qt.CheckState.Checked if tag.id in ticked else Qt.CheckState.Unchecked)
                item.setIcon(0, swatch(tag.color))
                item.setData(0, TAG_ID_ROLE, tag.id)
                item.setData(0, FACET_ROLE, tag.facet)
                item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                item.setToolTip(0, f"{tag.name}\n{tag.description}" if tag.description else tag.name)
                self._items[tag.id] = item
            for facet, group in self._groups.items():
                group.setExpanded(expanded is None or facet in expanded)
        finally:
            self._updating = False

    def set_counts(self, counts: dict[str, int]) -> None:
        """Beside each tag, how many results ticking it would show; tags that would show none are greyed."""
        self._updating = True
        try:
            for tag_id, item in self._items.items():
                n = counts.get(tag_id, 0)
                item.setText(1, format_number(n))
                brush = QBrush(MUTED_COLOR) if n == 0 and item.checkState(0) != Qt.CheckState.Checked else QBrush()
                item.setForeground(0, brush)
                item.setForeground(1, QBrush(MUTED_COLOR))
                item.setData(0, Qt.ItemDataRole.AccessibleDescriptionRole, tr("%Ln resource(s)", "", n))
        finally:
            self._updating = False

    def checked_ids(self) -> list[str]:
        return [tag_id for tag_id, item in self._items.items() if item.checkState(0) == Qt.CheckState.Checked]

    def checked_by_facet(self) -> dict[str, list[str]]:
        result: dict[str, list[str]] = {}
        for tag_id, item in self._items.items():
            if item.checkState(0) == Qt.CheckState.Checked:
                result.setdefault(item.data(0, FACET_ROLE), []).append(tag_id)
        return result

    def set_checked(self, tag_id: str, checked: bool = True) -> None:
        item = self._items.get(tag_id)
        if item is not None:
            item.setCheckState(0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def item_for(self, tag_id: str) -> QTreeWidgetItem | None:
        return self._items.get(tag_id)

    def item_named(self, name: str, facet: str | None = None) -> QTreeWidgetItem | None:
        for item in self._items.values():
            if item.text(0) == name and (facet is None or item.data(0, FACET_ROLE) == facet):
                return item
        return None

    def clear_checks(self) -> None:
        self._updating = True
        try:
            for item in self._items.values():
                item.setCheckState(0, Qt.CheckState.Unchecked)
        finally:
            self._updating = False
        self.changed.emit()

    def _item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if not self._updating and column == 0 and item.data(0, TAG_ID_ROLE):
            self.changed.emit()

    def keyPressEvent(self, event) -> None:
        # Enter ticks like Space does: people expect either to work in a list of checkboxes.
        item = self.currentItem()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and item is not None and item.data(0, TAG_ID_ROLE):
            checked = item.checkState(0) == Qt.CheckState.Checked
            item.setCheckState(0, Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)
            return
        super().keyPressEvent(event)


def _choice_combo(any_label: str, labels: dict[str, str], accessible: str) -> QComboBox:
    combo = QComboBox()
    combo.addItem(any_label, None)
    for key, label in labels.items():
        combo.addItem(tr(label), key)
    combo.setAccessibleName(accessible)
    return combo


class FilterPanel(QWidget):
    """Everything the search is narrowed by besides the words typed."""

    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setAccessibleName(tr("Filters"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        heading = QHBoxLayout()
        title = QLabel(tr("<b>Filter by tag</b>"))
        heading.addWidget(title)
        heading.addStretch(1)
        self.clear_button = QPushButton(tr("Clear filters"))
        self.clear_button.setToolTip(tr("Untick every tag and reset the filters below"))
        self.clear_button.clicked.connect(self.clear)
        heading.addWidget(self.clear_button)
        layout.addLayout(heading)

        self.tags = FacetTree()
        self.tags.changed.connect(self.changed)
        layout.addWidget(self.tags, 1)

        self.match_all = QCheckBox(tr("Match all ticked tags"))
        self.match_all.setToolTip(tr("Off: a resource needs any one of the tags ticked in a group.\n"
                                  "On: it needs every tag ticked in a group."))
        self.match_all.toggled.connect(self.changed)
        layout.addWidget(self.match_all)

        more = QGroupBox(tr("More filters"))
        form = QFormLayout(more)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.kind = _choice_combo(tr("Any kind"), KIND_LABELS, tr("Kind"))
        self.language = QComboBox()
        self.language.setAccessibleName(tr("Language"))
        self.language.addItem(tr("Any language"), None)
        self.cost = _choice_combo(tr("Any cost"), COST_LABELS, tr("Cost"))
        self.delivery = _choice_combo(tr("Any way"), DELIVERY_LABELS, tr("Delivery"))
        self.status = _choice_combo(tr("Any open status"), STATUS_LABELS, tr("Status"))
        self.status.setToolTip(tr("“Any open status” leaves out inactive and do-not-refer resources "
                               "unless “Show inactive” is ticked"))
        for label, combo in ((tr("&Kind:"), self.kind), (tr("&Language:"), self.language), (tr("C&ost:"), self.cost),
                             (tr("&Delivery:"), self.delivery), (tr("S&tatus:"), self.status)):
            combo.currentIndexChanged.connect(self.changed)
            form.addRow(label, combo)
        self.show_inactive = QCheckBox(tr("Show &inactive && do-not-refer"))
        self.show_inactive.toggled.connect(self.changed)
        form.addRow(self.show_inactive)

        self.stale = QCheckBox(tr("Not &verified in the last"))
        self.stale_months = QSpinBox()
        self.stale_months.setRange(1, 120)
        self.stale_months.setValue(12)
        self.stale_months.setSuffix(tr(" months"))
        self.stale_months.setAccessibleName(tr("Months since last verified"))
        self.stale_months.setEnabled(False)
        self.stale.toggled.connect(self.stale_months.setEnabled)
        self.stale.toggled.connect(self.changed)
        self.stale_months.valueChanged.connect(lambda _v: self.stale.isChecked() and self.changed.emit())
        form.addRow(self.stale)
        stale_row = QHBoxLayout()
        stale_row.setContentsMargins(24, 0, 0, 0)
        stale_row.addWidget(self.stale_months)
        stale_row.addStretch(1)
        form.addRow(stale_row)
        layout.addWidget(more)

    def set_languages(self, codes: Iterable[str]) -> None:
        current = self.language.currentData()
        self.language.blockSignals(True)
        try:
            self.language.clear()
            self.language.addItem(tr("Any language"), None)
            for code in sorted(codes, key=language_label):
                self.language.addItem(language_label(code), code)
            index = self.language.findData(current) if current else 0
            self.language.setCurrentIndex(max(index, 0))
        finally:
            self.language.blockSignals(False)
        if current and self.language.currentData() != current:
            self.changed.emit()

    def is_filtering(self) -> bool:
        return bool(self.tags.checked_ids()) or any(
            combo.currentIndex() > 0 for combo in (self.kind, self.language, self.cost, self.delivery, self.status)
        ) or self.show_inactive.isChecked() or self.stale.isChecked()

    def clear(self) -> None:
        widgets = (self.kind, self.language, self.cost, self.delivery, self.status, self.show_inactive,
                   self.stale, self.match_all, self.tags)
        for widget in widgets:
            widget.blockSignals(True)
        try:
            for combo in (self.kind, self.language, self.cost, self.delivery, self.status):
                combo.setCurrentIndex(0)
            self.show_inactive.setChecked(False)
            self.stale.setChecked(False)
            self.stale_months.setEnabled(False)
            self.match_all.setChecked(False)
            self.tags.clear_checks()
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        self.changed.emit()

    def query_fields(self) -> dict:
        """The SearchQuery fields these filters set."""

        def chosen(combo: QComboBox) -> tuple[str, ...]:
            value = combo.currentData()
            return (value,) if value else ()

        return {
            "tag_ids": tuple(self.tags.checked_ids()),
            "match_all": self.match_all.isChecked(),
            "kinds": chosen(self.kind),
            "languages": chosen(self.language),
            "costs": chosen(self.cost),
            "deliveries": chosen(self.delivery),
            "statuses": chosen(self.status),
            "include_hidden": self.show_inactive.isChecked(),
            "not_verified_months": self.stale_months.value() if self.stale.isChecked() else None,
        }
