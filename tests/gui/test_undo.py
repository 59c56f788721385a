"""Undo and redo of every change made in the window: the catalogue is back where it was, row
for row (the search index too), and redo makes the change again."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from resource_desk.core.lists import ListItem, save_list
from resource_desk.core.resources import NotFound, get_resource
from resource_desk.core.search import SearchQuery, matching_ids
from resource_desk.core.tags import list_tags, resolve_tags
from tests.catalogue_rows import everything

from .test_editing import find_id, press_ctrl_s, tick_tag, wait_for_form
from .test_search_window import names

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _wait_for(qtbot, window, index: int) -> None:
    command = window.undo_history.stack.command(index)
    qtbot.waitUntil(lambda: command.op is not None and command.op.finished)


def undo(qtbot, window) -> None:
    """Ctrl+Z in the window, then wait for the step to be written and shown."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    stack = window.undo_history.stack
    index = stack.index()
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert stack.index() == index - 1
    _wait_for(qtbot, window, index - 1)


def redo(qtbot, window) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    stack = window.undo_history.stack
    index = stack.index()
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL | SHIFT)
    assert stack.index() == index + 1
    _wait_for(qtbot, window, index)


def wait_for_op(qtbot, window) -> None:
    qtbot.waitUntil(lambda: window.editing.op is not None and window.editing.op.finished)


def undo_and_redo(qtbot, window, catalogue, before, text: str) -> None:
    """Undo the last change (named ``text`` in Edit ▸ Undo): every row as before; redo: as after."""
    after = everything(catalogue)
    assert after != before
    assert window.undo_action.text() == f"&Undo {text}" and window.undo_action.isEnabled()
    undo(qtbot, window)
    assert everything(catalogue) == before
    assert window.redo_action.text() == f"&Redo {text}"
    redo(qtbot, window)
    assert everything(catalogue) == after


def test_nothing_to_undo_at_first(main_window):
    assert not main_window.undo_action.isEnabled() and not main_window.redo_action.isEnabled()
    edit_menu = main_window.edit_menu.actions()
    assert edit_menu[0] is main_window.undo_action and edit_menu[1] is main_window.redo_action


def test_saving_in_the_form(qtbot, main_window, demo_catalogue):
    resource_id = find_id(demo_catalogue, "Trans Lifeline")
    before = everything(demo_catalogue)
    main_window.browser.select_resource(resource_id)
    main_window.table.setFocus()
    qtbot.keyClick(main_window.table, Qt.Key.Key_Return)
    form = wait_for_form(qtbot, main_window)
    form.name.setText("Trans Lifeline (peer hotline)")
    form.organization.setCurrentText("A Brand New Collective")
    tick_tag(form, "need", "Peer support")
    press_ctrl_s(qtbot, form)
    qtbot.waitUntil(lambda: not form.isVisible())
    undo_and_redo(qtbot, main_window, demo_catalogue, before, "Edit “Trans Lifeline (peer hotline)”")
    assert main_window.detail.resource.name == "Trans Lifeline (peer hotline)"
    undo(qtbot, main_window)
    assert main_window.detail.resource.name == "Trans Lifeline"  # the details follow
    assert "Trans Lifeline" in names(main_window)


def test_adding_and_duplicating(qtbot, main_window, demo_catalogue):
    before = everything(demo_catalogue)
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow)
    qtbot.keyClick(main_window, Qt.Key.Key_N, CTRL)
    form = wait_for_form(qtbot, main_window)
    qtbot.keyClicks(form.name, "Rainbow Elders Lunch Club")
    form.organization.setCurrentText("Silver Pride Collective")
    tick_tag(form, "identity", "Older adults")
    press_ctrl_s(qtbot, form)
    qtbot.waitUntil(lambda: not form.isVisible())
    new_id = find_id(demo_catalogue, "Rainbow Elders Lunch Club")
    undo_and_redo(qtbot, main_window, demo_catalogue, before, "Add “Rainbow Elders Lunch Club”")
    assert get_resource(demo_catalogue, new_id).organization == "Silver Pride Collective"  # the same id again

    before = everything(demo_catalogue)
    main_window.browser.select_resource(new_id)
    qtbot.keyClick(main_window, Qt.Key.Key_D, CTRL)
    form = wait_for_form(qtbot, main_window)
    form.name.setText("Rainbow Elders — Eastside")
    press_ctrl_s(qtbot, form)
    qtbot.waitUntil(lambda: not form.isVisible())
    undo_and_redo(qtbot, main_window, demo_catalogue, before, "Duplicate “Rainbow Elders — Eastside”")


