"""Exporting resources: a CSV with one row per resource that re-imports losslessly, or an
Open Referral HSDS 3.0 data package (.zip with datapackage.json).

Resources are read in chunks with plain queries, so a catalogue of any size exports in
constant memory. Every cell that begins with "=", "+", "-" or "@" is prefixed with an
apostrophe so a spreadsheet shows it as text instead of running it as a formula (plain
numbers such as -122.41 are left alone); the importer takes the apostrophe off again.

Private notes and confidential addresses stay out unless ``include_private`` is given:
an export is usually for sharing, and a domestic-violence shelter's address must not
travel by accident. The result says how many were left out.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import uuid
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import Connection, func, select, text

from resource_desk.core.database import Catalogue
from resource_desk.core.private_files import atomic_private_write, clean_leftovers
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
from resource_desk.importing.records import SourceTerm
from resource_desk.importing.tagging import export_term
from resource_desk.importing.phone_cells import format_phone
from resource_desk.importing.problems import ImportCancelled
from resource_desk.importing.translation_columns import column_name, keys_in_use, translations_of

CHUNK = 1000
FORMATS = ("csv", "hsds")
_NUMBER = re.compile(r"^[+-]?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?$")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

RESOURCE_COLUMNS = ["id", "name", "organization", "kind", "status", "description", "eligibility", "age_min",
                    "age_max", "cost", "fees", "delivery", "hours", "languages", "accessibility", "website", "email",
                    "phones"]
ADDRESS_COLUMNS = ["address_lines", "city", "region", "postal_code", "country", "address_confidential", "latitude",
                   "longitude"]
TAIL_COLUMNS = ["tags", "source_categories", "last_verified", "verified_by", "external_id", "organization_alternate_name",
                "organization_description", "organization_website", "organization_email"]


def neutralise(value: object) -> str:
    """The text of a cell, made safe to open in a spreadsheet."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        value = repr(value)
    elif isinstance(value, date):
        value = value.isoformat()
    text_value = str(value)
    if text_value.startswith(_FORMULA_START) and not _NUMBER.match(text_value):
        return "'" + text_value
    return text_value


@dataclass(frozen=True)
class ExportResult:
    path: str
    format: str
    resources: int
    private_notes_left_out: int = 0
    confidential_addresses_left_out: int = 0

    def summary(self) -> str:
        parts = [f"{self.resources} resources exported to {self.path}"]
        left = []
        if self.private_notes_left_out:
            left.append(f"private notes of {self.private_notes_left_out}")
        if self.confidential_addresses_left_out:
            left.append(f"{self.confidential_addresses_left_out} confidential addresses")
        if left:
            parts.append(f"left out: {' and '.join(left)} (include them with --include-private)")
        return "; ".join(parts)


@dataclass
class _Row:
    id: str
    values: dict
    phones: list[PhoneRecord]
    addresses: list[AddressRecord]
    tags: list[tuple[str, str, str, str]]  # (tag id, facet, name, codes)
    categories: list[tuple[str, SourceTerm]] = field(default_factory=list)  # (term id, term)


def _all_ids(connection: Connection) -> list[str]:
    return list(connection.scalars(text("SELECT id FROM resources ORDER BY sort_name, pk")))


def _rows(connection: Connection, ids: Sequence[str]) -> list[_Row]:
    r, o = Resource.__table__, Organization.__table__
    columns = [r.c.id, r.c.name, o.c.name.label("organization"), r.c.kind, r.c.status, r.c.description,
               r.c.eligibility, r.c.age_min, r.c.age_max, r.c.cost, r.c.fees, r.c.delivery, r.c.hours, r.c.languages,
               r.c.accessibility, r.c.website, r.c.email, r.c.last_verified, r.c.verified_by, r.c.external_id,
               r.c.private_notes, o.c.id.label("organization_id"), o.c.alternate_name.label("organization_alternate_name"),
               o.c.description.label("organization_description"), o.c.website.label("organization_website"),
               o.c.email.label("organization_email")]
    found = {row["id"]: _Row(row["id"], dict(row), [], [], []) for row in connection.execute(
        select(*columns).select_from(r.outerjoin(o, o.c.id == r.c.organization_id)).where(r.c.id.in_(list(ids)))
    ).mappings()}
    p = Phone.__table__
    for row in connection.execute(select(p).where(p.c.resource_id.in_(list(ids))).order_by(p.c.resource_id,
                                                                                              p.c.position)).mappings():
        found[row["resource_id"]].phones.append(PhoneRecord(row["number"], row["kind"], row["extension"], row["label"],
                                                            row["normalized"]))
    a = Address.__table__
    for row in connection.execute(select(a).where(a.c.resource_id.in_(list(ids))).order_by(a.c.resource_id,
                                                                                              a.c.position)).mappings():
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


