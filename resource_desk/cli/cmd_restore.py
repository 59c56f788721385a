"""``resource-desk restore BACKUP``: put a backup's content back into the catalogue."""

from __future__ import annotations

import argparse

from resource_desk.cli.common import print_json


def register(commands: argparse._SubParsersAction) -> None:
    restore = commands.add_parser("restore", help="put a backup back into the catalogue (the catalogue as it "
                                                  "was is kept beside the backups)")
    restore.add_argument("backup", metavar="BACKUP",
                         help="a backup's file, its name or its date (YYYY-MM-DD), as `backups` lists them")
    restore.add_argument("--json", action="store_true")
    restore.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from resource_desk.core.backups import check_backup, find_backup, restore
    from resource_desk.core.catalogues import catalogue_path, open_catalogue

    # Not opened first: a catalogue damaged beyond opening can be restored all the same.
    path = catalogue_path(args.db, args.demo)
    backup = find_backup(path, args.backup)
    resources = check_backup(backup)
    kept = restore(path, backup)
    catalogue = open_catalogue(args.db, args.demo)  # a backup from an older release is upgraded now
    catalogue.close()
    if args.json:
        print_json({"catalogue": str(path), "backup": str(backup), "resources": resources, "kept": str(kept)})
        return 0
    print(f"Restored {path} from {backup}: {resources} resources. The catalogue as it was is kept as {kept}.")
    return 0
