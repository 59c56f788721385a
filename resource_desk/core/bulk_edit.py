"""Changing many resources at once: add or remove tags, set kind, cost, delivery, status,
languages, mark verified. The window's Edit selected… and ``resource-desk edit`` share it.

``plan`` reads what would change (how many resources, for the line the dialog shows and for
``--dry-run``); ``apply_bulk_change`` writes it in one transaction and hands back a snapshot
of the rows as they were (``core.snapshots``), which undo restores. Only resources the
change really alters are written, and only the columns it sets are kept, so a change to
100,000 resources stays small in memory.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from resource_desk.core.errors import UserError
from resource_desk.core.messages import msg, plural
from resource_desk.core.progress import NO_PROGRESS, Cancelled, Progress
from resource_desk.core.records import COST_LABELS, DELIVERY_LABELS, KIND_LABELS, STATUS_LABELS
from resource_desk.core.snapshots import BATCH_FROM, CHUNK, Snapshot, field_scope, search_index_batched, take

if TYPE_CHECKING:
    from sqlalchemy import Connection

    from resource_desk.core.database import Catalogue

_CHOICES = {"kind": KIND_LABELS, "cost": COST_LABELS, "delivery": DELIVERY_LABELS, "status": STATUS_LABELS}
_READ = ("id", "kind", "cost", "delivery", "status", "languages", "last_verified", "verified_by")


class BulkEditError(UserError, ValueError):
    """A bulk change that cannot be made; the message is for the user."""


def choice(what: str, value: str) -> str:
    """A stored value for kind, cost, delivery or status from its value or its label
    ("sliding scale", "Sliding scale", "sliding_scale"); BulkEditError naming the choices."""
    labels = _CHOICES[what]
    wanted = " ".join(value.strip().lower().replace("_", " ").replace("-", " ").split())
    for stored, label in labels.items():
        if wanted in (stored.replace("_", " "), label.lower()):
            return stored
    raise BulkEditError(msg("unknown {what} “{value}”; use one of: {choices}", what=what, value=value,
                            choices=", ".join(labels)))


@dataclass(frozen=True)
class BulkChange:
    """What to change; ``None`` (or empty) leaves a field as each resource has it."""

    add_tags: tuple[str, ...] = ()  # tag ids
    remove_tags: tuple[str, ...] = ()
    kind: str | None = None
    cost: str | None = None
    delivery: str | None = None
    status: str | None = None
    add_languages: tuple[str, ...] = ()  # ISO 639 codes
    remove_languages: tuple[str, ...] = ()
    verified: date | None = None
    verified_by: str | None = None

    def __post_init__(self) -> None:
        for what in _CHOICES:
            value = getattr(self, what)
            if value is not None and value not in _CHOICES[what]:
                raise BulkEditError(msg("unknown {what} “{value}”; use one of: {choices}", what=what, value=value,
                                        choices=", ".join(_CHOICES[what])))
        both = set(self.add_tags) & set(self.remove_tags)
        if both:
            raise BulkEditError(msg("a tag cannot be both added and removed"))
        if set(self.add_languages) & set(self.remove_languages):
            raise BulkEditError(msg("a language cannot be both added and removed"))

    def __bool__(self) -> bool:
        return bool(self.add_tags or self.remove_tags or self.add_languages or self.remove_languages
                    or self.verified or any(getattr(self, w) is not None for w in _CHOICES))

    @property
    def tag_ids(self) -> tuple[str, ...]:
        return self.add_tags + self.remove_tags

    def columns(self) -> tuple[str, ...]:
        """The resource columns it writes (a snapshot keeps these)."""
        columns = [w for w in _CHOICES if getattr(self, w) is not None]
        if self.add_languages or self.remove_languages:
            columns.append("languages")
        if self.verified:
            columns += ["last_verified", "verified_by"]
        return (*columns, "updated_at")


@dataclass(frozen=True)
class Plan:
    """What a change would do: the resources it alters and the tag links it adds and removes."""

    asked: int  # resources asked about (found)
    updates: dict[str, dict[str, object]] = field(default_factory=dict)  # id -> column -> new value
    links_added: list[tuple[str, str]] = field(default_factory=list)  # (resource id, tag id)
    links_removed: list[tuple[str, str]] = field(default_factory=list)

    @property
    def resource_ids(self) -> list[str]:
        return list(dict.fromkeys([*self.updates, *(r for r, _ in self.links_added),
                                   *(r for r, _ in self.links_removed)]))

    @property
    def changed(self) -> int:
        return len(self.resource_ids)


@dataclass(frozen=True)
class BulkResult:
    asked: int
    changed: int
    tags_added: int
    tags_removed: int
    before: Snapshot | None = None  # the rows as they were, for undo

    def summary(self) -> str:
        return plural(self.asked, msg("changed {changed} of {asked} resource", changed=self.changed, asked=self.asked),
                      msg("changed {changed} of {asked} resources", changed=self.changed, asked=self.asked))


def _languages(current: str, change: BulkChange) -> str:
    codes = [c for c in current.split() if c not in change.remove_languages]
    codes += [c for c in change.add_languages if c not in codes]
    return " ".join(codes)


def _plan(connection: Connection, resource_ids: Sequence[str], change: BulkChange,
          progress: Progress = NO_PROGRESS) -> Plan:
    from sqlalchemy import bindparam, text

    ids = list(dict.fromkeys(resource_ids))
    plan = Plan(asked=0)
    asked = 0
    tag_ids = change.tag_ids
    read = text(f"SELECT {', '.join(_READ)} FROM resources WHERE id IN :ids").bindparams(
        bindparam("ids", expanding=True))
    links = text("SELECT resource_id, tag_id FROM resource_tags WHERE resource_id IN :ids AND tag_id IN :tags") \
        .bindparams(bindparam("ids", expanding=True), bindparam("tags", expanding=True))
    for start in range(0, len(ids), CHUNK):
        if progress.cancelled():
            raise Cancelled()
        chunk = ids[start:start + CHUNK]
        rows = connection.execute(read, {"ids": chunk}).all()
        have: set[tuple[str, str]] = set()
        if tag_ids:
            have = {(r, t) for r, t in connection.execute(links, {"ids": chunk, "tags": list(tag_ids)})}
        asked += len(rows)
        for row in rows:
            current = dict(zip(_READ, row))
            rid = current["id"]
            new: dict[str, object] = {w: getattr(change, w) for w in _CHOICES
                                      if getattr(change, w) is not None and current[w] != getattr(change, w)}
            if change.add_languages or change.remove_languages:
                languages = _languages(current["languages"] or "", change)
                if languages != (current["languages"] or ""):
                    new["languages"] = languages
            if change.verified:
                on = change.verified.isoformat()
                if current["last_verified"] != on or (change.verified_by and current["verified_by"] != change.verified_by):
                    new["last_verified"] = on
                    new["verified_by"] = change.verified_by or current["verified_by"]
            if new:
                plan.updates[rid] = new
            plan.links_added.extend((rid, t) for t in change.add_tags if (rid, t) not in have)
            plan.links_removed.extend((rid, t) for t in change.remove_tags if (rid, t) in have)
        progress.report(0.3 * min(1.0, (start + CHUNK) / max(len(ids), 1)), "Reading the resources…")
    return Plan(asked, plan.updates, plan.links_added, plan.links_removed)


def plan(catalogue: Catalogue, resource_ids: Sequence[str], change: BulkChange,
         progress: Progress = NO_PROGRESS) -> Plan:
    """What ``apply_bulk_change`` would do (how many resources it alters), read without writing."""
    with catalogue.engine.connect() as connection:
        return _plan(connection, resource_ids, change, progress)


def apply_bulk_change(catalogue: Catalogue, resource_ids: Sequence[str], change: BulkChange,
                      progress: Progress = NO_PROGRESS, keep_snapshot: bool = True) -> BulkResult:
    """Make the change to these resources, in one transaction; the result holds the rows as
    they were (``keep_snapshot``), for undo. Ids no longer in the catalogue are passed over."""
    from sqlalchemy import text

    from resource_desk.core.models import utcnow

    if not change:
        raise BulkEditError(msg("nothing to change: say what to add, remove or set"))
    with catalogue.store.write_transaction() as connection:
        planned = _plan(connection, resource_ids, change, progress)
        changed_ids = planned.resource_ids
        before = take(connection, field_scope(changed_ids, change.columns(), change.tag_ids)) \
            if keep_snapshot and changed_ids else None
        now = utcnow().strftime("%Y-%m-%d %H:%M:%S.%f")
        steps = max(len(changed_ids), 1)
        done = 0
        by_columns: dict[tuple[str, ...], list[dict]] = {}
        for rid in changed_ids:
            values = {**planned.updates.get(rid, {}), "updated_at": now}
            by_columns.setdefault(tuple(values), []).append({**values, "id": rid})
        for columns, rows in by_columns.items():
            sets = ", ".join(f"{c} = :{c}" for c in columns)
            for start in range(0, len(rows), CHUNK):
                if progress.cancelled():
                    raise Cancelled()
                connection.execute(text(f"UPDATE resources SET {sets} WHERE id = :id"), rows[start:start + CHUNK])
                done += len(rows[start:start + CHUNK])
                progress.report(0.3 + 0.4 * done / steps, "Changing the resources…")
        links = len(planned.links_added) + len(planned.links_removed)
        with search_index_batched(catalogue.store, connection, links >= BATCH_FROM) as touched:
            for sql, pairs in (
                    ("INSERT INTO resource_tags (resource_id, tag_id) VALUES (:r, :t)", planned.links_added),
                    ("DELETE FROM resource_tags WHERE resource_id = :r AND tag_id = :t", planned.links_removed)):
                for start in range(0, len(pairs), CHUNK):
                    if progress.cancelled():
                        raise Cancelled()
                    chunk = pairs[start:start + CHUNK]
                    connection.execute(text(sql), [{"r": r, "t": t} for r, t in chunk])
                    touched += [r for r, _ in chunk]
                    done += len(chunk)
                    progress.report(0.3 + 0.6 * done / (steps + links), "Changing the resources…")
            progress.report(0.95, "Updating the search index…")
        progress.report(1.0, "")
    return BulkResult(planned.asked, planned.changed, len(planned.links_added), len(planned.links_removed), before)


def resolve_ids(catalogue: Catalogue, texts: Iterable[str]) -> list[str]:
    """Resource ids given whole or by their first characters (NotFound / ambiguity: a UserError)."""
    from resource_desk.core.duplicates import resolve_resource_id

    return list(dict.fromkeys(resolve_resource_id(catalogue, t) for t in texts))
