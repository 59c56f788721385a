"""The tag manager's Sensitive box: marks tags that discreet sheets leave out."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from resource_desk.core.sensitive import sensitive_tags

from .test_tag_manager import open_manager, select, tag


def click(box):
    """On the box and its word, where a person clicks (the row may give it more width than that)."""
    QTest.mouseClick(box, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(8, box.height() // 2))


def test_sensitive_box_shows_the_default_and_marks_or_unmarks(qtbot, main_window, demo_catalogue):
    manager = open_manager(qtbot, main_window)
    food, youth = tag(demo_catalogue, "need", "Food"), tag(demo_catalogue, "identity", "Youth")
    select(manager, youth.id)
    assert manager.sensitive.isEnabled() and manager.sensitive.isChecked()  # every identity tag, by default
    click(manager.sensitive)
    assert "Youth" not in {t.name for t in sensitive_tags(demo_catalogue)}
    select(manager, food.id)
    assert not manager.sensitive.isChecked()
    click(manager.sensitive)
    assert "Food" in {t.name for t in sensitive_tags(demo_catalogue)}
    select(manager, food.id, youth.id)
    assert manager.sensitive.checkState() == Qt.CheckState.PartiallyChecked
    click(manager.sensitive)
    names = {t.name for t in sensitive_tags(demo_catalogue)}
    assert "Food" in names and "Youth" in names
