"""What every layout offers the importer."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterator
from pathlib import Path

from resource_desk.core.messages import msg
from resource_desk.importing.problems import ProblemLog
from resource_desk.importing.records import ImportRecord
from resource_desk.importing.tagging import TagResolver


class Source(ABC):
    layout = "csv"  # csv, xlsx, hsds, hsds3, icarol
    label = msg("Spreadsheet")


    def __init__(self, path: Path):
        self.path = path
        self.encoding: str | None = None

    @property
    def description(self) -> str:
        return self.label

    def prepare(self, tags: TagResolver) -> None:
        """Decisions that need the catalogue's tags (the automatic column mapping)."""

    @abstractmethod
    def records(self, tags: TagResolver, log: ProblemLog) -> Iterator[ImportRecord]:
        """Every record of the file, in order; problems go to ``log``."""

    def organizations(self) -> Iterator[tuple[str, dict[str, str]]]:
        """Organizations the file lists, with or without resources, after ``records`` has run:
        (name, {alternate_name, description, website, email})."""
        return iter(())

    def progress(self) -> float:
        return 0.0

    def close(self) -> None:
        """Release the file."""

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
