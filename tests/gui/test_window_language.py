"""Choosing the window's language in Preferences reopens the window in it at once, keeping what the
person was doing: the sheet being made, the search, the chosen resource."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtWidgets import QMessageBox

from resource_desk.gui.common import app_settings
from resource_desk.gui.i18n import LANGUAGE_KEY, current_language, install_language


@pytest.fixture
def english(qapp):
    install_language("en")
    yield
    install_language("en")
    app_settings().remove(LANGUAGE_KEY)


def _choose_spanish_in_preferences(monkeypatch):
    from resource_desk.gui.preferences import PreferencesDialog

    def exec_(dialog):
        dialog.window_language.setCurrentIndex(dialog.window_language.findData("es"))
        assert dialog.window_language_note.isVisibleTo(dialog)
        dialog.accept()
        return 1

    monkeypatch.setattr(PreferencesDialog, "exec", exec_)


def test_preferences_reopen_the_window_in_spanish_with_the_sheet_and_the_search(english, open_window,
                                                                                demo_catalogue, qtbot, monkeypatch):
    window = open_window(demo_catalogue, demo=False)
    qtbot.waitUntil(lambda: window.model.rowCount() > 2)
    ids = [window.model.row_at(i).id for i in range(2)]
    window.sheet.open()
    window.sheet_tray.add_resources(ids, notes={ids[0]: "Call on Monday"})
    window.sheet_tray.sheet_note.setPlainText("Take care")
    window.search_box.setText("food")
    qtbot.waitUntil(lambda: not window.browser.search_pending and window.model.rowCount() > 0)
    chosen = window.model.row_at(0).id
    window.browser.select_resource(chosen)
    assert window.menuBar().actions()[0].text() == "&File"

    _choose_spanish_in_preferences(monkeypatch)
    window.preferences_action.trigger()

    successor = window.successor
    assert successor is not None and current_language() == "es"
    qtbot.waitUntil(lambda: not shiboken6.isValid(window) or not window.isVisible())
    assert successor.isVisible() and successor.menuBar().actions()[0].text() == "&Archivo"
    assert successor.sheet_tray.resource_ids() == ids
    assert [item.note for item in successor.sheet_tray.items()] == ["Call on Monday", None]
    assert successor.sheet_tray.sheet_note.toPlainText() == "Take care"
    assert successor.search_box.text() == "food"
    qtbot.waitUntil(lambda: successor.browser.current_resource_id() == chosen)
    assert successor.count_label.text().endswith(("encontrado", "encontrados"))


def test_with_an_undo_history_the_person_may_keep_the_window_as_it_is(english, open_window, demo_catalogue,
                                                                      qtbot, monkeypatch):
    window = open_window(demo_catalogue, demo=False)
    qtbot.waitUntil(lambda: window.model.rowCount() > 0)
    window.browser.select_resource(window.model.row_at(0).id)
    window.verify_action.trigger()  # one step in the undo history
    qtbot.waitUntil(lambda: window.undo_history.stack.count() == 1)
    asked = []

    def exec_(box):
        asked.append(box.text())
        later = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.RejectRole)
        later.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    assert window.speak("es") is None
    assert "Edit ▸ Undo" in asked[0] and "Español" in asked[0]
    assert window.successor is None and window.isVisible() and current_language() == "en"
    assert window.undo_history.stack.count() == 1
