"""The window in Spanish: every string a person reads in the main window, the resource form, the
import wizard and the sheet tray is Spanish once Spanish is chosen; English and Spanish are
complete in the .ts files; the choice is kept in Preferences; dates and numbers follow it."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableView,
    QTabWidget,
    QTextEdit,
    QTreeView,
    QWidget,
    QWizard,
)

from resource_desk.core import records, referrals, review
from resource_desk.importing import mapping
from resource_desk.core.languages import LANGUAGES
from resource_desk.gui import i18n
from resource_desk.gui.i18n import install_language, tr, ts_file
from resource_desk.sheets.translations import translation

# Names that are the same in both languages, or are names rather than words: the app, formats,
# standards, the keys of shortcuts, units, and each language's own name in a language picker.
SAME_IN_BOTH = {"resource", "desk", "csv", "hsds", "pdf", "json", "zip", "xlsx", "tsv", "txt", "open", "referral",
                "icarol", "qr", "tty", "fax", "uuid", "id", "ctrl", "shift", "alt", "enter", "esc", "mb", "a4", "us",
                "english", "español", "n", "sqlite3", "sqlite", "db", "e", "g", "datapackage", "ca", "mx", "fr",
                "es", "sam", "r", "riverbend", "need", "food", "aids", "lgbtq", "sf", "ymca", "of", "and", "de",
                "demo", "mam", "navajo", "hmong", "urdu", "hindi", "lao", "tagalog", "sms", "web", "email", "tab"}
# Words a stray English string would hold even if no source string of the window had them.
COMMON_ENGLISH = {"the", "and", "of", "to", "is", "not", "in", "for", "with", "this", "that", "your", "you", "it",
                  "or", "are", "be", "no", "all", "any", "show", "add", "edit", "save", "cancel", "close", "delete",
                  "search", "filter", "filters", "tags", "tag", "sheet", "print", "preview", "import", "export",
                  "name", "kind", "cost", "status", "languages", "language", "hours", "phone", "address", "notes"}


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W\d_]+", text.replace("&", "").lower())


def _messages(code: str):
    for message in ET.parse(ts_file(code)).iter("message"):
        translation = message.find("translation")
        forms = [f.text or "" for f in translation.findall("numerusform")] or [translation.text or ""]
        yield message.find("source").text, message.get("numerus") == "yes", translation.get("type"), forms


@pytest.fixture(scope="module")
def english_words() -> set[str]:
    """Words of the window's English that Spanish does not share."""
    source_words, spanish_words = set(), set()
    for source, _numerus, _type, forms in _messages("es"):
        source_words.update(_words(re.sub(r"\{\w+\}|%L?n", " ", source)))
        for form in forms:
            spanish_words.update(_words(form))
    return (source_words | COMMON_ENGLISH) - spanish_words - SAME_IN_BOTH


@pytest.fixture
def spanish(qapp):
    install_language("es")
    yield
    install_language("en")


def texts_of(root: QWidget) -> list[tuple[str, str]]:
    """What a person can read in ``root`` and every widget, menu, header and list inside it:
    (where, text) pairs."""
    found: list[tuple[str, str]] = []

    def add(where: str, text: str | None) -> None:
        if text and text.strip():
            found.append((where, text))

    def actions(owner: str, items) -> None:
        for action in items:
            add(f"{owner} action", action.text())
            add(f"{owner} action tip", action.toolTip() if action.toolTip() != action.text().replace("&", "") else "")
            add(f"{owner} action status tip", action.statusTip())
            if action.menu() is not None:
                actions(f"{owner} ▸ {action.text()}", action.menu().actions())

    for widget in [root, *root.findChildren(QWidget)]:
        name = f"{type(widget).__name__} {widget.objectName()}".strip()
        if widget.isWindow():
            add(f"{name} title", widget.windowTitle())
        add(f"{name} tooltip", widget.toolTip())
        add(f"{name} accessible name", widget.accessibleName())
        if isinstance(widget, (QLabel, QAbstractButton)):
            add(name, widget.text())
        if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
            add(f"{name} placeholder", widget.placeholderText())
        if isinstance(widget, QComboBox) and not widget.isEditable():
            for i in range(widget.count()):
                add(f"{name} item", widget.itemText(i))
        if isinstance(widget, QGroupBox):
            add(f"{name} title", widget.title())
        if isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                add(f"{name} tab", widget.tabText(i))
        if isinstance(widget, QWizard):
            for page_id in widget.pageIds():
                page = widget.page(page_id)
                add("wizard page title", page.title())
                add("wizard page subtitle", page.subTitle())
        if isinstance(widget, QTableView | QTreeView) and widget.model() is not None:
            model = widget.model()
            for column in range(model.columnCount()):
                add(f"{name} header", str(model.headerData(column, Qt.Orientation.Horizontal) or ""))
        actions(name, widget.actions())
    return found


