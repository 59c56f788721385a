"""``resource-desk undo-import BATCH [--json]``: take an import (or an applied tag suggestion) back."""

from __future__ import annotations

import argparse

from resource_desk.cli.common import add_wait_option, open_catalogue, print_json


def register(commands: argparse._SubParsersAction) -> None:
    undo = commands.add_parser("undo-import", help="take an import back: what it created is deleted, what it "
                                                   "updated gets its old values")
    undo.add_argument("batch", metavar="BATCH", help="the import's id (or its first characters)")
    undo.add_argument("--json", action="store_true")
    add_wait_option(undo)
    undo.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from resource_desk.importing.undo import undo_import

    catalogue = open_catalogue(args)
    result = undo_import(catalogue, args.batch)
    if args.json:
        print_json({"batch_id": result.batch_id, "file": result.file, "deleted": result.deleted,
                    "restored": result.restored, "organizations_deleted": result.organizations_deleted,
                    "tags_deleted": result.tags_deleted})
        return 0
    print(f"Undid the import of {result.file} ({result.batch_id}): {result.deleted} resources deleted, "
          f"{result.restored} given their old values back")
    return 0


