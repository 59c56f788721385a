"""What a search finds, in what order, and that the index follows every change.

Small catalogues are built through the services, as a person would fill them. The paths
that large catalogues take (a broad search ranked among its first matches, filters turned
into bitmaps) are exercised here too, by shrinking their thresholds.
"""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date, timedelta

import pytest

from benchmarks.synthetic import build
from resource_desk.store.sqlite import search as search_module
from resource_desk.core.records import ResourceData
from resource_desk.core.resources import delete_resources, save_resource
from resource_desk.core.search import SearchQuery, count, facet_counts, matching_ids, search
from resource_desk.store.sqlite.search import fts_expression
from resource_desk.core.tags import delete_tag, list_tags, merge_tags, rename_tag, set_aliases


def _tag(catalogue, name, facet=None):
    return next(t for t in list_tags(catalogue) if t.name == name and (facet is None or t.facet == facet))


def _add(catalogue, name, tags=(), **fields):
    return save_resource(catalogue, ResourceData(name=name, tags=tuple(_tag(catalogue, t) for t in tags), **fields))


def _names(catalogue, text="", **fields):
    return [row.name for row in search(catalogue, SearchQuery(text=text, **fields), limit=1000).rows]


@pytest.fixture
def small_thresholds(monkeypatch):
    """Make a handful of matches "broad", as thousands are in a large catalogue."""
    monkeypatch.setattr(search_module, "RANK_ALL_UP_TO", 3)
    monkeypatch.setattr(search_module, "WINDOW", 3)
    monkeypatch.setattr(search_module, "BOUNDED", 4)


# -- words ---------------------------------------------------------------------------------


def test_the_expression_makes_finished_words_whole_and_the_last_one_a_prefix():
    assert fts_expression("trans hou") == '"trans" "hou"*'
    assert fts_expression("trans hou ") == '"trans" "hou"'
    assert fts_expression("trans hou", prefix_all=True) == '"trans"* "hou"*'
    assert fts_expression("  ,;  ") is None
    assert fts_expression('say "hi" OR NOT') == '"say" "hi" "OR" "NOT"*'  # operators are words here
    # The index cuts words at an underscore too; one word of the expression is one of the index's.
    assert fts_expression("peer_support") == '"peer" "support"*'


def test_words_joined_by_punctuation_are_found_as_separate_words(catalogue):
    _add(catalogue, "Peer Support Line", description="call-in hours; e-mail us")
    for words in ("peer_support", "call-in", "e-mail", "e mail", "e_m"):
        assert _names(catalogue, words) == ["Peer Support Line"], words


def test_accents_and_case_do_not_matter(catalogue):
    _add(catalogue, "Clínica Latina", description="Atención en español")
    _add(catalogue, "Food Pantry")
    assert _names(catalogue, "clinica") == ["Clínica Latina"]
    assert _names(catalogue, "CLÍNICA latina ") == ["Clínica Latina"]
    assert _names(catalogue, "atencion espanol") == ["Clínica Latina"]


def test_the_word_being_typed_is_a_prefix(catalogue):
    _add(catalogue, "Trans Housing Collective")
    _add(catalogue, "Transportation Help")
    _add(catalogue, "Food Pantry")
    assert set(_names(catalogue, "h")) == {"Transportation Help", "Trans Housing Collective"}
    assert _names(catalogue, "hou") == ["Trans Housing Collective"]
    assert sorted(_names(catalogue, "tran")) == ["Trans Housing Collective", "Transportation Help"]
    # "trans" is finished once a word follows it: it no longer matches "Transportation".
    assert _names(catalogue, "trans h") == ["Trans Housing Collective"]


def test_a_word_followed_by_a_space_is_a_whole_word(catalogue):
    _add(catalogue, "Trans Housing Collective")
    _add(catalogue, "Transportation Help")
    assert sorted(_names(catalogue, "trans")) == ["Trans Housing Collective", "Transportation Help"]
    assert _names(catalogue, "trans ") == ["Trans Housing Collective"]


