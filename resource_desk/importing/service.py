"""Importing a file: the one service the command line and the wizard both call.

``inspect_file`` reads the start of a file for the wizard (layout, encoding, mapping, a
preview of the first rows as they will be stored). ``run_import`` imports it: one
transaction and one ImportBatch, all of it or none of it; a dry run does the same work
and rolls it back, so its counts are exactly what an import would do.
"""

from __future__ import annotations

import itertools
import json
import logging
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, insert, update
from sqlalchemy.exc import IntegrityError

from resource_desk.core.database import Catalogue
from resource_desk.core.messages import Message, joined, msg, plural
from resource_desk.core.suggestions import Suggester, SuggestionTally, TagSuggestion
from resource_desk.core.models import ImportBatch, new_id, utcnow
from resource_desk.core.process_settings import import_speedups
from resource_desk.importing.clean_text import CAPITALS_SAMPLE, CapitalsDecision, mostly_capitals, record_names
from resource_desk.importing.layouts import open_source
from resource_desk.importing.layouts.tabular import TableSource
from resource_desk.importing.mapping import Mapping
from resource_desk.importing.problems import ImportCancelled, ImportFileError, Problem, ProblemLog
from resource_desk.importing.records import ImportRecord
from resource_desk.importing.tagging import TagResolver, load_airs_table
from resource_desk.importing.writer import BATCH_SIZE, POLICIES, BatchWriter, DuplicateMatch

if TYPE_CHECKING:
    from resource_desk.store.protocol import BulkLoad

Progress = Callable[[float, str], None]
_log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ImportOptions:
    format: str = "auto"  # auto, csv, hsds, icarol
    encoding: str | None = None  # None: detected
    mapping: Mapping | None = None  # None: automatic
    on_duplicate: str = "update"  # update, skip, keep-both
    choices: dict[str, str] = field(default_factory=dict)  # DuplicateMatch.key -> action, from the wizard
    new_tags: str = "create"  # create or skip values that match no tag
    skip_tags: frozenset[str] = frozenset()  # "facet:name" of offered tags not to create
    # "facet:name" of the tags offered for unmapped source categories to create (none by default)
    accept_tags: frozenset[str] = frozenset()
    suggest: bool = True  # tags suggested by each row's own words are listed (see accept_suggestions)
    # "facet:name" of suggested tags to add to the rows that suggest them; "*": every suggestion
    accept_suggestions: frozenset[str] = frozenset()
    dry_run: bool = False
    collect_matches: bool = False
    help_row: bool | None = None  # None: detect a help-text row under the header
    # ALL-CAPS names and organization names in title case ("SAN FRANCISCO AIDS FOUNDATION" ->
    # "San Francisco AIDS Foundation"); None: when most names in the file's first records are.
    tidy_capitals: bool | None = None
    batch_size: int = BATCH_SIZE


@dataclass(frozen=True)
class NewTagReport:
    key: str
    count: int
    rows: tuple[int, ...]
    created: bool
    category: bool = False  # offered for a source category that maps to no tag (unticked by default)


