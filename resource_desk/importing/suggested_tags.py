"""Tags suggested by a resource's own words, for resources already in the catalogue.

``suggest_tags`` reads the resources a search (or a selection) picks, in chunks, and asks
``core.suggestions.Suggester`` which tags their name, description, eligibility and source
categories suggest; the answer groups them by tag, with how many resources each would
reach and a few example names. ``apply_suggestions`` adds the tags the person accepted as
one batch in the import history, so the whole change is undone in one action there (it
records the tags it added to each resource, as an import's update does).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import Connection, insert, select, text

from resource_desk.core.database import Catalogue
from resource_desk.core.messages import msg
from resource_desk.core.models import ImportBatch, new_id, resource_tags, utcnow
from resource_desk.core.search import SearchQuery, matching_ids
from resource_desk.core.suggestions import Suggester, SuggestionTally, TagSuggestion, rules_from_tags
from resource_desk.core.tags import list_tags

CHUNK = 500
FORMAT = "suggestions"  # the import history's format for a batch of applied suggestions


def suggest_tags(catalogue: Catalogue, query: SearchQuery | None = None,
                 resource_ids: Sequence[str] | None = None) -> list[TagSuggestion]:
    """Suggestions for the resources ``resource_ids`` names, or that ``query`` finds (the
    whole catalogue when both are None), most resources first."""
    ids = list(resource_ids) if resource_ids is not None else matching_ids(catalogue, query or SearchQuery())
    tally = SuggestionTally()
    suggester = Suggester(rules_from_tags(list_tags(catalogue, with_counts=False)))
    with catalogue.engine.connect() as connection:
        for start in range(0, len(ids), CHUNK):
            chunk = ids[start:start + CHUNK]
            for rid, name, description, eligibility, categories, have in _texts(connection, chunk):
                for suggestion in suggester.suggest(name=name, description=description, eligibility=eligibility,
                                                    categories=categories, have=have):
                    tally.add(rid, name, suggestion)
    return tally.result()


def _texts(connection: Connection, ids: list[str]):
    marks = ", ".join(f":i{n}" for n in range(len(ids)))
    params = {f"i{n}": rid for n, rid in enumerate(ids)}
    rows = connection.execute(text(
        f"SELECT id, name, coalesce(description, ''), coalesce(eligibility, '') FROM resources "
        f"WHERE id IN ({marks})"), params).all()
    tags: dict[str, set[str]] = {}
    for rid, tag_id in connection.execute(text(
            f"SELECT resource_id, tag_id FROM resource_tags WHERE resource_id IN ({marks})"), params):
        tags.setdefault(rid, set()).add(tag_id)
    categories: dict[str, list[str]] = {}
    for rid, name in connection.execute(text(
            "SELECT l.resource_id, t.name FROM resource_taxonomy_terms l JOIN taxonomy_terms t ON t.id = l.term_id "
            f"WHERE l.resource_id IN ({marks})"), params):
        if name:
            categories.setdefault(rid, []).append(name)
    order = {rid: n for n, rid in enumerate(ids)}
    for rid, name, description, eligibility in sorted(rows, key=lambda r: order[r[0]]):
        yield rid, name, description, eligibility, categories.get(rid, []), tags.get(rid, set())


@dataclass(frozen=True)
class AppliedSuggestions:
    batch_id: str | None
    resources: int  # resources that gained at least one tag
    links: int  # tags added, counted per resource


def apply_suggestions(catalogue: Catalogue, accepted: Iterable[TagSuggestion]) -> AppliedSuggestions:
    """Add the accepted tags to their resources: one batch in the import history, undone in
    one action. Resources deleted since, and tags they carry already, are passed over."""
    wanted: dict[str, list[str]] = {}
    keys: list[str] = []
    for suggestion in accepted:
        keys.append(suggestion.key)
        for rid in suggestion.resource_ids:
            wanted.setdefault(rid, []).append(suggestion.tag_id)
    if not wanted:
        return AppliedSuggestions(None, 0, 0)
    batch_id = new_id()
    updated: dict[str, dict] = {}
    links: list[dict] = []
    with catalogue.store.write_transaction() as connection:
        existing_tags = set(connection.scalars(text("SELECT id FROM tags")))
        ids = list(wanted)
        for start in range(0, len(ids), CHUNK):
            chunk = ids[start:start + CHUNK]
            present = set(connection.scalars(text(
                "SELECT id FROM resources WHERE id IN (" + ", ".join(f":i{n}" for n in range(len(chunk))) + ")"),
                {f"i{n}": rid for n, rid in enumerate(chunk)}))
            have: dict[str, set[str]] = {}
            for rid, tag_id in connection.execute(select(resource_tags.c.resource_id, resource_tags.c.tag_id)
                                                  .where(resource_tags.c.resource_id.in_(chunk))):
                have.setdefault(rid, set()).add(tag_id)
            for rid in chunk:
                if rid not in present:
                    continue
                new = [t for t in dict.fromkeys(wanted[rid]) if t in existing_tags and t not in have.get(rid, ())]
                if new:
                    updated[rid] = {"fields": {}, "phones": [], "addresses": [], "tags": new, "categories": []}
                    links += [{"resource_id": rid, "tag_id": t} for t in new]
        if links:
            connection.execute(insert(resource_tags), links)
        batch = ImportBatch.__table__
        connection.execute(insert(batch), {
            "id": batch_id, "file": str(msg("Suggested tags: {tags}", tags=", ".join(sorted(set(keys)))[:500])),
            "format": FORMAT,

            "encoding": None, "at": utcnow(), "created": 0, "updated": len(updated), "skipped": 0, "rejected": 0,
            "changes": json.dumps({"created": [], "updated": updated}, separators=(",", ":")),
            "report": json.dumps({"layout": FORMAT, "description": "Tags suggested by the resources' own words",
                                  "tags": sorted(set(keys))}),
            "undone_at": None,
        })
    return AppliedSuggestions(batch_id, len(updated), len(links))
