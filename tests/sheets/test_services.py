"""Saved lists, the referral log and sheet preferences (no Qt)."""

from datetime import datetime

import pytest

from resource_desk.core.lists import (
    ListError,
    ListItem,
    delete_list,
    list_saved_lists,
    load_list,
    rename_list,
    save_list,
)
from resource_desk.core.referrals import (
    ReferralError,
    check_client_code,
    clear_log,
    delete_sheets,
    list_sheets,
    log_sheet,
)
from resource_desk.core.resources import NotFound, delete_resources
from resource_desk.core.settings import (
    SettingsError,
    SheetPreferences,
    get_setting,
    load_sheet_preferences,
    save_sheet_preferences,
)

from .helpers import make_resource


def test_saved_list_keeps_order_and_notes_and_replaces_by_name(catalogue):
    a, b, c = (make_resource(catalogue, n) for n in "ABC")
    saved = save_list(catalogue, "  Youth housing ", [ListItem(c.id, "first"), ListItem(a.id), ListItem(c.id, "dup")],
                      note="For the group")
    assert saved.name == "Youth housing" and saved.resource_ids == (c.id, a.id)
    loaded = load_list(catalogue, "youth HOUSING")
    assert loaded.items == (ListItem(c.id, "first"), ListItem(a.id, None)) and loaded.note == "For the group"
    save_list(catalogue, "Youth housing", [ListItem(b.id)])
    assert load_list(catalogue, saved.id).resource_ids == (b.id,)
    assert [(s.name, s.count) for s in list_saved_lists(catalogue)] == [("Youth housing", 1)]


def test_saved_list_errors(catalogue):
    a = make_resource(catalogue, "A")
    with pytest.raises(ListError):
        save_list(catalogue, "  ", [ListItem(a.id)])
    with pytest.raises(NotFound):
        save_list(catalogue, "X", [ListItem("missing")])
    with pytest.raises(NotFound):
        load_list(catalogue, "nope")


def test_rename_and_delete_lists_and_deleted_resources_drop_out(catalogue):
    a, b = make_resource(catalogue, "A"), make_resource(catalogue, "B")
    save_list(catalogue, "One", [ListItem(a.id), ListItem(b.id)])
    save_list(catalogue, "Two", [ListItem(a.id)])
    with pytest.raises(ListError, match="already"):
        rename_list(catalogue, "One", "two")
    assert rename_list(catalogue, "One", "Uno").count == 2
    delete_resources(catalogue, [a.id])
    assert load_list(catalogue, "Uno").resource_ids == (b.id,)
    assert delete_list(catalogue, "Uno") and not delete_list(catalogue, "Uno")
    assert [s.name for s in list_saved_lists(catalogue)] == ["Two"]


def test_referral_log_holds_no_names(catalogue):
    a, b = make_resource(catalogue, "A"), make_resource(catalogue, "B")
    first = log_sheet(catalogue, "Resources for you", "en", [a.id, b.id], output="print", client_code="JD-0423",
                      at=datetime(2026, 1, 2, 10, 0))
    second = log_sheet(catalogue, "Recursos para usted", "es", [b.id], at=datetime(2026, 2, 3, 9, 0))
    assert [s.id for s in list_sheets(catalogue)] == [second.id, first.id]
    assert list_sheets(catalogue)[1].resource_ids == (a.id, b.id)
    assert list_sheets(catalogue)[1].client_code == "JD-0423"
    with pytest.raises(ReferralError, match="never a client's name"):
        log_sheet(catalogue, "T", "en", [a.id], client_code="Jane Doe")
    assert delete_sheets(catalogue, [first.id]) == 1
    assert clear_log(catalogue) == 1 and list_sheets(catalogue) == []


@pytest.mark.parametrize("code", ["Maria Lopez", "x" * 21, "a/b", "ü-1"])
def test_client_codes_that_could_be_names_are_refused(code):
    with pytest.raises(ReferralError):
        check_client_code(code)


def test_client_code_may_be_empty():
    assert check_client_code("  ") is None and check_client_code(" C-12 ") == "C-12"


def test_logging_can_be_switched_off(catalogue):
    a = make_resource(catalogue, "A")
    save_sheet_preferences(catalogue, SheetPreferences(log_sheets=False))
    assert log_sheet(catalogue, "T", "en", [a.id]) is None
    assert list_sheets(catalogue) == []


def test_sheet_preferences_round_trip(catalogue):
    assert load_sheet_preferences(catalogue) == SheetPreferences()
    prefs = SheetPreferences(practice_name=" Riverbend Counseling ", practice_contact="12 Elm St \n (555) 010-2000",
                             language="es", paper="a4", crisis_position="bottom", qr_codes=False,
                             large_print=True, log_sheets=False)
    saved = save_sheet_preferences(catalogue, prefs)
    assert load_sheet_preferences(catalogue) == saved
    assert saved.practice_name == "Riverbend Counseling" and saved.practice_contact == "12 Elm St\n(555) 010-2000"
    assert get_setting(catalogue, "sheet.paper") == "a4"
    with pytest.raises(SettingsError):
        save_sheet_preferences(catalogue, SheetPreferences(paper="a3"))
