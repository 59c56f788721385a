"""Resources as Open Referral HSDS 3.0 records, table by table, to the letter of the spec.

``build_tables`` turns the catalogue's resources into the rows of the 21 official tables
(every official column, in the official order of the published ``datapackage.json``, which
ships in resources/hsds). The tabular package and the JSON export are both written from
these rows, so they say the same.

What HSDS has a field for goes there. What it has none for (kind, delivery, cost, a
verifier who is not an e-mail address, the hotline kind of a phone, a confidential
address, private notes, an external id) travels as an ``attribute`` under this project's
own taxonomy, "Resource Desk fields", whose terms have fixed ids and URIs; tags go under
"Resource Desk tags" with their facet in the code ("identity:Youth"). The importer reads
both back, so an export imported into an empty catalogue gives the same resources.

Where HSDS requires what the catalogue lacks, only what can be derived is filled in: the
country from Preferences, an organization named after the resource (marked as made up
here) when it has none. Nothing else is invented: an address without a city, state or postal
code is no HSDS address (it is kept in an attribute of its location) and the export's
notes say so.
"""

from __future__ import annotations

import json
import re
import uuid
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from sqlalchemy import Connection

from resource_desk.core.languages import hsds_language
from resource_desk.core.messages import msg
from resource_desk.core.paths import resource_path
from resource_desk.core.records import FACET_LABELS, AddressRecord
from resource_desk.core.validation import is_valid_email
from resource_desk.importing.export_rows import chunks, term_rows
from resource_desk.importing.hsds_hours import weekly_rules

NAMESPACE = uuid.UUID("3b1f0d7e-2a51-4c1e-9a4e-5f7c2d9e8b61")  # ids derived here are the same in every export
TAGS_TAXONOMY_ID = "6c2f1c1e-7d0a-4a35-9f3c-3e8e2f6b9a10"
FIELDS_TAXONOMY_ID = str(uuid.uuid5(NAMESPACE, "taxonomy:Resource Desk fields"))
TAGS_TAXONOMY = "Resource Desk tags"
FIELDS_TAXONOMY = "Resource Desk fields"
FIELD_CODE = "resource-desk:"  # "resource-desk:kind"; a tag's code is "facet:name"

# Resource Desk fields HSDS has no place for: code -> what the attribute's value holds.
FIELDS = {
    "kind": "The kind of resource (support_group, crisis_line, ...).",
    "delivery": "How it is delivered: in_person, remote, phone or hybrid.",
    "cost": "What it costs: free, sliding_scale, insurance or paid.",
    "status": "Resource Desk's status when HSDS's says less (do_not_refer, temporarily_closed).",
    "verified_by": "Who last verified the record, when not an e-mail address (HSDS assurer_email).",
    "external_id": "The record's id in the list it was imported from.",
    "private_notes": "The therapist's private notes (only in exports that include private data).",
    "accessibility": "Accessibility of a resource that has no location to hang it on.",
    "website": "A web address that is no valid URI (HSDS url).",
    "email": "An e-mail address HSDS's email format does not take.",
    "phone_kind": "The kind of a phone HSDS's types do not tell (hotline).",
    "phone_extension": "A phone extension that is not a number.",
    "confidential_address": "This location's address is confidential (a shelter): do not publish it.",
    "address": "An address without what HSDS requires of one (street, city, state, postal code, country), "
               "as JSON; it is not written as an HSDS address.",
    "country_from_preferences": "The address's country was not in the catalogue; it is the exporter's country.",
    "made_up_organization": "The catalogue gives this service no organization; this one is named after it.",
    "no_description": "The catalogue has no description of this organization; HSDS requires one.",
}
NO_DESCRIPTION = "No description given."
# The spec's phone types (RFC 6350 TYPE values) for Resource Desk's kinds; hotline is a voice line.
PHONE_TYPES = {"voice": "voice", "text": "text", "tty": "textphone", "fax": "fax", "hotline": "voice"}
STATUSES = {"active": "active", "inactive": "inactive", "temporarily_closed": "temporarily closed",
            "do_not_refer": "inactive"}


