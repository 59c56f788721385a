"""The command line: ``resource-desk [--db PATH | --demo] [COMMAND ...]``.

Without a command it opens the window. Every command goes through the same services as
the GUI. Unusable arguments or a catalogue that cannot be opened end with exit status 2
and one line on stderr.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path

from resource_desk import __version__
from resource_desk.core.database import Catalogue, CatalogueError
from resource_desk.core.paths import default_db_path

EXIT_USAGE = 2


class UsageError(Exception):
    """Bad arguments or input: one line for stderr, exit status 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, not the usage block
        raise UsageError(message)


def open_catalogue(args: argparse.Namespace) -> Catalogue:
    if args.demo:
        from resource_desk.core.demo import open_demo

        return open_demo()
    return Catalogue.open(Path(args.db) if args.db else default_db_path())


def cmd_info(args: argparse.Namespace) -> int:
    from resource_desk.core.resources import catalogue_info

    catalogue = open_catalogue(args)
    info = catalogue_info(catalogue)
    if args.json:
        print(json.dumps(asdict(info), indent=2))
    else:
        print(f"Catalogue:       {info.database}")
        print(f"Schema revision: {info.schema_revision}")
        print(f"Resources:       {info.resources}")
        print(f"Organizations:   {info.organizations}")
        print(f"Tags:            {info.tags}")
        print(f"Import batches:  {info.import_batches}")
    return 0


def search_query_from(args: argparse.Namespace, catalogue: Catalogue):
    """The SearchQuery that --query/QUERY, --tag and --all describe."""
    from resource_desk.core.search import SearchQuery
    from resource_desk.core.tags import TagError, resolve_tags

    try:
        tags = resolve_tags(catalogue, args.tag or [])
    except TagError as exc:
        raise UsageError(str(exc)) from exc
    return SearchQuery(
        text=getattr(args, "query", "") or "",
        tag_ids=tuple(t.id for t in tags),
        match_all=getattr(args, "match_all", False),
        include_hidden=getattr(args, "all", False),
    )


def cmd_search(args: argparse.Namespace) -> int:
    from resource_desk.core.search import search

    if args.limit < 0:
        raise UsageError("--limit must be 0 (no limit) or more")
    catalogue = open_catalogue(args)
    query = search_query_from(args, catalogue)
    page = search(catalogue, query, limit=args.limit or None, offset=0)
    shown = len(page.rows)
    left_out = shown < page.total
    if args.json:
        print(json.dumps([
            {
                "id": row.id,
                "name": row.name,
                "organization": row.organization,
                "kind": row.kind,
                "status": row.status,
                "tags": list(row.tags),
                "last_verified": row.last_verified.isoformat() if row.last_verified else None,
            }
            for row in page.rows
        ], indent=2, ensure_ascii=False))
        if left_out:
            print(_left_out(page.total, shown), file=sys.stderr)
        return 0
    for row in page.rows:
        verified = row.last_verified.isoformat() if row.last_verified else "never verified"
        org = f" — {row.organization}" if row.organization else ""
        flag = "" if row.status == "active" else f" [{row.status}]"
        print(f"{row.name}{org}{flag}  (verified {verified})  {row.id}")
    print(_left_out(page.total, shown) if left_out else f"{page.total:,} found", file=sys.stderr)
    return 0


