"""Room to read: the results get the width, the empty tray folds to a bar, the window works at 1024×700."""

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication

from resource_desk.core.database import Catalogue
from resource_desk.gui.results_model import KIND, NAME
from resource_desk.gui.sheet_tray import TRAY_MIN_WIDTH, ids_mime


def _sized(qtbot, window, width=1024, height=700):
    window.resize(width, height)
    qtbot.waitUntil(lambda: window.width() == width)
    return window


def test_the_window_is_usable_at_1024_by_700(qtbot, main_window):
    window = _sized(qtbot, main_window)
    assert window.minimumSizeHint().width() <= 1024
    assert window.sheet.folded and window.sheet.bar.isVisible()
    qtbot.waitUntil(lambda: window.sheet_dock.width() < 60)
    assert window.table.width() >= 600  # was ~190 px beside an open, empty tray
    assert window.table.columnWidth(NAME) >= 220


def test_the_empty_tray_folds_and_opens_as_it_fills(qtbot, main_window):
    window = _sized(qtbot, main_window)
    window.table.setFocus()
    window.table.selectRow(0)
    qtbot.keyClick(window.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert window.sheet_tray.resource_ids()
    assert not window.sheet.folded and window.sheet_tray.isVisible()
    qtbot.waitUntil(lambda: window.sheet_dock.width() >= TRAY_MIN_WIDTH)

    window.sheet_tray.clear_button.click()
    assert window.sheet.folded
    qtbot.waitUntil(lambda: window.sheet_dock.width() < 60)


def test_the_bar_opens_the_empty_tray_and_takes_dropped_rows(qtbot, main_window):
    window = _sized(qtbot, main_window)
    bar = window.sheet.bar
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton)
    assert not window.sheet.folded and window.sheet_tray.load_list_button.isVisible()
    window.sheet_tray.clear()  # opened by the person: it stays open, empty, until it has had something
    assert not window.sheet.folded


def test_rows_dropped_on_the_bar_go_on_the_sheet(qtbot, main_window):
    window = _sized(qtbot, main_window)
    bar = window.sheet.bar
    first = window.model.row_at(0).id
    mime = ids_mime([first])  # held: the event does not own it
    drop = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    bar.dropEvent(drop)
    assert window.sheet_tray.resource_ids() == [first]
    assert not window.sheet.folded


def test_cut_text_shows_in_full_in_a_tooltip(main_window):
    model = main_window.model
    for column in (NAME, KIND):
        index = model.index(0, column)
        assert model.data(index, Qt.ItemDataRole.ToolTipRole).startswith(model.data(index))


def test_the_welcome_text_is_never_clipped(qtbot, open_window, tmp_path):
    window = _sized(qtbot, open_window(Catalogue.open(tmp_path / "empty.sqlite3")))
    text = window.welcome.text
    assert window.stack.currentWidget() is window.welcome
    assert window.minimumSizeHint().width() <= 1024
    for _ in range(6):  # View ▸ Larger text, six times
        window.zoom(+1)
        QApplication.processEvents()
        qtbot.waitUntil(lambda: text.height() >= text.heightForWidth(text.width()))
    assert text.width() > 300


def test_a_tray_left_open_comes_back_folded_when_empty(qtbot, open_window, demo_catalogue):
    first = _sized(qtbot, open_window(demo_catalogue, demo=False))
    first.sheet.open()
    qtbot.waitUntil(lambda: first.sheet_dock.width() >= TRAY_MIN_WIDTH)
    first.close()  # its layout is saved with the tray open

    second = _sized(qtbot, open_window(demo_catalogue, demo=False))
    assert second.sheet.folded
    qtbot.waitUntil(lambda: second.sheet_dock.width() < 60)
    second.sheet.bar.setFocus()
    qtbot.keyClick(second.sheet.bar, Qt.Key.Key_Return)  # the bar opens from the keyboard too
    assert not second.sheet.folded
    qtbot.waitUntil(lambda: second.sheet_dock.width() >= TRAY_MIN_WIDTH)
