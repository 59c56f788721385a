"""A hand-kept table (CSV or .xlsx): one row per resource, read through a column mapping."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from resource_desk.core.messages import msg
from resource_desk.importing.fields import FieldWriter
from resource_desk.importing.layouts.base import Source
from resource_desk.importing.mapping import AutoContext, Mapping, auto_map
from resource_desk.importing.problems import ImportFileError, ProblemLog
from resource_desk.importing.records import ImportRecord
from resource_desk.importing.clean_text import clean_cell
from resource_desk.importing.tables import SAMPLE_ROWS, Table
from resource_desk.importing.tagging import TagResolver


EXPORT_MARKERS = {"id", "name", "organization", "kind", "status", "phones", "address_lines", "tags", "languages"}


def verbatim(cell: str) -> str:
    """A cell of Resource Desk's own export: only the apostrophe that guards formulas comes off."""
    if cell[:1] == "'" and cell[1:2] in ("=", "+", "-", "@", "\t", "\r"):
        return cell[1:]
    return cell.strip()


class TableSource(Source):
    def __init__(self, table: Table, path: Path, mapping: Mapping | None = None):
        super().__init__(path)
        self.table = table
        self.layout = table.info.kind
        self.label = msg("Spreadsheet (.xlsx)") if self.layout == "xlsx" else msg("Spreadsheet (CSV)")
        self.encoding = table.info.encoding
        self.given = mapping
        self.mapping: Mapping | None = None
        if table.header_row is None:
            raise ImportFileError(msg("{path} has no rows", path=str(path)))

    @property
    def is_export(self) -> bool:
        """Resource Desk's own CSV export: read cell by cell as written, so it re-imports exactly."""
        return EXPORT_MARKERS <= set(self.table.headers)

    @property
    def description(self) -> str:
        if self.is_export:
            return msg("Resource Desk export; {description}", description=self.table.info.describe())
        return self.table.info.describe()

    @property
    def headers(self) -> list[str]:
        return self.table.headers

    def sample(self, n: int = SAMPLE_ROWS) -> list[tuple[int, list[str]]]:
        return self.table.sample(n)

    def prepare(self, tags: TagResolver) -> None:
        sample = [[clean_cell(c) for c in cells] for _, cells in self.table.sample(SAMPLE_ROWS)]
        context = AutoContext(tag_lookup=tags.lookup_key)
        self.mapping = auto_map(self.table.headers, self.table.base_headers, sample, context, self.given)
        if not any(r.field in ("name", "organization") for r in self.mapping.rules):
            shown = ", ".join(f"“{h}”" for h in self.table.headers[:6])
            more = "…" if len(self.table.headers) > 6 else ""
            raise ImportFileError(msg(
                "{path}: no recognisable header in row {row} ({headers}): no column looks like a name or an "
                "organization; give a mapping (--mapping FILE)", path=str(self.path), row=str(self.table.header_row),
                headers=shown + more))


    def records(self, tags: TagResolver, log: ProblemLog) -> Iterator[ImportRecord]:
        if self.mapping is None:
            self.prepare(tags)
        assert self.mapping is not None
        file = self.table.name
        writer = FieldWriter(tags, log, file)
        index = {h: i for i, h in enumerate(self.table.headers)}
        handlers = []
        for rule in self.mapping.rules:
            handler = writer.handler(rule)
            if handler is not None and rule.column in index:
                handlers.append((index[rule.column], handler))
        name_column = next((r.column for r in self.mapping.rules if r.field == "name"), None) or next(
            (r.column for r in self.mapping.rules if r.field == "organization"), None)
        finish = writer.finish
        clean = verbatim if self.is_export else clean_cell
        for number, cells in self.table.rows():
            rec = ImportRecord(number, file)
            addresses: dict = {}
            for i, handler in handlers:
                cell = cells[i]
                if cell:
                    value = clean(cell)
                    if value:
                        handler(rec, value, number, addresses)
            if finish(rec, addresses, name_column):
                yield rec
        for problem in self.table.problems:
            log.add(problem)
        self.table.problems.clear()

    def progress(self) -> float:
        return self.table.progress()

    def close(self) -> None:
        self.table.close()
