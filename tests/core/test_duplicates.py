"""Possible duplicates: which pairs are found, "not duplicates", merging and undoing it."""

import json
import sqlite3
import subprocess
import sys
import time
from datetime import date

import pytest

from resource_desk.core.database import Catalogue
from resource_desk.core.duplicates import (
    CONFIDENTIAL,
    DuplicateError,
    dismiss_pair,
    find_duplicates,
    list_merges,
    merge_resources,
    resolve_resource_id,
    undo_merge,
)
from resource_desk.core.errors import NotFound
from resource_desk.core.lists import ListItem, load_list, save_list
from resource_desk.core.records import AddressRecord, PhoneRecord, ResourceData
from resource_desk.core.resources import delete_resources, get_resource, save_resource
from resource_desk.core.search import SearchQuery, search
from resource_desk.core.tags import list_tags


def _tag(catalogue, name):
    return next(t for t in list_tags(catalogue) if t.name == name)


def _add(catalogue, name, **fields):
    return save_resource(catalogue, ResourceData(name=name, **fields)).id


def _pairs(catalogue):
    return {frozenset(p.ids): p for p in find_duplicates(catalogue)}


def _add_category(catalogue, resource_id, name, code):
    from resource_desk.core.models import TaxonomyTerm, resource_taxonomy_terms

    with catalogue.write() as session:
        term = session.query(TaxonomyTerm).filter_by(taxonomy="AIRS/211", code=code).one_or_none()
        if term is None:
            term = TaxonomyTerm(taxonomy="AIRS/211", code=code, name=name)
            session.add(term)
            session.flush()
        session.execute(resource_taxonomy_terms.insert().values(resource_id=resource_id, term_id=term.id))


