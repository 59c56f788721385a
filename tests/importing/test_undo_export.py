"""Undoing an import from the history, and exporting what re-imports identically."""

import csv
import json
import zipfile

import pytest

from resource_desk.core.resources import get_resource, save_resource
from resource_desk.core.records import AddressRecord, PhoneRecord, ResourceData
from resource_desk.core.tags import resolve_tags
from resource_desk.importing.export import export_resources, neutralise
from resource_desk.importing.history import ImportNotFound, find_import, import_problems, list_imports
from resource_desk.importing.service import run_import
from resource_desk.importing.undo import UndoError, undo_import

from .helpers import by_name, counts, fts_matches_triggers, snapshot, write_rows


def test_undo_takes_an_import_back_including_what_it_updated(catalogue, tmp_path):
    first = write_rows(tmp_path / "first.csv", [["Name", "Phone", "Tags"], ["Pantry", "415 555 0100", "Food"]])
    run_import(catalogue, first)
    before = snapshot(catalogue)
    pantry_before = by_name(catalogue)["Pantry"]
    second = write_rows(tmp_path / "second.csv", [
        ["Name", "Phone", "Tags", "Hours", "Organization", "Address"],
        ["Pantry", "415 555 0199", "Food; Youth; Knitting", "Mon-Fri", "Eastside Church", "1 Main St, Oakland, CA 94601"],
        ["Clinic", "", "", "", "Eastside Church", ""],
    ])
    result = run_import(catalogue, second)
    assert (result.created, result.updated) == (1, 1)
    pantry = by_name(catalogue)["Pantry"]
    assert pantry.hours == "Mon-Fri" and len(pantry.phones) == 2 and len(pantry.tags) == 3
    undone = undo_import(catalogue, result.batch_id[:8])
    assert (undone.deleted, undone.restored, undone.organizations_deleted, undone.tags_deleted) == (1, 1, 1, 1)
    after = snapshot(catalogue)
    restored = by_name(catalogue)["Pantry"]
    assert restored.phones == pantry_before.phones and restored.tags == pantry_before.tags
    assert restored.hours is None and restored.organization is None and restored.addresses == ()
    for table in ("organizations", "phones", "addresses", "resource_tags", "tags", "resource_fts"):
        assert after[table] == before[table], table
    assert fts_matches_triggers(catalogue)
    history = list_imports(catalogue)
    assert [h.undone_at is not None for h in history] == [False, True]
    with pytest.raises(UndoError, match="already undone"):
        undo_import(catalogue, result.batch_id)
    with pytest.raises(ImportNotFound):
        undo_import(catalogue, "no-such-batch")


def test_the_history_keeps_every_rejected_row(catalogue, tmp_path):
    path = write_rows(tmp_path / "list.csv", [["Name", "Phone"], ["", "1"], ["A", "2"], ["", "3"]])
    result = run_import(catalogue, path)
    summary = find_import(catalogue, result.batch_id)
    assert (summary.created, summary.rejected, summary.format) == (1, 2, "csv")
    rejected, _ = import_problems(catalogue, result.batch_id)
    assert [(p.row, p.column) for p in rejected] == [(2, "Name"), (4, "Name")]


def _demo_with_extras(demo_catalogue):
    """The demo catalogue plus a resource using every field, a confidential address and odd text."""
    tags = resolve_tags(demo_catalogue, ["identity:LGBTQIA+", "need:Food"])
    save_resource(demo_catalogue, ResourceData(
        name="=SUM(A1) Everything Center", organization="@Org", kind="clinic", description="Line one\n\nLine  two",
        eligibility="-18 only", age_min=3, age_max=99, cost="sliding_scale", fees="+$5", delivery="hybrid",
        hours="Mon\nTue", languages=("en", "sq", "es"), accessibility="ramp", status="do_not_refer",
        website="https://example.org/x?a=1", email="a@example.org", verified_by="me", private_notes="secret",
        phones=(PhoneRecord("+1 415 555 0100", "hotline", "12", "Front desk"), PhoneRecord("988", "voice")),
        addresses=(AddressRecord("1 Main St\nSuite 2", "Oakland", "CA", "94601", "US", False, 37.8, -122.27),
                   AddressRecord("Hidden shelter", "Oakland", confidential=True)),
        tags=tuple(tags), external_id="x-1"))


