"""Small read-only lookups the resource form and the filters offer as choices (the counts
beside the sidebar's tags are ``core.search.tag_counts_if_ticked``).

Each call is one short read of the catalogue's store (the window asks for some of them
before it first shows; SQLAlchemy is not loaded by then) and returns plain values.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

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
