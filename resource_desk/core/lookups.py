"""Small read-only lookups the resource form and the filters offer as choices, and the
counts beside the sidebar's tags.

Each call is one short read of the catalogue's store (the window asks for some of them
before it first shows; SQLAlchemy is not loaded by then) and returns plain values.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import TYPE_CHECKING

from resource_desk.core.search import SearchQuery, facet_counts
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
    """Tag id -> how many results carry it, for the counts beside a facet sidebar's tags.

    With ``match_all`` (or no tag chosen) these are the counts of the current results.
    Otherwise a chosen tag widens its facet ("any of"), so within a facet that has chosen
    tags each tag's count leaves that facet's own choices out: it says how many resources
    ticking the tag brings, given everything else. ``tag_facets`` maps tag ids to facets.
    """
    counts = facet_counts(catalogue, query)
    if query.match_all or not query.tag_ids:
        return counts
    chosen_facets = {tag_facets.get(tag_id) for tag_id in query.tag_ids} - {None}
    for facet in chosen_facets:
        others = tuple(t for t in query.tag_ids if tag_facets.get(t) != facet)
        loose = facet_counts(catalogue, replace(query, tag_ids=others))
        for tag_id, tag_facet in tag_facets.items():
            if tag_facet == facet:
                counts[tag_id] = loose.get(tag_id, 0)
    return counts
