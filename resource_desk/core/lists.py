"""Saved lists: a named, ordered set of resources with a note per item and one for the list.

The sheet tray is saved as a list and loaded back later ("LGBTQ youth housing"). Saving
under a name that exists replaces that list's contents (the GUI asks first).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, func, insert, select

from resource_desk.core.database import Catalogue
from resource_desk.core.errors import UserError
from resource_desk.core.messages import msg
from resource_desk.core.models import Resource, SavedList, saved_list_items, utcnow
from resource_desk.core.resources import NotFound
from resource_desk.core.text import clean, clean_or_none, fold

MAX_NAME = 200


class ListError(UserError, ValueError):
    """A list that cannot be saved; the message is for the user."""


@dataclass(frozen=True)
class ListItem:
    resource_id: str
    note: str | None = None


@dataclass(frozen=True)
class SavedListRecord:
    id: str
    name: str
    note: str | None
    items: tuple[ListItem, ...]
    created_at: datetime | None = None
    updated_at: datetime | None = None

    @property
    def resource_ids(self) -> tuple[str, ...]:
        return tuple(item.resource_id for item in self.items)


@dataclass(frozen=True)
class SavedListSummary:
    id: str
    name: str
    count: int
    updated_at: datetime | None


def _unique(items: Iterable[ListItem]) -> list[ListItem]:
    """One entry per resource (the table's key), the first one kept."""
    seen: set[str] = set()
    result = []
    for item in items:
        if item.resource_id not in seen:
            seen.add(item.resource_id)
            result.append(item)
    return result


def _find(session, name_or_id: str) -> SavedList | None:
    saved = session.get(SavedList, name_or_id)
    if saved is not None:
        return saved
    key = fold(name_or_id)
    for candidate in session.scalars(select(SavedList)):
        if fold(candidate.name) == key:
            return candidate
    return None


def save_list(catalogue: Catalogue, name: str, items: Iterable[ListItem], note: str | None = None) -> SavedListRecord:
    """Store the items in order under a name, replacing a list of that name (compared
    case- and accent-insensitively) if there is one."""
    name = clean(name).replace("\n", " ")
    if not name:
        raise ListError(msg("A saved list needs a name."))
    if len(name) > MAX_NAME:
        raise ListError(msg("A list name can be at most {count} characters long.", count=MAX_NAME))
    wanted = _unique(items)
    with catalogue.write() as session:
        ids = [item.resource_id for item in wanted]
        existing_ids = set(session.scalars(select(Resource.id).where(Resource.id.in_(ids)))) if ids else set()
        missing = [rid for rid in ids if rid not in existing_ids]
        if missing:
            raise NotFound(msg("no resource with id {id}", id=missing[0]))
        saved = _find(session, name)
        if saved is None:
            saved = SavedList(name=name)
            session.add(saved)
        else:
            saved.name = name
            saved.updated_at = utcnow()
            session.execute(delete(saved_list_items).where(saved_list_items.c.saved_list_id == saved.id))
        saved.note = clean_or_none(note)
        session.flush()
        if wanted:
            session.execute(insert(saved_list_items), [
                {"saved_list_id": saved.id, "resource_id": item.resource_id, "position": i,
                 "note": clean_or_none(item.note)}
                for i, item in enumerate(wanted)
            ])
        return SavedListRecord(id=saved.id, name=saved.name, note=saved.note,
                               items=tuple(ListItem(i.resource_id, clean_or_none(i.note)) for i in wanted),
                               created_at=saved.created_at, updated_at=saved.updated_at)


def load_list(catalogue: Catalogue, name_or_id: str) -> SavedListRecord:
    """A saved list by id or name, its items in order (resources since deleted are gone)."""
    with catalogue.read() as session:
        saved = _find(session, name_or_id)
        if saved is None:
            raise NotFound(msg("no saved list “{name}”", name=name_or_id))
        rows = session.execute(
            select(saved_list_items.c.resource_id, saved_list_items.c.note)
            .where(saved_list_items.c.saved_list_id == saved.id)
            .order_by(saved_list_items.c.position)
        ).all()
        return SavedListRecord(id=saved.id, name=saved.name, note=saved.note,
                               items=tuple(ListItem(rid, note) for rid, note in rows),
                               created_at=saved.created_at, updated_at=saved.updated_at)


def list_saved_lists(catalogue: Catalogue) -> list[SavedListSummary]:
    """Every saved list by name, with how many resources it holds."""
    with catalogue.read() as session:
        counts = dict(session.execute(
            select(saved_list_items.c.saved_list_id, func.count()).group_by(saved_list_items.c.saved_list_id)
        ).all())
        lists = session.scalars(select(SavedList)).all()
        summaries = [SavedListSummary(id=s.id, name=s.name, count=counts.get(s.id, 0), updated_at=s.updated_at)
                     for s in lists]
    return sorted(summaries, key=lambda s: fold(s.name))


def rename_list(catalogue: Catalogue, name_or_id: str, new_name: str) -> SavedListSummary:
    new_name = clean(new_name).replace("\n", " ")
    if not new_name:
        raise ListError(msg("A saved list needs a name."))
    with catalogue.write() as session:
        saved = _find(session, name_or_id)
        if saved is None:
            raise NotFound(msg("no saved list “{name}”", name=name_or_id))
        other = _find(session, new_name)
        if other is not None and other.id != saved.id:
            raise ListError(msg("There is already a list called “{name}”.", name=other.name))
        saved.name = new_name
        saved.updated_at = utcnow()
        n = session.scalar(select(func.count()).where(saved_list_items.c.saved_list_id == saved.id)) or 0
        return SavedListSummary(id=saved.id, name=saved.name, count=n, updated_at=saved.updated_at)


def delete_list(catalogue: Catalogue, name_or_id: str) -> bool:
    """Delete a saved list (the resources stay); False if there was none."""
    with catalogue.write() as session:
        saved = _find(session, name_or_id)
        if saved is None:
            return False
        session.delete(saved)
        return True
