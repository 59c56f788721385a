"""Finding resources: full-text words plus filters, ranked by relevance then name.

What is asked (``SearchQuery``) and what comes back (``SearchPage``), and the five calls
the CLI and the GUI make. The work is the catalogue's store's (``catalogue.store``; see
``resource_desk.store.protocol``): for SQLite, FTS5 in ``resource_desk.store.sqlite.search``.
Importing this module loads no SQLAlchemy.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from resource_desk.core.queries import SearchPage, SearchQuery

if TYPE_CHECKING:
    from resource_desk.core.database import Catalogue

__all__ = ["SearchPage", "SearchQuery", "count", "facet_counts", "matching_ids", "search", "tag_counts_if_ticked"]


def search(catalogue: Catalogue, query: SearchQuery, limit: int = 100, offset: int = 0,
           with_total: bool = True, superseded: Callable[[], bool] | None = None) -> SearchPage:
    """One page of results, best first, and (unless ``with_total`` is off) how many there are in all.

    ``superseded``: asked now and then while the search runs; once it says True the search
    gives up with ``core.progress.Cancelled`` (the window's search of an older keystroke)."""
    return catalogue.store.search(query, limit=limit, offset=offset, with_total=with_total, superseded=superseded)


def count(catalogue: Catalogue, query: SearchQuery) -> int:
    return catalogue.store.count(query)


def matching_ids(catalogue: Catalogue, query: SearchQuery) -> list[str]:
    """Every matching resource id in result order (for exporting or printing a whole search)."""
    return catalogue.store.matching_ids(query)


def facet_counts(catalogue: Catalogue, query: SearchQuery) -> dict[str, int]:
    """Tag id -> how many of the current results carry it (the counts beside the sidebar's tags)."""
    return catalogue.store.facet_counts(query)


def tag_counts_if_ticked(catalogue: Catalogue, query: SearchQuery,
                         superseded: Callable[[], bool] | None = None) -> dict[str, int]:
    """Tag id -> how many results there would be with that tag ticked as well (the current
    words, filters and ticked tags, and this tag): the numbers beside the sidebar's tags, as
    faceted search shows them. A ticked tag: how many results show now. A tag of a facet with
    no tick (or with ``match_all``): how many of the results carry it. A tag of a facet with
    ticks ("any of" them will do): the results plus those it would bring. Tags that would
    give no result are left out. ``superseded``: as for ``search``."""
    return catalogue.store.tag_counts_if_ticked(query, superseded=superseded)