def test_deleting_brings_the_resource_back_whole_under_its_id(qtbot, main_window, demo_catalogue, monkeypatch):
    resource_id = find_id(demo_catalogue, "Trans Lifeline")
    save_list(demo_catalogue, "Hotlines", [ListItem(resource_id, note="24/7")])
    original = get_resource(demo_catalogue, resource_id)
    assert original.phones and original.tags
    before = everything(demo_catalogue)
    main_window.browser.select_resource(resource_id)
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda parent, title, text, *a, **k: asked.append(text) or QMessageBox.StandardButton.Yes)
    main_window.table.setFocus()
    qtbot.keyClick(main_window.table, Qt.Key.Key_Delete)
    assert "Edit ▸ Undo brings it back" in asked[0]
    wait_for_op(qtbot, main_window)
    with pytest.raises(NotFound):
        get_resource(demo_catalogue, resource_id)
    undo_and_redo(qtbot, main_window, demo_catalogue, before, "Delete “Trans Lifeline”")
    undo(qtbot, main_window)
    assert get_resource(demo_catalogue, resource_id) == original
    assert "Trans Lifeline" in names(main_window)
    assert matching_ids(demo_catalogue, SearchQuery(text="trans lifeline"))[0] == resource_id


def test_mark_verified(qtbot, main_window, demo_catalogue):
    resource_id = find_id(demo_catalogue, "Veterans Bridge Housing (sample)")
    assert get_resource(demo_catalogue, resource_id).last_verified != date.today()
    before = everything(demo_catalogue)
    main_window.browser.select_resource(resource_id)
    qtbot.keyClick(main_window, Qt.Key.Key_V, CTRL | SHIFT)
    wait_for_op(qtbot, main_window)
    assert get_resource(demo_catalogue, resource_id).last_verified == date.today()
    undo_and_redo(qtbot, main_window, demo_catalogue, before, "Mark 1 resource verified")


def _select_rows(window, count: int) -> None:
    table = window.table
    table.selectRow(0)
    flags = table.selectionModel().SelectionFlag.Select | table.selectionModel().SelectionFlag.Rows
    for row in range(1, count):
        table.selectionModel().select(window.model.index(row, 0), flags)


def _open_bulk_dialog(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_E, CTRL | SHIFT)
    qtbot.waitUntil(lambda: window.editing.bulk_dialog is not None and window.editing.bulk_dialog.isVisible())
    return window.editing.bulk_dialog


def test_editing_thirty_at_once_is_one_step(qtbot, main_window, demo_catalogue):
    _select_rows(main_window, 30)
    ids = main_window.browser.selected_resource_ids()
    assert len(ids) == 30
    before = everything(demo_catalogue)
    dialog = _open_bulk_dialog(qtbot, main_window)
    assert dialog.windowTitle() == "Edit 30 resources"
    assert not dialog.ok_button.isEnabled()  # nothing chosen yet
    food = next(t for t in list_tags(demo_catalogue) if t.key == "need:Food")
    carrying = sum(1 for i in ids if any(t.id == food.id for t in get_resource(demo_catalogue, i).tags))
    dialog.add_tags.check(food.id)
    qtbot.waitUntil(lambda: dialog.count_label.text() == f"{30 - carrying} of 30 resources will change.")
    assert dialog.ok_button.isEnabled()
    dialog.status.setCurrentIndex(dialog.status.findData("temporarily_closed"))
    qtbot.waitUntil(lambda: dialog.count_label.text() == "30 of 30 resources will change.")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    wait_for_op(qtbot, main_window)
    for rid in ids:
        stored = get_resource(demo_catalogue, rid)
        assert stored.status == "temporarily_closed" and food.id in {t.id for t in stored.tags}
    assert sorted(main_window.browser.selected_resource_ids()) == sorted(ids)  # still chosen
    undo_and_redo(qtbot, main_window, demo_catalogue, before,
                  "Edit 30 resources: add Food; status Temporarily closed")