def _terms(connection: Connection, wanted: set[str]) -> dict[str, SourceTerm]:
    """Source categories by id, each with its parents (read level by level)."""
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


def _chunks(connection: Connection, ids: Sequence[str], progress, cancel):
    total = len(ids)
    for start in range(0, total, CHUNK):
        if cancel is not None and (cancel.is_set() if hasattr(cancel, "is_set") else cancel()):
            raise ImportCancelled("export cancelled")
        yield _rows(connection, ids[start:start + CHUNK])
        if progress:
            progress(min(1.0, (start + CHUNK) / total) if total else 1.0, f"{min(total, start + CHUNK)} of {total}")


def export_resources(catalogue: Catalogue, path: str | os.PathLike[str], format: str = "csv",
                     resource_ids: Sequence[str] | None = None, include_private: bool = False,
                     progress: Callable[[float, str], None] | None = None, cancel=None) -> ExportResult:
    """Export the given resources (all when ``resource_ids`` is None) in their order."""
    if format not in FORMATS:
        raise ValueError(f"unknown export format “{format}” (use csv or hsds)")
    path = Path(path)
    clean_leftovers(path.parent)  # what a killed export left in this folder
    with catalogue.engine.connect() as connection, connection.begin():
        ids = list(resource_ids) if resource_ids is not None else _all_ids(connection)
        # Written to a temporary 0600 file beside the target, renamed when complete: it may hold
        # private notes and confidential addresses, and a half-written export never takes its name.
        if format == "csv":
            with atomic_private_write(path, "w", encoding="utf-8-sig", newline="") as handle:
                result = _write_csv(connection, handle, ids, include_private, progress, cancel)
        else:
            with atomic_private_write(path, "wb") as handle:
                result = _write_hsds(connection, handle, ids, include_private, progress, cancel)
    return ExportResult(str(path), format, *result)


def _max_addresses(connection: Connection, ids: Sequence[str], include_private: bool) -> int:
    a = Address.__table__
    most = 0
    for start in range(0, len(ids), 900):
        query = select(func.count()).where(a.c.resource_id.in_(list(ids[start:start + 900])))
        if not include_private:
            query = query.where(a.c.confidential.is_(False))
        query = query.group_by(a.c.resource_id)
        most = max([most, *connection.scalars(query)])
    return most


def _write_csv(connection, handle, ids, include_private, progress, cancel) -> tuple[int, int, int]:
    groups = max(1, _max_addresses(connection, ids, include_private))
    header = list(RESOURCE_COLUMNS)
    for group in range(1, groups + 1):
        header += [c if group == 1 else f"{c} #{group}" for c in ADDRESS_COLUMNS]
    header += TAIL_COLUMNS + (["private_notes"] if include_private else [])
    translated = translations_of(connection, ids)  # "description_es", …: the text in other languages
    translation_keys = keys_in_use(translated)
    header += [column_name(language, field) for language, field in translation_keys]
    count = notes_left = confidential_left = 0
    writer = csv.writer(handle)
    writer.writerow(header)
    for rows in _chunks(connection, ids, progress, cancel):
        for row in rows:
            v = row.values
            addresses = row.addresses if include_private else [a for a in row.addresses if not a.confidential]
            confidential_left += len(row.addresses) - len(addresses)
            if v["private_notes"] and not include_private:
                notes_left += 1
            cells = [v["id"], v["name"], v["organization"], v["kind"], v["status"], v["description"],
                     v["eligibility"], v["age_min"], v["age_max"], v["cost"], v["fees"], v["delivery"], v["hours"],
                     "; ".join((v["languages"] or "").split()), v["accessibility"], v["website"], v["email"],
                     "\n".join(format_phone(p) for p in row.phones)]
            for group in range(groups):
                if group < len(addresses):
                    a = addresses[group]
                    cells += [a.lines, a.city, a.region, a.postal_code, a.country, a.confidential, a.latitude,
                              a.longitude]
                else:
                    cells += [""] * len(ADDRESS_COLUMNS)
            cells += ["; ".join(f"{facet}:{name}" for _, facet, name, _ in row.tags),
                      "\n".join(export_term(term) for _, term in row.categories), v["last_verified"],
                      v["verified_by"], v["external_id"], v["organization_alternate_name"],
                      v["organization_description"], v["organization_website"], v["organization_email"]]
            if include_private:
                cells.append(v["private_notes"])
            cells += [translated.get(v["id"], {}).get(key, "") for key in translation_keys]
            writer.writerow([neutralise(c) for c in cells])
            count += 1
    return count, notes_left, confidential_left


