"""Sheets on paper: PDF text, QR codes that decode, no resource split across pages, page numbers."""

import math
import re

import pytest
from pypdf import PdfReader

from resource_desk.printing import document, pdf
from resource_desk.sheets.content import SheetItem, SheetOptions, build_sheet
from resource_desk.sheets.render import render_sheet

from .helpers import flat, make_resource, pdf_pages_text, rich_resource

# A widgets application first, as the window makes one, so that later tests can open windows
# (printing/ itself only ever makes a QGuiApplication).
pytestmark = pytest.mark.usefixtures("qapp")
MARKUP = '<b>bold</b> <img src="file:///etc/passwd"> Tom & Jerry'


def _save(catalogue, resources, tmp_path, name="sheet.pdf", notes=None, **options):
    items = [SheetItem(r.id, (notes or {}).get(r.id)) for r in resources]
    rendered = render_sheet(build_sheet(catalogue, items, SheetOptions(**options)))
    result = pdf.write_pdf(rendered, tmp_path / name)
    return rendered, result


def test_pdf_holds_chosen_resources_and_nothing_private(catalogue, tmp_path):
    chosen = [rich_resource(catalogue), make_resource(catalogue, "Food Pantry Northside"),
              make_resource(catalogue, "Legal Clinic Eastside", private_notes="PRIVATE-2 do not show")]
    make_resource(catalogue, "Not Chosen Place")
    _, result = _save(catalogue, chosen, tmp_path, notes={chosen[1].id: "Go on Tuesday"},
                      practice_name="Riverbend Counseling", practice_contact="(555) 010-2000")
    text = flat(" ".join(pdf_pages_text(result.path)))
    for name in ("Harbor Light Shelter", "Food Pantry Northside", "Legal Clinic Eastside", "Go on Tuesday",
                 "Riverbend Counseling", "12 Office Street", "Resources for you"):
        assert name in text, name
    assert "Not Chosen Place" not in text
    assert "PRIVATE" not in text
    assert "Secret Lane" not in text and "Hiddenville" not in text
    assert result.pages == 1 and "Page 1 of 1" in text


def test_markup_in_fields_prints_literally(catalogue, tmp_path):
    r = make_resource(catalogue, MARKUP, description=MARKUP, organization="Tom & Jerry Org")
    rendered, result = _save(catalogue, [r], tmp_path, title=MARKUP)
    text = flat(" ".join(pdf_pages_text(result.path)))
    assert '<b>bold</b> <img src="file:///etc/passwd"> Tom & Jerry' in text
    assert text.count("<b>bold</b>") >= 3


def test_nothing_is_fetched(catalogue, tmp_path):
    r = make_resource(catalogue, MARKUP, website="https://example.org")
    rendered = render_sheet(build_sheet(catalogue, [SheetItem(r.id)], SheetOptions()))
    document.ensure_application()
    from PySide6.QtGui import QPdfWriter

    writer = QPdfWriter(str(tmp_path / "x.pdf"))
    writer.setPageLayout(document.page_layout("letter"))
    sheet = document.lay_out(rendered, writer)
    assert sheet.document.requested == []


def test_spanish_sheet_has_spanish_headings(catalogue, tmp_path):
    r = rich_resource(catalogue)
    crisis = make_resource(catalogue, "Línea de la noche", kind="crisis_line")
    _, result = _save(catalogue, [r, crisis], tmp_path, language="es")
    text = flat(" ".join(pdf_pages_text(result.path)))
    for words in ("Recursos para usted", "Si necesita hablar con alguien ahora", "Lugares a los que puede acudir",
                  "Qué ofrece", "Para quién es", "Última verificación", "Página 1 de 1", "Línea de la noche"):
        assert words in text, words
    assert "What it offers" not in text and "Page 1" not in text


def test_qr_codes_decode_to_the_web_addresses(catalogue):
    zxingcpp = pytest.importorskip("zxingcpp")
    sites = ["https://harborlight.example.org/help", "https://www.thetrevorproject.org/get-help/",
             "https://translifeline.org"]
    resources = [rich_resource(catalogue, website=sites[0])] + [
        make_resource(catalogue, f"Place {i}", website=url) for i, url in enumerate(sites[1:])]
    rendered = render_sheet(build_sheet(catalogue, [SheetItem(r.id) for r in resources], SheetOptions()))
    found = set()
    for image in pdf.render_page_images(rendered, dpi=150):
        found.update(code.text for code in zxingcpp.read_barcodes(image))
    assert found == set(sites)


