"""Exporting resources: a CSV with one row per resource that re-imports losslessly, or an
Open Referral HSDS 3.0 data package (.zip or folder, see hsds_export and hsds_tabular) or
HSDS JSON (hsds_json).

Resources are read in chunks with plain queries (export_rows), so a catalogue of any size
exports in constant memory. Every cell that begins with "=", "+", "-" or "@" is prefixed with an
apostrophe so a spreadsheet shows it as text instead of running it as a formula (plain
numbers such as -122.41 are left alone); the importer takes the apostrophe off again.

Private notes and confidential addresses stay out unless ``include_private`` is given:
an export is usually for sharing, and a domestic-violence shelter's address must not
travel by accident. The result says how many were left out.
"""

from __future__ import annotations

import csv
import os
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import Connection, func, select

from resource_desk.core.database import Catalogue
from resource_desk.core.messages import joined, msg, plural
from resource_desk.core.private_files import atomic_private_write, clean_leftovers
from resource_desk.core.models import Address
from resource_desk.importing.export_rows import all_ids, chunks
from resource_desk.importing.tagging import export_term
from resource_desk.importing.phone_cells import format_phone
from resource_desk.importing.translation_columns import column_name, keys_in_use, translations_of

FORMATS = ("csv", "hsds", "hsds-json")
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
    # HSDS: what was filled in or left out to meet the spec ("3 resources without an organization ...")
    notes: tuple[str, ...] = ()

    def summary(self, include_hint: str | None = None) -> str:
        """What was exported, and what was left out; ``include_hint`` says how to include the
        private data ("with --include-private" by default)."""
        if include_hint is None:
            include_hint = msg("with --include-private")
        parts = [plural(self.resources, msg("1 resource exported to {path}", path=self.path),
                        msg("{count} resources exported to {path}", count=self.resources, path=self.path))]
        left = []
        if self.private_notes_left_out:
            left.append(msg("private notes of {count}", count=self.private_notes_left_out))
        if self.confidential_addresses_left_out:
            count = self.confidential_addresses_left_out
            left.append(plural(count, msg("1 confidential address"),
                               msg("{count} confidential addresses", count=count)))
        if left:
            what = left[0] if len(left) == 1 else msg("{first} and {second}", first=left[0], second=left[1])
            parts.append(msg("left out: {what} (include them {hint})", what=what, hint=include_hint))
        if self.notes:
            parts.append(msg("to meet HSDS: {notes}", notes=joined("; ", self.notes)))
        return joined("; ", parts)


def export_resources(catalogue: Catalogue, path: str | os.PathLike[str], format: str = "csv",
                     resource_ids: Sequence[str] | None = None, include_private: bool = False,
                     progress: Callable[[float, str], None] | None = None, cancel=None,
                     country: str | None = None) -> ExportResult:
    """Export the given resources (all when ``resource_ids`` is None) in their order.

    ``hsds`` writes a .zip, or a folder for any other name; ``hsds-json`` one JSON file.
    ``country`` (ISO 3166 alpha-2) is given to addresses that have none; by default the one
    in Preferences."""
    if format not in FORMATS:
        raise ValueError(f"unknown export format “{format}” (use csv, hsds or hsds-json)")
    if format != "csv" and country is None:
        from resource_desk.core.export_country import export_country

        country = export_country(catalogue)
    path = Path(path)
    clean_leftovers(path.parent)  # what a killed export left in this folder
    with catalogue.engine.connect() as connection, connection.begin():
        ids = list(resource_ids) if resource_ids is not None else all_ids(connection)
        # Written to a temporary 0600 file beside the target, renamed when complete: it may hold
        # private notes and confidential addresses, and a half-written export never takes its name.
        if format == "csv":
            with atomic_private_write(path, "w", encoding="utf-8-sig", newline="") as handle:
                result = _write_csv(connection, handle, ids, include_private, progress, cancel)
        else:
            result = _write_hsds(connection, path, format, ids, include_private, country, progress, cancel)
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
    for rows in chunks(connection, ids, progress, cancel):
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


def _write_hsds(connection, target: Path, format: str, ids, include_private, country, progress,
                cancel) -> tuple[int, int, int, tuple[str, ...]]:
    from resource_desk.importing.hsds_export import build_tables

    tables = build_tables(connection, ids, include_private, country, progress, cancel)
    if format == "hsds-json":
        from resource_desk.importing.hsds_json import write_service_page

        with atomic_private_write(target, "w", encoding="utf-8") as handle:
            write_service_page(tables, handle)
    elif target.suffix.lower() == ".zip":
        from resource_desk.importing.hsds_tabular import write_zip

        with atomic_private_write(target, "wb") as handle:
            write_zip(tables, handle)
    else:
        from resource_desk.importing.hsds_tabular import write_folder

        write_folder(tables, target)
    notes = tuple(joined(": ", [what, str(count)]) for what, count in sorted(tables.notes.items()))

    return tables.resources, tables.private_notes_left_out, tables.confidential_addresses_left_out, notes