@dataclass(frozen=True)
class ImportResult:
    batch_id: str | None
    file: str
    layout: str
    layout_label: str
    description: str
    encoding: str | None
    dry_run: bool
    rows: int
    created: int
    updated: int
    unchanged: int
    skipped: int  # by choice or policy
    merged: int  # folded into a resource an earlier row created (or updated)
    rejected: int
    problems: tuple[Problem, ...] = ()  # every rejected row
    warnings: tuple[Problem, ...] = ()
    warning_count: int = 0
    matches: tuple[DuplicateMatch, ...] = ()
    new_tags: tuple[NewTagReport, ...] = ()
    mapping: Mapping | None = None
    suggestions: tuple[TagSuggestion, ...] = ()  # items are the rows that suggest each
    tidy_capitals: bool = False  # whether ALL-CAPS names were put in title case

    @property
    def skipped_total(self) -> int:
        """Rows that changed nothing: unchanged duplicates, skipped ones and merged ones."""
        return self.unchanged + self.skipped + self.merged

    def summary(self, dry_run_note: bool = True) -> str:
        counts = joined(", ", [
            plural(self.created, msg("1 created"), msg("{count} created", count=self.created)),
            plural(self.updated, msg("1 updated"), msg("{count} updated", count=self.updated)),
            plural(self.skipped_total, msg("1 skipped"), msg("{count} skipped", count=self.skipped_total)),
            plural(self.rejected, msg("1 rejected"), msg("{count} rejected", count=self.rejected))])
        details = self.skipped_details()
        if details:
            counts = msg("{counts} ({details})", counts=counts, details=joined("; ", details))
        return msg("Dry run, nothing written: {summary}", summary=counts) if self.dry_run and dry_run_note else counts

    def skipped_details(self) -> list[str]:
        """What the skipped rows were, in words."""
        details = []
        if self.unchanged:
            details.append(plural(self.unchanged, msg("1 already in the catalogue unchanged"),
                                  msg("{count} already in the catalogue unchanged", count=self.unchanged)))
        if self.merged:
            details.append(plural(self.merged, msg("1 merged with another row about the same resource"),
                                  msg("{count} merged with another row about the same resource", count=self.merged)))
        if self.skipped:
            details.append(plural(self.skipped, msg("1 duplicate skipped"),
                                  msg("{count} duplicates skipped", count=self.skipped)))
        return details

    def to_json(self) -> dict:
        return {
            "batch_id": self.batch_id,
            "file": self.file,
            "format": self.layout,
            "encoding": self.encoding,
            "dry_run": self.dry_run,
            "rows": self.rows,
            "created": self.created,
            "updated": self.updated,
            "skipped": self.skipped_total,
            "rejected": self.rejected,
            "unchanged": self.unchanged,
            "merged": self.merged,
            "skipped_by_choice": self.skipped,
            "problems": [p.as_dict() for p in self.problems],
            "warnings": [p.as_dict() for p in self.warnings],
            "warning_count": self.warning_count,
            "new_tags": [{"tag": t.key, "rows": t.count, "created": t.created, "category": t.category}
                         for t in self.new_tags],
            "suggested_tags": [{"tag": t.key, "rows": t.count, "examples": list(t.examples),
                                "evidence": list(t.evidence), "accepted": t.accepted} for t in self.suggestions],
            "tidy_capitals": self.tidy_capitals,
        }


class _DryRun(Exception):
    def __init__(self, result: ImportResult):
        super().__init__("dry run")
        self.result = result


def _check(cancel) -> None:
    if cancel is None:
        return
    cancelled = cancel.is_set() if isinstance(cancel, threading.Event) else cancel()
    if cancelled:
        raise ImportCancelled(msg("import cancelled; nothing was written"))


def _resolver(connection: Connection, options: ImportOptions) -> TagResolver:
    policy = options.mapping.new_tags if options.mapping and options.mapping.new_tags else options.new_tags
    return TagResolver.load(connection, load_airs_table(), create=policy != "skip", skip=options.skip_tags,
                            accept=options.accept_tags)


def run_import(catalogue: Catalogue, path: str | os.PathLike[str], options: ImportOptions | None = None,
               progress: Progress | None = None, cancel=None) -> ImportResult:
    """Import a file in one transaction. Raises ImportFileError (nothing written) when the
    file cannot be used, ImportCancelled when ``cancel`` is set (nothing written)."""
    options = options or ImportOptions()
    if options.on_duplicate not in POLICIES:
        raise ValueError(f"on_duplicate must be one of {', '.join(POLICIES)}")
    path = Path(path)
    source = open_source(path, options.format, options.encoding, options.mapping, options.help_row)
    report = progress or (lambda fraction, message: None)
    # No cyclic garbage collection and quicker thread switches (for the store's helper thread)
    # while this import runs; put back when the last overlapping import ends.
    try:
        with import_speedups(), catalogue.store.write_transaction() as connection:
            with catalogue.store.bulk_load(connection).loading() as load:
                result = _import(connection, load, source, path, options, report, cancel)
            if options.dry_run:
                raise _DryRun(result)
        return result
    except _DryRun as dry:
        return dry.result
    finally:
        source.close()