# -- HSDS 3.0 --------------------------------------------------------------------------

_HSDS_TABLES: dict[str, tuple[str, list[str]]] = {
    "organization": ("organizations.csv", ["id", "name", "alternate_name", "description", "email", "website"]),
    "service": ("services.csv", ["id", "organization_id", "name", "description", "url", "email", "status",
                                 "fees_description", "eligibility_description", "minimum_age", "maximum_age",
                                 "assured_date", "assurer_email", "alert"]),
    "location": ("locations.csv", ["id", "location_type", "organization_id", "name", "latitude", "longitude"]),
    "address": ("addresses.csv", ["id", "location_id", "address_1", "address_2", "city", "state_province",
                                  "postal_code", "country", "address_type"]),
    "service_at_location": ("service_at_location.csv", ["id", "service_id", "location_id"]),
    "phone": ("phones.csv", ["id", "service_id", "number", "extension", "type", "description"]),
    "language": ("languages.csv", ["id", "service_id", "name", "code"]),
    "schedule": ("schedules.csv", ["id", "service_id", "description"]),
    "accessibility": ("accessibility.csv", ["id", "location_id", "description"]),
    "taxonomy": ("taxonomies.csv", ["id", "name", "description"]),
    "taxonomy_term": ("taxonomy_terms.csv", ["id", "code", "name", "parent_id", "taxonomy", "taxonomy_id"]),
    "attribute": ("attributes.csv", ["id", "link_id", "link_type", "link_entity", "taxonomy_term_id"]),
}
_HSDS_KEYS = {
    "service": [("organization_id", "organization")], "location": [("organization_id", "organization")],
    "address": [("location_id", "location")], "service_at_location": [("service_id", "service"),
                                                                     ("location_id", "location")],
    "phone": [("service_id", "service")], "language": [("service_id", "service")],
    "schedule": [("service_id", "service")], "accessibility": [("location_id", "location")],
    "taxonomy_term": [("taxonomy_id", "taxonomy")], "attribute": [("taxonomy_term_id", "taxonomy_term")],
}
_STATUS = {"active": "active", "inactive": "inactive", "temporarily_closed": "temporarily closed",
           "do_not_refer": "inactive"}
TAXONOMY_ID = "6c2f1c1e-7d0a-4a35-9f3c-3e8e2f6b9a10"  # "Resource Desk tags", the same in every export


def _hsds_terms(term_id: str, term: SourceTerm, written: set[str], taxonomies: dict[str, str]) -> list[dict]:
    """taxonomy_terms rows for a source category and, before it, its parents not yet written.
    Parents have no id of their own in an export row: theirs is derived from the path, so it is
    the same in every export."""
    taxonomy_id = taxonomies.setdefault(term.taxonomy, str(uuid.uuid5(_TERM_NAMESPACE, f"taxonomy:{term.taxonomy}")))
    rows, parent_id, path = [], None, term.taxonomy
    for code, name in term.parents:
        path += f"\x1f{code}\x1f{name}"
        own_id = str(uuid.uuid5(_TERM_NAMESPACE, path))
        if own_id not in written:
            written.add(own_id)
            rows.append({"id": own_id, "code": code, "name": name, "parent_id": parent_id,
                         "taxonomy": term.taxonomy, "taxonomy_id": taxonomy_id})
        parent_id = own_id
    written.add(term_id)
    rows.append({"id": term_id, "code": term.code, "name": term.name or term.code, "parent_id": parent_id,
                 "taxonomy": term.taxonomy, "taxonomy_id": taxonomy_id})
    return rows


_TERM_NAMESPACE = uuid.UUID("3b1f0d7e-2a51-4c1e-9a4e-5f7c2d9e8b61")


def _descriptor() -> dict:
    resources = []
    for name, (file_name, columns) in _HSDS_TABLES.items():
        schema: dict = {"fields": [{"name": c, "type": "string"} for c in columns], "primaryKey": "id"}
        keys = [{"fields": field, "reference": {"resource": target, "fields": "id"}}
                for field, target in _HSDS_KEYS.get(name, [])]
        if keys:
            schema["foreignKeys"] = keys
        resources.append({"name": name, "path": file_name, "profile": "tabular-data-resource", "schema": schema})
    return {"name": "resource_desk_export", "title": "Resource Desk export", "profile": "tabular-data-package",
            "version": "3.0.0", "resources": resources}


