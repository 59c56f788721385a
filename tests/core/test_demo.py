"""The shipped sample catalogue covers what a new user should be able to try."""

from datetime import date

from resource_desk.core.records import COST_LABELS, DELIVERY_LABELS, KIND_LABELS, is_stale
from resource_desk.core.resources import get_resources
from resource_desk.core.search import SearchQuery, matching_ids
from resource_desk.core.tags import list_tags


def test_the_sample_covers_kinds_costs_deliveries_tags_and_languages(demo_catalogue):
    everything = get_resources(demo_catalogue, matching_ids(demo_catalogue, SearchQuery(include_hidden=True)))
    assert 40 <= len(everything) <= 80
    assert {r.kind for r in everything} == set(KIND_LABELS)
    assert {r.cost for r in everything} == set(COST_LABELS)
    assert {r.delivery for r in everything} == set(DELIVERY_LABELS)
    assert all(t.resource_count > 0 for t in list_tags(demo_catalogue))
    assert len({code for r in everything for code in r.languages}) >= 5
    assert any(a.confidential for r in everything for a in r.addresses)
    assert any(r.status == "do_not_refer" for r in everything)
    assert sum(is_stale(r.last_verified, date(2026, 11, 21)) for r in everything) >= 5
    local = [r for r in everything if r.kind != "crisis_line" or "(sample)" in r.name]
    assert all(r.name.endswith("(sample)") for r in local)


def test_national_lines_carry_their_public_numbers(demo_catalogue):
    everything = get_resources(demo_catalogue, matching_ids(demo_catalogue, SearchQuery(kinds=("crisis_line",))))
    numbers = {r.name: {p.normalized for p in r.phones} for r in everything}
    assert "988" in numbers["988 Suicide & Crisis Lifeline"]
    assert "+18775658860" in numbers["Trans Lifeline"]
    assert "+18664887386" in numbers["The Trevor Project"]
    assert "+18007997233" in numbers["National Domestic Violence Hotline"]
