"""HSDS 3.0 to the letter: exports pass the official validators (frictionless with the
published datapackage.json, jsonschema with the compiled schemas), the official JSON
examples import, and CSV, HSDS tabular and HSDS JSON exports come back identical."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import zipfile
from pathlib import Path

import pytest

from resource_desk.core.export_country import practice_country, save_export_country
from resource_desk.core.records import AddressRecord, PhoneRecord, ResourceData
from resource_desk.core.resources import save_resource
from resource_desk.core.tags import resolve_tags
from resource_desk.importing.export import export_resources
from resource_desk.importing.service import run_import
from tests.conftest import REAL_DATA
from tests.importing.helpers import all_resources, counts

OFFICIAL = REAL_DATA.parent / "hsds-3.0"
# Compared apart (sets of records) or not the resource's own data.
_SKIPPED_FIELDS = {"import_batch_id", "created_at", "updated_at", "organization_id", "tags", "categories",
                   "phones", "addresses"}


@pytest.fixture
def official() -> Path:
    if not OFFICIAL.is_dir():
        pytest.skip(f"official HSDS 3.0 files {OFFICIAL} are absent")
    return OFFICIAL


def frictionless_errors(folder: Path, official: Path) -> list[str]:
    """Every error frictionless finds in the tables, read with the published descriptor."""
    limit = csv.field_size_limit()
    try:
        from frictionless import Package

        descriptor = json.loads((official / "datapackage.json").read_text(encoding="utf-8"))
        report = Package(descriptor, basepath=str(folder)).validate()
    finally:
        # frictionless raises the csv module's (global) cell limit as it loads; the importer's must stand.
        csv.field_size_limit(limit)
    found = [f"{e.type}: {e.message}" for e in report.errors]
    for task in report.tasks:
        found += [f"{task.name}: {e.type}: {e.message}" for e in task.errors]
    return found


def unzip(path: Path) -> Path:
    folder = path.with_suffix("")
    with zipfile.ZipFile(path) as archive:
        archive.extractall(folder)
    return folder


def assert_same_resources(original, copy) -> None:
    """Field by field, every resource of one catalogue is the same in the other (by id)."""
    mine = {r.id: r for r in all_resources(copy)}
    theirs = {r.id: r for r in all_resources(original)}
    assert set(mine) == set(theirs)
    names = [f.name for f in dataclasses.fields(next(iter(theirs.values()))) if f.name not in _SKIPPED_FIELDS]
    for rid, data in theirs.items():
        back = mine[rid]
        for name in names:
            assert getattr(back, name) == getattr(data, name), (data.name, name)
        assert back.phones == data.phones, data.name
        assert back.addresses == data.addresses, data.name
        assert sorted(t.key for t in back.tags) == sorted(t.key for t in data.tags), data.name
        assert sorted((c.taxonomy, c.code, c.path()) for c in back.categories) == \
            sorted((c.taxonomy, c.code, c.path()) for c in data.categories), data.name


def _with_everything(catalogue) -> None:
    """Resources with what HSDS has no field for: no organization, no country, a hotline, a
    text line and a TTY, a confidential address, private notes, a verifier's initials."""
    save_resource(catalogue, ResourceData(
        name="Harbor Shelter", kind="shelter", status="do_not_refer", age_min=18,
        tags=tuple(resolve_tags(catalogue, ["identity:LGBTQIA+", "need:Housing & shelter"])), cost="free", delivery="in_person", hours="Mon-Fri 9am-5pm",
        languages=("en", "ase", "sgn"), verified_by="JR", private_notes="Ask for Dana.\nSide door.",
        phones=(PhoneRecord("(415) 555-0100", "hotline", None, "Hotline"), PhoneRecord("(415) 555-0101", "text"),
                PhoneRecord("(415) 555-0102", "tty", "12")),
        addresses=(AddressRecord("12 Hidden Way", "Oakland", "CA", "94601", None, True),
                   AddressRecord("PO Box 3", "Oakland", None, None, "US")),
        accessibility="Ramp at the side door"))


