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
# The fonts shipped in resources/fonts, then whatever the machine has.
FONT_FAMILIES = ("Atkinson Hyperlegible", "Noto Sans")
BASE_FONT_PT = 10.5
LARGE_FONT_PT = 16.0
# QR code width on paper, in CSS pixels (96 to the inch).
QR_PX = 96
LARGE_QR_PX = 120


@dataclass(frozen=True)
class RenderedSheet:
    html: str
    images: dict[str, bytes]  # "qr:…" -> PNG bytes
    title: str
    language: str
    paper: str
    large_print: bool
    base_font_pt: float
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
    images: dict[str, bytes] = {}
    qr: dict[str, str] = {}
    if options.qr_codes:
        for entry in sheet.all_entries:
            if entry.website:
                name = qr_name(entry.website)
                qr[entry.resource_id] = name
                images[name] = qr_png(entry.website)
    env = environment(directory)
    css = env.get_template("sheet.css").render(large=options.large_print, families=FONT_FAMILIES)
    font_pt = LARGE_FONT_PT if options.large_print else BASE_FONT_PT
    html = env.get_template("sheet.html").render(
        sheet=sheet,
        t=sheet.translation,
        css=Markup(css),
        qr=qr,
        qr_px=LARGE_QR_PX if options.large_print else QR_PX,
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
        base_font_pt=font_pt,
        footer=sheet.practice_name,
        page_label=sheet.translation("page_of", page="{page}", pages="{pages}"),
        resource_ids=sheet.resource_ids,
    )
