"""What a sheet says: never private notes or confidential addresses; refusals; discreet; languages."""

from datetime import date

import pytest

from resource_desk.core.records import PhoneRecord
from resource_desk.core.resources import get_resource
from resource_desk.sheets.content import (
    SheetError,
    SheetItem,
    SheetOptions,
    UnreferableError,
    build_sheet,
    discreet_title,
)
from resource_desk.sheets.render import render_sheet

from .helpers import make_resource, rich_resource

TODAY = date(2026, 11, 21)


def _html(catalogue, resources, **options):
    sheet = build_sheet(catalogue, [SheetItem(r.id) for r in resources], SheetOptions(**options), today=TODAY)
    return sheet, render_sheet(sheet).html


def test_entry_holds_every_printable_field_and_nothing_private(catalogue):
    r = rich_resource(catalogue)
    sheet, html = _html(catalogue, [r])
    entry = sheet.entries[0]
    assert entry.name == "Harbor Light Shelter" and entry.organization == "Harbor Light Services"
    assert entry.offers == ("Domestic violence", "Housing & shelter")
    assert entry.who == ("Survivors of violence", "Women")
    assert entry.ages == "ages 18 and up"
    assert entry.cost == "Sliding scale ($0–$20 a night)"
    assert entry.languages == "English, Spanish"
    assert entry.last_verified == "October 2026" and entry.verification_warning is None
    assert entry.addresses == ("12 Office Street, Oakridge, CA 94612",)
    assert [p.kind_label for p in entry.phones] == ["Phone", "TTY", "Text"]
    assert [p.marked for p in entry.phones] == [False, True, True]
    assert "PRIVATE-NOTE" not in html
    assert "Secret Lane" not in html and "Hiddenville" not in html
    for word in ("What it offers", "Who it is for", "Cost", "Languages", "Hours", "TTY", "Text", "Web",
                 "harborlight.example.org/help", "Last checked", "October 2026", "Accessibility"):
        assert word in html, word


def test_only_confidential_address_says_location_given_by_phone(catalogue):
    r = rich_resource(catalogue, addresses=())
    r2 = make_resource(catalogue, "Safe House", addresses=(
        __import__("resource_desk.core.records", fromlist=["AddressRecord"]).AddressRecord(
            lines="1 Hidden Rd", city="Nowhere", confidential=True),))
    sheet, html = _html(catalogue, [r, r2])
    assert not sheet.entries[0].address_on_request
    assert sheet.entries[1].address_on_request and sheet.entries[1].addresses == ()
    assert "Location given when you call" in html and "Hidden Rd" not in html


@pytest.mark.parametrize("status, words", [("inactive", "inactive"), ("do_not_refer", "marked do not refer")])
def test_inactive_and_do_not_refer_are_refused_with_a_clear_message(catalogue, status, words):
    ok = make_resource(catalogue, "Fine Place")
    bad = make_resource(catalogue, "Closed Place", status=status)
    with pytest.raises(UnreferableError) as caught:
        build_sheet(catalogue, [SheetItem(ok.id), SheetItem(bad.id)], SheetOptions())
    assert str(caught.value) == f"“Closed Place” is {words} and cannot go on a referral sheet."
    assert caught.value.refused == ((bad.id, "Closed Place", status),)


def test_temporarily_closed_prints_with_a_warning(catalogue):
    r = make_resource(catalogue, "Paused Place", status="temporarily_closed")
    _, html = _html(catalogue, [r])
    assert "Temporarily closed: call before you go" in html


def test_empty_tray_and_unknown_ids_are_refused(catalogue):
    with pytest.raises(SheetError, match="at least one"):
        build_sheet(catalogue, [], SheetOptions())
    with pytest.raises(SheetError, match="no resource with id nope"):
        build_sheet(catalogue, [SheetItem("nope")], SheetOptions())


def test_notes_print_and_order_is_kept(catalogue):
    a, b, c = (make_resource(catalogue, n) for n in ("Alpha", "Bravo", "Charlie"))
    sheet = build_sheet(catalogue, [SheetItem(c.id, "Ask for Sam"), SheetItem(a.id), SheetItem(b.id)],
                        SheetOptions(note="Start with the first one.\nCall me any time."), today=TODAY)
    assert [e.name for e in sheet.entries] == ["Charlie", "Alpha", "Bravo"]
    assert sheet.entries[0].note == "Ask for Sam"
    html = render_sheet(sheet).html
    assert "Ask for Sam" in html and "Start with the first one.<br>Call me any time." in html
    assert sheet.title == "Resources for you" and sheet.date_text == "November 21, 2026"


