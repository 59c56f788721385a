"""Paper used well: full pages, large print two resources a page, a compact two-column layout."""

import pytest
from pypdf import PdfReader

from resource_desk.core.search import SearchQuery, matching_ids
from resource_desk.printing import pdf
from resource_desk.sheets.content import SheetItem, SheetOptions, build_sheet
from resource_desk.sheets.render import render_sheet

from .helpers import flat, pdf_pages_text, rich_resource

pytestmark = pytest.mark.usefixtures("qapp")
# The targets for the benchmark's sheet: the demo's first 25 referable resources.
TARGETS = {"normal": 6, "compact": 3, "large": 13}


def _demo_sheet(catalogue, **options):
    ids = matching_ids(catalogue, SearchQuery())[:25]
    items = [SheetItem(rid, "Ask for the intake worker." if i % 3 == 0 else None) for i, rid in enumerate(ids)]
    return build_sheet(catalogue, items, SheetOptions(title="Resources for you", note="Start with the first two.",
                                                      practice_name="Riverbend Counseling",
                                                      practice_contact="12 Elm St\n(555) 010-2000", **options))


@pytest.mark.parametrize("layout, options", [("normal", {}), ("compact", {"layout": "compact"}),
                                             ("large", {"large_print": True})])
def test_the_25_resource_sheet_fits_its_page_targets(demo_catalogue, tmp_path, layout, options):
    sheet = _demo_sheet(demo_catalogue, **options)
    result = pdf.write_pdf(render_sheet(sheet), tmp_path / f"{layout}.pdf")
    assert result.pages <= TARGETS[layout]
    text = flat(" ".join(pdf_pages_text(result.path)))
    names = [e.name for e in sheet.all_entries]
    assert len(names) == 25 and all(name.split(" (")[0] in text for name in names)


def test_a_heading_stays_with_the_resource_under_it(demo_catalogue, tmp_path):
    sheet = _demo_sheet(demo_catalogue)
    result = pdf.write_pdf(render_sheet(sheet), tmp_path / "s.pdf")
    pages = [flat(t) for t in pdf_pages_text(result.path)]
    heading = sheet.translation("resources_heading")
    first = sheet.entries[0].name.split(" (")[0]
    page = next(i for i, t in enumerate(pages) if heading in t)
    assert first in pages[page]


def test_large_print_fits_two_typical_resources_on_a_page(catalogue, tmp_path):
    resources = [rich_resource(catalogue), rich_resource(catalogue, "Second Harbor Shelter")]
    sheet = build_sheet(catalogue, [SheetItem(r.id) for r in resources], SheetOptions(large_print=True))
    result = pdf.write_pdf(render_sheet(sheet), tmp_path / "large.pdf")
    assert result.pages == 1


def test_compact_has_two_columns_and_no_qr_codes(demo_catalogue, tmp_path):
    sheet = _demo_sheet(demo_catalogue, layout="compact")
    rendered = render_sheet(sheet)
    assert rendered.images == {} and rendered.columns == 2 and "<img" not in rendered.html
    result = pdf.write_pdf(rendered, tmp_path / "compact.pdf")
    starts: list[float] = []
    page = PdfReader(str(result.path)).pages[1]
    width = float(page.mediabox.width)

    def visit(text, cm, tm, font, size):
        if text.strip():
            starts.append(tm[4] * cm[0] + cm[4])

    page.extract_text(visitor_text=visit)
    assert any(x < width * 0.3 for x in starts) and any(x > width * 0.5 for x in starts)
