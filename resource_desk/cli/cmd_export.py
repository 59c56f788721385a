"""``resource-desk export FILE``: resources as CSV or an Open Referral (HSDS 3.0) package.

    resource-desk export FILE [--format csv|hsds] [--query Q] [--tag FACET:NAME]... [--all]
                              [--include-private] [--json]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from resource_desk.cli.common import open_catalogue, print_json, search_query_from
from resource_desk.core.errors import UserError


def register(commands: argparse._SubParsersAction) -> None:
    from resource_desk.importing.export import FORMATS as EXPORT_FORMATS

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
    export.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from resource_desk.core.search import matching_ids
    from resource_desk.importing.export import export_resources

    fmt = args.format or ("hsds" if Path(args.file).suffix.lower() == ".zip" else "csv")
    target = Path(args.file)
    if target.is_dir():
        raise UserError(f"{target} is a folder; give a file name")
    if not target.parent.exists():
        raise UserError(f"{target.parent}: no such folder")
    catalogue = open_catalogue(args)
    ids = None
    if args.query or args.tag:
        ids = matching_ids(catalogue, search_query_from(args, catalogue))
    try:
        result = export_resources(catalogue, target, fmt, ids, include_private=args.include_private)
    except OSError as exc:
        raise UserError(f"{target}: cannot be written ({exc.strerror or exc})") from None
    if args.json:
        print_json({"file": result.path, "format": result.format, "resources": result.resources,
                    "private_notes_left_out": result.private_notes_left_out,
                    "confidential_addresses_left_out": result.confidential_addresses_left_out})
        return 0
    print(result.summary())
    return 0