def test_large_print_qr_codes_decode_too(catalogue):
    zxingcpp = pytest.importorskip("zxingcpp")
    r = make_resource(catalogue, "Big", website="https://big.example.org/a/long/path?with=query&and=more")
    rendered = render_sheet(build_sheet(catalogue, [SheetItem(r.id)], SheetOptions(large_print=True)))
    images = pdf.render_page_images(rendered, dpi=100)
    assert [c.text for c in zxingcpp.read_barcodes(images[0])] == [r.website]


def _uniform(catalogue, n):
    return [make_resource(catalogue, f"Resource {i:02d}", description=f"Start{i:02d} " + "A helpful place. " * 12,
                          hours="Monday to Friday, 9am to 5pm", accessibility=f"End{i:02d} step-free entrance",
                          website=f"https://r{i:02d}.example.org")
            for i in range(n)]


@pytest.mark.parametrize("paper", ["letter", "a4"])
def test_sixty_resources_page_as_expected_and_none_is_split(catalogue, tmp_path, paper):
    resources = _uniform(catalogue, 60)
    rendered, result = _save(catalogue, resources, tmp_path, paper=paper)
    pages = pdf_pages_text(result.path)
    assert len(pages) == result.pages
    where_start, where_end = {}, {}
    for number, text in enumerate(pages):
        for m in re.finditer(r"Start(\d\d)", text):
            where_start.setdefault(int(m.group(1)), []).append(number)
        for m in re.finditer(r"End(\d\d)", text):
            where_end.setdefault(int(m.group(1)), []).append(number)
        assert f"Page {number + 1} of {len(pages)}" in flat(text)
    assert sorted(where_start) == list(range(60)) and sorted(where_end) == list(range(60))
    for i in range(60):
        assert len(where_start[i]) == 1 and where_start[i] == where_end[i], f"resource {i} split"
    # Equal entries: every full page holds the same number, the first (under the title) no more.
    per_page = [sum(1 for i in range(60) if where_start[i][0] == p) for p in range(len(pages))]
    full = per_page[1:-1]
    assert full and len(set(full)) == 1, per_page
    assert per_page[0] <= full[0] and 0 < per_page[-1] <= full[0]
    assert len(pages) == 1 + math.ceil((60 - per_page[0]) / full[0])
    # And no page is left short for nothing: the next entry would not have fitted.
    sheet = document.lay_out(rendered, _writer(tmp_path, paper))
    tables = [f for f in sheet.document.rootFrame().childFrames()][1:]  # the first is the header
    layout = sheet.document.documentLayout()
    pitch = layout.frameBoundingRect(tables[2]).top() - layout.frameBoundingRect(tables[1]).top()
    assert full[0] == math.floor((sheet.body.height() + pitch - layout.frameBoundingRect(tables[1]).height())
                                 / pitch)


def _writer(tmp_path, paper):
    from PySide6.QtGui import QPdfWriter

    writer = QPdfWriter(str(tmp_path / "layout.pdf"))
    writer.setResolution(pdf.PDF_RESOLUTION)
    writer.setPageLayout(document.page_layout(paper))
    return writer


@pytest.mark.parametrize("paper, size", [("letter", (612, 792)), ("a4", (595, 842))])
def test_paper_sizes(catalogue, tmp_path, paper, size):
    r = make_resource(catalogue, "A")
    _, result = _save(catalogue, [r], tmp_path, paper=paper)
    box = PdfReader(str(result.path)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == size


def test_shipped_fonts_are_embedded(catalogue, tmp_path):
    r = make_resource(catalogue, "A", description="Ñandú, café, señal; Tiếng Việt; Русский")
    _, result = _save(catalogue, [r], tmp_path)
    raw = result.path.read_bytes()
    assert b"AtkinsonHyperlegible" in raw
    assert b"NotoSans" in raw  # the fallback for the Vietnamese and Cyrillic letters
    assert "Ñandú, café, señal" in flat(pdf_pages_text(result.path)[0])


def test_pdf_title_metadata_is_neutral_whatever_the_sheet_title(catalogue, tmp_path):
    r = make_resource(catalogue, "A")
    _, result = _save(catalogue, [r], tmp_path, title="LGBTQ housing and food", discreet=True)
    assert PdfReader(str(result.path)).metadata.title == "Resources"


def test_unwritable_target_is_a_clear_error(catalogue, tmp_path):
    r = make_resource(catalogue, "A")
    rendered = render_sheet(build_sheet(catalogue, [SheetItem(r.id)], SheetOptions()))
    with pytest.raises(pdf.PdfError, match="does not exist"):
        pdf.write_pdf(rendered, tmp_path / "missing" / "x.pdf")
