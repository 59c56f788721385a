"""The sheet tray on its own: add, refuse, reorder, notes, lists, preview, print, PDF, history."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox

from resource_desk.core.lists import ListItem, load_list
from resource_desk.core.referrals import list_sheets
from resource_desk.core.search import SearchQuery, search
from resource_desk.core.settings import SheetPreferences, load_sheet_preferences, save_sheet_preferences
from resource_desk.gui.history import SheetHistoryDialog
from resource_desk.gui.preferences import PreferencesDialog
from resource_desk.gui.sheet_tray import SheetTray, ids_mime

from tests.sheets.helpers import flat, pdf_pages_text


def ids_by_name(catalogue, *names, hidden=False):
    rows = search(catalogue, SearchQuery(include_hidden=hidden), limit=1000).rows
    found = {row.name: row.id for row in rows}
    return [found[name] for name in names]


@pytest.fixture
def tray(qtbot, demo_catalogue):
    widget = SheetTray(demo_catalogue)
    qtbot.addWidget(widget)
    widget.resize(420, 760)
    widget.show()
    return widget


def wait_for_pdf(qtbot, tray):
    qtbot.waitUntil(lambda: tray.last_pdf is not None or tray.last_error is not None, timeout=15000)
    assert tray.last_error is None, tray.last_error
    return tray.last_pdf


def test_add_reorder_note_preview_and_save(qtbot, tray, demo_catalogue, tmp_path, monkeypatch):
    a, b, c = ids_by_name(demo_catalogue, "Trans Lifeline", "The Trevor Project", "Crisis Text Line")
    tray.add_resources([a, b, c])
    assert tray.resource_ids() == [a, b, c]
    tray.list.setCurrentRow(2)
    qtbot.keyClick(tray.list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert tray.resource_ids() == [a, c, b]
    qtbot.mouseClick(tray.up_button, Qt.MouseButton.LeftButton)
    assert tray.resource_ids() == [c, a, b]
    tray.list.setCurrentRow(0)
    qtbot.keyClicks(tray.item_note, "Text HOME, any time")
    assert tray.items()[0].note == "Text HOME, any time" and "✎" in tray.list.item(0).text()
    tray.list.setCurrentRow(1)
    assert tray.item_note.toPlainText() == ""

    shown = {}

    def fake_exec(dialog):
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "preview.pdf"))
        dialog.paintRequested.emit(printer)
        shown["title"] = dialog.windowTitle()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(QPrintPreviewDialog, "exec", fake_exec)
    assert tray.preview() is False
    assert shown["title"] == "Print preview — Resources for you"
    preview_text = flat(" ".join(pdf_pages_text(tmp_path / "preview.pdf")))
    assert preview_text.index("Crisis Text Line") < preview_text.index("Trans Lifeline")
    assert list_sheets(demo_catalogue) == []  # a preview that did not print is not logged

    tray.client_code.setText("C-0423")
    tray.save_pdf(tmp_path / "sheet.pdf")
    path = wait_for_pdf(qtbot, tray)
    text = flat(" ".join(pdf_pages_text(path)))
    assert text.index("Crisis Text Line") < text.index("Trans Lifeline") < text.index("The Trevor Project")
    assert "Text HOME, any time" in text
    logged = list_sheets(demo_catalogue)
    assert len(logged) == 1 and logged[0].resource_ids == (c, a, b) and logged[0].client_code == "C-0423"
    assert logged[0].output == "pdf" and logged[0].language == "en"
    assert "Saved sheet.pdf" in tray.message.text()


def test_unreferable_resources_are_refused_with_a_message(tray, demo_catalogue):
    ok, dnr, gone = ids_by_name(demo_catalogue, "Trans Lifeline", "New Horizons Family Counseling (sample)",
                                "Queer Youth Art Night (sample)", hidden=True)
    result = tray.add_resources([ok, dnr, gone])
    assert tray.resource_ids() == [ok]
    assert len(result.refused) == 2
    text = tray.message.text()
    assert "“New Horizons Family Counseling (sample)” is marked do not refer" in text
    assert "“Queer Youth Art Night (sample)” is inactive" in text
    assert tray.add_resources([ok]).already == (ok,) and tray.resource_ids() == [ok]


def test_dropping_ids_from_the_results(qtbot, tray, demo_catalogue):
    a, b = ids_by_name(demo_catalogue, "Trans Lifeline", "The Trevor Project")
    tray.add_resources([a])
    mime = ids_mime([b])
    drop = QDropEvent(tray.list.viewport().rect().center(), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    tray.list.dropEvent(drop)
    assert set(tray.resource_ids()) == {a, b}


def test_remove_and_clear(qtbot, tray, demo_catalogue):
    ids = ids_by_name(demo_catalogue, "Trans Lifeline", "The Trevor Project", "Crisis Text Line")
    tray.add_resources(ids)
    tray.list.setCurrentRow(1)
    tray.list.item(1).setSelected(True)
    qtbot.keyClick(tray.list, Qt.Key.Key_Delete)
    assert tray.resource_ids() == [ids[0], ids[2]]
    tray.clear()
    assert tray.resource_ids() == [] and not tray.pdf_button.isEnabled()


def test_save_and_load_a_named_list(qtbot, tray, demo_catalogue, monkeypatch):
    ids = ids_by_name(demo_catalogue, "Trans Lifeline", "The Trevor Project")
    tray.add_resources(ids)
    tray.set_note(1, "Ask about the group")
    tray.sheet_note.setPlainText("For after school")
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Youth crisis", True))
    qtbot.mouseClick(tray.save_list_button, Qt.MouseButton.LeftButton)
    saved = load_list(demo_catalogue, "Youth crisis")
    assert saved.resource_ids == tuple(ids) and saved.items[1].note == "Ask about the group"
    tray.clear()
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("Youth crisis (2)", True))
    qtbot.mouseClick(tray.load_list_button, Qt.MouseButton.LeftButton)
    assert tray.resource_ids() == ids
    assert tray.items()[1].note == "Ask about the group"
    assert tray.sheet_note.toPlainText() == "For after school"
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("youth CRISIS", True))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    assert tray.save_as_list() is False  # asked before replacing, and the answer was no


def test_print_dialog_prints_and_logs(qtbot, tray, demo_catalogue, tmp_path, monkeypatch):
    ids = ids_by_name(demo_catalogue, "Trans Lifeline")
    tray.add_resources(ids)
    tray.language_combo.setCurrentIndex(tray.language_combo.findData("es"))

    def fake_exec(dialog):
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(tmp_path / "printed.pdf"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", fake_exec)
    assert tray.print_() is True
    text = flat(" ".join(pdf_pages_text(tmp_path / "printed.pdf")))
    assert "Recursos para usted" in text and "Página 1 de 1" in text
    assert list_sheets(demo_catalogue)[0].output == "print"


def test_a_name_as_client_code_is_refused(qtbot, tray, demo_catalogue, tmp_path):
    tray.add_resources(ids_by_name(demo_catalogue, "Trans Lifeline"))
    tray.client_code.setText("Maria Lopez")
    assert tray.save_pdf(tmp_path / "x.pdf") is None
    assert "never a client's name" in tray.message.text()
    assert not (tmp_path / "x.pdf").exists() and list_sheets(demo_catalogue) == []


def test_discreet_shows_how_the_title_prints(qtbot, tray, demo_catalogue, tmp_path):
    tray.add_resources(ids_by_name(demo_catalogue, "Trans Lifeline"))
    tray.title_edit.setText("Trans peer support")
    assert tray.title_hint.isHidden()
    tray.discreet.setChecked(True)
    assert not tray.title_hint.isHidden() and tray.title_hint.text() == "Prints as: Peer support"
    tray.save_pdf(tmp_path / "d.pdf")
    text = flat(" ".join(pdf_pages_text(wait_for_pdf(qtbot, tray))))
    assert "Peer support" in text and "Trans peer support" not in text
    assert "Transgender & nonbinary" not in text


def test_save_pdf_asks_where_with_a_neutral_name(qtbot, tray, demo_catalogue, tmp_path, monkeypatch):
    tray.add_resources(ids_by_name(demo_catalogue, "Trans Lifeline"))
    asked = {}

    def fake_save(parent, caption, directory, filters):
        asked["default"] = directory
        return str(tmp_path / "chosen"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake_save)
    qtbot.mouseClick(tray.pdf_button, Qt.MouseButton.LeftButton)
    assert wait_for_pdf(qtbot, tray) == tmp_path / "chosen.pdf"
    assert asked["default"].endswith(".pdf") and "resources-" in asked["default"]


def test_preferences_dialog_saves_header_and_switches_log_off(qtbot, demo_catalogue, tray, tmp_path):
    dialog = PreferencesDialog(demo_catalogue)
    qtbot.addWidget(dialog)
    dialog.practice_name.setText("Riverbend Counseling")
    dialog.practice_contact.setPlainText("12 Elm St\n(555) 010-2000")
    dialog.paper.setCurrentIndex(dialog.paper.findData("a4"))
    dialog.crisis.setCurrentIndex(dialog.crisis.findData("bottom"))
    dialog.log_sheets.setChecked(False)
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    prefs = load_sheet_preferences(demo_catalogue)
    assert (prefs.practice_name, prefs.paper, prefs.crisis_position, prefs.log_sheets) == \
        ("Riverbend Counseling", "a4", "bottom", False)
    tray.add_resources(ids_by_name(demo_catalogue, "Trans Lifeline"))
    tray.save_pdf(tmp_path / "p.pdf")
    text = flat(" ".join(pdf_pages_text(wait_for_pdf(qtbot, tray))))
    assert "Riverbend Counseling" in text and "(555) 010-2000" in text
    assert list_sheets(demo_catalogue) == []


def test_history_reopens_a_sheet_into_the_tray(qtbot, tray, demo_catalogue, tmp_path, monkeypatch):
    a, b = ids_by_name(demo_catalogue, "Trans Lifeline", "The Trevor Project")
    tray.add_resources([b, a])
    tray.title_edit.setText("For Thursday")
    tray.keep_title.setChecked(True)
    tray.save_pdf(tmp_path / "h.pdf")
    wait_for_pdf(qtbot, tray)
    tray.clear()
    dialog = SheetHistoryDialog(demo_catalogue)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 1).text() == "For Thursday" and dialog.table.item(0, 4).text() == "2"
    assert "Trans Lifeline" in dialog.table.item(0, 4).toolTip()
    dialog.reopen.connect(lambda record: tray.load_items([ListItem(rid) for rid in record.resource_ids],
                                                         title=record.title, language=record.language))
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert tray.resource_ids() == [b, a] and tray.title_edit.text() == "For Thursday"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.clear_history()
    assert list_sheets(demo_catalogue) == [] and dialog.table.rowCount() == 0


def test_preferences_defaults_reach_the_tray(qtbot, demo_catalogue):
    save_sheet_preferences(demo_catalogue, SheetPreferences(language="es", paper="a4", large_print=True))
    tray = SheetTray(demo_catalogue)
    qtbot.addWidget(tray)
    assert tray.language_combo.currentData() == "es" and tray.paper_combo.currentData() == "a4"
    assert tray.large_print.isChecked() and tray.title_edit.placeholderText() == "Recursos para usted"
