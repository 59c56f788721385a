"""Changing many resources at once, and snapshots that put every row back (core, no Qt)."""

import json
from datetime import date

import pytest

from resource_desk.cli import main
from resource_desk.core.bulk_edit import BulkChange, BulkEditError, apply_bulk_change, choice, plan
from resource_desk.core.lists import ListItem, save_list
from resource_desk.core.records import AddressRecord, PhoneRecord, ResourceData
from resource_desk.core.resources import delete_resources, get_resource, save_resource
from resource_desk.core.search import SearchQuery, matching_ids
from resource_desk.core.snapshots import (
    organization_scope,
    resource_scope,
    restore_snapshot,
    tag_scope,
    take_snapshot,
)
from resource_desk.core.tags import delete_tag, list_tags, merge_tags, rename_tag
from tests.catalogue_rows import everything


def _tag(catalogue, key):
    facet, name = key.split(":")
    return next(t for t in list_tags(catalogue) if t.facet == facet and t.name == name)


def _all_ids(catalogue):
    return matching_ids(catalogue, SearchQuery(include_hidden=True))


def test_a_bulk_change_sets_fields_and_tags_on_the_resources_that_differ(demo_catalogue):
    food, youth = _tag(demo_catalogue, "need:Food"), _tag(demo_catalogue, "identity:Youth")
    ids = matching_ids(demo_catalogue, SearchQuery(text="trans"))
    carried = [i for i in ids if any(t.id == youth.id for t in get_resource(demo_catalogue, i).tags)]
    assert carried
    change = BulkChange(add_tags=(food.id,), remove_tags=(youth.id,), cost="free", add_languages=("fr",),
                        verified=date(2026, 3, 4), verified_by="R. Q.")
    expected = plan(demo_catalogue, ids, change).changed
    result = apply_bulk_change(demo_catalogue, ids, change)
    assert result.asked == len(ids) and result.changed == expected
    for rid in ids:
        resource = get_resource(demo_catalogue, rid)
        tag_ids = {t.id for t in resource.tags}
        assert food.id in tag_ids and youth.id not in tag_ids
        assert resource.cost == "free" and "fr" in resource.languages
        assert resource.last_verified == date(2026, 3, 4) and resource.verified_by == "R. Q."
    # The search index follows: the French speakers are found by the language's name.
    assert set(ids) <= set(matching_ids(demo_catalogue, SearchQuery(text="french")))
    # Nothing left to do the second time.
    assert plan(demo_catalogue, ids, change).changed == 0


@pytest.mark.parametrize("batched", [False, True], ids=["index by triggers", "index refreshed once"])
def test_undoing_a_bulk_change_gives_back_every_row_and_redo_makes_it_again(demo_catalogue, monkeypatch, batched):
    if batched:  # as with thousands of resources: the search index is refreshed once at the end
        monkeypatch.setattr("resource_desk.core.snapshots.BATCH_FROM", 0)
        monkeypatch.setattr("resource_desk.core.bulk_edit.BATCH_FROM", 0)
    before = everything(demo_catalogue)
    ids = _all_ids(demo_catalogue)
    change = BulkChange(add_tags=(_tag(demo_catalogue, "need:Food").id,), status="temporarily_closed",
                        kind="clinic", delivery="remote", remove_languages=("es",), verified=date(2026, 1, 2))
    result = apply_bulk_change(demo_catalogue, ids, change)
    after = everything(demo_catalogue)
    assert after != before and result.changed == len(ids)
    assert set(matching_ids(demo_catalogue, SearchQuery(text="food", include_hidden=True))) == set(ids)
    # The snapshot keeps only the columns changed and the links to the tags in play.
    columns, rows = result.before.rows["resources"]
    assert set(columns) == {"id", "kind", "delivery", "status", "languages", "last_verified", "verified_by",
                            "updated_at"}
    redo = restore_snapshot(demo_catalogue, result.before)
    assert everything(demo_catalogue) == before
    restore_snapshot(demo_catalogue, redo)
    assert everything(demo_catalogue) == after


def test_bad_values_are_refused_in_words():
    assert choice("cost", "Sliding scale") == "sliding_scale" == choice("cost", "sliding-scale")
    with pytest.raises(BulkEditError, match="unknown status “closed”; use one of: active"):
        choice("status", "closed")
    with pytest.raises(BulkEditError, match="both added and removed"):
        BulkChange(add_tags=("a",), remove_tags=("a",))


def test_a_deleted_resource_comes_back_whole_under_its_id(demo_catalogue):
    food = _tag(demo_catalogue, "need:Food")
    saved = save_resource(demo_catalogue, ResourceData(
        name="Corner Pantry", organization="Neighbours United", tags=(food,),
        phones=(PhoneRecord(number="510-555-0100"), PhoneRecord(number="510-555-0101", kind="tty")),
        addresses=(AddressRecord(lines="1 Main St", city="Oakland", confidential=True),)))
    save_list(demo_catalogue, "Pantries", [ListItem(saved.id, note="ask for Ana")])
    before = everything(demo_catalogue)
    snapshot = take_snapshot(demo_catalogue, resource_scope([saved.id]))
    delete_resources(demo_catalogue, [saved.id])
    gone = everything(demo_catalogue)
    restore_snapshot(demo_catalogue, snapshot)
    assert everything(demo_catalogue) == before
    assert get_resource(demo_catalogue, saved.id).phones[1].kind == "tty"
    assert matching_ids(demo_catalogue, SearchQuery(text="corner pantry")) == [saved.id]
    restore_snapshot(demo_catalogue, snapshot.widened(resource_scope([])))  # the same again changes nothing
    assert everything(demo_catalogue) == before
    assert gone != before


