"""Duplicates never swallow records: different ids stay different, organizations are never
merged or lost, and an export imports back into an empty catalogue as it was."""

from __future__ import annotations

from sqlalchemy import text

from resource_desk.importing.export import export_resources
from resource_desk.importing.service import run_import

from .helpers import all_resources, counts, write_rows


def org_names(catalogue) -> list[str]:
    with catalogue.engine.connect() as connection:
        return sorted(r[0] for r in connection.execute(text("SELECT name FROM organizations")))


def package(tmp_path, services, organizations, phones=()):
    folder = tmp_path / "hsds"
    folder.mkdir()
    write_rows(folder / "organizations.csv", [["id", "name"], *organizations])
    write_rows(folder / "services.csv", [["id", "organization_id", "name"], *services])
    write_rows(folder / "phones.csv", [["id", "service_id", "number"], *phones])
    return folder


def test_one_name_in_five_organizations_stays_five_resources(catalogue, tmp_path):
    organizations = [[str(n), f"Agency {n}"] for n in range(1, 6)] + [["6", "Agency Without Services"]]
    services = [[str(10 + n), str(1 + n % 5), "VITA TAX PREPARATION"] for n in range(12)]
    phones = [[str(100 + n), str(10 + n), "(650) 555-0100"] for n in range(12)]  # one shared switchboard
    result = run_import(catalogue, package(tmp_path, services, organizations, phones))
    assert (result.created, result.merged) == (12, 0)  # different ids in the file: different services
    stored = all_resources(catalogue)
    assert len(stored) == 12 and all(len(r.phones) == 1 for r in stored)
    assert org_names(catalogue) == sorted(name for _, name in organizations)  # every organization is there
    again = run_import(catalogue, tmp_path / "hsds")
    assert (again.created, again.updated) == (0, 0)


def test_a_row_without_an_organization_never_links_two_others(catalogue, tmp_path):
    path = write_rows(tmp_path / "list.csv", [
        ["Name", "Organization", "Phone"],
        ["Free Tax Help", "Northside Library", "415-555-0101"],
        ["Free Tax Help", "", "415-555-0101"],
        ["Free Tax Help", "Southside Church", "415-555-0101"],
        ["Free Tax Help", "", ""],
    ])
    result = run_import(catalogue, path)
    stored = all_resources(catalogue)
    orgs = sorted((r.organization or "") for r in stored)
    assert "Northside Library" in orgs and "Southside Church" in orgs
    northside = next(r for r in stored if r.organization == "Northside Library")
    southside = next(r for r in stored if r.organization == "Southside Church")
    assert northside.id != southside.id
    assert result.created + result.skipped_total == result.rows
    assert org_names(catalogue) == ["Northside Library", "Southside Church"]


def test_rows_with_different_ids_are_different_resources(catalogue, tmp_path):
    path = write_rows(tmp_path / "list.csv", [
        ["Record ID", "Name", "Organization", "Phone"],
        ["A-1", "Drop-in Center", "Harbor House", "415-555-0111"],
        ["A-2", "Drop-in Center", "Harbor House", "415-555-0111"],
        ["A-2", "Drop-in Center", "Harbor House", "415-555-0112"],  # the same record again: merged
    ])
    result = run_import(catalogue, path)
    assert (result.created, result.merged) == (2, 1)
    assert sorted(len(r.phones) for r in all_resources(catalogue)) == [1, 2]
    again = run_import(catalogue, path)
    assert (again.created, again.updated) == (0, 0)


def test_resources_of_different_organizations_are_never_merged(catalogue, tmp_path):
    path = write_rows(tmp_path / "list.csv", [
        ["Name", "Organization", "Website"],
        ["Legal Clinic", "Bay Legal Aid", "https://baylegal.org/clinic"],
        ["Legal Clinic", "Bay Legal Aid Society", "https://baylegal.org/clinics"],
    ])
    result = run_import(catalogue, path)
    assert result.created == 2


def test_csv_export_imports_into_an_empty_catalogue_identically(demo_catalogue, catalogue, tmp_path):
    out = tmp_path / "demo.csv"
    export_resources(demo_catalogue, out, include_private=True)
    result = run_import(catalogue, out)
    assert result.rejected == 0
    original = {r.id: r for r in all_resources(demo_catalogue)}
    copy = {r.id: r for r in all_resources(catalogue)}
    assert set(copy) == set(original)
    for rid, data in original.items():
        mine = copy[rid]
        for field in ("name", "organization", "kind", "description", "eligibility", "age_min", "age_max", "cost",
                      "fees", "delivery", "hours", "languages", "accessibility", "status", "website", "email",
                      "last_verified", "verified_by", "private_notes", "phones", "addresses", "external_id"):
            assert getattr(mine, field) == getattr(data, field), (data.name, field)
        assert {t.key for t in mine.tags} == {t.key for t in data.tags}
        assert [(c.taxonomy, c.code, c.path()) for c in mine.categories] == \
            [(c.taxonomy, c.code, c.path()) for c in data.categories]
    assert counts(catalogue)["organizations"] == counts(demo_catalogue)["organizations"]
    again = run_import(catalogue, out)
    assert (again.created, again.updated) == (0, 0)


def test_hsds_export_imports_into_an_empty_catalogue_with_the_same_ids(demo_catalogue, catalogue, tmp_path):
    out = tmp_path / "demo.zip"
    export_resources(demo_catalogue, out, format="hsds", include_private=True)
    result = run_import(catalogue, out)
    assert result.rejected == 0
    original = {r.id: r for r in all_resources(demo_catalogue)}
    copy = {r.id: r for r in all_resources(catalogue)}
    assert set(copy) == set(original)
    for rid, data in original.items():
        mine = copy[rid]
        assert (mine.name, mine.organization, mine.languages) == (data.name, data.organization, data.languages)
        assert {t.key for t in mine.tags} == {t.key for t in data.tags}
        assert {p.number for p in mine.phones} == {p.number for p in data.phones}
    assert counts(catalogue)["organizations"] == counts(demo_catalogue)["organizations"]


def test_every_organization_of_an_icarol_file_is_kept(catalogue, tmp_path):
    columns = ["ResourceAgencyNum", "PublicName", "TaxonomyLevelName", "ParentAgencyNum"]
    path = write_rows(tmp_path / "211.csv", [
        columns,
        ["1", "Harbor Agency", "Agency", "0"],
        ["2", "Harbor Meals", "Program", "1"],
        ["3", "Hill Agency", "Agency", "0"],
        ["4", "Hill Meals", "Program", "3"],
        ["5", "Harbor Meals", "Program", "3"],  # the same program name under another agency
    ])
    result = run_import(catalogue, path)
    assert result.created == 3
    assert org_names(catalogue) == ["Harbor Agency", "Hill Agency"]
    assert sorted((r.name, r.organization) for r in all_resources(catalogue)) == [
        ("Harbor Meals", "Harbor Agency"), ("Harbor Meals", "Hill Agency"), ("Hill Meals", "Hill Agency")]
