"""What core/, store/, sheets/ and printing/ write for the person, in a Spanish window: the form's
refusals beside the fields, a tag that exists already, a merge and the reasons two resources look
alike, the damaged and read-only banners, a disk fault's dialog, a refused client code. Each flow
is run in Spanish (no English word left) and in English (the same English as before, which the
walk finds English: the check can fail)."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from resource_desk.core.database import Catalogue
from resource_desk.core.messages import Message
from resource_desk.core.records import AddressRecord, PhoneRecord, ResourceData
from resource_desk.core.resources import save_resource
from resource_desk.core.tags import list_tags
from resource_desk.gui.i18n import install_language
from tests.gui.test_spanish import english_left, english_words, tag_names  # noqa: F401 - english_words: a fixture
from tests.store.damage import damaged_copy

WAIT = 20000
# Commands typed as they are, in any language.
COMMANDS = {"`resource-desk backups`", "`resource-desk restore BACKUP`"}


@pytest.fixture(params=["es", "en"])
def language(request, qapp):
    install_language(request.param)
    yield request.param
    install_language("en")


def check(language: str, found: list[tuple[str, str]], english_words: set[str], data: set[str],
          spanish: list[str], english: list[str]) -> None:
    """In Spanish: no English word left, and the Spanish expected; in English: the English
    expected, which the walk finds English."""
    texts = "\n".join(text for _where, text in found)
    left = english_left(found, english_words, data)
    if language == "es":
        assert not left, f"{len(left)} English strings left:\n" + "\n".join(dict.fromkeys(left))
        for words in spanish:
            assert words in texts
    else:
        assert left
        for words in english:
            assert words in texts


def plain_values(text) -> set[str]:
    """The plain strings (names, paths, SQLite's words) a message holds: data, never translated."""
    if isinstance(text, Message):
        found = set()
        for part in (*getattr(text, "parts", ()), *text.values.values()):
            found |= plain_values(part)
        return found
    return {text} if isinstance(text, str) and text else set()


def test_the_form_says_what_is_wrong_beside_each_field(language, open_window, catalogue, qtbot, english_words):
    from resource_desk.gui.resource_form import ResourceForm

    window = open_window(catalogue, demo=False)
    form = ResourceForm(catalogue, None, window)
    qtbot.addWidget(form)
    form.website.setText("not a web address")
    form.email.setText("nobody")
    form.age_min.setValue(18)
    form.age_max.setValue(14)
    form.add_phone(PhoneRecord(number="12"))
    assert not form.save()
    found = [(key, label.text()) for key, label in {**form.errors, "summary": form.summary}.items()
             if not label.isHidden() and label.text()]
    assert {key for key, _text in found} >= {"name", "website", "email", "age_max", "phones"}
    check(language, found, english_words, {"12"},
          spanish=["Hace falta un nombre.", "Esto no es una dirección web (ejemplo.org o https://ejemplo.org).",
                   "Esto no es una dirección de correo electrónico", "La edad máxima es menor que la mínima.",
                   "«12» no es un número de teléfono."],
          english=["A name is required.", "This is not a web address (example.org or https://example.org).",
                   "This is not an email address (name@example.org).", "The upper age is below the lower one.",
                   "“12” is not a phone number."])
    assert form.website.accessibleDescription() == dict(found)["website"]  # what a screen reader says too
    form.discard()


def test_a_tag_that_exists_already_is_refused_in_words(language, main_window, demo_catalogue, qtbot, monkeypatch,
                                                       english_words):
    from resource_desk.gui.tag_manager import NewTagDialog

    qtbot.keyClick(main_window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: main_window.tag_manager is not None and main_window.tag_manager.isVisible())
    manager = main_window.tag_manager
    refused = []

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, NewTagDialog)
        if dialog.error.isHidden():
            dialog.facet.setCurrentIndex(dialog.facet.findData("identity"))
            dialog.name.setText("youth")  # taken (by "Youth"): the dialog says so and stays open
            QTimer.singleShot(0, fill)
            dialog.accept()
        else:
            refused.append(("new tag dialog", dialog.error.text()))
            dialog.reject()

    QTimer.singleShot(0, fill)
    manager.add()
    # Renaming a tag to a name another has: a warning.
    food = next(t for t in list_tags(demo_catalogue, "need") if t.name == "Food")
    manager.tree.setCurrentItem(manager.item_for(food.id))
    monkeypatch.setattr("PySide6.QtWidgets.QInputDialog.getText", lambda *a, **k: ("Legal aid", True))
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: refused.append(("warning", text)))
    manager.rename()
    assert len(refused) == 2
    check(language, refused, english_words, tag_names(demo_catalogue),
          spanish=["Ya hay una etiqueta «Youth» en «A quién atiende».",
                   "Ya hay una etiqueta «Legal aid» en «Qué ofrece»."],
          english=["There is already a tag “Youth” in identity.", "There is already a tag “Legal aid” in need."])


