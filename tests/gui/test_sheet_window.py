"""The referral sheet in the main window, as a therapist uses it in session: search, put three
resources on the sheet (button, Ctrl+Enter, drag), reorder, preview, save the PDF."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog

from resource_desk.core.referrals import list_sheets
from resource_desk.gui.sheet_tray import ids_from_mime

from tests.sheets.helpers import flat, pdf_pages_text


def search_for(qtbot, window, text):
    window.search_box.clear()
    qtbot.keyClicks(window.search_box, text)
    window.search_timer.stop()
    window.browser.run_search()
    qtbot.waitUntil(lambda: window.model.rowCount() > 0)


def choose(window, name):
    row = next(i for i in range(window.model.rowCount()) if window.model.row_at(i).name == name)
    window.table.setFocus()
    window.table.selectRow(row)
    return window.model.row_at(row).id


def test_three_resources_to_a_pdf_in_session(qtbot, main_window, demo_catalogue, tmp_path, monkeypatch):
    window = main_window
    tray = window.sheet_tray
    assert window.sheet_dock.isVisible()
    assert not window.add_to_sheet_button.isEnabled()

    search_for(qtbot, window, "trans")
    first = choose(window, "Trans Lifeline")
    qtbot.mouseClick(window.add_to_sheet_button, Qt.MouseButton.LeftButton)
    second = choose(window, "Trans Housing Navigation Desk (sample)")
    qtbot.keyClick(window.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    search_for(qtbot, window, "legal")
    third = choose(window, next(window.model.row_at(i).name for i in range(window.model.rowCount())
                                if window.model.row_at(i).status == "active"))
    qtbot.keyClick(window.table, Qt.Key.Key_Enter, Qt.KeyboardModifier.ControlModifier)
    assert tray.resource_ids() == [first, second, third]

    tray.list.setFocus()
    tray.list.setCurrentRow(2)
    qtbot.keyClick(tray.list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(tray.list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert tray.resource_ids() == [third, first, second]

    previewed = []

    def fake_exec(dialog):
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "preview.pdf"))
        dialog.paintRequested.emit(printer)
        previewed.append(dialog)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(QPrintPreviewDialog, "exec", fake_exec)
    window.preview_sheet_action.trigger()
    assert previewed and (tmp_path / "preview.pdf").exists()

    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "for-client.pdf"), ""))
    window.save_pdf_action.trigger()
    qtbot.waitUntil(lambda: tray.last_pdf is not None or tray.last_error is not None, timeout=15000)
    assert tray.last_error is None
    text = flat(" ".join(pdf_pages_text(tmp_path / "for-client.pdf")))
    # Trans Lifeline is a crisis line: pinned at the top (the default preference); the rest
    # print in the tray's order.
    third_name = dict(zip(tray.resource_ids(), tray.names()))[third]
    names = ["Trans Lifeline", third_name, "Trans Housing Navigation Desk (sample)"]
    positions = [text.index(name) for name in names]
    assert positions == sorted(positions)
    assert text.index("If you need to talk to someone now") < positions[0]
    assert text.index("Places to reach out to") < positions[1]
    logged = list_sheets(demo_catalogue)
    assert len(logged) == 1 and logged[0].resource_ids == (first, third, second)


def test_dragging_results_carries_their_ids(qtbot, main_window, monkeypatch):
    window = main_window
    chosen = choose(window, window.model.row_at(0).name)
    dragged = []

    def fake_exec(drag, *args):
        dragged.append(ids_from_mime(drag.mimeData()))
        return Qt.DropAction.CopyAction

    monkeypatch.setattr("resource_desk.gui.sheet_tray.QDrag.exec", fake_exec)
    viewport = window.table.viewport()
    start = window.table.visualRect(window.model.index(0, 0)).center()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    end = start + QPoint(QApplication.startDragDistance() + 10, 20)
    move = QMouseEvent(QMouseEvent.Type.MouseMove, end, viewport.mapToGlobal(end), Qt.MouseButton.NoButton,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, move)
    assert dragged == [[chosen]]


def test_menus_hold_the_sheet_actions(main_window):
    window = main_window
    assert window.print_sheet_action in window.file_menu.actions()
    assert window.save_pdf_action in window.file_menu.actions()
    assert window.preview_sheet_action in window.file_menu.actions()
    assert window.preferences_action in window.edit_menu.actions()
    assert window.history_action in window.view_menu.actions()
    assert window.add_to_sheet_action in window.table.actions()


def test_print_with_an_empty_tray_says_what_to_do(main_window):
    main_window.print_sheet_action.trigger()
    assert "The sheet is empty" in main_window.sheet_tray.message.text()


def test_switching_catalogue_empties_the_tray(qtbot, main_window, catalogue):
    window = main_window
    choose(window, window.model.row_at(0).name)
    window.add_to_sheet_action.trigger()
    assert window.sheet_tray.resource_ids()
    window.set_catalogue(catalogue)
    assert window.sheet_tray.resource_ids() == [] and window.sheet_tray.catalogue is catalogue
