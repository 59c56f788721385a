"""HSDS 3.0 JSON, the specification's own serialization, both ways.

Out: a ``service_list`` page (the API's ``Page``: total_items, ..., contents) of full service
objects, nested from the same rows as the tabular export (hsds_export): phones, schedules,
languages, service_at_locations with their location, addresses and accessibility, the
organization, and every attribute with its taxonomy term.

In: a service, a page of services, an organization with its services, a service_at_location
(or a list or page of any of them), as in the specification's ``examples/*.json``. The
objects are flattened back into the tables they came from, so the importer's tabular
reader (layouts/hsds.py) links them like a CSV package.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from resource_desk.core.messages import msg
from resource_desk.importing.hsds_export import Tables, table_columns
from resource_desk.importing.limits import MAX_JSON_DEPTH, MAX_PACKAGE_BYTES, json_depth_ok, megabytes
from resource_desk.importing.problems import ImportFileError, ProblemLog

# -- out ---------------------------------------------------------------------------------

_NUMBERS = {"minimum_age", "maximum_age", "latitude", "longitude", "extension", "year_incorporated", "timezone",
            "count", "interval", "amount"}


def _clean(row: dict) -> dict:
    """A row as a JSON object: empty values left out, dates as ISO text, numbers as numbers."""
    result = {}
    for key, value in row.items():
        if value is None or value == "":
            continue
        if hasattr(value, "isoformat"):
            value = value.isoformat()
        elif key in _NUMBERS and isinstance(value, str):
            value = float(value) if "." in value else int(value)
        result[key] = value
    return result


class _Nester:
    def __init__(self, tables: Tables):
        rows = tables.rows
        self.terms = {r["id"]: r for r in rows["taxonomy_term"]}
        self.taxonomies = {r["id"]: r for r in rows["taxonomy"]}
        self.organizations = {r["id"]: r for r in rows["organization"]}
        self.locations = {r["id"]: r for r in rows["location"]}
        self.attributes = self._group(rows["attribute"], "link_id")
        self.by = {(table, key): self._group(rows[table], key) for table, key in (
            ("phone", "service_id"), ("schedule", "service_id"), ("language", "service_id"),
            ("service_at_location", "service_id"), ("address", "location_id"), ("accessibility", "location_id"))}

    @staticmethod
    def _group(rows: Iterable[dict], key: str) -> dict[str, list[dict]]:
        grouped: dict[str, list[dict]] = {}
        for row in rows:
            if row.get(key):
                grouped.setdefault(row[key], []).append(row)
        return grouped

    def _with_attributes(self, row: dict) -> dict:
        item = _clean(row)
        attributes = []
        for attribute in self.attributes.get(row["id"], []):
            nested = _clean(attribute)
            term = self.terms.get(attribute["taxonomy_term_id"])
            if term is not None:
                nested["taxonomy_term"] = _clean(term)
                taxonomy = self.taxonomies.get(term.get("taxonomy_id") or "")
                if taxonomy is not None:
                    nested["taxonomy_term"]["taxonomy_detail"] = _clean(taxonomy)
            attributes.append(nested)
        if attributes:
            item["attributes"] = attributes
        return item

    def service(self, row: dict) -> dict:
        sid = row["id"]
        item = self._with_attributes(row)
        item["phones"] = [self._with_attributes(p) for p in self.by["phone", "service_id"].get(sid, [])]
        item["schedules"] = [_clean(s) for s in self.by["schedule", "service_id"].get(sid, [])]
        item["languages"] = [_clean(lang) for lang in self.by["language", "service_id"].get(sid, [])]
        places = []
        for link in self.by["service_at_location", "service_id"].get(sid, []):
            place = _clean(link)
            location = self.locations[link["location_id"]]
            nested = self._with_attributes(location)
            nested["addresses"] = [_clean(a) for a in self.by["address", "location_id"].get(location["id"], [])]
            nested["accessibility"] = [_clean(a) for a in self.by["accessibility", "location_id"].get(
                location["id"], [])]
            place["location"] = nested
            places.append(place)
        item["service_at_locations"] = places
        item["organization"] = self._with_attributes(self.organizations[row["organization_id"]])
        return item


def service_page(tables: Tables) -> dict:
    nester = _Nester(tables)
    contents = [nester.service(row) for row in tables.rows["service"]]
    return {"total_items": len(contents), "total_pages": 1, "page_number": 1, "size": len(contents),
            "first_page": True, "last_page": True, "empty": not contents, "contents": contents}


def write_service_page(tables: Tables, handle) -> None:
    json.dump(service_page(tables), handle, ensure_ascii=False, indent=1)
    handle.write("\n")


# -- in ----------------------------------------------------------------------------------

# A nested list or object -> (its table, the column that links it to the object it is in).
_CHILDREN = {
    "service": {"phones": ("phone", "service_id"), "schedules": ("schedule", "service_id"),
                "service_areas": ("service_area", "service_id"), "languages": ("language", "service_id"),
                "service_at_locations": ("service_at_location", "service_id"),
                "funding": ("funding", "service_id"), "cost_options": ("cost_option", "service_id"),
                "required_documents": ("required_document", "service_id"), "contacts": ("contact", "service_id"),
                "organization": ("organization", None), "program": ("program", None)},
    "organization": {"funding": ("funding", "organization_id"), "contacts": ("contact", "organization_id"),
                     "phones": ("phone", "organization_id"), "locations": ("location", "organization_id"),
                     "programs": ("program", "organization_id"),
                     "organization_identifiers": ("organization_identifier", "organization_id"),
                     "services": ("service", "organization_id")},
    "service_at_location": {"contacts": ("contact", "service_at_location_id"),
                            "phones": ("phone", "service_at_location_id"),
                            "schedules": ("schedule", "service_at_location_id"),
                            "location": ("location", None), "service": ("service", None)},
    "location": {"languages": ("language", "location_id"), "addresses": ("address", "location_id"),
                 "contacts": ("contact", "location_id"), "accessibility": ("accessibility", "location_id"),
                 "phones": ("phone", "location_id"), "schedules": ("schedule", "location_id")},
    "phone": {"languages": ("language", "phone_id")},
    "contact": {"phones": ("phone", "contact_id")},
    "program": {},
    "taxonomy_term": {"taxonomy_detail": ("taxonomy", None)},
}
# An object nested as one value: the column of the outer object that names it.
_REFERENCES = {("service", "organization"): "organization_id", ("service", "program"): "program_id",
               ("service_at_location", "location"): "location_id", ("service_at_location", "service"): "service_id",
               ("taxonomy_term", "taxonomy_detail"): "taxonomy_id"}
SHAPES = {"service": msg("a service"), "organization": msg("an organization with its services"),
          "service_at_location": msg("a service at a location")}


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (dict, list)):
        return ""
    return str(value)


class Flattener:
    """Nested HSDS objects -> rows of the tables they belong to ("services" -> rows)."""

    def __init__(self):
        self.tables: dict[str, dict[str, dict[str, str]]] = {}
        self.counter = 0

    def add(self, table: str, item: dict, parent: tuple[str, str] | None = None) -> str:
        row = {key: _text(value) for key, value in item.items() if not isinstance(value, (dict, list))}
        if not row.get("id"):
            self.counter += 1
            row["id"] = f"json-{table}-{self.counter}"  # ids are required; a missing one still links
        if parent is not None and parent[0] and not row.get(parent[0]):
            row[parent[0]] = parent[1]
        children = _CHILDREN.get(table, {})
        for key, value in item.items():
            if key == "attributes" and isinstance(value, list):
                for attribute in value:
                    if isinstance(attribute, dict):
                        self._attribute(attribute, row["id"], table)
                continue
            if key not in children:
                continue
            child_table, link = children[key]
            if isinstance(value, dict):
                child_id = self.add(child_table, value)
                reference = _REFERENCES.get((table, key))
                if reference and not row.get(reference):
                    row[reference] = child_id
            elif isinstance(value, list):
                for child in value:
                    if isinstance(child, dict):
                        self.add(child_table, child, (link, row["id"]) if link else None)
        rows = self.tables.setdefault(table, {})
        known = rows.get(row["id"])
        if known is None:
            rows[row["id"]] = row
        else:  # the same object nested twice (an organization under each of its services)
            for key, value in row.items():
                if value and not known.get(key):
                    known[key] = value
        return row["id"]

    def _attribute(self, attribute: dict, link_id: str, entity: str) -> None:
        term = attribute.get("taxonomy_term")
        row = dict(attribute)
        row.setdefault("link_id", link_id)
        row.setdefault("link_entity", entity)
        if isinstance(term, dict):
            term_id = self.add("taxonomy_term", term)
            row["taxonomy_term_id"] = row.get("taxonomy_term_id") or term_id
        self.add("attribute", {k: v for k, v in row.items() if k != "taxonomy_term"})

    def rows(self) -> dict[str, list[dict[str, str]]]:
        """Table rows by the file stem the tabular reader knows them by ("services")."""
        files = {name: Path(path).stem for name, (path, _) in table_columns().items()}
        return {files[table]: list(rows.values()) for table, rows in self.tables.items() if table in files}


_SERVICE_KEYS = ("status", "service_at_locations", "organization", "eligibility_description", "fees_description",
                 "application_process", "assured_date")
_ORGANIZATION_KEYS = ("services", "website", "tax_status", "legal_status", "year_incorporated", "locations",
                      "programs", "organization_identifiers", "parent_organization_id")


def _kind(item: dict) -> str | None:
    """Which HSDS object a top-level item is (None: one this importer has no use for alone,
    such as a location or a taxonomy term)."""
    if isinstance(item.get("service"), dict) or (isinstance(item.get("location"), dict) and "status" not in item):
        return "service_at_location"
    if "location_type" in item or "term_uri" in item or "taxonomy_detail" in item:
        return None
    if any(key in item for key in _SERVICE_KEYS):
        return "service"
    if any(key in item for key in _ORGANIZATION_KEYS):
        return "organization"
    return None


def read_document(data: bytes, where: str) -> tuple[dict[str, list[dict[str, str]]], str]:
    """The tables a JSON document holds, and what it was ("a page of 3 services")."""
    try:
        document = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise ImportFileError(msg("{file} is not valid JSON ({reason})", file=where, reason=str(exc))) from None
    page = isinstance(document, dict) and isinstance(document.get("contents"), list)
    items = document["contents"] if page else document if isinstance(document, list) else [document]
    items = [item for item in items if isinstance(item, dict)]
    kinds = [_kind(item) for item in items]
    if not items or not any(kinds):
        if isinstance(document, dict) and "openapi_url" in document:
            raise ImportFileError(msg("{file}: an HSDS API's root document (version and profile); it lists no "
                                      "services", file=where))
        raise ImportFileError(msg("{file}: no HSDS service, organization or service_at_location objects in it "
                                  "(a location, taxonomy or table list alone is not imported)", file=where))
    flat = Flattener()
    try:
        for item, kind in zip(items, kinds):
            if kind:
                flat.add(kind, item)
    except RecursionError:
        raise ImportFileError(msg("{file}: nested too deeply to be HSDS", file=where)) from None
    shapes = sorted({SHAPES[k] for k in kinds if k})
    kinds_said = shapes[0]
    for shape in shapes[1:]:
        kinds_said = msg("{first} and {second}", first=kinds_said, second=shape)
    if page:
        what = msg("a page of {count}: {kinds}", count=len(items), kinds=kinds_said)
    elif isinstance(document, list):
        what = msg("a list of {count}: {kinds}", count=len(items), kinds=kinds_said)
    else:
        what = msg("one object: {kinds}", kinds=kinds_said)
    return flat.rows(), what


def looks_like_hsds_json(path: Path) -> bool:
    return path.suffix.lower() == ".json" and path.name.lower() != "datapackage.json"


class JsonPackage:
    """An HSDS JSON document, offered to HsdsSource as the tables of a package."""

    version = "3"

    def __init__(self, path: Path):
        # Held in memory to be linked, as a package's tables are: bounded the same way.
        with open(path, "rb") as handle:
            data = handle.read(MAX_PACKAGE_BYTES + 1)
        if len(data) > MAX_PACKAGE_BYTES:
            raise ImportFileError(msg("{path} is larger than {most}, the most one import reads; split it",
                                      path=str(path), most=megabytes(MAX_PACKAGE_BYTES)))
        if not json_depth_ok(data):
            raise ImportFileError(msg("{file} nests lists or objects more than {most} levels deep", file=str(path),
                                      most=MAX_JSON_DEPTH))

        self.where = str(path)
        self._rows, self.shape = read_document(data, str(path))
        self.members = {name: None for name in self._rows}
        self.datapackage = None
        self.resource_files: dict[str, str] = {}
        self.encoding = "utf-8"
        self.encodings = {"utf-8"}
        self.label = msg("Open Referral HSDS 3.0 JSON ({shape})", shape=self.shape)

        self.members.setdefault("services", None)  # an organization list: organizations, no resources

    def has(self, name: str) -> bool:
        return name in self.members

    def rows(self, name: str, log: ProblemLog):
        from resource_desk.importing.clean_text import clean_cell

        return [(number, {key: clean_cell(value) for key, value in row.items()})
                for number, row in enumerate(self._rows.get(name, []), start=1)]

    def close(self) -> None:
        """Nothing to let go: the document was read into memory whole (a zip package has a file to close)."""
