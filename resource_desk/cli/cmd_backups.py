"""``resource-desk backups [--now] [--json]``: the catalogue's backups, newest first."""

from __future__ import annotations

import argparse

from resource_desk.cli.common import open_catalogue, print_json, say


def register(commands: argparse._SubParsersAction) -> None:
    backups = commands.add_parser("backups", help="the catalogue's backups, newest first (a copy is made on the "
                                                  "first open of each day)")
    backups.add_argument("--now", action="store_true", help="check the catalogue and back it up now")
    backups.add_argument("--json", action="store_true")
    backups.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from resource_desk.core.backups import backups_folder, daily_care, list_backups

    catalogue = open_catalogue(args, care=not args.now)
    if args.now:
        care = daily_care(catalogue, force=True)
        if care.findings:
            say(f"resource-desk: the check found damage, so no backup was made: {care.findings[0]}")
        elif care.backup is not None:
            say(f"resource-desk: checked and backed up to {care.backup}")
    found = list_backups(catalogue.path)
    if args.json:
        print_json({"catalogue": str(catalogue.path), "folder": str(backups_folder(catalogue.path)),
                    "damaged": catalogue.damage,
                    "backups": [{"path": str(b.path), "made": b.made.isoformat(timespec="seconds"), "kind": b.kind,
                                 "bytes": b.size} for b in found]})
        return 0
    if not found:
        print(f"no backups of {catalogue.path} yet")
        return 0
    for backup in found:
        print(backup.describe())
    return 0