def test_whole_words_that_find_nothing_are_tried_as_prefixes(catalogue):
    _add(catalogue, "Housing and Food Bank")
    _add(catalogue, "Food Pantry")
    assert _names(catalogue, "hous food ") == ["Housing and Food Bank"]
    # ... but not when the whole words do find something.
    _add(catalogue, "Hous Food Co-op")
    assert _names(catalogue, "hous food ") == ["Hous Food Co-op"]


def test_organization_tags_and_languages_are_searched_too(catalogue):
    _add(catalogue, "Drop-in", organization="Casa Libre")
    _add(catalogue, "Night Shelter", tags=("Housing & shelter",))
    _add(catalogue, "Legal Line", languages=("es",))
    assert _names(catalogue, "casa libre") == ["Drop-in"]
    assert _names(catalogue, "shelter") == ["Night Shelter"]
    assert _names(catalogue, "rental assistance") == ["Night Shelter"]  # an alias of the tag
    assert _names(catalogue, "español") == ["Legal Line"]
    assert _names(catalogue, "spanish") == ["Legal Line"]


def test_nothing_matches_nothing(catalogue):
    _add(catalogue, "Food Pantry")
    page = search(catalogue, SearchQuery(text="zzzz nothing"))
    assert page.total == 0 and page.rows == ()
    assert count(catalogue, SearchQuery(text="zzzz")) == 0
    assert facet_counts(catalogue, SearchQuery(text="zzzz")) == {}
    assert matching_ids(catalogue, SearchQuery(text="zzzz")) == []


# -- order -----------------------------------------------------------------------------------


def test_a_match_in_the_name_ranks_above_one_in_the_description_then_by_name(catalogue):
    _add(catalogue, "Community Center", description="Weekly housing workshops and more")
    _add(catalogue, "Housing Rights Clinic", description="Tenants")
    _add(catalogue, "Aardvark House", description="Housing help")
    _add(catalogue, "Bright Housing Rights Clinic", description="Tenants")
    names = _names(catalogue, "housing ")
    assert names[-1] == "Community Center"
    # Equal relevance falls back to the name: the two clinics score the same but for length.
    assert names.index("Housing Rights Clinic") < names.index("Community Center")
    assert names.index("Aardvark House") < names.index("Community Center")


def test_equal_relevance_goes_by_name_ignoring_case_and_accents(catalogue):
    for name in ("Élan Pantry", "apple Pantry", "Zest Pantry", "Bread Pantry"):
        _add(catalogue, name)
    assert _names(catalogue, "pantry") == ["apple Pantry", "Bread Pantry", "Élan Pantry", "Zest Pantry"]


def test_without_words_every_resource_comes_by_name(catalogue):
    for name in ("Zeta", "alpha", "Émile", "beta"):
        _add(catalogue, name)
    assert _names(catalogue) == ["alpha", "beta", "Émile", "Zeta"]


def test_pages_follow_each_other_without_gaps_or_repeats(catalogue):
    for i in range(25):
        _add(catalogue, f"Peer Group {i:02d}", description="peer support" if i % 2 else "support")
    query = SearchQuery(text="support")
    everything = matching_ids(catalogue, query)
    assert len(everything) == 25
    pages = [search(catalogue, query, limit=10, offset=offset) for offset in (0, 10, 20)]
    assert all(page.total == 25 for page in pages)
    assert [row.id for page in pages for row in page.rows] == everything
    assert search(catalogue, query, limit=10, offset=30).rows == ()
    without = search(catalogue, query, limit=10, offset=10, with_total=False)
    assert [row.id for row in without.rows] == everything[10:20]


# -- filters ---------------------------------------------------------------------------------


def test_tags_any_within_a_facet_all_across_facets(catalogue):
    _add(catalogue, "Trans Housing", tags=("Transgender & nonbinary", "Housing & shelter"))
    _add(catalogue, "Youth Housing", tags=("Youth", "Housing & shelter"))
    _add(catalogue, "Trans Youth Food", tags=("Transgender & nonbinary", "Youth", "Food"))
    _add(catalogue, "Untagged")
    trans, youth = _tag(catalogue, "Transgender & nonbinary"), _tag(catalogue, "Youth")
    housing, food = _tag(catalogue, "Housing & shelter"), _tag(catalogue, "Food")

    assert _names(catalogue, tag_ids=(trans.id, youth.id)) == ["Trans Housing", "Trans Youth Food", "Youth Housing"]
    assert _names(catalogue, tag_ids=(trans.id, youth.id), match_all=True) == ["Trans Youth Food"]
    assert _names(catalogue, tag_ids=(trans.id, housing.id)) == ["Trans Housing"]
    assert _names(catalogue, tag_ids=(youth.id, housing.id, food.id)) == ["Trans Youth Food", "Youth Housing"]
    assert _names(catalogue, "housing", tag_ids=(youth.id,)) == ["Youth Housing"]
    assert _names(catalogue, tag_ids=("no-such-tag",)) == []


