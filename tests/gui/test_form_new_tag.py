"""The form's tag finder: a name no tag has is offered as a new tag, made and ticked."""

from PySide6.QtCore import Qt

from resource_desk.core.resources import get_resource
from resource_desk.core.tags import list_tags
from resource_desk.gui.resource_form import TAB_TAGS



def open_add_form(qtbot, window):
    window.editing.add_resource()
    qtbot.waitUntil(lambda: window.resource_form is not None and window.resource_form.isVisible())
    qtbot.waitUntil(lambda: window.resource_form.isActiveWindow())
    return window.resource_form


def _checked(form, facet):
    widget = form.tag_lists[facet]
    return [widget.item(i).text() for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked]


def test_typing_a_new_name_offers_to_create_it_and_enter_ticks_it(qtbot, main_window, demo_catalogue):
    form = open_add_form(qtbot, main_window)
    form.name.setText("Grief circle")
    form.tabs.setCurrentIndex(TAB_TAGS)
    form.tag_filter.setFocus()
    qtbot.keyClicks(form.tag_filter, "grief")

    offer = form.create_tag_buttons["need"]
    assert offer.isVisible() and offer.text() == "Create tag “grief” in What it offers"
    assert form.create_tag_buttons["identity"].text() == "Create tag “grief” in Who it serves"
    qtbot.keyClick(form.tag_filter, Qt.Key.Key_Return)  # makes the tag; does not save the form
    qtbot.waitUntil(lambda: "grief" in _checked(form, "need"))
    assert form.isVisible() and form.tag_filter.text() == ""
    assert [t.name for t in list_tags(demo_catalogue, "need") if t.name == "grief"] == ["grief"]
    assert not offer.isVisible()

    form.save_button.click()
    qtbot.waitUntil(lambda: form.saved is not None)
    assert "grief" in [t.name for t in get_resource(demo_catalogue, form.saved.id).tags]


def test_an_existing_name_or_alias_is_not_offered(qtbot, main_window):
    form = open_add_form(qtbot, main_window)
    form.tabs.setCurrentIndex(TAB_TAGS)
    form.tag_filter.setText("food")
    assert not form.create_tag_buttons["need"].isVisible()
    assert form.create_tag_buttons["identity"].isVisible()
    form.tag_filter.setText("queer")  # an alias of LGBTQIA+
    assert not form.create_tag_buttons["identity"].isVisible()
    form.tag_filter.clear()
    assert not any(b.isVisible() for b in form.create_tag_buttons.values())


def test_a_tag_made_for_who_it_serves_is_ticked_there(qtbot, main_window, demo_catalogue):
    form = open_add_form(qtbot, main_window)
    form.tabs.setCurrentIndex(TAB_TAGS)
    form.tag_filter.setText("Caregivers")
    form.create_tag_buttons["identity"].click()
    qtbot.waitUntil(lambda: "Caregivers" in _checked(form, "identity"))
    assert "Caregivers" in [t.name for t in list_tags(demo_catalogue, "identity")]
    qtbot.waitUntil(lambda: "Caregivers" in [t.name for t in main_window.browser.tags])  # the sidebar has it
