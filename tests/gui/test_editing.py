"""Adding, editing, duplicating, deleting and verifying resources through the window."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox

from resource_desk.core.lookups import resource_total
from resource_desk.core.records import AddressRecord, PhoneRecord, ResourceData
from resource_desk.core.resources import NotFound, get_resource, save_resource
from resource_desk.core.search import SearchQuery, search
from resource_desk.gui.resource_form import TAB_ABOUT, TAB_CONTACT, TAB_TAGS, ResourceForm

from .test_search_window import names


def find_id(catalogue, name: str) -> str:
    rows = search(catalogue, SearchQuery(include_hidden=True), limit=1000).rows
    return next(r.id for r in rows if r.name == name)


def tick_tag(form: ResourceForm, facet: str, name: str) -> None:
    widget = form.tag_lists[facet]
    item = next(widget.item(i) for i in range(widget.count()) if widget.item(i).text() == name)
    item.setCheckState(Qt.CheckState.Checked)


def press_ctrl_s(qtbot, form: ResourceForm) -> None:
    qtbot.keyClick(form, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def wait_for_form(qtbot, window) -> ResourceForm:
    """The form the window opened, once it is on screen and has the keyboard."""
    qtbot.waitUntil(lambda: window.resource_form is not None and window.resource_form.isVisible())
    qtbot.waitUntil(lambda: window.resource_form.isActiveWindow())
    return window.resource_form


def open_add_form(qtbot, window) -> ResourceForm:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = wait_for_form(qtbot, window)
    assert form.name.hasFocus()
    return form


def test_adding_a_resource_through_the_form(qtbot, main_window, demo_catalogue):
    before = resource_total(demo_catalogue)
    form = open_add_form(qtbot, main_window)
    assert form.windowTitle() == "Add a resource"
    qtbot.keyClicks(form.name, "Rainbow Elders Lunch Club")
    form.organization.setCurrentText("Silver Pride Collective")
    form.kind.setCurrentIndex(form.kind.findData("support_group"))
    form.cost.setCurrentIndex(form.cost.findData("free"))
    form.delivery.setCurrentIndex(form.delivery.findData("in_person"))
    qtbot.keyClicks(form.description, "A weekly lunch and chat for LGBTQIA+ people over 60.")
    form.age_min.setValue(60)
    qtbot.keyClicks(form.website, "rainbowelders.example.org")
    form.add_phone(PhoneRecord(number="(510) 555-0199", kind="tty", label="Front desk"))
    form.add_address(AddressRecord(lines="88 Grove St", city="Oakridge", region="CA", postal_code="94612"))
    tick_tag(form, "identity", "LGBTQIA+")
    tick_tag(form, "identity", "Older adults")
    tick_tag(form, "need", "Community & belonging")
    form._language_item("es").setCheckState(Qt.CheckState.Checked)
    press_ctrl_s(qtbot, form)
    qtbot.waitUntil(lambda: not form.isVisible())

    assert resource_total(demo_catalogue) == before + 1
    stored = get_resource(demo_catalogue, find_id(demo_catalogue, "Rainbow Elders Lunch Club"))
    assert stored.organization == "Silver Pride Collective"
    assert stored.kind == "support_group"
    assert stored.cost == "free" and stored.delivery == "in_person"
    assert stored.age_min == 60 and stored.age_max is None
    assert stored.website == "https://rainbowelders.example.org"
    assert stored.languages == ("es",)
    assert stored.last_verified == date.today()
    assert [(p.number, p.kind, p.label) for p in stored.phones] == [("(510) 555-0199", "tty", "Front desk")]
    assert stored.addresses[0].lines == "88 Grove St"
    assert {t.key for t in stored.tags} == {"identity:LGBTQIA+", "identity:Older adults",
                                             "need:Community & belonging"}
    # The window shows and selects the new resource.
    assert main_window.browser.current_resource_id() == stored.id
    assert main_window.detail.resource.name == "Rainbow Elders Lunch Club"


def test_validation_error_shows_beside_the_field_and_nothing_is_stored(qtbot, main_window, demo_catalogue):
    before = resource_total(demo_catalogue)
    form = open_add_form(qtbot, main_window)
    qtbot.keyClicks(form.email, "not an email")
    press_ctrl_s(qtbot, form)
    assert form.isVisible()
    assert form.errors["name"].text() == "A name is required."
    assert form.errors["name"].isVisible()
    assert form.errors["email"].text().startswith("This is not an email address")
    assert form.tabs.currentIndex() == TAB_ABOUT
    assert form.name.hasFocus()
    assert resource_total(demo_catalogue) == before

    # Fix the name: the email is now the first problem, on the Contact tab, and gets the focus.
    qtbot.keyClicks(form.name, "Somewhere")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.isVisible()
    assert not form.errors["name"].isVisible()
    assert form.tabs.currentIndex() == TAB_CONTACT
    assert form.errors["email"].isVisible()
    assert form.email.hasFocus()
    assert resource_total(demo_catalogue) == before

    form.email.setText("hello@somewhere.example.org")
    form.add_phone(PhoneRecord(number="12"))
    press_ctrl_s(qtbot, form)
    assert form.isVisible()
    assert "Phone 1" in form.errors["phones"].text()
    assert resource_total(demo_catalogue) == before


def test_age_range_checked(qtbot, main_window, demo_catalogue):
    form = open_add_form(qtbot, main_window)
    qtbot.keyClicks(form.name, "Teen Group")
    form.age_min.setValue(18)
    form.age_max.setValue(14)
    press_ctrl_s(qtbot, form)
    assert form.isVisible()
    assert form.errors["age_max"].text() == "The upper age is below the lower one."
    assert form.age_max.hasFocus()


def test_escape_cancels_and_asks_before_discarding(qtbot, main_window, demo_catalogue, monkeypatch):
    before = resource_total(demo_catalogue)
    form = open_add_form(qtbot, main_window)
    qtbot.keyClick(form, Qt.Key.Key_Escape)  # nothing typed: closes at once
    qtbot.waitUntil(lambda: not form.isVisible())

    form = open_add_form(qtbot, main_window)
    qtbot.keyClicks(form.name, "Half-typed")
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.Cancel)
    qtbot.keyClick(form.name, Qt.Key.Key_Escape)
    assert form.isVisible() and asked
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    qtbot.keyClick(form.name, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not form.isVisible())
    assert resource_total(demo_catalogue) == before


def test_editing_a_resource(qtbot, main_window, demo_catalogue):
    resource_id = find_id(demo_catalogue, "Trans Lifeline")
    assert main_window.browser.select_resource(resource_id)
    main_window.table.setFocus()
    qtbot.keyClick(main_window.table, Qt.Key.Key_Return)
    form = wait_for_form(qtbot, main_window)
    assert form.windowTitle() == "Edit “Trans Lifeline”"
    assert form.name.text() == "Trans Lifeline"
    original = get_resource(demo_catalogue, resource_id)
    assert len(form.collect().phones) == len(original.phones)
    form.name.setText("Trans Lifeline (peer hotline)")
    form.verified.setChecked(True)
    form.verified_on.setDate(QDate(2026, 11, 1))
    form.verified_by.setCurrentText("AB")
    tick_tag(form, "need", "Peer support")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not form.isVisible())

    stored = get_resource(demo_catalogue, resource_id)
    assert stored.name == "Trans Lifeline (peer hotline)"
    assert stored.last_verified == date(2026, 11, 1) and stored.verified_by == "AB"
    assert "need:Peer support" in {t.key for t in stored.tags}
    assert {t.key for t in original.tags} <= {t.key for t in stored.tags}
    assert stored.phones == original.phones and stored.private_notes == original.private_notes
    assert main_window.detail.resource.name == "Trans Lifeline (peer hotline)"
    assert "Last verified: 1 Nov 2026 by AB" in main_window.detail.text()


def test_double_click_opens_the_editor(qtbot, main_window):
    rect = main_window.table.visualRect(main_window.model.index(2, 0))
    # A double-click as the system delivers it: press, release, then the double-click event.
    qtbot.mouseClick(main_window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(main_window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    wait_for_form(qtbot, main_window)
    assert main_window.resource_form.name.text() == main_window.model.row_at(2).name


def test_duplicate_stores_nothing_until_saved(qtbot, main_window, demo_catalogue):
    resource_id = find_id(demo_catalogue, "Trans Housing Navigation Desk (sample)")
    original = get_resource(demo_catalogue, resource_id)
    before = resource_total(demo_catalogue)
    main_window.browser.select_resource(resource_id)
    qtbot.keyClick(main_window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    form = wait_for_form(qtbot, main_window)
    assert form.name.text() == "Trans Housing Navigation Desk (sample) (copy)"
    assert resource_total(demo_catalogue) == before
    form.name.setText("Trans Housing Navigation — Eastside")
    press_ctrl_s(qtbot, form)
    qtbot.waitUntil(lambda: not form.isVisible())
    copy = get_resource(demo_catalogue, find_id(demo_catalogue, "Trans Housing Navigation — Eastside"))
    assert copy.id != original.id
    assert {t.key for t in copy.tags} == {t.key for t in original.tags}
    assert copy.phones == original.phones and copy.addresses == original.addresses
    assert get_resource(demo_catalogue, resource_id).name == original.name


@pytest.mark.parametrize("answer", [QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No])
def test_delete_asks_first(qtbot, main_window, demo_catalogue, monkeypatch, answer):
    resource_id = find_id(demo_catalogue, "Crisis Text Line")
    main_window.browser.select_resource(resource_id)
    asked: list[str] = []

    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    main_window.table.setFocus()
    qtbot.keyClick(main_window.table, Qt.Key.Key_Delete)
    assert len(asked) == 1 and "“Crisis Text Line”" in asked[0]
    if answer == QMessageBox.StandardButton.Yes:
        qtbot.waitUntil(lambda: main_window.editing.op.finished)  # on the write worker
        with pytest.raises(NotFound):
            get_resource(demo_catalogue, resource_id)
        assert "Crisis Text Line" not in names(main_window)
        assert main_window.model.total == 55
        assert main_window.browser.current_resource_id() is not None  # the next one is chosen
    else:
        assert get_resource(demo_catalogue, resource_id).name == "Crisis Text Line"
        assert main_window.model.total == 56


def test_deleting_several_names_them(qtbot, main_window, demo_catalogue, monkeypatch):
    main_window.table.selectRow(0)
    main_window.table.selectionModel().select(
        main_window.model.index(1, 0),
        main_window.table.selectionModel().SelectionFlag.Select | main_window.table.selectionModel().SelectionFlag.Rows)
    chosen = [main_window.model.row_at(0).name, main_window.model.row_at(1).name]
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda parent, title, text, *a, **k: asked.append(text) or QMessageBox.StandardButton.Yes)
    main_window.delete_action.trigger()
    assert "these 2 resources" in asked[0] and all(name in asked[0] for name in chosen)
    qtbot.waitUntil(lambda: main_window.editing.op.finished)
    assert resource_total(demo_catalogue) == 58


def test_mark_verified_today(qtbot, main_window, demo_catalogue):
    resource_id = find_id(demo_catalogue, "Veterans Bridge Housing (sample)")
    assert get_resource(demo_catalogue, resource_id).last_verified < date(2026, 1, 1)
    main_window.browser.select_resource(resource_id)
    qtbot.keyClick(main_window, Qt.Key.Key_V,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: main_window.editing.op is not None and main_window.editing.op.finished)
    assert get_resource(demo_catalogue, resource_id).last_verified == date.today()
    assert main_window.browser.current_resource_id() == resource_id
    assert "Last verified: " in main_window.detail.text()
    assert "not verified in over 12 months" not in main_window.detail.text()


def test_a_saved_resource_the_search_hides_is_reported(qtbot, main_window, demo_catalogue):
    qtbot.keyClicks(main_window.search_box, "988")
    main_window.browser.run_search()
    main_window.editing.add_resource()
    form = wait_for_form(qtbot, main_window)
    form.name.setText("Neighbourhood Tool Library")
    press_ctrl_s(qtbot, form)
    qtbot.waitUntil(lambda: not form.isVisible())
    assert "do not show it" in main_window.statusBar().currentMessage()


def test_form_keeps_fields_it_does_not_show(qtbot, main_window, demo_catalogue):
    saved = save_resource(demo_catalogue, ResourceData(
        name="Mapped Place", external_id="ext-42",
        addresses=(AddressRecord(lines="1 Main St", city="Oakridge", latitude=37.8, longitude=-122.2),)))
    form = ResourceForm(demo_catalogue, get_resource(demo_catalogue, saved.id), main_window)
    qtbot.addWidget(form)
    assert form.tabs.tabText(TAB_TAGS) == "&Tags"
    assert form.save()
    stored = get_resource(demo_catalogue, saved.id)
    assert stored.external_id == "ext-42"
    assert (stored.addresses[0].latitude, stored.addresses[0].longitude) == (37.8, -122.2)
