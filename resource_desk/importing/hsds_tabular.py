"""The HSDS 3.0 tabular package: the official datapackage.json and its 21 CSV tables, in a
.zip or a folder.

The descriptor is the one the specification publishes (resources/hsds), with this
package's own name, title and creation time; its license entry is left out, since it is
the specification's and not the data's. Every table is written, with every official
column in the official order, a header only where the table is empty.
"""

from __future__ import annotations

import copy
import csv
import io
import json
import zipfile
from datetime import datetime, timezone
from pathlib import Path

from resource_desk.core.private_files import atomic_private_write, clean_leftovers, private_dir
from resource_desk.importing.hsds_export import Tables, official_descriptor, table_columns


def descriptor(created: datetime | None = None) -> dict:
    document = copy.deepcopy(official_descriptor())
    document.pop("license", None)
    document["name"] = "resource-desk-export"
    document["title"] = "Resource Desk export"
    document["description"] = ("Community resources exported from a Resource Desk catalogue as Open Referral "
                               "HSDS 3.0.0 (" + document.get("description", "") + ")")
    document["profile"] = "tabular-data-package"
    document["created"] = (created or datetime.now(timezone.utc)).replace(microsecond=0).isoformat()
    return document


def _cell(value: object) -> str:
    # The published types: numbers as numbers, dates ISO; every text as it is. No formula guard
    # here: the spec's values ("+1 415 ..." phones) must stay what they are.
    if value is None:
        return ""
    if isinstance(value, float):
        return repr(value)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


def table_text(tables: Tables, name: str) -> str:
    columns = table_columns()[name][1]
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(columns)
    for row in tables.rows[name]:
        writer.writerow([_cell(row[c]) for c in columns])
    return buffer.getvalue()


def write_zip(tables: Tables, handle) -> None:
    with zipfile.ZipFile(handle, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("datapackage.json", json.dumps(descriptor(), indent=2, ensure_ascii=False))
        for name, (file_name, _) in table_columns().items():
            archive.writestr(file_name, table_text(tables, name))


def write_folder(tables: Tables, folder: Path) -> None:
    """Each file 0600, renamed into place when complete (the folder, if made here, 0700)."""
    private_dir(folder)
    clean_leftovers(folder)
    for name, (file_name, _) in table_columns().items():
        with atomic_private_write(folder / file_name, "w", encoding="utf-8", newline="") as handle:
            handle.write(table_text(tables, name))
    # The descriptor last: a folder with a datapackage.json is complete.
    with atomic_private_write(folder / "datapackage.json", "w", encoding="utf-8") as handle:
        handle.write(json.dumps(descriptor(), indent=2, ensure_ascii=False))
