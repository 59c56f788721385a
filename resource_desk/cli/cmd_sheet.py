"""``resource-desk sheet``: a referral sheet as a PDF, from the command line, without a display.

Resources come from ``--id`` (each one refused, exit 2, if it is inactive or do-not-refer),
a saved ``--list`` and a search (``--query``, ``--tag``), in that order, each once. A search
never picks inactive or do-not-refer resources; a saved list's ones are skipped with a note.
Qt is only imported once there is something to paint.
"""

from __future__ import annotations

import argparse

from resource_desk.cli.common import open_catalogue, say, search_query_from
from resource_desk.core.errors import UserError
from resource_desk.core.settings import PAPERS, load_sheet_preferences
from resource_desk.sheets.translations import language_codes


def register(commands: argparse._SubParsersAction) -> None:
    sheet = commands.add_parser(
        "sheet", help="make a referral sheet as a PDF (no display needed)",
        description="Make a referral sheet as a PDF. Choose resources with --id, --list, --query or --tag.")
    sheet.add_argument("--id", action="append", dest="ids", default=[], metavar="ID",
                       help="a resource by id (repeatable; the sheet keeps this order)")
    sheet.add_argument("--list", dest="list_name", metavar="NAME", help="the resources of a saved list")
    sheet.add_argument("--query", default="", metavar="Q", help="the resources a search finds")
    sheet.add_argument("--tag", action="append", metavar="FACET:NAME",
                       help="only resources with this tag (repeatable)")
    sheet.add_argument("--match-all", action="store_true", help="within a facet, require every tag given")
    sheet.add_argument("--language", choices=language_codes(),
                       help="the sheet's language (default: the one set in Preferences)")
    sheet.add_argument("--large-print", action="store_true", default=None,
                       help="16 pt and larger type, high contrast")
    sheet.add_argument("--paper", choices=PAPERS, help="paper size (default: the one set in Preferences)")
    sheet.add_argument("--title", help="the sheet's title (default: a neutral one, “Resources for you”)")
    sheet.add_argument("--note", help="a note for the client, printed under the title")
    sheet.add_argument("--discreet", action="store_true",
                       help="nothing that names an identity or a sensitive need: no sensitive tags, and names, "
                            "organizations, web addresses and QR codes that hold such a word left out "
                            "(phone numbers stay)")
    sheet.add_argument("--no-qr", action="store_true", help="leave out the QR codes")
    sheet.add_argument("--compact", action="store_true",
                       help="two columns, smaller type and no QR codes: for long lists")
    sheet.add_argument("--cards", action="store_true",
                       help="a page of eight wallet-size safety cards (85 × 55 mm, with cut marks) holding the "
                            "crisis lines (or, with none, the resources chosen; at most 4), discreet by default")
    sheet.add_argument("--not-discreet", action="store_true",
                       help="with --cards: print the resources' own names (cards are discreet by default)")
    sheet.add_argument("--client-code", metavar="CODE",
                       help="a code of your own for the referral log, e.g. C-0423: at most 16 characters, "
                            "at least one digit, at most 4 letters, no spaces (never a name)")
    sheet.add_argument("--keep-title", action="store_true",
                       help="keep the sheet's title in the referral log (by default it is not kept: "
                            "a title may name the client)")
    sheet.add_argument("--pdf", required=True, metavar="OUT.pdf", help="where to save the PDF")
    sheet.set_defaults(handler=run)


