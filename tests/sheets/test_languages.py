"""Sheets in Chinese, Vietnamese, Tagalog and Arabic: their own words, their own fonts, Arabic right to left."""

import unicodedata

import pytest
from pypdf import PdfReader

from resource_desk.printing import document, pdf
from resource_desk.sheets.content import SheetItem, SheetOptions, build_sheet
from resource_desk.sheets.render import render_sheet
from resource_desk.sheets.translations import language_codes, translation

from .helpers import make_resource, pdf_pages_text, rich_resource

pytestmark = pytest.mark.usefixtures("qapp")
NEW = ("zh", "vi", "tl", "ar")
HEADINGS = ("default_title", "crisis_heading", "resources_heading", "offers", "last_verified")


def test_the_new_languages_are_there_and_await_review():
    assert set(NEW) <= set(language_codes())
    for code in NEW:
        t = translation(code)
        assert "review" in t.review.lower() and "speaker" in t.review.lower(), code
        assert t("default_title") != translation("en")("default_title")
    assert translation("ar").direction == "rtl" and translation("vi").direction == "ltr"


def _words_found(heading: str, text: str, code: str) -> bool:
    """pypdf reads Arabic in visual order (letters right to left) and splits words where the
    font changes: compare Arabic words as their letters, others with all spaces taken out."""
    text = unicodedata.normalize("NFKC", text)
    if code == "ar":
        def letters(word):
            return "".join(sorted(ch for ch in word if unicodedata.category(ch)[0] in "LM"))

        tokens = {letters(tok) for tok in text.split()}
        return all(letters(word) in tokens for word in unicodedata.normalize("NFKC", heading).split())
    squeeze = lambda s: "".join(s.split())  # noqa: E731
    return squeeze(heading) in squeeze(text)


@pytest.mark.parametrize("code", NEW)
def test_each_language_prints_its_headings_in_its_own_fonts(catalogue, tmp_path, code):
    resources = [rich_resource(catalogue), make_resource(catalogue, "Night Line", kind="crisis_line")]
    sheet = build_sheet(catalogue, [SheetItem(r.id) for r in resources], SheetOptions(language=code))
    rendered = render_sheet(sheet)
    result = pdf.write_pdf(rendered, tmp_path / f"{code}.pdf")
    text = " ".join(pdf_pages_text(result.path))
    t = translation(code)
    for key in HEADINGS:
        assert _words_found(t(key), text, code), (code, key, t(key))
    fonts = {str(font["/BaseFont"]) for page in PdfReader(str(result.path)).pages
             for font in page["/Resources"]["/Font"].values() if "/BaseFont" in font.get_object()}
    fonts = {f.split("+")[-1].lstrip("/") for f in fonts}
    expected = {"zh": "NotoSansCJK", "ar": "NotoSansArabic", "vi": "NotoSans", "tl": "AtkinsonHyperlegible"}[code]
    assert any(f.startswith(expected) for f in fonts), fonts
    if code == "ar":
        assert 'dir="rtl"' in rendered.html and rendered.direction == "rtl"


@pytest.mark.parametrize("code", NEW)
def test_no_character_of_a_language_file_lacks_a_shipped_glyph(code):
    """Qt prints an empty box for a character no font has: every character of the file's
    strings must be in one of the fonts shipped in resources/fonts."""
    from PySide6.QtGui import QFont, QRawFont

    document.register_fonts()
    fonts = [QRawFont(str(path), 12, QFont.HintingPreference.PreferNoHinting)
             for path in sorted([*document.FONTS_DIR.glob("*.ttf"), *document.FONTS_DIR.glob("*.otf")])]
    assert all(f.isValid() for f in fonts)
    t = translation(code)
    text = "".join([*t.strings.values(), *t.months, *t.kinds.values(), *t.costs.values(), *t.delivery.values(),
                    *t.phone_kinds.values(), *t.discreet_kinds.values(), t.date_format, t.month_year_format])
    missing = sorted({ch for ch in text if not ch.isspace() and not any(f.supportsCharacter(ord(ch)) for f in fonts)})
    assert missing == []


def test_arabic_paragraphs_run_right_to_left(catalogue, tmp_path):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QPdfWriter

    r = rich_resource(catalogue)
    rendered = render_sheet(build_sheet(catalogue, [SheetItem(r.id)], SheetOptions(language="ar")))
    writer = QPdfWriter(str(tmp_path / "ar.pdf"))
    writer.setPageLayout(document.page_layout("letter"))
    laid = document.lay_out(rendered, writer)
    assert laid.document.defaultTextOption().textDirection() == Qt.LayoutDirection.RightToLeft
    at = laid.document.toPlainText().find(translation("ar")("default_title"))
    block = laid.document.findBlock(at)
    assert at >= 0 and block.textDirection() == Qt.LayoutDirection.RightToLeft


@pytest.mark.parametrize("code", NEW)
def test_what_it_offers_who_it_is_for_and_its_languages_are_in_the_sheets_language(catalogue, tmp_path, code):
    sheet = build_sheet(catalogue, [SheetItem(rich_resource(catalogue).id)], SheetOptions(language=code))
    text = " ".join(pdf_pages_text(pdf.write_pdf(render_sheet(sheet), tmp_path / f"{code}.pdf").path))
    words = translation(code)
    for name in (words.tags["need:Housing & shelter"], words.tags["identity:Women"], words.language_names["es"]):
        assert _words_found(name, text, code), (code, name)
    assert "Housing & shelter" not in text and "Spanish" not in text