def test_ctrl_a_and_the_context_menu_reach_every_result(qtbot, main_window, demo_catalogue):
    main_window.table.setFocus()
    qtbot.keyClick(main_window.table, Qt.Key.Key_A, CTRL)
    assert main_window.browser.selected_count() == main_window.model.total == 56
    assert main_window.bulk_edit_action in main_window.table.actions()
    main_window.bulk_edit_action.trigger()
    dialog = main_window.editing.bulk_dialog
    qtbot.waitUntil(lambda: dialog is not None and dialog.isVisible())
    dialog.add_languages.setText("Klingonese")
    assert "Unknown language “Klingonese”" in dialog.problem.text() and not dialog.ok_button.isEnabled()
    speakers = sum(1 for rid in matching_ids(demo_catalogue, SearchQuery())
                   if "fr" in get_resource(demo_catalogue, rid).languages)
    dialog.add_languages.setText("French")
    qtbot.waitUntil(lambda: dialog.count_label.text() == f"{56 - speakers} of 56 resources will change.")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    wait_for_op(qtbot, main_window)
    assert len(matching_ids(demo_catalogue, SearchQuery(text="french"))) == 56


def test_several_steps_undo_in_turn_and_another_catalogue_starts_afresh(qtbot, main_window, demo_catalogue,
                                                                        catalogue):
    first = everything(demo_catalogue)
    ids = [find_id(demo_catalogue, "Trans Lifeline"), find_id(demo_catalogue, "Crisis Text Line")]
    for rid in ids:
        main_window.browser.select_resource(rid)
        qtbot.keyClick(main_window, Qt.Key.Key_V, CTRL | SHIFT)
        wait_for_op(qtbot, main_window)
    assert main_window.undo_history.stack.count() == 2
    # Two undos asked at once run one after the other.
    main_window.undo_action.trigger()
    main_window.undo_action.trigger()
    _wait_for(qtbot, main_window, 0)
    _wait_for(qtbot, main_window, 1)
    assert everything(demo_catalogue) == first
    main_window.redo_action.trigger()
    assert main_window.set_catalogue(catalogue)
    assert main_window.undo_history.stack.count() == 0 and not main_window.undo_action.isEnabled()


# -- tags ---------------------------------------------------------------------------------------


def _manager_undo(qtbot, window, manager, keys=CTRL) -> None:
    """Ctrl+Z (or Ctrl+Shift+Z) pressed in the tag manager's own window."""
    stack = window.undo_history.stack
    index = stack.index()
    manager.activateWindow()
    qtbot.waitUntil(manager.isActiveWindow)
    qtbot.keyClick(manager.tree, Qt.Key.Key_Z, keys)
    moved = index - 1 if keys == CTRL else index
    assert stack.index() == (index - 1 if keys == CTRL else index + 1)
    _wait_for(qtbot, window, moved)


