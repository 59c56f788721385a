"""Undoing an import in one action: what it created is deleted, what it updated gets its
old values back, organizations and tags it created go when nothing uses them any more.
One transaction; the full-text index follows through its triggers."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Connection, bindparam, delete, func, select, update

from resource_desk.core.database import Catalogue
from resource_desk.core.errors import UserError
from resource_desk.core.messages import msg
from resource_desk.core.models import (
    Address,
    ImportBatch,
    Organization,
    Phone,
    Resource,
    ResourceTranslation,
    Tag,
    TaxonomyTerm,
    resource_tags,
    resource_taxonomy_terms,
    utcnow,
)
from resource_desk.importing.history import ImportNotFound, find_import

_RESOURCES = Resource.__table__
CHUNK = 500


class UndoError(UserError, ValueError):
    """An import that cannot be undone (already undone); the message is for the user."""


@dataclass(frozen=True)
class UndoResult:
    batch_id: str
    file: str
    deleted: int
    restored: int
    organizations_deleted: int
    tags_deleted: int


def _chunks(items: list, size: int = CHUNK):
    for start in range(0, len(items), size):
        yield items[start:start + size]


def undo_import(catalogue: Catalogue, batch_id: str) -> UndoResult:
    summary = find_import(catalogue, batch_id)
    if summary.undone_at is not None:
        raise UndoError(msg("the import of {file} ({id}) was already undone on {when}", file=summary.file,
                            id=summary.id, when=f"{summary.undone_at:%Y-%m-%d %H:%M}"))
    with catalogue.store.write_transaction() as connection:
        batches = ImportBatch.__table__
        row = connection.execute(select(batches.c.changes, batches.c.undone_at).where(batches.c.id == summary.id)).first()
        if row is None:
            raise ImportNotFound(msg("no import with id “{id}”", id=batch_id))
        if row.undone_at is not None:
            raise UndoError(msg("the import {id} was already undone", id=summary.id))

        changes = json.loads(row.changes or "{}")
        created = [rid for rid in changes.get("created", [])]
        deleted = 0
        if created:
            with catalogue.store.quiet_link_deletes(connection):
                for chunk in _chunks(created):
                    connection.execute(delete(resource_tags).where(resource_tags.c.resource_id.in_(chunk)))
                    connection.execute(delete(resource_taxonomy_terms)
                                       .where(resource_taxonomy_terms.c.resource_id.in_(chunk)))
                    deleted += connection.execute(delete(_RESOURCES).where(_RESOURCES.c.id.in_(chunk))).rowcount or 0
        restored = 0
        for rid, undo in changes.get("updated", {}).items():
            restored += _restore(connection, rid, undo)
        for org_id, fields in changes.get("organizations_updated", {}).items():
            if fields:
                connection.execute(update(Organization.__table__).where(Organization.__table__.c.id == org_id)
                                   .values(**fields))
        orgs_deleted = 0
        for chunk in _chunks(changes.get("organizations_created", [])):
            used = set(connection.scalars(select(_RESOURCES.c.organization_id)
                                          .where(_RESOURCES.c.organization_id.in_(chunk))))
            unused = [o for o in chunk if o not in used]
            if unused:
                orgs_deleted += connection.execute(
                    delete(Organization.__table__).where(Organization.__table__.c.id.in_(unused))).rowcount or 0
        tags_deleted = 0
        for chunk in _chunks(changes.get("tags_created", [])):
            used = set(connection.scalars(select(resource_tags.c.tag_id).where(resource_tags.c.tag_id.in_(chunk))))
            unused = [t for t in chunk if t not in used]
            if unused:
                tags_deleted += connection.execute(delete(Tag.__table__).where(Tag.__table__.c.id.in_(unused))
                                                   ).rowcount or 0
        _delete_unused_terms(connection, changes.get("terms_created", []))
        connection.execute(update(batches).where(batches.c.id == summary.id).values(undone_at=utcnow()))
    return UndoResult(summary.id, summary.file, deleted, restored, orgs_deleted, tags_deleted)


def _delete_unused_terms(connection: Connection, created: list[str]) -> None:
    """Source categories the import added that nothing uses any more (children first)."""
    terms = TaxonomyTerm.__table__
    remaining = set(created)
    while remaining:
        used: set[str] = set()
        for chunk in _chunks(sorted(remaining)):
            used |= set(connection.scalars(select(resource_taxonomy_terms.c.term_id)
                                           .where(resource_taxonomy_terms.c.term_id.in_(chunk))))
            used |= set(connection.scalars(select(terms.c.parent_id).where(terms.c.parent_id.in_(chunk))))
        unused = remaining - used
        if not unused:
            return
        for chunk in _chunks(sorted(unused)):
            connection.execute(delete(terms).where(terms.c.id.in_(chunk)))
        remaining -= unused


def _restore(connection: Connection, rid: str, undo: dict) -> int:
    exists = connection.execute(select(func.count()).select_from(_RESOURCES).where(_RESOURCES.c.id == rid)).scalar()
    if not exists:
        return 0
    fields = dict(undo.get("fields", {}))
    if fields.get("last_verified"):
        fields["last_verified"] = date.fromisoformat(fields["last_verified"])
    for tag_id in undo.get("tags", []):
        connection.execute(delete(resource_tags).where(resource_tags.c.resource_id == rid)
                           .where(resource_tags.c.tag_id == tag_id))
    for term_id in undo.get("categories", []):
        connection.execute(delete(resource_taxonomy_terms).where(resource_taxonomy_terms.c.resource_id == rid)
                           .where(resource_taxonomy_terms.c.term_id == term_id))
    for language, field in undo.get("translations", []):
        connection.execute(delete(ResourceTranslation.__table__).where(
            ResourceTranslation.__table__.c.resource_id == rid).where(
            ResourceTranslation.__table__.c.language == language).where(ResourceTranslation.__table__.c.field == field))
    if undo.get("phones"):
        connection.execute(delete(Phone.__table__).where(Phone.__table__.c.id.in_(undo["phones"])))
    if undo.get("addresses"):
        connection.execute(delete(Address.__table__).where(Address.__table__.c.id.in_(undo["addresses"])))
    if fields:
        fields["updated_at"] = utcnow()
        connection.execute(update(_RESOURCES).where(_RESOURCES.c.id == bindparam("b_id")).values(
            {k: bindparam(k) for k in fields}), [{"b_id": rid, **fields}])
    return 1
