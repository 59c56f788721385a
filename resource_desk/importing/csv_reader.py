"""Opening a CSV file: encoding, delimiter, quoting, spaces after delimiters, line ends.

The file is streamed (a csv reader over a decoding text stream), so a file of any size
is read in constant memory; progress is the share of bytes read.
"""

from __future__ import annotations

import csv
import io
import os
from collections import Counter
from pathlib import Path
from typing import BinaryIO

from resource_desk.importing.encoding import (
    FALLBACK_ERRORS,
    SAMPLE_BYTES,
    check_encoding,
    detect_encoding,
    label,
    looks_binary,
)
from resource_desk.importing.limits import MAX_CELL_CHARS, MAX_COLUMNS, MAX_LINE_CHARS, MAX_ROWS, BoundedLines
from resource_desk.core.errors import message_of
from resource_desk.core.messages import msg
from resource_desk.importing.problems import ImportFileError, grouped
from resource_desk.importing.tables import Table, TableInfo

csv.field_size_limit(MAX_CELL_CHARS)

DELIMITERS = (",", ";", "\t", "|")


def _decode_sample(sample: bytes, encoding: str) -> str:
    text = sample.decode(encoding, errors=FALLBACK_ERRORS) if encoding else sample.decode("utf-8", "replace")
    return text


def _trim_to_lines(text: str, complete: bool) -> str:
    if complete:
        return text
    cut = max(text.rfind("\n"), text.rfind("\r"))
    return text[:cut] if cut > 0 else text


def _controls(text: str) -> int:
    """Control characters other than tab and line ends: text files have next to none."""
    return sum(1 for ch in text[:20000] if (ord(ch) < 32 and ch not in "\t\r\n\x0c") or ch == "\x7f")


def line_ending(text: str) -> str | None:
    crlf = text.count("\r\n")
    cr = text.count("\r") - crlf
    lf = text.count("\n") - crlf
    if not (crlf or cr or lf):
        return None
    return max((crlf, "CRLF"), (lf, "LF"), (cr, "CR"))[1]


def sniff_dialect(text: str) -> tuple[str, bool]:
    """The delimiter that splits the first rows into the most consistent number of cells,
    and whether cells start with a space after it (``"a", "b"``)."""
    best: tuple[tuple, str] | None = None
    for order, delimiter in enumerate(DELIMITERS):
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, skipinitialspace=True)
        counts: list[int] = []
        try:
            for row in reader:
                if any(c.strip() for c in row):
                    counts.append(len(row))
                if len(counts) >= 30:
                    break
        except csv.Error:
            continue
        if not counts:
            continue
        modal, freq = Counter(counts).most_common(1)[0]
        score = (modal > 1, round(freq / len(counts), 1), modal, -order)
        if best is None or score > best[0]:
            best = (score, delimiter)
    delimiter = best[1] if best else ","
    # A space before an opening quote breaks quoting unless the reader skips it; skipping
    # leading spaces never hurts otherwise (cells are trimmed anyway).
    return delimiter, (delimiter + ' "') in text


def open_csv(path: str | os.PathLike[str], encoding: str | None = None, help_row: bool | None = None,
             name: str | None = None) -> Table:
    """A Table over a CSV file; ImportFileError when it cannot be read at all."""
    path = Path(path)
    try:
        size = path.stat().st_size
        raw = open(path, "rb")
    except FileNotFoundError:
        raise ImportFileError(msg("{path}: no such file", path=str(path))) from None
    except IsADirectoryError:
        raise ImportFileError(msg("{path} is a folder, not a file", path=str(path))) from None
    except OSError as exc:
        raise ImportFileError(msg("{path}: cannot be read ({reason})", path=str(path),
                                  reason=str(exc.strerror or exc))) from None
    return open_csv_stream(raw, size, str(path), name or path.name, encoding, help_row)


def open_csv_stream(raw: BinaryIO, size: int, where: str, name: str, encoding: str | None = None,
                    help_row: bool | None = None) -> Table:
    """A Table over an open binary stream (a file, or a member of a zip archive read into memory).

    ``where`` names the file in error messages; ``name`` is the file name shown in reports.
    """
    try:
        sample = raw.read(SAMPLE_BYTES)
        complete = len(sample) >= size
        if not sample.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
            raise ImportFileError(msg("{file} is empty", file=where))
        detected = detect_encoding(sample, complete)
        if encoding:
            try:
                encoding = check_encoding(encoding)
            except ValueError as exc:
                raise ImportFileError(msg("{file}: {reason}", file=where, reason=message_of(exc))) from None
        chosen = encoding or detected.encoding
        if not chosen.replace("_", "-").startswith(("utf-16", "utf-32")) and looks_binary(sample):
            raise ImportFileError(msg("{file} is not a text file (it looks like binary data)", file=where))
        text = _trim_to_lines(_decode_sample(sample, chosen), complete)
        if _controls(text) > max(1, len(text) * 0.02):
            raise ImportFileError(msg("{file} is not a text file (it looks like binary data)", file=where))
        delimiter, spaced = sniff_dialect(text)
        info = TableInfo(kind="csv", encoding=chosen, encoding_label=label(chosen) if encoding else detected.label,
                         delimiter=delimiter, quotechar='"', skip_initial_space=spaced, line_ending=line_ending(text))
        if encoding and encoding != detected.encoding:
            info.notes.append(msg("encoding chosen by you; detected {encoding}", encoding=detected.label))
        raw.seek(0)
        stream = io.TextIOWrapper(raw, encoding=chosen, errors=FALLBACK_ERRORS, newline="")
        lines = BoundedLines(stream)
        reader = csv.reader(lines, delimiter=delimiter, quotechar='"', skipinitialspace=spaced, strict=False)
    except BaseException:
        raw.close()
        raise

    def records():
        count = 0
        while True:
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                yield (ValueError(msg("a cell longer than {count} characters; the row is left out",
                                      count=grouped(MAX_CELL_CHARS)))
                       if "field larger" in str(exc) else exc)
                continue
            except (UnicodeError, LookupError) as exc:
                raise ImportFileError(msg("{file} cannot be decoded as {encoding} ({reason})", file=where,
                                          encoding=label(chosen), reason=str(exc))) from None
            count += 1
            if count > MAX_ROWS:
                raise ImportFileError(msg("{file} has more than {count} rows, the most one import reads; "
                                          "split it into smaller files", file=where, count=grouped(MAX_ROWS)))
            if lines.skipped:
                lines.skipped = False
                yield ValueError(msg("a line longer than {count} characters; left out", count=grouped(MAX_LINE_CHARS)))
                continue
            if len(row) > MAX_COLUMNS:
                yield ValueError(msg("{count} cells, more than the {most} a row may have; left out",
                                     count=grouped(len(row)), most=grouped(MAX_COLUMNS)))
                continue
            if row and row[0].startswith("\ufeff"):
                row[0] = row[0][1:]
            yield row

    def progress() -> float:
        try:
            return min(1.0, raw.tell() / size) if size else 1.0
        except (ValueError, OSError):
            return 1.0

    table = Table(records(), info, name, progress=progress, help_row=help_row, close=stream.close)
    if table.header_row is None:
        table.close()
        if lines.long_lines:
            raise ImportFileError(msg("{file}: no header row found; its lines are longer than {count} "
                                      "characters (is it really a CSV file?)", file=where,
                                      count=grouped(MAX_LINE_CHARS)))
        raise ImportFileError(msg("{file} is empty (no cells with text)", file=where))

    return table
