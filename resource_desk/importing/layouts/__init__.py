"""Recognising what a file is, and reading it as import records.

``open_source`` looks at a path and returns a ``Source``: a hand-kept table (CSV or .xlsx)
read through a column mapping, an Open Referral (HSDS 1.x/2.x/3.0, Ohana) data package,
an Open Referral HSDS 3.0 JSON document (a service, a page of them, an organization with its
services, a service_at_location), or an iCarol 211 export. Every source yields ``ImportRecord``s and reports what it could
not read to the import's ``ProblemLog``.
"""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

from resource_desk.core.messages import msg
from resource_desk.importing.csv_reader import open_csv
from resource_desk.importing.layouts.base import Source
from resource_desk.importing.limits import check_readable
from resource_desk.importing.mapping import Mapping
from resource_desk.importing.problems import ImportFileError
from resource_desk.importing.xlsx_reader import open_xlsx

FORMATS = ("auto", "csv", "hsds", "icarol")
HSDS_TABLES = {"services.csv", "organizations.csv", "locations.csv", "phones.csv", "datapackage.json"}


def _package_root(path: Path) -> Path | None:
    """The folder of an HSDS package a file belongs to (a table or datapackage.json in it)."""
    if path.name.lower() == "datapackage.json":
        return path.parent
    if path.name.lower() in HSDS_TABLES and (path.parent / "services.csv").is_file() and (
            (path.parent / "organizations.csv").is_file() or (path.parent / "locations.csv").is_file()):
        return path.parent
    return None


def open_source(path: str | os.PathLike[str], format: str = "auto", encoding: str | None = None,
                mapping: Mapping | None = None, help_row: bool | None = None) -> Source:
    """The right reader for a file or folder; ImportFileError if it cannot be used at all."""
    from resource_desk.importing.layouts.hsds import HsdsSource, open_package
    from resource_desk.importing.layouts.icarol import IcarolSource, looks_like_icarol
    from resource_desk.importing.layouts.tabular import TableSource

    if format not in FORMATS:
        raise ImportFileError(msg("unknown format “{format}” (use one of: {formats})", format=format,
                                  formats=", ".join(FORMATS)))
    path = Path(path).expanduser()
    if not path.exists():
        raise ImportFileError(msg("{path}: no such file", path=str(path)))
    check_readable(path)
    if mapping is not None:
        encoding = encoding or mapping.encoding
        help_row = mapping.help_row if help_row is None else help_row
    suffix = path.suffix.lower()
    if suffix == ".json" and path.name.lower() != "datapackage.json" and path.is_file():
        if format not in ("auto", "hsds"):
            raise ImportFileError(msg("{path} is JSON, not a {format} file; HSDS JSON is read with --format hsds",
                                      path=str(path), format=format.upper()))
        from resource_desk.importing.hsds_json import JsonPackage

        return HsdsSource(JsonPackage(path), path)
    packaged = path.is_dir() or suffix == ".zip" or _package_root(path) is not None
    if packaged and format in ("auto", "hsds"):
        root = path if path.is_dir() or suffix == ".zip" else _package_root(path)
        return HsdsSource(open_package(root, encoding=encoding), path)
    if format == "hsds":
        raise ImportFileError(msg("{path} is not an Open Referral data package (a folder, a .zip or a "
                                  "datapackage.json beside services.csv)", path=str(path)))
    if path.is_dir() or suffix == ".zip":
        raise ImportFileError(msg("{path} is a data package, not a single {format} file; use --format hsds",
                                  path=str(path), format=format.upper()))
    if suffix in (".xlsx", ".xlsm", ".xls"):
        table = open_xlsx(path, help_row=help_row)
    else:
        if zipfile.is_zipfile(path):
            raise ImportFileError(msg("{path} is a zip archive; name it .zip (an Open Referral package) or .xlsx",
                                      path=str(path)))
        table = open_csv(path, encoding=encoding, help_row=help_row)
    try:
        if format == "icarol" or (format == "auto" and looks_like_icarol(table.base_headers)):
            if format == "icarol" and not looks_like_icarol(table.base_headers):
                raise ImportFileError(msg("{path} is not an iCarol export (no ResourceAgencyNum, ParentAgencyNum or "
                                          "PublicName column)", path=str(path)))

            return IcarolSource(table, path)
        return TableSource(table, path, mapping=mapping)
    except BaseException:
        table.close()
        raise


__all__ = ["FORMATS", "Source", "open_source"]
