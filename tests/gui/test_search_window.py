"""The main window as a person uses it: typing, ticking tags, filters, details, the lazy table."""

from __future__ import annotations

import threading
from datetime import date

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication

from resource_desk.core.records import AddressRecord, ResourceData
from resource_desk.core.resources import mark_verified, save_resource
from resource_desk.core.search import SearchQuery, facet_counts, search
from resource_desk.core.tags import list_tags
from resource_desk.gui.common import NOT_VERIFIED_TOOLTIP, STALE_COLOR, format_date
from resource_desk.gui.detail import MASKED_ADDRESS
from resource_desk.gui.results_model import LAST_VERIFIED, PAGE_SIZE


def names(window) -> list[str]:
    model = window.model
    return [model.row_at(i).name for i in range(model.rowCount())]


def tag_id(catalogue, key: str) -> str:
    facet, _, name = key.partition(":")
    return next(t.id for t in list_tags(catalogue, facet) if t.name == name)


def tick(qtbot, window, name: str, facet: str) -> None:
    """Tick a tag in the sidebar the way a keyboard user does: move to it, press Space."""
    tree = window.filters.tags
    item = tree.item_named(name, facet)
    assert item is not None, name
    tree.setFocus()
    tree.setCurrentItem(item)
    qtbot.keyClick(tree.viewport(), Qt.Key.Key_Space)
    assert item.checkState(0) == Qt.CheckState.Checked


def test_window_opens_on_every_referable_resource(main_window, demo_catalogue):
    expected = search(demo_catalogue, SearchQuery()).total
    assert main_window.model.total == expected == 56  # 60 samples, 4 inactive or do-not-refer hidden
    assert main_window.count_label.text() == "56 resources found"
    assert main_window.stack.currentWidget() is main_window.browser
    assert main_window.windowTitle() == "Resource Desk — demo.sqlite3"


def test_typing_narrows_results_as_you_type(qtbot, main_window, demo_catalogue):
    box = main_window.search_box
    qtbot.keyClicks(box, "trans")
    qtbot.waitUntil(lambda: main_window.model.total == search(demo_catalogue, SearchQuery(text="trans")).total)
    after_trans = main_window.model.total
    qtbot.keyClicks(box, " hou")
    qtbot.waitUntil(lambda: main_window.model.total < after_trans)
    shown = names(main_window)
    assert shown == [r.name for r in search(demo_catalogue, SearchQuery(text="trans hou")).rows]
    assert "Trans Housing Navigation Desk (sample)" in shown
    assert "Transitional Housing for Trans & Nonbinary Adults (sample)" in shown
    assert all("hous" in name.lower() or "shelter" in name.lower() or "safe house" in name.lower()
               for name in shown)
    assert main_window.count_label.text() == f"{len(shown)} resources found"
    # The counts beside the tags (worked out off the GUI thread) follow the latest search.
    qtbot.waitUntil(lambda: not main_window.browser.counts_pending)
    lgbtq = tag_id(demo_catalogue, "identity:LGBTQIA+")
    expected = facet_counts(demo_catalogue, SearchQuery(text="trans hou")).get(lgbtq, 0)
    assert main_window.filters.tags.item_for(lgbtq).text(1) == str(expected) != "0"


def test_results_follow_each_keystroke_without_waiting_for_a_pause(qtbot, main_window, demo_catalogue):
    box = main_window.search_box
    for text in ("9", "98", "988"):
        qtbot.keyClicks(box, text[-1])
        # Each keystroke's own results, while the person is still typing.
        expected = search(demo_catalogue, SearchQuery(text=text)).total
        qtbot.waitUntil(lambda: main_window.model.query.text == text)
        assert main_window.model.total == expected
        assert main_window.count_label.text() == f"{expected} resource{'s' if expected != 1 else ''} found"
    assert names(main_window) == ["988 Suicide & Crisis Lifeline"]


