"""View ▸ Possible duplicates…: compare a pair side by side, merge, undo, keep both."""

import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from resource_desk.core.errors import NotFound
from resource_desk.core.records import AddressRecord, PhoneRecord, ResourceData
from resource_desk.core.resources import get_resource, save_resource

WAIT = 20000


def _add(catalogue, name, **fields):
    return save_resource(catalogue, ResourceData(name=name, **fields)).id


@pytest.fixture
def two_records(catalogue):
    """The same clinic twice (a shared phone, a close name), and one other resource."""
    kept = _add(catalogue, "Casa de Esperanza Legal Clinic", organization="Casa de Esperanza",
                phones=(PhoneRecord("(415) 555-0100"),), languages=("es",))
    removed = _add(catalogue, "Casa Esperanza Legal Clinic", phones=(PhoneRecord("415-555-0100"),),
                   website="https://casa.example.org", hours="Tue 5–8 pm",
                   addresses=(AddressRecord("12 Hidden Way", "Oakridge", "CA", "94601", confidential=True),))
    _add(catalogue, "Oakridge Food Bank", phones=(PhoneRecord("(415) 555-0199"),))
    return catalogue, kept, removed


def _open(open_window, qtbot, catalogue):
    from resource_desk.gui.duplicates_dialog import DuplicatesDialog

    window = open_window(catalogue, demo=False)
    assert window.duplicates_action in window.view_menu.actions()
    window.duplicates_action.trigger()
    dialog = window.findChild(DuplicatesDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: not dialog.loading, timeout=WAIT)
    return window, dialog


def _idle(dialog):
    return not dialog.busy and not dialog.loading


def test_a_pair_is_shown_side_by_side_with_its_differences(qtbot, open_window, two_records):
    catalogue, kept, removed = two_records
    _, dialog = _open(open_window, qtbot, catalogue)
    assert dialog.pair_list.count() == 1
    assert dialog.reason_label.text().startswith("Same phone (415) 555-0100 and a close name (94%)")
    assert not dialog.warning_label.isVisible()
    assert dialog.comparison.item(0, 1).text() == "Casa de Esperanza Legal Clinic"
    assert dialog.comparison.item(0, 2).text() == "Casa Esperanza Legal Clinic"
    differing = dialog.differing_fields()
    assert {"Name", "Organization", "Web site", "Addresses", "Languages"} <= set(differing)
    assert "Phones" not in differing and "Status" not in differing
    shown = [dialog.comparison.item(r, c).text() for r in range(dialog.comparison.rowCount()) for c in (1, 2)]
    assert "(confidential address)" in shown and not any("Hidden" in text for text in shown)
    assert dialog.keep_left_button.isEnabled() and not dialog.undo_button.isEnabled()


def test_merge_then_undo_from_the_dialog_and_the_window_follows(qtbot, open_window, two_records):
    catalogue, kept, removed = two_records
    window, dialog = _open(open_window, qtbot, catalogue)
    assert window.model.total == 3
    with qtbot.waitSignal(dialog.changed, timeout=WAIT):
        qtbot.mouseClick(dialog.keep_left_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _idle(dialog), timeout=WAIT)
    with pytest.raises(NotFound):
        get_resource(catalogue, removed)
    merged = get_resource(catalogue, kept)
    assert merged.website == "https://casa.example.org" and merged.hours == "Tue 5–8 pm"
    assert [a.confidential for a in merged.addresses] == [True]
    assert window.model.total == 2  # the results refreshed
    assert dialog.pair_list.count() == 0 and "Merged “Casa Esperanza Legal Clinic”" in dialog.message.text()
    assert dialog.undo_button.isEnabled() and not dialog.keep_left_button.isEnabled()

    with qtbot.waitSignal(dialog.changed, timeout=WAIT):
        qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _idle(dialog), timeout=WAIT)
    assert get_resource(catalogue, removed).hours == "Tue 5–8 pm"
    assert get_resource(catalogue, kept).website is None
    assert window.model.total == 3
    assert dialog.pair_list.count() == 1 and not dialog.undo_button.isEnabled()


def test_keep_right_merges_the_left_one_into_it(qtbot, open_window, two_records):
    catalogue, kept, removed = two_records
    _, dialog = _open(open_window, qtbot, catalogue)
    with qtbot.waitSignal(dialog.loaded, timeout=WAIT):
        qtbot.mouseClick(dialog.keep_right_button, Qt.MouseButton.LeftButton)
    with pytest.raises(NotFound):
        get_resource(catalogue, kept)
    assert get_resource(catalogue, removed).organization == "Casa de Esperanza"


def test_not_duplicates_keeps_both_and_the_pair_is_gone(qtbot, open_window, two_records):
    catalogue, kept, removed = two_records
    _, dialog = _open(open_window, qtbot, catalogue)
    with qtbot.waitSignal(dialog.loaded, timeout=WAIT):
        qtbot.mouseClick(dialog.not_duplicates_button, Qt.MouseButton.LeftButton)
    assert dialog.pair_list.count() == 0
    with sqlite3.connect(catalogue.path) as connection:
        assert connection.execute("SELECT resource_a, resource_b FROM duplicate_dismissals").fetchall() == [
            tuple(sorted((kept, removed)))]
    assert get_resource(catalogue, kept) and get_resource(catalogue, removed)


def test_different_organizations_are_said_and_asked_about(qtbot, open_window, catalogue, monkeypatch):
    _add(catalogue, "Peer Support Line", organization="Oakridge Trans Alliance", phones=(PhoneRecord("510-555-0142"),))
    _add(catalogue, "Peer Support Line", organization="Bay Area Crisis Network", phones=(PhoneRecord("510-555-0142"),))
    _, dialog = _open(open_window, qtbot, catalogue)
    assert dialog.warning_label.isVisible() and "different organizations" in dialog.warning_label.text()
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No)
    qtbot.mouseClick(dialog.keep_left_button, Qt.MouseButton.LeftButton)
    assert asked and "Oakridge Trans Alliance" in asked[0]
    assert _idle(dialog) and dialog.pair_list.count() == 1  # nothing was merged
    with sqlite3.connect(catalogue.path) as connection:
        assert connection.execute("SELECT count(*) FROM resources").fetchone()[0] == 2


def test_a_refused_undo_is_said_once(qtbot, open_window, two_records, monkeypatch):
    from resource_desk.core.duplicates import merge_resources
    from resource_desk.core.resources import delete_resources

    catalogue, kept, removed = two_records
    merge_resources(catalogue, kept, removed)
    _, dialog = _open(open_window, qtbot, catalogue)
    delete_resources(catalogue, [kept])  # meanwhile, elsewhere
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(warned) and _idle(dialog), timeout=WAIT)
    assert len(warned) == 1 and "deleted since" in warned[0]