def test_kind_language_cost_and_delivery_filters(catalogue):
    _add(catalogue, "Free Clinic", kind="clinic", cost="free", delivery="in_person", languages=("en", "es"))
    _add(catalogue, "Paid Clinic", kind="clinic", cost="paid", delivery="remote", languages=("en",))
    _add(catalogue, "Legal Aid", kind="legal_aid", cost="free", delivery="hybrid", languages=("es", "vi"))
    assert _names(catalogue, kinds=("clinic",)) == ["Free Clinic", "Paid Clinic"]
    assert _names(catalogue, kinds=("clinic", "legal_aid"), costs=("free",)) == ["Free Clinic", "Legal Aid"]
    assert _names(catalogue, deliveries=("remote", "hybrid")) == ["Legal Aid", "Paid Clinic"]
    assert _names(catalogue, languages=("es",)) == ["Free Clinic", "Legal Aid"]
    assert _names(catalogue, languages=("vi", "en"), costs=("paid",)) == ["Paid Clinic"]
    assert _names(catalogue, "clinic", languages=("es",)) == ["Free Clinic"]


def test_hidden_statuses_are_left_out_unless_asked_for(catalogue):
    _add(catalogue, "Open Pantry")
    _add(catalogue, "Closed For Now Pantry", status="temporarily_closed")
    _add(catalogue, "Old Pantry", status="inactive")
    _add(catalogue, "Bad Pantry", status="do_not_refer")
    assert sorted(_names(catalogue, "pantry")) == ["Closed For Now Pantry", "Open Pantry"]
    assert len(_names(catalogue, "pantry", include_hidden=True)) == 4
    assert _names(catalogue, statuses=("inactive", "do_not_refer")) == ["Bad Pantry", "Old Pantry"]
    assert search(catalogue, SearchQuery()).total == 2
    assert search(catalogue, SearchQuery(include_hidden=True)).total == 4


def test_not_verified_in_the_last_months(catalogue):
    today = date.today()
    _add(catalogue, "Fresh", last_verified=today - timedelta(days=10))
    _add(catalogue, "Stale", last_verified=today - timedelta(days=500))
    _add(catalogue, "Never")
    assert _names(catalogue, not_verified_months=12) == ["Never", "Stale"]
    assert _names(catalogue, not_verified_months=24) == ["Never"]


def test_a_selection_restricts_the_search(catalogue):
    a = _add(catalogue, "Alpha Pantry")
    _add(catalogue, "Beta Pantry")
    c = _add(catalogue, "Gamma Pantry")
    assert _names(catalogue, "pantry", resource_ids=(a.id, c.id)) == ["Alpha Pantry", "Gamma Pantry"]
    assert _names(catalogue, resource_ids=()) == []


def test_count_and_matching_ids_agree_with_search(catalogue):
    for i in range(7):
        _add(catalogue, f"Group {i}", tags=("Youth",) if i % 2 else (), status="inactive" if i == 3 else "active")
    query = SearchQuery(text="group")
    assert count(catalogue, query) == search(catalogue, query).total == 6
    assert matching_ids(catalogue, query) == [row.id for row in search(catalogue, query).rows]


# -- facet counts ----------------------------------------------------------------------------