def _write_hsds(connection, handle, ids, include_private, progress, cancel) -> tuple[int, int, int]:
    from resource_desk.core.languages import language_name
    from resource_desk.core.models import new_id

    buffers = {name: io.StringIO() for name in _HSDS_TABLES}
    writers = {name: csv.writer(buffers[name]) for name in _HSDS_TABLES}
    for name, (_, columns) in _HSDS_TABLES.items():
        writers[name].writerow(columns)

    def put(table: str, **values) -> None:
        writers[table].writerow([neutralise(values.get(c)) for c in _HSDS_TABLES[table][1]])

    put("taxonomy", id=TAXONOMY_ID, name="Resource Desk tags",
        description="Who a resource serves (identity) and what it offers (need)")
    organizations: set[str] = set()
    terms: set[str] = set()
    taxonomies: dict[str, str] = {}
    count = notes_left = confidential_left = 0
    for rows in _chunks(connection, ids, progress, cancel):
        for row in rows:
            v = row.values
            count += 1
            if v["private_notes"] and not include_private:
                notes_left += 1
            org_id = v["organization_id"]
            if org_id and org_id not in organizations:
                organizations.add(org_id)
                put("organization", id=org_id, name=v["organization"], alternate_name=v["organization_alternate_name"],
                    description=v["organization_description"], email=v["organization_email"],
                    website=v["organization_website"])
            alert = "Do not refer" if v["status"] == "do_not_refer" else None
            put("service", id=row.id, organization_id=org_id, name=v["name"], description=v["description"],
                url=v["website"], email=v["email"], status=_STATUS.get(v["status"], "active"),
                fees_description=v["fees"], eligibility_description=v["eligibility"], minimum_age=v["age_min"],
                maximum_age=v["age_max"], assured_date=v["last_verified"], assurer_email=v["verified_by"], alert=alert)
            for phone in row.phones:
                put("phone", id=new_id(), service_id=row.id, number=phone.number, extension=phone.extension,
                    type={"text": "sms", "hotline": "voice"}.get(phone.kind, phone.kind),
                    description=phone.label or ("Hotline" if phone.kind == "hotline" else None))
            for code in (v["languages"] or "").split():
                put("language", id=new_id(), service_id=row.id, name=language_name(code), code=code)
            if v["hours"]:
                put("schedule", id=new_id(), service_id=row.id, description=v["hours"])
            first_location = None
            for address in row.addresses:
                if address.confidential and not include_private:
                    confidential_left += 1
                    continue
                location_id = new_id()
                first_location = first_location or location_id
                put("location", id=location_id, location_type="physical", organization_id=org_id, name=v["name"],
                    latitude=address.latitude, longitude=address.longitude)
                lines = address.lines.split("\n")
                put("address", id=new_id(), location_id=location_id, address_1=lines[0],
                    address_2=", ".join(lines[1:]) or None, city=address.city, state_province=address.region,
                    postal_code=address.postal_code, country=address.country, address_type="physical")
                put("service_at_location", id=new_id(), service_id=row.id, location_id=location_id)
            if v["accessibility"] and first_location:
                put("accessibility", id=new_id(), location_id=first_location, description=v["accessibility"])
            for tag_id, facet, name, _codes in row.tags:
                if tag_id not in terms:
                    terms.add(tag_id)
                    put("taxonomy_term", id=tag_id, code=f"{facet}:{name}", name=name, taxonomy="Resource Desk tags",
                        taxonomy_id=TAXONOMY_ID)
                put("attribute", id=new_id(), link_id=row.id, link_type="service", link_entity="service",
                    taxonomy_term_id=tag_id)
            for term_id, term in row.categories:
                if term_id not in terms:
                    for term_row in _hsds_terms(term_id, term, terms, taxonomies):
                        put("taxonomy_term", **term_row)
                put("attribute", id=new_id(), link_id=row.id, link_type="service", link_entity="service",
                    taxonomy_term_id=term_id)
    for scheme, taxonomy_id in taxonomies.items():
        put("taxonomy", id=taxonomy_id, name=scheme, description=f"Source categories: {scheme}")
    with zipfile.ZipFile(handle, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("datapackage.json", json.dumps(_descriptor(), indent=2))
        for name, (file_name, _) in _HSDS_TABLES.items():
            archive.writestr(file_name, buffers[name].getvalue())
    return count, notes_left, confidential_left
