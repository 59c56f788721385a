"""A ``Sheet`` rendered to HTML with the templates in ``resources/sheets`` (Jinja2, autoescaped).

Every piece of catalogue text goes through autoescaping, so ``<b>``, ``<img src=…>`` or
``&`` in a field prints as written. The only images are the QR codes, named ``qr:…`` and
handed over as PNG bytes for the document to hold in memory: nothing is ever fetched.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup, escape

from resource_desk.core.paths import resource_path
from resource_desk.sheets.content import Sheet
from resource_desk.sheets.qr import qr_name, qr_png

TEMPLATES_DIR = resource_path("sheets")
# The fonts shipped in resources/fonts, then whatever the machine has. Qt takes each character
# from the first family that has it: Latin from Atkinson Hyperlegible, Vietnamese marks it lacks
# from Noto Sans, Arabic and Chinese from their Noto faces.
FONT_FAMILIES = ("Atkinson Hyperlegible", "Noto Sans", "Noto Sans Arabic", "Noto Sans CJK SC")


def sheet_families(first: tuple[str, ...] = ()) -> tuple[str, ...]:
    """The language's own faces first (Noto Sans for Vietnamese: one face for a whole word), then the rest."""
    return tuple(dict.fromkeys((*first, *FONT_FAMILIES)))


@dataclass(frozen=True)
class Style:
    """Type sizes and spacing of one layout, in points (QR codes in CSS pixels, 96 an inch)."""

    base_pt: float
    name_pt: float
    title_pt: float
    heading_pt: float
    small_pt: float
    line_gap_pt: float
    heading_gap_pt: float
    gap_pt: float
    pad: int  # cell padding of a resource's box
    qr_px: int
    columns: int = 1
    line_height: int = 100  # per cent of the font's own line spacing


NORMAL = Style(base_pt=9.5, name_pt=12, title_pt=18, heading_pt=12.5, small_pt=8.5, line_gap_pt=1.5,
               heading_gap_pt=7, gap_pt=4, pad=5, qr_px=84, line_height=90)
# Long lists: two columns, smaller type, no QR codes, tight spacing.
COMPACT = Style(base_pt=8.0, name_pt=9.0, title_pt=14, heading_pt=10.5, small_pt=7.5, line_gap_pt=0.5,
                heading_gap_pt=4, gap_pt=2, pad=3, qr_px=0, columns=2, line_height=88)
# 16 pt and up, high contrast; still at least two typical resources on a page.
LARGE = Style(base_pt=16.0, name_pt=18, title_pt=24, heading_pt=18, small_pt=13, line_gap_pt=1.5,
              heading_gap_pt=8, gap_pt=5, pad=5, qr_px=100, line_height=90)


def style_for(large_print: bool, layout: str = "normal") -> Style:
    if large_print:
        return LARGE
    return COMPACT if layout == "compact" else NORMAL


@dataclass(frozen=True)
class RenderedSheet:
    html: str
    images: dict[str, bytes]  # "qr:…" -> PNG bytes
    title: str
    language: str
    paper: str
    large_print: bool
    base_font_pt: float
    columns: int  # 2: the page holds two columns, the document is laid out a column wide
    direction: str  # "rtl": Arabic and other right-to-left languages
    families: tuple[str, ...]  # fonts, in the order Qt tries them
    footer: str  # printed at the foot of every page, left (the practice name)
    page_label: str  # "Page {page} of {pages}", in the sheet's language
    resource_ids: tuple[str, ...]


def _nl2br(value: object) -> Markup:
    """Escaped text with its line breaks kept."""
    text = value if isinstance(value, Markup) else str(value or "")
    return Markup("<br>").join(escape(line) for line in text.splitlines())


def _environment(directory: Path) -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(directory)),
        autoescape=True,  # every template, whatever its name
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["nl2br"] = _nl2br
    return env


_ENVIRONMENTS: dict[Path, Environment] = {}


def environment(directory: Path | None = None) -> Environment:
    directory = directory or TEMPLATES_DIR
    if directory not in _ENVIRONMENTS:
        _ENVIRONMENTS[directory] = _environment(directory)
    return _ENVIRONMENTS[directory]


def render_sheet(sheet: Sheet, directory: Path | None = None) -> RenderedSheet:
    options = sheet.options
    style = style_for(options.large_print, options.layout)
    images: dict[str, bytes] = {}
    qr: dict[str, str] = {}
    if options.qr_codes and style.qr_px:
        for entry in sheet.all_entries:
            if entry.website:
                name = qr_name(entry.website)
                qr[entry.resource_id] = name
                images[name] = qr_png(entry.website)
    env = environment(directory)
    families = sheet_families(sheet.translation.fonts)
    css = env.get_template("sheet.css").render(large=options.large_print, families=families, s=style)
    html = env.get_template("sheet.html").render(
        sheet=sheet,
        t=sheet.translation,
        css=Markup(css),
        qr=qr,
        qr_px=style.qr_px,
        pad=style.pad,
        rtl=sheet.translation.direction == "rtl",
        large=options.large_print,
        crisis_first=options.crisis_position == "top",
    )
    return RenderedSheet(
        html=html,
        images=images,
        title=sheet.title,
        language=sheet.language,
        paper=options.paper,
        large_print=options.large_print,
        base_font_pt=style.base_pt,
        columns=style.columns,
        direction=sheet.translation.direction,
        families=families,
        footer=sheet.practice_name,
        page_label=sheet.translation("page_of", page="{page}", pages="{pages}"),
        resource_ids=sheet.resource_ids,
    )
