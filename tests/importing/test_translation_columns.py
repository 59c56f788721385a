"""Columns such as description_es and "Description (Spanish)" hold a resource's text in another language."""

import csv

from resource_desk.core.records import TranslationRecord
from resource_desk.core.search import SearchQuery, search
from resource_desk.importing.export import export_resources
from resource_desk.importing.mapping import Mapping, translated_field
from resource_desk.importing.service import run_import
from resource_desk.importing.undo import undo_import

from .helpers import by_name, fts_matches_triggers, write_rows


def test_headers_that_name_a_field_and_a_language():
    assert translated_field("description es") == "es:description"
    assert translated_field("description spanish") == "es:description"
    assert translated_field("hours vietnamese") == "vi:hours"
    assert translated_field("name of service") is None and translated_field("hours of operation") is None


def test_import_reads_translations_search_finds_them_export_writes_them_back(catalogue, tmp_path):
    path = write_rows(tmp_path / "list.csv", [
        ["Name", "Description", "description_es", "Description (Vietnamese)", "Hours (Spanish)"],
        ["Harbor Pantry", "Groceries on Tuesdays.", "Comestibles los martes.", "Thực phẩm vào thứ Ba.", "martes"],
    ])
    result = run_import(catalogue, path)
    pantry = by_name(catalogue)["Harbor Pantry"]
    assert set(pantry.translations) == {TranslationRecord("es", "description", "Comestibles los martes."),
                                        TranslationRecord("vi", "description", "Thực phẩm vào thứ Ba."),
                                        TranslationRecord("es", "hours", "martes")}
    assert "Description (Vietnamese)" not in (pantry.private_notes or "")
    assert fts_matches_triggers(catalogue)
    assert [r.name for r in search(catalogue, SearchQuery(text="comestibles"), limit=10).rows] == ["Harbor Pantry"]
    out = tmp_path / "out.csv"
    export_resources(catalogue, out)
    with open(out, encoding="utf-8-sig", newline="") as handle:
        row = next(csv.DictReader(handle))
    assert row["description_es"] == "Comestibles los martes." and row["hours_es"] == "martes"
    assert row["description_vi"] == "Thực phẩm vào thứ Ba."
    undo_import(catalogue, result.batch_id)
    assert "Harbor Pantry" not in by_name(catalogue)


def test_an_update_adds_missing_translations_never_overwrites_and_undo_takes_them_back(catalogue, tmp_path):
    run_import(catalogue, write_rows(tmp_path / "a.csv", [["Name", "description_es"], ["Pantry", "Comida"]]))
    second = run_import(catalogue, write_rows(tmp_path / "b.csv", [
        ["Name", "description_es", "hours_es"], ["Pantry", "Otra cosa", "lunes"]]))
    assert set(by_name(catalogue)["Pantry"].translations) == {TranslationRecord("es", "description", "Comida"),
                                                              TranslationRecord("es", "hours", "lunes")}
    assert fts_matches_triggers(catalogue)
    undo_import(catalogue, second.batch_id)
    assert by_name(catalogue)["Pantry"].translations == (TranslationRecord("es", "description", "Comida"),)
    assert fts_matches_triggers(catalogue)


def test_a_mapping_file_names_a_translation_column(tmp_path):
    mapping = Mapping.from_json({"resource_desk_mapping": 1, "columns": {
        "Spanish blurb": {"field": "translation", "param": "es:description"}}})
    assert mapping.rule_for("Spanish blurb").param == "es:description"
    assert Mapping.from_json(mapping.to_json()).rule_for("Spanish blurb").param == "es:description"
