"""The window's changes, each with a snapshot of the rows it touches as they were before.

Each function makes one change through the usual service and returns its result with a
``Snapshot`` (``core.snapshots``) covering every row the change could alter or create:
restoring it undoes the change, and restoring what that returns does it again. The window's
undo commands (gui/undo.py) hold these; the CLI has no undo history and calls the services.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import TYPE_CHECKING

from resource_desk.core.snapshots import (
    Scope,
    Snapshot,
    alias_scope,
    dismissal_scope,
    organization_scope,
    resource_scope,
    tag_scope,
    take_snapshot,
)
from resource_desk.core.text import clean, fold

if TYPE_CHECKING:
    from resource_desk.core.bulk_edit import BulkChange, BulkResult
    from resource_desk.core.database import Catalogue
    from resource_desk.core.progress import Progress
    from resource_desk.core.records import ResourceData, TagRecord


def _organizations(catalogue: Catalogue, resource_id: str | None, name: str | None) -> set[str]:
    """The organizations a save may touch: the resource's own, and the one its name picks
    (compared as ``resources.organization_for`` compares them)."""
    from sqlalchemy import func, select

    from resource_desk.core.models import Organization, Resource

    found: set[str] = set()
    with catalogue.read() as session:
        if resource_id:
            found.update(i for i in session.scalars(select(Resource.organization_id).where(Resource.id == resource_id))
                         if i)
        name = (name or "").strip()
        if name:
            found.update(session.scalars(select(Organization.id).where(func.lower(Organization.name) == name.lower())))
    return found


def save_resource(catalogue: Catalogue, data: ResourceData) -> tuple[ResourceData, Snapshot]:
    """Add (``data.id`` None) or update a resource; a new one and a new organization are in
    the snapshot as rows that did not exist."""
    from resource_desk.core.resources import save_resource as save

    organizations = _organizations(catalogue, data.id, data.organization)
    before = take_snapshot(catalogue, resource_scope([data.id] if data.id else [])
                           + organization_scope(organizations))
    saved = save(catalogue, data)
    created = resource_scope([saved.id] if data.id is None else [])
    if saved.organization_id and saved.organization_id not in organizations:
        created += organization_scope([saved.organization_id])
    return saved, before.widened(created)


def delete_resources(catalogue: Catalogue, resource_ids: Sequence[str]) -> tuple[int, Snapshot]:
    """Delete; the snapshot brings each back whole (phones, addresses, tags, source categories,
    list entries, "not duplicates" marks) under the same id."""
    from resource_desk.core.resources import delete_resources as delete

    before = take_snapshot(catalogue, resource_scope(resource_ids))
    return delete(catalogue, resource_ids), before


def mark_verified(catalogue: Catalogue, resource_ids: Sequence[str], by: str | None = None,
                  on: date | None = None, progress: Progress | None = None) -> BulkResult:
    """Mark verified as a bulk change (its result holds the snapshot)."""
    from resource_desk.core.bulk_edit import BulkChange

    return bulk_change(catalogue, resource_ids, BulkChange(verified=on or date.today(), verified_by=by), progress)


def bulk_change(catalogue: Catalogue, resource_ids: Sequence[str], change: BulkChange,
                progress: Progress | None = None) -> BulkResult:
    from resource_desk.core.bulk_edit import apply_bulk_change
    from resource_desk.core.progress import NO_PROGRESS

    return apply_bulk_change(catalogue, resource_ids, change, progress or NO_PROGRESS, keep_snapshot=True)


def dismiss_pair(catalogue: Catalogue, a: str, b: str) -> tuple[bool, Snapshot]:
    """Remember that two resources are not duplicates."""
    from resource_desk.core.duplicates import dismiss_pair as dismiss

    before = take_snapshot(catalogue, dismissal_scope(a, b))
    return dismiss(catalogue, a, b), before


# -- tags ------------------------------------------------------------------------------------------


def add_tag(catalogue: Catalogue, facet: str, name: str, color: str | None = None) -> tuple[TagRecord, Snapshot]:
    from resource_desk.core.tags import add_tag as add

    tag = add(catalogue, facet, name, color)
    return tag, Snapshot(Scope(), {}).widened(tag_scope([tag.id]))


def rename_tag(catalogue: Catalogue, tag_id: str, new_name: str, old_name: str) -> tuple[TagRecord, Snapshot]:
    """Rename; the old name becomes an alias, perhaps taken from another tag: it is in the snapshot."""
    from resource_desk.core.tags import rename_tag as rename

    before = take_snapshot(catalogue, tag_scope([tag_id], links=False) + alias_scope([fold(old_name),
                                                                                       fold(clean(new_name))]))
    return rename(catalogue, tag_id, new_name), before


def recolor_tags(catalogue: Catalogue, tag_ids: Sequence[str], color: str | None) -> tuple[int, Snapshot]:
    from resource_desk.core.tags import recolor_tag

    before = take_snapshot(catalogue, tag_scope(tag_ids, links=False))
    for tag_id in tag_ids:
        recolor_tag(catalogue, tag_id, color)
    return len(tag_ids), before


def merge_tags(catalogue: Catalogue, source_ids: Iterable[str], target_id: str) -> tuple[int, Snapshot]:
    from resource_desk.core.tags import merge_tags as merge

    ids = list(dict.fromkeys([*source_ids, target_id]))
    before = take_snapshot(catalogue, tag_scope(ids))
    return merge(catalogue, ids, target_id), before


def delete_tags(catalogue: Catalogue, tag_ids: Sequence[str]) -> tuple[int, Snapshot]:
    """Delete tags (those gone already are passed over); returns how many resources carried them."""
    from contextlib import suppress

    from resource_desk.core.errors import NotFound
    from resource_desk.core.tags import delete_tag

    before = take_snapshot(catalogue, tag_scope(tag_ids))
    carried = 0
    for tag_id in tag_ids:
        with suppress(NotFound):  # already gone (another window): nothing left to do
            carried += delete_tag(catalogue, tag_id)
    return carried, before


def set_aliases(catalogue: Catalogue, tag_id: str, aliases: Sequence[str]) -> tuple[TagRecord, Snapshot]:
    """Replace a tag's aliases; one taken from another tag is in the snapshot."""
    from resource_desk.core.tags import set_aliases as change

    before = take_snapshot(catalogue, tag_scope([tag_id], links=False) + alias_scope(fold(a) for a in aliases))
    return change(catalogue, tag_id, aliases), before


def set_keywords(catalogue: Catalogue, tag_id: str, keywords: Sequence[str]) -> tuple[TagRecord, Snapshot]:
    from resource_desk.core.tags import set_keywords as change

    before = take_snapshot(catalogue, tag_scope([tag_id], links=False))
    return change(catalogue, tag_id, keywords), before
