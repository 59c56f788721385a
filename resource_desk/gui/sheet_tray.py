"""The sheet tray: the resources chosen for a client, in order, with notes, ready to print.

Resources come in from the results (the "Add to sheet" button, Ctrl+Enter, or dragging
rows here); they are reordered by dragging or with Alt+Up/Alt+Down, removed with Delete.
Each can carry a note for the client, and so can the whole sheet. The tray can be saved
as a named list and loaded again, previewed, printed or saved as a PDF; every printed or
saved sheet is written to the referral log (unless Preferences switch it off).

The tray holds plain rows (ids, names, notes), never ORM objects; it calls services.
What only a person's action needs (the sheet's content and rendering with Jinja2 and QR
codes, saved lists, the referral log, printing) is imported when that action comes, so
building the tray with the window loads none of it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, QObject, QPoint, QSize, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtGui import QDrag, QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from resource_desk.core.database import Catalogue
from resource_desk.core.errors import NotFound
from resource_desk.core.settings import PAPERS, SheetPreferences, load_sheet_preferences
from resource_desk.gui.common import app_settings
from resource_desk.sheets.translations import all_discreet_words, available_languages, translation
from resource_desk.gui.i18n import QT_TR_NOOP, said, tr

if TYPE_CHECKING:
    from resource_desk.core.lists import ListItem
    from resource_desk.gui.browser import Browser
    from resource_desk.gui.results_view import ResultsView
    from resource_desk.sheets.content import SheetItem, SheetOptions
    from resource_desk.sheets.render import RenderedSheet

# Dragging rows from the results into the tray carries their ids as a JSON list.
RESOURCE_IDS_MIME = "application/x-resource-desk-resource-ids"
PAPER_LABELS = {"letter": QT_TR_NOOP("US Letter"), "a4": "A4"}  # shown through tr()
ERROR_STYLE = "color: #b00020;"
ID_ROLE = Qt.ItemDataRole.UserRole
NOTE_ROLE = Qt.ItemDataRole.UserRole + 1
NAME_ROLE = Qt.ItemDataRole.UserRole + 2
TRAY_MIN_WIDTH = 300  # the open tray: its form rows and buttons still read
TRAY_OPEN_WIDTH = 360  # the open tray's first width (then the person's, remembered)


def ids_mime(resource_ids: list[str]) -> QMimeData:
    mime = QMimeData()
    mime.setData(RESOURCE_IDS_MIME, json.dumps(list(resource_ids)).encode("utf-8"))
    return mime


def ids_from_mime(mime: QMimeData) -> list[str]:
    if not mime.hasFormat(RESOURCE_IDS_MIME):
        return []
    try:
        ids = json.loads(bytes(mime.data(RESOURCE_IDS_MIME)).decode("utf-8"))
    except ValueError:
        return []
    return [str(i) for i in ids if isinstance(i, str)]


class ResultsDragSource(QWidget):
    """Lets rows of a results view be dragged into the tray, without changing its model:
    watches the view's mouse (the viewport's events, through ``add_viewport_handler``) and
    starts a drag carrying the selected resource ids."""

    def __init__(self, view: ResultsView, selected_ids):
        super().__init__(view)
        self.hide()
        self._view = view
        self._selected_ids = selected_ids
        self._pressed_at: QPoint | None = None
        view.add_viewport_handler(self.viewport_event)

    def viewport_event(self, event) -> bool:
        kind = event.type()
        if kind == event.Type.MouseButtonPress and event.button() == Qt.MouseButton.LeftButton:
            self._pressed_at = event.position().toPoint()
        elif kind == event.Type.MouseButtonRelease:
            self._pressed_at = None
        elif kind == event.Type.MouseMove and self._pressed_at is not None and \
                event.buttons() & Qt.MouseButton.LeftButton:
            if (event.position().toPoint() - self._pressed_at).manhattanLength() >= \
                    QApplication.startDragDistance():
                self._pressed_at = None
                ids = self._selected_ids()
                if ids:
                    drag = QDrag(self._view)
                    drag.setMimeData(ids_mime(ids))
                    drag.exec(Qt.DropAction.CopyAction)
                    return True
        return False


class TrayList(QListWidget):
    """The tray's rows: reordered by dragging, and a drop target for resource ids."""

    ids_dropped = Signal(list, int)  # ids, row to insert at

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setAcceptDrops(True)
        self.setAlternatingRowColors(True)
        self.setWordWrap(True)  # long names wrap instead of hiding behind a scroll bar
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAccessibleName(tr("Resources on the sheet"))

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if event.mimeData().hasFormat(RESOURCE_IDS_MIME):
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event) -> None:  # noqa: N802
        if event.mimeData().hasFormat(RESOURCE_IDS_MIME):
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event) -> None:  # noqa: N802
        ids = ids_from_mime(event.mimeData())
        if ids:
            target = self.indexAt(event.position().toPoint())
            row = target.row() if target.isValid() else self.count()
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
            self.ids_dropped.emit(ids, row)
            return
        super().dropEvent(event)


