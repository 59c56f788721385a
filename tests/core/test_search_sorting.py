"""Results in a column's order (name, organization, kind, cost, languages, last verified),
with and without words, page after page; and web addresses found by their words."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from benchmarks.synthetic import build
from resource_desk.core.database import Catalogue, head_revision
from resource_desk.core.queries import SORT_KEYS
from resource_desk.core.records import ResourceData
from resource_desk.core.resources import get_resource, save_resource
from resource_desk.core.search import SearchQuery, matching_ids, search
from resource_desk.store.sqlite import search as search_module
from resource_desk.store.sqlite.search import fts_expression

# What each sort means, said in plain SQL over every matching row (the oracle).
ORACLE = {
    "name": "r.sort_name {d}, r.pk {d}",
    "organization": "(o.id IS NULL) {d}, o.name COLLATE NOCASE {d}, o.id {d}, r.sort_name {d}, r.pk {d}",
    "kind": "r.kind {d}, r.sort_name {d}, r.pk {d}",
    "cost": "r.cost {d}, r.sort_name {d}, r.pk {d}",
    "languages": "r.languages {d}, r.sort_name {d}, r.pk {d}",
    "verified": "r.last_verified {d}, r.sort_name {d}, r.pk {d}",
}


def _names(catalogue, **fields):
    return [row.name for row in search(catalogue, SearchQuery(**fields), limit=1000).rows]


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory):
    return build(tmp_path_factory.mktemp("sorting") / "synthetic.sqlite3", 300, seed=11)


@pytest.fixture(params=["small", "usual"])
def thresholds(request, monkeypatch):
    """"small": a handful of matches counts as broad, as thousands do in a large catalogue."""
    if request.param == "small":
        monkeypatch.setattr(search_module, "RANK_ALL_UP_TO", 3)
        monkeypatch.setattr(search_module, "WINDOW", 3)
        monkeypatch.setattr(search_module, "BOUNDED", 4)


@pytest.mark.parametrize("sort", SORT_KEYS)
@pytest.mark.parametrize("descending", [False, True])
def test_every_sort_agrees_with_plain_sql_page_after_page(synthetic, thresholds, sort, descending):
    catalogue = Catalogue.open(synthetic.path)
    conn = sqlite3.connect(synthetic.path)
    try:
        identity = synthetic.tags["identity"][0]
        for text, tag_ids in (("", ()), ("s", ()), ("support ", ()), ("co", (identity,)), ("", (identity,))):
            query = SearchQuery(text=text, tag_ids=tag_ids, sort=sort, descending=descending)
            sql = ("SELECT r.id FROM resources r LEFT JOIN organizations o ON o.id = r.organization_id"
                   " WHERE r.status NOT IN ('inactive', 'do_not_refer')")
            params: list = []
            expression = fts_expression(text)
            if expression:
                sql += " AND r.pk IN (SELECT rowid FROM resource_fts WHERE resource_fts MATCH ?)"
                params.append(expression)
            for tag_id in tag_ids:
                sql += " AND r.id IN (SELECT resource_id FROM resource_tags WHERE tag_id = ?)"
                params.append(tag_id)
            sql += " ORDER BY " + ORACLE[sort].format(d="DESC" if descending else "ASC")
            expected = [row[0] for row in conn.execute(sql, params)]
            assert len(expected) > 3, query
            pages, offset = [], 0
            while True:
                page = search(catalogue, query, limit=7, offset=offset)
                assert page.total == len(expected), query
                if not page.rows:
                    break
                pages += [row.id for row in page.rows]
                offset += 7
            assert pages == expected, query
            assert matching_ids(catalogue, query) == expected, query
    finally:
        conn.close()
        catalogue.close()


def test_last_verified_puts_the_never_verified_then_the_oldest_first(catalogue):
    save_resource(catalogue, ResourceData(name="Checked last week", last_verified=date(2026, 11, 20)))
    save_resource(catalogue, ResourceData(name="Never checked"))
    save_resource(catalogue, ResourceData(name="Checked long ago", last_verified=date(2023, 2, 1)))
    assert _names(catalogue, sort="verified") == ["Never checked", "Checked long ago", "Checked last week"]
    assert _names(catalogue, sort="verified", descending=True) == [
        "Checked last week", "Checked long ago", "Never checked"]


def test_words_keep_relevance_unless_a_column_is_chosen(catalogue):
    save_resource(catalogue, ResourceData(name="Another clinic", description="housing help"))
    save_resource(catalogue, ResourceData(name="Housing Now"))
    assert _names(catalogue, text="housing") == ["Housing Now", "Another clinic"]  # the name match first
    assert _names(catalogue, text="housing", sort="name") == ["Another clinic", "Housing Now"]
    assert _names(catalogue, text="housing", sort="name", descending=True) == ["Housing Now", "Another clinic"]


def test_organization_sorts_by_its_name_then_those_without_one(catalogue):
    save_resource(catalogue, ResourceData(name="Zeta group", organization="alder collective"))
    save_resource(catalogue, ResourceData(name="On its own"))
    save_resource(catalogue, ResourceData(name="Alpha group", organization="Birch House"))
    save_resource(catalogue, ResourceData(name="Beta group", organization="alder collective"))
    assert _names(catalogue, sort="organization") == ["Beta group", "Zeta group", "Alpha group", "On its own"]
    assert _names(catalogue, sort="organization", descending=True) == [
        "On its own", "Alpha group", "Zeta group", "Beta group"]


def test_an_unknown_sort_is_refused():
    with pytest.raises(ValueError, match="unknown sort"):
        SearchQuery(sort="colour")


# -- web addresses ---------------------------------------------------------------------------


def test_web_addresses_and_other_names_are_searched(catalogue):
    save_resource(catalogue, ResourceData(name="Lavender Youth Recreation & Information Center",
                                          website="https://www.lyric.org/programs"))
    save_resource(catalogue, ResourceData(name="Drop-in", organization="Trans Lifeline"))
    assert _names(catalogue, text="lyric") == ["Lavender Youth Recreation & Information Center"]
    assert _names(catalogue, text="lyr") == ["Lavender Youth Recreation & Information Center"]
    assert _names(catalogue, text="programs") == ["Lavender Youth Recreation & Information Center"]
    assert _names(catalogue, text="www") == [] and _names(catalogue, text="https ") == []


def test_an_organizations_web_address_and_alternate_name_follow_edits(catalogue):
    saved = save_resource(catalogue, ResourceData(name="Youth drop-in", organization="Lavender Youth Center"))
    with catalogue.write() as session:
        from resource_desk.core.models import Organization

        org = session.get(Organization, get_resource(catalogue, saved.id).organization_id)
        org.website = "lyric.org"
        org.alternate_name = "LYRIC SF"
    assert _names(catalogue, text="lyric") == ["Youth drop-in"]
    assert _names(catalogue, text="sf ") == ["Youth drop-in"]
    record = get_resource(catalogue, saved.id)
    save_resource(catalogue, ResourceData(id=saved.id, name=record.name, organization=record.organization,
                                          website="https://qtpoc.example/"))
    assert _names(catalogue, text="qtpoc") == ["Youth drop-in"]


def test_a_catalogue_upgraded_from_0005_finds_web_addresses_and_sorts(tmp_path):
    """Migration 0006 on a catalogue with resources: the index is rebuilt with web words,
    the triggers follow later edits, the sort indexes are there."""
    from resource_desk.core.database import upgrade_to

    path = tmp_path / "old.sqlite3"
    upgrade_to(path, "0005")
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO organizations (id, name, website, created_at, updated_at)"
                     " VALUES ('o1', 'Lavender Youth Center', 'http://www.lyric.org', '2026-01-01', '2026-01-01')")
        for pk, name, verified in ((1, "Drop-in", "2025-03-01"), (2, "Peer group", None)):
            conn.execute("INSERT INTO resources (pk, id, organization_id, name, kind, languages, status, sort_name,"
                         " last_verified, created_at, updated_at) VALUES (?, ?, 'o1', ?, 'support_group', 'en',"
                         " 'active', ?, ?, '2026-01-01', '2026-01-01')", (pk, f"r{pk}", name, name.lower(), verified))
        assert conn.execute("SELECT count(*) FROM resource_fts WHERE resource_fts MATCH 'lyric'").fetchone()[0] == 0
    catalogue = Catalogue.open(path)
    try:
        assert catalogue.revision() == head_revision()
        assert set(_names(catalogue, text="lyric")) == {"Drop-in", "Peer group"}
        assert _names(catalogue, sort="verified") == ["Peer group", "Drop-in"]
        with catalogue.write() as session:
            from resource_desk.core.models import Organization

            session.get(Organization, "o1").website = "https://qtyouth.example"
        assert _names(catalogue, text="lyric") == [] and len(_names(catalogue, text="qtyouth")) == 2
    finally:
        catalogue.close()
    with sqlite3.connect(path) as conn:
        indexes = {name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert {"ix_resources_last_verified_sort_name", "ix_resources_kind_sort_name",
            "ix_organizations_name_nocase"} <= indexes
    assert "ix_resources_last_verified" not in indexes