def test_the_demo_and_every_real_file_export_with_no_error(demo_catalogue, catalogue, real_data, official, tmp_path):
    from resource_desk.core.database import Catalogue

    out = tmp_path / "demo.zip"
    result = export_resources(demo_catalogue, out, "hsds", include_private=True)
    assert result.resources == 60
    assert frictionless_errors(unzip(out), official) == []
    with zipfile.ZipFile(out) as archive:
        descriptor = json.loads(archive.read("datapackage.json"))
        published = json.loads((official / "datapackage.json").read_text(encoding="utf-8"))
        assert descriptor["resources"] == published["resources"]  # the published tables, to the letter
        assert (descriptor["name"], descriptor["profile"], descriptor["version"]) == (
            "resource-desk-export", "tabular-data-package", "3.0.0") and descriptor["created"]
        assert len(archive.namelist()) == 22
        for resource in published["resources"]:
            header = archive.read(resource["path"]).decode().splitlines()[0]
            assert header == ",".join(f["name"] for f in resource["schema"]["fields"])
    for source in sorted(real_data.iterdir()):
        target = source / "directory.csv" if (source / "directory.csv").exists() else source
        imported = Catalogue.open(tmp_path / f"{source.name}.sqlite3")
        try:
            assert run_import(imported, target).created > 0
            out = tmp_path / f"{source.name}.zip"
            export_resources(imported, out, "hsds", include_private=True)
            assert frictionless_errors(unzip(out), official) == [], source.name
        finally:
            imported.close()
    _with_everything(catalogue)
    out = tmp_path / "everything"  # a folder, this time
    export_resources(catalogue, out, "hsds", include_private=True)
    assert frictionless_errors(out, official) == []


def test_the_json_export_is_a_valid_service_list_page(demo_catalogue, catalogue, official, tmp_path):
    import jsonschema

    _with_everything(demo_catalogue)
    out = tmp_path / "services.json"
    result = export_resources(demo_catalogue, out, "hsds-json", include_private=True)
    page = json.loads(out.read_text(encoding="utf-8"))
    assert (page["total_items"], page["size"], page["page_number"], page["empty"]) == (61, 61, 1, False)
    checker = jsonschema.FormatChecker()
    for name in ("service_list.json", "service.json"):
        schema = json.loads((official / "schema" / "compiled" / name).read_text(encoding="utf-8"))
        validator = jsonschema.validators.validator_for(schema)(schema, format_checker=checker)
        errors = [f"{item['name']}: {e.message}" for item in page["contents"] for e in validator.iter_errors(item)]
        assert errors == [], name
    shelter = next(s for s in page["contents"] if s["name"] == "Harbor Shelter")
    assert shelter["organization"]["name"] == "Harbor Shelter"  # made up, and marked so
    assert {a["taxonomy_term"]["code"] for a in shelter["organization"]["attributes"]} == {
        "resource-desk:made_up_organization"}
    assert result.resources == 61 and any("without an organization" in n for n in result.notes)


@pytest.mark.parametrize("name, created, organizations, phones, addresses", [
    ("service_full.json", 1, 1, ["+44 1234 234567"], ["1-30 Main Street\nMyVillage"]),
    ("service_list.json", 1, 1, [], []),
    ("organization_full.json", 1, 1, ["+44 1234 234567"], ["1-30 Main Street\nMyVillage"]),
    ("organization_list.json", 0, 1, [], []),
    ("service_at_location_full.json", 1, 1, ["+44 1234 234567"], ["1-30 Main Street\nMyVillage"]),
    ("service_at_location_list.json", 1, 1, [], []),
])
def test_the_official_json_examples_import(catalogue, official, name, created, organizations, phones, addresses):
    # Counted by hand: each example is the specification's one "Community Counselling" service of
    # "Example Organization Inc." (the organization list: the organization alone); the full ones
    # nest one phone, one language (Urdu), one schedule and one location at 1-30 Main Street, each
    # with the same id wherever it appears.
    result = run_import(catalogue, official / "examples" / name)
    assert (result.created, result.rejected) == (created, 0)
    assert result.layout == "hsds3-json" and result.layout_label.startswith("Open Referral HSDS 3.0 JSON")
    assert counts(catalogue)["organizations"] == organizations
    for resource in all_resources(catalogue):
        assert (resource.id, resource.name, resource.organization) == (
            "ac148810-d857-441c-9679-408f346de14b", "Community Counselling", "Example Organization Inc.")
        assert [p.number for p in resource.phones] == phones
        assert [a.lines for a in resource.addresses] == addresses
        if phones:
            assert resource.languages == ("ur",) and resource.hours.startswith("The service is available")
            assert resource.last_verified.isoformat() == "2005-01-01" and resource.verified_by == "email@example.com"


@pytest.mark.parametrize("name", ["base.json", "location.json", "taxonomy.json", "tabular.json"])
def test_json_without_services_or_organizations_is_refused_in_one_line(catalogue, official, name):
    from resource_desk.importing.problems import ImportFileError

    with pytest.raises(ImportFileError) as caught:
        run_import(catalogue, official / "examples" / name)
    assert "\n" not in str(caught.value) and counts(catalogue)["resources"] == 0


