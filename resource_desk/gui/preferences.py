"""Edit ▸ Preferences…: the window's language, the practice header, the referral sheet defaults,
the reviewer's name.

The sheet defaults and the rest are stored in the catalogue (``core.settings``), so they travel
with it and the ``sheet`` command uses them too. The window's language is the person's: it is
kept with the window's layout (QSettings), whichever catalogue is open.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from resource_desk.core.database import Catalogue
from resource_desk.core.export_country import export_country, save_export_country, stored_export_country
from resource_desk.core.settings import (
    CRISIS_POSITIONS,
    PAPERS,
    WINDOW_LANGUAGES,
    SettingsError,
    SheetPreferences,
    REVIEWER_MAX,
    load_sheet_preferences,
    reviewer_name,
    save_reviewer_name,
    save_sheet_preferences,
    window_language_choice,
)
from resource_desk.sheets.translations import available_languages
from resource_desk.gui.common import app_settings
from resource_desk.gui.i18n import (
    LANGUAGE_KEY,
    QT_TR_NOOP,
    current_language,
    resolve_language,
    said,
    system_language,
    tr,
)

CRISIS_LABELS = {"top": QT_TR_NOOP("Pinned at the top"), "bottom": QT_TR_NOOP("Pinned at the bottom"),
                 "in_place": QT_TR_NOOP("Where I put them")}
PAPER_LABELS = {"letter": QT_TR_NOOP("US Letter"), "a4": "A4"}
# Each language by its own name, as language pickers do, so it can be found by whoever reads it.
WINDOW_LANGUAGE_NAMES = {"en": "English", "es": "Español"}


class PreferencesDialog(QDialog):
    def __init__(self, catalogue: Catalogue, parent: QWidget | None = None):
        super().__init__(parent)
        self.catalogue = catalogue
        self.saved: SheetPreferences | None = None
        self.setWindowTitle(tr("Preferences"))
        self.setObjectName("PreferencesDialog")
        layout = QVBoxLayout(self)

        window = QGroupBox(tr("Window"))
        form = QFormLayout(window)
        self.window_language = QComboBox()
        self.window_language.addItem(tr("As the system ({language})").format(
            language=WINDOW_LANGUAGE_NAMES[system_language()]), "system")
        for code in WINDOW_LANGUAGES:
            if code != "system":
                self.window_language.addItem(WINDOW_LANGUAGE_NAMES[code], code)
        stored = window_language_choice(str(app_settings().value(LANGUAGE_KEY, "system")))
        self.window_language.setCurrentIndex(max(self.window_language.findData(stored), 0))
        form.addRow(tr("Language of the &window:"), self.window_language)
        self.window_language_note = QLabel(tr("The window reopens in this language when you click Save."))
        self.window_language_note.setWordWrap(True)
        self.window_language_note.setVisible(False)
        self.window_language.currentIndexChanged.connect(self._window_language_changed)
        form.addRow("", self.window_language_note)
        layout.addWidget(window)

        practice = QGroupBox(tr("Practice header (printed at the top of every sheet)"))
        form = QFormLayout(practice)
        self.practice_name = QLineEdit()
        self.practice_name.setPlaceholderText(tr("e.g. Riverbend Counseling"))
        form.addRow(tr("Practice &name:"), self.practice_name)
        self.practice_contact = QPlainTextEdit()
        self.practice_contact.setPlaceholderText(tr("Address, phone, email, web: one per line"))
        self.practice_contact.setTabChangesFocus(True)
        self.practice_contact.setMaximumHeight(90)
        form.addRow(tr("&Contact details:"), self.practice_contact)
        self.export_country = QLineEdit(stored_export_country(catalogue))
        self.export_country.setPlaceholderText(tr("{country}, from the contact details").format(
            country=export_country(catalogue) or tr("none")))
        self.export_country.setToolTip(tr("Two letters (US, CA, MX): the country Open Referral exports give "
                                       "addresses that have none"))
        form.addRow(tr("Country for &exports:"), self.export_country)
        layout.addWidget(practice)

        sheets = QGroupBox(tr("Referral sheets"))
        form = QFormLayout(sheets)
        self.language = QComboBox()
        for code, name in available_languages():
            self.language.addItem(name, code)  # the sheet's language, by its own name
        form.addRow(tr("Default &language:"), self.language)
        self.paper = QComboBox()
        for paper in PAPERS:
            self.paper.addItem(tr(PAPER_LABELS[paper]), paper)
        form.addRow(tr("&Paper size:"), self.paper)
        self.crisis = QComboBox()
        for position in CRISIS_POSITIONS:
            self.crisis.addItem(tr(CRISIS_LABELS[position]), position)
        form.addRow(tr("C&risis lines:"), self.crisis)
        self.qr_codes = QCheckBox(tr("QR codes for web addresses"))
        form.addRow("", self.qr_codes)
        self.large_print = QCheckBox(tr("Large print by default"))
        form.addRow("", self.large_print)
        layout.addWidget(sheets)

        privacy = QGroupBox(tr("Referral log"))
        form = QFormLayout(privacy)
        self.log_sheets = QCheckBox(tr("Keep a log of printed and saved sheets"))
        form.addRow(self.log_sheets)
        note = QLabel(tr("The log holds the date, title, language and resources of each sheet, and the optional "
                      "client code you type. Never a client's name."))
        note.setWordWrap(True)
        form.addRow(note)
        layout.addWidget(privacy)

        reviewing = QGroupBox(tr("Reviewing"))
        form = QFormLayout(reviewing)
        self.reviewer = QLineEdit()
        self.reviewer.setPlaceholderText(tr("e.g. Sam R."))
        self.reviewer.setMaxLength(REVIEWER_MAX)
        self.reviewer.setToolTip(tr("Kept with each step of View ▸ Review stale resources, and as “Verified by”"))
        form.addRow(tr("Your name or &initials:"), self.reviewer)
        layout.addWidget(reviewing)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.load(load_sheet_preferences(catalogue))
        self.reviewer.setText(reviewer_name(catalogue))

    def load(self, prefs: SheetPreferences) -> None:
        self.practice_name.setText(prefs.practice_name)
        self.practice_contact.setPlainText(prefs.practice_contact)
        self.language.setCurrentIndex(max(self.language.findData(prefs.language), 0))
        self.paper.setCurrentIndex(max(self.paper.findData(prefs.paper), 0))
        self.crisis.setCurrentIndex(max(self.crisis.findData(prefs.crisis_position), 0))
        self.qr_codes.setChecked(prefs.qr_codes)
        self.large_print.setChecked(prefs.large_print)
        self.log_sheets.setChecked(prefs.log_sheets)

    def preferences(self) -> SheetPreferences:
        return SheetPreferences(
            practice_name=self.practice_name.text(),
            practice_contact=self.practice_contact.toPlainText(),
            language=self.language.currentData(),
            paper=self.paper.currentData(),
            crisis_position=self.crisis.currentData(),
            qr_codes=self.qr_codes.isChecked(),
            large_print=self.large_print.isChecked(),
            log_sheets=self.log_sheets.isChecked(),
        )

    def _window_language_changed(self) -> None:
        self.window_language_note.setVisible(resolve_language(self.window_language.currentData()) != current_language())

    def accept(self) -> None:
        try:
            save_export_country(self.catalogue, self.export_country.text())
            self.saved = save_sheet_preferences(self.catalogue, self.preferences())
            save_reviewer_name(self.catalogue, self.reviewer.text())
        except SettingsError as exc:
            QMessageBox.warning(self, tr("Preferences"), said(exc))
            return
        app_settings().setValue(LANGUAGE_KEY, self.window_language.currentData())
        super().accept()
