"""Command-line commands for importing and exporting, on the same services as the wizard:

    resource-desk import FILE [--format auto|csv|hsds|icarol] [--mapping FILE] [--encoding ENC]
                              [--dry-run] [--on-duplicate update|skip|keep-both] [--new-tags create|skip]
                              [--tidy-capitals | --keep-capitals] [--save-mapping FILE] [--json]
    resource-desk imports [--json]
    resource-desk undo-import BATCH [--json]
    resource-desk export FILE [--format csv|hsds] [--query Q] [--tag FACET:NAME]... [--all]
                              [--include-private] [--json]
    resource-desk suggest-tags [--query Q] [--tag FACET:NAME]... [--all] [--only FACET:NAME]... [--apply] [--json]
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
    imp.add_argument("--accept-tag", action="append", default=[], metavar="FACET:NAME",
                     help="create this tag offered for source categories that map to no tag (repeatable; "
                          "a dry run lists them)")
    imp.add_argument("--accept-suggestion", action="append", default=[], metavar="FACET:NAME",
                     help="add this tag to the rows whose own words suggest it (repeatable; the output lists "
                          "the suggestions)")
    imp.add_argument("--accept-suggestions", action="store_true", help="add every suggested tag")
    imp.add_argument("--no-suggestions", action="store_true",
                     help="do not read the rows' words for tags (a large import is then about a sixth faster)")
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

    suggest = commands.add_parser("suggest-tags", help="tags that resources' own words suggest; --apply adds them")
    suggest.add_argument("--query", default="", metavar="Q", help="only resources found by these words")
    suggest.add_argument("--tag", action="append", metavar="FACET:NAME", help="only resources with this tag "
                                                                              "(repeatable)")
    suggest.add_argument("--all", action="store_true", help="include inactive and do-not-refer resources")
    suggest.add_argument("--only", action="append", default=[], metavar="FACET:NAME",
                         help="with --apply: apply only these suggested tags (repeatable; default: all)")
    suggest.add_argument("--apply", action="store_true",
                         help="add the suggested tags, as one batch that undo-import takes back")
    suggest.add_argument("--json", action="store_true")
    suggest.set_defaults(handler=cmd_suggest_tags)


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
                                accept_tags=frozenset(args.accept_tag),
                                accept_suggestions=frozenset(["*"] if args.accept_suggestions
                                                             else args.accept_suggestion),
                                tidy_capitals=args.tidy_capitals,
                                suggest=not args.no_suggestions or bool(args.accept_suggestions or args.accept_suggestion))
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
    declined = [t.key for t in result.new_tags if not t.created and not t.category]
    offered = sorted((t for t in result.new_tags if not t.created and t.category), key=lambda t: -t.count)
    if created:
        print(f"new tags{' (would be)' if result.dry_run else ''}: {', '.join(created)}")
    if declined:
        print(f"values that matched no tag, left out: {', '.join(declined)}")
    if offered:
        shown = offered[:SHOWN_WARNINGS]
        print(f"source categories that match no tag ({len(offered)}; kept as source categories; "
              "make a tag of one with --accept-tag FACET:NAME):")
        for tag in shown:
            print(f"  {tag.key} ({tag.count} {'row' if tag.count == 1 else 'rows'})")
        if len(shown) < len(offered):
            print(f"  … and {len(offered) - len(shown)} more (--json lists them all)")
    if result.suggestions:
        accepted = [t for t in result.suggestions if t.accepted]
        waiting = [t for t in result.suggestions if not t.accepted]
        if accepted:
            print("suggested tags added: " + ", ".join(f"{t.key} ({t.count})" for t in accepted))
        if waiting:
            print("tags the rows' own words suggest (add with --accept-suggestion FACET:NAME, or "
                  "--accept-suggestions for all):")
            for tag in waiting[:SHOWN_WARNINGS]:
                print(f"  {tag.key}: {tag.count} {'row' if tag.count == 1 else 'rows'}, e.g. "
                      + "; ".join(tag.examples[:3]))
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


def cmd_suggest_tags(args: argparse.Namespace) -> int:
    from resource_desk.core.tags import TagError, resolve_tags
    from resource_desk.importing.suggested_tags import apply_suggestions, suggest_tags

    catalogue = open_catalogue(args)
    suggestions = suggest_tags(catalogue, search_query_from(args, catalogue))
    if args.only:
        try:
            only = {t.id for t in resolve_tags(catalogue, args.only)}
        except TagError as exc:
            raise UsageError(str(exc)) from None
        suggestions = [s for s in suggestions if s.tag_id in only]
    applied = apply_suggestions(catalogue, suggestions) if args.apply else None
    if args.json:
        document: dict = {"suggestions": [s.to_json() for s in suggestions]}
        if applied is not None:
            document["applied"] = {"batch_id": applied.batch_id, "resources": applied.resources,
                                   "tags_added": applied.links}
        print(json.dumps(document, indent=2, ensure_ascii=False))
        return 0
    if not suggestions:
        print("no tags to suggest")
        return 0
    for suggestion in suggestions:
        examples = "; ".join(suggestion.examples[:3])
        more = "…" if suggestion.count > 3 else ""
        print(f"{suggestion.key}: {suggestion.count} {'resource' if suggestion.count == 1 else 'resources'} "
              f"({examples}{more})")
    if applied is None:
        print("nothing changed; --apply adds these tags (--only FACET:NAME to choose)", file=sys.stderr)
    elif applied.batch_id:
        print(f"added {applied.links} tags to {applied.resources} resources, batch {applied.batch_id} "
              f"(undo-import {applied.batch_id[:8]} takes them back)")
    return 0