def _selection(args: argparse.Namespace, catalogue) -> list:
    from resource_desk.core.lists import load_list
    from resource_desk.core.resources import get_resources
    from resource_desk.core.search import matching_ids
    from resource_desk.sheets.content import SheetItem, check_referable, may_go_on_sheet

    if not (args.ids or args.list_name or args.query or args.tag):
        if args.cards:  # a safety card holds the catalogue's crisis lines unless told otherwise
            from resource_desk.core.search import SearchQuery
            from resource_desk.sheets.content import CRISIS_KIND

            crisis = matching_ids(catalogue, SearchQuery(kinds=(CRISIS_KIND,)))
            if crisis:
                return [SheetItem(rid) for rid in crisis]
            raise UserError("this catalogue has no crisis line for the card: choose its lines with --id, --list, "
                            "--query or --tag")
        raise UserError("choose the resources: --id, --list, --query or --tag")
    items: list[SheetItem] = []
    if args.ids:
        found = {r.id: r for r in get_resources(catalogue, args.ids)}
        for rid in args.ids:
            if rid not in found:
                raise UserError(f"no resource with id {rid}")
        check_referable([found[i] for i in dict.fromkeys(args.ids)])
        items.extend(SheetItem(rid) for rid in args.ids)
    if args.list_name:
        saved = load_list(catalogue, args.list_name)
        resources = {r.id: r for r in get_resources(catalogue, saved.resource_ids)}
        for item in saved.items:
            resource = resources.get(item.resource_id)
            if resource is None:
                continue
            if not may_go_on_sheet(resource):
                say(f"resource-desk: left out “{resource.name}” from list “{saved.name}”: "
                    f"it is now {resource.status.replace('_', ' ')}")
                continue
            items.append(SheetItem(item.resource_id, item.note))
    if args.query or args.tag:
        query = search_query_from(args, catalogue)  # never inactive or do-not-refer
        items.extend(SheetItem(rid) for rid in matching_ids(catalogue, query))
    unique: dict[str, SheetItem] = {}
    for item in items:
        unique.setdefault(item.resource_id, item)
    if not unique:
        raise UserError("no resources matched; there is nothing to put on a sheet")
    return list(unique.values())


def run(args: argparse.Namespace) -> int:
    from resource_desk.core.referrals import check_client_code, history_refused, log_sheet
    from resource_desk.sheets.content import SheetOptions, build_sheet
    from resource_desk.sheets.render import render_sheet

    catalogue = open_catalogue(args)
    client_code = check_client_code(args.client_code)
    items = _selection(args, catalogue)
    options = SheetOptions.from_preferences(
        load_sheet_preferences(catalogue),
        title=args.title, note=args.note, language=args.language, paper=args.paper,
        large_print=args.large_print, discreet=args.discreet or None,
        qr_codes=False if args.no_qr else None, layout="compact" if args.compact else None,
    )
    if args.cards:
        return _cards(args, catalogue, items, options, client_code)
    sheet = build_sheet(catalogue, items, options)
    rendered = render_sheet(sheet)

    from resource_desk.printing.pdf import write_pdf  # Qt, only now

    result = write_pdf(rendered, args.pdf)
    log_sheet(catalogue, sheet.title, sheet.language, sheet.resource_ids, output="pdf", client_code=client_code,
              keep_title=args.keep_title)
    if (refused := history_refused(catalogue)) is not None:
        say(f"resource-desk: {refused}")
    n = len(sheet.resource_ids)
    print(f"{result.path}: {n} resource{'s' if n != 1 else ''}, {result.pages} page{'s' if result.pages != 1 else ''}"
          f" ({sheet.translation.name}, {options.paper})")
    return 0


def _cards(args: argparse.Namespace, catalogue, items, options, client_code) -> int:
    from resource_desk.core.referrals import log_sheet
    from resource_desk.sheets.cards import build_cards, render_cards

    sheet, entries = build_cards(catalogue, items, options, discreet=not args.not_discreet)

    from resource_desk.printing.pdf import write_cards_pdf  # Qt, only now

    result = write_cards_pdf(render_cards(sheet, entries), args.pdf)
    ids = tuple(e.resource_id for e in entries)
    log_sheet(catalogue, sheet.title, sheet.language, ids, output="cards", client_code=client_code,
              keep_title=args.keep_title)
    print(f"{result.path}: 8 cards of {len(ids)} line{'s' if len(ids) != 1 else ''} "
          f"({sheet.translation.name}, {options.paper})")
    return 0
