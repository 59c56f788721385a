"""Open Referral data packages: HSDS 3.0 tabular packages, HSDS 1.x/2.x and Ohana CSV sets.

A package is a folder, a .zip, or a ``datapackage.json`` with one CSV per table linked by
ids. Each row of ``services.csv`` becomes a resource; its organization, locations
(addresses, accessibility), phones, languages, schedules and taxonomy terms are gathered
through the links. A link to a row that does not exist is reported (table, row, column)
and the service is imported with what can stand alone.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
import os
import zipfile
from contextlib import closing
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

from resource_desk.core.errors import message_of
from resource_desk.core.messages import joined, msg
from resource_desk.core.records import AddressRecord, PhoneRecord
from resource_desk.core.text import clean
from resource_desk.importing.clean_text import clean_cell
from resource_desk.importing.csv_reader import open_csv, open_csv_stream
from resource_desk.importing.fields import FieldWriter, is_uuid
from resource_desk.importing.hsds_export import FIELD_CODE, FIELDS_TAXONOMY_ID
from resource_desk.importing.layouts.base import Source
from resource_desk.importing.phone_cells import phones_in
from resource_desk.importing.limits import (
    MAX_JSON_BYTES,
    MAX_PACKAGE_BYTES,
    ArchiveError,
    LimitedMember,
    check_member,
    megabytes,
    read_json_bytes,
    shown,
)
from resource_desk.importing.problems import ImportFileError, ProblemLog
from resource_desk.importing.records import ImportRecord, SourceTerm
from resource_desk.importing.tables import Table
from resource_desk.importing.tagging import AIRS, TagResolver, looks_like_code
from resource_desk.importing.values import split_list

Rows = list[tuple[int, dict[str, str]]]

# Links checked when a package does not declare its foreign keys (HSDS 1.x/2.x, Ohana).
_KNOWN_LINKS = [
    ("services", "organization_id", "organizations"), ("services", "location_id", "locations"),
    ("services", "program_id", "programs"), ("locations", "organization_id", "organizations"),
    ("services_at_location", "service_id", "services"), ("services_at_location", "location_id", "locations"),
    ("service_at_location", "service_id", "services"), ("service_at_location", "location_id", "locations"),
    ("phones", "service_id", "services"), ("phones", "location_id", "locations"),
    ("phones", "organization_id", "organizations"), ("phones", "contact_id", "contacts"),
    ("contacts", "service_id", "services"), ("contacts", "location_id", "locations"),
    ("contacts", "organization_id", "organizations"), ("addresses", "location_id", "locations"),
    ("physical_addresses", "location_id", "locations"), ("postal_addresses", "location_id", "locations"),
    ("mail_addresses", "location_id", "locations"), ("regular_schedules", "service_id", "services"),
    ("regular_schedules", "location_id", "locations"), ("holiday_schedules", "service_id", "services"),
    ("holiday_schedules", "location_id", "locations"), ("languages", "service_id", "services"),
    ("languages", "location_id", "locations"), ("services_taxonomy", "service_id", "services"),
    ("service_taxonomy", "service_id", "services"), ("services_taxonomy", "taxonomy_id", "taxonomy"),
    ("service_taxonomy", "taxonomy_id", "taxonomy"), ("accessibility_for_disabilities", "location_id", "locations"),
    ("eligibility", "service_id", "services"), ("programs", "organization_id", "organizations"),
]
_WEEKDAYS = {"1": "Monday", "2": "Tuesday", "3": "Wednesday", "4": "Thursday", "5": "Friday", "6": "Saturday",
             "7": "Sunday", "mo": "Monday", "tu": "Tuesday", "we": "Wednesday", "th": "Thursday", "fr": "Friday",
             "sa": "Saturday", "su": "Sunday"}
_PHONE_TYPES = {"voice": "voice", "fax": "fax", "tty": "tty", "tdd": "tty", "hotline": "hotline", "sms": "text",
                "text": "text", "cell": "voice", "textphone": "tty", "video": "voice", "pager": "voice"}


def _key(header: str) -> str:
    return "_".join(clean(header).strip().lower().replace("-", " ").split())


class Package:
    """The CSV tables of a package, opened by name ("services" -> services.csv)."""

    def __init__(self, where: str, members: dict[str, object], datapackage: dict | None, zip_file=None,
                 encoding: str | None = None):
        self.where = where
        self.members = members  # "services" -> Path or zip member name
        self.datapackage = datapackage
        self.zip = zip_file
        self.encoding = encoding
        self.encodings: set[str] = set()
        # HSDS 3 names its resources in the singular ("service") and points at files.
        self.resource_files: dict[str, str] = {}
        for resource in (datapackage or {}).get("resources", []) or []:
            if isinstance(resource, dict) and resource.get("name") and resource.get("path"):
                self.resource_files[resource["name"]] = Path(str(resource["path"])).stem.lower()

    @property
    def version(self) -> str:
        declared = str((self.datapackage or {}).get("version", ""))
        if declared.startswith("3") or (self.has("attributes") and self.has("taxonomy_terms")) or (
                self.has("service_at_location") and not self.has("services_at_location") and self.has("schedules")):
            return "3"
        return "1"

    @property
    def label(self) -> str:
        """Which HSDS it is, as far as the package tells."""
        if self.version == "3":
            return msg("Open Referral HSDS 3.0 data package")
        declared = str((self.datapackage or {}).get("version", ""))
        if self.has("mail_addresses"):  # Ohana's own name for postal addresses
            return msg("Open Referral data package in Ohana's layout (HSDS 1.x)")
        if declared.startswith("2") or self.has("service_attributes") or self.has("attributes"):
            return msg("Open Referral HSDS 2.x data package")
        return msg("Open Referral HSDS 1.x data package")

    def has(self, name: str) -> bool:
        return name in self.members

    def open(self, name: str) -> Table:
        member = self.members[name]
        if self.zip is not None:
            info = self.zip.getinfo(member)  # type: ignore[arg-type]
            stream = LimitedMember(self.zip, info, self.where)
            return open_csv_stream(stream, info.file_size, f"{self.where}:{member}", f"{name}.csv",  # type: ignore[arg-type]
                                   self.encoding, help_row=False)
        return open_csv(member, encoding=self.encoding, help_row=False, name=f"{name}.csv")  # type: ignore[arg-type]

    def rows(self, name: str, log: ProblemLog) -> Rows:
        if not self.has(name):
            return []
        try:
            table = self.open(name)
        except ArchiveError:
            raise
        except ImportFileError as exc:
            log.warn(msg("table not read: {reason}", reason=message_of(exc)), file=f"{name}.csv")
            return []
        try:
            if table.info.encoding:
                self.encodings.add(table.info.encoding)
            keys = [_key(h) for h in table.headers]
            rows = [(n, {k: clean_cell(c) for k, c in zip(keys, cells)}) for n, cells in table.rows()]
            for problem in table.problems:
                log.add(problem)
            return rows
        finally:
            table.close()

    def close(self) -> None:
        if self.zip is not None:
            self.zip.close()
            self.zip = None


def open_package(path: str | os.PathLike[str], encoding: str | None = None) -> Package:
    path = Path(path)
    datapackage = None
    if path.is_dir():
        members: dict[str, object] = {p.stem.lower(): p for p in sorted(path.iterdir())
                                      if p.suffix.lower() == ".csv" and p.is_file()}
        descriptor = path / "datapackage.json"
        if descriptor.is_file():
            with open(descriptor, "rb") as handle:
                data = read_json_bytes(handle.read, descriptor.stat().st_size, str(descriptor))
            datapackage = _read_descriptor(data, str(descriptor))
        _check_total(path, sum(p.stat().st_size for p in members.values()))  # type: ignore[union-attr]
        package = Package(str(path), members, datapackage, encoding=encoding)
    else:
        try:
            archive = zipfile.ZipFile(path)
            infos = archive.infolist()
        except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError, RuntimeError,
                UnicodeDecodeError) as exc:
            raise ImportFileError(msg("{path} is not a readable .zip archive ({reason})", path=str(path),
                                      reason=shown(str(exc)))) from None
        members = {}
        try:
            total = 0
            for info in infos:
                base = Path(info.filename).name
                if not info.filename or info.is_dir() or base.startswith(".") or "__MACOSX" in info.filename:
                    continue
                if base.lower().endswith(".csv"):
                    check_member(info, str(path))
                    if members.setdefault(Path(base).stem.lower(), info.filename) == info.filename:
                        total += info.file_size
                elif base.lower() == "datapackage.json":
                    where = f"{path}:{info.filename}"
                    with closing(LimitedMember(archive, info, str(path), MAX_JSON_BYTES + 1)) as stream:
                        datapackage = _read_descriptor(read_json_bytes(stream.read, info.file_size, where), where)
            _check_total(path, total)
        except BaseException:
            archive.close()
            raise
        package = Package(str(path), members, datapackage, zip_file=archive, encoding=encoding)
    if not package.has("services"):
        package.close()
        if path.is_dir():
            raise ImportFileError(msg("{path}: this folder is not an Open Referral data package (no services.csv)",
                                      path=str(path)))
        raise ImportFileError(msg("{path}: this archive is not an Open Referral data package (no services.csv)",
                                  path=str(path)))
    return package


def _check_total(path: Path, total: int) -> None:
    # The tables of a package are held in memory to be joined: their size is bounded.
    if total > MAX_PACKAGE_BYTES:
        raise ImportFileError(msg("{path}: its tables hold {size}, more than the {most} one import reads; split the "
                                  "package", path=str(path), size=megabytes(total), most=megabytes(MAX_PACKAGE_BYTES)))


def _read_descriptor(data: bytes, where: str) -> dict | None:
    """The descriptor, with its parts of the wrong type left out (a warning would not help:
    only its resources' names, paths and foreign keys are used)."""
    try:
        document = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise ImportFileError(msg("{file} is not valid JSON ({reason})", file=where, reason=str(exc))) from None
    if not isinstance(document, dict):
        return None
    resources = document.get("resources")
    document["resources"] = [r for r in resources if isinstance(r, dict)] if isinstance(resources, list) else []
    for resource in document["resources"]:
        for key in ("name", "path"):
            if not isinstance(resource.get(key), str):
                resource.pop(key, None)
        schema = resource.get("schema")
        if not isinstance(schema, dict):
            resource.pop("schema", None)
        elif not isinstance(schema.get("foreignKeys"), list):
            schema.pop("foreignKeys", None)
        else:
            schema["foreignKeys"] = [k for k in schema["foreignKeys"] if isinstance(k, dict)
                                     and isinstance(k.get("reference", {}), dict)]
    return document


class HsdsSource(Source):
    def __init__(self, package: Package, path: Path):
        self._organizations: list[dict[str, str]] = []
        super().__init__(path)
        self.package = package
        json_input = getattr(package, "shape", None) is not None
        self.layout = "hsds3-json" if json_input else "hsds3" if package.version == "3" else "hsds"
        self.label = package.label
        self._done = 0
        self._total = 1
        self.encoding = package.encoding

    @property
    def description(self) -> str:
        if getattr(self.package, "shape", None):
            tables = ", ".join(sorted(self.package.members))
            return joined(": ", [self.label, tables])
        tables = ", ".join(sorted(f"{n}.csv" for n in self.package.members))
        return joined(": ", [self.label, tables])

    def progress(self) -> float:
        return self._done / self._total if self._total else 0.0

    def close(self) -> None:
        self.package.close()

    def organizations(self):
        for row in self._organizations:
            if row.get("name"):
                yield row["name"], {"alternate_name": row.get("alternate_name", ""),
                                    "description": row.get("description", ""), "email": row.get("email", "")}

    # -- reading ---------------------------------------------------------------------

    def records(self, tags: TagResolver, log: ProblemLog) -> Iterator[ImportRecord]:
        pkg = self.package
        names = list(pkg.members)
        data: dict[str, Rows] = {name: pkg.rows(name, log) for name in names}
        if len(pkg.encodings) == 1:
            self.encoding = next(iter(pkg.encodings))
        self._check_links(data, log)
        builder = _Builder(data, FieldWriter(tags, log, "services.csv"), tags, log, self.layout)
        self._organizations = [row for _, row in data.get("organizations", [])]
        services = data.get("services", [])
        self._total = max(1, len(services))
        for self._done, (number, row) in enumerate(services, start=1):
            rec = builder.service(number, row)
            if rec is not None:
                yield rec

    def _check_declared(self, data: dict[str, Rows], log: ProblemLog) -> None:
        ids = {name: {row.get("id") or row.get("taxonomy_id") for _, row in rows
                      if row.get("id") or row.get("taxonomy_id")} for name, rows in data.items()}
        for table, column, target, target_column in self._links():
            if table not in data or target not in data:
                continue
            known = ids[target] if target_column == "id" else {
                row.get(target_column) for _, row in data[target] if row.get(target_column)}
            for number, row in data[table]:
                value = row.get(column)
                if value and value not in known:
                    log.warn(msg("{column} “{value}” matches no row of {table}", column=column, value=value,
                                 table=f"{target}.csv"), number, column, f"{table}.csv")

    def _check_links(self, data: dict[str, Rows], log: ProblemLog) -> None:
        self._check_declared(data, log)
        every = set()
        for rows in data.values():
            every.update(row.get("id") for _, row in rows if row.get("id"))
        for table, column in (("attributes", "link_id"), ("metadata", "resource_id")):
            for number, row in data.get(table, []):
                value = row.get(column)
                if value and value not in every:
                    log.warn(msg("{column} “{value}” matches no row of any table", column=column, value=value), number,
                             column, f"{table}.csv")

    def _links(self) -> list[tuple[str, str, str, str]]:
        declared = []
        package = self.package
        for resource in (package.datapackage or {}).get("resources", []) or []:
            if not isinstance(resource, dict):
                continue
            table = package.resource_files.get(resource.get("name", ""), "")
            for key in (resource.get("schema") or {}).get("foreignKeys", []) or []:
                reference = key.get("reference") or {}
                target = package.resource_files.get(reference.get("resource", ""), "")
                fields, target_fields = key.get("fields"), reference.get("fields")
                if table and target and isinstance(fields, str) and isinstance(target_fields, str):
                    declared.append((table, fields, target, target_fields))
        links = declared or [(t, c, target, "id") for t, c, target in _KNOWN_LINKS]
        for table, column in (("organizations", "parent_organization_id"), ("taxonomy_terms", "parent_id"),
                              ("taxonomy", "parent_id")):
            if (table, column, table, "id") not in links:
                links.append((table, column, table, "id"))
        return links


_OPEN_ELIGIBILITY = re.compile(r"^\d{3}(?:-\d{2})*$")  # "101", "101-01", "106-02-03"


class _Builder:
    """Gathers everything linked to one service into an ImportRecord."""

    def __init__(self, data: dict[str, Rows], writer: FieldWriter, tags: TagResolver, log: ProblemLog,
                 layout: str):
        self.data = data
        self.writer = writer
        self.tags = tags
        self.log = log
        self.layout = layout
        self.organizations = self._by_id("organizations")
        self.locations = self._by_id("locations")
        self.programs = self._by_id("programs")
        self.contacts = self._by_id("contacts")
        self.taxonomy = self._by_id("taxonomy_terms") or self._taxonomy_v1()
        self.taxonomies = self._by_id("taxonomies")
        sal = data.get("service_at_location") or data.get("services_at_location") or []
        self.sal_by_service = self._group(sal, "service_id")
        self.sal_ids = {row.get("id"): row for _, row in sal}
        self.phones = data.get("phones", [])
        self.phones_by = {key: self._group(self.phones, key) for key in
                          ("service_id", "location_id", "organization_id", "contact_id", "service_at_location_id")}
        self.addresses = self._group(data.get("addresses", []) + data.get("physical_addresses", []), "location_id")
        self.postal = self._group(data.get("postal_addresses", []) + data.get("mail_addresses", []), "location_id")
        self.languages_by_service = self._group(data.get("languages", []), "service_id")
        self.languages_by_location = self._group(data.get("languages", []), "location_id")
        self.accessibility = self._group(data.get("accessibility", []) + data.get("accessibility_for_disabilities", []),
                                         "location_id")
        schedules = data.get("schedules", []) + data.get("regular_schedules", [])
        self.schedules_by_service = self._group(schedules, "service_id")
        self.schedules_by_location = self._group(schedules, "location_id")
        self.attributes = self._group(data.get("attributes", []), "link_id")
        self.service_taxonomy = self._group(data.get("services_taxonomy", []) + data.get("service_taxonomy", []),
                                            "service_id")
        self.eligibility = self._group(data.get("eligibility", []), "service_id")
        self.documents = self._group(data.get("required_documents", []), "service_id")
        self.areas = self._group(data.get("service_areas", []), "service_id")
        self.contacts_by_location = self._group(data.get("contacts", []), "location_id")
        self.contacts_by_service = self._group(data.get("contacts", []), "service_id")
        # Resource Desk's own fields, as its export writes them: link id -> {field: value}
        self.own: dict[str, dict[str, str]] = defaultdict(dict)
        for _, attribute in data.get("attributes", []):
            term = self.taxonomy.get(attribute.get("taxonomy_term_id") or "")
            code = (term[1].get("code") or "") if term else ""
            if code.startswith(FIELD_CODE):
                self.own[attribute.get("link_id") or ""][code[len(FIELD_CODE):]] = attribute.get("value") or ""
        # A package Resource Desk wrote says every kind, delivery and cost it knows: none means none.
        self.own_export = FIELDS_TAXONOMY_ID in self.taxonomies

    def _by_id(self, name: str) -> dict[str, tuple[int, dict]]:
        result = {}
        for number, row in self.data.get(name, []):
            key = row.get("id") or row.get("taxonomy_id")
            if key:
                result[key] = (number, row)
        return result

    def _taxonomy_v1(self) -> dict[str, tuple[int, dict]]:
        result = {}
        for number, row in self.data.get("taxonomy", []):
            key = row.get("id") or row.get("taxonomy_id")
            if key:
                result[key] = (number, row)
        return result

    @staticmethod
    def _group(rows: Rows, column: str) -> dict[str, list[tuple[int, dict]]]:
        grouped: dict[str, list[tuple[int, dict]]] = defaultdict(list)
        for number, row in rows:
            value = row.get(column)
            if value:
                grouped[value].append((number, row))
        return grouped

    # -- one service -----------------------------------------------------------------

    def service(self, number: int, row: dict[str, str]) -> ImportRecord | None:
        rec = ImportRecord(number, "services.csv")
        set_ = self.writer.set
        sid = row.get("id", "")
        if is_uuid(sid):
            rec.id = sid.lower()
        elif sid:
            rec.fields["external_id"] = sid[:200]
        set_(rec, "name", row.get("name", ""), number, "name")
        if row.get("alternate_name"):
            rec.add_text("description", f"Also called: {row['alternate_name']}")
        set_(rec, "description", row.get("description", ""), number, "description")
        set_(rec, "website", row.get("url") or row.get("website", ""), number, "url")
        set_(rec, "email", row.get("email", ""), number, "email")
        if row.get("status"):
            set_(rec, "status", row["status"], number, "status")
        if "do not refer" in row.get("alert", "").lower():
            rec.fields["status"] = "do_not_refer"
        for column, label in (("eligibility_description", None), ("eligibility", None), ("audience", "Audience"),
                              ("application_process", "How to apply"), ("required_documents", "Documents"),
                              ("wait_time", "Wait time"), ("service_areas", "Service area")):
            value = row.get(column, "")
            if value:
                rec.add_text("eligibility", f"{label}: {value}" if label else value)
        if row.get("audience"):
            for item in split_list(row["audience"]):
                rec.add_tag(self.tags.resolve(item, "identity", number, offer=False))
        for _, el in self.eligibility.get(sid, []):
            rec.add_text("eligibility", el.get("eligibility", ""))
        for _, doc in self.documents.get(sid, []):
            if doc.get("document"):
                rec.add_text("eligibility", f"Documents: {doc['document']}")
        for _, area in self.areas.get(sid, []):
            text = area.get("description") or area.get("name") or area.get("service_area") or ""
            if text:
                rec.add_text("eligibility", f"Service area: {text}")
        for low, high in (("minimum_age", "maximum_age"),):
            if row.get(low):
                set_(rec, "age_min", row[low], number, low)
            if row.get(high):
                set_(rec, "age_max", row[high], number, high)
        fees = row.get("fees_description") or row.get("fees", "")
        if fees and fees not in ("fees_description",):
            set_(rec, "fees", fees, number, "fees")
        if row.get("accepted_payments"):
            rec.add_text("fees", f"Payment: {row['accepted_payments']}")
        if row.get("interpretation_services"):
            rec.add_text("accessibility", f"Interpretation: {row['interpretation_services']}")
        if row.get("assured_date"):
            set_(rec, "last_verified", row["assured_date"], number, "assured_date")
        if row.get("assurer_email"):
            rec.fields["verified_by"] = row["assurer_email"][:100]
        if row.get("languages"):
            set_(rec, "languages", row["languages"], number, "languages")
        for _, lang in self.languages_by_service.get(sid, []):
            self._language(rec, lang, number)

        locations = self._locations(sid, row, number)
        organization = self._organization(row, locations, number)
        if organization is not None:
            rec.organization = organization.get("name") or None
            placeholder = self.own.get(organization.get("id") or "", {}).get("no_description")
            for key in ("alternate_name", "description", "email"):
                if organization.get(key) and key != placeholder:
                    rec.org_fields[key] = organization[key]
            site = organization.get("url") or organization.get("website")
            if site:
                set_(rec, "organization_website", site, number, "organization website")
        for _, location in locations:
            self._location(rec, location, number)
        self._phones(rec, sid, locations, organization)
        self._hours(rec, sid, locations)
        self._taxonomy(rec, sid, row, number)
        self._contacts(rec, sid, locations)
        if row.get("keywords"):
            unmatched = []
            for item in split_list(row["keywords"]):
                tag_id = self.tags.resolve(item, None, number, offer=False)
                if tag_id:
                    rec.add_tag(tag_id)
                else:
                    unmatched.append(item)
            if unmatched:
                rec.add_text("private_notes", "Keywords: " + ", ".join(unmatched))
        self._own_fields(rec, sid, number)
        if not self.writer.finish(rec, {}, "name"):
            return None
        return rec

    def _own_fields(self, rec: ImportRecord, sid: str, number: int) -> None:
        """The fields a Resource Desk export carries as attributes of its own taxonomy."""
        own = self.own.get(sid, {})
        if self.own_export:
            for name in ("kind", "delivery", "cost"):
                rec.fields.pop(name, None)
        for name in ("kind", "delivery", "cost", "status"):
            if own.get(name):
                rec.fields.pop(name, None)
                self.writer.set(rec, name, own[name], number, name)
        for name in ("verified_by", "external_id", "website", "email"):
            if own.get(name):
                rec.fields[name] = own[name]
        for name in ("private_notes", "accessibility"):
            if own.get(name):
                rec.add_text(name, own[name])

    def _locations(self, sid: str, row: dict, number: int) -> list[tuple[int, dict]]:
        found = []
        ids = [sal.get("location_id") for _, sal in self.sal_by_service.get(sid, [])]
        if row.get("location_id"):
            ids.insert(0, row["location_id"])
        for location_id in dict.fromkeys(i for i in ids if i):
            if location_id in self.locations:
                found.append(self.locations[location_id])
        return found

    def _organization(self, row: dict, locations, number: int) -> dict | None:
        org_id = row.get("organization_id")
        if not org_id:
            org_id = next((loc.get("organization_id") for _, loc in locations if loc.get("organization_id")), None)
            if not org_id and row.get("program_id") in self.programs:
                org_id = self.programs[row["program_id"]][1].get("organization_id")
        if org_id and org_id in self.organizations and "made_up_organization" not in self.own.get(org_id, {}):
            return self.organizations[org_id][1]
        return None

    def _location(self, rec: ImportRecord, location: dict, number: int) -> None:
        lid = location.get("id", "")
        lat, lon = location.get("latitude"), location.get("longitude")
        physical = self.addresses.get(lid, [])
        postal = self.postal.get(lid, [])
        chosen = [(n, a) for n, a in physical if (a.get("address_type") or "physical") != "postal"] or \
            physical or postal
        own = self.own.get(lid, {})
        if not chosen and own.get("address"):
            self._own_address(rec, own, lat, lon)
        for address_row, address in chosen:
            cells = [(column, address[column]) for column in ("address_1", "address_2") if address.get(column)]
            record = AddressRecord(
                lines="\n".join(value for _, value in cells),
                city=address.get("city") or None,
                region=address.get("state_province") or address.get("region") or None,
                postal_code=address.get("postal_code") or None,
                country=(address.get("country") or "")[:2].upper() or None,
                latitude=_coordinate(lat, 90), longitude=_coordinate(lon, 180),
                confidential=bool(own.get("confidential_address")),
            )
            if own.get("country_from_preferences"):
                record = replace(record, country=None)
            table = "physical_addresses.csv" if self.data.get("physical_addresses") else "addresses.csv"
            if not any(a is address for _, a in physical):
                table = "postal_addresses.csv" if self.data.get("postal_addresses") else "mail_addresses.csv"
            checked = self.writer.address(rec, record, cells, address_row, table)
            if checked is not None:
                rec.add_address(checked)
        access = location.get("accessibility", "")
        if access:
            rec.add_text("accessibility", access.replace("_", " "))
        for _, item in self.accessibility.get(lid, []):
            text = " ".join(p for p in (item.get("description") or item.get("accessibility"), item.get("details"))
                            if p)
            rec.add_text("accessibility", text)
        if location.get("transportation"):
            rec.add_text("accessibility", f"Transportation: {location['transportation']}")
        if location.get("languages"):
            self.writer.set(rec, "languages", location["languages"], rec.row, "languages")
        for _, lang in self.languages_by_location.get(lid, []):
            self._language(rec, lang, rec.row)
        if location.get("virtual", "").lower() == "true":
            rec.fields.setdefault("delivery", "remote")
        if not rec.fields.get("website") and (location.get("website") or location.get("url")):
            self.writer.set(rec, "website", location.get("website") or location.get("url") or "", rec.row, "website")
        if not rec.fields.get("email") and location.get("email"):
            self.writer.set(rec, "email", location["email"], rec.row, "email")

    def _own_address(self, rec: ImportRecord, own: dict[str, str], lat, lon) -> None:
        """An address its export could not write as an HSDS address (no city, say)."""
        try:
            parts = json.loads(own["address"])
        except (json.JSONDecodeError, RecursionError):
            return
        if not isinstance(parts, dict):
            return
        text = {k: (str(parts[k]) if parts.get(k) else None) for k in ("lines", "city", "region", "postal_code",
                                                                         "country")}
        rec.add_address(AddressRecord(lines=text["lines"] or "", city=text["city"], region=text["region"],
                                      postal_code=text["postal_code"], country=(text["country"] or "")[:2] or None,
                                      confidential=bool(own.get("confidential_address")),
                                      latitude=_coordinate(lat, 90), longitude=_coordinate(lon, 180)))

    def _language(self, rec: ImportRecord, lang: dict, number: int | None) -> None:
        code = (lang.get("code") or "").strip().lower()
        if re.match(r"^[a-z]{2,3}$", code):  # languages.csv codes are ISO 639 codes: kept as given
            rec.add_language(code)
        else:
            self.writer.set(rec, "languages", lang.get("name") or lang.get("language") or code, number, "languages")

    def _phone_rows(self, sid: str, locations, organization: dict | None) -> list[tuple[int, dict]]:
        rows: list[tuple[int, dict]] = list(self.phones_by["service_id"].get(sid, []))
        for _, sal in self.sal_by_service.get(sid, []):
            rows += self.phones_by["service_at_location_id"].get(sal.get("id", ""), [])
        for _, location in locations:
            rows += [r for r in self.phones_by["location_id"].get(location.get("id", ""), [])
                     if not r[1].get("service_id") or r[1].get("service_id") == sid]
        for _, contact in self.contacts_by_service.get(sid, []):
            rows += self.phones_by["contact_id"].get(contact.get("id", ""), [])
        if not rows and organization is not None:
            rows += self.phones_by["organization_id"].get(organization.get("id", ""), [])
        seen, unique = set(), []
        for number, phone in rows:
            if number not in seen:
                seen.add(number)
                unique.append((number, phone))
        return unique

    def _phones(self, rec: ImportRecord, sid: str, locations, organization: dict | None) -> None:
        for number, phone in self._phone_rows(sid, locations, organization):
            cell = phone.get("number", "").strip().strip('"').strip()
            if not cell:
                continue
            kind = _PHONE_TYPES.get((phone.get("number_type") or phone.get("type") or "voice").lower(), "voice")
            found = phones_in(cell, kind)
            if not found:
                self.log.warn(msg("“{value}” is not a phone number", value=cell), number, "number", "phones.csv")
                continue
            description = phone.get("description") or ""
            label = phone.get("department") or (description if len(description) <= 60 else "") or None
            own = self.own.get(phone.get("id") or "", {})
            if (label and label.lower() == "hotline") or own.get("phone_kind") == "hotline":
                kind = "hotline"
                found = phones_in(cell, kind)
            extension = phone.get("extension") or own.get("phone_extension") or None
            # A number Resource Desk exported is kept as it was typed, odd brackets and all.
            exact = self.own_export and len(found) == 1
            for item in found:
                rec.add_phone(PhoneRecord(number=cell if exact else item.number, kind=item.kind, extension=item.extension or extension,
                                          label=(item.label or label or None) and (item.label or label)[:100],
                                          normalized=item.normalized))

    def _hours(self, rec: ImportRecord, sid: str, locations) -> None:
        rows = list(self.schedules_by_service.get(sid, []))
        if not rows:
            for _, location in locations:
                rows += self.schedules_by_location.get(location.get("id", ""), [])
        lines = []
        described = any(schedule.get("description") for _, schedule in rows)
        for _, schedule in rows:
            if schedule.get("description"):
                lines.append(schedule["description"])
                continue
            if described:  # the free text says it all; the rules beside it are its structure
                continue
            days = schedule.get("weekday") or schedule.get("byday") or ""
            days = ", ".join(_WEEKDAYS.get(d.strip().lower(), d.strip()) for d in days.split(",") if d.strip())
            opens, closes = (re.sub(r"^(\d{1,2}:\d{2}):00$", r"\1", schedule.get(key, "") or "")
                             for key in ("opens_at", "closes_at"))
            if opens or closes:
                lines.append(f"{days} {opens}–{closes}".strip())
        for line in dict.fromkeys(lines):
            rec.add_text("hours", line)

    def _taxonomy(self, rec: ImportRecord, sid: str, row: dict, number: int) -> None:
        term_ids = [a.get("taxonomy_term_id") for _, a in self.attributes.get(sid, [])]
        term_ids += [t.get("taxonomy_id") or t.get("taxonomy_detail") for _, t in self.service_taxonomy.get(sid, [])]
        if row.get("taxonomy_ids"):
            term_ids += [t.strip() for t in row["taxonomy_ids"].split(",")]
        for term_id in dict.fromkeys(t for t in term_ids if t):
            term = self.taxonomy.get(term_id)
            if term is None:
                self.log.warn(msg("taxonomy term “{term}” matches no row of the taxonomy table", term=term_id), number,

                              "taxonomy_ids" if row.get("taxonomy_ids") else "taxonomy", "services.csv")
                continue
            data = term[1]
            if (data.get("code") or "").startswith(FIELD_CODE):
                continue  # one of Resource Desk's own fields, read by _own_fields
            own = self.tags.own_term(data.get("code") or "", number)
            if own:
                rec.add_tag(own)
                continue
            self.tags.categorize(rec, self._term(term_id), number)

    def _term(self, term_id: str) -> SourceTerm:
        """A taxonomy row as a source category, with its parents (HSDS 3 ``taxonomy_terms``,
        or the ``taxonomy`` table of HSDS 1.x and Ohana, whose ids are Open Eligibility codes)."""
        data = self.taxonomy[term_id][1]
        parents: list[tuple[str, str]] = []
        parent = data.get("parent_id")
        seen = {term_id}
        while parent and parent in self.taxonomy and parent not in seen and len(parents) < 10:
            seen.add(parent)
            parent_row = self.taxonomy[parent][1]
            parents.insert(0, (self._code(parent, parent_row), parent_row.get("name", "")))
            parent = parent_row.get("parent_id")
        return SourceTerm(self._scheme(term_id, data), self._code(term_id, data), data.get("name", "") or "", tuple(parents))

    def _code(self, term_id: str, data: dict) -> str:
        if data.get("code"):
            return data["code"]
        # Ohana and HSDS 1.x: the taxonomy_id is the term's code (Open Eligibility "101-01")
        return "" if is_uuid(term_id) else term_id

    def _scheme(self, term_id: str, data: dict) -> str:
        scheme = data.get("taxonomy") or ""
        taxonomy_id = data.get("taxonomy_id")
        if taxonomy_id and taxonomy_id in self.taxonomies:
            scheme = self.taxonomies[taxonomy_id][1].get("name") or scheme
        if scheme:
            return scheme
        code = self._code(term_id, data)
        if _OPEN_ELIGIBILITY.match(code):
            return "Open Eligibility"
        if looks_like_code(code):
            return AIRS
        return "HSDS taxonomy"

    def _contacts(self, rec: ImportRecord, sid: str, locations) -> None:
        rows = list(self.contacts_by_service.get(sid, []))
        for _, location in locations:
            rows += self.contacts_by_location.get(location.get("id", ""), [])
        for _, contact in rows:
            who = ", ".join(p for p in (contact.get("name"), contact.get("title"), contact.get("email")) if p)
            if who:
                rec.add_text("private_notes", f"Contact: {who}")


def _coordinate(value: str | None, limit: int) -> float | None:
    try:
        number = float(value) if value else None
    except ValueError:
        return None
    return number if number is not None and abs(number) <= limit else None
