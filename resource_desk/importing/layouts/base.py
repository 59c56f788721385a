"""What every layout offers the importer."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from resource_desk.importing.problems import ProblemLog
from resource_desk.importing.records import ImportRecord
from resource_desk.importing.tagging import TagResolver


class Source:
    layout = "csv"  # csv, xlsx, hsds, hsds3, icarol
    label = "Spreadsheet"

    def __init__(self, path: Path):
        self.path = path
        self.encoding: str | None = None

    @property
    def description(self) -> str:
        return self.label

    def prepare(self, tags: TagResolver) -> None:
        """Decisions that need the catalogue's tags (the automatic column mapping)."""

    def records(self, tags: TagResolver, log: ProblemLog) -> Iterator[ImportRecord]:
        raise NotImplementedError

    def progress(self) -> float:
        return 0.0

    def close(self) -> None:
        """Release the file."""

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
