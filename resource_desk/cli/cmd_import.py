"""``resource-desk import``: a CSV, .xlsx, 211 (iCarol) export or Open Referral package, on the
same services as the wizard.

    resource-desk import FILE [--format auto|csv|hsds|icarol] [--mapping FILE] [--encoding ENC]
                              [--dry-run] [--on-duplicate update|skip|keep-both] [--new-tags create|skip]
                              [--accept-tag FACET:NAME]... [--accept-suggestion FACET:NAME]...
                              [--accept-suggestions] [--no-suggestions]
                              [--tidy-capitals | --keep-capitals] [--save-mapping FILE] [--json]
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from resource_desk.cli.common import add_wait_option, open_catalogue, print_json, say
from resource_desk.core.errors import UserError

if TYPE_CHECKING:
    from resource_desk.importing.service import ImportResult

SHOWN_WARNINGS = 20


def register(commands: argparse._SubParsersAction) -> None:
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
    add_wait_option(imp)
    imp.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from resource_desk.importing.mapping import load_mapping_file
    from resource_desk.importing.service import ImportOptions, run_import

    mapping = load_mapping_file(args.mapping) if args.mapping else None
    if args.save_mapping:
        _check_save_mapping(args, mapping)
    catalogue = open_catalogue(args, create=True)  # importing into a new path makes the catalogue
    options = ImportOptions(format=args.format, encoding=args.encoding, mapping=mapping,
                            on_duplicate=args.on_duplicate, new_tags=args.new_tags, dry_run=args.dry_run,
                            accept_tags=frozenset(args.accept_tag),
                            accept_suggestions=frozenset(["*"] if args.accept_suggestions
                                                         else args.accept_suggestion),
                            tidy_capitals=args.tidy_capitals,
                            suggest=not args.no_suggestions or bool(args.accept_suggestions or args.accept_suggestion))
    result = run_import(catalogue, args.file, options)
    saved = None
    if args.save_mapping and result.mapping is not None:
        try:
            result.mapping.save_file(args.save_mapping)
        except OSError as exc:
            raise UserError(f"--save-mapping: {args.save_mapping} cannot be written ({exc.strerror or exc}); "
                             f"the import itself is done") from None
        saved = args.save_mapping
    if args.json:
        print_json(result.to_json())
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
        raise UserError(f"--save-mapping: {target} is a folder; give a file name")
    if not target.parent.exists():
        raise UserError(f"--save-mapping: {target.parent}: no such folder")
    source = open_source(args.file, args.format, args.encoding, mapping)
    try:
        if source.layout not in ("csv", "xlsx"):
            article = "an" if source.label[:1].lower() in "aeiou" else "a"
            raise UserError(f"--save-mapping: {article} {source.label} is read by its own layout; there is no "
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
        say(f"warnings: {result.warning_count}")
        for problem in shown:
            say(f"  {problem.line()}")
        if more > 0:
            say(f"  … and {more} more (--json lists them all)")


