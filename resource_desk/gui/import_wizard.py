"""The import wizard: file → detected layout and encoding → column mapping with a live
preview → duplicates → summary. File ▸ Import… and dropping a file on the window open it.

Every step asks the same services the command line uses (``inspect_file`` and
``run_import``). The duplicates page runs a dry run (nothing is written) to list the
matches; the summary page runs the import on a worker thread with a progress bar and
Cancel — cancelled, nothing is written.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from resource_desk.core.database import Catalogue
from resource_desk.gui.common import APP_TITLE, ERROR_COLOR
from resource_desk.gui.import_suggestions_page import SuggestionsPage
from resource_desk.gui.worker import NOTHING, Changes, WriteOp
from resource_desk.importing.encoding import COMMON_ENCODINGS, label as encoding_label
from resource_desk.importing.mapping import (
    FIELDS,
    PHONE_KINDS,
    ColumnRule,
    Mapping,
    load_mapping_file,
    save_mapping,
    saved_mappings,
)
from resource_desk.core.progress import Cancelled
from resource_desk.importing.problems import ImportFileError
from resource_desk.importing.service import PREVIEW_FIELDS, ImportOptions, ImportResult, Inspection, inspect_file, \
    run_import
from resource_desk.importing.writer import POLICIES, DuplicateMatch

log = logging.getLogger(__name__)

FILE_PAGE, LAYOUT_PAGE, MAPPING_PAGE, DUPLICATES_PAGE, SUGGESTIONS_PAGE, SUMMARY_PAGE = range(6)
FORMAT_LABELS = {"auto": "Recognise it", "csv": "Spreadsheet (CSV or .xlsx)", "hsds": "Open Referral package",
                 "icarol": "iCarol 211 export"}
POLICY_LABELS = {"update": "Update it (fill in and add; never blank anything)", "skip": "Skip the row",
                 "keep-both": "Keep both"}
ACTION_LABELS = {"update": "Update", "skip": "Skip", "keep-both": "Keep both"}
PREVIEW_LABELS = {"name": "Name", "organization": "Organization", "kind": "Kind", "status": "Status",
                  "phones": "Phones", "address": "Address", "tags": "Tags", "languages": "Languages",
                  "website": "Website", "email": "Email", "cost": "Cost", "fees": "Fees", "hours": "Hours",
                  "last_verified": "Last verified", "description": "Description", "eligibility": "Eligibility",
                  "ages": "Ages"}
FILE_FILTER = "Resource lists (*.csv *.tsv *.txt *.xlsx *.zip *.json);;All files (*)"


class ImportWizard(QWizard):
    """``ImportWizard(catalogue, paths, parent).exec()``; the main window refreshes afterwards."""

    def __init__(self, catalogue: Catalogue, paths: list[str] | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.catalogue = catalogue
        self.setWindowTitle("Import resources")
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, False)
        self.resize(980, 680)
        self.path: str = ""
        self.format = "auto"
        self.encoding: str | None = None
        self.mapping: Mapping | None = None
        self.tidy_capitals: bool | None = None  # None: as the file's names call for
        self.inspection: Inspection | None = None
        self.policy = "update"
        self.choices: dict[str, str] = {}
        self.skip_tags: set[str] = set()
        self.accept_tags: set[str] = set()  # tags made for source categories that map to no tag
        self.accept_suggestions: set[str] = set()  # suggested tags the person ticked
        self.dry_result: ImportResult | None = None
        self.result: ImportResult | None = None
        self.file_page = FilePage(paths or [])
        self.layout_page = LayoutPage()
        self.mapping_page = MappingPage()
        self.duplicates_page = DuplicatesPage()
        self.suggestions_page = SuggestionsPage()
        self.summary_page = SummaryPage()
        self.setPage(FILE_PAGE, self.file_page)
        self.setPage(LAYOUT_PAGE, self.layout_page)
        self.setPage(MAPPING_PAGE, self.mapping_page)
        self.setPage(DUPLICATES_PAGE, self.duplicates_page)
        self.setPage(SUGGESTIONS_PAGE, self.suggestions_page)
        self.setPage(SUMMARY_PAGE, self.summary_page)

    def options(self, **changes) -> ImportOptions:
        base = ImportOptions(format=self.format, encoding=self.encoding, mapping=self.mapping,
                             on_duplicate=self.policy, choices=dict(self.choices),
                             skip_tags=frozenset(self.skip_tags), accept_tags=frozenset(self.accept_tags),
                             accept_suggestions=frozenset(self.accept_suggestions), tidy_capitals=self.tidy_capitals)
        return replace(base, **changes)

    def is_table(self) -> bool:
        return self.inspection is not None and self.inspection.layout in ("csv", "xlsx")

    def running(self) -> bool:
        return any(page.op is not None and not page.op.wait(0) for page in (self.duplicates_page, self.summary_page))

    def reject(self) -> None:
        """Cancel: a running import or dry run is stopped first (it writes nothing)."""
        busy = [p for p in (self.duplicates_page, self.summary_page) if p.op is not None and not p.op.wait(0)]
        for page in busy:
            page.op.cancel()
        for page in busy:
            page.op.wait()
        super().reject()


# -- 1. the file ------------------------------------------------------------------------

class FilePage(QWizardPage):
    def __init__(self, paths: list[str]):
        super().__init__()
        self.setTitle("Choose a file")
        self.setSubTitle("A spreadsheet (CSV or .xlsx), a 211 export, or an Open Referral data package (a folder, a "
                         ".zip or its datapackage.json).")
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText("The file to import")
        self.path_edit.textChanged.connect(lambda _t: self.completeChanged.emit())
        browse = QPushButton("&Browse…")
        browse.clicked.connect(self.browse)
        folder = QPushButton("Choose a &folder…")
        folder.clicked.connect(self.browse_folder)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        row.addWidget(folder)
        self.others = QListWidget()
        self.others.setVisible(len(paths) > 1)
        self.others.currentTextChanged.connect(self.path_edit.setText)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        if len(paths) > 1:
            layout.addWidget(QLabel("You dropped several files; pick the one to import now:"))
            for path in paths:
                self.others.addItem(path)
        layout.addWidget(self.others)
        layout.addStretch(1)
        if paths:
            self.path_edit.setText(_single_package(paths) or paths[0])

    def chosen(self) -> str:
        return self.path_edit.text().strip()

    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Import resources", "", FILE_FILTER)
        if path:
            self.path_edit.setText(path)

    def browse_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, "An Open Referral data package folder")
        if path:
            self.path_edit.setText(path)

    def isComplete(self) -> bool:
        path = self.chosen()
        return bool(path) and Path(path).expanduser().exists()

    def validatePage(self) -> bool:
        wizard = self.wizard()
        if wizard.path != self.chosen():
            wizard.path = self.chosen()
            wizard.mapping = None
            wizard.encoding = None
            wizard.format = "auto"
            wizard.tidy_capitals = None
        return True


def _single_package(paths: list[str]) -> str | None:
    """Several tables of one Open Referral folder dropped together: the folder."""
    folders = {str(Path(p).parent) for p in paths}
    if len(paths) > 1 and len(folders) == 1 and any(Path(p).name.lower() == "services.csv" for p in paths):
        return folders.pop()
    return None


# -- 2. what was detected ---------------------------------------------------------------

class LayoutPage(QWizardPage):
    def __init__(self):
        super().__init__()
        self.setTitle("What the file is")
        self.setSubTitle("Check what was recognised; change the encoding if accents look wrong.")
        self.layout_label = QLabel()
        self.layout_label.setWordWrap(True)
        self.format_box = QComboBox()
        for key, text in FORMAT_LABELS.items():
            self.format_box.addItem(text, key)
        self.encoding_box = QComboBox()
        self.encoding_box.setEditable(True)
        self.capitals_box = QCheckBox("Tidy capitals (LIKE THIS → Like This)")
        self.capitals_box.setToolTip("Names and organization names written in capitals are put in title case; "
                                     "acronyms (AIDS, LGBTQ, SF, YMCA) and small words (of, and, de) are kept "
                                     "right. Names in mixed case are never changed. Ticked when most names in "
                                     "the file are in capitals.")
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(f"color: {ERROR_COLOR}")
        self.notes = QListWidget()
        self.sample = QTableWidget()
        self.sample.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        form = QFormLayout()
        form.addRow("Recognised as:", self.layout_label)
        form.addRow("Read it as:", self.format_box)
        form.addRow("Encoding:", self.encoding_box)
        form.addRow("Names:", self.capitals_box)
        self.sample_label = QLabel("The first rows, as read:")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(QLabel("Notes from reading the file:"))
        layout.addWidget(self.notes, 1)
        layout.addWidget(self.sample_label)
        layout.addWidget(self.sample, 2)
        self.capitals_box.toggled.connect(self._capitals_toggled)
        self.format_box.activated.connect(self._changed)
        self.encoding_box.activated.connect(self._changed)
        self.encoding_box.lineEdit().editingFinished.connect(self._changed)
        self._loading = False

    def initializePage(self) -> None:
        self.inspect()

    def _changed(self, *_args) -> None:
        if self._loading:
            return
        wizard = self.wizard()
        wizard.format = self.format_box.currentData() or "auto"
        index = self.encoding_box.currentIndex()
        text = self.encoding_box.currentText().strip()
        if index >= 0 and self.encoding_box.itemText(index) == text:
            wizard.encoding = self.encoding_box.itemData(index)
        else:
            wizard.encoding = text or None
        self.inspect()

    def _capitals_toggled(self, checked: bool) -> None:
        if self._loading:
            return
        self.wizard().tidy_capitals = checked
        self.inspect()

    def inspect(self) -> None:
        wizard = self.wizard()
        self._loading = True
        try:
            wizard.inspection = inspect_file(wizard.catalogue, wizard.path, wizard.options(dry_run=True))
            self.error_label.setText("")
        except ImportFileError as exc:
            wizard.inspection = None
            self.error_label.setText(str(exc))
        except Exception as exc:  # noqa: BLE001 - shown to the person, logged for us
            log.exception("inspecting %s failed", wizard.path)
            wizard.inspection = None
            self.error_label.setText(f"This file could not be read: {exc}")
        finally:
            self._show()
            self._loading = False
        self.completeChanged.emit()

    def _show(self) -> None:
        wizard = self.wizard()
        found = wizard.inspection
        self.format_box.setCurrentIndex(max(0, self.format_box.findData(wizard.format)))
        self.encoding_box.clear()
        current = wizard.encoding or (found.encoding if found else None)
        for codec in dict.fromkeys([c for c in (current, *COMMON_ENCODINGS) if c]):
            self.encoding_box.addItem(encoding_label(codec), codec)
        if current:
            self.encoding_box.setCurrentIndex(max(0, self.encoding_box.findData(current)))
        self.encoding_box.setEnabled(found is None or found.layout not in ("xlsx",))
        self.layout_label.setText(f"<b>{found.layout_label}</b><br>{found.description}" if found else "—")
        self.notes.clear()
        for note in found.notes if found else ():
            self.notes.addItem(note)
        self.capitals_box.setEnabled(found is not None)
        self.capitals_box.setChecked(bool(found and found.tidy_capitals))
        self.sample.clear()
        if found and found.headers:
            self.sample_label.setText("The first rows, as read:")
            self.sample.setColumnCount(len(found.headers))
            self.sample.setHorizontalHeaderLabels(list(found.headers))
            rows = found.sample[:10]
            self.sample.setRowCount(len(rows))
            self.sample.setVerticalHeaderLabels([str(n) for n, _ in rows])
            for r, (_, cells) in enumerate(rows):
                for c, cell in enumerate(cells[:len(found.headers)]):
                    self.sample.setItem(r, c, QTableWidgetItem(cell))
        elif found:
            # A 211 export or an Open Referral package is read by its own layout, not by columns:
            # its first resources as they will be stored.
            self.sample_label.setText("The first resources, as they will be stored:")
            fill_preview(self.sample, found.preview[:10])
        else:
            self.sample.setRowCount(0)
            self.sample.setColumnCount(0)

    def isComplete(self) -> bool:
        return self.wizard() is not None and self.wizard().inspection is not None

    def nextId(self) -> int:
        wizard = self.wizard()
        return MAPPING_PAGE if wizard is not None and wizard.is_table() else DUPLICATES_PAGE


def fill_preview(table: QTableWidget, rows) -> None:
    """Records as they will be stored (``PreviewRow``s), one a row, a column per field they fill."""
    fields = [f for f in PREVIEW_FIELDS if any(f in r.values for r in rows)] or ["name"]
    table.clear()
    table.setColumnCount(len(fields))
    table.setHorizontalHeaderLabels([PREVIEW_LABELS.get(f, f) for f in fields])
    table.setRowCount(len(rows))
    table.setVerticalHeaderLabels([str(r.row) for r in rows])
    for r, row in enumerate(rows):
        for c, field in enumerate(fields):
            table.setItem(r, c, QTableWidgetItem(row.values.get(field, "").replace("\n", " · ")))


# -- 3. the mapping ---------------------------------------------------------------------

class MappingPage(QWizardPage):
    COLUMNS = ("Column", "First values", "Imported as", "Detail")

    def __init__(self):
        super().__init__()
        self.setTitle("Columns")
        self.setSubTitle("Each column goes to a field. Yes/no columns can stand for a tag or a language. The "
                         "preview below shows the first rows as they will be stored.")
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels(self.COLUMNS)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.preview = QTableWidget(0, 0)
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.saved_box = QComboBox()
        self.saved_box.activated.connect(self._use_saved)
        self.save_name = QLineEdit()
        self.save_name.setPlaceholderText("Name for this mapping")
        save = QPushButton("&Save mapping")
        save.clicked.connect(self.save)
        write = QPushButton("&Write to file…")
        write.clicked.connect(self.write_file)
        load = QPushButton("&Open file…")
        load.clicked.connect(self.load_file)
        bar = QHBoxLayout()
        bar.addWidget(QLabel("Saved mappings:"))
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
        inner.addWidget(QLabel("Preview (first rows as they will be stored):"))
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
        wizard = self.wizard()
        self.saved_box.clear()
        self.saved_box.addItem("—", None)
        for name in saved_mappings(wizard.catalogue):
            self.saved_box.addItem(name, name)
        self._build()

    def _build(self) -> None:
        wizard = self.wizard()
        found = wizard.inspection
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
                box.addItem(text, key)
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
                box.addItem(kind, kind)
            box.setCurrentIndex(max(0, box.findData(rule.param or "voice")))
            box.currentIndexChanged.connect(lambda _i: self._changed())
            return box
        if rule.field == "tags":
            box = QComboBox()
            for facet, text in (("", "either facet"), ("identity", "identity"), ("need", "need")):
                box.addItem(text, facet)
            box.setCurrentIndex(max(0, box.findData(rule.param or "")))
            box.currentIndexChanged.connect(lambda _i: self._changed())
            return box
        if rule.field in ("tag", "language") or rule.field in ("address", "address_lines", "city", "region",
                                                                "postal_code", "country"):
            edit = QLineEdit(rule.param or (str(rule.group) if rule.field not in ("tag", "language") else ""))
            edit.setPlaceholderText({"tag": "facet:name, e.g. need:Food", "language": "a code, e.g. es"}.get(
                rule.field, "address number (1, 2, …)"))
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
        wizard = self.wizard()
        base = wizard.mapping or Mapping()
        return replace(base, rules=rules, auto=False, encoding=wizard.encoding)

    def _changed(self) -> None:
        if not self._building:
            self._timer.start()

    def refresh_preview(self) -> None:
        wizard = self.wizard()
        wizard.mapping = self.current_mapping()
        try:
            wizard.inspection = inspect_file(wizard.catalogue, wizard.path, wizard.options(dry_run=True))
            self.status.setText("")
        except ImportFileError as exc:
            self.status.setText(str(exc))
        self._show_preview()
        self.completeChanged.emit()

    def _show_preview(self) -> None:
        found = self.wizard().inspection
        fill_preview(self.preview, found.preview if found else ())

    def _use_saved(self, _index: int) -> None:
        name = self.saved_box.currentData()
        if not name:
            return
        wizard = self.wizard()
        wizard.mapping = saved_mappings(wizard.catalogue).get(name)
        self._reinspect()

    def _reinspect(self) -> None:
        wizard = self.wizard()
        try:
            wizard.inspection = inspect_file(wizard.catalogue, wizard.path, wizard.options(dry_run=True))
            self.status.setText("")
        except ImportFileError as exc:
            self.status.setText(str(exc))
        self._build()

    def save(self) -> None:
        name = self.save_name.text().strip()
        if not name:
            self.status.setText("Give the mapping a name to save it.")
            return
        save_mapping(self.wizard().catalogue, name, self.current_mapping())
        if self.saved_box.findData(name) < 0:
            self.saved_box.addItem(name, name)
        self.status.setText(f"Saved as “{name}”.")

    def write_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "Write the mapping to a file", "mapping.json",
                                              "Mapping files (*.json)")
        if path:
            self.current_mapping().save_file(path)
            self.status.setText(f"Written to {path}; use it with: resource-desk import FILE --mapping {path}")

    def load_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Open a mapping file", "", "Mapping files (*.json)")
        if not path:
            return
        try:
            self.wizard().mapping = load_mapping_file(path)
        except ImportFileError as exc:
            self.status.setText(str(exc))
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


# -- 4. duplicates ------------------------------------------------------------------------

class MatchesModel(QAbstractTableModel):
    HEADERS = ("Row", "In the file", "Already in the catalogue", "Why", "Would change", "Do")

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
            return self.HEADERS[section]
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
                where = "earlier in this file" if match.within_file else (match.existing_organization or "")
                return f"{match.existing_name}" + (f" ({where})" if where else "")
            if column == 3:
                return match.reason
            if column == 4:
                return ", ".join(match.changes) if match.changes else "nothing"
            if column == 5:
                return ACTION_LABELS[self.action(index.row())]
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
            box.addItem(text, key)
        return box

    def setEditorData(self, editor, index):
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor, model, index):
        model.setData(index, editor.currentData())


class DuplicatesPage(QWizardPage):
    def __init__(self):
        super().__init__()
        self.setTitle("Duplicates")
        self.setSubTitle("Rows that match a resource already in the catalogue (or an earlier row of this file). "
                         "Choose what to do with each; the default changes nothing when a file is imported twice.")
        self.op: WriteOp | None = None
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.counts = QLabel()
        self.counts.setWordWrap(True)
        self.default_box = QComboBox()
        for key, text in POLICY_LABELS.items():
            self.default_box.addItem(text, key)
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
        top.addWidget(QLabel("When a row matches:"))
        top.addWidget(self.default_box, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addWidget(self.counts)
        layout.addLayout(top)
        layout.addWidget(self.view, 3)
        self.tags_label = QLabel("Possible new tags: values of tag columns (untick to leave them out), and source "
                                 "categories that match no tag (tick one to make a tag of it):")
        self.tags_label.setWordWrap(True)
        layout.addWidget(self.tags_label)
        layout.addWidget(self.tags, 1)
        layout.addWidget(QLabel("Rows that cannot be imported, and warnings:"))
        layout.addWidget(self.problems, 1)

    def initializePage(self) -> None:
        wizard = self.wizard()
        self.default_box.blockSignals(True)
        self.default_box.setCurrentIndex(max(0, self.default_box.findData(wizard.policy)))
        self.default_box.blockSignals(False)
        self.start()

    def start(self) -> None:
        wizard = self.wizard()
        wizard.dry_result = None
        self.counts.setText("Reading the whole file to find duplicates (nothing is written)…")
        self.progress.setValue(0)
        self.progress.show()
        catalogue, path = wizard.catalogue, wizard.path
        options = wizard.options(dry_run=True, collect_matches=True, choices={}, skip_tags=frozenset(),
                                 accept_tags=frozenset(), accept_suggestions=frozenset())
        # A dry run writes in a transaction it rolls back: it waits its turn among the writes.
        self.op = WriteOp(self, lambda progress: run_import(catalogue, path, options, progress.report,
                                                            progress.cancelled), NOTHING)
        self.op.progressing(lambda f, _m: self.progress.setValue(int(f * 1000)))
        self.op.success(self._finished).failure(self._failed).cancelled(lambda: self._failed(Cancelled())).run()
        self.completeChanged.emit()

    def _finished(self, result: ImportResult) -> None:
        wizard = self.wizard()
        wizard.dry_result = result
        self.progress.hide()
        self.counts.setText(f"This file would give: <b>{result.summary()}</b>.")
        wizard.choices = {k: v for k, v in wizard.choices.items()}
        self.model = MatchesModel(result.matches, wizard.choices, wizard.policy)
        self.view.setModel(self.model)
        self.view.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.tags.blockSignals(True)
        self.tags.clear()
        # Values of tag columns first (ticked), then source categories that map to no tag
        # (unticked: a tag is made of one only when the person asks), most rows first.
        for tag in sorted(result.new_tags, key=lambda t: (t.category, -t.count, t.key)):
            rows = f"{tag.count} {'row' if tag.count == 1 else 'rows'}"
            item = QListWidgetItem(f"{tag.key}  ({'source category, ' if tag.category else ''}{rows})")
            item.setData(Qt.ItemDataRole.UserRole, (tag.key, tag.category))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            ticked = tag.key in wizard.accept_tags if tag.category else tag.key not in wizard.skip_tags
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            self.tags.addItem(item)
        self.tags.blockSignals(False)
        self.tags.setVisible(bool(result.new_tags))
        self.tags_label.setVisible(bool(result.new_tags))
        lines = [p.line() for p in result.problems] + [p.line() for p in result.warnings]
        if result.warning_count > len(result.warnings):
            lines.append(f"… and {result.warning_count - len(result.warnings)} more warnings")
        self.problems.setPlainText("\n".join(lines) or "None.")
        self.completeChanged.emit()

    def _failed(self, error: BaseException) -> None:
        self.progress.hide()
        if isinstance(error, Cancelled):
            self.counts.setText("Stopped.")
        elif isinstance(error, ImportFileError):
            self.counts.setText(f"<span style='color:{ERROR_COLOR}'>{error}</span>")
        else:
            self.counts.setText(f"<span style='color:{ERROR_COLOR}'>Something went wrong: {error}</span>")
        self.completeChanged.emit()

    def _default_changed(self, _index: int) -> None:
        wizard = self.wizard()
        wizard.policy = self.default_box.currentData()
        if self.model is not None:
            self.model.set_default(wizard.policy)

    def _tag_toggled(self, item: QListWidgetItem) -> None:
        key, category = item.data(Qt.ItemDataRole.UserRole)
        wizard = self.wizard()
        ticked = item.checkState() == Qt.CheckState.Checked
        if category:
            (wizard.accept_tags.add if ticked else wizard.accept_tags.discard)(key)
        else:
            (wizard.skip_tags.discard if ticked else wizard.skip_tags.add)(key)

    def isComplete(self) -> bool:
        wizard = self.wizard()
        return wizard is not None and wizard.dry_result is not None

    def nextId(self) -> int:
        wizard = self.wizard()
        has = wizard is not None and wizard.dry_result is not None and wizard.dry_result.suggestions
        return SUGGESTIONS_PAGE if has else SUMMARY_PAGE

    def cleanupPage(self) -> None:
        if self.op is not None and not self.op.wait(0):
            self.op.cancel()
            self.op.wait()


# -- 5. the import ---------------------------------------------------------------------

class SummaryPage(QWizardPage):
    def __init__(self):
        super().__init__()
        self.setTitle("Import")
        self.setSubTitle("One import is one step: all of it or none of it. It can be undone from the import history.")
        self.op: WriteOp | None = None
        self.plan = QLabel()
        self.plan.setWordWrap(True)
        self.import_button = QPushButton("&Import")
        self.import_button.clicked.connect(self.start)
        self.cancel_button = QPushButton("&Cancel import")
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.setEnabled(False)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.undo_button = QPushButton("&Undo this import")
        self.undo_button.clicked.connect(self.undo)
        self.undo_button.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.undo_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.plan)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(self.details, 1)
        self.done = False

    def initializePage(self) -> None:
        wizard = self.wizard()
        dry = wizard.dry_result
        changed = len(wizard.choices)
        self.plan.setText(
            f"<b>{Path(wizard.path).name}</b> will give: {dry.summary(dry_run_note=False) if dry else ''}."
            + (f" You changed the choice for {changed} matches." if changed else "")
            + (f" {len(wizard.skip_tags)} offered tags left out." if wizard.skip_tags else "")
            + (f" {len(wizard.accept_tags)} source categories become tags." if wizard.accept_tags else "")
            + (f" Suggested tags added: {', '.join(sorted(wizard.accept_suggestions))}."
               if wizard.accept_suggestions else ""))
        self.progress.setValue(0)
        self.message.setText("")
        self.details.clear()
        self.done = False
        self.import_button.setEnabled(True)
        self.undo_button.hide()

    def start(self) -> None:
        wizard = self.wizard()
        self.import_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.message.setText("Importing…")
        catalogue, path, options = wizard.catalogue, wizard.path, wizard.options()
        self.op = WriteOp(self, lambda progress: run_import(catalogue, path, options, progress.report,
                                                            progress.cancelled), Changes(resources=True, tags=True))
        self.op.progressing(self._progressed)
        self.op.success(self._finished).failure(self._failed).cancelled(lambda: self._failed(Cancelled())).run()
        self.completeChanged.emit()

    def cancel(self) -> None:
        if self.op is not None:
            self.cancel_button.setEnabled(False)
            self.message.setText("Cancelling…")
            self.op.cancel()

    def _progressed(self, fraction: float, message: str) -> None:
        self.progress.setValue(int(fraction * 1000))
        cancelling = self.op is not None and not self.cancel_button.isEnabled()
        if message and not cancelling:  # keep "Cancelling…" until the worker stops
            self.message.setText(message)

    def _finished(self, result: ImportResult) -> None:
        wizard = self.wizard()
        wizard.result = result
        self.cancel_button.setEnabled(False)
        self.progress.setValue(1000)
        self.message.setText(f"<b>Done: {result.summary()}.</b>")
        lines = [f"Import {result.batch_id}"]
        if result.new_tags:
            lines.append("New tags: " + ", ".join(t.key for t in result.new_tags if t.created))
        lines += [p.line() for p in result.problems] + [p.line() for p in result.warnings]
        self.details.setPlainText("\n".join(lines))
        self.undo_button.show()
        self.done = True
        self.completeChanged.emit()

    def _failed(self, error: BaseException) -> None:
        self.cancel_button.setEnabled(False)
        if isinstance(error, Cancelled):
            self.message.setText("Cancelled. Nothing was written.")
            self.import_button.setEnabled(True)
        elif isinstance(error, ImportFileError):
            self.message.setText(f"<span style='color:{ERROR_COLOR}'>{error}</span>")
        else:
            self.message.setText(f"<span style='color:{ERROR_COLOR}'>The import failed and nothing was written: "
                                 f"{error}</span>")
            self.import_button.setEnabled(True)
        self.progress.setValue(0)
        self.completeChanged.emit()

    def undo(self) -> None:
        from resource_desk.importing.undo import UndoError, undo_import

        result = self.wizard().result
        if result is None or result.batch_id is None:
            return
        answer = QMessageBox.question(self, APP_TITLE, "Undo this import? What it created is deleted and what it "
                                                       "updated gets its old values back.")
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            undone = undo_import(self.wizard().catalogue, result.batch_id)
        except UndoError as exc:
            self.message.setText(str(exc))
            return
        self.undo_button.hide()
        self.message.setText(f"Undone: {undone.deleted} resources deleted, {undone.restored} restored.")

    def isComplete(self) -> bool:
        return self.done

    def isFinalPage(self) -> bool:
        return True