def test_a_csv_export_reimports_into_an_empty_catalogue_identically(demo_catalogue, catalogue, tmp_path):
    _demo_with_extras(demo_catalogue)
    exported = tmp_path / "all.csv"
    result = export_resources(demo_catalogue, exported, include_private=True)
    assert result.resources == counts(demo_catalogue)["resources"] == 61
    imported = run_import(catalogue, exported)
    assert (imported.created, imported.rejected, imported.warning_count) == (61, 0, 0)
    again = tmp_path / "again.csv"
    export_resources(catalogue, again, include_private=True)
    assert again.read_bytes() == exported.read_bytes()
    original = {r.id: r for r in _records(demo_catalogue)}
    for copy in _records(catalogue):
        assert _comparable(copy) == _comparable(original[copy.id])
    assert fts_matches_triggers(catalogue)
    reimport = run_import(catalogue, exported)
    assert (reimport.created, reimport.updated, reimport.skipped_total) == (0, 0, 61)


def _records(catalogue):
    from .helpers import all_resources

    return all_resources(catalogue)


def _comparable(record):
    ignored = {"created_at", "updated_at", "import_batch_id", "organization_id"}
    values = {k: v for k, v in record.__dict__.items() if k not in ignored}
    values["tags"] = sorted(t.key for t in record.tags)
    return values


def test_exports_leave_private_notes_and_confidential_addresses_out_unless_asked(demo_catalogue, tmp_path):
    _demo_with_extras(demo_catalogue)
    path = tmp_path / "shared.csv"
    result = export_resources(demo_catalogue, path)
    assert result.confidential_addresses_left_out >= 1 and result.private_notes_left_out >= 1
    text = path.read_text(encoding="utf-8-sig")
    assert "Hidden shelter" not in text and "secret" not in text and "private_notes" not in text.splitlines()[0]


def test_cells_that_could_run_as_formulas_are_neutralised(demo_catalogue, tmp_path):
    _demo_with_extras(demo_catalogue)
    path = tmp_path / "shared.csv"
    export_resources(demo_catalogue, path)
    rows = list(csv.DictReader(path.open(encoding="utf-8-sig")))
    row = next(r for r in rows if "Everything Center" in r["name"])
    assert row["name"] == "'=SUM(A1) Everything Center" and row["organization"] == "'@Org"
    assert row["eligibility"] == "'-18 only" and row["fees"] == "'+$5"
    assert row["longitude"] == "-122.27"  # a plain number stays a number
    assert all(not v.startswith(("=", "+", "@")) and not (v.startswith("-") and not v[1:].replace(".", "").isdigit())
               for r in rows for v in r.values())
    assert neutralise("-5") == "-5" and neutralise("-x") == "'-x" and neutralise("@a") == "'@a"


def test_an_hsds_package_export_of_a_search(demo_catalogue, catalogue, tmp_path):
    from resource_desk.core.search import SearchQuery, matching_ids

    food = resolve_tags(demo_catalogue, ["need:Food"])[0]
    ids = matching_ids(demo_catalogue, SearchQuery(tag_ids=(food.id,)))
    path = tmp_path / "food.zip"
    result = export_resources(demo_catalogue, path, "hsds", ids)
    assert result.resources == len(ids) > 0
    with zipfile.ZipFile(path) as archive:
        names = set(archive.namelist())
        descriptor = json.loads(archive.read("datapackage.json"))
        services = list(csv.DictReader(archive.read("services.csv").decode().splitlines()))
    assert {"datapackage.json", "services.csv", "organizations.csv", "phones.csv", "taxonomy_terms.csv",
            "attributes.csv"} <= names
    assert descriptor["version"] == "3.0.0" and len(services) == len(ids)
    imported = run_import(catalogue, path)
    assert imported.layout == "hsds3" and imported.created == len(ids) and imported.rejected == 0
    for resource in by_name(catalogue).values():
        assert "need:Food" in {t.key for t in resource.tags}
        assert resource.name == get_resource(demo_catalogue, resource.id).name
