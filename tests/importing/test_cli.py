"""The command line: import, imports, undo-import, export."""

import json

import pytest

from resource_desk.cli import main

from .helpers import counts, snapshot, write_rows, write_text


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def spreadsheet(tmp_path):
    return write_rows(tmp_path / "list.csv", [
        ["Name of Service", "Best Contact", "Food", "Who we serve"],
        ["Pantry", "(415) 555-0100", "x", "Seniors"],
        ["Youth Line", "Hotline: 800-555-0101", "", "LGBTQ youth"],
        ["", "415-555-0102", "x", ""],
    ])


def test_import_prints_counts_and_the_batch_id(capsys, catalogue, spreadsheet):
    db = catalogue.path
    code, out, err = run(capsys, "--db", db, "import", spreadsheet)
    assert code == 0
    assert "created 2, updated 0, skipped 0, rejected 1" in out
    batch = [line.split()[1] for line in out.splitlines() if line.startswith("batch ")][0]
    assert "row 4, column “Name of Service”: no name" in out
    assert "new tags: identity:LGBTQ youth" in out
    code, out, _ = run(capsys, "--db", db, "import", spreadsheet, "--json")
    report = json.loads(out)
    assert code == 0 and (report["created"], report["updated"], report["skipped"], report["rejected"]) == (0, 0, 2, 1)
    code, out, _ = run(capsys, "--db", db, "imports", "--json")
    history = json.loads(out)
    assert [h["id"] for h in history][0] == batch and len(history) == 2
    assert {"id", "file", "format", "created", "updated", "skipped", "rejected", "at"} <= set(history[0])
    assert history[0]["created"] == 2 and history[1]["skipped"] == 2
    code, out, _ = run(capsys, "--db", db, "imports")
    assert code == 0 and batch in out
    code, out, _ = run(capsys, "--db", db, "undo-import", batch)
    assert code == 0 and "2 resources deleted" in out and counts(catalogue)["resources"] == 0
    code, _, err = run(capsys, "--db", db, "undo-import", batch)
    assert code == 2 and "already undone" in err and len(err.strip().splitlines()) == 1


def test_dry_run_and_duplicate_policy(capsys, catalogue, spreadsheet):
    before = snapshot(catalogue)
    code, out, _ = run(capsys, "--db", catalogue.path, "import", spreadsheet, "--dry-run")
    assert code == 0 and "created 2" in out and "nothing written (dry run)" in out
    assert snapshot(catalogue) == before
    run(capsys, "--db", catalogue.path, "import", spreadsheet)
    code, out, _ = run(capsys, "--db", catalogue.path, "import", spreadsheet, "--on-duplicate", "keep-both", "--json")
    assert json.loads(out)["created"] == 2 and counts(catalogue)["resources"] == 4


def test_mapping_and_encoding_options(capsys, catalogue, tmp_path):
    path = write_rows(tmp_path / "odd.csv", [["Col A", "Col B"], ["Café Warmline", "415-555-0199"]], encoding="cp1252")
    code, _, err = run(capsys, "--db", catalogue.path, "import", path)
    assert code == 2 and "no recognisable header" in err and str(path) in err
    mapping = tmp_path / "mapping.json"
    mapping.write_text(json.dumps({"columns": {"Col A": "name", "Col B": {"field": "phones", "kind": "hotline"}}}))
    code, out, _ = run(capsys, "--db", catalogue.path, "import", path, "--mapping", mapping, "--encoding",
                       "windows-1252", "--json", "--save-mapping", tmp_path / "saved.json")
    assert code == 0 and json.loads(out)["created"] == 1
    saved = json.loads((tmp_path / "saved.json").read_text())
    assert saved["columns"]["Col B"] == {"field": "phones", "kind": "hotline"}
    code, out, _ = run(capsys, "--db", catalogue.path, "search", "café", "--json")
    assert [r["name"] for r in json.loads(out)] == ["Café Warmline"]


@pytest.mark.parametrize("make,message", [
    (lambda p: p / "missing.csv", "no such file"),
    (lambda p: write_text(p / "empty.csv", ""), "is empty"),
    (lambda p: (p / "blob.csv").write_bytes(b"\x00\x01\x02\x03" * 100) and p / "blob.csv", "not a text file"),
    (lambda p: write_text(p / "numbers.csv", "1,2\n3,4\n"), "no recognisable header"),
])
def test_a_file_that_cannot_be_used_exits_2_with_one_line_and_writes_nothing(capsys, catalogue, tmp_path, make,
                                                                           message):
    path = make(tmp_path)
    before = snapshot(catalogue)
    code, out, err = run(capsys, "--db", catalogue.path, "import", path)
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and message in err and str(path) in err
    assert snapshot(catalogue) == before


def test_bad_options_exit_2(capsys, catalogue, spreadsheet, tmp_path):
    for argv in (["--encoding", "klingon"], ["--mapping", tmp_path / "nope.json"], ["--format", "hsds"],
                 ["--on-duplicate", "merge"]):
        code, _, err = run(capsys, "--db", catalogue.path, "import", spreadsheet, *argv)
        assert code == 2 and len(err.strip().splitlines()) == 1, argv
    assert counts(catalogue)["import_batches"] == 0