@pytest.fixture
def two_records(catalogue):
    """The same clinic twice (a shared phone, a close name, a confidential address on one)."""
    kept = save_resource(catalogue, ResourceData(
        name="Casa de Esperanza Legal Clinic", organization="Casa de Esperanza",
        phones=(PhoneRecord("(415) 555-0100"), PhoneRecord("(415) 555-0111", kind="fax", extension="12")),
        languages=("es",))).id
    removed = save_resource(catalogue, ResourceData(
        name="Casa Esperanza Legal Clinic", phones=(PhoneRecord("415-555-0100"),), website="https://casa.example.org",
        hours="Tue 5–8 pm", eligibility="Anyone",
        addresses=(AddressRecord("12 Hidden Way", "Oakridge", "CA", "94601", confidential=True),))).id
    return catalogue, kept, removed


def test_the_reasons_of_a_pair_and_the_merge_are_said(language, open_window, two_records, qtbot, english_words):
    from resource_desk.gui.duplicates_dialog import ROWS, DuplicatesDialog

    catalogue, _kept, _removed = two_records
    window = open_window(catalogue, demo=False)
    window.duplicates_action.trigger()
    dialog = window.findChild(DuplicatesDialog)
    qtbot.waitUntil(lambda: not dialog.loading, timeout=WAIT)
    assert dialog.pair_list.count() == 1
    item = dialog.pair_list.item(0)
    found = [("pair", item.text()), ("pair tooltip", item.toolTip()), ("reason", dialog.reason_label.text())]
    found += [(f"{ROWS[r][0]} {c}", dialog.comparison.item(r, c).text())
              for r in range(dialog.comparison.rowCount()) for c in (1, 2) if ROWS[r][0] in ("Phones", "Addresses")]
    with qtbot.waitSignal(dialog.changed, timeout=WAIT):
        qtbot.mouseClick(dialog.keep_left_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy and not dialog.loading, timeout=WAIT)
    found.append(("merged", dialog.message.text()))
    data = {"Casa de Esperanza Legal Clinic", "Casa Esperanza Legal Clinic", "(415) 555-0100", "(415) 555-0111",
            "casa.example.org", "Tue 5–8 pm", "Anyone"}
    check(language, found, english_words, data,
          spanish=["Mismo teléfono, nombre parecido (94 %)",
                   "Mismo teléfono (415) 555-0100 y un nombre parecido (94 %)",
                   "(415) 555-0111 ext. 12 (Fax)", "(dirección confidencial)",
                   "Se fusionó «Casa Esperanza Legal Clinic» en «Casa de Esperanza Legal Clinic»: "
                   "se movieron: 1 dirección; se completaron: requisitos, horario, sitio web"],
          english=["Same phone, close name (94%)", "Same phone (415) 555-0100 and a close name (94%)",
                   "(415) 555-0111 ext. 12 (Fax)", "(confidential address)",
                   "Merged “Casa Esperanza Legal Clinic” into “Casa de Esperanza Legal Clinic”: moved 1 address; "
                   "filled in eligibility, hours, web site"])


def test_the_damaged_catalogue_banner_says_it_and_the_way_out(language, demo_catalogue, tmp_path, open_window, qtbot,
                                                              english_words):
    path = damaged_copy(demo_catalogue, tmp_path)
    window = open_window(Catalogue.open(path))
    health = window.health
    with qtbot.waitSignal(health.cared, timeout=WAIT):
        pass
    qtbot.waitUntil(lambda: health.bar.isVisible(), timeout=5000)
    found = [("banner", health.banner.text()), ("banner tooltip", health.banner.toolTip()),
             ("restore button", health.restore_button.text())]
    data = {str(path), *COMMANDS, *plain_values(window.catalogue.damage)}  # SQLite's own words are its own
    check(language, found, english_words, data,
          spanish=[f"El catálogo {path} está dañado (", "Archivo ▸ Restaurar una copia de seguridad…"],
          english=[f"The catalogue {path} is damaged (", "File ▸ Restore from backup…"])


def test_the_read_only_banner_says_what_to_do(language, demo_catalogue, open_window, monkeypatch, english_words):
    monkeypatch.setattr("resource_desk.store.sqlite.store.is_writable", lambda path: False)
    demo_catalogue.close()
    window = open_window(Catalogue.open(demo_catalogue.path))
    found = [("banner", window.health.banner.text()), ("banner tooltip", window.health.banner.toolTip())]
    check(language, found, english_words, {str(demo_catalogue.path)},
          spanish=[f"{demo_catalogue.path} es de solo lectura: está abierto para consultarlo"],
          english=[f"{demo_catalogue.path} is read-only: it is open for reading"])