def test_a_new_resource_and_its_new_organization_go_with_a_widened_snapshot(demo_catalogue):
    before = everything(demo_catalogue)
    snapshot = take_snapshot(demo_catalogue, resource_scope([]))
    saved = save_resource(demo_catalogue, ResourceData(name="Brand new", organization="A New Org"))
    widened = snapshot.widened(resource_scope([saved.id]) + organization_scope([saved.organization_id]))
    after = everything(demo_catalogue)
    redo = restore_snapshot(demo_catalogue, widened)
    assert everything(demo_catalogue) == before
    restore_snapshot(demo_catalogue, redo)
    assert everything(demo_catalogue) == after


def test_tag_merges_renames_and_deletes_are_put_back(demo_catalogue):
    food, youth = _tag(demo_catalogue, "need:Food"), _tag(demo_catalogue, "need:Housing & shelter")
    for change, scope in (
            (lambda: merge_tags(demo_catalogue, [youth.id], food.id), tag_scope([food.id, youth.id])),
            (lambda: rename_tag(demo_catalogue, food.id, "Groceries"), tag_scope([food.id], links=False)),
            (lambda: delete_tag(demo_catalogue, food.id), tag_scope([food.id]))):
        before = everything(demo_catalogue)
        snapshot = take_snapshot(demo_catalogue, scope)
        change()
        after = everything(demo_catalogue)
        assert after != before
        redo = restore_snapshot(demo_catalogue, snapshot)
        assert everything(demo_catalogue) == before
        restore_snapshot(demo_catalogue, redo)
        assert everything(demo_catalogue) == after
        restore_snapshot(demo_catalogue, snapshot)


def _cli(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_the_edit_command_changes_a_search_or_ids(capsys, demo_catalogue):
    db = str(demo_catalogue.path)
    ids = matching_ids(demo_catalogue, SearchQuery(text="trans"))
    code, out, err = _cli(capsys, "--db", db, "edit", "--query", "trans", "--add-tag", "need:Food", "--dry-run",
                          "--json")
    assert code == 0 and json.loads(out)["resources"] == len(ids) and json.loads(out)["dry_run"]
    before = everything(demo_catalogue)
    _cli(capsys, "--db", db, "edit", "--query", "trans", "--add-tag", "need:Food", "--dry-run")
    assert everything(demo_catalogue) == before
    code, out, _ = _cli(capsys, "--db", db, "edit", "--query", "trans", "--add-tag", "need:Food",
                        "--set-status", "temporarily closed", "--verified", "2026-02-03")
    assert code == 0 and out.startswith(f"changed {len(ids)} of {len(ids)} resources")
    for rid in ids:
        resource = get_resource(demo_catalogue, rid)
        assert "Food" in {t.name for t in resource.tags} and resource.status == "temporarily_closed"
        assert resource.last_verified == date(2026, 2, 3)
    code, out, _ = _cli(capsys, "--db", db, "edit", "--id", ids[0][:8], "--id", ids[1], "--set-kind", "clinic")
    assert code == 0 and out.startswith("changed 2 of 2 resources")
    assert get_resource(demo_catalogue, ids[0]).kind == "clinic"


@pytest.mark.parametrize("argv, message", [
    (("--query", "x", "--set-kind", "spaceship"), "unknown kind “spaceship”"),
    (("--query", "x"), "nothing to change"),
    (("--id", "0000", "--set-kind", "clinic"), "at least its first 8 characters"),
    (("--query", "x", "--id", "00000000", "--set-kind", "clinic"), "not both"),
    (("--set-kind", "clinic",), "say which resources"),
    (("--query", "x", "--verified", "3 March"), "is not a date"),
    (("--query", "x", "--add-tag", "need:Martians"), "no tag “need:Martians”"),
    (("--query", "x", "--add-language", "Klingonese"), "unknown language"),
])
def test_the_edit_command_refuses_bad_values_in_one_line(capsys, demo_catalogue, argv, message):
    before = everything(demo_catalogue)
    code, out, err = _cli(capsys, "--db", str(demo_catalogue.path), "edit", *argv)
    assert code == 2 and out == "" and message in err and len(err.strip().splitlines()) == 1
    assert everything(demo_catalogue) == before


def test_the_edit_command_with_no_wait_refuses_while_another_writer_holds_the_catalogue(capsys, demo_catalogue):
    from tests.importing.test_two_writers import Holder

    before = everything(demo_catalogue)
    holder = Holder(demo_catalogue.path)
    try:
        code, out, err = _cli(capsys, "--db", str(demo_catalogue.path), "edit", "--query", "", "--set-kind", "clinic",
                              "--no-wait")
    finally:
        holder.release()
    assert code == 2 and len(err.strip().splitlines()) == 1 and "another import is running" in err
    assert everything(demo_catalogue) == before
