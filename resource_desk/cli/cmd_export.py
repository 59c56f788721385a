"""``resource-desk export FILE``: resources as CSV, an Open Referral (HSDS 3.0) package
(.zip, or a folder) or HSDS 3.0 JSON.

    resource-desk export FILE [--format csv|hsds|hsds-json] [--country CC] [--query Q]
                              [--tag FACET:NAME]... [--all] [--include-private] [--json]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from resource_desk.cli.common import open_catalogue, print_json, search_query_from
from resource_desk.core.errors import UserError


def register(commands: argparse._SubParsersAction) -> None:
    from resource_desk.importing.export import FORMATS as EXPORT_FORMATS

    export = commands.add_parser("export", help="export resources as CSV, an Open Referral (HSDS 3.0) package or "
                                                "HSDS JSON")
    export.add_argument("file", metavar="FILE")
    export.add_argument("--format", choices=EXPORT_FORMATS,
                        help="csv, hsds (a .zip, or a folder for any other name) or hsds-json (default: hsds for "
                             ".zip or a folder, hsds-json for .json, else csv)")
    export.add_argument("--country", metavar="CC", help="HSDS: the country (two letters) for addresses that have "
                                                        "none (default: the one in Preferences, else the practice's)")
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

    target = Path(args.file)
    suffix = target.suffix.lower()
    fmt = args.format or ("hsds" if suffix == ".zip" or target.is_dir() else "hsds-json" if suffix == ".json"
                          else "csv")
    folder = fmt == "hsds" and suffix != ".zip"  # an HSDS package as a folder of tables
    if target.is_dir() and not folder:
        raise UserError(f"{target} is a folder; give a file name (or --format hsds to write the package into it)")
    country = args.country.strip().upper() if args.country else None
    if args.country is not None and not (country and len(country) == 2 and country.isalpha()):
        raise UserError(f"--country “{args.country}”: give two letters, such as US, CA or MX")
    if not target.parent.exists():
        raise UserError(f"{target.parent}: no such folder")
    catalogue = open_catalogue(args)
    ids = None
    if args.query or args.tag:
        ids = matching_ids(catalogue, search_query_from(args, catalogue))
    try:
        result = export_resources(catalogue, target, fmt, ids, include_private=args.include_private, country=country)
    except OSError as exc:
        raise UserError(f"{target}: cannot be written ({exc.strerror or exc})") from None
    if args.json:
        print_json({"file": result.path, "format": result.format, "resources": result.resources,
                    "private_notes_left_out": result.private_notes_left_out,
                    "confidential_addresses_left_out": result.confidential_addresses_left_out,
                    "notes": list(result.notes)})
        return 0
    print(result.summary())
    return 0


