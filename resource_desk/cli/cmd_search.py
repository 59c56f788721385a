"""``resource-desk search [QUERY] [--tag FACET:NAME]... [--match-all] [--all] [--sort KEY [--desc]] [--limit N] [--json]``."""

from __future__ import annotations

import argparse
from dataclasses import replace

from resource_desk.cli.common import open_catalogue, print_json, say, search_query_from
from resource_desk.core.errors import UserError
from resource_desk.core.queries import SORT_KEYS


def register(commands: argparse._SubParsersAction) -> None:
    find = commands.add_parser("search", help="find resources (an empty QUERY lists everything)")
    find.add_argument("query", nargs="?", default="", metavar="QUERY")
    find.add_argument("--tag", action="append", metavar="FACET:NAME", help="only resources with this tag "
                                                                            "(repeatable)")
    find.add_argument("--match-all", action="store_true", help="within a facet, require every tag given")
    find.add_argument("--all", action="store_true", help="include inactive and do-not-refer resources")
    find.add_argument("--sort", choices=SORT_KEYS, metavar="KEY",
                      help=f"order by {', '.join(SORT_KEYS)} (then by name; 'verified': never verified, then "
                           "oldest first) instead of relevance (words) or name (no words)")
    find.add_argument("--desc", action="store_true", help="reverse the --sort order")
    find.add_argument("--limit", type=int, default=1000, metavar="N",
                      help="at most N resources (default 1000; 0: no limit); how many were left out is said on "
                           "stderr")
    find.add_argument("--json", action="store_true")
    find.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from resource_desk.core.search import search

    if args.limit < 0:
        raise UserError("--limit must be 0 (no limit) or more")
    catalogue = open_catalogue(args)
    if args.desc and not args.sort:
        raise UserError("--desc reverses a --sort order; give --sort too")
    query = replace(search_query_from(args, catalogue), sort=args.sort or "", descending=args.desc)
    page = search(catalogue, query, limit=args.limit or None, offset=0)
    shown = len(page.rows)
    left_out = shown < page.total
    if args.json:
        print_json([
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
        ])
        if left_out:
            say(_left_out(page.total, shown))
        return 0
    for row in page.rows:
        verified = f"verified {row.last_verified.isoformat()}" if row.last_verified else "never verified"
        org = f" — {row.organization}" if row.organization else ""
        flag = "" if row.status == "active" else f" [{row.status}]"
        print(f"{row.name}{org}{flag}  ({verified})  {row.id}")
    say(_left_out(page.total, shown) if left_out else f"{page.total:,} found")
    return 0


def _left_out(total: int, shown: int) -> str:
    return f"{total:,} matches, {shown:,} shown; use --limit 0 for all"
