"""The tag manager's Sensitive box: marks tags that discreet sheets leave out."""

from __future__ import annotations

from PySide6.QtCore import Qt

from resource_desk.core.sensitive import sensitive_tags

from .test_tag_manager import open_manager, select, tag


def test_sensitive_box_shows_the_default_and_marks_or_unmarks(qtbot, main_window, demo_catalogue):
    manager = open_manager(qtbot, main_window)
    food, youth = tag(demo_catalogue, "need", "Food"), tag(demo_catalogue, "identity", "Youth")
    select(manager, youth.id)
    assert manager.sensitive.isEnabled() and manager.sensitive.isChecked()  # every identity tag, by default
    qtbot.mouseClick(manager.sensitive, Qt.MouseButton.LeftButton)
    assert "Youth" not in {t.name for t in sensitive_tags(demo_catalogue)}
    select(manager, food.id)
    assert not manager.sensitive.isChecked()
    qtbot.mouseClick(manager.sensitive, Qt.MouseButton.LeftButton)
    assert "Food" in {t.name for t in sensitive_tags(demo_catalogue)}
    select(manager, food.id, youth.id)
    assert manager.sensitive.checkState() == Qt.CheckState.PartiallyChecked
    qtbot.mouseClick(manager.sensitive, Qt.MouseButton.LeftButton)
    names = {t.name for t in sensitive_tags(demo_catalogue)}
    assert "Food" in names and "Youth" in names
