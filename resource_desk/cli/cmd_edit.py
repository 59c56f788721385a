"""``resource-desk edit``: change many resources at once (the window's Edit selected…).

    resource-desk edit (--query Q [--tag FACET:NAME]... [--all] | --id ID...) [--add-tag FACET:NAME]...
        [--remove-tag FACET:NAME]... [--set-status S] [--set-kind K] [--set-cost C] [--set-delivery D]
        [--add-language L]... [--remove-language L]... [--verified [DATE]] [--verified-by NAME]
        [--dry-run] [--json]
"""

from __future__ import annotations

import argparse
from datetime import date

from resource_desk.cli.common import add_wait_option, open_catalogue, print_json, say, search_query_from
from resource_desk.core.errors import UserError


def register(commands: argparse._SubParsersAction) -> None:
    edit = commands.add_parser("edit", help="change many resources at once: tags, kind, cost, status, verified")
    which = edit.add_argument_group("which resources (a search, or ids)")
    which.add_argument("--query", metavar="Q", help="the resources these words find (\"\" for all)")
    which.add_argument("--tag", action="append", metavar="FACET:NAME", help="with --query: only resources with "
                                                                             "this tag (repeatable)")
    which.add_argument("--match-all", action="store_true", help="within a facet, require every --tag given")
    which.add_argument("--all", action="store_true", help="with --query: include inactive and do-not-refer ones")
    which.add_argument("--id", action="append", metavar="ID", help="a resource by its id or its first 8+ "
                                                                  "characters (repeatable)")
    what = edit.add_argument_group("what to change")
    what.add_argument("--add-tag", action="append", default=[], metavar="FACET:NAME")
    what.add_argument("--remove-tag", action="append", default=[], metavar="FACET:NAME")
    what.add_argument("--set-status", metavar="S", help="active, temporarily_closed, inactive or do_not_refer")
    what.add_argument("--set-kind", metavar="K", help="support_group, clinic, crisis_line, … (see --help)")
    what.add_argument("--set-cost", metavar="C", help="free, sliding_scale, insurance or paid")
    what.add_argument("--set-delivery", metavar="D", help="in_person, remote, phone or hybrid")
    what.add_argument("--add-language", action="append", default=[], metavar="L", help="a language (es, Spanish)")
    what.add_argument("--remove-language", action="append", default=[], metavar="L")
    what.add_argument("--verified", nargs="?", const="today", metavar="DATE",
                      help="mark verified today, or on DATE (YYYY-MM-DD)")
    what.add_argument("--verified-by", metavar="NAME", help="with --verified: who checked")
    edit.add_argument("--dry-run", action="store_true", help="say what would change, change nothing")
    edit.add_argument("--json", action="store_true")
    add_wait_option(edit)
    edit.set_defaults(handler=run)


def _date(text: str) -> date:
    if text == "today":
        return date.today()
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise UserError(f"--verified: “{text}” is not a date; write it as YYYY-MM-DD") from None


def _language(text: str) -> str:
    from resource_desk.core.languages import language_code

    code = language_code(text)
    if code is None:
        raise UserError(f"unknown language “{text}”; give its name or code (es, Spanish)")
    return code


def _change(args: argparse.Namespace, catalogue):
    from resource_desk.core.bulk_edit import BulkChange, choice
    from resource_desk.core.tags import resolve_tags

    if args.verified_by and not args.verified:
        raise UserError("--verified-by goes with --verified")
    return BulkChange(
        add_tags=tuple(t.id for t in resolve_tags(catalogue, args.add_tag)),
        remove_tags=tuple(t.id for t in resolve_tags(catalogue, args.remove_tag)),
        kind=choice("kind", args.set_kind) if args.set_kind else None,
        cost=choice("cost", args.set_cost) if args.set_cost else None,
        delivery=choice("delivery", args.set_delivery) if args.set_delivery else None,
        status=choice("status", args.set_status) if args.set_status else None,
        add_languages=tuple(_language(x) for x in args.add_language),
        remove_languages=tuple(_language(x) for x in args.remove_language),
        verified=_date(args.verified) if args.verified else None,
        verified_by=(args.verified_by or "").strip() or None,
    )


def run(args: argparse.Namespace) -> int:
    from resource_desk.core.bulk_edit import BulkEditError, apply_bulk_change, plan, resolve_ids

    if (args.query is None) == (not args.id):
        raise UserError("say which resources: --query Q (with any --tag) or --id ID, not both")
    if args.id and (args.tag or args.all or args.match_all):
        raise UserError("--tag, --all and --match-all go with --query, not --id")
    catalogue = open_catalogue(args)
    change = _change(args, catalogue)
    if not change:
        raise BulkEditError("nothing to change: give --add-tag, --remove-tag, --set-… or --verified")
    if args.id:
        ids = resolve_ids(catalogue, args.id)
    else:
        from resource_desk.core.search import matching_ids

        ids = matching_ids(catalogue, search_query_from(args, catalogue))
    if args.dry_run:
        planned = plan(catalogue, ids, change)
        asked, changed = planned.asked, planned.changed
        added, removed = len(planned.links_added), len(planned.links_removed)
    else:
        result = apply_bulk_change(catalogue, ids, change, keep_snapshot=False)
        asked, changed, added, removed = result.asked, result.changed, result.tags_added, result.tags_removed
    if args.json:
        print_json({"resources": asked, "changed": changed, "tags_added": added, "tags_removed": removed,
                    "dry_run": args.dry_run})
        return 0
    verb = "would change" if args.dry_run else "changed"
    print(f"{verb} {changed} of {asked} {'resource' if asked == 1 else 'resources'}"
          f" ({added} tags added, {removed} removed)")
    if args.dry_run:
        say("nothing changed (--dry-run)")
    return 0
