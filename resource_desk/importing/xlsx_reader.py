"""Opening an .xlsx workbook's first sheet (openpyxl, read-only and streamed)."""

from __future__ import annotations

import os
import zipfile
import zlib
from datetime import date, datetime, time
from pathlib import Path
from xml.etree.ElementTree import ParseError

from resource_desk.importing.limits import MAX_CELL_CHARS, MAX_COLUMNS, MAX_ROWS, MAX_XLSX_MEMBER_BYTES, check_member
from resource_desk.importing.problems import ImportFileError
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
        raise ImportFileError(f"{path}: no such file")
    if path.suffix.lower() == ".xls":
        raise ImportFileError(f"{path} is an old Excel .xls file; save it as .xlsx or CSV first")
    try:
        with zipfile.ZipFile(path) as archive:  # sizes checked before openpyxl expands anything
            for info in archive.infolist():
                check_member(info, str(path), MAX_XLSX_MEMBER_BYTES)
        workbook = load_workbook(path, read_only=True, data_only=True)
    except ImportFileError:
        raise
    except _BROKEN as exc:
        raise ImportFileError(f"{path} is not a readable .xlsx workbook ({type(exc).__name__}: {exc})") from None
    if sheet is not None and sheet not in workbook.sheetnames:
        workbook.close()
        raise ImportFileError(f"{path} has no sheet “{sheet}” (it has: {', '.join(workbook.sheetnames)})")
    worksheet = workbook[sheet] if sheet else workbook.worksheets[0]
    info = TableInfo(kind="xlsx", sheet=worksheet.title)
    others = [name for name in workbook.sheetnames if name != worksheet.title]
    if others:
        info.notes.append(f"only the sheet “{worksheet.title}” is read; also in the workbook: {', '.join(others)}")
    total = worksheet.max_row or 0
    state = {"n": 0}

    def records():
        try:
            for row in worksheet.iter_rows(values_only=True):
                state["n"] += 1
                if state["n"] > MAX_ROWS:
                    raise ImportFileError(f"{path} has more than {MAX_ROWS:,} rows, the most one import reads")
                cells = [cell_text(v) for v in row[:MAX_COLUMNS + 1]]
                if len(cells) > MAX_COLUMNS:
                    yield ValueError(f"more than the {MAX_COLUMNS:,} cells a row may have; left out")
                elif any(len(c) > MAX_CELL_CHARS for c in cells):
                    yield ValueError(f"a cell longer than {MAX_CELL_CHARS:,} characters; the row is left out")
                else:
                    yield cells
        except ImportFileError:
            raise
        except _BROKEN as exc:
            raise ImportFileError(f"{path}: row {state['n']} of the sheet cannot be read "
                                  f"({type(exc).__name__}: {exc})") from None

    def progress() -> float:
        return min(1.0, state["n"] / total) if total else 0.0

    table = Table(records(), info, path.name, progress=progress, help_row=help_row, close=workbook.close)
    if table.header_row is None:
        table.close()
        raise ImportFileError(f"{path} is empty (its first sheet has no cells)")
    return table
