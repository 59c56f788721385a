"""The number beside each tag: how many results there would be with that tag ticked as
well, checked against ticking it and searching, for every tag and several searches."""

from __future__ import annotations

from dataclasses import replace

import pytest

from benchmarks.synthetic import build
from resource_desk.core.database import Catalogue
from resource_desk.core.search import SearchQuery, count, tag_counts_if_ticked
from resource_desk.store.sqlite import search as search_module


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory):
    return build(tmp_path_factory.mktemp("tag-counts") / "synthetic.sqlite3", 200, seed=5)


@pytest.mark.parametrize("small", [False, True])
def test_each_count_is_what_ticking_the_tag_would_show(synthetic, monkeypatch, small):
    if small:  # a handful of matches counts as broad, as thousands do in a large catalogue
        monkeypatch.setattr(search_module, "RANK_ALL_UP_TO", 3)
        monkeypatch.setattr(search_module, "WINDOW", 3)
        monkeypatch.setattr(search_module, "BOUNDED", 4)
    catalogue = Catalogue.open(synthetic.path)
    try:
        facets = {tag_id: facet for facet, ids in synthetic.tags.items() for tag_id in ids}
        identity, need = synthetic.tags["identity"], synthetic.tags["need"]
        queries = [
            SearchQuery(), SearchQuery(text="s"), SearchQuery(tag_ids=(identity[0],)),
            SearchQuery(tag_ids=(identity[0], identity[1])),
            SearchQuery(text="co", tag_ids=(identity[0], need[0])),
            SearchQuery(tag_ids=(identity[0], identity[1], need[2]), match_all=True),
            SearchQuery(text="support ", tag_ids=(need[0], need[1]), costs=("free",)),
        ]
        for query in queries:
            counts = tag_counts_if_ticked(catalogue, query)
            for tag_id in facets:
                ticked = replace(query, tag_ids=tuple(dict.fromkeys(query.tag_ids + (tag_id,))))
                assert counts.get(tag_id, 0) == count(catalogue, ticked), (query, tag_id)
            for tag_id in query.tag_ids:  # a ticked tag says how many results show now
                assert counts.get(tag_id, 0) == count(catalogue, query)
    finally:
        catalogue.close()