def test_tag_changes_are_undone_from_the_tag_manager_too(qtbot, main_window, demo_catalogue, monkeypatch):
    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QColorDialog, QInputDialog

    from .test_tag_manager import open_manager, select, tag

    food, shelter = tag(demo_catalogue, "need", "Food"), tag(demo_catalogue, "need", "Housing & shelter")
    manager = open_manager(qtbot, main_window)

    before = everything(demo_catalogue)
    select(manager, food.id)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Groceries", True))
    qtbot.mouseClick(manager.rename_button, Qt.MouseButton.LeftButton)
    assert manager.item_for(food.id).text(0) == "Groceries"
    undo_and_redo(qtbot, main_window, demo_catalogue, before, "Rename tag “Food” to “Groceries”")
    _manager_undo(qtbot, main_window, manager)
    assert everything(demo_catalogue) == before
    assert manager.item_for(food.id).text(0) == "Food"  # the manager's list follows
    assert main_window.filters.tags.item_named("Food", "need") is not None

    before = everything(demo_catalogue)
    select(manager, food.id, shelter.id)
    monkeypatch.setattr(QColorDialog, "getColor", lambda *a, **k: QColor("#123456"))
    qtbot.mouseClick(manager.color_button, Qt.MouseButton.LeftButton)
    undo_and_redo(qtbot, main_window, demo_catalogue, before, "Recolor 2 tags")
    _manager_undo(qtbot, main_window, manager)

    before = everything(demo_catalogue)
    select(manager, food.id, shelter.id)
    qtbot.mouseClick(manager.merge_button, Qt.MouseButton.LeftButton)
    manager.merge_dialog.survivor.setCurrentIndex(manager.merge_dialog.survivor.findData(shelter.id))
    manager.merge_dialog.accept()
    assert manager.item_for(food.id) is None
    undo_and_redo(qtbot, main_window, demo_catalogue, before, "Merge tags “Food” into “Housing & shelter”")
    _manager_undo(qtbot, main_window, manager)
    assert manager.item_for(food.id) is not None
    _manager_undo(qtbot, main_window, manager, CTRL | SHIFT)  # redo, from the manager
    assert manager.item_for(food.id) is None
    _manager_undo(qtbot, main_window, manager)

    before = everything(demo_catalogue)
    select(manager, food.id)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    manager.delete()
    undo_and_redo(qtbot, main_window, demo_catalogue, before, "Delete tag “Food”")
    undo(qtbot, main_window)
    # The tag is back on every resource that carried it, under the same id.
    assert resolve_tags(demo_catalogue, ["need:Food"])[0].id == food.id


# -- merging duplicates, applying suggestions ---------------------------------------------------------


def test_merging_duplicates_is_undone_and_redone_from_the_window(qtbot, open_window, catalogue):
    from resource_desk.core.duplicates import list_merges
    from resource_desk.core.records import PhoneRecord, ResourceData
    from resource_desk.core.resources import save_resource
    from resource_desk.gui.duplicates_dialog import DuplicatesDialog

    kept = save_resource(catalogue, ResourceData(name="Casa de Esperanza Legal Clinic", languages=("es",),
                                                 phones=(PhoneRecord("(415) 555-0100"),))).id
    removed = save_resource(catalogue, ResourceData(name="Casa Esperanza Legal Clinic", hours="Tue 5–8 pm",
                                                    phones=(PhoneRecord("415-555-0100"),))).id
    before = everything(catalogue, leave_out=("resource_merges",))
    window = open_window(catalogue, demo=False)
    window.duplicates_action.trigger()
    dialog = window.findChild(DuplicatesDialog)
    qtbot.waitUntil(lambda: not dialog.loading)
    with qtbot.waitSignal(dialog.changed):
        qtbot.mouseClick(dialog.keep_left_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy and not dialog.loading)
    dialog.close()
    after = everything(catalogue, leave_out=("resource_merges",))
    merged = replace(get_resource(catalogue, kept), updated_at=None)
    assert after != before and window.model.total == 1
    text = "Merge “Casa Esperanza Legal Clinic” into “Casa de Esperanza Legal Clinic”"
    assert window.undo_action.text() == f"&Undo {text}"
    undo(qtbot, window)
    assert everything(catalogue, leave_out=("resource_merges",)) == before
    assert window.model.total == 2 and get_resource(catalogue, removed).hours == "Tue 5–8 pm"
    redo(qtbot, window)
    # Redo merges again: the same rows, but for the kept resource's time of change.
    again = everything(catalogue, leave_out=("resource_merges", "resources"))
    assert again == {k: v for k, v in after.items() if k != "resources"}
    assert replace(get_resource(catalogue, kept), updated_at=None) == merged
    with pytest.raises(NotFound):
        get_resource(catalogue, removed)
    assert [m.undone_at is None for m in list_merges(catalogue)] == [True, False]  # redo is a merge of its own
    assert get_resource(catalogue, kept).hours == "Tue 5–8 pm"


