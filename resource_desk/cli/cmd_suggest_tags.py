"""``resource-desk suggest-tags``: tags that resources' own words suggest; --apply adds them.

    resource-desk suggest-tags [--query Q] [--tag FACET:NAME]... [--all] [--only FACET:NAME]... [--apply] [--json]
"""

from __future__ import annotations

import argparse

from resource_desk.cli.common import add_wait_option, open_catalogue, print_json, say, search_query_from


def register(commands: argparse._SubParsersAction) -> None:
    suggest = commands.add_parser("suggest-tags", help="tags that resources' own words suggest; --apply adds them")
    suggest.add_argument("--query", default="", metavar="Q", help="only resources found by these words")
    suggest.add_argument("--tag", action="append", metavar="FACET:NAME", help="only resources with this tag "
                                                                              "(repeatable)")
    suggest.add_argument("--all", action="store_true", help="include inactive and do-not-refer resources")
    suggest.add_argument("--only", action="append", default=[], metavar="FACET:NAME",
                         help="with --apply: apply only these suggested tags (repeatable; default: all)")
    suggest.add_argument("--apply", action="store_true",
                         help="add the suggested tags, as one batch that undo-import takes back")
    suggest.add_argument("--json", action="store_true")
    add_wait_option(suggest)
    suggest.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from resource_desk.core.tags import resolve_tags
    from resource_desk.importing.suggested_tags import apply_suggestions, suggest_tags

    catalogue = open_catalogue(args)
    suggestions = suggest_tags(catalogue, search_query_from(args, catalogue))
    if args.only:
        only = {t.id for t in resolve_tags(catalogue, args.only)}
        suggestions = [s for s in suggestions if s.tag_id in only]
    applied = apply_suggestions(catalogue, suggestions) if args.apply else None
    if args.json:
        document: dict = {"suggestions": [s.to_json() for s in suggestions]}
        if applied is not None:
            document["applied"] = {"batch_id": applied.batch_id, "resources": applied.resources,
                                   "tags_added": applied.links}
        print_json(document)
        return 0
    if not suggestions:
        print("no tags to suggest")
        return 0
    for suggestion in suggestions:
        examples = "; ".join(suggestion.examples[:3])
        more = "…" if suggestion.count > 3 else ""
        print(f"{suggestion.key}: {suggestion.count} {'resource' if suggestion.count == 1 else 'resources'} "
              f"({examples}{more})")
    if applied is None:
        say("nothing changed; --apply adds these tags (--only FACET:NAME to choose)")
    elif applied.batch_id:
        print(f"added {applied.links} tags to {applied.resources} resources, batch {applied.batch_id} "
              f"(undo-import {applied.batch_id[:8]} takes them back)")
    return 0