def test_facet_counts_count_the_current_results(catalogue):
    _add(catalogue, "Trans Housing", tags=("Transgender & nonbinary", "Housing & shelter"))
    _add(catalogue, "Youth Housing", tags=("Youth", "Housing & shelter"))
    _add(catalogue, "Youth Food", tags=("Youth", "Food"))
    _add(catalogue, "Closed Youth Food", tags=("Youth", "Food"), status="inactive")
    youth, housing = _tag(catalogue, "Youth"), _tag(catalogue, "Housing & shelter")
    food, trans = _tag(catalogue, "Food"), _tag(catalogue, "Transgender & nonbinary")

    assert facet_counts(catalogue, SearchQuery()) == {youth.id: 2, housing.id: 2, food.id: 1, trans.id: 1}
    assert facet_counts(catalogue, SearchQuery(include_hidden=True))[youth.id] == 3
    assert facet_counts(catalogue, SearchQuery(text="housing")) == {youth.id: 1, housing.id: 2, trans.id: 1}
    assert facet_counts(catalogue, SearchQuery(tag_ids=(youth.id,))) == {youth.id: 2, housing.id: 1, food.id: 1}
    assert facet_counts(catalogue, SearchQuery(kinds=("clinic",))) == {}


# -- the index follows changes ------------------------------------------------------------


def test_an_edited_name_is_found_and_the_old_one_is_not(catalogue):
    saved = _add(catalogue, "Sunrise Pantry", description="groceries")
    save_resource(catalogue, replace(saved, name="Harbor Kitchen", description="hot meals"))
    assert _names(catalogue, "harbor") == ["Harbor Kitchen"]
    assert _names(catalogue, "meals") == ["Harbor Kitchen"]
    assert _names(catalogue, "sunrise") == []
    assert _names(catalogue, "groceries") == []


def test_a_renamed_tag_is_found_by_its_new_name(catalogue):
    tag = _tag(catalogue, "Food")
    _add(catalogue, "Kitchen", tags=("Food",))
    rename_tag(catalogue, tag.id, "Groceries and meals")
    assert _names(catalogue, "groceries and meals") == ["Kitchen"]
    # The old name stays an alias (so imports keep matching it), and aliases are searched.
    assert _names(catalogue, "food") == ["Kitchen"]
    set_aliases(catalogue, tag.id, [])
    assert _names(catalogue, "food") == []
    assert _names(catalogue, "groceries") == ["Kitchen"]


def test_merged_and_deleted_tags_leave_the_index(catalogue):
    _add(catalogue, "Night Shelter", tags=("Unhoused",))
    _add(catalogue, "Ride Share", tags=("Transportation",))
    unhoused, lgbt = _tag(catalogue, "Unhoused"), _tag(catalogue, "LGBTQIA+")
    merge_tags(catalogue, [unhoused.id], lgbt.id)
    assert _names(catalogue, "lgbtqia") == ["Night Shelter"]
    assert _names(catalogue, tag_ids=(lgbt.id,)) == ["Night Shelter"]
    transportation = _tag(catalogue, "Transportation")
    delete_tag(catalogue, transportation.id)
    assert _names(catalogue, "transportation") == []
    assert _names(catalogue, "ride") == ["Ride Share"]


def test_deleted_resources_are_no_longer_found(catalogue):
    a = _add(catalogue, "Alpha Pantry")
    _add(catalogue, "Beta Pantry")
    delete_resources(catalogue, [a.id])
    assert _names(catalogue, "pantry") == ["Beta Pantry"]
    assert _names(catalogue, "alpha") == []


# -- broad searches and bitmaps (thresholds shrunk) --------------------------------------


def test_a_broad_search_counts_every_match_and_pages_through_all(catalogue, small_thresholds):
    _add(catalogue, "Zeta Item", description="pantry")
    _add(catalogue, "Pantry Network")  # the word in the name
    for i in range(11):
        _add(catalogue, f"Item {i:02d}", description="pantry" if i % 3 else "pantry shelf",
             status="inactive" if i == 5 else "active")
    query = SearchQuery(text="pan")
    page = search(catalogue, query, limit=2)
    assert page.total == 12
    # Ranked among the first matches (three here): the name match first, then by name.
    assert [row.name for row in page.rows] == ["Pantry Network", "Item 00"]
    ids = matching_ids(catalogue, query)
    assert len(ids) == len(set(ids)) == 12
    pages = [row.id for offset in range(0, 14, 2) for row in search(catalogue, query, limit=2, offset=offset).rows]
    assert pages == ids
    assert count(catalogue, query) == 12


