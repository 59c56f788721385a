"""Finding resources: full-text words plus filters, ranked by relevance then name.

What is asked (``SearchQuery``) and what comes back (``SearchPage``), and the four calls
the CLI and the GUI make. The work is the catalogue's store's (``catalogue.store``; see
``resource_desk.store.protocol``): for SQLite, FTS5 in ``resource_desk.store.sqlite.search``.
Importing this module loads no SQLAlchemy.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from resource_desk.core.records import ResourceRow

if TYPE_CHECKING:
    from resource_desk.core.database import Catalogue


@dataclass(frozen=True)
class SearchQuery:
    """What the person asked for. Empty fields do not filter.

    Tags: within a facet any of the chosen tags will do (all of them with ``match_all``);
    across facets every facet's condition must hold.
    """

    text: str = ""
    tag_ids: tuple[str, ...] = ()
    match_all: bool = False
    kinds: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    costs: tuple[str, ...] = ()
    deliveries: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()  # empty: every status but the hidden ones
    include_hidden: bool = False  # inactive and do-not-refer too
    not_verified_months: int | None = None  # only those not verified in the last N months
    resource_ids: tuple[str, ...] | None = None  # restrict to these (a selection)


@dataclass(frozen=True)
class SearchPage:
    total: int
    rows: tuple[ResourceRow, ...] = field(default=())


def search(catalogue: Catalogue, query: SearchQuery, limit: int = 100, offset: int = 0,
           with_total: bool = True) -> SearchPage:
    """One page of results, best first, and (unless ``with_total`` is off) how many there are in all."""
    return catalogue.store.search(query, limit=limit, offset=offset, with_total=with_total)


def count(catalogue: Catalogue, query: SearchQuery) -> int:
    return catalogue.store.count(query)


def matching_ids(catalogue: Catalogue, query: SearchQuery) -> list[str]:
    """Every matching resource id in result order (for exporting or printing a whole search)."""
    return catalogue.store.matching_ids(query)


def facet_counts(catalogue: Catalogue, query: SearchQuery) -> dict[str, int]:
    """Tag id -> how many of the current results carry it (the counts beside the sidebar's tags)."""
    return catalogue.store.facet_counts(query)