@lru_cache(maxsize=1)
def official_descriptor() -> dict:
    """The published HSDS 3.0.0 datapackage.json (resources/hsds)."""
    return json.loads(resource_path("hsds", "datapackage.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def table_columns() -> dict[str, tuple[str, list[str]]]:
    """Official table name -> (file name, columns in order)."""
    return {r["name"]: (r["path"], [f["name"] for f in r["schema"]["fields"]])
            for r in official_descriptor()["resources"]}


_URI = re.compile(r"^[a-z][a-z0-9+.-]*://[^\s<>\"{}|\\^`]+$", re.I)


def _uri(value: str | None) -> str | None:
    """The value when HSDS's ``uri`` format takes it (a scheme, no spaces), else None."""
    return value if value and _URI.match(value.strip()) else None


def _email(value: str | None) -> str | None:
    return value if value and is_valid_email(value) else None


def field_term_id(code: str) -> str:
    return str(uuid.uuid5(NAMESPACE, f"field:{code}"))


def derived_id(*parts: str) -> str:
    return str(uuid.uuid5(NAMESPACE, "\x1f".join(parts)))


def urn(identifier: str) -> str:
    """A URI of this project's own for an id (no web site stands behind the taxonomy)."""
    return f"urn:uuid:{identifier}"


@dataclass
class Tables:
    rows: dict[str, list[dict]] = field(default_factory=lambda: {name: [] for name in table_columns()})
    resources: int = 0
    private_notes_left_out: int = 0
    confidential_addresses_left_out: int = 0
    notes: Counter = field(default_factory=Counter)  # what was filled in or left out -> how many

    def put(self, table: str, **values) -> dict:
        row = {c: values.get(c) for c in table_columns()[table][1]}
        unknown = set(values) - set(row)
        if unknown:
            raise KeyError(f"{table} has no column {sorted(unknown)}")  # a bug here, not in the data
        self.rows[table].append(row)
        return row


class _Builder:
    def __init__(self, include_private: bool, country: str | None):
        self.include_private = include_private
        self.country = (country or "").strip().upper() or None
        self.out = Tables()
        self.organizations: set[str] = set()
        self.terms: set[str] = set()
        self.taxonomies: dict[str, str] = {}
        self.codes: set[str] = set()  # source category codes written so far
        self.out.put("taxonomy", id=TAGS_TAXONOMY_ID, name=TAGS_TAXONOMY, uri=urn(TAGS_TAXONOMY_ID),
                     description="Resource Desk's own tags: who a resource serves (identity) and what it offers "
                                 "(need); each term's code is facet:name.")
        self.out.put("taxonomy", id=FIELDS_TAXONOMY_ID, name=FIELDS_TAXONOMY, uri=urn(FIELDS_TAXONOMY_ID),
                     description="Resource Desk fields HSDS has no place for, carried as attributes whose value is "
                                 "the field's value.")

    def attribute(self, link_id: str, entity: str, code: str, value: object, *parts: str) -> None:
        term_id = field_term_id(code)
        if term_id not in self.terms:
            self.terms.add(term_id)
            self.out.put("taxonomy_term", id=term_id, code=FIELD_CODE + code, name=code, description=FIELDS[code],
                         taxonomy=FIELDS_TAXONOMY, taxonomy_id=FIELDS_TAXONOMY_ID, term_uri=urn(term_id))
        self.out.put("attribute", id=derived_id("attribute", link_id, code, *parts), link_id=link_id,
                     taxonomy_term_id=term_id, link_entity=entity, value=str(value))

    # -- one resource ----------------------------------------------------------------

    def resource(self, row, known: dict[str, tuple]) -> None:
        out, v, sid = self.out, row.values, row.id
        out.resources += 1
        org_id = self._organization(row)
        verifier = (v["verified_by"] or "").strip() or None
        email_verifier = verifier if verifier and is_valid_email(verifier) else None
        url, email = _uri(v["website"]), _email(v["email"])
        out.put("service", id=sid, organization_id=org_id, name=v["name"], description=v["description"],
                url=url, email=email,
                status=STATUSES.get(v["status"], "active"), fees_description=v["fees"],
                eligibility_description=v["eligibility"], minimum_age=v["age_min"], maximum_age=v["age_max"],
                assured_date=v["last_verified"], assurer_email=email_verifier,
                alert="Do not refer" if v["status"] == "do_not_refer" else None)
        for code, given, written in (("website", v["website"], url), ("email", v["email"], email)):
            if given and not written:
                self.attribute(sid, "service", code, given)
                out.notes[msg("websites HSDS's format does not take (kept only in a Resource Desk attribute)")
                          if code == "website" else
                          msg("emails HSDS's format does not take (kept only in a Resource Desk attribute)")] += 1
        for code in ("kind", "delivery", "cost", "external_id"):
            if v[code]:
                self.attribute(sid, "service", code, v[code])
        if v["status"] not in ("active", "inactive"):
            self.attribute(sid, "service", "status", v["status"])
        if verifier and not email_verifier:
            self.attribute(sid, "service", "verified_by", verifier)
        if v["private_notes"]:
            if self.include_private:
                self.attribute(sid, "service", "private_notes", v["private_notes"])
            else:
                out.private_notes_left_out += 1
        self._phones(row)
        for code in (v["languages"] or "").split():
            hsds_code, name = hsds_language(code)
            out.put("language", id=derived_id("language", sid, code), service_id=sid, name=name, code=hsds_code)
        self._schedules(sid, v["hours"])
        first_location = self._locations(row, org_id)
        if v["accessibility"]:
            if first_location:
                out.put("accessibility", id=derived_id("accessibility", sid), location_id=first_location,
                        description=v["accessibility"])
            else:
                self.attribute(sid, "service", "accessibility", v["accessibility"])
        for tag_id, facet, name, _codes in row.tags:
            if tag_id not in self.terms:
                self.terms.add(tag_id)
                out.put("taxonomy_term", id=tag_id, code=f"{facet}:{name}", name=name,
                        description=f"Resource Desk tag, {FACET_LABELS.get(facet, facet).lower()}: {name}",
                        taxonomy=TAGS_TAXONOMY, taxonomy_id=TAGS_TAXONOMY_ID, term_uri=urn(tag_id))
            out.put("attribute", id=derived_id("attribute", sid, tag_id), link_id=sid, taxonomy_term_id=tag_id,
                    link_entity="service")
        for term_id, term in row.categories:
            self._source_term(term_id, known)
            out.put("attribute", id=derived_id("attribute", sid, term_id), link_id=sid, taxonomy_term_id=term_id,
                    link_entity="service")

    def _organization(self, row) -> str:
        v = row.values
        org_id = v["organization_id"]
        if org_id:
            if org_id not in self.organizations:
                self.organizations.add(org_id)
                description = v["organization_description"]
                self.out.put("organization", id=org_id, name=v["organization"],
                             alternate_name=v["organization_alternate_name"], description=description or NO_DESCRIPTION,
                             email=_email(v["organization_email"]), website=_uri(v["organization_website"]))
                if (v["organization_email"] and not _email(v["organization_email"])) or (
                        v["organization_website"] and not _uri(v["organization_website"])):
                    self.out.notes[msg("organization web or e-mail addresses HSDS's format does not take "
                                       "(left out)")] += 1
                if not description:
                    self.attribute(org_id, "organization", "no_description", "description")
                    self.out.notes[msg("organizations without a description (written as “{text}”)",
                                       text=NO_DESCRIPTION)] += 1
            return org_id
        # HSDS requires every service to have an organization: one named after the service, marked as such.
        org_id = derived_id("organization-for", row.id)
        self.out.put("organization", id=org_id, name=v["name"], description=(
            "The catalogue names no organization for this service; this record is named after the service."))
        self.attribute(org_id, "organization", "made_up_organization", row.id)
        self.out.notes[msg("resources without an organization (one named after the resource, marked as such)")] += 1
        return org_id

    def _phones(self, row) -> None:
        for phone_id, phone in zip(row.phone_ids, row.phones):
            extension = phone.extension if phone.extension and phone.extension.isdigit() else None
            self.out.put("phone", id=phone_id, service_id=row.id, number=phone.number, extension=extension,
                         type=PHONE_TYPES.get(phone.kind, "voice"), description=phone.label)
            if phone.kind == "hotline":
                self.attribute(phone_id, "phone", "phone_kind", phone.kind)
            if phone.extension and not extension:
                self.attribute(phone_id, "phone", "phone_extension", phone.extension)

    def _schedules(self, sid: str, hours: str | None) -> None:
        if not hours:
            return
        rules = weekly_rules(hours)
        if not rules:
            self.out.put("schedule", id=derived_id("schedule", sid), service_id=sid, description=hours)
            return
        for index, rule in enumerate(rules):
            # The text is kept whole on the first rule; the others carry only their structure.
            self.out.put("schedule", id=derived_id("schedule", sid, str(index)), service_id=sid, freq="WEEKLY",
                         wkst="MO", byday=rule.byday, opens_at=rule.opens_at, closes_at=rule.closes_at,
                         description=hours if index == 0 else None)

    def _locations(self, row, org_id: str) -> str | None:
        out, v = self.out, row.values
        first = None
        for address_id, address in zip(row.address_ids, row.addresses):
            if address.confidential and not self.include_private:
                out.confidential_addresses_left_out += 1
                continue
            location_id = derived_id("location", address_id)
            first = first or location_id
            out.put("location", id=location_id, location_type="physical", organization_id=org_id, name=v["name"],
                    latitude=address.latitude, longitude=address.longitude)
            out.put("service_at_location", id=derived_id("service_at_location", row.id, address_id),
                    service_id=row.id, location_id=location_id)
            if address.confidential:
                self.attribute(location_id, "location", "confidential_address", "true")
            self._address(location_id, address_id, address)
        return first

    def _address(self, location_id: str, address_id: str, address: AddressRecord) -> None:
        lines = [line for line in address.lines.split("\n") if line.strip()]
        country = address.country
        if not country and self.country and (lines or address.city):
            country = self.country
        if not (lines and address.city and address.region and address.postal_code and country):
            self.attribute(location_id, "location", "address", json.dumps(
                {k: getattr(address, k) for k in ("lines", "city", "region", "postal_code", "country")},
                ensure_ascii=False))
            self.out.notes[msg("addresses without the street, city, state, postal code or country HSDS requires "
                               "(not written as HSDS addresses)")] += 1
            return
        if country != address.country:
            self.attribute(location_id, "location", "country_from_preferences", country)
            self.out.notes[msg("addresses without a country (given {country}, the country in Preferences)",
                               country=country)] += 1
        self.out.put("address", id=address_id, location_id=location_id, address_1=lines[0],
                     address_2="\n".join(lines[1:]) or None, city=address.city, state_province=address.region,
                     postal_code=address.postal_code, country=country, address_type="physical")

    def _source_term(self, term_id: str, known: dict[str, tuple]) -> None:
        """A source category and its parents, with their own ids, under a taxonomy per scheme."""
        chain, current = [], term_id
        while current and current in known and current not in self.terms and len(chain) < 20:
            chain.append(known[current])
            current = known[current][4]
        for own_id, scheme, code, name, parent_id in reversed(chain):
            self.terms.add(own_id)
            taxonomy_id = self.taxonomies.get(scheme)
            if taxonomy_id is None:
                taxonomy_id = self.taxonomies[scheme] = derived_id("taxonomy", scheme)
                self.out.put("taxonomy", id=taxonomy_id, name=scheme,
                             description=f"Source categories of the lists imported into Resource Desk: {scheme}")
            path = [name or code]
            parent = parent_id
            while parent and parent in known and len(path) < 20:
                path.insert(0, known[parent][3] or known[parent][2])
                parent = known[parent][4]
            self.out.put("taxonomy_term", id=own_id, code=self._unique_code(code), name=name or code,
                         description=f"{scheme}: {' - '.join(path)}", parent_id=parent_id if parent_id in known
                         else None, taxonomy=scheme, taxonomy_id=taxonomy_id)

    def _unique_code(self, code: str) -> str | None:
        # taxonomy_terms.code is unique across the table: a code two schemes share is written once.
        if not code:
            return None
        codes = self.codes
        if code in codes:
            self.out.notes[msg("source category codes another scheme uses too (left out of the repeats)")] += 1

            return None
        codes.add(code)
        return code


def build_tables(connection: Connection, ids: Sequence[str], include_private: bool, country: str | None,
                 progress=None, cancel=None) -> Tables:
    """Every official table's rows for the given resources, in their order."""
    builder = _Builder(include_private, country)
    for rows in chunks(connection, ids, progress, cancel):
        wanted = {term_id for row in rows for term_id, _ in row.categories}
        terms = term_rows(connection, wanted)
        for row in rows:
            builder.resource(row, terms)
    return builder.out
