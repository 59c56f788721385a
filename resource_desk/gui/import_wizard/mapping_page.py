"""The import wizard's columns page: each column to a field, with a live preview; saved mappings."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from resource_desk.core.database import Catalogue
from resource_desk.core.records import FACET_LABELS, PHONE_KIND_LABELS
from resource_desk.gui.labels import value_label
from resource_desk.gui.import_wizard.preview import fill_preview
from resource_desk.gui.import_wizard.state import ImportState, StatePage
from resource_desk.importing.mapping import (
    FIELDS,
    PHONE_KINDS,
    ColumnRule,
    Mapping,
    load_mapping_file,
    save_mapping,
    saved_mappings,
)
from resource_desk.importing.problems import ImportFileError
from resource_desk.importing.service import inspect_file
from resource_desk.gui.i18n import QT_TR_NOOP, said, tr


class MappingPage(StatePage):
    COLUMNS = (QT_TR_NOOP("Column"), QT_TR_NOOP("First values"), QT_TR_NOOP("Imported as"), QT_TR_NOOP("Detail"))

    def __init__(self, state: ImportState, catalogue: Catalogue):
        super().__init__(state, catalogue)
        self.setTitle(tr("Columns"))
        self.setSubTitle(tr("Each column goes to a field. Yes/no columns can stand for a tag or a language. The "
                         "preview below shows the first rows as they will be stored."))
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels([tr(c) for c in self.COLUMNS])
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.preview = QTableWidget(0, 0)
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.saved_box = QComboBox()
        self.saved_box.activated.connect(self._use_saved)
        self.save_name = QLineEdit()
        self.save_name.setPlaceholderText(tr("Name for this mapping"))
        save = QPushButton(tr("&Save mapping"))
        save.clicked.connect(self.save)
        write = QPushButton(tr("&Write to file…"))
        write.clicked.connect(self.write_file)
        load = QPushButton(tr("&Open file…"))
        load.clicked.connect(self.load_file)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(tr("Saved mappings:")))
        bar.addWidget(self.saved_box, 1)
        bar.addWidget(load)
        bar.addWidget(self.save_name, 1)
        bar.addWidget(save)
        bar.addWidget(write)
        self.status = QLabel()
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        holder = QWidget()
        inner = QVBoxLayout(holder)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(QLabel(tr("Preview (first rows as they will be stored):")))
        inner.addWidget(self.preview)
        splitter.addWidget(holder)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.refresh_preview)
        self._building = False

    def initializePage(self) -> None:
        self.saved_box.clear()
        self.saved_box.addItem("—", None)
        for name in saved_mappings(self.catalogue):
            self.saved_box.addItem(name, name)
        self._build()

    def _build(self) -> None:
        state = self.state
        found = state.inspection
        mapping = found.mapping if found else None
        self._building = True
        self.table.setRowCount(0)
        if found is None or mapping is None:
            self._building = False
            return
        self.table.setRowCount(len(found.headers))
        for row, header in enumerate(found.headers):
            item = QTableWidgetItem(header)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, 0, item)
            values = [cells[row] for _, cells in found.sample[:5] if row < len(cells) and cells[row].strip()]
            sample = QTableWidgetItem(" · ".join(v.replace("\n", " ")[:40] for v in values[:3]))
            sample.setFlags(sample.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, 1, sample)
            rule = mapping.rule_for(header) or ColumnRule(header, "ignore")
            box = QComboBox()
            for key, text in FIELDS.items():
                box.addItem(tr(text), key)
            box.setCurrentIndex(max(0, box.findData(rule.field)))
            box.currentIndexChanged.connect(lambda _i, r=row: self._field_changed(r))
            self.table.setCellWidget(row, 2, box)
            self.table.setCellWidget(row, 3, self._detail_editor(rule, row))
        self.table.resizeColumnToContents(0)
        self.table.setColumnWidth(2, 260)
        self.table.setColumnWidth(3, 200)
        self._building = False
        self._show_preview()

    def _detail_editor(self, rule: ColumnRule, row: int) -> QWidget:
        if rule.field == "phones":
            box = QComboBox()
            for kind in PHONE_KINDS:
                box.addItem(value_label(PHONE_KIND_LABELS, kind), kind)
            box.setCurrentIndex(max(0, box.findData(rule.param or "voice")))
            box.currentIndexChanged.connect(lambda _i: self._changed())
            return box
        if rule.field == "tags":
            box = QComboBox()
            for facet, text in (("", tr("either facet")), ("identity", value_label(FACET_LABELS, "identity")),
                                ("need", value_label(FACET_LABELS, "need"))):
                box.addItem(text, facet)
            box.setCurrentIndex(max(0, box.findData(rule.param or "")))
            box.currentIndexChanged.connect(lambda _i: self._changed())
            return box
        if rule.field in ("tag", "language") or rule.field in ("address", "address_lines", "city", "region",
                                                                "postal_code", "country"):
            edit = QLineEdit(rule.param or (str(rule.group) if rule.field not in ("tag", "language") else ""))
            edit.setPlaceholderText({"tag": tr("facet:name, e.g. need:Food"), "language": tr("a code, e.g. es")}.get(
                rule.field, tr("address number (1, 2, …)")))
            edit.editingFinished.connect(self._changed)
            return edit
        return QLabel("")

    def _field_changed(self, row: int) -> None:
        if self._building:
            return
        rule = self._rule(row)
        self.table.setCellWidget(row, 3, self._detail_editor(rule, row))
        self._changed()

    def _rule(self, row: int) -> ColumnRule:
        header = self.table.item(row, 0).text()
        field = self.table.cellWidget(row, 2).currentData()
        detail = self.table.cellWidget(row, 3)
        param, group = None, 1
        if isinstance(detail, QComboBox):
            param = detail.currentData() or None
        elif isinstance(detail, QLineEdit):
            text = detail.text().strip()
            if field in ("tag", "language"):
                param = text or (header.split(":", 1)[-1].strip() if field == "tag" else None)
            elif text.isdigit():
                group = max(1, int(text))
        if field == "language" and not param:
            param = header
        return ColumnRule(header, field, param, group)

    def current_mapping(self) -> Mapping:
        rules = tuple(self._rule(row) for row in range(self.table.rowCount()))
        state = self.state
        base = state.mapping or Mapping()
        return replace(base, rules=rules, auto=False, encoding=state.encoding)

    def _changed(self) -> None:
        if not self._building:
            self._timer.start()

    def refresh_preview(self) -> None:
        state = self.state
        state.mapping = self.current_mapping()
        try:
            state.inspection = inspect_file(self.catalogue, state.path, state.options(dry_run=True))
            self.status.setText("")
        except ImportFileError as exc:
            self.status.setText(said(exc))
        self._show_preview()
        self.completeChanged.emit()

    def _show_preview(self) -> None:
        found = self.state.inspection
        fill_preview(self.preview, found.preview if found else ())

    def _use_saved(self, _index: int) -> None:
        name = self.saved_box.currentData()
        if not name:
            return
        state = self.state
        state.mapping = saved_mappings(self.catalogue).get(name)
        self._reinspect()

    def _reinspect(self) -> None:
        state = self.state
        try:
            state.inspection = inspect_file(self.catalogue, state.path, state.options(dry_run=True))
            self.status.setText("")
        except ImportFileError as exc:
            self.status.setText(said(exc))
        self._build()

    def save(self) -> None:
        name = self.save_name.text().strip()
        if not name:
            self.status.setText(tr("Give the mapping a name to save it."))
            return
        save_mapping(self.catalogue, name, self.current_mapping())
        if self.saved_box.findData(name) < 0:
            self.saved_box.addItem(name, name)
        self.status.setText(tr("Saved as “{name}”.").format(name=name))

    def write_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, tr("Write the mapping to a file"), "mapping.json",
                                              tr("Mapping files (*.json)"))
        if path:
            self.current_mapping().save_file(path)
            self.status.setText(tr("Written to {path}; use it with: resource-desk import FILE --mapping {path}").format(
                path=path))

    def load_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("Open a mapping file"), "", tr("Mapping files (*.json)"))
        if not path:
            return
        try:
            self.state.mapping = load_mapping_file(path)
        except ImportFileError as exc:
            self.status.setText(said(exc))
            return
        self._reinspect()

    def isComplete(self) -> bool:
        if self.table.rowCount() == 0:
            return False
        fields = {self.table.cellWidget(r, 2).currentData() for r in range(self.table.rowCount())}
        return bool(fields & {"name", "organization"})

    def validatePage(self) -> bool:
        self._timer.stop()
        self.refresh_preview()
        return True
