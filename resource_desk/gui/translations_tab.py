"""The resource form's "Translations & discreet" tab.

A resource's own text (name, description, eligibility, hours, fees, and a standing note for
the client) in the sheet languages, one language at a time; which language the form's own
text is in; and what a discreet sheet prints instead of the name and description.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from resource_desk.core.records import TRANSLATABLE_FIELDS, ResourceData, TranslationRecord
from resource_desk.sheets.translations import available_languages
from resource_desk.gui.i18n import QT_TR_NOOP, tr

FIELD_LABELS = {"name": QT_TR_NOOP("&Name:"), "description": QT_TR_NOOP("&Description:"),
                "eligibility": QT_TR_NOOP("&Eligibility:"), "hours": QT_TR_NOOP("&Hours:"), "fees": QT_TR_NOOP("&Fees:"),
                "note": QT_TR_NOOP("Note for the &client:")}  # shown through tr()
MULTILINE = ("description", "eligibility", "hours", "note")


def _plain(lines: int) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 12)
    return edit


class TranslationsTab(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._texts: dict[tuple[str, str], str] = {}  # (language, field) -> text
        self._shown: str | None = None
        layout = QVBoxLayout(self)

        own = QFormLayout()
        self.text_language = QComboBox()
        self.text_language.setAccessibleName(tr("Language of the resource's own text"))
        for code, name in available_languages():
            self.text_language.addItem(name, code)
        own.addRow(tr("The other tabs' text is &in:"), self.text_language)
        layout.addLayout(own)

        box = QGroupBox(tr("In another language (printed on sheets in that language)"))
        form = QFormLayout(box)
        self.language = QComboBox()
        self.language.setAccessibleName(tr("Translation language"))
        for code, name in available_languages():
            self.language.addItem(name, code)
        self.language.currentIndexChanged.connect(self._show_language)
        form.addRow(tr("&Language:"), self.language)
        self.fields: dict[str, QLineEdit | QPlainTextEdit] = {}
        for field in TRANSLATABLE_FIELDS:
            widget = _plain(3 if field == "description" else 2) if field in MULTILINE else QLineEdit()
            widget.setAccessibleName(tr("Translated: {field}").format(field=tr(FIELD_LABELS[field]).replace("&", "")
                                                                     .rstrip(":")))
            self.fields[field] = widget
            form.addRow(tr(FIELD_LABELS[field]), widget)
        hint = QLabel(tr("Where a field is empty, the sheet prints the text as entered and says which language it is in."))
        hint.setWordWrap(True)
        form.addRow(hint)
        layout.addWidget(box)

        discreet = QGroupBox(tr("On discreet sheets"))
        form = QFormLayout(discreet)
        self.discreet_name = QLineEdit()
        self.discreet_name.setPlaceholderText(tr("e.g. Youth housing program"))
        self.discreet_name.setAccessibleName(tr("Discreet name"))
        self.discreet_description = _plain(2)
        self.discreet_description.setPlaceholderText(tr("e.g. Support line, free, 24/7"))
        self.discreet_description.setAccessibleName(tr("Discreet description"))
        form.addRow(tr("Discreet na&me:"), self.discreet_name)
        form.addRow(tr("Discreet desc&ription:"), self.discreet_description)
        note = QLabel(tr("Printed instead of the name and description when the sheet is discreet. Left empty, "
                      "a resource with a sensitive tag prints a neutral label (“Mental health · Support line”)."))
        note.setWordWrap(True)
        form.addRow(note)
        layout.addWidget(discreet)
        layout.addStretch(1)
        self._show_language()

    @staticmethod
    def _text(widget) -> str:
        return (widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()).strip()

    def _keep_shown(self) -> None:
        if self._shown is None:
            return
        for field, widget in self.fields.items():
            text = self._text(widget)
            if text:
                self._texts[(self._shown, field)] = text
            else:
                self._texts.pop((self._shown, field), None)

    def _show_language(self, *_args) -> None:
        self._keep_shown()
        self._shown = self.language.currentData()
        for field, widget in self.fields.items():
            text = self._texts.get((self._shown, field), "")
            if isinstance(widget, QPlainTextEdit):
                widget.setPlainText(text)
            else:
                widget.setText(text)

    def load(self, data: ResourceData) -> None:
        self._texts = {(t.language, t.field): t.text for t in data.translations}
        self._shown = None
        index = self.text_language.findData(data.text_language or "en")
        self.text_language.setCurrentIndex(max(index, 0))
        # Start on the first language that has a translation, else the first after the text's own.
        first = next((t.language for t in data.translations), None)
        if first is None:
            first = next((self.language.itemData(i) for i in range(self.language.count())
                          if self.language.itemData(i) != (data.text_language or "en")), None)
        self.language.blockSignals(True)
        self.language.setCurrentIndex(max(self.language.findData(first), 0))
        self.language.blockSignals(False)
        self._show_language()
        self.discreet_name.setText(data.discreet_name or "")
        self.discreet_description.setPlainText(data.discreet_description or "")

    def applied(self, data: ResourceData) -> ResourceData:
        """The record with this tab's fields."""
        self._keep_shown()
        translations = tuple(TranslationRecord(language, field, text)
                             for (language, field), text in sorted(self._texts.items()))
        text_language = self.text_language.currentData()
        return replace(
            data,
            translations=translations,
            text_language=None if text_language == "en" and not data.text_language else text_language,
            discreet_name=self.discreet_name.text().strip() or None,
            discreet_description=self.discreet_description.toPlainText().strip() or None,
        )
