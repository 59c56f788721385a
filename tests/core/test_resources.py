from datetime import date

import pytest

from resource_desk.core.records import AddressRecord, PhoneRecord, ResourceData
from resource_desk.core.resources import (
    NotFound,
    ValidationError,
    catalogue_info,
    delete_resources,
    duplicate_resource,
    get_resource,
    mark_verified,
    save_resource,
)
from resource_desk.core.search import SearchQuery, search
from resource_desk.core.tags import list_tags


def _tag(catalogue, name):
    return next(t for t in list_tags(catalogue) if t.name == name)


def test_a_new_resource_is_stored_with_everything_it_was_given(catalogue):
    trans = _tag(catalogue, "Transgender & nonbinary")
    housing = _tag(catalogue, "Housing & shelter")
    saved = save_resource(catalogue, ResourceData(
        name="  Trans Housing Collective ",
        organization="Oakridge Trans Alliance",
        kind="community_resource",
        cost="free",
        delivery="in_person",
        languages=("es", "en", "es"),
        website="transhousing.example.org",
        email="hello@example.org",
        last_verified=date(2026, 10, 1),
        verified_by="JR",
        private_notes="Ask for Maria",
        phones=(PhoneRecord("(510) 555-0142", "voice"), PhoneRecord("(510) 555-0143", "tty")),
        addresses=(AddressRecord("12 Hidden Way", "Oakridge", "CA", "94601", "US", confidential=True),),
        tags=(trans, housing),
    ))
    stored = get_resource(catalogue, saved.id)
    assert stored.name == "Trans Housing Collective"
    assert stored.organization == "Oakridge Trans Alliance"
    assert stored.languages == ("es", "en")
    assert stored.website == "https://transhousing.example.org"
    assert [(p.number, p.kind, p.normalized) for p in stored.phones] == [
        ("(510) 555-0142", "voice", "+15105550142"), ("(510) 555-0143", "tty", "+15105550143")]
    assert stored.addresses[0].confidential is True
    assert {t.name for t in stored.tags} == {"Transgender & nonbinary", "Housing & shelter"}
    assert stored.private_notes == "Ask for Maria"
    assert catalogue_info(catalogue).organizations == 1


def test_invalid_fields_are_reported_per_field_and_nothing_is_stored(catalogue):
    with pytest.raises(ValidationError) as caught:
        save_resource(catalogue, ResourceData(
            name=" ", email="not-an-email", website="no spaces allowed here", age_min=30, age_max=12,
            phones=(PhoneRecord("call us"),),
        ))
    assert set(caught.value.errors) == {"name", "email", "website", "age_max", "phones.0"}
    assert catalogue_info(catalogue).resources == 0


def test_editing_replaces_fields_phones_and_tags(catalogue):
    saved = save_resource(catalogue, ResourceData(name="Food Pantry", phones=(PhoneRecord("510-555-0100"),),
                                                  tags=(_tag(catalogue, "Food"),)))
    from dataclasses import replace
    save_resource(catalogue, replace(saved, name="Community Food Pantry", phones=(), tags=(_tag(catalogue, "Youth"),)))
    stored = get_resource(catalogue, saved.id)
    assert stored.name == "Community Food Pantry" and stored.phones == ()
    assert [t.name for t in stored.tags] == ["Youth"]
    assert [r.name for r in search(catalogue, SearchQuery(text="community")).rows] == ["Community Food Pantry"]


def test_an_organization_is_found_by_name_not_duplicated(catalogue):
    save_resource(catalogue, ResourceData(name="A", organization="Casa Libre"))
    save_resource(catalogue, ResourceData(name="B", organization="casa libre"))
    assert catalogue_info(catalogue).organizations == 1


def test_duplicate_copies_and_delete_removes(catalogue):
    original = save_resource(catalogue, ResourceData(name="Peer Circle", tags=(_tag(catalogue, "Peer support"),),
                                                     phones=(PhoneRecord("988", "hotline"),)))
    copy = duplicate_resource(catalogue, original.id)
    assert copy.id != original.id and copy.name == "Peer Circle (copy)"
    assert [t.name for t in copy.tags] == ["Peer support"] and copy.phones[0].number == "988"
    assert delete_resources(catalogue, [original.id]) == 1
    with pytest.raises(NotFound):
        get_resource(catalogue, original.id)
    assert [r.name for r in search(catalogue, SearchQuery(text="peer")).rows] == ["Peer Circle (copy)"]


def test_mark_verified_records_today_and_who(catalogue):
    saved = save_resource(catalogue, ResourceData(name="Clinic"))
    assert mark_verified(catalogue, [saved.id], by="AK") == 1
    stored = get_resource(catalogue, saved.id)
    assert stored.last_verified == date.today() and stored.verified_by == "AK"
