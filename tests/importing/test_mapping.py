"""Mapping columns to fields: synonyms, yes/no columns, mapping files, saved mappings."""

import json

import pytest

from resource_desk.importing.mapping import (
    ColumnRule,
    Mapping,
    auto_map,
    delete_mapping,
    load_mapping_file,
    normalize_header,
    save_mapping,
    saved_mappings,
)
from resource_desk.importing.problems import ImportFileError


def fields_of(headers, sample=None, lookup=None):
    from resource_desk.importing.mapping import AutoContext

    sample = sample or [[""] * len(headers)]
    mapping = auto_map(headers, headers, sample, AutoContext(tag_lookup=lookup))
    return {r.column: (r.field, r.param) for r in mapping.rules}


def test_header_names_and_their_synonyms():
    headers = ["Organization Name", "Agency", "Name of Service", "Phone", "Best Contact", "Phone1Number",
               "Phone2Number", "Languages Spoken", "LanguagesOffered", "E-mail", "Web Site", "Zip", "Hours of Operation",
               "TTY", "Fax", "Who we serve", "LastVerifiedOn", "Contact"]
    found = fields_of(headers)
    assert found["Organization Name"] == ("organization", None)
    assert found["Agency"] == ("notes", None)  # a second organization column is kept as a note, not lost
    assert found["Name of Service"] == ("name", None)
    assert {found[h] for h in ("Phone", "Best Contact", "Phone1Number", "Phone2Number")} == {("phones", None)}
    assert found["Languages Spoken"] == found["LanguagesOffered"] == ("languages", None)
    assert found["E-mail"] == ("email", None) and found["Web Site"] == ("website", None)
    assert found["Zip"] == ("postal_code", None) and found["Hours of Operation"] == ("hours", None)
    assert found["TTY"] == ("phones", "tty") and found["Fax"] == ("phones", "fax")
    assert found["Who we serve"] == ("tags", "identity") and found["LastVerifiedOn"] == ("last_verified", None)
    assert found["Contact"] == ("notes", None)


def test_yes_no_columns_stand_for_tags_or_languages():
    headers = ["Name", "Food", "Housing", "Spanish", "Topic covered: Budgeting", "Knitting", "Comments"]
    sample = [["A", "x", "yes", "TRUE", "1", "Y", "call first"], ["B", "", "no", "FALSE", "0", "", ""]]
    lookup = {"food": "need:Food", "housing": "need:Housing & shelter", "budgeting": "need:Money & benefits"}
    found = fields_of(headers, sample, lambda v: lookup.get(v.lower()))
    assert found["Food"] == ("tag", "need:Food")
    assert found["Housing"] == ("tag", "need:Housing & shelter")
    assert found["Spanish"] == ("language", "es")
    assert found["Topic covered: Budgeting"] == ("tag", "need:Money & benefits")
    assert found["Knitting"] == ("tag", "need:Knitting")  # offered as a new tag, not dropped
    assert found["Comments"] == ("notes", None)


def test_normalized_headers():
    assert normalize_header("Phone1Number") == "phone 1 number"
    assert normalize_header("LanguagesOffered") == "languages offered"
    assert normalize_header("  E-Mail_Address ") == "e mail address"


def test_mapping_files_round_trip_and_bad_files_say_why(tmp_path):
    mapping = Mapping(rules=(ColumnRule("Best Contact", "phones"), ColumnRule("TTY line", "phones", "tty"),
                             ColumnRule("Food?", "tag", "need:Food"), ColumnRule("Habla español", "language", "es"),
                             ColumnRule("Who", "tags", "identity"), ColumnRule("Second site", "address", None, 2),
                             ColumnRule("Internal", "ignore")),
                      name="Coalition list", encoding="cp1252", new_tags="skip", auto=False)
    path = tmp_path / "mapping.json"
    mapping.save_file(path)
    document = json.loads(path.read_text())
    assert document["columns"]["TTY line"] == {"field": "phones", "kind": "tty"}
    assert document["columns"]["Internal"] == "ignore"
    assert load_mapping_file(path) == mapping
    cases = [("{", "not valid JSON"), ('{"columns": {"A": "nonsense"}}', "unknown field “nonsense”"),
             ('{"columns": {"A": {"field": "phones", "kind": "pager"}}}', "phone kind"),
             ('{"columns": {"A": {"field": "tag"}}}', "needs the tag"), ('[1]', "expected a JSON object")]
    for text, message in cases:
        path.write_text(text)
        with pytest.raises(ImportFileError, match=message) as error:
            load_mapping_file(path)
        assert str(path) in str(error.value)
    with pytest.raises(ImportFileError, match="no such file"):
        load_mapping_file(tmp_path / "missing.json")


def test_mappings_are_saved_in_the_catalogue_under_a_name(catalogue):
    mapping = Mapping(rules=(ColumnRule("Best Contact", "phones"),))
    save_mapping(catalogue, "Coalition", mapping)
    save_mapping(catalogue, "Coalition", mapping.with_rule(ColumnRule("Food", "tag", "need:Food")))
    saved = saved_mappings(catalogue)
    assert list(saved) == ["Coalition"]
    assert saved["Coalition"].rule_for("Food") == ColumnRule("Food", "tag", "need:Food")
    assert delete_mapping(catalogue, "Coalition") and saved_mappings(catalogue) == {}


def test_the_readme_example_mapping_file_loads(tmp_path):
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    block = readme.split("#### The mapping file", 1)[1].split("```json", 1)[1].split("```", 1)[0]
    path = tmp_path / "mapping.json"
    path.write_text(block, encoding="utf-8")
    mapping = load_mapping_file(path)
    assert mapping.rule_for("TTY line") == ColumnRule("TTY line", "phones", "tty")
    assert mapping.rule_for("Second site") == ColumnRule("Second site", "address", None, 2)
    assert mapping.encoding == "windows-1252" and mapping.help_row is False
