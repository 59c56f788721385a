"""Command-line commands for importing and exporting, on the same services as the wizard:

    resource-desk import FILE [--format auto|csv|hsds|icarol] [--mapping FILE] [--encoding ENC]
                              [--dry-run] [--on-duplicate update|skip|keep-both] [--new-tags create|skip]
                              [--tidy-capitals | --keep-capitals] [--save-mapping FILE] [--json]
    resource-desk imports [--json]
    resource-desk undo-import BATCH [--json]
    resource-desk export FILE [--format csv|hsds] [--query Q] [--tag FACET:NAME]... [--all]
                              [--include-private] [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from resource_desk.cli import UsageError, open_catalogue, search_query_from

if TYPE_CHECKING:
    from resource_desk.importing.service import ImportResult

SHOWN_WARNINGS = 20


def register(commands: argparse._SubParsersAction) -> None:
    from resource_desk.importing.export import FORMATS as EXPORT_FORMATS
    from resource_desk.importing.layouts import FORMATS
    from resource_desk.importing.writer import POLICIES

    imp = commands.add_parser("import", help="import a CSV, .xlsx, 211 (iCarol) export or Open Referral package")
    imp.add_argument("file", metavar="FILE", help="a file, a folder or a .zip (Open Referral data package)")
    imp.add_argument("--format", choices=FORMATS, default="auto", help="the layout (default: recognised)")
    imp.add_argument("--mapping", metavar="FILE", help="a column mapping file (JSON, see the README)")
    imp.add_argument("--encoding", metavar="ENC", help="the file's encoding, e.g. windows-1252 (default: detected)")
    imp.add_argument("--dry-run", action="store_true", help="report what would happen and write nothing")
    imp.add_argument("--on-duplicate", choices=POLICIES, default="update",
                     help="a row matching a resource already there: update it (default; fills in and adds, "
                          "never blanks), skip it, or keep both")
    imp.add_argument("--new-tags", choices=("create", "skip"), default="create",
                     help="values that match no tag: create them as new tags (default) or leave them out "
                          "(they are listed either way)")
    capitals = imp.add_mutually_exclusive_group()
    capitals.add_argument("--tidy-capitals", dest="tidy_capitals", action="store_const", const=True, default=None,
                          help="put ALL-CAPS names in title case, keeping acronyms (SAN FRANCISCO AIDS FOUNDATION -> "
                               "San Francisco AIDS Foundation); default: when most names in the file are in capitals")
    capitals.add_argument("--keep-capitals", dest="tidy_capitals", action="store_const", const=False,
                          help="keep names as the file writes them")
    imp.add_argument("--save-mapping", metavar="FILE", help="write the column mapping used to FILE, to edit and "
                                                            "reuse with --mapping")
    imp.add_argument("--json", action="store_true")
    imp.set_defaults(handler=cmd_import)

    history = commands.add_parser("imports", help="the import history, oldest first")
    history.add_argument("--json", action="store_true")
    history.set_defaults(handler=cmd_imports)

    undo = commands.add_parser("undo-import", help="take an import back: what it created is deleted, what it "
                                                   "updated gets its old values")
    undo.add_argument("batch", metavar="BATCH", help="the import's id (or its first characters)")
    undo.add_argument("--json", action="store_true")
    undo.set_defaults(handler=cmd_undo_import)

    export = commands.add_parser("export", help="export resources as CSV or an Open Referral (HSDS 3.0) package")
    export.add_argument("file", metavar="FILE")
    export.add_argument("--format", choices=EXPORT_FORMATS, help="csv or hsds (default: hsds for .zip, else csv)")
    export.add_argument("--query", default="", metavar="Q", help="only resources found by these words")
    export.add_argument("--tag", action="append", metavar="FACET:NAME", help="only resources with this tag "
                                                                             "(repeatable)")
    export.add_argument("--all", action="store_true", help="with --query or --tag: include inactive and "
                                                           "do-not-refer resources")
    export.add_argument("--include-private", action="store_true",
                        help="also export private notes and confidential addresses (for your own backup)")
    export.add_argument("--json", action="store_true")
    export.set_defaults(handler=cmd_export)


def cmd_import(args: argparse.Namespace) -> int:
    from resource_desk.importing.mapping import load_mapping_file
    from resource_desk.importing.problems import ImportFileError
    from resource_desk.importing.service import ImportOptions, run_import

    mapping = None
    try:
        if args.mapping:
            mapping = load_mapping_file(args.mapping)
        if args.save_mapping:
            _check_save_mapping(args, mapping)
        catalogue = open_catalogue(args)
        options = ImportOptions(format=args.format, encoding=args.encoding, mapping=mapping,
                                on_duplicate=args.on_duplicate, new_tags=args.new_tags, dry_run=args.dry_run,
                                tidy_capitals=args.tidy_capitals)
        result = run_import(catalogue, args.file, options)
    except ImportFileError as exc:
        raise UsageError(str(exc)) from None
    saved = None
    if args.save_mapping and result.mapping is not None:
        try:
            result.mapping.save_file(args.save_mapping)
        except OSError as exc:
            raise UsageError(f"--save-mapping: {args.save_mapping} cannot be written ({exc.strerror or exc}); "
                             f"the import itself is done") from None
        saved = args.save_mapping
    if args.json:
        print(json.dumps(result.to_json(), indent=2, ensure_ascii=False))
        return 0
    _print_result(result)
    if saved:
        print(f"column mapping written to {saved}")
    return 0


def _check_save_mapping(args: argparse.Namespace, mapping) -> None:
    """--save-mapping only makes sense for a table read through a column mapping, and
    needs a folder to write in: said before anything is imported."""
    from resource_desk.importing.layouts import open_source

    target = Path(args.save_mapping)
    if target.is_dir():
        raise UsageError(f"--save-mapping: {target} is a folder; give a file name")
    if not target.parent.exists():
        raise UsageError(f"--save-mapping: {target.parent}: no such folder")
    source = open_source(args.file, args.format, args.encoding, mapping)
    try:
        if source.layout not in ("csv", "xlsx"):
            article = "an" if source.label[:1].lower() in "aeiou" else "a"
            raise UsageError(f"--save-mapping: {article} {source.label} is read by its own layout; there is no "
                             "column mapping to save")
    finally:
        source.close()


def _print_result(result: ImportResult) -> None:
    print(f"{'Dry run of' if result.dry_run else 'Imported'} {result.file} ({result.description})")
    print(f"created {result.created}, updated {result.updated}, skipped {result.skipped_total}, "
          f"rejected {result.rejected}")
    details = result.skipped_details()
    if details:
        print("  skipped: " + "; ".join(details))
    print(f"batch {result.batch_id}" if result.batch_id else "nothing written (dry run)")
    created = [t.key for t in result.new_tags if t.created]
    declined = [t.key for t in result.new_tags if not t.created]
    if created:
        print(f"new tags{' (would be)' if result.dry_run else ''}: {', '.join(created)}")
    if declined:
        print(f"values that matched no tag, left out: {', '.join(declined)}")
    if result.problems:
        print("rejected rows:")
        for problem in result.problems:
            print(f"  {problem.line()}")
    if result.tidy_capitals:
        print("names in capitals put in title case (--keep-capitals keeps them as written)")
    if result.warning_count:
        listed = result.warnings
        shown = listed[:SHOWN_WARNINGS]
        more = len(listed) - len(shown)
        print(f"warnings: {result.warning_count}", file=sys.stderr)
        for problem in shown:
            print(f"  {problem.line()}", file=sys.stderr)
        if more > 0:
            print(f"  … and {more} more (--json lists them all)", file=sys.stderr)


def cmd_imports(args: argparse.Namespace) -> int:
    from resource_desk.importing.history import list_imports

    catalogue = open_catalogue(args)
    batches = list_imports(catalogue)
    if args.json:
        print(json.dumps([b.to_json() for b in batches], indent=2, ensure_ascii=False))
        return 0
    if not batches:
        print("no imports yet")
        return 0
    for b in batches:
        undone = f"  (undone {b.undone_at:%Y-%m-%d %H:%M})" if b.undone_at else ""
        print(f"{b.at:%Y-%m-%d %H:%M}  {b.id}  {b.format:<6}  created {b.created}, updated {b.updated}, "
              f"skipped {b.skipped}, rejected {b.rejected}  {b.file}{undone}")
    return 0


def cmd_undo_import(args: argparse.Namespace) -> int:
    from resource_desk.importing.history import ImportNotFound
    from resource_desk.importing.undo import UndoError, undo_import

    catalogue = open_catalogue(args)
    try:
        result = undo_import(catalogue, args.batch)
    except (ImportNotFound, UndoError) as exc:
        raise UsageError(str(exc)) from None
    if args.json:
        print(json.dumps({"batch_id": result.batch_id, "file": result.file, "deleted": result.deleted,
                          "restored": result.restored, "organizations_deleted": result.organizations_deleted,
                          "tags_deleted": result.tags_deleted}, indent=2, ensure_ascii=False))
        return 0
    print(f"Undid the import of {result.file} ({result.batch_id}): {result.deleted} resources deleted, "
          f"{result.restored} given their old values back")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from resource_desk.core.search import matching_ids
    from resource_desk.importing.export import export_resources

    fmt = args.format or ("hsds" if Path(args.file).suffix.lower() == ".zip" else "csv")
    target = Path(args.file)
    if target.is_dir():
        raise UsageError(f"{target} is a folder; give a file name")
    if not target.parent.exists():
        raise UsageError(f"{target.parent}: no such folder")
    catalogue = open_catalogue(args)
    ids = None
    if args.query or args.tag:
        ids = matching_ids(catalogue, search_query_from(args, catalogue))
    try:
        result = export_resources(catalogue, target, fmt, ids, include_private=args.include_private)
    except OSError as exc:
        raise UsageError(f"{target}: cannot be written ({exc.strerror or exc})") from None
    if args.json:
        print(json.dumps({"file": result.path, "format": result.format, "resources": result.resources,
                          "private_notes_left_out": result.private_notes_left_out,
                          "confidential_addresses_left_out": result.confidential_addresses_left_out},
                         indent=2, ensure_ascii=False))
        return 0
    print(result.summary())
    return 0