def test_a_search_overtaken_by_a_keystroke_is_dropped(qtbot, main_window, monkeypatch):
    """The search of "tr" is still running when "a" arrives: it gives up, and its results
    never reach the table; the results of "tra" do."""
    from resource_desk.gui import browser as browser_module

    shown, overtaken = [], []
    main_window.model.modelReset.connect(lambda: shown.append(main_window.model.query.text))
    started, release = threading.Event(), threading.Event()
    real_search = browser_module.search

    def slow_for_tr(catalogue, query, **kwargs):
        if query.text == "tr":
            started.set()
            # Held until the newer keystroke has come; SQLite would be interrupted the same way.
            release.wait(5)
            overtaken.append(kwargs["superseded"]())
        return real_search(catalogue, query, **kwargs)

    monkeypatch.setattr(browser_module, "search", slow_for_tr)
    qtbot.keyClicks(main_window.search_box, "tr")
    qtbot.waitUntil(started.is_set)
    qtbot.keyClicks(main_window.search_box, "a")
    qtbot.waitUntil(lambda: not main_window.search_timer.isActive())  # the search of "tra" has started
    release.set()
    qtbot.waitUntil(lambda: main_window.model.query.text == "tra")
    qtbot.waitUntil(lambda: not main_window.browser._typing)
    assert overtaken == [True] and "tr" not in shown and shown[-1] == "tra"


def test_ctrl_f_focuses_the_search_box_and_escape_clears_it(qtbot, main_window):
    main_window.table.setFocus()
    qtbot.keyClick(main_window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: main_window.search_box.hasFocus())
    qtbot.keyClicks(main_window.search_box, "zzzz nothing")
    qtbot.waitUntil(lambda: main_window.model.total == 0)
    assert main_window.count_label.text() == "0 resources found"
    qtbot.keyClick(main_window.search_box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: main_window.model.total == 56)


def test_down_arrow_moves_from_search_to_the_first_result(qtbot, main_window):
    qtbot.keyClicks(main_window.search_box, "trans hou")
    qtbot.keyClick(main_window.search_box, Qt.Key.Key_Down)
    assert main_window.table.hasFocus()
    assert main_window.browser.current_resource_id() == main_window.model.row_at(0).id
    assert main_window.detail.resource.name == main_window.model.row_at(0).name


def test_ticking_a_tag_filters_and_counts_follow(qtbot, main_window, demo_catalogue):
    youth = tag_id(demo_catalogue, "identity:Youth")
    tick(qtbot, main_window, "Youth", "identity")
    expected = search(demo_catalogue, SearchQuery(tag_ids=(youth,)), limit=500)
    assert main_window.model.total == expected.total > 0
    assert all("identity:Youth" in main_window.model.row_at(i).tags for i in range(main_window.model.rowCount()))
    # The counts beside the other facet's tags are those of the current results.
    qtbot.waitUntil(lambda: not main_window.browser.counts_pending)
    food = tag_id(demo_catalogue, "need:Housing & shelter")
    counts = facet_counts(demo_catalogue, SearchQuery(tag_ids=(youth,)))
    item = main_window.filters.tags.item_for(food)
    assert item.text(1) == str(counts.get(food, 0))


def test_any_of_by_default_and_match_all_narrows(qtbot, main_window, demo_catalogue):
    housing = tag_id(demo_catalogue, "need:Housing & shelter")
    legal = tag_id(demo_catalogue, "need:Legal aid")
    tick(qtbot, main_window, "Housing & shelter", "need")
    tick(qtbot, main_window, "Legal aid", "need")
    any_of = search(demo_catalogue, SearchQuery(tag_ids=(housing, legal))).total
    all_of = search(demo_catalogue, SearchQuery(tag_ids=(housing, legal), match_all=True)).total
    assert main_window.model.total == any_of
    main_window.filters.match_all.click()
    assert main_window.model.total == all_of < any_of
    # A ticked tag's count is how many results show; another tag of the same facet says how
    # many there would be with it ticked as well ("any of": more).
    main_window.filters.match_all.click()
    qtbot.waitUntil(lambda: not main_window.browser.counts_pending)
    assert main_window.filters.tags.item_for(legal).text(1) == str(any_of)
    food = tag_id(demo_catalogue, "need:Food")
    with_food = search(demo_catalogue, SearchQuery(tag_ids=(housing, legal, food))).total
    assert main_window.filters.tags.item_for(food).text(1) == str(with_food) and with_food > any_of


