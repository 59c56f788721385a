"""``resource-desk info``: the catalogue's path, schema revision and counts."""

from __future__ import annotations

import argparse
from dataclasses import asdict

from resource_desk.cli.common import open_catalogue, print_json


def register(commands: argparse._SubParsersAction) -> None:
    info = commands.add_parser("info", help="the catalogue's path, schema revision and counts")
    info.add_argument("--json", action="store_true")
    info.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from resource_desk.core.resources import catalogue_info

    info = catalogue_info(open_catalogue(args))
    if args.json:
        print_json(asdict(info), ensure_ascii=True)
        return 0
    print(f"Catalogue:       {info.database}")
    print(f"Schema revision: {info.schema_revision}")
    print(f"Resources:       {info.resources}")
    print(f"Organizations:   {info.organizations}")
    print(f"Tags:            {info.tags}")
    print(f"Import batches:  {info.import_batches}")
    return 0