@pytest.mark.parametrize("format, name", [("csv", "out.csv"), ("hsds", "out.zip"), ("hsds", "folder"),
                                          ("hsds-json", "out.json")])
def test_export_then_import_into_an_empty_catalogue_is_identical(demo_catalogue, catalogue, tmp_path, format,
                                                                 name):
    _with_everything(demo_catalogue)
    export_resources(demo_catalogue, tmp_path / name, format, include_private=True)
    result = run_import(catalogue, tmp_path / name)
    assert result.rejected == 0 and result.created == 61
    assert_same_resources(demo_catalogue, catalogue)


def test_what_hsds_has_no_field_for_is_said_and_marked(catalogue, tmp_path):
    _with_everything(catalogue)
    result = export_resources(catalogue, tmp_path / "out.zip", "hsds", country="US")
    tables = {}
    with zipfile.ZipFile(tmp_path / "out.zip") as archive:
        for name in ("phones", "languages", "schedules", "addresses", "attributes", "organizations"):
            tables[name] = list(csv.DictReader(io.StringIO(archive.read(f"{name}.csv").decode())))
    assert sorted(p["type"] for p in tables["phones"]) == ["text", "textphone", "voice"]
    assert {(row["name"], row["code"]) for row in tables["languages"]} == {
        ("English", "en"), ("American Sign Language", "ase"), ("Sign language", "")}
    assert [(s["byday"], s["opens_at"], s["closes_at"], s["description"]) for s in tables["schedules"]] == [
        ("MO,TU,WE,TH,FR", "09:00:00", "17:00:00", "Mon-Fri 9am-5pm")]
    assert tables["addresses"] == []  # the confidential one left out, the PO box has no state
    assert "Ask for Dana" not in json.dumps(tables)
    assert result.confidential_addresses_left_out == 1 and result.private_notes_left_out == 1
    summary = result.summary()
    assert "resources without an organization (one named after the resource, marked as such): 1" in summary
    assert "(not written as HSDS addresses): 1" in summary
    with_private = export_resources(catalogue, tmp_path / "all.zip", "hsds", include_private=True, country="US")
    with zipfile.ZipFile(tmp_path / "all.zip") as archive:
        addresses = list(csv.DictReader(io.StringIO(archive.read("addresses.csv").decode())))
    assert [(a["address_1"], a["country"]) for a in addresses] == [("12 Hidden Way", "US")]
    assert "addresses without a country (given US, the country in Preferences): 1" in with_private.summary()


def test_the_country_comes_from_preferences_or_the_practice(catalogue, tmp_path):
    from resource_desk.core.export_country import export_country
    from resource_desk.core.settings import SettingsError, SheetPreferences, save_sheet_preferences

    assert practice_country("Jo Rivera, LMFT\n+1 415 555 0199") == "US"
    assert practice_country("12 King St W\nToronto ON M5H 1A1") == "CA"
    assert practice_country("Consultorio\nCiudad de México, México") == "MX"
    assert practice_country("jo@example.org") is None
    assert export_country(catalogue) is None
    save_sheet_preferences(catalogue, SheetPreferences(practice_contact="Oakland, CA 94601"))
    assert export_country(catalogue) == "US"
    save_export_country(catalogue, "mx")
    assert export_country(catalogue) == "MX"
    with pytest.raises(SettingsError):
        save_export_country(catalogue, "Mexico")


def test_the_import_says_which_hsds_it_recognised(catalogue, real_data, tmp_path):
    ohana = run_import(catalogue, real_data / "ohana-sample-csv", )
    assert ohana.layout == "hsds" and "Ohana" in ohana.layout_label and "HSDS 1.x" in ohana.layout_label
    three = run_import(catalogue, real_data / "hsds3-example-csv")
    assert three.layout == "hsds3" and three.layout_label == "Open Referral HSDS 3.0 data package"


@pytest.mark.parametrize("format, name", [("csv", "out.csv"), ("hsds", "out.zip"), ("hsds-json", "out.json")])
def test_catalogues_made_from_the_real_files_come_back_identical(real_data, tmp_path, format, name):
    from resource_desk.core.database import Catalogue

    for source in sorted(real_data.iterdir()):
        target = source / "directory.csv" if (source / "directory.csv").exists() else source
        original = Catalogue.open(tmp_path / f"{source.name}.sqlite3")
        copy = Catalogue.open(tmp_path / f"{source.name}-copy.sqlite3")
        try:
            run_import(original, target)
            export_resources(original, tmp_path / f"{source.name}-{name}", format, include_private=True)
            assert run_import(copy, tmp_path / f"{source.name}-{name}").rejected == 0
            assert_same_resources(original, copy)
        finally:
            original.close()
            copy.close()