def english_left(found, english_words: set[str], data: set[str]) -> list[str]:
    """The texts that still hold an English word, once the catalogue's data (tag names) is set aside."""
    left = []
    for where, text in found:
        for name in sorted(data, key=len, reverse=True):
            text = text.replace(name, " ")
        words = [w for w in _words(re.sub(r"<[^>]+>", " ", text)) if len(w) > 1 and w in english_words]
        if words:
            left.append(f"{where}: {text!r} ({', '.join(words)})")
    return left


def tag_names(catalogue) -> set[str]:
    """Tags are the therapist's vocabulary, data rather than interface (the sidebar lists them)."""
    rows, _aliases, _keywords, _counts = catalogue.store.tag_rows(with_counts=False)
    return {row[2] for row in rows}


def test_every_string_has_its_spanish_and_english_has_its_plural_forms():
    untranslated = [source for source, _n, kind, forms in _messages("es") if kind or not all(f.strip() for f in forms)]
    assert not untranslated, f"{len(untranslated)} strings without Spanish: {untranslated[:10]}"
    for code in ("en", "es"):
        for source, numerus, _kind, forms in _messages(code):
            if numerus:
                assert len(forms) == 2 and all(forms), f"{code}: {source!r} lacks its plural forms"
    placeholders = lambda s: set(re.findall(r"\{\w+\}", s))  # noqa: E731
    for source, _numerus, _kind, forms in _messages("es"):
        for form in forms:
            assert placeholders(form) <= placeholders(source), f"{form!r} names a value {source!r} does not give"


def test_every_string_the_code_translates_is_in_the_ts_files():
    """lupdate misses a tr() it cannot read (inside an f-string's braces, say): the string would
    stay English. Every tr("…") and QT_TR_NOOP("…") of resource_desk/gui, and every msg("…") of
    the packages whose words the window shows, is in the .ts files."""
    import ast
    from pathlib import Path

    import resource_desk

    package = Path(resource_desk.__file__).parent
    sources = {source for source, *_rest in _messages("es")}
    missing, seen = [], 0
    for folder in ("gui", "core", "importing", "sheets", "printing", "store"):
        for path in sorted((package / folder).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                        and node.func.id in ("tr", "QT_TR_NOOP", "msg") and node.args
                        and isinstance(node.args[0], ast.Constant)):
                    seen += 1
                    if node.args[0].value not in sources:
                        missing.append(f"{path.relative_to(package)}:{node.lineno}: {node.args[0].value!r}")
    assert seen > 800
    assert not missing, "not in the .ts files (make translations):\n" + "\n".join(missing)


def test_every_label_core_hands_the_window_is_in_the_ts_files():
    sources = {source for source, *_rest in _messages("es")}
    labels = [*records.KIND_LABELS.values(), *records.COST_LABELS.values(), *records.DELIVERY_LABELS.values(),
              *records.STATUS_LABELS.values(), *records.PHONE_KIND_LABELS.values(), *records.FACET_LABELS.values(),
              *(english for english, _own in LANGUAGES.values()), *mapping.FIELDS.values(), *review.OUTCOMES.values(),
              referrals.TITLE_NOT_KEPT_LABEL]
    assert [label for label in labels if label not in sources] == []



def test_the_main_window_the_form_the_wizard_and_the_tray_speak_spanish(spanish, open_window, catalogue, qtbot,
                                                                         english_words):
    from resource_desk.gui.import_wizard import ImportWizard
    from resource_desk.gui.resource_form import ResourceForm

    window = open_window(catalogue, demo=False)
    assert window.menuBar().actions()[0].text() == "&Archivo"
    found = texts_of(window)
    window.sheet.open()
    found += texts_of(window.sheet.tray)
    form = ResourceForm(catalogue, None, window)
    qtbot.addWidget(form)
    found += texts_of(form)
    wizard = ImportWizard(catalogue, None, window)
    qtbot.addWidget(wizard)
    found += texts_of(wizard)
    assert len(found) > 300  # the walk reached the widgets, not only the frames
    # The sheet's own words are in the sheet's language (English by default), not the window's: the
    # title's placeholder is the title the sheet prints.
    printed = {translation("en")("default_title")}
    left = english_left(found, english_words, tag_names(catalogue) | printed)
    assert not left, f"{len(left)} English strings left:\n" + "\n".join(dict.fromkeys(left))
    form.discard()


