"""Sorting the results by clicking a column's header, as a person does, and what is remembered."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from resource_desk.core.resources import mark_verified
from resource_desk.core.search import SearchQuery, search
from resource_desk.gui.common import app_settings
from resource_desk.gui.results_model import LAST_VERIFIED, NAME, ORGANIZATION


def click_header(qtbot, window, column: int) -> None:
    header = window.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def shown(window) -> list[str]:
    return [window.model.row_at(i).id for i in range(window.model.rowCount())]


def expected(catalogue, **fields) -> list[str]:
    return [row.id for row in search(catalogue, SearchQuery(**fields), limit=1000).rows]


def test_clicking_last_verified_puts_the_oldest_first_then_reverses_then_back(qtbot, main_window, demo_catalogue):
    click_header(qtbot, main_window, LAST_VERIFIED)
    rows = [main_window.model.row_at(i) for i in range(main_window.model.rowCount())]
    dates = [r.last_verified.isoformat() if r.last_verified else "" for r in rows]
    assert dates == sorted(dates) and dates[-1] > dates[0]
    assert shown(main_window) == expected(demo_catalogue, sort="verified")
    header = main_window.table.horizontalHeader()
    assert header.isSortIndicatorShown() and header.sortIndicatorSection() == LAST_VERIFIED
    assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder

    click_header(qtbot, main_window, LAST_VERIFIED)
    assert shown(main_window) == expected(demo_catalogue, sort="verified", descending=True)
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder

    click_header(qtbot, main_window, LAST_VERIFIED)  # a third time: the usual order, by name
    assert shown(main_window) == expected(demo_catalogue)
    assert not header.isSortIndicatorShown()


def test_words_stay_in_relevance_order_unless_a_column_is_chosen(qtbot, main_window, demo_catalogue):
    qtbot.keyClicks(main_window.search_box, "support")
    qtbot.waitUntil(lambda: shown(main_window) == expected(demo_catalogue, text="support"))
    by_relevance = shown(main_window)
    click_header(qtbot, main_window, NAME)
    assert shown(main_window) == expected(demo_catalogue, text="support", sort="name") != by_relevance
    assert sorted(shown(main_window)) == sorted(by_relevance)  # the same results, in another order
    # The chosen order holds while the words change.
    qtbot.keyClicks(main_window.search_box, " gro")
    qtbot.waitUntil(lambda: shown(main_window) == expected(demo_catalogue, text="support gro", sort="name"))


def test_the_chosen_resource_stays_chosen_when_the_order_changes(qtbot, main_window):
    main_window.browser._select_row(3)
    chosen = main_window.browser.current_resource_id()
    click_header(qtbot, main_window, ORGANIZATION)
    assert main_window.browser.current_resource_id() == chosen
    assert main_window.table.currentIndex().row() == main_window.model.row_of(chosen)


def test_the_order_is_remembered_for_the_next_window(qtbot, main_window, open_window, demo_catalogue):
    click_header(qtbot, main_window, LAST_VERIFIED)
    click_header(qtbot, main_window, LAST_VERIFIED)
    assert app_settings().value("main/sort") == "verified"
    main_window.close()
    again = open_window(demo_catalogue, demo=False)
    assert again.browser.sort_key == "verified" and again.browser.sort_descending
    assert shown(again) == expected(demo_catalogue, sort="verified", descending=True)


def test_a_change_keeps_the_order(qtbot, main_window, demo_catalogue):
    click_header(qtbot, main_window, LAST_VERIFIED)
    oldest = main_window.model.row_at(0)
    mark_verified(demo_catalogue, [oldest.id])
    main_window.browser.reload()
    assert shown(main_window) == expected(demo_catalogue, sort="verified")
    assert main_window.model.row_at(0).id != oldest.id


def test_view_menu_sorts_from_the_keyboard(qtbot, main_window, demo_catalogue):
    menu = main_window.browser.sort_menu
    assert menu.menuAction() in main_window.view_menu.actions()
    by_label = {a.text().replace("&", ""): a for a in menu.actions() if a.text()}
    assert by_label["Usual order (relevance while typing, else name)"].isChecked()
    assert not main_window.browser.reverse_sort_action.isEnabled()
    by_label["Last verified (oldest first)"].trigger()
    assert shown(main_window) == expected(demo_catalogue, sort="verified")
    main_window.browser.reverse_sort_action.trigger()
    assert shown(main_window) == expected(demo_catalogue, sort="verified", descending=True)
    header = main_window.table.horizontalHeader()
    assert header.sortIndicatorSection() == LAST_VERIFIED
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    click_header(qtbot, main_window, ORGANIZATION)  # the menu follows the headers
    assert by_label["Organization"].isChecked() and not main_window.browser.reverse_sort_action.isChecked()
