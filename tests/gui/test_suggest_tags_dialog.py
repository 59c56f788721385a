"""Edit ▸ Suggest tags…: suggestions for the chosen resources, nothing added until ticked,
added as one batch that the import history undoes."""

from __future__ import annotations

from PySide6.QtCore import Qt

from resource_desk.core.records import ResourceData
from resource_desk.core.resources import get_resource, save_resource
from resource_desk.importing.history import list_imports
from resource_desk.importing.undo import undo_import

WAIT = 20000


def test_suggested_tags_for_a_selection_are_added_and_undone(qtbot, open_window, catalogue):
    from resource_desk.gui.suggest_tags_dialog import SuggestTagsDialog

    pantry = save_resource(catalogue, ResourceData(name="Corner Pantry", description="A food pantry and "
                                                   "hot meals on Saturdays.")).id
    shelter = save_resource(catalogue, ResourceData(name="Harbor Men's Shelter",
                                                    description="Emergency shelter for men.")).id
    other = save_resource(catalogue, ResourceData(name="Quiet Room", description="A food pantry too.")).id
    window = open_window(catalogue, demo=False)
    qtbot.waitUntil(lambda: window.model.rowCount() == 3, timeout=WAIT)
    rows = {window.model.row_at(r).id: r for r in range(window.model.rowCount())}
    for n, rid in enumerate((pantry, shelter)):  # click, then Ctrl+click, as a person picks two
        rect = window.table.visualRect(window.model.index(rows[rid], 0))
        modifier = Qt.KeyboardModifier.ControlModifier if n else Qt.KeyboardModifier.NoModifier
        qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())
    assert sorted(window.browser.selected_resource_ids()) == sorted([pantry, shelter])
    assert window.suggest_tags_action in window.edit_menu.actions()
    window.suggest_tags_action.trigger()
    dialog = window.findChild(SuggestTagsDialog)
    qtbot.waitUntil(lambda: dialog.loaded, timeout=WAIT)
    keys = {s.key: s for s in dialog.suggestions}
    assert {"need:Food", "need:Housing & shelter"} <= set(keys)
    assert "identity:Women" not in keys  # a men's shelter is never for women
    assert keys["need:Food"].resource_ids == (pantry,)  # only the chosen resources
    assert not dialog.add_button.isEnabled()  # nothing is ticked by itself
    items = {dialog.suggestions[dialog.list.item(r).data(Qt.ItemDataRole.UserRole)].key: dialog.list.item(r)
             for r in range(dialog.list.count())}
    items["need:Food"].setCheckState(Qt.CheckState.Checked)
    assert dialog.add_button.isEnabled() and "1 tag to 1 resource" in dialog.add_button.text().replace("&", "")
    dialog.add_button.click()
    qtbot.waitUntil(lambda: dialog.applied is not None, timeout=WAIT)
    assert "need:Food" in {t.key for t in get_resource(catalogue, pantry).tags}
    assert "need:Food" not in {t.key for t in get_resource(catalogue, other).tags}
    assert "need:Housing & shelter" not in {t.key for t in get_resource(catalogue, shelter).tags}
    batch = list_imports(catalogue)[-1]
    assert batch.format == "suggestions" and batch.updated == 1
    undo_import(catalogue, batch.id)
    assert "need:Food" not in {t.key for t in get_resource(catalogue, pantry).tags}