def test_each_tag_says_how_many_results_ticking_it_would_show(qtbot, main_window, demo_catalogue):
    lgbtq = tag_id(demo_catalogue, "identity:LGBTQIA+")
    tick(qtbot, main_window, "LGBTQIA+", "identity")
    tick(qtbot, main_window, "Housing & shelter", "need")
    qtbot.waitUntil(lambda: not main_window.browser.counts_pending)
    tree = main_window.filters.tags
    shown = main_window.model.total
    assert main_window.count_label.text() == f"{shown} resources found"
    assert tree.item_for(lgbtq).text(1) == str(shown)  # ticked: what shows now
    ticked = main_window.browser.current_query().tag_ids
    for key in ("identity:Youth", "need:Food", "need:Legal aid", "identity:Transgender & nonbinary"):
        other = tag_id(demo_catalogue, key)
        would_show = search(demo_catalogue, SearchQuery(tag_ids=ticked + (other,))).total
        assert tree.item_for(other).text(1) == str(would_show), key
        # ... and ticking it shows just that many.
        item = tree.item_for(other)
        item.setCheckState(0, Qt.CheckState.Checked)
        assert main_window.model.total == would_show, key
        item.setCheckState(0, Qt.CheckState.Unchecked)
        qtbot.waitUntil(lambda: not main_window.browser.counts_pending)


def test_other_filters(qtbot, main_window, demo_catalogue):
    filters = main_window.filters
    filters.cost.setCurrentIndex(filters.cost.findData("free"))
    assert main_window.model.total == search(demo_catalogue, SearchQuery(costs=("free",))).total
    filters.language.setCurrentIndex(filters.language.findData("es"))
    assert main_window.model.total == search(demo_catalogue, SearchQuery(costs=("free",), languages=("es",))).total
    assert all("es" in main_window.model.row_at(i).languages for i in range(main_window.model.rowCount()))
    filters.kind.setCurrentIndex(filters.kind.findData("crisis_line"))
    assert {main_window.model.row_at(i).kind for i in range(main_window.model.rowCount())} == {"crisis_line"}
    qtbot.mouseClick(filters.clear_button, Qt.MouseButton.LeftButton)
    assert main_window.model.total == 56


def test_inactive_hidden_unless_asked_for(qtbot, main_window):
    assert "Oakridge Peer Warmline (sample)" not in names(main_window)
    main_window.filters.show_inactive.click()
    assert main_window.model.total == 60
    assert main_window.show_inactive_action.isChecked()
    row = main_window.model.row_of(next(main_window.model.row_at(i).id for i in range(60)
                                        if main_window.model.row_at(i).name == "Oakridge Peer Warmline (sample)"))
    assert main_window.model.index(row, 0).data() == "Oakridge Peer Warmline (sample) — Inactive"


def test_not_verified_filter(qtbot, main_window, demo_catalogue):
    main_window.filters.stale.click()
    expected = search(demo_catalogue, SearchQuery(not_verified_months=12))
    assert main_window.model.total == expected.total > 0
    assert all(main_window.model.row_at(i).stale for i in range(main_window.model.rowCount()))


def test_stale_verification_shown_in_warning_colour(open_window, demo_catalogue):
    # One checked today, so a fresh row exists whatever the date (the sample's dates are fixed).
    rows = search(demo_catalogue, SearchQuery(include_hidden=True), limit=1000).rows
    mark_verified(demo_catalogue, [next(r.id for r in rows if r.name == "988 Suicide & Crisis Lifeline")])
    main_window = open_window(demo_catalogue, demo=False)
    model = main_window.model
    stale = next(i for i in range(model.rowCount()) if model.row_at(i).stale and model.row_at(i).last_verified)
    fresh = next(i for i in range(model.rowCount()) if not model.row_at(i).stale)
    index = model.index(stale, LAST_VERIFIED)
    assert index.data(Qt.ItemDataRole.ForegroundRole) == STALE_COLOR
    assert index.data(Qt.ItemDataRole.ToolTipRole) == NOT_VERIFIED_TOOLTIP
    assert index.data() == format_date(model.row_at(stale).last_verified)  # in the window's language
    assert model.index(fresh, LAST_VERIFIED).data(Qt.ItemDataRole.ForegroundRole) is None
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Name", "Organization", "Kind", "Cost", "Languages", "Last verified"]