def test_export_whole_catalogue_search_or_tags(capsys, demo_catalogue, tmp_path):
    db = demo_catalogue.path
    code, out, _ = run(capsys, "--db", db, "export", tmp_path / "all.csv", "--json")
    assert code == 0 and json.loads(out)["resources"] == 60
    code, out, _ = run(capsys, "--db", db, "export", tmp_path / "food.zip", "--tag", "need:Food", "--json")
    food = json.loads(out)
    assert code == 0 and food["format"] == "hsds" and 0 < food["resources"] < 60
    code, out, _ = run(capsys, "--db", db, "export", tmp_path / "trans.csv", "--query", "trans", "--format", "csv")
    assert code == 0 and "resources exported" in out
    code, _, err = run(capsys, "--db", db, "export", tmp_path / "x.csv", "--tag", "identity:Martians")
    assert code == 2 and len(err.strip().splitlines()) == 1
    code, _, err = run(capsys, "--db", db, "export", tmp_path / "no" / "such" / "x.csv")
    assert code == 2 and "no such folder" in err


def test_save_mapping_is_refused_before_importing_a_file_read_by_its_own_layout(capsys, catalogue, tmp_path):
    from .test_hsds import TABLES
    from .test_icarol import ROWS

    export = write_rows(tmp_path / "icarol.csv", ROWS, encoding="cp1252", lineterminator="\r")
    package = tmp_path / "package"
    package.mkdir()
    for name, content in TABLES.items():
        (package / name).write_text(content, encoding="utf-8")
    target = tmp_path / "M.json"
    before = snapshot(catalogue)
    code, out, err = run(capsys, "--db", catalogue.path, "import", export, "--save-mapping", target)
    assert (code, out) == (2, "")
    assert err == ("resource-desk: --save-mapping: an iCarol 211 export is read by its own layout; there is no "
                   "column mapping to save\n")
    code, out, err = run(capsys, "--db", catalogue.path, "import", package, "--save-mapping", target)
    assert (code, out) == (2, "") and len(err.strip().splitlines()) == 1
    assert "an Open Referral HSDS 1.x data package is read by its own layout" in err
    assert not target.exists() and snapshot(catalogue) == before
    code, _, err = run(capsys, "--db", catalogue.path, "import", export, "--save-mapping", tmp_path / "no" / "M.json")
    assert code == 2 and "no such folder" in err and snapshot(catalogue) == before


def test_save_mapping_says_where_it_wrote(capsys, catalogue, spreadsheet, tmp_path):
    code, out, _ = run(capsys, "--db", catalogue.path, "import", spreadsheet, "--save-mapping", tmp_path / "M.json")
    assert code == 0 and f"column mapping written to {tmp_path / 'M.json'}" in out
    assert json.loads((tmp_path / "M.json").read_text())["columns"]["Name of Service"] == "name"


def test_each_warning_is_printed_once_and_a_row_is_named_once(capsys, catalogue, tmp_path):
    path = write_rows(tmp_path / "list.csv", [
        ["Name", "Languages", "Website"],
        ["A", "Klingon; Klingon", "not a site"],
        ["B", "Klingon", ""],
        ["C", "Klingon, Spanish", ""],
    ])
    code, out, err = run(capsys, "--db", catalogue.path, "import", path)
    assert code == 0 and "warnings:" not in out
    lines = err.splitlines()
    assert lines[0] == "warnings: 4"
    assert ("  list.csv, column “Languages”: “Klingon” is not a language Resource Desk knows; kept in the private "
            "notes (rows 2, 3, 4)") in lines
    assert ("  list.csv, row 2, column “Website”: “not a site” is not a web address; kept in the private "
            "notes") in lines
    assert len(lines) == 3 and len(set(lines)) == len(lines)


def test_a_problem_of_a_row_shared_by_several_services_is_reported_once(capsys, catalogue, tmp_path):
    folder = tmp_path / "package"
    folder.mkdir()
    tables = {
        "organizations.csv": "id,name\no1,Legal Aid\n",
        "locations.csv": "id,organization_id,name\nl1,o1,Main office\n",
        "services.csv": "id,organization_id,name\ns1,o1,Eviction Clinic\ns2,o1,Tenant Hotline\ns3,o1,Workshops\n",
        "services_at_location.csv": "id,service_id,location_id\nsl1,s1,l1\nsl2,s2,l1\nsl3,s3,l1\n",
        "phones.csv": "id,location_id,number\np1,l1,call the front desk\n",
    }
    for name, content in tables.items():
        (folder / name).write_text(content, encoding="utf-8")
    code, out, err = run(capsys, "--db", catalogue.path, "import", folder, "--json")
    report = json.loads(out)
    assert code == 0 and report["created"] == 3
    assert [(w["file"], w["row"], w["reason"]) for w in report["warnings"]] == [
        ("phones.csv", 2, "“call the front desk” is not a phone number")]
    assert report["warning_count"] == 1
    code, out, err = run(capsys, "--db", catalogue.path, "import", folder)
    assert err.count("call the front desk") == 1 and err.count("warnings:") == 1