@dataclass(frozen=True)
class AddResult:
    added: tuple[str, ...] = ()
    already: tuple[str, ...] = ()
    refused: tuple[tuple[str, str, str], ...] = ()  # (id, name, status)
    missing: tuple[str, ...] = ()


class SheetTray(QWidget):
    """The tray. ``add_resources(ids)`` puts resources on it; the buttons make the sheet."""

    changed = Signal()
    sheet_logged = Signal()  # a sheet went into the referral log (History may refresh)
    pdf_saved = Signal(str)

    def __init__(self, catalogue: Catalogue, parent: QWidget | None = None):
        super().__init__(parent)
        self.catalogue = catalogue
        self.setObjectName("SheetTray")
        self.last_pdf: Path | None = None
        self.last_error: str | None = None
        self._identity_words: tuple[str, ...] | None = None
        self._loading_note = False
        self._build()
        self.apply_preferences(load_sheet_preferences(catalogue))
        self._update()

    # -- building ---------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)

        self.heading = QLabel()
        self.heading.setObjectName("tray_heading")
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)  # a long heading must not widen the window
        layout.addWidget(self.heading)

        self.list = TrayList()
        self.list.ids_dropped.connect(lambda ids, row: self.add_resources(ids, row))
        self.list.model().rowsMoved.connect(lambda *_: self._update())
        self.list.currentItemChanged.connect(self._current_changed)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.list, 1)

        buttons = QHBoxLayout()
        self.up_button = QPushButton(tr("Move up"))
        self.up_button.setToolTip(tr("Move up (Alt+Up)"))
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button = QPushButton(tr("Move down"))
        self.down_button.setToolTip(tr("Move down (Alt+Down)"))
        self.down_button.clicked.connect(lambda: self.move_current(+1))
        self.remove_button = QPushButton(tr("Remove"))
        self.remove_button.setToolTip(tr("Take the chosen resources off the sheet (Delete)"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.clear_button = QPushButton(tr("Clear"))
        self.clear_button.setToolTip(tr("Start a new sheet"))
        self.clear_button.clicked.connect(self.clear)
        for button in (self.up_button, self.down_button, self.remove_button, self.clear_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        for keys, slot in (("Alt+Up", lambda: self.move_current(-1)), ("Alt+Down", lambda: self.move_current(+1)),
                           (QKeySequence.StandardKey.Delete, self.remove_selected)):
            shortcut = QShortcut(QKeySequence(keys), self.list)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)

        self.item_note_label = QLabel(tr("&Note for the client about this resource (printed):"))
        self.item_note_label.setWordWrap(True)
        self.item_note = QPlainTextEdit()
        self.item_note.setPlaceholderText(tr("e.g. Ask for Sam at the front desk"))
        self.item_note.setMaximumHeight(64)
        self.item_note.setTabChangesFocus(True)
        self.item_note_label.setBuddy(self.item_note)
        self.item_note.textChanged.connect(self._item_note_changed)
        layout.addWidget(self.item_note_label)
        layout.addWidget(self.item_note)

        box = QGroupBox(tr("Sheet"))
        form = QFormLayout(box)
        self.title_edit = QLineEdit()
        self.title_edit.setAccessibleName(tr("Sheet title"))
        self.title_edit.textChanged.connect(self._update_title_hint)
        form.addRow(tr("T&itle:"), self.title_edit)
        self.title_hint = QLabel()
        self.title_hint.setWordWrap(True)
        self.title_hint.hide()
        form.addRow("", self.title_hint)
        self.keep_title = QCheckBox(tr("Keep the title in history"))
        self.keep_title.setToolTip(tr("Off: the sheet history keeps the date, language and resources, not the title "
                                   "(a title such as “Resources for …” may name the client)"))
        form.addRow("", self.keep_title)
        self.sheet_note = QPlainTextEdit()
        self.sheet_note.setPlaceholderText(tr("A note for the client, printed under the title"))
        self.sheet_note.setMaximumHeight(64)
        self.sheet_note.setTabChangesFocus(True)
        self.sheet_note.setAccessibleName(tr("Note for the whole sheet"))
        form.addRow(tr("Note:"), self.sheet_note)
        self.language_combo = QComboBox()
        self.language_combo.setAccessibleName(tr("Sheet language"))
        for code, name in available_languages():
            self.language_combo.addItem(name, code)
        self.language_combo.currentIndexChanged.connect(self._update_title_hint)
        self.paper_combo = QComboBox()
        self.paper_combo.setAccessibleName(tr("Paper size"))
        for paper in PAPERS:
            self.paper_combo.addItem(tr(PAPER_LABELS[paper]), paper)
        row = QHBoxLayout()
        row.addWidget(self.language_combo, 1)
        paper_label = QLabel(tr("Paper:"))
        row.addWidget(paper_label)
        row.addWidget(self.paper_combo, 1)
        language_label = QLabel(tr("Lan&guage:"))
        language_label.setBuddy(self.language_combo)
        form.addRow(language_label, row)
        self.large_print = QCheckBox(tr("Large print"))
        self.large_print.setToolTip(tr("16 pt and larger type, high contrast, for clients with low vision"))
        self.discreet = QCheckBox(tr("Discreet"))
        self.discreet.setToolTip(tr("Nothing that names an identity or a sensitive need (the tags marked sensitive, "
                                 "in any language): names, organizations, web addresses and QR codes that hold "
                                 "one are left out, the phone numbers stay. For clients whose safety depends on it"))
        self.discreet.toggled.connect(self._update_title_hint)
        self.compact = QCheckBox(tr("Compact"))
        self.compact.setToolTip(tr("Two columns, smaller type, no QR codes: for long lists"))
        # Two to a row: three side by side are cut short in a narrow tray (and more so in Spanish).
        checks = QGridLayout()
        checks.addWidget(self.large_print, 0, 0)
        checks.addWidget(self.compact, 0, 1)
        checks.addWidget(self.discreet, 1, 0)
        checks.setColumnStretch(2, 1)
        form.addRow("", checks)
        self.client_code = QLineEdit()
        self.client_code.setPlaceholderText(tr("optional, never a name"))
        self.client_code.setToolTip(tr("A code of your own for the referral log, e.g. C-0423: at most 16 "
                                    "characters, at least one digit, at most 4 letters, no spaces. "
                                    "Never a client's name."))
        self.client_code.setMaxLength(40)  # longer codes are refused with a reason, not cut short
        self.client_code.textChanged.connect(self._update_client_code_hint)
        form.addRow(tr("Client &code:"), self.client_code)
        self.client_code_hint = QLabel()  # why the code is refused, next to the field
        self.client_code_hint.setWordWrap(True)
        self.client_code_hint.setStyleSheet("color: #b00020;")
        self.client_code_hint.hide()
        form.addRow("", self.client_code_hint)
        layout.addWidget(box)

        out = QHBoxLayout()
        self.preview_button = QPushButton(tr("Previe&w…"))
        self.preview_button.clicked.connect(self.preview)
        self.print_button = QPushButton(tr("&Print…"))
        self.print_button.clicked.connect(self.print_)
        self.pdf_button = QPushButton(tr("Save PDF…"))
        self.pdf_button.clicked.connect(lambda: self.save_pdf())
        for button in (self.preview_button, self.print_button, self.pdf_button):
            out.addWidget(button)
        layout.addLayout(out)
        self.cards_button = QPushButton(tr("Print as car&ds…"))
        self.cards_button.setToolTip(tr("Eight wallet-size safety cards to a page: the crisis lines, discreet"))
        self.cards_button.clicked.connect(lambda: self.print_cards())
        layout.addWidget(self.cards_button)
        lists = QHBoxLayout()
        self.save_list_button = QPushButton(tr("Save as list…"))
        self.save_list_button.clicked.connect(lambda: self.save_as_list())
        self.load_list_button = QPushButton(tr("Load list…"))
        self.load_list_button.clicked.connect(lambda: self.load_saved_list())
        lists.addWidget(self.save_list_button)
        lists.addWidget(self.load_list_button)
        layout.addLayout(lists)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("tray_message")
        self.message.setAccessibleName(tr("Sheet messages"))
        layout.addWidget(self.message)

    # -- catalogue and preferences ------------------------------------------------------------
    def set_catalogue(self, catalogue: Catalogue) -> None:
        """Another catalogue: the tray empties (its ids belong to the old one)."""
        self.catalogue = catalogue
        self._identity_words = None
        self.clear()
        self.apply_preferences(load_sheet_preferences(catalogue))

    def apply_preferences(self, prefs: SheetPreferences) -> None:
        self.prefs = prefs
        index = self.language_combo.findData(prefs.language)
        self.language_combo.setCurrentIndex(max(index, 0))
        self.paper_combo.setCurrentIndex(max(self.paper_combo.findData(prefs.paper), 0))
        self.large_print.setChecked(prefs.large_print)
        self._update_title_hint()

    # -- contents ---------------------------------------------------------------------------
    def resource_ids(self) -> list[str]:
        return [self.list.item(i).data(ID_ROLE) for i in range(self.list.count())]

    def names(self) -> list[str]:
        return [self.list.item(i).data(NAME_ROLE) for i in range(self.list.count())]

    def items(self) -> list[SheetItem]:
        from resource_desk.sheets.content import SheetItem

        return [SheetItem(self.list.item(i).data(ID_ROLE), self.list.item(i).data(NOTE_ROLE) or None)
                for i in range(self.list.count())]

    def add_resources(self, resource_ids: list[str], row: int | None = None,
                      notes: dict[str, str | None] | None = None) -> AddResult:
        """Put resources on the tray (at ``row``, else at the end), each once. Inactive and
        do-not-refer ones are refused, and the message says so."""
        from resource_desk.core.resources import get_resources
        from resource_desk.sheets.content import may_go_on_sheet

        have = set(self.resource_ids())
        wanted = [rid for rid in dict.fromkeys(resource_ids)]
        resources = {r.id: r for r in get_resources(self.catalogue, [r for r in wanted if r not in have])}
        added, refused, already, missing = [], [], [], []
        insert_at = self.list.count() if row is None else max(0, min(row, self.list.count()))
        for rid in wanted:
            if rid in have:
                already.append(rid)
                continue
            resource = resources.get(rid)
            if resource is None:
                missing.append(rid)
                continue
            if not may_go_on_sheet(resource):
                refused.append((rid, resource.name, resource.status))
                continue
            item = QListWidgetItem()
            item.setData(ID_ROLE, rid)
            item.setData(NAME_ROLE, resource.name)
            item.setData(NOTE_ROLE, (notes or {}).get(rid) or "")
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled)
            extra = resource.organization if resource.organization and resource.organization != resource.name else ""
            if resource.status == "temporarily_closed":
                extra = ", ".join(p for p in (extra, tr("temporarily closed")) if p)
            item.setData(Qt.ItemDataRole.UserRole + 3, extra)
            self._label(item)
            self.list.insertItem(insert_at, item)
            insert_at += 1
            have.add(rid)
            added.append(rid)
        result = AddResult(tuple(added), tuple(already), tuple(refused), tuple(missing))
        self._report(result)
        if added:
            self.list.setCurrentRow(insert_at - 1)
        self._update()
        return result

    def _label(self, item: QListWidgetItem) -> None:
        name, extra, note = item.data(NAME_ROLE), item.data(Qt.ItemDataRole.UserRole + 3), item.data(NOTE_ROLE)
        text = f"{name} — {extra}" if extra else name
        if note:
            text += "  ✎"
        item.setText(text)
        item.setToolTip(text + "\n\n" + tr("Note: {note}").format(note=note) if note else text)

    def _report(self, result: AddResult) -> None:
        parts = []
        if result.refused:
            names = "; ".join(
                (tr("“{name}” is marked do not refer") if status == "do_not_refer" else
                 tr("“{name}” is inactive")).format(name=name)
                for _, name, status in result.refused)
            parts.append(tr("Not added: {names}. Nobody should be referred there.").format(names=names))
        if result.missing:
            parts.append(tr("%Ln resource(s) no longer exist in this catalogue.", "", len(result.missing)))
        if result.already and not result.added and not result.refused:
            parts.append(tr("Already on the sheet."))
        self.say(" ".join(parts), error=bool(result.refused or result.missing))

    def say(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.last_error = text if error else None

    def move_current(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)
        self._update()

    def remove_selected(self) -> None:
        rows = sorted({self.list.row(item) for item in self.list.selectedItems()} or
                      ({self.list.currentRow()} if self.list.currentRow() >= 0 else set()), reverse=True)
        for row in rows:
            self.list.takeItem(row)
        self._update()

    def clear(self) -> None:
        self.list.clear()
        self.title_edit.clear()
        self.sheet_note.clear()
        self.client_code.clear()
        self.keep_title.setChecked(False)
        self.discreet.setChecked(False)
        self.say("")
        self._update()

    def _current_changed(self, current: QListWidgetItem | None, _previous) -> None:
        self._loading_note = True
        self.item_note.setPlainText(current.data(NOTE_ROLE) if current is not None else "")
        self._loading_note = False
        self.item_note.setEnabled(current is not None)
        self._update_buttons()

    def _item_note_changed(self) -> None:
        if self._loading_note:
            return
        item = self.list.currentItem()
        if item is not None:
            item.setData(NOTE_ROLE, self.item_note.toPlainText().strip())
            self._label(item)

    def set_note(self, row: int, note: str) -> None:
        self.list.setCurrentRow(row)
        self.item_note.setPlainText(note)

    def _update(self) -> None:
        n = self.list.count()
        self.heading.setText(tr("Sheet: %Ln resource(s)", "", n) if n else
                             tr("Sheet: empty — add resources from the results (Ctrl+Enter or drag)"))
        self._update_buttons()
        self.changed.emit()

    def _update_buttons(self) -> None:
        n = self.list.count()
        row = self.list.currentRow()
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < n - 1)
        self.remove_button.setEnabled(row >= 0 or bool(self.list.selectedItems()))
        self.clear_button.setEnabled(n > 0)
        for button in (self.preview_button, self.print_button, self.pdf_button, self.save_list_button,
                       self.cards_button):
            button.setEnabled(n > 0)
        self.item_note.setEnabled(row >= 0)

    def _update_title_hint(self, *_args) -> None:
        t = translation(self.language_combo.currentData() or "en")
        self.title_edit.setPlaceholderText(t("default_title"))
        title = self.title_edit.text().strip() or t("default_title")
        if self.discreet.isChecked():
            from resource_desk.sheets.content import discreet_title, identity_words

            if self._identity_words is None:
                self._identity_words = identity_words(self.catalogue)
            printed = discreet_title(title, self._identity_words + all_discreet_words(), t("default_title"))
            if printed != title:
                self.title_hint.setText(tr("Prints as: {title}").format(title=printed))
                self.title_hint.show()
                return
        self.title_hint.hide()

    # -- the sheet --------------------------------------------------------------------------
    def options(self) -> SheetOptions:
        from resource_desk.sheets.content import SheetOptions

        return SheetOptions.from_preferences(
            self.prefs,
            title=self.title_edit.text(),
            note=self.sheet_note.toPlainText(),
            language=self.language_combo.currentData(),
            paper=self.paper_combo.currentData(),
            large_print=self.large_print.isChecked(),
            layout="compact" if self.compact.isChecked() else "normal",
            discreet=self.discreet.isChecked(),
        )

    def render(self) -> RenderedSheet | None:
        """The sheet as it will print, or None (with the reason shown) if it cannot be made."""
        from resource_desk.sheets.content import SheetError, build_sheet
        from resource_desk.sheets.render import render_sheet

        try:
            self.prefs = load_sheet_preferences(self.catalogue)  # the practice header may have changed
            return render_sheet(build_sheet(self.catalogue, self.items(), self.options()))
        except (SheetError, NotFound) as exc:
            self.say(said(exc), error=True)
            return None

    def _update_client_code_hint(self) -> None:
        from resource_desk.core.referrals import client_code_problem

        problem = client_code_problem(self.client_code.text())
        self.client_code_hint.setText(said(problem) if problem else "")
        self.client_code_hint.setVisible(bool(problem))

    def _client_code(self) -> str | None | bool:
        from resource_desk.core.referrals import ReferralError, check_client_code

        try:
            return check_client_code(self.client_code.text())
        except ReferralError as exc:
            self._update_client_code_hint()
            self.say(said(exc), error=True)
            self.client_code.setFocus()
            return False

    def _log(self, rendered: RenderedSheet, output: str, code: str | None) -> None:
        from resource_desk.core.referrals import log_sheet

        entry = log_sheet(self.catalogue, rendered.title, rendered.language, rendered.resource_ids,
                          output=output, client_code=code, keep_title=self.keep_title.isChecked())
        if entry is not None:
            self.sheet_logged.emit()

    def preview(self) -> bool:
        """Print preview; printing from it counts as printing. True if it printed."""
        from resource_desk.gui.printing import preview_sheet

        code = self._client_code()
        rendered = self.render() if code is not False else None
        if rendered is None:
            return False
        if preview_sheet(rendered, self):
            self._log(rendered, "print", code)
            self.say(tr("Sent to the printer."))
            return True
        return False

    def print_(self) -> bool:
        from resource_desk.gui.printing import print_sheet

        code = self._client_code()
        rendered = self.render() if code is not False else None
        if rendered is None:
            return False
        if print_sheet(rendered, self):
            self._log(rendered, "print", code)
            self.say(tr("Sent to the printer."))
            return True
        return False

    def print_cards(self, open_dialog=True):
        """The cards dialog for the tray's resources (returned unopened when ``open_dialog`` is False)."""
        from resource_desk.gui.cards_dialog import CardsDialog

        if not self.list.count():
            return None
        self.prefs = load_sheet_preferences(self.catalogue)
        code = self._client_code()
        if code is False:
            return None
        dialog = CardsDialog(self.catalogue, self.items(), self.options(), self)
        dialog.finished.connect(lambda _result: self._log_cards(dialog, code))
        if open_dialog:
            dialog.exec()
        return dialog

    def _log_cards(self, dialog, code: str | None) -> None:
        if dialog.last is not None:
            self._log(dialog.last, "cards", code)

    def default_pdf_path(self) -> Path:
        """A neutral file name: it says nothing about the client or what the resources are for."""
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        return Path(folder) / f"resources-{date.today().isoformat()}.pdf"

    def save_pdf(self, path: str | Path | None = None):
        """Save as PDF (asks where when no path is given); the work runs off the GUI thread.
        Returns the background operation, or None if nothing was started."""
        from resource_desk.gui.worker import ReadOp
        from resource_desk.printing.document import register_fonts
        from resource_desk.printing.pdf import PdfError, write_pdf

        code = self._client_code()
        rendered = self.render() if code is not False else None
        if rendered is None:
            return None
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(self, tr("Save referral sheet as PDF"), str(self.default_pdf_path()),
                                                    tr("PDF files (*.pdf)"))
            if not chosen:
                return None
            path = chosen if chosen.lower().endswith(".pdf") else chosen + ".pdf"
        register_fonts()  # on the GUI thread, before the work starts
        target = Path(path)
        self.pdf_button.setEnabled(False)
        self.say(tr("Saving the PDF…"))

        def done(result) -> None:
            self.last_pdf = result.path
            self._log(rendered, "pdf", code)
            self.say(tr("Saved {file} (%Ln page(s)).", "", result.pages).format(file=result.path.name))
            self.pdf_saved.emit(str(result.path))

        def failed(error: BaseException) -> None:
            message = said(error) if isinstance(error, PdfError) else tr("The PDF could not be saved: {reason}").format(
                reason=error)
            self.say(message, error=True)

        return (ReadOp(self, lambda _progress: write_pdf(rendered, target))
                .success(done).failure(failed).finally_(self._update_buttons).run())

    # -- saved lists and history ----------------------------------------------------------------
    def save_as_list(self, name: str | None = None) -> bool:
        from resource_desk.core.lists import ListError, ListItem, list_saved_lists, save_list

        if not self.list.count():
            return False
        if name is None:
            name, ok = QInputDialog.getText(self, tr("Save as list"), tr("Name of the list:"),
                                            text=self.title_edit.text().strip())
            if not ok:
                return False
            existing = {s.name.casefold() for s in list_saved_lists(self.catalogue)}
            if name.strip().casefold() in existing and QMessageBox.question(
                    self, tr("Save as list"), tr("Replace the list “{name}”?").format(name=name.strip())) \
                    != QMessageBox.StandardButton.Yes:
                return False
        try:
            saved = save_list(self.catalogue, name, [ListItem(i.resource_id, i.note) for i in self.items()],
                              note=self.sheet_note.toPlainText())
        except (ListError, NotFound) as exc:
            self.say(said(exc), error=True)
            return False
        self.say(tr("Saved the list “{name}” (%Ln resource(s)).", "", len(saved.items)).format(name=saved.name))
        return True

    def load_saved_list(self, name: str | None = None) -> bool:
        """Replace the tray with a saved list (its notes and its sheet note too)."""
        from resource_desk.core.lists import ListItem, list_saved_lists, load_list

        if name is None:
            lists = list_saved_lists(self.catalogue)
            if not lists:
                self.say(tr("There are no saved lists yet: put resources on the sheet and press “Save as list…”."))
                return False
            labels = [f"{s.name} ({s.count})" for s in lists]
            chosen, ok = QInputDialog.getItem(self, tr("Load list"), tr("List:"), labels, 0, False)
            if not ok:
                return False
            name = lists[labels.index(chosen)].id
        try:
            saved = load_list(self.catalogue, name)
        except NotFound as exc:
            self.say(said(exc), error=True)
            return False
        self.load_items([ListItem(i.resource_id, i.note) for i in saved.items], note=saved.note)
        if not self.last_error:
            self.say(tr("Loaded the list “{name}”.").format(name=saved.name))
        return True

    def load_items(self, items: list[ListItem], note: str | None = None, title: str | None = None,
                   language: str | None = None) -> AddResult:
        """Empty the tray and fill it (a saved list, or a sheet from History)."""
        self.clear()
        if note:
            self.sheet_note.setPlainText(note)
        if title:
            self.title_edit.setText(title)
        if language:
            index = self.language_combo.findData(language)
            if index >= 0:
                self.language_combo.setCurrentIndex(index)
        return self.add_resources([i.resource_id for i in items], notes={i.resource_id: i.note for i in items})



class SheetBar(QWidget):
    """The empty tray folded to a thin bar down the window's side, so the results get the
    width: a click (or Enter) opens the tray, and resource rows can be dropped on it."""

    clicked = Signal()
    ids_dropped = Signal(list)
    TEXT = QT_TR_NOOP("Referral sheet: empty — click to open")  # painted through tr()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("sheet_bar")
        self.setAcceptDrops(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setAccessibleName(tr("Referral sheet (empty): open it"))
        self.setToolTip(tr("The referral sheet is empty. Click to open it, drop resources here, or press Ctrl+Enter "
                        "on the chosen ones"))
        self.setFixedWidth(self.fontMetrics().height() + 14)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(self.width(), self.fontMetrics().horizontalAdvance(tr(self.TEXT)) + 24)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(self.width(), 40)

    def paintEvent(self, _event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().alternateBase())
        painter.setPen(self.palette().windowText().color())
        painter.translate(self.width() / 2 + self.fontMetrics().ascent() / 2 - 2, 12)
        painter.rotate(90)  # reads top to bottom, as a book's spine on a shelf
        painter.drawText(0, 0, tr(self.TEXT))
        painter.end()

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.clicked.emit()

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit()
            return
        super().keyPressEvent(event)

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if event.mimeData().hasFormat(RESOURCE_IDS_MIME):
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()

    def dropEvent(self, event) -> None:  # noqa: N802
        ids = ids_from_mime(event.mimeData())
        if ids:
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
            self.ids_dropped.emit(ids)


class SheetPart(QObject):
    """The tray as a part of the main window: the dock (folded to a thin bar while the tray is
    empty, so the results get the width, and opened as it fills), "Add to sheet" (a button for the
    browser's tool row, Ctrl+Enter and the results' context menu), rows dragged from the
    results, and the actions the window puts in its menus: Print sheet… / Print preview… /
    Save sheet as PDF…, Preferences…, Show referral sheet and Sheet history."""

    window_language_chosen = Signal(str)  # Preferences chose a language the window does not speak yet

    def __init__(self, window: QMainWindow, browser: Browser):
        from PySide6.QtGui import QAction
        from PySide6.QtWidgets import QDockWidget

        super().__init__(window)
        self._window = window
        self._browser = browser
        self.tray = SheetTray(browser.catalogue, window)
        self.tray.setMinimumWidth(TRAY_MIN_WIDTH)
        self.bar = SheetBar()
        self.bar.clicked.connect(self.open)
        self.bar.ids_dropped.connect(lambda ids: self.tray.add_resources(ids))
        self.pages = QStackedWidget()
        self.pages.addWidget(self.tray)
        self.pages.addWidget(self.bar)
        self.dock = QDockWidget(tr("Referral sheet"), window)
        self.dock.setObjectName("sheet_dock")
        self.dock.setWidget(self.pages)
        self._held_open = False  # the person opened the empty tray (to load a list, say)
        self._open_width = app_settings().value("sheet/open_width", TRAY_OPEN_WIDTH, type=int)
        self.tray.changed.connect(self._fold_when_empty)
        self.dock.topLevelChanged.connect(lambda _floating: self._fold_when_empty())

        def action(text: str, slot, shortcut=None, tip: str = "") -> QAction:
            made = QAction(text, window)
            if shortcut:
                made.setShortcuts([QKeySequence(k) for k in (shortcut if isinstance(shortcut, list) else [shortcut])])
            made.setStatusTip(tip)
            made.setToolTip(tip)
            made.triggered.connect(lambda _checked=False: slot())
            return made

        self.add_action = action(tr("Add to sheet"), self.add_selected, ["Ctrl+Return", "Ctrl+Enter"],
                                 tr("Put the chosen resources on the referral sheet (Ctrl+Enter)"))
        self.add_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.add_button = QPushButton(tr("Add to sheet"))
        self.add_button.setObjectName("add_to_sheet")
        self.add_button.setToolTip(tr("Put the chosen resources on the referral sheet (Ctrl+Enter, or drag them)"))
        self.add_button.clicked.connect(self.add_selected)
        browser.selection_changed.connect(self._selection_changed)
        self._selection_changed(browser.selected_count())
        self.results_drag = ResultsDragSource(browser.table, browser.selected_resource_ids)

        self.print_action = action(tr("&Print sheet…"), self._when_not_empty(self.tray.print_),
                                   QKeySequence.StandardKey.Print, tr("Print the referral sheet"))
        self.preview_action = action(tr("Print pre&view…"), self._when_not_empty(self.tray.preview), None,
                                     tr("See the referral sheet as it will print"))
        self.save_pdf_action = action(tr("Save sheet as P&DF…"), self._when_not_empty(self.tray.save_pdf),
                                      "Ctrl+Shift+P", tr("Save the referral sheet as a PDF"))
        self.preferences_action = action(tr("P&references…"), self.preferences, "Ctrl+,",
                                         tr("Practice header, sheet language and paper, referral log"))
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.history_action = action(tr("Sheet &history"), self.history, "Ctrl+Shift+H",
                                     tr("Sheets printed or saved; open one again in the tray"))
        for made in (self.print_action, self.preview_action, self.save_pdf_action, self.preferences_action,
                     self.history_action):
            window.addAction(made)
        self.show_action = self.dock.toggleViewAction()
        self.show_action.setText(tr("Show referral &sheet"))
        self._fold_when_empty()

    # -- folding ----------------------------------------------------------------------------
    @property
    def folded(self) -> bool:
        return self.pages.currentWidget() is self.bar

    def open(self) -> None:
        """Show the whole tray, empty or not (it folds again once emptied)."""
        self.dock.show()
        self._held_open = True
        self._set_folded(False)

    def _fold_when_empty(self) -> None:
        empty = self.tray.list.count() == 0
        if not empty:
            self._held_open = False
        self._set_folded(empty and not self._held_open and not self.dock.isFloating())

    def _set_folded(self, folded: bool) -> None:
        if folded == self.folded:
            return
        if folded:
            if self.dock.isVisible() and self.dock.width() >= TRAY_MIN_WIDTH:  # the person's width
                self._open_width = self.dock.width()
                app_settings().setValue("sheet/open_width", self._open_width)
            self.pages.setCurrentWidget(self.bar)
            self.tray.hide()  # its minimum width no longer counts
            self.dock.setTitleBarWidget(QWidget())  # no title: the bar says what it is
            width = self.bar.width()
            self.pages.setMaximumWidth(width)
        else:
            self.dock.setTitleBarWidget(None)
            self.pages.setMaximumWidth(16777215)
            self.tray.show()
            self.pages.setCurrentWidget(self.tray)
            width = max(self._open_width, TRAY_MIN_WIDTH)
        self._resize_dock(width)

    def _resize_dock(self, width: int) -> None:
        if self.dock.isFloating() or self._window.dockWidgetArea(self.dock) == Qt.DockWidgetArea.NoDockWidgetArea:
            return  # floating, or the window has not placed it yet (it folds as placed)
        window = self._window
        window.resizeDocks([self.dock], [width], Qt.Orientation.Horizontal)
        # Once laid out too: a window being built has no width to share yet.
        QTimer.singleShot(0, lambda: self.dock.isVisible() and not self.dock.isFloating()
                          and window.resizeDocks([self.dock], [width], Qt.Orientation.Horizontal))

    def set_catalogue(self, catalogue: Catalogue) -> None:
        self.tray.set_catalogue(catalogue)

    def _selection_changed(self, selected: int) -> None:
        self.add_button.setEnabled(selected > 0)
        self.add_action.setEnabled(selected > 0)

    def add_selected(self) -> None:
        ids = self._browser.selected_resource_ids()
        if ids:
            self.dock.show()
            self.tray.add_resources(ids)  # the tray unfolds as it fills

    def _when_not_empty(self, slot):
        def run() -> None:
            if not self.tray.resource_ids():
                self.open()
                self.tray.say(tr("The sheet is empty: add resources from the results first (Ctrl+Enter)."), error=True)
                return
            slot()
        return run

    def preferences(self) -> None:
        from resource_desk.gui.preferences import PreferencesDialog

        from resource_desk.gui.i18n import chosen_language, current_language

        dialog = PreferencesDialog(self.tray.catalogue, self._window)
        if dialog.exec() and dialog.saved is not None:
            self.tray.apply_preferences(dialog.saved)
            if chosen_language(app_settings()) != current_language():
                self.window_language_chosen.emit(chosen_language(app_settings()))

    def reopen(self, record) -> None:
        from resource_desk.core.lists import ListItem

        if self.tray.resource_ids() and QMessageBox.question(
                self._window, tr("Sheet history"), tr("Replace the resources on the sheet with this one?")) \
                != QMessageBox.StandardButton.Yes:
            return
        self.open()
        self.tray.load_items([ListItem(rid) for rid in record.resource_ids], title=record.title,
                             language=record.language)

    def history(self) -> None:
        from resource_desk.gui.history import SheetHistoryDialog

        dialog = SheetHistoryDialog(self.tray.catalogue, self._window)
        dialog.reopen.connect(self.reopen)
        self.tray.sheet_logged.connect(dialog.refresh)
        dialog.exec()
        self.tray.sheet_logged.disconnect(dialog.refresh)
