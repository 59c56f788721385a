"""What a search asks (``SearchQuery``) and what it answers (``SearchPage``): plain values
shared by ``core.search`` and the stores that answer it (no engine, no import of the catalogue)."""

from __future__ import annotations

from dataclasses import dataclass, field

from resource_desk.core.records import ResourceRow

# The columns results can be sorted by (each then by name). "verified" puts the never
# verified first, then the oldest: where a review starts.
SORT_KEYS = ("name", "organization", "kind", "cost", "languages", "verified")


@dataclass(frozen=True)
class SearchQuery:
    """What the person asked for. Empty fields do not filter.

    Tags: within a facet any of the chosen tags will do (all of them with ``match_all``);
    across facets every facet's condition must hold.

    Order: ``sort`` is one of ``SORT_KEYS``, or empty for relevance when words are given and
    by name when they are not; ``descending`` reverses it.
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
    sort: str = ""
    descending: bool = False

    def __post_init__(self) -> None:
        if self.sort and self.sort not in SORT_KEYS:
            raise ValueError(f"unknown sort {self.sort!r}; one of {', '.join(SORT_KEYS)}")


@dataclass(frozen=True)
class SearchPage:
    total: int
    rows: tuple[ResourceRow, ...] = field(default=())