def _import(connection: Connection, load: BulkLoad, source, path: Path, options: ImportOptions,
            report: Progress, cancel) -> ImportResult:
    report(0.0, msg("Reading {file}", file=path.name))
    log = ProblemLog()
    tags = _resolver(connection, options)
    source.prepare(tags)
    batch_id = new_id()
    connection.execute(insert(ImportBatch.__table__), {
        # The file's name only: a folder path ("…/Jane Doe intake/") may name a client.
        "id": batch_id, "file": Path(path).name, "format": source.layout, "encoding": source.encoding, "at": utcnow(),
        "created": 0, "updated": 0, "skipped": 0, "rejected": 0, "changes": "{}", "report": "", "undone_at": None,
    })
    load.suspend_search_index()

    capitals = CapitalsDecision(options.tidy_capitals)

    def before_first_insert(created: int) -> None:
        # The share of the file read so far (less the records held back to decide on
        # capitals) tells how many will come.
        read = source.progress() * capitals.handed_share()
        if read > 0 and load.indexes_worth_suspending(created / read):
            load.suspend_indexes()

    writer = BatchWriter(connection, batch_id, tags, options.on_duplicate, options.choices,
                         options.collect_matches, options.batch_size, load=load,
                         before_first_insert=before_first_insert)
    count = 0
    last_row: int | None = None
    suggester = Suggester(tags.rules()) if options.suggest else None
    tally = SuggestionTally(options.accept_suggestions)
    try:
        for rec in capitals.apply(source.records(tags, log)):
            last_row = rec.row
            if suggester is not None:
                for suggestion in suggester.suggest(
                        name=rec.name, description=str(rec.fields.get("description") or ""),
                        eligibility=str(rec.fields.get("eligibility") or ""),
                        categories=[c.name for c in rec.categories if c.name], have=rec.tag_ids):
                    tally.add(rec.row, rec.name, suggestion)
                    if tally.accepts(suggestion.key):
                        rec.add_tag(suggestion.tag_id)
            writer.add(rec)
            count += 1
            if count % 500 == 0:
                _check(cancel)
                report(min(0.9, source.progress() * 0.9), msg("{count} rows read", count=count))
        last_row = None
        for name, fields in source.organizations():
            writer.ensure_organization(name, fields)
        writer.finish()
    except (ImportFileError, ImportCancelled):
        raise
    except (ValueError, LookupError, TypeError, ArithmeticError, UnicodeError, RecursionError,
            IntegrityError) as error:
        # What a file holds must never end in a traceback: say which file and where, write nothing
        # (the transaction rolls back), and keep the details for a bug report.
        _log.exception("import of %s failed", path)
        file = path.name if last_row is None else msg("{file}, after row {row}", file=path.name, row=str(last_row))
        raise ImportFileError(msg("{file}: this file could not be imported ({reason}); nothing was written",
                                  file=file, reason=f"{type(error).__name__}: {str(error)[:200]}")) from error
    finally:
        writer.close()
    _check(cancel)
    report(0.9, msg("Updating the indexes"))
    load.restore_indexes()
    _check(cancel)
    report(0.92, msg("Updating the search index"))
    load.refresh_search_rows(writer.fts_extra_ids)
    load.restore_search_index()
    _check(cancel)
    counts = writer.counts
    rejected = sorted(log.rejected, key=lambda p: (p.file or "", p.row or 0))
    new_tags = tuple(NewTagReport(t.key, t.count, tuple(t.rows), created=t.id in writer.tags_created,
                                  category=t.category) for t in tags.new.values() if t.count)
    warnings = sorted(log.warnings, key=lambda p: (p.file or "", p.row or 0))
    result = ImportResult(
        batch_id=None if options.dry_run else batch_id, file=str(path), layout=source.layout,
        layout_label=source.label, description=source.description, encoding=source.encoding,
        dry_run=options.dry_run, rows=count + len(rejected), created=counts.created, updated=counts.updated,
        unchanged=counts.unchanged, skipped=counts.skipped, merged=counts.merged, rejected=len(rejected),
        problems=tuple(rejected), warnings=tuple(warnings), warning_count=log.warning_count,
        matches=tuple(writer.matches()), new_tags=new_tags,
        mapping=source.mapping if isinstance(source, TableSource) else None, suggestions=tuple(tally.result()),
        tidy_capitals=bool(capitals.decided),
    )
    stored_report = {
        "layout": source.layout, "description": source.description, "rows": result.rows,
        "unchanged": result.unchanged, "merged": result.merged, "skipped_by_choice": result.skipped,
        "problems": [p.stored() for p in rejected], "warnings": [p.stored() for p in warnings],
        "warning_count": result.warning_count,
        "new_tags": [{"tag": t.key, "rows": t.count, "created": t.created} for t in new_tags],
        "suggested_tags": [{"tag": t.key, "rows": t.count, "accepted": t.accepted} for t in result.suggestions],
        "tidy_capitals": result.tidy_capitals,
    }
    connection.execute(update(ImportBatch.__table__).where(ImportBatch.__table__.c.id == batch_id).values(
        created=result.created, updated=result.updated, skipped=result.skipped_total, rejected=result.rejected,
        changes=writer.changes_json(), encoding=source.encoding,
        report=json.dumps(stored_report, ensure_ascii=False)))
    report(1.0, msg("Done"))
    return result


# -- for the wizard ----------------------------------------------------------------------

