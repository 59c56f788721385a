"""Tags suggested by resources' own words: listed on import and for the catalogue, added
only when asked, and taken back in one action."""

from __future__ import annotations

import json

from resource_desk.cli import main
from resource_desk.core.records import ResourceData
from resource_desk.core.resources import get_resource, save_resource

from .helpers import by_name, snapshot, write_rows


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def listing(tmp_path):
    return write_rows(tmp_path / "list.csv", [
        ["Name", "Description", "Eligibility"],
        ["Corner Pantry", "Food pantry, Saturdays.", ""],
        ["Hill House", "Emergency shelter beds.", "Men 18 and over"],
        ["Clinica Libre", "Asesoría legal gratuita para inmigrantes.", "No immigration status required"],
    ])


def test_an_import_lists_suggestions_and_adds_only_the_accepted_ones(capsys, catalogue, tmp_path):
    path = listing(tmp_path)
    code, out, _ = run(capsys, "--db", catalogue.path, "import", path, "--dry-run", "--json")
    suggested = {s["tag"]: s for s in json.loads(out)["suggested_tags"]}
    assert suggested["need:Food"]["examples"] == ["Corner Pantry"]
    assert "need:Housing & shelter" in suggested
    assert "identity:Women" not in suggested  # a men's shelter is never for women
    code, out, _ = run(capsys, "--db", catalogue.path, "import", path, "--accept-suggestion", "need:Food")
    assert code == 0 and "suggested tags added: need:Food (1)" in out
    assert "--accept-suggestion" in out  # the others are listed, with how to add them
    stored = by_name(catalogue)
    assert {t.key for t in stored["Corner Pantry"].tags} == {"need:Food"}
    assert stored["Hill House"].tags == ()


def test_suggest_tags_lists_applies_and_undo_takes_them_back(capsys, catalogue):
    pantry = save_resource(catalogue, ResourceData(name="Corner Pantry", description="A food pantry.")).id
    save_resource(catalogue, ResourceData(name="Quiet Room", description="A place to sit."))
    before = snapshot(catalogue)
    code, out, err = run(capsys, "--db", catalogue.path, "suggest-tags")
    assert code == 0 and "need:Food: 1 resource (Corner Pantry)" in out and "--apply" in err
    assert snapshot(catalogue) == before  # listing changes nothing
    code, out, _ = run(capsys, "--db", catalogue.path, "suggest-tags", "--query", "pantry", "--apply", "--json")
    applied = json.loads(out)["applied"]
    assert applied["resources"] == 1 and applied["tags_added"] >= 1
    assert "need:Food" in {t.key for t in get_resource(catalogue, pantry).tags}
    code, out, _ = run(capsys, "--db", catalogue.path, "undo-import", applied["batch_id"][:8])
    assert code == 0
    after = snapshot(catalogue)
    assert after["resource_tags"] == before["resource_tags"] and after["resource_fts"] == before["resource_fts"]


def test_suggest_tags_only_applies_the_chosen_ones(capsys, catalogue):
    rid = save_resource(catalogue, ResourceData(name="Harbor Pantry and Shelter",
                                                description="Food pantry and emergency shelter.")).id
    code, out, _ = run(capsys, "--db", catalogue.path, "suggest-tags", "--apply", "--only", "need:Food")
    assert code == 0
    assert {t.key for t in get_resource(catalogue, rid).tags} == {"need:Food"}
    code, _, err = run(capsys, "--db", catalogue.path, "suggest-tags", "--only", "need:Nothing Like It")
    assert code == 2 and "Nothing Like It" in err
