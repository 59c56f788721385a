"""The form's Translations & discreet tab: text in other languages, its own language, discreet name."""

from __future__ import annotations

from PySide6.QtCore import Qt

from resource_desk.core.records import TranslationRecord
from resource_desk.core.resources import get_resource
from resource_desk.core.search import SearchQuery, search
from resource_desk.gui.resource_form import ResourceForm

from .test_editing import find_id


def test_translations_and_discreet_name_are_saved(qtbot, demo_catalogue):
    rid = find_id(demo_catalogue, "Trans Lifeline")
    form = ResourceForm(demo_catalogue, get_resource(demo_catalogue, rid))
    qtbot.addWidget(form)
    form.show()
    tab = form.translations_tab
    form.tabs.setCurrentWidget(tab)
    tab.language.setCurrentIndex(tab.language.findData("es"))
    # Typed text outside ASCII aborts QTest on the offscreen platform: set it as a paste would.
    tab.fields["description"].setPlainText("Línea de apoyo entre pares para personas trans.")
    qtbot.keyClicks(tab.fields["hours"], "Todos los dias")
    tab.language.setCurrentIndex(tab.language.findData("vi"))
    tab.fields["name"].setText("Đường dây hỗ trợ")
    tab.language.setCurrentIndex(tab.language.findData("es"))  # back: the Spanish text is still there
    assert tab.fields["hours"].toPlainText() == "Todos los dias"
    qtbot.keyClicks(tab.discreet_name, "Support line")
    assert form.has_changes()
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.saved is not None, form.summary.text()
    stored = get_resource(demo_catalogue, rid)
    assert set(stored.translations) == {
        TranslationRecord("es", "description", "Línea de apoyo entre pares para personas trans."),
        TranslationRecord("es", "hours", "Todos los dias"),
        TranslationRecord("vi", "name", "Đường dây hỗ trợ")}
    assert stored.discreet_name == "Support line" and stored.text_language is None
    # Search finds the translated text.
    found = search(demo_catalogue, SearchQuery(text="pares apoyo"), limit=50).rows
    assert rid in {r.id for r in found}
    again = ResourceForm(demo_catalogue, stored)
    qtbot.addWidget(again)
    assert again.translations_tab.fields["description"].toPlainText().startswith("Línea de apoyo")
    assert not again.has_changes()
