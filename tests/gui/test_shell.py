"""The window as a shell: the parts it makes and declares, the one place it refreshes from a
write, and what a person sees when a slot fails."""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QDockWidget, QMessageBox, QPushButton

from resource_desk.core.lookups import resource_total
from resource_desk.core.records import ResourceData
from resource_desk.gui import errors
from resource_desk.gui.browser import Browser
from resource_desk.gui.editing import Editing
from resource_desk.gui.sheet_tray import SheetPart, SheetTray
from resource_desk.gui.worker import Changes, WriteOp


def test_the_window_owns_and_declares_its_parts(main_window):
    assert isinstance(main_window.browser, Browser) and main_window.stack.currentWidget() is main_window.browser
    assert isinstance(main_window.editing, Editing)
    assert isinstance(main_window.sheet, SheetPart) and isinstance(main_window.sheet_tray, SheetTray)
    assert isinstance(main_window.sheet_dock, QDockWidget)
    assert main_window.dockWidgetArea(main_window.sheet_dock) == Qt.DockWidgetArea.RightDockWidgetArea
    row = main_window.browser.tool_row
    assert row.indexOf(main_window.add_to_sheet_button) == row.indexOf(main_window.add_button) + 1
    assert main_window.model is main_window.browser.model and main_window.table is main_window.browser.table


def test_a_write_from_a_dialog_refreshes_the_window_once(qtbot, main_window, demo_catalogue):
    from resource_desk.core.resources import save_resource

    dialog = QDialog(main_window)
    qtbot.addWidget(dialog)
    refreshed = []
    main_window.data_changed.connect(lambda: refreshed.append(True))
    op = WriteOp(dialog, lambda _progress: save_resource(demo_catalogue, ResourceData(name="Zine Library")),
                 Changes(resources=True)).run()
    qtbot.waitUntil(lambda: op.finished)
    assert refreshed == [True]
    assert main_window.model.total == 57 and resource_total(demo_catalogue) == 61  # 4 are inactive, hidden
    nothing = WriteOp(dialog, lambda _progress: None, Changes()).run()
    qtbot.waitUntil(lambda: nothing.finished)
    assert refreshed == [True]


def test_an_exception_in_a_slot_shows_something_went_wrong(qtbot, monkeypatch):
    boxes = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: boxes.append(self) or 0)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    errors.install_excepthook()
    button = QPushButton("Broken")
    qtbot.addWidget(button)

    def broken() -> None:
        raise ZeroDivisionError("a fault in a slot")

    button.clicked.connect(broken)
    button.click()
    assert len(boxes) == 1 and "a fault in a slot" in boxes[0].text()
    boxes[0].copy_button.click()
    assert "ZeroDivisionError" in QApplication.clipboard().text()