def test_a_disk_fault_is_said_in_the_error_dialog(language, main_window, monkeypatch, english_words):
    from resource_desk.gui.errors import show_error

    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text, *a: shown.append(("dialog", text)))
    path = str(main_window.catalogue.path)
    show_error(main_window, sqlite3.OperationalError("database or disk is full"))
    show_error(main_window, OSError(5, "Input/output error", "/media/stick/out.csv"))
    show_error(main_window, OSError(30, "Read-only file system", "/media/cd/out.csv"))
    assert len(shown) == 3
    check(language, shown, english_words, {path, "/media/stick/out.csv", "/media/cd/out.csv"},
          spanish=[f"El disco donde está {path} está lleno", "Ya no se puede acceder a /media/stick/out.csv",
                   "/media/cd/out.csv está en un disco de solo lectura"],
          english=[f"The disk holding {path} is full", "/media/stick/out.csv can no longer be reached",
                   "/media/cd/out.csv is on a read-only disk"])


def test_a_refused_client_code_says_why_next_to_the_field(language, qtbot, demo_catalogue, english_words):
    from resource_desk.gui.sheet_tray import SheetTray

    tray = SheetTray(demo_catalogue)
    qtbot.addWidget(tray)
    found = []
    for code in ("JaneDoe", "Jane.Doe-1985", "C 0423"):
        tray.client_code.setText(code)
        assert tray.client_code_hint.isVisibleTo(tray)
        found.append((code, tray.client_code_hint.text()))
    check(language, found, english_words, {"JaneDoe", "Jane.Doe-1985", "C 0423", "C-0423"},
          spanish=["Se rechaza «JaneDoe»: no contiene ningún dígito.", "contiene 7 letras (como máximo 4,",
                   "Un código de cliente es un código propio"],
          english=["“JaneDoe” is refused: it holds no digit.", "it holds 7 letters (at most 4,",
                   "A client code is a code of your own"])


def test_a_file_that_is_not_a_catalogue_is_refused_in_words(language, main_window, monkeypatch, tmp_path,
                                                           english_words):
    from resource_desk.gui import app as gui_app
    from resource_desk.gui.common import app_settings
    from resource_desk.gui.i18n import LANGUAGE_KEY

    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text, *a: shown.append(("dialog", text)))
    folder = tmp_path / "folder"
    folder.mkdir()
    bogus = tmp_path / "notes.txt"
    bogus.write_text("hello, not a database")
    assert not main_window.open_catalogue_file(bogus)
    assert not main_window.open_catalogue_file(folder)
    app_settings().setValue(LANGUAGE_KEY, language)  # the language the window starts in
    assert gui_app.run(db=str(bogus), demo=False) == 2
    assert len(shown) == 3
    check(language, shown, english_words, {str(bogus), str(folder)},
          spanish=[f"{bogus} no es un catálogo de Resource Desk (no es un archivo SQLite)",
                   f"{folder} es una carpeta, no un archivo de catálogo", "No se puede abrir el catálogo."],
          english=[f"{bogus} is not a Resource Desk catalogue (not an SQLite file)",
                   f"{folder} is a folder, not a catalogue file", "The catalogue cannot be opened."])


def test_a_pair_of_different_organizations_says_so(language, open_window, catalogue, qtbot, english_words):
    from resource_desk.gui.duplicates_dialog import DuplicatesDialog

    for name, organization in (("Hope Counseling Center", "Hope Network"), ("Hope Counseling Centre", "Bay Clinics")):
        save_resource(catalogue, ResourceData(name=name, organization=organization, website="https://hope.example.org"))
    window = open_window(catalogue, demo=False)
    window.duplicates_action.trigger()
    dialog = window.findChild(DuplicatesDialog)
    qtbot.waitUntil(lambda: not dialog.loading, timeout=WAIT)
    assert dialog.pair_list.count() == 1 and dialog.warning_label.isVisibleTo(dialog)
    item = dialog.pair_list.item(0)
    found = [("pair", item.text()), ("pair tooltip", item.toolTip()), ("reason", dialog.reason_label.text()),
             ("warning", dialog.warning_label.text())]
    data = {"Hope Counseling Center", "Hope Counseling Centre", "Hope Network", "Bay Clinics", "hope.example.org"}
    check(language, found, english_words, data,
          spanish=["Mismo sitio web, nombre parecido", "organizaciones distintas: Hope Network / Bay Clinics",
                   "Mismo sitio web hope.example.org y un nombre parecido"],
          english=["Same web site, close name", "different organizations: Hope Network / Bay Clinics",
                   "Same web site hope.example.org and a close name"])
