"""One table of rows with a header, whatever file it came from (CSV or a spreadsheet).

Shared by the CSV and .xlsx readers: find the header (skipping title rows above it),
give repeated or empty header names unique ones, recognise a help-text row under the
header (form exports), skip blank rows, and make ragged rows fit — each reported as a
``Problem``, never dropped silently. Cells are handed on as read; ``clean_cell`` (in
``clean_text``) tidies the ones a mapping uses.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from resource_desk.core.errors import message_of
from resource_desk.core.messages import joined, msg
from resource_desk.core.text import clean
from resource_desk.importing.clean_text import clean_cell
from resource_desk.importing.problems import REJECTED, WARNING, Problem

HEADER_LOOKAHEAD = 25
SAMPLE_ROWS = 50

__all__ = ["SAMPLE_ROWS", "Table", "TableInfo", "clean_cell", "column_letter"]

# What a form's help text under its header looks like.
_HELP = re.compile(
    r"^(please|enter|select|choose|type|list|e\.g\.|eg\b|example|describe|provide|include|optional|required|"
    r"if\b|how\b|what\b|which\b|who\b|where\b|when\b|do\b|does\b|is\b|are\b|mark\b|check\b|tick\b|leave\b|"
    r"one per\b|separate\b|format\b|use\b|\(optional\)|\(required\))",
    re.I,
)


def column_letter(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA: how a spreadsheet names a column."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


@dataclass
class TableInfo:
    """How a file was read, for the wizard's "detected" page and the import history."""

    kind: str  # "csv" or "xlsx"
    encoding: str | None = None
    encoding_label: str | None = None
    delimiter: str | None = None
    quotechar: str | None = None
    skip_initial_space: bool = False
    line_ending: str | None = None  # "CRLF", "LF" or "CR"
    sheet: str | None = None
    notes: list[str] = field(default_factory=list)

    def describe(self) -> str:
        parts = [self.kind.upper()]
        if self.encoding_label:
            parts.append(self.encoding_label)
        if self.delimiter:
            names = {",": msg("comma-separated"), ";": msg("semicolon-separated"), "\t": msg("tab-separated"),
                     "|": msg("vertical bar-separated")}
            parts.append(names.get(self.delimiter) or msg("{delimiter}-separated", delimiter=repr(self.delimiter)))
        if self.skip_initial_space:
            parts.append(msg("spaces after separators"))
        if self.line_ending:
            parts.append(msg("{ending} line ends", ending=self.line_ending))
        if self.sheet:
            parts.append(msg("sheet “{sheet}”", sheet=self.sheet))
        return joined(", ", parts)


