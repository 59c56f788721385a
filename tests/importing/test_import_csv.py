"""Importing a hand-kept spreadsheet: tags, phones, dates, duplicates, dry runs, rejected rows."""

from datetime import date

import pytest

from resource_desk.core.vocabulary import color_for
from resource_desk.importing.mapping import ColumnRule, Mapping
from resource_desk.importing.problems import ImportFileError
from resource_desk.importing.service import ImportOptions, inspect_file, run_import

from .helpers import by_name, counts, fts_matches_triggers, snapshot, write_rows, write_text

HAND_KEPT = [
    ["Name of Service", "Agency", "Best Contact", "Website", "Languages Spoken", "Who we serve", "Food", "Housing",
     "Spanish", "Topic covered: Budgeting", "Last verified", "Notes"],
    ["Trans Youth Drop-In", "Queer Center", "(415) 555-0100, TTY: (415) 555-0101", "queercenter.org",
     "English, Cantonese", "LGBT; youth | Two Spirit", "", "x", "yes", "", "8/17/21 0:00", "Call first"],
    ["Community Pantry", "Eastside Church", "415.555.0200 ext 3", "https://www.eastside.org/pantry", "",
     "Seniors, knitters", "X", "", "", "TRUE", "2021-08-17", ""],
    ["", "", "555", "", "", "", "", "", "", "", "", "a row with no name"],
    ["Housing Help", "", "Hotline: 800-555-0300", "", "Klingon", "", "", "1", "", "", "January 01, 0001", ""],
]


@pytest.fixture
def hand_kept(tmp_path):
    return write_rows(tmp_path / "coalition list.csv", HAND_KEPT)


def test_a_hand_kept_spreadsheet_becomes_clean_tagged_resources(catalogue, hand_kept):
    result = run_import(catalogue, hand_kept)
    assert (result.created, result.updated, result.skipped_total, result.rejected) == (3, 0, 0, 1)
    assert result.batch_id and result.layout == "csv"
    stored = by_name(catalogue)
    youth = stored["Trans Youth Drop-In"]
    assert youth.organization == "Queer Center"
    assert [(p.number, p.kind) for p in youth.phones] == [("(415) 555-0100", "voice"), ("(415) 555-0101", "tty")]
    assert youth.website == "https://queercenter.org"
    assert youth.languages == ("en", "yue", "es")
    assert {t.key for t in youth.tags} == {"identity:LGBTQIA+", "identity:Youth", "identity:Two-Spirit",
                                           "need:Housing & shelter"}
    assert youth.last_verified == date(2021, 8, 17)
    assert youth.private_notes == "Notes: Call first"
    assert youth.import_batch_id == result.batch_id
    pantry = stored["Community Pantry"]
    assert {t.key for t in pantry.tags} == {"identity:Older adults", "identity:knitters", "need:Food",
                                            "need:Money & benefits"}
    assert pantry.phones[0].extension == "3" and pantry.last_verified == date(2021, 8, 17)
    housing = stored["Housing Help"]
    assert housing.phones[0].kind == "hotline" and housing.last_verified is None and housing.organization is None
    assert [t.key for t in result.new_tags] == ["identity:knitters"] and result.new_tags[0].created
    knitters = next(t for t in pantry.tags if t.name == "knitters")
    assert knitters.color == color_for("knitters")  # a new tag shows with a colour, like the seeded ones
    assert [(p.row, p.column, p.level) for p in result.problems] == [(4, "Name of Service", "rejected")]
    assert "no name" in result.problems[0].reason
    assert any("Klingon" in w.reason and w.row == 5 for w in result.warnings)
    assert fts_matches_triggers(catalogue)


def test_unknown_values_can_be_left_out_instead_of_created(catalogue, hand_kept):
    result = run_import(catalogue, hand_kept, ImportOptions(new_tags="skip"))
    assert [(t.key, t.created) for t in result.new_tags] == [("identity:knitters", False)]
    assert "identity:knitters" not in {t.key for t in by_name(catalogue)["Community Pantry"].tags}
    declined = run_import(catalogue, hand_kept, ImportOptions(skip_tags=frozenset({"identity:knitters"}),
                                                              on_duplicate="keep-both", dry_run=True))
    assert [(t.key, t.created) for t in declined.new_tags] == [("identity:knitters", False)]


def test_importing_the_same_file_twice_changes_nothing(catalogue, hand_kept):
    run_import(catalogue, hand_kept)
    before = snapshot(catalogue)
    again = run_import(catalogue, hand_kept)
    assert (again.created, again.updated, again.skipped_total, again.unchanged, again.rejected) == (0, 0, 3, 3, 1)
    after = snapshot(catalogue)
    assert after["import_batches"][:1] == before["import_batches"][:1] or len(after["import_batches"]) == 2
    for table in ("resources", "organizations", "phones", "addresses", "resource_tags", "tags", "resource_fts"):
        assert after[table] == before[table], table


def test_a_dry_run_reports_what_would_happen_and_writes_nothing(catalogue, hand_kept):
    before = snapshot(catalogue)
    result = run_import(catalogue, hand_kept, ImportOptions(dry_run=True))
    assert result.dry_run and result.batch_id is None
    assert (result.created, result.rejected) == (3, 1)
    assert snapshot(catalogue) == before


