"""The resource form: add, edit or duplicate one resource, every field of ResourceData.

Problems are shown in red beside the field concerned (the rules are core.validation's),
and the first bad field gets the focus. Ctrl+S saves, Esc cancels.
"""

from __future__ import annotations

import re
from dataclasses import replace

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from resource_desk.core.database import Catalogue
from resource_desk.core.languages import LANGUAGES, language_code
from resource_desk.core.lookups import organization_names, verifier_names
from resource_desk.core.records import (
    COST_LABELS,
    DELIVERY_LABELS,
    FACET_LABELS,
    KIND_LABELS,
    PHONE_KIND_LABELS,
    STATUS_LABELS,
    AddressRecord,
    PhoneRecord,
    ResourceData,
    TagRecord,
)
from resource_desk.core.resources import NotFound, ValidationError
from resource_desk.core.snapshots import Snapshot
from resource_desk.core.tags import list_tags
from resource_desk.core.text import fold
from resource_desk.core.undoable import save_resource
from resource_desk.gui.common import APP_TITLE, ERROR_COLOR, language_label, swatch
from resource_desk.gui.translations_tab import TranslationsTab
from resource_desk.gui.i18n import QT_TR_NOOP, said, tr

NO_AGE = -1
PHONE_COLUMNS = (QT_TR_NOOP("Number"), QT_TR_NOOP("Kind"), QT_TR_NOOP("Extension"), QT_TR_NOOP("Label"))
ADDRESS_COLUMNS = (QT_TR_NOOP("Street"), QT_TR_NOOP("City"), QT_TR_NOOP("Region"), QT_TR_NOOP("Postal code"),
                   QT_TR_NOOP("Country"), QT_TR_NOOP("Confidential"))  # headers, shown through tr()
TAG_ID_ROLE = Qt.ItemDataRole.UserRole + 1
NEW_TAG_FACETS = ("need", "identity")  # a new tag is offered in What it offers first (Enter makes it)
CODE_ROLE = Qt.ItemDataRole.UserRole + 2
EXTRA_ROLE = Qt.ItemDataRole.UserRole + 3

# Tab of each field that can be wrong, so the form can show it.
TAB_ABOUT, TAB_CONTACT, TAB_TAGS, TAB_LANGUAGES, TAB_VERIFICATION = range(5)


def _error_label() -> QLabel:
    label = QLabel()
    label.setStyleSheet(f"color: {ERROR_COLOR}; font-weight: bold;")
    label.setWordWrap(True)
    label.setVisible(False)
    return label


def _text_or_none(value: str) -> str | None:
    value = value.strip()
    return value or None


def _plain(minimum_lines: int = 3) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    height = edit.fontMetrics().lineSpacing() * minimum_lines + 14
    edit.setMinimumHeight(height)
    edit.setMaximumHeight(max(height, edit.fontMetrics().lineSpacing() * (minimum_lines + 4)))
    return edit


class TagFinder(QLineEdit):
    """The tag finder: Enter makes the tag offered for a new name instead of saving the form."""

    enter_pressed = None  # () -> bool: True when it acted on the key

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.enter_pressed is not None \
                and self.enter_pressed():
            event.accept()
            return
        super().keyPressEvent(event)