def test_the_walk_finds_english_when_the_window_speaks_english(open_window, catalogue, english_words):
    """The check above can fail: the same walk in English finds English everywhere."""
    install_language("en")
    window = open_window(catalogue, demo=False)
    left = english_left(texts_of(window), english_words, tag_names(catalogue))
    assert len(left) > 50


def test_counts_and_dates_follow_the_language(spanish, open_window, demo_catalogue, qtbot):
    from resource_desk.gui.common import format_date

    assert format_date(date(2026, 10, 15)) == "15 oct 2026"
    # Spanish groups thousands from five digits on (1234, 12.345), as its style guides ask.
    assert tr("%Ln resource(s) found", "", 12345) == "12.345 recursos encontrados"
    assert tr("%Ln resource(s) found", "", 1) == "1 recurso encontrado"
    window = open_window(demo_catalogue, demo=False)
    qtbot.waitUntil(lambda: window.model.total > 0)
    assert window.count_label.text() == f"{window.model.total} recursos encontrados"
    install_language("en")
    assert format_date(date(2026, 10, 15)) == "15 Oct 2026"
    assert tr("%Ln resource(s) found", "", 1) == "1 resource found"
    assert tr("%Ln resource(s) found", "", 1234) == "1,234 resources found"


def test_preferences_keep_the_language_of_the_window(qtbot, catalogue, monkeypatch):
    from resource_desk.gui.common import app_settings
    from resource_desk.gui.i18n import LANGUAGE_KEY, chosen_language
    from resource_desk.gui.preferences import PreferencesDialog

    monkeypatch.setattr(i18n, "system_language", lambda: "en")
    assert chosen_language(app_settings()) == "en"  # the system's, by default
    dialog = PreferencesDialog(catalogue)
    qtbot.addWidget(dialog)
    assert dialog.window_language.currentData() == "system"
    assert [dialog.window_language.itemText(i) for i in range(3)][1:] == ["English", "Español"]
    dialog.window_language.setCurrentIndex(dialog.window_language.findData("es"))
    assert dialog.window_language_note.isVisibleTo(dialog)  # it says when it takes effect
    dialog.accept()
    assert app_settings().value(LANGUAGE_KEY) == "es"
    assert chosen_language(app_settings()) == "es"
    app_settings().setValue(LANGUAGE_KEY, "klingon")  # an edited settings file falls back to the system's
    assert chosen_language(app_settings()) == "en"


def test_the_system_locale_chooses_spanish(monkeypatch):
    from PySide6.QtCore import QLocale

    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("es_MX")))
    assert i18n.system_language() == "es"
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("fr_FR")))
    assert i18n.system_language() == "en"



def test_the_other_windows_and_dialogs_speak_spanish(spanish, qtbot, demo_catalogue, tmp_path, english_words):
    from resource_desk.gui.bulk_edit_dialog import BulkEditDialog
    from resource_desk.gui.duplicates_dialog import DuplicatesDialog
    from resource_desk.gui.export_dialog import ExportDialog
    from resource_desk.gui.help_window import HelpWindow
    from resource_desk.gui.history import SheetHistoryDialog
    from resource_desk.gui.import_history import ImportHistoryDialog
    from resource_desk.gui.preferences import PreferencesDialog
    from resource_desk.gui.restore_dialog import RestoreDialog
    from resource_desk.gui.review_dialog import ReviewDialog
    from resource_desk.gui.suggest_tags_dialog import SuggestTagsDialog
    from resource_desk.gui.tag_manager import TagManager

    catalogue = demo_catalogue
    dialogs = [PreferencesDialog(catalogue), BulkEditDialog(catalogue, lambda: [], 3), DuplicatesDialog(catalogue),
               ReviewDialog(catalogue, 12), ExportDialog(catalogue), SheetHistoryDialog(catalogue),
               ImportHistoryDialog(catalogue), RestoreDialog(catalogue.path), SuggestTagsDialog(catalogue, None, None),
               HelpWindow(), TagManager(catalogue)]
    found = []
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        found += texts_of(dialog)
    data = tag_names(catalogue)
    left = english_left(found, english_words, data)
    assert not left, f"{len(left)} English strings left:\n" + "\n".join(dict.fromkeys(left))
