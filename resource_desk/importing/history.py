"""The import history: every ImportBatch, oldest first, with its counts and report."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from resource_desk.core.database import Catalogue
from resource_desk.core.errors import UserError
from resource_desk.core.messages import msg
from resource_desk.core.models import ImportBatch
from resource_desk.importing.problems import Problem


SUGGESTIONS_FORMAT = "suggestions"  # suggested_tags.FORMAT
SUGGESTED_PREFIX = "Suggested tags: "  # how suggested_tags names such a batch's "file"


class ImportNotFound(
UserError, LookupError):
    """No import in the history has that batch id."""


@dataclass(frozen=True)
class ImportSummary:
    id: str
    file: str
    format: str
    encoding: str | None
    at: datetime
    created: int
    updated: int
    skipped: int
    rejected: int
    undone_at: datetime | None

    @property
    def shown_file(self) -> str:
        """The file, as the history shows it: a batch of suggested tags is named in words."""
        if self.format == SUGGESTIONS_FORMAT and self.file.startswith(SUGGESTED_PREFIX):
            return msg("Suggested tags: {tags}", tags=self.file[len(SUGGESTED_PREFIX):])
        return self.file

    @property
    def shown_format(self) -> str:
        """The layout, as the history shows it: a code ("csv", "hsds3"), or words for a batch of
        suggested tags."""
        return msg("suggestions") if self.format == SUGGESTIONS_FORMAT else self.format


    def to_json(self) -> dict:
        return {
            "id": self.id, "file": self.file, "format": self.format, "encoding": self.encoding,
            "created": self.created, "updated": self.updated, "skipped": self.skipped, "rejected": self.rejected,
            "at": self.at.isoformat(timespec="seconds"),
            "undone_at": self.undone_at.isoformat(timespec="seconds") if self.undone_at else None,
        }


def _summary(batch: ImportBatch) -> ImportSummary:
    return ImportSummary(batch.id, batch.file, batch.format, batch.encoding, batch.at, batch.created,
                         batch.updated, batch.skipped, batch.rejected, batch.undone_at)


def list_imports(catalogue: Catalogue) -> list[ImportSummary]:
    with catalogue.read() as session:
        batches = session.scalars(select(ImportBatch).order_by(ImportBatch.at, ImportBatch.id)).all()
        return [_summary(b) for b in batches]


def find_import(catalogue: Catalogue, batch_id: str) -> ImportSummary:
    """A batch by its id or an unambiguous start of it (as people copy ids from a list)."""
    batch_id = batch_id.strip()
    with catalogue.read() as session:
        exact = session.get(ImportBatch, batch_id)
        if exact is not None:
            return _summary(exact)
        found = session.scalars(select(ImportBatch).where(ImportBatch.id.startswith(batch_id))).all() \
            if len(batch_id) >= 4 else []
        if len(found) == 1:
            return _summary(found[0])
    if len(found) > 1:
        raise ImportNotFound(msg("“{id}” matches {count} imports; give more of the id", id=batch_id, count=len(found)))
    raise ImportNotFound(msg("no import with id “{id}”", id=batch_id))


def import_problems(catalogue: Catalogue, batch_id: str) -> tuple[list[Problem], list[Problem]]:
    """(rejected rows, warnings) recorded with a batch."""
    with catalogue.read() as session:
        batch = session.get(ImportBatch, batch_id)
        if batch is None:
            raise ImportNotFound(msg("no import with id “{id}”", id=batch_id))

        try:
            report = json.loads(batch.report or "{}")
        except json.JSONDecodeError:
            report = {}
    return ([Problem.from_dict(p) for p in report.get("problems", [])],
            [Problem.from_dict(p) for p in report.get("warnings", [])])
