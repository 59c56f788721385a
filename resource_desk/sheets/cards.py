"""Safety cards: a wallet-size card (85 × 55 mm) with a few lines to call, eight to a page.

A card is made from a sheet (``build_sheet``), so it follows the same rules: never an
inactive or do-not-refer resource, and, discreet by default, nothing that names an identity
or a sensitive need; the numbers always stay. The lines are the tray's crisis lines, or
every resource in it when it holds none (or when they are chosen by id).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from markupsafe import Markup

from resource_desk.core.database import Catalogue
from resource_desk.sheets.content import Sheet, SheetEntry, SheetItem, SheetOptions, build_sheet
from resource_desk.sheets.render import environment, sheet_families

CARD_WIDTH_MM = 85.0
CARD_HEIGHT_MM = 55.0
CARDS_PER_PAGE = 8  # two across, four down: 170 × 220 mm fits Letter and A4 with room for cut marks
MAX_LINES = 4  # more would not stay readable on a card


@dataclass(frozen=True)
class RenderedCards:
    html: str  # one card
    title: str
    language: str
    paper: str
    direction: str
    families: tuple[str, ...]
    resource_ids: tuple[str, ...]
    copies: int = CARDS_PER_PAGE


def card_entries(sheet: Sheet, chosen: Sequence[str] | None = None) -> tuple[SheetEntry, ...]:
    """The lines on the card: the ones chosen, else the sheet's crisis lines, else all; with a phone."""
    entries = sheet.all_entries
    if chosen:
        wanted = list(dict.fromkeys(chosen))
        by_id = {e.resource_id: e for e in entries}
        picked = [by_id[i] for i in wanted if i in by_id]
    else:
        picked = [e for e in entries if e.crisis] or list(entries)
    with_phone = [e for e in picked if e.phones] or picked
    return tuple(with_phone[:MAX_LINES])


def build_cards(catalogue: Catalogue, items: Sequence[SheetItem], options: SheetOptions,
                chosen: Sequence[str] | None = None, discreet: bool = True) -> tuple[Sheet, tuple[SheetEntry, ...]]:
    """The sheet the card is cut from (discreet unless asked otherwise) and the card's lines."""
    sheet = build_sheet(catalogue, items, replace(options, discreet=discreet, qr_codes=False))
    return sheet, card_entries(sheet, chosen)


def render_cards(sheet: Sheet, entries: Sequence[SheetEntry], directory: Path | None = None) -> RenderedCards:
    t = sheet.translation
    rtl = t.direction == "rtl"
    families = sheet_families(t.fonts)
    css = environment(directory).get_template("card.css").render(families=families)
    html = environment(directory).get_template("card.html").render(
        sheet=sheet, t=t, entries=entries, css=Markup(css), rtl=rtl)
    return RenderedCards(html=html, title=sheet.title, language=sheet.language, paper=sheet.options.paper,
                         direction=t.direction, families=families,
                         resource_ids=tuple(e.resource_id for e in entries))