def test_duplicates_by_name_phone_or_web_site_with_a_close_name(catalogue, tmp_path):
    first = write_rows(tmp_path / "first.csv", [
        ["Name", "Organization", "Phone", "Website"],
        ["Senior Peer Counseling", "Family Service", "650 403-4300", ""],
        ["Legal Clinic", "Bar Association", "", "https://www.barlegal.org/clinic"],
        ["Food Bank", "", "", ""],
    ])
    run_import(catalogue, first)
    second = write_rows(tmp_path / "second.csv", [
        ["Name", "Organization", "Phone", "Website", "Hours"],
        ["senior peer counselling", "", "(650) 403-4300", "", "Mon-Fri"],  # same phone, close name
        ["The Legal Clinic", "", "", "barlegal.org", "Tuesdays"],  # same site, close name
        ["FOOD BANK", "Eastside Church", "", "", "Daily"],  # same name, one side has no organization
        ["Food Bank West", "Westside", "650 403-4300", "", ""],  # same phone, different name: a new resource
    ])
    result = run_import(catalogue, second, ImportOptions(collect_matches=True))
    assert (result.created, result.updated) == (1, 3)
    reasons = {m.row: m.reason for m in result.matches}
    assert reasons[2].startswith("same phone and a close name")
    assert reasons[3].startswith("same web site and a close name")
    assert reasons[4] == "same name"
    assert all(m.changes for m in result.matches)
    stored = by_name(catalogue)
    assert stored["Senior Peer Counseling"].hours == "Mon-Fri"  # updated, name kept as it was matched
    assert stored["Food Bank"].organization == "Eastside Church"
    assert len(stored) == 4


def test_choices_per_match_and_the_duplicate_policies(catalogue, tmp_path):
    path = write_rows(tmp_path / "list.csv", [["Name", "Phone"], ["Pantry", "415 555 0100"], ["Clinic", ""]])
    run_import(catalogue, path)
    changed = write_rows(tmp_path / "changed.csv", [["Name", "Phone", "Hours"], ["Pantry", "", "Mon"],
                                                    ["Clinic", "", "Tue"]])
    skipped = run_import(catalogue, changed, ImportOptions(on_duplicate="skip"))
    assert (skipped.created, skipped.updated, skipped.skipped) == (0, 0, 2)
    assert by_name(catalogue)["Pantry"].hours is None
    both = run_import(catalogue, changed, ImportOptions(on_duplicate="keep-both"))
    assert both.created == 2 and counts(catalogue)["resources"] == 4
    chosen = run_import(catalogue, write_rows(tmp_path / "third.csv", [["Name", "Email"], ["Pantry", "a@b.org"]]),
                        ImportOptions(choices={"third.csv:2": "skip"}))
    assert chosen.skipped == 1 and chosen.updated == 0


def test_rows_about_the_same_resource_in_one_file_are_merged(catalogue, tmp_path):
    path = write_rows(tmp_path / "list.csv", [
        ["Organization Name", "Address", "Phone"],
        ["7th Avenue Senior Center", "7th Avenue Presbyterian Church", "(415) 664-2543"],
        ["7th Avenue Senior Center", "1329 7th Avenue, San Francisco, CA 94122", "(415) 664-2543"],
    ])
    result = run_import(catalogue, path)
    assert (result.created, result.merged, result.skipped_total) == (1, 1, 1)
    center = by_name(catalogue)["7th Avenue Senior Center"]
    assert [a.one_line() for a in center.addresses] == ["7th Avenue Presbyterian Church",
                                                        "1329 7th Avenue, San Francisco, CA 94122"]
    assert len(center.phones) == 1


def test_a_saved_or_given_mapping_is_used(catalogue, tmp_path):
    path = write_rows(tmp_path / "odd.csv", [["Col A", "Col B", "Col C"], ["Warmline", "y", "415-555-0199"]])
    with pytest.raises(ImportFileError, match="no recognisable header"):
        run_import(catalogue, path)
    mapping = Mapping(rules=(ColumnRule("Col A", "name"), ColumnRule("Col B", "tag", "need:Crisis & safety"),
                             ColumnRule("Col C", "phones", "hotline")))
    result = run_import(catalogue, path, ImportOptions(mapping=mapping))
    warmline = by_name(catalogue)["Warmline"]
    assert result.created == 1 and [t.key for t in warmline.tags] == ["need:Crisis & safety"]
    assert warmline.phones[0].kind == "hotline"


def test_the_wizard_preview_shows_rows_as_they_will_be_stored(catalogue, hand_kept):
    inspection = inspect_file(catalogue, hand_kept)
    assert inspection.layout == "csv" and inspection.headers[0] == "Name of Service"
    assert inspection.mapping.rule_for("Food") == ColumnRule("Food", "tag", "need:Food")
    first = inspection.preview[0].values
    assert first["name"] == "Trans Youth Drop-In" and "(415) 555-0101 (TTY)" in first["phones"]
    assert "identity:LGBTQIA+" in first["tags"]
    assert counts(catalogue)["import_batches"] == 0


def test_a_file_without_a_usable_header_is_refused_and_nothing_is_written(catalogue, tmp_path):
    before = snapshot(catalogue)
    path = write_text(tmp_path / "numbers.csv", "1,2,3\n4,5,6\n")
    with pytest.raises(ImportFileError, match="no recognisable header"):
        run_import(catalogue, path)
    assert snapshot(catalogue) == before


def test_an_xlsx_sheet_imports_like_a_csv(catalogue, tmp_path):
    from datetime import datetime

    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Organization Name", "Phone", "Spanish", "Last verified", "Who we serve"])
    sheet.append(["Casa Latina", 2065550100, "yes", datetime(2023, 5, 1), "Latinx, immigrants"])
    path = tmp_path / "list.xlsx"
    workbook.save(path)
    result = run_import(catalogue, path)
    casa = by_name(catalogue)["Casa Latina"]
    assert result.layout == "xlsx" and result.created == 1
    assert casa.phones[0].normalized == "+12065550100" and casa.languages == ("es",)
    assert casa.last_verified == date(2023, 5, 1)
    assert {t.key for t in casa.tags} == {"identity:Latine", "identity:Immigrant & refugee"}