def test_detail_pane_shows_every_field(qtbot, main_window):
    assert main_window.browser.select_resource(
        next(main_window.model.row_at(i).id for i in range(main_window.model.rowCount())
             if main_window.model.row_at(i).name == "988 Suicide & Crisis Lifeline"))
    text = main_window.detail.text()
    for expected in ("988 Suicide & Crisis Lifeline", "Substance Abuse and Mental Health Services Administration",
                     "Crisis line", "Free", "Hotline — Call", "Text/SMS — Text", "https://988lifeline.org",
                     "Crisis & safety", "Last verified: 15 Oct 2026 by JR", "Private notes",
                     "never printed", "English, Spanish (Español)", "Anyone in the US"):
        assert expected in text, expected
    assert not main_window.detail.browser.openExternalLinks()
    assert not main_window.detail.browser.openLinks()


def test_confidential_address_masked_until_reveal(qtbot, main_window, demo_catalogue):
    shelter = save_resource(demo_catalogue, ResourceData(
        name="Quiet Harbour Shelter", last_verified=date.today(),
        addresses=(AddressRecord(lines="12 Hidden Lane", city="Oakridge", confidential=True),
                   AddressRecord(lines="400 Public Office Rd", city="Oakridge")),
    ))
    main_window.refresh()
    assert main_window.browser.select_resource(shelter.id)
    pane = main_window.detail
    assert MASKED_ADDRESS in pane.text()
    assert "12 Hidden Lane" not in pane.text()
    assert "400 Public Office Rd" in pane.text()
    assert pane.reveal_button.isVisible()
    qtbot.mouseClick(pane.reveal_button, Qt.MouseButton.LeftButton)
    assert "12 Hidden Lane" in pane.text()
    assert MASKED_ADDRESS not in pane.text()
    # Refining the search while it stays chosen keeps it revealed.
    qtbot.keyClicks(main_window.search_box, "quiet")
    qtbot.waitUntil(lambda: main_window.model.total == 1)
    assert main_window.browser.current_resource_id() == shelter.id
    assert "12 Hidden Lane" in pane.text()
    # Choosing another resource and coming back masks it again.
    main_window.search_box.clear()
    main_window.browser.run_search()
    other = next(main_window.model.row_at(i).id for i in range(5) if main_window.model.row_at(i).id != shelter.id)
    main_window.browser.select_resource(other)
    assert not pane.reveal_button.isVisible()
    main_window.browser.select_resource(shelter.id)
    assert "12 Hidden Lane" not in pane.text()
    assert MASKED_ADDRESS in pane.text()


def test_lazy_model_loads_a_page_at_a_time(qtbot, open_window, catalogue):
    from resource_desk.core.models import Resource

    with catalogue.write() as session:
        session.add_all(Resource(name=f"Resource {i:04d}", sort_name=f"resource {i:04d}", languages="en")
                        for i in range(1050))
    window = open_window(catalogue)
    model = window.model
    assert model.total == 1050
    assert window.count_label.text() == "1,050 resources found"
    assert model.rowCount() == PAGE_SIZE
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 2 * PAGE_SIZE
    assert model.row_at(PAGE_SIZE).name == f"Resource {PAGE_SIZE:04d}"
    # Scrolling to the end of the table fetches more, but never everything at once.
    window.table.scrollToBottom()
    QApplication.processEvents()
    assert 2 * PAGE_SIZE <= model.rowCount() < 1050
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 1050
    assert len({model.row_at(i).id for i in range(1050)}) == 1050