@pytest.mark.parametrize("position", ["top", "bottom", "in_place"])
def test_crisis_lines_are_pinned_where_preferences_say(catalogue, position):
    a = make_resource(catalogue, "Food Bank")
    crisis = make_resource(catalogue, "Night Line", kind="crisis_line",
                           phones=(PhoneRecord(number="988", kind="hotline"),))
    b = make_resource(catalogue, "Legal Clinic")
    sheet, html = _html(catalogue, [a, crisis, b], crisis_position=position)
    expected = {"top": ["Night Line", "Food Bank", "Legal Clinic"],
                "bottom": ["Food Bank", "Legal Clinic", "Night Line"],
                "in_place": ["Food Bank", "Night Line", "Legal Clinic"]}[position]
    names = {r.id: r.name for r in (a, crisis, b)}
    assert [names[i] for i in sheet.resource_ids] == expected
    positions = [html.index(f">{name}<") for name in expected]
    assert positions == sorted(positions)
    assert ("If you need to talk to someone now" in html) == (position != "in_place")


def test_stale_and_never_verified_are_said_plainly(catalogue):
    old = make_resource(catalogue, "Old Info", last_verified=date(2024, 3, 2))
    never = make_resource(catalogue, "Never Checked", last_verified=None)
    sheet, html = _html(catalogue, [old, never])
    assert sheet.entries[0].last_verified == "March 2024"
    assert "may have changed, call first" in html
    assert "not yet checked, call first" in html


def test_spanish_sheet_has_spanish_headings_and_fixed_words(catalogue):
    r = rich_resource(catalogue)
    crisis = make_resource(catalogue, "Línea", kind="crisis_line")
    sheet, html = _html(catalogue, [r, crisis], language="es")
    assert sheet.title == "Recursos para usted"
    assert sheet.date_text == "21 de noviembre de 2026"
    for words in ("Si necesita hablar con alguien ahora", "Lugares a los que puede acudir", "Qué ofrece",
                  "Para quién es", "Costo", "Idiomas", "Horario", "Última verificación", "octubre de 2026",
                  "inglés, español", "Vivienda y refugio", "Tarifa según ingresos", "desde 18 años"):
        assert words in html, words
    assert "Emergency shelter and advocacy." in html  # the resource's own text stays as entered
    assert 'lang="es"' in html


def test_discreet_drops_identity_words_from_title_and_identity_tags(catalogue):
    r = rich_resource(catalogue)
    sheet, html = _html(catalogue, [r], title="Housing and legal help for trans immigrants", discreet=True)
    assert sheet.title == "Housing and legal help"
    assert sheet.entries[0].who == ()
    assert "Survivors of violence" not in html and "Women" not in html
    assert "Adults 18+ fleeing violence" in html  # eligibility is the resource's own words
    plain, plain_html = _html(catalogue, [r], title="Housing and legal help for trans immigrants")
    assert plain.title == "Housing and legal help for trans immigrants"
    assert "Survivors of violence" in plain_html


def test_discreet_title_falls_back_to_the_neutral_default():
    words = ("LGBTQIA+", "Transgender & nonbinary", "trans", "Youth", "survivors", "violencia doméstica",
             "sobrevivientes")
    assert discreet_title("Trans & nonbinary youth", words, "Resources for you") == "Resources for you"
    assert discreet_title("LGBTQIA+ housing, food", words, "X") == "Housing, food"
    assert discreet_title("Trans-led groups near you", words, "X") == "Groups near you"
    assert discreet_title("Apoyo para sobrevivientes de violencia doméstica", words, "Recursos") == "Recursos"
    assert discreet_title("Food and transportation", words, "X") == "Food and transportation"


def test_discreet_uses_this_catalogues_identity_tags_and_aliases(catalogue):
    r = make_resource(catalogue, "Place")
    sheet, _ = _html(catalogue, [r], title="Help for Two-Spirit and GLBT neighbours", discreet=True)
    assert sheet.title == "Help for neighbours"


def test_resources_text_is_never_translated(catalogue):
    r = make_resource(catalogue, "Casa Esperanza", description="Apoyo para familias.")
    assert get_resource(catalogue, r.id).description == "Apoyo para familias."
    _, html = _html(catalogue, [r], language="en")
    assert "Apoyo para familias." in html
