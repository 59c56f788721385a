"""Small read-only lookups the resource form and the filters offer as choices, and the
counts beside the sidebar's tags.

Each call is one short read of the catalogue's store (the window asks for some of them
before it first shows; SQLAlchemy is not loaded by then) and returns plain values.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import TYPE_CHECKING

from resource_desk.core.search import SearchQuery, count, facet_counts
from resource_desk.core.text import fold

if TYPE_CHECKING:
    from resource_desk.core.database import Catalogue

def resource_total(catalogue: Catalogue) -> int:
    """Every resource in the catalogue, whatever its status (0 means an empty catalogue)."""
    return catalogue.store.resource_total()


def organization_names(catalogue: Catalogue) -> list[str]:
    """The organizations' names, sorted as people read them."""
    return sorted(catalogue.store.organization_names(), key=fold)


def languages_in_use(catalogue: Catalogue) -> list[str]:
    """The language codes at least one resource offers."""
    codes: set[str] = set()
    for combo in catalogue.store.language_sets():
        codes.update(combo.split())
    return sorted(codes)


def verifier_names(catalogue: Catalogue, limit: int = 50) -> list[str]:
    """Who has verified resources so far ("JR", "Alex"), most frequent first."""
    return catalogue.store.verifier_names(limit)


def sidebar_facet_counts(catalogue: Catalogue, query: SearchQuery,
                         tag_facets: Mapping[str, str]) -> dict[str, int]:
    """Tag id -> how many results there would be with that tag ticked as well (the current
    words, filters and ticked tags, and this tag), as faceted search shows it.

    A ticked tag says how many results show now. An unticked tag narrows the results where
    its facet has no ticked tag, or with ``match_all``: then it is how many of the current
    results carry it. Where its facet already has ticked tags, "any of" them will do, so it
    widens them: the current results plus those it would bring. ``tag_facets`` maps tag ids
    to facets. One read transaction, so every number comes from the same state.
    """
    with catalogue.connect():  # the calls below share this snapshot
        counts = facet_counts(catalogue, query)
        if not query.tag_ids:
            return counts
        total = count(catalogue, query)
        ticked = set(query.tag_ids)
        if not query.match_all:
            for facet in {tag_facets.get(tag_id) for tag_id in ticked} - {None}:
                others = tuple(t for t in query.tag_ids if tag_facets.get(t) != facet)
                # Resources that pass everything but this facet's tags and carry the tag...
                loose = facet_counts(catalogue, replace(query, tag_ids=others))
                for tag_id, tag_facet in tag_facets.items():
                    if tag_facet == facet and tag_id not in ticked:
                        # ... add to the current results those of them not among them already.
                        gained = loose.get(tag_id, 0) - counts.get(tag_id, 0)
                        counts[tag_id] = total + gained
        for tag_id in ticked:
            counts[tag_id] = total
        return {tag_id: n for tag_id, n in counts.items() if n}
    chosen_facets = {tag_facets.get(tag_id) for tag_id in query.tag_ids} - {None}
    for facet in chosen_facets:
        others = tuple(t for t in query.tag_ids if tag_facets.get(t) != facet)
        loose = facet_counts(catalogue, replace(query, tag_ids=others))
        for tag_id, tag_facet in tag_facets.items():
            if tag_facet == facet:
                counts[tag_id] = loose.get(tag_id, 0)
    return counts