def _everything(catalogue) -> dict[str, list[tuple]]:
    """Every row of every table (the search index's content included, its inner tables not),
    as stored: what an undo must give back byte for byte. (SQLite's hidden rowid of tables
    keyed by a text id is no part of a row; resources.pk, the search index's key, is.)"""
    connection = sqlite3.connect(catalogue.path)
    try:
        tables = [name for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE 'resource_fts_%' AND name != 'resource_merges'")]
        rows = {table: sorted(connection.execute(f"SELECT * FROM {table}").fetchall(), key=repr) for table in tables}
        rows["resource_fts"] = connection.execute("SELECT rowid, * FROM resource_fts ORDER BY rowid").fetchall()
        return rows
    finally:
        connection.close()


# -- finding ------------------------------------------------------------------------------------


def test_a_shared_phone_and_a_close_name_make_a_pair(catalogue):
    a = _add(catalogue, "Casa de Esperanza Legal Clinic", organization="Casa de Esperanza",
             phones=(PhoneRecord("(415) 555-0100"),))
    b = _add(catalogue, "Casa Esperanza Legal Clinic", phones=(PhoneRecord("415.555.0100", "voice"),))
    _add(catalogue, "Casa de Esperanza Food Pantry", phones=(PhoneRecord("(415) 555-0100"),))  # the switchboard
    pairs = find_duplicates(catalogue)
    assert len(pairs) == 1
    pair = pairs[0]
    assert pair.ids == (a, b)  # the older record on the left
    assert pair.reason == "same phone (415) 555-0100 and a close name (94%)"
    assert pair.score == 94 and not pair.different_organizations
    assert pair.a.phones == ("(415) 555-0100",) and pair.a.organization == "Casa de Esperanza"


def test_a_shared_web_site_and_a_close_name_make_a_pair(catalogue):
    a = _add(catalogue, "Trans Youth Housing Program", website="https://www.transyouth.example.org/housing")
    b = _add(catalogue, "Trans Youth Housing Programs", website="http://transyouth.example.org")
    _add(catalogue, "Trans Youth Legal Help", website="https://transyouth.example.org/legal")
    [pair] = find_duplicates(catalogue)
    assert set(pair.ids) == {a, b}
    assert pair.reason == "same web site transyouth.example.org and a close name (98%)"


def test_the_same_name_at_the_same_address_makes_a_pair(catalogue):
    a = _add(catalogue, "Rainbow Food Pantry", addresses=(AddressRecord("123 Main St.", "Oakridge", "CA", "94601"),))
    b = _add(catalogue, "rainbow  food pantry", addresses=(AddressRecord("123 main st", "oakridge", None, "94601"),))
    _add(catalogue, "Main Street Library", addresses=(AddressRecord("123 Main St", "Oakridge", "CA", "94601"),))
    [pair] = find_duplicates(catalogue)
    assert set(pair.ids) == {a, b}
    assert pair.reason.startswith("same name at the same address (123 Main St., Oakridge, CA 94601")


def test_numbered_sites_are_not_duplicates(catalogue):
    phone, place = (PhoneRecord("(415) 555-0177"),), (AddressRecord("1 Plaza", "Oakridge", "CA", "94601"),)
    _add(catalogue, "Youth Drop-in Site 1", phones=phone, addresses=place, website="https://youth.example.org")
    _add(catalogue, "Youth Drop-in Site 2", phones=phone, addresses=place, website="https://youth.example.org")
    assert find_duplicates(catalogue) == []


def test_different_organizations_are_listed_and_said(catalogue):
    _add(catalogue, "Peer Support Line", organization="Oakridge Trans Alliance", phones=(PhoneRecord("510-555-0142"),))
    _add(catalogue, "Peer Support Line", organization="Bay Area Crisis Network", phones=(PhoneRecord("510-555-0142"),))
    [pair] = find_duplicates(catalogue)
    assert pair.different_organizations
    assert pair.warning == "different organizations: Oakridge Trans Alliance / Bay Area Crisis Network"


def test_confidential_addresses_are_masked(catalogue):
    hidden = AddressRecord("12 Hidden Way", "Oakridge", "CA", "94601", confidential=True)
    _add(catalogue, "Safe House", addresses=(hidden,))
    _add(catalogue, "Safe House", addresses=(AddressRecord("12 Hidden Way", "Oakridge", "CA", "94601"),))
    [pair] = find_duplicates(catalogue)
    assert pair.reason == "same name at the same confidential address"
    # The copy without the flag is the same place: masked too, on both sides.
    assert pair.a.addresses == pair.b.addresses == (CONFIDENTIAL,)
    assert "Hidden" not in json.dumps(pair.to_json())


def test_dismissed_pairs_are_gone_and_remembered_in_order(catalogue):
    a = _add(catalogue, "Queer Youth Drop-in", phones=(PhoneRecord("510-555-0150"),))
    b = _add(catalogue, "Queer Youth Drop In", phones=(PhoneRecord("510-555-0150"),))
    assert len(find_duplicates(catalogue)) == 1
    assert dismiss_pair(catalogue, b, a) is True
    assert dismiss_pair(catalogue, a, b) is False
    assert find_duplicates(catalogue) == []
    with sqlite3.connect(catalogue.path) as connection:
        assert connection.execute("SELECT resource_a, resource_b FROM duplicate_dismissals").fetchall() == [
            tuple(sorted((a, b)))]
    with pytest.raises(DuplicateError):
        dismiss_pair(catalogue, a, a)


def test_limit_keeps_the_strongest_pairs(catalogue):
    for n, word in enumerate(("Alpha", "Bravo", "Charlie")):
        phone = (PhoneRecord(f"510-555-01{n}0"),)
        _add(catalogue, f"{word} Center", phones=phone)
        _add(catalogue, f"{word} Centre", phones=phone, website=None)
    assert len(find_duplicates(catalogue)) == 3
    assert len(find_duplicates(catalogue, limit=2)) == 2


def test_ten_thousand_resources_are_compared_through_their_shared_keys(catalogue):
    """Each resource shares a phone with one other and a web site with many: only those meet."""
    n = 10_000
    with sqlite3.connect(catalogue.path) as connection:
        connection.executemany(
            "INSERT INTO resources (id, name, sort_name, kind, languages, status, website, created_at, updated_at) "
            "VALUES (?, ?, ?, 'community_resource', '', 'active', ?, '2026-01-01', '2026-01-01')",
            [(f"r{i:05d}", f"Program {i // 2} {'Center' if i % 2 else 'Centre'}",
              f"program {i // 2} {'center' if i % 2 else 'centre'}", f"https://site{i % 40}.example.org")
             for i in range(n)])
        connection.executemany(
            "INSERT INTO phones (id, resource_id, number, normalized, kind, position) VALUES (?, ?, ?, ?, 'voice', 0)",
            [(f"p{i:05d}", f"r{i:05d}", f"555-{i // 2:04d}", f"+1510555{i // 2:04d}") for i in range(n)])
    started = time.perf_counter()
    pairs = find_duplicates(catalogue)
    elapsed = time.perf_counter() - started
    assert len(pairs) == n // 2
    assert elapsed < 10, f"{elapsed:.1f}s"


# -- merging ------------------------------------------------------------------------------------


@pytest.fixture
def pair(catalogue):
    """Two records of one resource, each with something the other lacks, in two saved lists."""
    trans, housing, youth = (_tag(catalogue, n) for n in ("Transgender & nonbinary", "Housing & shelter", "Youth"))
    kept = _add(catalogue, "Trans Housing Navigation", organization="Oakridge Trans Alliance", languages=("en",),
                phones=(PhoneRecord("(510) 555-0142"),),
                addresses=(AddressRecord("12 Grand Ave", "Oakridge", "CA", "94601"),), tags=(trans,),
                private_notes="Ask for Maria", last_verified=None)
    removed = _add(catalogue, "Trans Housing Navigation Desk", languages=("es", "en"), hours="Mon–Fri 9–5",
                   website="https://housing.example.org", age_min=16, age_max=24,
                   last_verified=date(2026, 3, 1), verified_by="JR", private_notes="Spanish on Tuesdays",
                   phones=(PhoneRecord("510 555 0142"), PhoneRecord("(510) 555-0143", "tty", label="TTY")),
                   addresses=(AddressRecord("12 Grand Ave.", "Oakridge", "CA", "94601"),
                              AddressRecord("400 Elm St", "Oakridge", "CA", "94602")),
                   tags=(trans, housing, youth))
    other = _add(catalogue, "Oakridge Youth Shelter")
    _add_category(catalogue, kept, "Housing Search Assistance", "BH-3000.3550")
    _add_category(catalogue, removed, "Housing Search Assistance", "BH-3000.3550")
    _add_category(catalogue, removed, "Transgender Community", "YJ-8000")
    save_list(catalogue, "Youth housing", [ListItem(other), ListItem(removed, "call first"), ListItem(kept)])
    save_list(catalogue, "Trans resources", [ListItem(other), ListItem(removed)])
    dismiss_pair(catalogue, removed, other)
    return kept, removed, other


def test_a_merge_moves_every_kind_of_child_and_list_entry(catalogue, pair):
    kept, removed, other = pair
    result = merge_resources(catalogue, kept, removed)
    assert result.moved == {"phones": 1, "addresses": 1, "tags": 2, "source categories": 1,
                            "saved-list entries": 1, "languages": 1}
    assert "web site" in result.filled and "ages" in result.filled and "last verified" in result.filled
    assert result.summary().startswith("Merged “Trans Housing Navigation Desk” into “Trans Housing Navigation”: "
                                       "moved 1 phone, 1 address, 2 tags, 1 source category")
    with pytest.raises(NotFound):
        get_resource(catalogue, removed)
    data = get_resource(catalogue, kept)
    assert data.name == "Trans Housing Navigation" and data.organization == "Oakridge Trans Alliance"
    assert [(p.number, p.kind) for p in data.phones] == [("(510) 555-0142", "voice"), ("(510) 555-0143", "tty")]
    assert [a.lines for a in data.addresses] == ["12 Grand Ave", "400 Elm St"]
    assert {t.name for t in data.tags} == {"Transgender & nonbinary", "Housing & shelter", "Youth"}
    assert data.languages == ("en", "es")
    assert data.website == "https://housing.example.org" and data.hours == "Mon–Fri 9–5"
    assert (data.age_min, data.age_max) == (16, 24)
    assert (data.last_verified, data.verified_by) == (date(2026, 3, 1), "JR")
    assert data.private_notes.startswith("Ask for Maria\n\n") and data.private_notes.endswith("Spanish on Tuesdays")
    with sqlite3.connect(catalogue.path) as connection:
        terms = connection.execute("SELECT t.code FROM resource_taxonomy_terms r JOIN taxonomy_terms t "
                                   "ON t.id = r.term_id WHERE r.resource_id = ? ORDER BY t.code", (kept,)).fetchall()
        dismissals = connection.execute("SELECT resource_a, resource_b FROM duplicate_dismissals").fetchall()
        merges = connection.execute("SELECT kept_id, removed_id, removed_name, undone_at FROM resource_merges").fetchall()
        fts = connection.execute("SELECT count(*) FROM resource_fts").fetchone()[0]
    assert terms == [("BH-3000.3550",), ("YJ-8000",)]
    assert dismissals == [tuple(sorted((kept, other)))]  # "not duplicates" carried over
    assert merges == [(kept, removed, "Trans Housing Navigation Desk", None)]
    assert fts == 2
    # Saved lists: one entry per resource; the kept one takes the earlier place and the note.
    youth = load_list(catalogue, "Youth housing")
    assert youth.items == (ListItem(other), ListItem(kept, "call first"))
    assert load_list(catalogue, "Trans resources").resource_ids == (other, kept)
    # What moved is found through the kept one.
    found = search(catalogue, SearchQuery(text="Transgender Community"), limit=10)
    assert [r.id for r in found.rows] == [kept]
    assert [m.removed_name for m in list_merges(catalogue)] == ["Trans Housing Navigation Desk"]


def test_undo_gives_back_every_row_byte_for_byte(catalogue, pair):
    kept, removed, other = pair
    before = _everything(catalogue)
    result = merge_resources(catalogue, kept, removed)
    assert _everything(catalogue) != before
    record = undo_merge(catalogue, result.merge_id)
    assert record.undone and record.kept_name == "Trans Housing Navigation"
    assert _everything(catalogue) == before
    assert list_merges(catalogue)[0].undone_at is not None
    assert len(find_duplicates(catalogue)) == 1  # the pair is a question again


def test_undo_refuses_twice_and_after_the_kept_one_is_deleted(catalogue, pair):
    kept, removed, _ = pair
    first = merge_resources(catalogue, kept, removed)
    undo_merge(catalogue, first.merge_id)
    with pytest.raises(DuplicateError, match="undone already"):
        undo_merge(catalogue, first.merge_id)
    second = merge_resources(catalogue, kept, removed)
    delete_resources(catalogue, [kept])
    with pytest.raises(DuplicateError, match="deleted since"):
        undo_merge(catalogue, second.merge_id)
    with pytest.raises(NotFound):
        undo_merge(catalogue, "no-such-merge")


def test_undo_of_a_merge_into_a_resource_merged_away_since_says_which_to_undo_first(catalogue, pair):
    kept, removed, other = pair
    first = merge_resources(catalogue, kept, removed)
    merge_resources(catalogue, other, kept)
    with pytest.raises(DuplicateError, match="undo that merge first"):
        undo_merge(catalogue, first.merge_id)


def test_undo_after_the_kept_one_was_edited_keeps_the_edit(catalogue, pair):
    kept, removed, _ = pair
    result = merge_resources(catalogue, kept, removed)
    data = get_resource(catalogue, kept)
    save_resource(catalogue, ResourceData(**{**data.__dict__, "hours": "Weekends", "description": "Edited"}))
    undo_merge(catalogue, result.merge_id)
    restored, back = get_resource(catalogue, kept), get_resource(catalogue, removed)
    assert restored.hours == "Weekends" and restored.description == "Edited"
    assert [p.number for p in restored.phones] == ["(510) 555-0142"]  # the copies of moved phones went back
    assert [a.lines for a in restored.addresses] == ["12 Grand Ave"]
    assert [p.number for p in back.phones] == ["510 555 0142", "(510) 555-0143"]
    assert back.hours == "Mon–Fri 9–5"


def test_a_confidential_address_stays_confidential_through_a_merge(catalogue):
    kept = _add(catalogue, "Safe House", addresses=(AddressRecord("12 Hidden Way", "Oakridge", "CA", "94601"),))
    removed = _add(catalogue, "Safe House", addresses=(
        AddressRecord("12 Hidden Way", "Oakridge", "CA", "94601", confidential=True),))
    before = _everything(catalogue)
    result = merge_resources(catalogue, kept, removed)
    assert [a.confidential for a in get_resource(catalogue, kept).addresses] == [True]
    undo_merge(catalogue, result.merge_id)
    assert _everything(catalogue) == before


def test_merging_a_resource_into_itself_or_a_missing_one_is_refused(catalogue, pair):
    kept, removed, _ = pair
    with pytest.raises(DuplicateError):
        merge_resources(catalogue, kept, kept)
    with pytest.raises(NotFound):
        merge_resources(catalogue, kept, "missing")


def test_ids_are_found_by_their_first_characters(catalogue):
    rid = _add(catalogue, "Somewhere")
    assert resolve_resource_id(catalogue, rid) == rid
    assert resolve_resource_id(catalogue, rid[:8].upper()) == rid
    with pytest.raises(DuplicateError, match="at least its first 8"):
        resolve_resource_id(catalogue, rid[:5])
    with pytest.raises(NotFound):
        resolve_resource_id(catalogue, "ffffffff-ffff")


# -- the command line -----------------------------------------------------------------------------


def _cli(db, *argv):
    return subprocess.run([sys.executable, "-m", "resource_desk", "--db", str(db), "duplicates", *argv],
                          capture_output=True, text=True, timeout=120)


def test_the_command_lists_merges_and_undoes(catalogue, pair):
    kept, removed, _ = pair
    db = catalogue.path
    catalogue.close()
    listed = _cli(db, "--json")
    assert listed.returncode == 0, listed.stderr
    [shown] = json.loads(listed.stdout)
    assert {shown["a"]["id"], shown["b"]["id"]} == {kept, removed}
    assert shown["reason"].startswith("same phone (510) 555-0142 and a close name")
    text = _cli(db)
    assert "Trans Housing Navigation Desk" in text.stdout and "1 possible duplicate pair" in text.stderr
    merged = _cli(db, "--merge", kept[:13], removed)
    assert merged.returncode == 0, merged.stderr
    assert merged.stdout.startswith("Merged “Trans Housing Navigation Desk” into “Trans Housing Navigation”")
    opened = Catalogue.open(db)
    try:
        [merge] = list_merges(opened)
        with pytest.raises(NotFound):
            get_resource(opened, removed)
    finally:
        opened.close()
    assert _cli(db, "--merges").stdout.count(merge.id) == 1
    undone = _cli(db, "--undo-merge", merge.id[:8])
    assert undone.returncode == 0 and "both are back" in undone.stdout
    again = _cli(db, "--undo-merge", merge.id[:8])
    assert again.returncode == 2 and again.stderr.count("\n") == 1 and "undone already" in again.stderr
    assert _cli(db, "--not-duplicates", kept, removed).returncode == 0
    assert json.loads(_cli(db, "--json").stdout) == []


def test_the_command_refuses_unusable_ids_with_one_line(catalogue, pair, capsys):
    from resource_desk.cli import main

    kept, _, _ = pair
    for argv in (("--merge", kept, kept), ("--merge", kept[:4], kept), ("--not-duplicates", kept, "deadbeef-0000"),
                 ("--undo-merge", "deadbeef"), ("--merge", kept), ("--merge", kept, kept, "--undo-merge", "x")):
        code = main(["--db", str(catalogue.path), "duplicates", *argv])
        _, err = capsys.readouterr()
        assert code == 2, argv
        assert err.startswith("resource-desk: ") and err.count("\n") == 1, err