def test_broad_searches_filter_exactly(catalogue, small_thresholds):
    youth, food = _tag(catalogue, "Youth"), _tag(catalogue, "Food")
    for i in range(16):
        tags = [t for t, on in (("Youth", i % 2 == 0), ("Food", i % 4 == 0)) if on]
        _add(catalogue, f"Place {i:02d}", tags=tags, description="community place",
             cost="free" if i < 8 else "paid", status="do_not_refer" if i == 4 else "active")
    expectations = [
        (SearchQuery(text="comm"), 15),
        (SearchQuery(text="comm", include_hidden=True), 16),
        (SearchQuery(text="comm", tag_ids=(youth.id,)), 7),
        (SearchQuery(text="comm", tag_ids=(youth.id, food.id), match_all=True), 3),
        (SearchQuery(text="comm", costs=("free",)), 7),
        (SearchQuery(text="comm", costs=("paid",), tag_ids=(youth.id,)), 4),
        (SearchQuery(costs=("paid",), tag_ids=(youth.id,)), 4),
        (SearchQuery(tag_ids=(food.id,)), 3),
    ]
    for query, expected in expectations:
        page = search(catalogue, query, limit=100)
        assert page.total == expected == len(page.rows) == count(catalogue, query), query
        assert len(matching_ids(catalogue, query)) == expected
    counts = facet_counts(catalogue, SearchQuery(text="comm"))
    assert counts == {youth.id: 7, food.id: 3}
    assert facet_counts(catalogue, SearchQuery(costs=("free",))) == {youth.id: 3, food.id: 1}


def test_what_search_keeps_between_calls_follows_every_change(catalogue, small_thresholds):
    youth = _tag(catalogue, "Youth")
    saved = [_add(catalogue, f"Center {i}", description="drop-in center", tags=("Youth",) if i < 3 else ())
             for i in range(6)]
    query = SearchQuery(text="cent", tag_ids=(youth.id,))
    assert search(catalogue, query).total == 3
    save_resource(catalogue, replace(saved[4], tags=(youth,)))  # through the app
    assert search(catalogue, query).total == 4
    with sqlite3.connect(catalogue.path) as other:  # another program (or window) writes
        other.execute("UPDATE resources SET status = 'inactive' WHERE id = ?", (saved[0].id,))
    assert search(catalogue, query).total == 3
    assert search(catalogue, SearchQuery()).total == 5


@pytest.mark.parametrize("one_by_one", [0, 1, 100])
def test_tag_bitmaps_made_in_one_pass_or_one_by_one_follow_changes(catalogue, small_thresholds, monkeypatch,
                                                                   one_by_one):
    """Tag bitmaps are made one at a time, then all at once; either way a write by another
    connection (or by the app) throws them away."""
    monkeypatch.setattr(search_module, "TAGS_ONE_BY_ONE", one_by_one)
    youth, food, legal = _tag(catalogue, "Youth"), _tag(catalogue, "Food"), _tag(catalogue, "Legal aid")
    saved = [_add(catalogue, f"Center {i}", description="drop-in center",
                  tags=(("Youth",) if i < 3 else ()) + (("Food",) if i % 2 else ())) for i in range(6)]
    youth_q = SearchQuery(text="cent", tag_ids=(youth.id,))
    food_q = SearchQuery(tag_ids=(food.id,))
    legal_q = SearchQuery(text="center", tag_ids=(legal.id,))  # a tag no resource carries
    assert search(catalogue, youth_q).total == 3
    assert search(catalogue, food_q).total == 3
    assert search(catalogue, legal_q).total == 0
    assert search(catalogue, SearchQuery(text="c", tag_ids=(youth.id, food.id), match_all=True)).total == 1
    with sqlite3.connect(catalogue.path) as other:  # another program (or window) tags two more
        other.execute("INSERT INTO resource_tags (resource_id, tag_id) VALUES (?, ?)", (saved[5].id, youth.id))
        other.execute("INSERT INTO resource_tags (resource_id, tag_id) VALUES (?, ?)", (saved[0].id, legal.id))
    assert search(catalogue, youth_q).total == 4
    assert search(catalogue, legal_q).total == 1
    assert search(catalogue, food_q).total == 3
    save_resource(catalogue, replace(saved[1], tags=()))  # through the app: no longer Youth nor Food
    assert search(catalogue, youth_q).total == 3
    assert search(catalogue, food_q).total == 2
    assert [row.name for row in search(catalogue, food_q).rows] == ["Center 3", "Center 5"]


