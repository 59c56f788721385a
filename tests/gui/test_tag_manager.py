"""The tag manager: merge, rename, recolour, aliases, add and delete, as a person does them."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QColorDialog, QDialog, QInputDialog, QMessageBox

from resource_desk.core.resources import get_resource
from resource_desk.core.search import SearchQuery, search
from resource_desk.core.tags import list_tags, resolve_tags
from resource_desk.gui.tag_manager import MergeTagsDialog, NewTagDialog, TagManager


def tag(catalogue, facet: str, name: str):
    return next(t for t in list_tags(catalogue, facet) if t.name == name)


def carriers(catalogue, tag_id: str) -> set[str]:
    rows = search(catalogue, SearchQuery(tag_ids=(tag_id,), include_hidden=True), limit=1000).rows
    return {r.id for r in rows}


def open_manager(qtbot, window) -> TagManager:
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.tag_manager is not None and window.tag_manager.isVisible())
    return window.tag_manager


def select(manager: TagManager, *tag_ids: str) -> None:
    """Click the first, Ctrl+click the others."""
    manager.tree.clearSelection()
    for tag_id in tag_ids:
        manager.tree.setCurrentItem(manager.item_for(tag_id), 0, QItemSelectionModel.SelectionFlag.Select)


def test_lists_tags_by_facet_with_counts(qtbot, main_window, demo_catalogue):
    manager = open_manager(qtbot, main_window)
    groups = [manager.tree.topLevelItem(i).text(0) for i in range(manager.tree.topLevelItemCount())]
    assert groups == ["Who it serves", "What it offers"]
    housing = tag(demo_catalogue, "need", "Housing & shelter")
    item = manager.item_for(housing.id)
    assert item.text(1) == str(housing.resource_count) and housing.resource_count > 0
    assert "shelter" in item.text(2)  # its aliases


def test_merging_two_tags_keeps_the_survivor_on_their_resources(qtbot, main_window, demo_catalogue):
    peer = tag(demo_catalogue, "need", "Peer support")
    community = tag(demo_catalogue, "need", "Community & belonging")
    had_peer, had_community = carriers(demo_catalogue, peer.id), carriers(demo_catalogue, community.id)
    assert had_peer - had_community and had_community - had_peer

    manager = open_manager(qtbot, main_window)
    select(manager, peer.id, community.id)
    assert manager.merge_button.isEnabled()
    qtbot.mouseClick(manager.merge_button, Qt.MouseButton.LeftButton)
    dialog = manager.merge_dialog
    assert isinstance(dialog, MergeTagsDialog) and dialog.isVisible()
    dialog.survivor.setCurrentIndex(dialog.survivor.findData(community.id))
    dialog.accept()

    names = [t.name for t in list_tags(demo_catalogue, "need")]
    assert "Peer support" not in names and "Community & belonging" in names
    assert carriers(demo_catalogue, community.id) == had_peer | had_community
    some = next(iter(had_peer - had_community))
    assert "need:Community & belonging" in {t.key for t in get_resource(demo_catalogue, some).tags}
    # The old name still finds the survivor when importing, and the window's sidebar follows.
    assert resolve_tags(demo_catalogue, ["need:Peer support"])[0].id == community.id
    assert main_window.filters.tags.item_named("Peer support", "need") is None
    assert manager.item_for(community.id).isSelected()


def test_merge_needs_the_same_facet(qtbot, main_window, demo_catalogue):
    manager = open_manager(qtbot, main_window)
    select(manager, tag(demo_catalogue, "need", "Food").id, tag(demo_catalogue, "identity", "Youth").id)
    assert not manager.merge_button.isEnabled()
    select(manager, tag(demo_catalogue, "need", "Food").id)
    assert not manager.merge_button.isEnabled()


def test_rename_recolour_and_aliases(qtbot, main_window, demo_catalogue, monkeypatch):
    food = tag(demo_catalogue, "need", "Food")
    manager = open_manager(qtbot, main_window)
    select(manager, food.id)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Food & groceries", True))
    qtbot.mouseClick(manager.rename_button, Qt.MouseButton.LeftButton)
    assert tag(demo_catalogue, "need", "Food & groceries").id == food.id
    assert main_window.filters.tags.item_named("Food & groceries", "need") is not None

    monkeypatch.setattr(QColorDialog, "getColor", lambda *a, **k: QColor("#123456"))
    qtbot.mouseClick(manager.color_button, Qt.MouseButton.LeftButton)
    assert tag(demo_catalogue, "need", "Food & groceries").color == "#123456"

    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *a, **k: ("pantry\nhot meals\n", True))
    qtbot.mouseClick(manager.aliases_button, Qt.MouseButton.LeftButton)
    assert set(tag(demo_catalogue, "need", "Food & groceries").aliases) == {"pantry", "hot meals"}

    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *a, **k: ("Despensa de alimentos\nsoup\n", True))
    qtbot.mouseClick(manager.keywords_button, Qt.MouseButton.LeftButton)
    assert set(tag(demo_catalogue, "need", "Food & groceries").keywords) == {"despensa de alimentos", "soup"}


def test_rename_to_an_existing_name_is_refused(qtbot, main_window, demo_catalogue, monkeypatch):
    food = tag(demo_catalogue, "need", "Food")
    manager = open_manager(qtbot, main_window)
    select(manager, food.id)
    warned = []
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Legal aid", True))
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: warned.append(text))
    manager.rename()
    assert warned and "already a tag" in warned[0]
    assert tag(demo_catalogue, "need", "Food").id == food.id


def test_delete_says_how_many_resources_carry_it(qtbot, main_window, demo_catalogue, monkeypatch):
    youth = tag(demo_catalogue, "identity", "Youth")
    had = carriers(demo_catalogue, youth.id)
    manager = open_manager(qtbot, main_window)
    select(manager, youth.id)
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda parent, title, text, *a: asked.append(text) or QMessageBox.StandardButton.No)
    qtbot.mouseClick(manager.delete_button, Qt.MouseButton.LeftButton)
    assert f"{youth.resource_count} resources carry it" in asked[0]
    assert tag(demo_catalogue, "identity", "Youth")

    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(manager.delete_button, Qt.MouseButton.LeftButton)
    assert "Youth" not in [t.name for t in list_tags(demo_catalogue, "identity")]
    some = next(iter(had))
    assert get_resource(demo_catalogue, some).name  # the resources stay
    assert main_window.filters.tags.item_named("Youth", "identity") is None


def test_adding_a_tag(qtbot, main_window, demo_catalogue):
    manager = open_manager(qtbot, main_window)
    select(manager, tag(demo_catalogue, "identity", "Youth").id)

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, NewTagDialog)
        assert dialog.facet.currentData() == "identity"
        if dialog.error.isHidden():
            dialog.name.setText("Youth")  # taken: the dialog says so and stays open
            QTimer.singleShot(0, fill)
        else:
            dialog.name.setText("Sex workers")
        dialog.accept()

    QTimer.singleShot(0, fill)
    manager.add()
    added = tag(demo_catalogue, "identity", "Sex workers")
    assert manager.item_for(added.id).isSelected()
    assert main_window.filters.tags.item_for(added.id) is not None


def test_new_tag_dialog_cancel_adds_nothing(qtbot, main_window, demo_catalogue):
    manager = open_manager(qtbot, main_window)
    before = len(list_tags(demo_catalogue))
    QTimer.singleShot(0, lambda: QApplication.activeModalWidget().done(QDialog.DialogCode.Rejected))
    manager.add()
    assert len(list_tags(demo_catalogue)) == before
