"""Reading resources for an export: in chunks, with their phones, addresses, tags and
source categories, by plain queries (a catalogue of any size exports in constant memory)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import Connection, select, text

from resource_desk.core.messages import msg
from resource_desk.core.models import (

    Address,
    Organization,
    Phone,
    Resource,
    Tag,
    TaxonomyTerm,
    resource_tags,
    resource_taxonomy_terms,
)
from resource_desk.core.records import AddressRecord, PhoneRecord
from resource_desk.importing.problems import ImportCancelled
from resource_desk.importing.records import SourceTerm

CHUNK = 1000


@dataclass
class ExportRow:
    id: str
    values: dict
    phones: list[PhoneRecord]
    addresses: list[AddressRecord]
    tags: list[tuple[str, str, str, str]]  # (tag id, facet, name, codes)
    categories: list[tuple[str, SourceTerm]] = field(default_factory=list)  # (term id, term)
    phone_ids: list[str] = field(default_factory=list)  # beside ``phones``: the HSDS export keeps ids
    address_ids: list[str] = field(default_factory=list)


def all_ids(connection: Connection) -> list[str]:
    return list(connection.scalars(text("SELECT id FROM resources ORDER BY sort_name, pk")))


def export_rows(connection: Connection, ids: Sequence[str]) -> list[ExportRow]:
    r, o = Resource.__table__, Organization.__table__
    columns = [r.c.id, r.c.name, o.c.name.label("organization"), r.c.kind, r.c.status, r.c.description,
               r.c.eligibility, r.c.age_min, r.c.age_max, r.c.cost, r.c.fees, r.c.delivery, r.c.hours, r.c.languages,
               r.c.accessibility, r.c.website, r.c.email, r.c.last_verified, r.c.verified_by, r.c.external_id,
               r.c.private_notes, o.c.id.label("organization_id"), o.c.alternate_name.label("organization_alternate_name"),
               o.c.description.label("organization_description"), o.c.website.label("organization_website"),
               o.c.email.label("organization_email")]
    found = {row["id"]: ExportRow(row["id"], dict(row), [], [], []) for row in connection.execute(
        select(*columns).select_from(r.outerjoin(o, o.c.id == r.c.organization_id)).where(r.c.id.in_(list(ids)))
    ).mappings()}
    p = Phone.__table__
    for row in connection.execute(select(p).where(p.c.resource_id.in_(list(ids))).order_by(p.c.resource_id,
                                                                                              p.c.position)).mappings():
        found[row["resource_id"]].phone_ids.append(row["id"])
        found[row["resource_id"]].phones.append(PhoneRecord(row["number"], row["kind"], row["extension"], row["label"],
                                                            row["normalized"]))
    a = Address.__table__
    for row in connection.execute(select(a).where(a.c.resource_id.in_(list(ids))).order_by(a.c.resource_id,
                                                                                              a.c.position)).mappings():
        found[row["resource_id"]].address_ids.append(row["id"])
        found[row["resource_id"]].addresses.append(AddressRecord(
            row["lines"] or "", row["city"], row["region"], row["postal_code"], row["country"], bool(row["confidential"]),
            row["latitude"], row["longitude"]))
    t = Tag.__table__
    for resource_id, tag_id, facet, name, codes in connection.execute(
            select(resource_tags.c.resource_id, t.c.id, t.c.facet, t.c.name, t.c.codes)
            .select_from(resource_tags.join(t, t.c.id == resource_tags.c.tag_id))
            .where(resource_tags.c.resource_id.in_(list(ids))).order_by(t.c.facet, t.c.name)):
        found[resource_id].tags.append((tag_id, facet, name, codes or ""))
    links = connection.execute(select(resource_taxonomy_terms.c.resource_id, resource_taxonomy_terms.c.term_id)
                               .where(resource_taxonomy_terms.c.resource_id.in_(list(ids)))).all()
    terms = _terms(connection, {term_id for _, term_id in links})
    for resource_id, term_id in links:
        found[resource_id].categories.append((term_id, terms[term_id]))
    for row in found.values():
        row.categories.sort(key=lambda item: (item[1].taxonomy, item[1].code, item[1].path()))
    return [found[i] for i in ids if i in found]


def term_rows(connection: Connection, wanted: set[str]) -> dict[str, tuple]:
    """Source categories by id and all their parents (read level by level):
    (id, taxonomy, code, name, parent_id)."""
    t = TaxonomyTerm.__table__
    rows: dict[str, tuple] = {}
    missing = set(wanted)
    while missing:
        chunk = sorted(missing)[:CHUNK]
        missing -= set(chunk)
        for row in connection.execute(select(t.c.id, t.c.taxonomy, t.c.code, t.c.name, t.c.parent_id)
                                      .where(t.c.id.in_(chunk))):
            rows[row[0]] = tuple(row)
            if row[4] and row[4] not in rows:
                missing.add(row[4])
    return rows


def _terms(connection: Connection, wanted: set[str]) -> dict[str, SourceTerm]:
    """Source categories by id, each with its parents."""
    rows = term_rows(connection, wanted)
    terms: dict[str, SourceTerm] = {}
    for term_id in wanted:
        _, taxonomy, code, name, parent = rows[term_id]
        parents: list[tuple[str, str]] = []
        seen = {term_id}
        while parent and parent in rows and parent not in seen and len(parents) < 20:
            seen.add(parent)
            parents.insert(0, (rows[parent][2], rows[parent][3]))
            parent = rows[parent][4]
        terms[term_id] = SourceTerm(taxonomy, code, name, tuple(parents))
    return terms


def chunks(connection: Connection, ids: Sequence[str], progress, cancel):
    total = len(ids)
    for start in range(0, total, CHUNK):
        if cancel is not None and (cancel.is_set() if hasattr(cancel, "is_set") else cancel()):
            raise ImportCancelled(msg("export cancelled"))
        yield export_rows(connection, ids[start:start + CHUNK])
        if progress:
            progress(min(1.0, (start + CHUNK) / total) if total else 1.0,
                     msg("{done} of {total}", done=min(total, start + CHUNK), total=total))

