"""``resource-desk imports [--json]``: the import history, oldest first."""

from __future__ import annotations

import argparse

from resource_desk.cli.common import open_catalogue, print_json


def register(commands: argparse._SubParsersAction) -> None:
    history = commands.add_parser("imports", help="the import history, oldest first")
    history.add_argument("--json", action="store_true")
    history.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from resource_desk.importing.history import list_imports

    catalogue = open_catalogue(args)
    batches = list_imports(catalogue)
    if args.json:
        print_json([b.to_json() for b in batches])
        return 0
    if not batches:
        print("no imports yet")
        return 0
    for b in batches:
        undone = f"  (undone {b.undone_at:%Y-%m-%d %H:%M})" if b.undone_at else ""
        print(f"{b.at:%Y-%m-%d %H:%M}  {b.id}  {b.format:<6}  created {b.created}, updated {b.updated}, "
              f"skipped {b.skipped}, rejected {b.rejected}  {b.file}{undone}")
    return 0