class Table:
    """A header and the data rows under it, read lazily from ``records``.

    ``records`` yields lists of cells, one per record of the file; an exception instance
    in place of a list is a record that could not be read (reported, then skipped).
    """

    def __init__(self, records: Iterator[list[str] | Exception], info: TableInfo, name: str,
                 progress: Callable[[], float] | None = None, help_row: bool | None = None,
                 close: Callable[[], None] | None = None):
        self.info = info
        self.name = name
        self.problems: list[Problem] = []
        self._records = records
        self._progress = progress
        self._close = close
        self._number = 0
        self._ahead: list[tuple[int, list[str]]] = []
        self.headers: list[str] = []
        self.base_headers: list[str] = []
        self.header_row: int | None = None
        self.help_row: int | None = None
        self._find_header()
        if self.header_row is not None:
            self._find_help_row(help_row)
        self._sample: list[tuple[int, list[str]]] | None = None

    # -- reading records -------------------------------------------------------------

    def _next_record(self) -> tuple[int, list[str]] | None:
        while True:
            try:
                record = next(self._records)
            except StopIteration:
                return None
            self._number += 1
            if isinstance(record, Exception):
                self.problems.append(Problem(msg("could not be read: {reason}", reason=message_of(record)),
                                             row=self._number, level=REJECTED, file=self.name))
                continue
            return self._number, record

    def _find_header(self) -> None:
        while len(self._ahead) < HEADER_LOOKAHEAD:
            record = self._next_record()
            if record is None:
                break
            self._ahead.append(record)
        filled = [(n, cells, sum(1 for c in cells if c and c.strip())) for n, cells in self._ahead]
        most = max((f for _, _, f in filled), default=0)
        if most == 0:
            return
        needed = max(1, min(2, most), round(most * 0.6))
        for position, (number, cells, count) in enumerate(filled):
            if count >= needed:
                skipped = [c for _, row, k in filled[:position] if k for c in row if c and c.strip()]
                if skipped:
                    text = " ".join(clean(c) for c in skipped)[:80]
                    self.problems.append(Problem(msg("rows above the header were not imported (“{text}”)", text=text),
                                                 row=number - 1, level=WARNING, file=self.name))
                self.header_row = number
                self._set_headers(cells)
                self._ahead = self._ahead[position + 1:]
                return

    def _set_headers(self, cells: list[str]) -> None:
        while cells and not (cells[-1] and cells[-1].strip()):
            cells = cells[:-1]
        seen: dict[str, int] = {}
        for index, cell in enumerate(cells):
            base = " ".join(clean(cell).lstrip("\ufeff").split()) or f"Column {column_letter(index)}"
            key = base.casefold()
            seen[key] = seen.get(key, 0) + 1
            name = base if seen[key] == 1 else f"{base} ({seen[key]})"
            if seen[key] == 2:
                self.problems.append(Problem(msg("the header “{header}” appears more than once; the second is "
                                                 "called “{name}”", header=base, name=name),
                                             row=self.header_row, column=name, file=self.name))
            self.base_headers.append(base)
            self.headers.append(name)

    def _find_help_row(self, forced: bool | None) -> None:
        first = next(((n, cells) for n, cells in self._ahead if any(c and c.strip() for c in cells)), None)
        if first is None or forced is False:
            return
        number, cells = first
        texts = [clean(c) for c in cells if c and c.strip()]
        helpish = sum(1 for t in texts if _HELP.match(t) or t.endswith("?") or "(optional)" in t.lower()
                      or t.casefold() in {h.casefold() for h in self.headers})
        if forced or (len(texts) >= 2 and helpish >= max(2, len(texts) * 0.5)):
            self.help_row = number
            self._ahead = [(n, c) for n, c in self._ahead if n != number]
            self.problems.append(Problem(msg("help text under the header, not imported"), row=number,
                                         file=self.name))

    # -- data rows -------------------------------------------------------------------

    def sample(self, n: int = SAMPLE_ROWS) -> list[tuple[int, list[str]]]:
        """The first ``n`` data rows (kept, so ``rows()`` still yields them)."""
        if self._sample is None:
            self._sample = []
        while len(self._sample) < n:
            row = self._next_data_row()
            if row is None:
                break
            self._sample.append(row)
        return self._sample[:n]

    def _next_data_row(self) -> tuple[int, list[str]] | None:
        width = len(self.headers)
        while True:
            if self._ahead:
                number, cells = self._ahead.pop(0)
            else:
                record = self._next_record()
                if record is None:
                    return None
                number, cells = record
            if not any(c and c.strip() for c in cells):
                continue
            if len(cells) != width:
                cells = self._fit(number, cells, width)
            return number, cells

    def _fit(self, number: int, cells: list[str], width: int) -> list[str]:
        if len(cells) > width:
            extra = [c for c in cells[width:] if c and c.strip()]
            cells = cells[:width]
            if extra and width:
                last = self.headers[width - 1]
                cells[-1] = ", ".join([cells[-1].rstrip()] + [e.strip() for e in extra] if cells[-1].strip()
                                      else [e.strip() for e in extra])
                self.problems.append(Problem(
                    msg("{count} cells for {columns} columns (a quote inside a cell?); "
                        "the extra cells were added to “{column}”", count=width + len(extra), columns=width,
                        column=last), row=number, column=last, file=self.name))
            return cells
        self.problems.append(Problem(msg("{count} cells for {columns} columns; the missing cells were read as "
                                         "empty", count=len(cells), columns=width), row=number, file=self.name))

        return cells + [""] * (width - len(cells))

    def rows(self) -> Iterator[tuple[int, list[str]]]:
        """Every data row once: (row number, cells padded to the header's width)."""
        if self._sample:
            yield from self._sample
            self._sample = []
        while True:
            row = self._next_data_row()
            if row is None:
                return
            yield row

    def progress(self) -> float:
        return self._progress() if self._progress else 0.0

    def close(self) -> None:
        if self._close:
            self._close()
            self._close = None
