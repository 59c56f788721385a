"""Opening an .xlsx workbook's first sheet (openpyxl, read-only and streamed)."""

from __future__ import annotations

import os
import zipfile
import zlib
from datetime import date, datetime, time
from pathlib import Path
from xml.etree.ElementTree import ParseError

from resource_desk.importing.limits import MAX_CELL_CHARS, MAX_COLUMNS, MAX_ROWS, MAX_XLSX_MEMBER_BYTES, check_member
from resource_desk.core.messages import msg
from resource_desk.importing.problems import ImportFileError, grouped
from resource_desk.importing.tables import Table, TableInfo


# What a damaged workbook raises from openpyxl, its XML parser, zip or zlib.
_BROKEN = (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError, AttributeError, IndexError, EOFError,
           RuntimeError, NotImplementedError, zlib.error, ParseError, RecursionError)


def cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time(0) else value.isoformat(sep=" ")
    if isinstance(value, (date, time)):
        return value.isoformat()
    return str(value)


def open_xlsx(path: str | os.PathLike[str], help_row: bool | None = None, sheet: str | None = None) -> Table:
    from openpyxl import load_workbook

    path = Path(path)
    if not path.exists():
        raise ImportFileError(msg("{path}: no such file", path=str(path)))
    if path.suffix.lower() == ".xls":
        raise ImportFileError(msg("{path} is an old Excel .xls file; save it as .xlsx or CSV first", path=str(path)))
    try:
        with zipfile.ZipFile(path) as archive:  # sizes checked before openpyxl expands anything
            for info in archive.infolist():
                check_member(info, str(path), MAX_XLSX_MEMBER_BYTES)
        workbook = load_workbook(path, read_only=True, data_only=True)
    except ImportFileError:
        raise
    except _BROKEN as exc:
        raise ImportFileError(msg("{path} is not a readable .xlsx workbook ({reason})", path=str(path),
                                  reason=f"{type(exc).__name__}: {exc}")) from None
    if sheet is not None and sheet not in workbook.sheetnames:
        workbook.close()
        raise ImportFileError(msg("{path} has no sheet “{sheet}” (it has: {sheets})", path=str(path), sheet=sheet,
                                  sheets=", ".join(workbook.sheetnames)))
    worksheet = workbook[sheet] if sheet else workbook.worksheets[0]
    info = TableInfo(kind="xlsx", sheet=worksheet.title)
    others = [name for name in workbook.sheetnames if name != worksheet.title]
    if others:
        info.notes.append(msg("only the sheet “{sheet}” is read; also in the workbook: {others}",
                              sheet=worksheet.title, others=", ".join(others)))
    total = worksheet.max_row or 0
    state = {"n": 0}

    def records():
        try:
            for row in worksheet.iter_rows(values_only=True):
                state["n"] += 1
                if state["n"] > MAX_ROWS:
                    raise ImportFileError(msg("{file} has more than {count} rows, the most one import reads",
                                              file=str(path), count=grouped(MAX_ROWS)))
                cells = [cell_text(v) for v in row[:MAX_COLUMNS + 1]]
                if len(cells) > MAX_COLUMNS:
                    yield ValueError(msg("more than the {most} cells a row may have; left out",
                                         most=grouped(MAX_COLUMNS)))
                elif any(len(c) > MAX_CELL_CHARS for c in cells):
                    yield ValueError(msg("a cell longer than {count} characters; the row is left out",
                                         count=grouped(MAX_CELL_CHARS)))
                else:
                    yield cells
        except ImportFileError:
            raise
        except _BROKEN as exc:
            raise ImportFileError(msg("{path}: row {row} of the sheet cannot be read ({reason})", path=str(path),
                                      row=str(state["n"]), reason=f"{type(exc).__name__}: {exc}")) from None

    def progress() -> float:
        return min(1.0, state["n"] / total) if total else 0.0

    table = Table(records(), info, path.name, progress=progress, help_row=help_row, close=workbook.close)
    if table.header_row is None:
        table.close()
        raise ImportFileError(msg("{path} is empty (its first sheet has no cells)", path=str(path)))

    return table