def cmd_duplicates(args: argparse.Namespace) -> int:
    """List possible duplicates side by side, or act on one: merge, not duplicates, undo a merge."""
    from resource_desk.core import duplicates as dups
    from resource_desk.core.errors import NotFound

    catalogue = open_catalogue(args)
    try:
        if args.merge:
            keep, remove = (dups.resolve_resource_id(catalogue, i) for i in args.merge)
            result = dups.merge_resources(catalogue, keep, remove)
            if args.json:
                print(json.dumps(result.to_json(), indent=2, ensure_ascii=False))
            else:
                print(result.summary())
                print(f"merge {result.merge_id} (undo with: resource-desk duplicates --undo-merge "
                      f"{result.merge_id[:8]})")
            return 0
        if args.not_duplicates:
            a, b = (dups.resolve_resource_id(catalogue, i) for i in args.not_duplicates)
            new = dups.dismiss_pair(catalogue, a, b)
            if args.json:
                print(json.dumps({"resource_a": min(a, b), "resource_b": max(a, b), "new": new}, indent=2))
            else:
                print(f"{a} and {b} are not duplicates" + ("" if new else " (known already)"))
            return 0
        if args.undo_merge:
            record = dups.undo_merge(catalogue, dups.resolve_merge_id(catalogue, args.undo_merge))
            if args.json:
                print(json.dumps(record.to_json(), indent=2, ensure_ascii=False))
            else:
                print(f"Undid the merge of “{record.removed_name}” into “{record.kept_name}”: both are back")
            return 0
        if args.merges:
            merges = dups.list_merges(catalogue)
            if args.json:
                print(json.dumps([m.to_json() for m in merges], indent=2, ensure_ascii=False))
                return 0
            for m in merges:
                undone = f"  (undone {m.undone_at:%Y-%m-%d %H:%M})" if m.undone_at else ""
                kept = f"“{m.kept_name}”" if m.kept_name is not None else "(a resource since deleted)"
                print(f"{m.at:%Y-%m-%d %H:%M}  {m.id}  “{m.removed_name}” into {kept}{undone}")
            if not merges:
                print("no merges yet")
            return 0
    except (dups.DuplicateError, NotFound) as exc:
        raise UsageError(str(exc)) from None
    pairs = dups.find_duplicates(catalogue, limit=args.limit)
    if args.json:
        print(json.dumps([p.to_json() for p in pairs], indent=2, ensure_ascii=False))
        return 0
    width = max(shutil.get_terminal_size((120, 24)).columns, 80)
    for n, pair in enumerate(pairs, 1):
        print(f"{n}. {pair.reason}")
        if pair.warning:
            print(f"   ! {pair.warning}")
        for line in _side_by_side(pair, width):
            print(line)
        print()
    print(f"{len(pairs)} possible duplicate pair{'' if len(pairs) == 1 else 's'}" +
          (" (merge with --merge KEEP_ID REMOVE_ID, or keep both with --not-duplicates ID ID)" if pairs else ""),
          file=sys.stderr)
    return 0


_SIDE_FIELDS = (("id", "id"), ("name", "name"), ("organization", "organization"), ("status", "status"),
                ("phones", "phones"), ("addresses", "addresses"), ("website", "web site"), ("email", "email"),
                ("languages", "languages"), ("tags", "tags"), ("source_categories", "categories"),
                ("saved_lists", "saved lists"), ("last_verified", "last verified"))


def _side_by_side(pair, width: int) -> list[str]:
    """Both resources in two columns; a "*" marks the lines where they differ."""
    from resource_desk.core.records import STATUS_LABELS

    label_width = 14
    column = (width - label_width - 8) // 2

    def cut(text: str) -> str:
        return text if len(text) <= column else text[:column - 1] + "…"

    def values(side, name: str) -> list[str]:
        value = getattr(side, name)
        if name == "languages":
            return [", ".join(value) or "—"]
        if name == "status":
            return [STATUS_LABELS.get(value, value)]
        if isinstance(value, tuple):
            return list(value) or ["—"]
        return [str(value) if value not in (None, "") else "—"]

    lines = []
    for name, label in _SIDE_FIELDS:
        left, right = values(pair.a, name), values(pair.b, name)
        if name == "phones":  # one number written two ways is the same number
            left_key, right_key = pair.a.phone_keys, pair.b.phone_keys
        else:
            left_key, right_key = left, right
        mark = "*" if name != "id" and left_key != right_key else " "
        for i in range(max(len(left), len(right))):
            a = left[i] if i < len(left) else ""
            b = right[i] if i < len(right) else ""
            lines.append(f"  {mark if i == 0 else ' '} {(label if i == 0 else ''):<{label_width}}"
                         f"{cut(a):<{column}} | {cut(b)}")
    return lines