def test_not_duplicates_is_undone_and_the_pair_is_listed_again(qtbot, open_window, catalogue):
    from resource_desk.core.duplicates import find_duplicates
    from resource_desk.core.records import PhoneRecord, ResourceData
    from resource_desk.core.resources import save_resource
    from resource_desk.gui.duplicates_dialog import DuplicatesDialog

    for name in ("Casa de Esperanza Legal Clinic", "Casa Esperanza Legal Clinic"):
        save_resource(catalogue, ResourceData(name=name, phones=(PhoneRecord("(415) 555-0100"),)))
    before = everything(catalogue)
    window = open_window(catalogue, demo=False)
    window.duplicates_action.trigger()
    dialog = window.findChild(DuplicatesDialog)
    qtbot.waitUntil(lambda: not dialog.loading)
    with qtbot.waitSignal(dialog.changed):
        qtbot.mouseClick(dialog.not_duplicates_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy and not dialog.loading)
    dialog.close()
    assert find_duplicates(catalogue) == []
    undo_and_redo(qtbot, window, catalogue, before,
                  "Not duplicates: “Casa de Esperanza Legal Clinic” and “Casa Esperanza Legal Clinic”")
    undo(qtbot, window)
    assert len(find_duplicates(catalogue)) == 1


def test_applied_tag_suggestions_are_undone_and_redone(qtbot, open_window, catalogue):
    from resource_desk.core.records import ResourceData
    from resource_desk.core.resources import save_resource
    from resource_desk.gui.suggest_tags_dialog import SuggestTagsDialog

    pantry = save_resource(catalogue, ResourceData(name="Corner Pantry", description="A food pantry and "
                                                   "hot meals on Saturdays.")).id
    before = everything(catalogue, leave_out=("import_batches",))
    window = open_window(catalogue, demo=False)
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    window.suggest_tags_action.trigger()
    dialog = window.findChild(SuggestTagsDialog)
    qtbot.waitUntil(lambda: dialog.loaded)
    for r in range(dialog.list.count()):
        if dialog.suggestions[dialog.list.item(r).data(Qt.ItemDataRole.UserRole)].key == "need:Food":
            dialog.list.item(r).setCheckState(Qt.CheckState.Checked)
    dialog.add_button.click()
    qtbot.waitUntil(lambda: dialog.applied is not None)
    dialog.close()
    after = everything(catalogue, leave_out=("import_batches",))
    assert "need:Food" in {t.key for t in get_resource(catalogue, pantry).tags}
    assert window.undo_action.text() == "&Undo Add suggested tags Food"
    undo(qtbot, window)
    assert everything(catalogue, leave_out=("import_batches",)) == before
    redo(qtbot, window)
    assert everything(catalogue, leave_out=("import_batches",)) == after


def test_ctrl_a_reaches_the_results_not_loaded_yet(qtbot, main_window, demo_catalogue):
    main_window.model.page_size = 20
    main_window.refresh()
    qtbot.waitUntil(lambda: main_window.model.rowCount() == 20 and main_window.model.total == 56)
    main_window.table.setFocus()
    qtbot.keyClick(main_window.table, Qt.Key.Key_A, CTRL)
    dialog = _open_bulk_dialog(qtbot, main_window)
    assert dialog.windowTitle() == "Edit 56 resources"
    dialog.kind.setCurrentIndex(dialog.kind.findData("clinic"))
    qtbot.waitUntil(lambda: dialog.count_label.text().endswith("of 56 resources will change."))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    wait_for_op(qtbot, main_window)
    assert {get_resource(demo_catalogue, rid).kind for rid in matching_ids(demo_catalogue, SearchQuery())} \
        == {"clinic"}


def test_nothing_to_change_says_so(qtbot, main_window, demo_catalogue):
    _select_rows(main_window, 1)
    kind = main_window.browser.selected_rows()[0].kind
    dialog = _open_bulk_dialog(qtbot, main_window)
    dialog.kind.setCurrentIndex(dialog.kind.findData(kind))
    qtbot.waitUntil(lambda: dialog.count_label.text().startswith("None of the 1 resource would change"))
    assert not dialog.ok_button.isEnabled()