def test_a_synthetic_catalogue_agrees_with_plain_sql(tmp_path, small_thresholds):
    """Every search of a generated catalogue against a straightforward SQL oracle."""
    info = build(tmp_path / "synthetic.sqlite3", 150, seed=7)
    from resource_desk.core.database import Catalogue

    catalogue = Catalogue.open(info.path)
    conn = sqlite3.connect(info.path)
    try:
        identity, need = info.tags["identity"], info.tags["need"]
        queries = [
            SearchQuery(text="s"), SearchQuery(text="support "), SearchQuery(text="trans h"),
            SearchQuery(text="co", tag_ids=(identity[0], need[1])), SearchQuery(tag_ids=(identity[2],)),
            SearchQuery(text="a", costs=("free",), languages=("es",)), SearchQuery(kinds=("clinic",)),
        ]
        for query in queries:
            expression = fts_expression(query.text)
            sql = "SELECT r.id FROM resources r WHERE r.status NOT IN ('inactive', 'do_not_refer')"
            params: list = []
            if expression:
                sql += " AND r.pk IN (SELECT rowid FROM resource_fts WHERE resource_fts MATCH ?)"
                params.append(expression)
            for tag_id in query.tag_ids:
                sql += " AND r.id IN (SELECT resource_id FROM resource_tags WHERE tag_id = ?)"
                params.append(tag_id)
            for column, values in (("kind", query.kinds), ("cost", query.costs)):
                if values:
                    sql += f" AND r.{column} IN ({', '.join('?' * len(values))})"
                    params += values
            for code in query.languages:
                sql += " AND (' ' || r.languages || ' ') LIKE ?"
                params.append(f"% {code} %")
            expected = {row[0] for row in conn.execute(sql, params)}
            page = search(catalogue, query, limit=10)
            assert page.total == len(expected), query
            assert {row.id for row in page.rows} <= expected
            assert set(matching_ids(catalogue, query)) == expected
            tags = {}
            for (tag_id,) in conn.execute(
                    f"SELECT tag_id FROM resource_tags WHERE resource_id IN ({', '.join('?' * len(expected))})",
                    list(expected)):
                tags[tag_id] = tags.get(tag_id, 0) + 1
            assert facet_counts(catalogue, query) == tags, query
    finally:
        conn.close()
        catalogue.close()


@pytest.mark.parametrize("name", [
    "trans housing collective", "transportation", "the trans-help line", "a_trans", "x trans", "", "hou", "¼ trans",
    "clínica", "latina clinica", "transs", "ho use",
])
@pytest.mark.parametrize("words", [
    [("trans", False)], [("trans", True)], [("trans", False), ("hou", True)], [("clinica", False), ("lat", True)],
    [("1⁄4", False)], [("a", True), ("trans", True)],
])
def test_the_quick_name_count_agrees_with_cutting_names_into_words(words, name):
    assert search_module._found_counter(words)(name) == search_module._found_in(words, name)


def test_a_superseded_search_stops_inside_sqlite(catalogue, monkeypatch):
    """The window's search of an older keystroke gives up mid-statement once a newer one came."""
    from resource_desk.core.progress import Cancelled

    for i in range(30):
        _add(catalogue, f"Support group {i}")
    monkeypatch.setattr(search_module, "SUPERSEDED_STEPS", 1)  # SQLite asks at every step
    asked = []

    def superseded():
        asked.append(1)
        return len(asked) > 3  # a few steps in, a newer keystroke arrives

    with pytest.raises(Cancelled):
        search(catalogue, SearchQuery(text="s"), superseded=superseded)
    assert 3 < len(asked) < 10  # it stopped at once, not at the end
    assert search(catalogue, SearchQuery(text="s"), superseded=lambda: False).total == 30