@dataclass(frozen=True)
class PreviewRow:
    row: int | None
    values: dict[str, str]  # field label -> the value as it will be stored
    problems: tuple[str, ...] = ()


@dataclass(frozen=True)
class Inspection:
    """What the wizard shows before importing: the layout, how the file was read, the
    mapping (for tables) and the first rows as they will be stored."""

    path: str
    layout: str
    layout_label: str
    description: str
    encoding: str | None
    headers: tuple[str, ...]
    mapping: Mapping | None
    sample: tuple[tuple[int, tuple[str, ...]], ...]
    preview: tuple[PreviewRow, ...]
    notes: tuple[str, ...] = ()
    # Whether names are put in title case: as asked, or (asked None) decided from the first records.
    tidy_capitals: bool = False
    mostly_capitals: bool = False  # whether most names of the first records are written in capitals


def inspect_file(catalogue: Catalogue, path: str | os.PathLike[str], options: ImportOptions | None = None,
                 rows: int = 20) -> Inspection:
    """Read the start of a file without writing anything (ImportFileError if unusable)."""
    options = options or ImportOptions()
    path = Path(path)
    source = open_source(path, options.format, options.encoding, options.mapping, options.help_row)
    try:
        with catalogue.engine.connect() as connection:
            tags = _resolver(connection, options)
            source.prepare(tags)
            log = ProblemLog()
            preview: list[PreviewRow] = []
            headers: tuple[str, ...] = ()
            sample: tuple = ()
            notes: list[str] = []
            if isinstance(source, TableSource):
                headers = tuple(source.headers)
                sample = tuple((n, tuple(cells)) for n, cells in source.sample(rows))
                notes = list(source.table.info.notes) + [p.line() for p in source.table.problems]
            elif getattr(source, "table", None) is not None:  # an iCarol export: one table read by its layout
                notes = list(source.table.info.notes)
            # The first records, as many as deciding on capitals reads, as read (names untouched).
            first = list(itertools.islice(source.records(tags, log), CAPITALS_SAMPLE))
            mostly = mostly_capitals(n for rec in first for n in record_names(rec))
            capitals = CapitalsDecision(options.tidy_capitals)
            for rec in capitals.apply(first[:rows] if capitals.decided is not None else first):
                if len(preview) >= rows:
                    continue
                preview.append(PreviewRow(rec.row, describe_record(rec, tags),
                                          tuple(p.line() for p in log.rejected if p.row == rec.row)))
            return Inspection(
                path=str(path), layout=source.layout, layout_label=source.label, description=source.description,
                encoding=source.encoding, headers=headers,
                mapping=source.mapping if isinstance(source, TableSource) else None, sample=sample,
                preview=tuple(preview), notes=tuple(notes), tidy_capitals=bool(capitals.decided),
                mostly_capitals=mostly,
            )
    finally:
        source.close()


PREVIEW_FIELDS = ("name", "organization", "kind", "status", "phones", "address", "tags", "languages", "website",
                  "email", "cost", "fees", "hours", "last_verified", "description", "eligibility", "ages")


def describe_record(rec: ImportRecord, tags: TagResolver) -> dict[str, str]:
    """A record as the wizard's preview shows it: field -> text."""
    from resource_desk.core.records import PHONE_KIND_LABELS

    values: dict[str, str] = {}
    fields = rec.fields
    values["name"] = str(fields.get("name", ""))
    values["organization"] = rec.organization or ""
    for name in ("kind", "status", "website", "email", "cost", "fees", "hours", "description", "eligibility"):
        if fields.get(name):
            values[name] = str(fields[name])
    if fields.get("last_verified"):
        values["last_verified"] = fields["last_verified"].isoformat()  # type: ignore[union-attr]
    if fields.get("age_min") is not None or fields.get("age_max") is not None:
        values["ages"] = f"{fields.get('age_min', '') or ''}–{fields.get('age_max', '') or ''}"
    if rec.phones:
        values["phones"] = joined("; ", [msg("{number} ({kind})", number=p.number,
                                             kind=Message(PHONE_KIND_LABELS.get(p.kind, p.kind))) for p in rec.phones])
    if rec.addresses:
        values["address"] = joined(" | ", [msg("{address} (confidential)", address=a.one_line()) if a.confidential
                                           else a.one_line() for a in rec.addresses])

    if rec.tag_ids:
        values["tags"] = ", ".join(k for t in rec.tag_ids if (k := tags.key_of(t)))
    if rec.languages:
        values["languages"] = " ".join(rec.languages)
    if fields.get("private_notes"):
        values["private_notes"] = str(fields["private_notes"])
    return values