def _left_out(total: int, shown: int) -> str:
    return f"{total:,} matches, {shown:,} shown; use --limit 0 for all"


def cmd_gui(args: argparse.Namespace) -> int:
    from resource_desk.gui.app import run

    return run(db=args.db, demo=args.demo)


def build_parser(with_commands: bool = True) -> argparse.ArgumentParser:
    """The whole command line; without the commands (``with_commands`` off) only what starts
    the window, which is all ``main`` needs then (the import commands load the importers)."""
    parser = _Parser(prog="resource-desk", description="An offline catalogue of community resources.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--db", metavar="PATH", help="the catalogue file (default: $RESOURCE_DESK_DB or your "
                                                    "user data folder)")
    where.add_argument("--demo", action="store_true", help="use the demo catalogue")
    parser.set_defaults(handler=cmd_gui)
    if not with_commands:
        return parser
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    info = commands.add_parser("info", help="the catalogue's path, schema revision and counts")
    info.add_argument("--json", action="store_true")
    info.set_defaults(handler=cmd_info)

    find = commands.add_parser("search", help="find resources (an empty QUERY lists everything)")
    find.add_argument("query", nargs="?", default="", metavar="QUERY")
    find.add_argument("--tag", action="append", metavar="FACET:NAME", help="only resources with this tag "
                                                                            "(repeatable)")
    find.add_argument("--match-all", action="store_true", help="within a facet, require every tag given")
    find.add_argument("--all", action="store_true", help="include inactive and do-not-refer resources")
    find.add_argument("--limit", type=int, default=1000, metavar="N",
                      help="at most N resources (default 1000; 0: no limit); how many were left out is said on "
                           "stderr")
    find.add_argument("--json", action="store_true")
    find.set_defaults(handler=cmd_search)

    dups = commands.add_parser("duplicates", help="resources that look alike, side by side; merge them (undoably) "
                                                  "or mark them as not duplicates")
    act = dups.add_mutually_exclusive_group()
    act.add_argument("--merge", nargs=2, metavar=("KEEP_ID", "REMOVE_ID"),
                     help="keep the first, move the second's phones, addresses, tags, lists… onto it, delete it")
    act.add_argument("--not-duplicates", nargs=2, metavar=("ID", "ID"), help="remember that these two are "
                                                                              "different resources")
    act.add_argument("--undo-merge", metavar="MERGE_ID", help="put both resources of a merge back")
    act.add_argument("--merges", action="store_true", help="the merges made so far, newest first")
    dups.add_argument("--limit", type=int, default=None, help="list at most this many pairs")
    dups.add_argument("--json", action="store_true")
    dups.set_defaults(handler=cmd_duplicates)

    from resource_desk.importing.commands import register as register_import_commands
    from resource_desk.sheets.commands import register as register_sheet_commands

    register_import_commands(commands)
    register_sheet_commands(commands)
    return parser


def _starts_the_window(argv: Sequence[str]) -> bool:
    """True when the arguments are at most --db PATH or --demo: no command, so the window opens."""
    options = _Parser(prog="resource-desk", add_help=False)
    options.add_argument("--db")
    options.add_argument("--demo", action="store_true")
    try:
        _known, rest = options.parse_known_args(argv)
    except UsageError:
        return False  # the whole parser says what is wrong
    return not rest


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    try:
        args = build_parser(with_commands=not _starts_the_window(argv)).parse_args(argv)
        code = args.handler(args)
        sys.stdout.flush()  # a reader that went away shows here, where it is handled
        return code
    except (UsageError, CatalogueError) as exc:
        print(f"resource-desk: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader stopped reading (``… | head``): end quietly, as command-line tools do.
        # Python would otherwise complain again while flushing stdout at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