class ResourceForm(QDialog):
    """``ResourceForm(catalogue, data).exec()``; after Save, ``saved`` holds the stored record."""

    def __init__(self, catalogue: Catalogue, data: ResourceData | None = None, parent: QWidget | None = None,
                 title: str | None = None):
        super().__init__(parent)
        self.catalogue = catalogue
        self.original = data or ResourceData(name="")
        self.saved: ResourceData | None = None
        self.tag_op = None  # the new tag being stored, if any
        self.before: Snapshot | None = None  # after Save: the rows as they were, for Edit ▸ Undo
        self.errors: dict[str, QLabel] = {}
        self._focus_for: dict[str, tuple[int, QWidget]] = {}
        if title is None:
            title = (tr("Add a resource") if self.original.id is None
                     else tr("Edit “{name}”").format(name=self.original.name))
        self.setWindowTitle(title)
        self.setObjectName("ResourceForm")
        self.setSizeGripEnabled(True)

        self._tags = list_tags(catalogue, with_counts=False)
        self._organizations = organization_names(catalogue)
        self._verifiers = verifier_names(catalogue)

        layout = QVBoxLayout(self)
        self.summary = _error_label()
        layout.addWidget(self.summary)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._about_tab(), tr("&About"))
        self.tabs.addTab(self._contact_tab(), tr("&Contact && places"))
        self.tabs.addTab(self._tags_tab(), tr("&Tags"))
        self.tabs.addTab(self._languages_tab(), tr("&Languages && access"))
        self.tabs.addTab(self._verification_tab(), tr("&Verification && notes"))
        self.translations_tab = TranslationsTab()  # its text in other languages; discreet name
        self.tabs.addTab(self.translations_tab, tr("T&ranslations && discreet"))
        layout.addWidget(self.tabs, 1)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setToolTip(tr("Save (Ctrl+S)"))
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.save_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        self.save_shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self.save_shortcut.activated.connect(self.save)

        self._populate(self.original)
        self._initial = self.collect()
        self.resize(820, 640)
        self.name.setFocus()

    # -- building the tabs -----------------------------------------------------------------
    def _field(self, form: QFormLayout, label: str, widget: QWidget, key: str | None, tab: int,
               focus: QWidget | None = None) -> None:
        """A form row: the label (whose mnemonic focuses the field), the field, and its error label."""
        target = focus or widget
        caption = QLabel(label)
        caption.setBuddy(target)
        if key is None:
            form.addRow(caption, widget)
            return
        row = QWidget()
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(widget, 3)
        error = _error_label()
        error.setObjectName(f"error_{key}")
        box.addWidget(error, 2)
        self.errors[key] = error
        self._focus_for[key] = (tab, target)
        form.addRow(caption, row)

    def _choices(self, labels: dict[str, str], none_label: str | None = None, name: str = "") -> QComboBox:
        combo = QComboBox()
        if none_label is not None:
            combo.addItem(none_label, None)
        for key, label in labels.items():
            combo.addItem(tr(label), key)
        combo.setAccessibleName(name)
        return combo

    def _about_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name = QLineEdit()
        self.name.setAccessibleName(tr("Name"))
        self.name.setPlaceholderText(tr("What people call it, e.g. Trans Youth Drop-In"))
        self._field(form, tr("&Name:"), self.name, "name", TAB_ABOUT)

        self.organization = QComboBox()
        self.organization.setEditable(True)
        self.organization.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.organization.addItem("")
        self.organization.addItems(self._organizations)
        self.organization.setAccessibleName(tr("Organization"))
        completer = QCompleter(self._organizations, self.organization)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.organization.setCompleter(completer)
        self.organization.lineEdit().setPlaceholderText(tr("Type a new name or pick one"))
        self._field(form, tr("&Organization:"), self.organization, None, TAB_ABOUT)

        self.kind = self._choices(KIND_LABELS, name=tr("Kind"))
        self._field(form, tr("&Kind:"), self.kind, "kind", TAB_ABOUT)
        self.status = self._choices(STATUS_LABELS, name=tr("Status"))
        self._field(form, tr("&Status:"), self.status, "status", TAB_ABOUT)

        self.description = _plain(4)
        self.description.setAccessibleName(tr("Description"))
        self._field(form, tr("&Description:"), self.description, None, TAB_ABOUT)
        self.eligibility = _plain(2)
        self.eligibility.setAccessibleName(tr("Eligibility"))
        self._field(form, tr("&Eligibility:"), self.eligibility, None, TAB_ABOUT)

        ages = QWidget()
        ages_box = QHBoxLayout(ages)
        ages_box.setContentsMargins(0, 0, 0, 0)
        self.age_min = QSpinBox()
        self.age_max = QSpinBox()
        for spin, name in ((self.age_min, tr("Youngest age")), (self.age_max, tr("Oldest age"))):
            spin.setRange(NO_AGE, 120)
            spin.setSpecialValueText(tr("any"))
            spin.setValue(NO_AGE)
            spin.setAccessibleName(name)
        ages_box.addWidget(QLabel(tr("from")))
        ages_box.addWidget(self.age_min)
        ages_box.addWidget(QLabel(tr("to")))
        ages_box.addWidget(self.age_max)
        self.age_error = _error_label()
        self.age_error.setObjectName("error_age")
        ages_box.addWidget(self.age_error, 1)
        ages_box.addStretch(0)
        self.errors["age_min"] = self.age_error
        self.errors["age_max"] = self.age_error
        self._focus_for["age_min"] = (TAB_ABOUT, self.age_min)
        self._focus_for["age_max"] = (TAB_ABOUT, self.age_max)
        caption = QLabel(tr("A&ges:"))
        caption.setBuddy(self.age_min)
        form.addRow(caption, ages)

        self.cost = self._choices(COST_LABELS, tr("Not stated"), name=tr("Cost"))
        self._field(form, tr("&Cost:"), self.cost, "cost", TAB_ABOUT)
        self.fees = QLineEdit()
        self.fees.setAccessibleName(tr("Fees"))
        self.fees.setPlaceholderText(tr("e.g. $0–40 per session on a sliding scale"))
        self._field(form, tr("&Fees:"), self.fees, None, TAB_ABOUT)
        self.delivery = self._choices(DELIVERY_LABELS, tr("Not stated"), name=tr("Delivery"))
        self._field(form, tr("Deli&very:"), self.delivery, "delivery", TAB_ABOUT)
        self.hours = _plain(2)
        self.hours.setAccessibleName(tr("Hours"))
        self._field(form, tr("&Hours:"), self.hours, None, TAB_ABOUT)
        return page

    def _contact_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.website = QLineEdit()
        self.website.setAccessibleName(tr("Website"))
        self.website.setPlaceholderText(tr("example.org"))
        self._field(form, tr("&Website:"), self.website, "website", TAB_CONTACT)
        self.email = QLineEdit()
        self.email.setAccessibleName(tr("Email"))
        self.email.setPlaceholderText(tr("name@example.org"))
        self._field(form, tr("&Email:"), self.email, "email", TAB_CONTACT)
        layout.addLayout(form)

        phones_label = QLabel(tr("&Phones:"))
        layout.addWidget(phones_label)
        self.phones = QTableWidget(0, len(PHONE_COLUMNS))
        self.phones.setHorizontalHeaderLabels([tr(c) for c in PHONE_COLUMNS])
        self.phones.setAccessibleName(tr("Phones"))
        self.phones.verticalHeader().setVisible(False)
        self.phones.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.phones.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.phones.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.phones.setTabKeyNavigation(False)
        phones_label.setBuddy(self.phones)
        layout.addWidget(self.phones, 1)
        phone_buttons = QHBoxLayout()
        self.add_phone_button = QPushButton(tr("Add phone"))
        self.add_phone_button.clicked.connect(lambda: self._edit_new_row(self.phones, self.add_phone()))
        self.remove_phone_button = QPushButton(tr("Remove phone"))
        self.remove_phone_button.clicked.connect(lambda: self._remove_rows(self.phones))
        phone_buttons.addWidget(self.add_phone_button)
        phone_buttons.addWidget(self.remove_phone_button)
        self.phone_error = _error_label()
        self.phone_error.setObjectName("error_phones")
        phone_buttons.addWidget(self.phone_error, 1)
        layout.addLayout(phone_buttons)
        self.errors["phones"] = self.phone_error
        self._focus_for["phones"] = (TAB_CONTACT, self.phones)

        addresses_label = QLabel(tr("Addresses (tick “Confidential” for a shelter whose address must stay "
                                 "hidden; it is never printed):"))
        addresses_label.setWordWrap(True)
        layout.addWidget(addresses_label)
        self.addresses = QTableWidget(0, len(ADDRESS_COLUMNS))
        self.addresses.setHorizontalHeaderLabels([tr(c) for c in ADDRESS_COLUMNS])
        self.addresses.setAccessibleName(tr("Addresses"))
        self.addresses.verticalHeader().setVisible(False)
        self.addresses.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.addresses.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.ResizeToContents)
        self.addresses.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.addresses.setTabKeyNavigation(False)
        addresses_label.setBuddy(self.addresses)
        layout.addWidget(self.addresses, 1)
        address_buttons = QHBoxLayout()
        self.add_address_button = QPushButton(tr("Add address"))
        self.add_address_button.clicked.connect(lambda: self._edit_new_row(self.addresses, self.add_address()))
        self.remove_address_button = QPushButton(tr("Remove address"))
        self.remove_address_button.clicked.connect(lambda: self._remove_rows(self.addresses))
        address_buttons.addWidget(self.add_address_button)
        address_buttons.addWidget(self.remove_address_button)
        address_buttons.addStretch(1)
        layout.addLayout(address_buttons)
        return page

    def _tags_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.tag_filter = TagFinder()
        self.tag_filter.setPlaceholderText(tr("Find a tag, or type a new one…"))
        self.tag_filter.setAccessibleName(tr("Find a tag"))
        self.tag_filter.setClearButtonEnabled(True)
        self.tag_filter.textChanged.connect(self._filter_tags)
        self.tag_filter.enter_pressed = self._create_offered_tag
        layout.addWidget(self.tag_filter)
        # A name no tag has yet: offered as a new tag in either group, ticked once made.
        offers = QHBoxLayout()
        self.create_tag_buttons: dict[str, QPushButton] = {}
        for facet in NEW_TAG_FACETS:
            button = QPushButton()
            button.setVisible(False)
            if facet == NEW_TAG_FACETS[0]:
                button.setToolTip(tr("Or press Enter in the finder"))
            button.clicked.connect(lambda _checked=False, f=facet: self.create_tag(f, self.tag_filter.text()))
            offers.addWidget(button)
            self.create_tag_buttons[facet] = button
        offers.addStretch(1)
        layout.addLayout(offers)
        lists = QHBoxLayout()
        self.tag_lists: dict[str, QListWidget] = {}
        for facet, label in FACET_LABELS.items():
            column = QVBoxLayout()
            caption = QLabel(f"<b>{tr(label)}</b>")
            column.addWidget(caption)
            widget = QListWidget()
            widget.setAccessibleName(tr(label))
            caption.setBuddy(widget)
            for tag in self._tags:
                if tag.facet == facet:
                    self._add_tag_item(widget, tag)
            column.addWidget(widget, 1)
            lists.addLayout(column)
            self.tag_lists[facet] = widget
        layout.addLayout(lists, 1)
        return page

    @staticmethod
    def _add_tag_item(widget: QListWidget, tag: TagRecord) -> QListWidgetItem:
        item = QListWidgetItem(swatch(tag.color), tag.name)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        item.setData(TAG_ID_ROLE, tag.id)
        if tag.aliases:
            item.setToolTip(tr("Also known as: ") + ", ".join(tag.aliases[:12]))
        widget.addItem(item)
        return item

    def _update_tag_offers(self, text: str) -> None:
        """Offer "Create tag 'grief' in …" for each group that has no tag (or alias) of that name."""
        name, key = " ".join(text.split()), fold(text)
        for facet, button in self.create_tag_buttons.items():
            taken = any(t.facet == facet and key in (fold(t.name), *t.aliases) for t in self._tags)
            button.setVisible(bool(key) and not taken)
            button.setText(tr("Create tag “{name}” in {group}").format(name=name, group=tr(FACET_LABELS[facet])))

    def _create_offered_tag(self) -> bool:
        """Enter in the finder: the first offer (What it offers), when one is shown."""
        for facet, button in self.create_tag_buttons.items():
            if button.isVisibleTo(self) and button.isEnabled():
                self.create_tag(facet, self.tag_filter.text())
                return True
        return False

    def create_tag(self, facet: str, name: str) -> None:
        """Add the tag to the catalogue (on the write worker) and tick it in this form."""
        from resource_desk.core.tags import add_tag
        from resource_desk.gui.worker import Changes, WriteOp

        catalogue = self.catalogue
        for button in self.create_tag_buttons.values():
            button.setEnabled(False)

        def made(tag: TagRecord) -> None:
            for button in self.create_tag_buttons.values():
                button.setEnabled(True)
            self._tags.append(tag)
            item = self._add_tag_item(self.tag_lists[facet], tag)
            item.setCheckState(Qt.CheckState.Checked)
            self.tag_filter.clear()  # every tag shows again, the new one ticked among them
            self.tag_lists[facet].scrollToItem(item)

        def failed(error: BaseException) -> None:
            for button in self.create_tag_buttons.values():
                button.setEnabled(True)
            from resource_desk.gui.errors import show_error

            show_error(self, error)

        self.tag_op = WriteOp(self, lambda _progress: add_tag(catalogue, facet, name),
                              Changes(tags=True)).success(made).failure(failed)
        self.tag_op.run()

    def _languages_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        caption = QLabel(tr("Languages &offered (tick every one staff or interpreters speak):"))
        layout.addWidget(caption)
        self.language_filter = QLineEdit()
        self.language_filter.setPlaceholderText(tr("Find a language…"))
        self.language_filter.setAccessibleName(tr("Find a language"))
        self.language_filter.setClearButtonEnabled(True)
        self.language_filter.textChanged.connect(self._filter_languages)
        layout.addWidget(self.language_filter)
        self.languages = QListWidget()
        self.languages.setAccessibleName(tr("Languages"))
        caption.setBuddy(self.language_filter)
        for code in sorted(LANGUAGES, key=language_label):
            self._add_language_item(code)
        layout.addWidget(self.languages, 1)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.other_languages = QLineEdit()
        self.other_languages.setAccessibleName(tr("Other language codes"))
        self.other_languages.setPlaceholderText(tr("Other languages as ISO 639 codes or names, comma separated"))
        self._field(form, tr("Ot&her:"), self.other_languages, None, TAB_LANGUAGES)
        self.accessibility = _plain(3)
        self.accessibility.setAccessibleName(tr("Accessibility"))
        self.accessibility.setPlaceholderText(tr("Step-free entrance, ASL interpreters on request, quiet room…"))
        self._field(form, tr("Acc&essibility:"), self.accessibility, None, TAB_LANGUAGES)
        layout.addLayout(form)
        return page

    def _add_language_item(self, code: str) -> QListWidgetItem:
        item = QListWidgetItem(f"{language_label(code)} — {code}")
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        item.setData(CODE_ROLE, code)
        self.languages.addItem(item)
        return item

    def _verification_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        row = QWidget()
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        self.verified = QCheckBox(tr("Verified on"))
        self.verified.setAccessibleName(tr("Verified"))
        self.verified_on = QDateEdit()
        self.verified_on.setCalendarPopup(True)
        self.verified_on.setDisplayFormat("yyyy-MM-dd")
        self.verified_on.setMaximumDate(QDate.currentDate().addDays(1))
        self.verified_on.setDate(QDate.currentDate())
        self.verified_on.setAccessibleName(tr("Last verified on"))
        self.verified_on.setEnabled(False)
        self.verified.toggled.connect(self.verified_on.setEnabled)
        self.today_button = QPushButton(tr("&Today"))
        self.today_button.clicked.connect(self._verified_today)
        box.addWidget(self.verified)
        box.addWidget(self.verified_on)
        box.addWidget(self.today_button)
        box.addStretch(1)
        self._field(form, tr("Last verified:"), row, None, TAB_VERIFICATION, focus=self.verified)
        self.verified_by = QComboBox()
        self.verified_by.setEditable(True)
        self.verified_by.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.verified_by.addItem("")
        self.verified_by.addItems(self._verifiers)
        self.verified_by.setAccessibleName(tr("Verified by"))
        self.verified_by.lineEdit().setPlaceholderText(tr("Your initials or name"))
        self._field(form, tr("Verified &by:"), self.verified_by, None, TAB_VERIFICATION)
        self.private_notes = _plain(6)
        self.private_notes.setMaximumHeight(16777215)
        self.private_notes.setAccessibleName(tr("Private notes"))
        self.private_notes.setPlaceholderText(tr("For you only: never printed on a referral sheet. "
                                              "Do not write client names here."))
        self._field(form, tr("&Private notes:"), self.private_notes, None, TAB_VERIFICATION)
        return page

    # -- rows of the phone and address tables ------------------------------------------------
    def add_phone(self, phone: PhoneRecord | None = None) -> int:
        phone = phone or PhoneRecord(number="")
        row = self.phones.rowCount()
        self.phones.insertRow(row)
        self.phones.setItem(row, 0, QTableWidgetItem(phone.number))
        kind = QComboBox()
        for key, label in PHONE_KIND_LABELS.items():
            kind.addItem(tr(label), key)
        kind.setCurrentIndex(max(kind.findData(phone.kind), 0))
        kind.setAccessibleName(tr("Kind of line"))
        self.phones.setCellWidget(row, 1, kind)
        self.phones.setItem(row, 2, QTableWidgetItem(phone.extension or ""))
        self.phones.setItem(row, 3, QTableWidgetItem(phone.label or ""))
        return row

    def add_address(self, address: AddressRecord | None = None) -> int:
        address = address or AddressRecord()
        row = self.addresses.rowCount()
        self.addresses.insertRow(row)
        values = (address.lines.replace("\n", ", "), address.city, address.region, address.postal_code,
                  address.country)
        for column, value in enumerate(values):
            item = QTableWidgetItem(value or "")
            if column == 0:
                # Kept so that an address left as it was is saved as it was (lines, map position).
                item.setData(EXTRA_ROLE, (address.latitude, address.longitude, address.lines))
            self.addresses.setItem(row, column, item)
        confidential = QTableWidgetItem("")
        confidential.setToolTip(tr("Confidential: hidden on screen until revealed, never printed"))
        confidential.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                              | Qt.ItemFlag.ItemIsUserCheckable)
        confidential.setCheckState(Qt.CheckState.Checked if address.confidential else Qt.CheckState.Unchecked)
        self.addresses.setItem(row, 5, confidential)
        return row

    @staticmethod
    def _edit_new_row(table: QTableWidget, row: int) -> None:
        table.setFocus()
        table.setCurrentCell(row, 0)
        table.editItem(table.item(row, 0))

    @staticmethod
    def _remove_rows(table: QTableWidget) -> None:
        rows = sorted({index.row() for index in table.selectedIndexes()} or
                      ({table.currentRow()} if table.currentRow() >= 0 else set()), reverse=True)
        for row in rows:
            table.removeRow(row)

    @staticmethod
    def _cell(table: QTableWidget, row: int, column: int) -> str:
        item = table.item(row, column)
        return item.text().strip() if item is not None else ""

    # -- filling in and reading back ----------------------------------------------------------
    def _populate(self, data: ResourceData) -> None:
        self.name.setText(data.name)
        self.organization.setCurrentText(data.organization or "")
        self.kind.setCurrentIndex(max(self.kind.findData(data.kind), 0))
        self.status.setCurrentIndex(max(self.status.findData(data.status), 0))
        self.description.setPlainText(data.description or "")
        self.eligibility.setPlainText(data.eligibility or "")
        self.age_min.setValue(NO_AGE if data.age_min is None else data.age_min)
        self.age_max.setValue(NO_AGE if data.age_max is None else data.age_max)
        self.cost.setCurrentIndex(max(self.cost.findData(data.cost), 0))
        self.fees.setText(data.fees or "")
        self.delivery.setCurrentIndex(max(self.delivery.findData(data.delivery), 0))
        self.hours.setPlainText(data.hours or "")
        self.website.setText(data.website or "")
        self.email.setText(data.email or "")
        for phone in data.phones:
            self.add_phone(phone)
        for address in data.addresses:
            self.add_address(address)
        chosen = {t.id for t in data.tags}
        for widget in self.tag_lists.values():
            for i in range(widget.count()):
                item = widget.item(i)
                item.setCheckState(Qt.CheckState.Checked if item.data(TAG_ID_ROLE) in chosen
                                   else Qt.CheckState.Unchecked)
        codes = list(data.languages)
        for code in codes:
            item = self._language_item(code)
            if item is None:
                item = self._add_language_item(code)
            item.setCheckState(Qt.CheckState.Checked)
        self.accessibility.setPlainText(data.accessibility or "")
        self.verified.setChecked(data.last_verified is not None)
        if data.last_verified is not None:
            self.verified_on.setMaximumDate(max(QDate(data.last_verified), QDate.currentDate().addDays(1)))
            self.verified_on.setDate(QDate(data.last_verified))
        self.verified_by.setCurrentText(data.verified_by or "")
        self.private_notes.setPlainText(data.private_notes or "")
        self.translations_tab.load(data)

    def _language_item(self, code: str) -> QListWidgetItem | None:
        for i in range(self.languages.count()):
            item = self.languages.item(i)
            if item.data(CODE_ROLE) == code:
                return item
        return None

    def _phone_rows(self) -> list[int]:
        """Table rows that hold a number (empty rows are left out, as saving does)."""
        return [row for row in range(self.phones.rowCount()) if self._cell(self.phones, row, 0)]

    def _languages(self) -> tuple[str, ...]:
        codes = [self.languages.item(i).data(CODE_ROLE) for i in range(self.languages.count())
                 if self.languages.item(i).checkState() == Qt.CheckState.Checked]
        for word in re.split(r"[,;]", self.other_languages.text()):
            word = word.strip()
            if word:
                codes.append(language_code(word) or fold(word))
        return tuple(dict.fromkeys(codes))

    def _chosen_tags(self) -> tuple[TagRecord, ...]:
        by_id = {t.id: t for t in self._tags}
        chosen = []
        for widget in self.tag_lists.values():
            for i in range(widget.count()):
                item = widget.item(i)
                if item.checkState() == Qt.CheckState.Checked and item.data(TAG_ID_ROLE) in by_id:
                    chosen.append(by_id[item.data(TAG_ID_ROLE)])
        return tuple(chosen)

    def collect(self) -> ResourceData:
        """What the form says now, as a record to save."""
        phones = []
        for row in self._phone_rows():
            kind = self.phones.cellWidget(row, 1)
            phones.append(PhoneRecord(
                number=self._cell(self.phones, row, 0),
                kind=kind.currentData() if isinstance(kind, QComboBox) else "voice",
                extension=self._cell(self.phones, row, 2) or None,
                label=self._cell(self.phones, row, 3) or None,
            ))
        addresses = []
        for row in range(self.addresses.rowCount()):
            values = [self._cell(self.addresses, row, column) for column in range(5)]
            if not any(values):
                continue
            lines, city, region, postal_code, country = values
            first = self.addresses.item(row, 0)
            latitude, longitude, original_lines = (first.data(EXTRA_ROLE) if first is not None
                                                   and first.data(EXTRA_ROLE) else (None, None, ""))
            if original_lines and lines == original_lines.replace("\n", ", "):
                lines = original_lines
            confidential = self.addresses.item(row, 5)
            addresses.append(AddressRecord(
                lines=lines,
                city=city or None,
                region=region or None,
                postal_code=postal_code or None,
                country=(country.upper() or None) if country else None,
                confidential=confidential is not None and confidential.checkState() == Qt.CheckState.Checked,
                latitude=latitude,
                longitude=longitude,
            ))
        verified = self.verified_on.date().toPython() if self.verified.isChecked() else None
        return self.translations_tab.applied(replace(
            self.original,
            name=self.name.text().strip(),
            organization=_text_or_none(self.organization.currentText()),
            organization_id=None,
            kind=self.kind.currentData(),
            status=self.status.currentData(),
            description=_text_or_none(self.description.toPlainText()),
            eligibility=_text_or_none(self.eligibility.toPlainText()),
            age_min=None if self.age_min.value() == NO_AGE else self.age_min.value(),
            age_max=None if self.age_max.value() == NO_AGE else self.age_max.value(),
            cost=self.cost.currentData(),
            fees=_text_or_none(self.fees.text()),
            delivery=self.delivery.currentData(),
            hours=_text_or_none(self.hours.toPlainText()),
            languages=self._languages(),
            accessibility=_text_or_none(self.accessibility.toPlainText()),
            website=_text_or_none(self.website.text()),
            email=_text_or_none(self.email.text()),
            last_verified=verified,
            verified_by=_text_or_none(self.verified_by.currentText()),
            private_notes=_text_or_none(self.private_notes.toPlainText()),
            phones=tuple(phones),
            addresses=tuple(addresses),
            tags=self._chosen_tags(),
        ))

    # -- saving -------------------------------------------------------------------------
    def save(self) -> bool:
        """Validate and store; on a problem show it beside the field and keep the form open."""
        # An open cell editor holds text not yet in the table: commit it first.
        for table in (self.phones, self.addresses):
            editor = table.indexWidget(table.currentIndex())
            if editor is not None and table.state() == QAbstractItemView.State.EditingState:
                table.commitData(editor)
                table.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
        data = self.collect()
        try:
            saved, before = save_resource(self.catalogue, data)
        except ValidationError as exc:
            self.show_errors(exc.errors)
            return False
        except NotFound:
            QMessageBox.warning(self, APP_TITLE, tr("This resource was deleted in the meantime; it cannot be saved."))
            return False
        self.saved, self.before = saved, before
        self.clear_errors()
        super().accept()
        return True

    def accept(self) -> None:  # Enter on the default button
        self.save()

    def reject(self) -> None:
        if self.has_changes():
            answer = QMessageBox.question(
                self, APP_TITLE, tr("Discard your changes to this resource?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()

    def has_changes(self) -> bool:
        return self.collect() != self._initial

    def discard(self) -> None:
        """Close without asking, dropping what was typed."""
        self._initial = self.collect()
        super().reject()

    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear()
            label.setVisible(False)
        self.summary.clear()
        self.summary.setVisible(False)
        for widget in (self.name, self.website, self.email, self.age_min, self.age_max, self.phones):
            widget.setStyleSheet("")
            widget.setAccessibleDescription("")

    def show_errors(self, errors: dict[str, str]) -> None:
        self.clear_errors()
        first: tuple[int, QWidget] | None = None
        phone_rows = self._phone_rows()
        for key, message in errors.items():
            message = said(message)
            field, _, position = key.partition(".")
            label = self.errors.get(field)
            if field == "phones" and position.isdigit() and int(position) < len(phone_rows):
                row = phone_rows[int(position)]
                message = tr("Phone {number}: {problem}").format(number=row + 1, problem=message)
                self.phones.selectRow(row)
            if label is None:
                label = self.summary
            label.setText((label.text() + "\n" + message) if label.text() else message)
            label.setVisible(True)
            target = self._focus_for.get(field)
            if target is not None:
                target[1].setStyleSheet(f"border: 2px solid {ERROR_COLOR};")
                target[1].setAccessibleDescription(message)
                if first is None:
                    first = target
        if first is None and self.summary.text():
            first = (TAB_ABOUT, self.name)
        if first is not None:
            tab, widget = first
            self.tabs.setCurrentIndex(tab)
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- small conveniences ---------------------------------------------------------------
    def _verified_today(self) -> None:
        self.verified.setChecked(True)
        self.verified_on.setDate(QDate.currentDate())

    def _filter_tags(self, text: str) -> None:
        self._update_tag_offers(text)
        key = fold(text)
        aliases = {t.id: " ".join(t.aliases) for t in self._tags}
        for widget in self.tag_lists.values():
            for i in range(widget.count()):
                item = widget.item(i)
                haystack = fold(item.text() + " " + aliases.get(item.data(TAG_ID_ROLE), ""))
                item.setHidden(bool(key) and key not in haystack)

    def _filter_languages(self, text: str) -> None:
        key = fold(text)
        for i in range(self.languages.count()):
            item = self.languages.item(i)
            item.setHidden(bool(key) and key not in fold(item.text()))
