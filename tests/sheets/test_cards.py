"""Safety cards: 85 × 55 mm, eight to a page with cut marks, the crisis lines, discreet by default."""

import pytest
from pypdf import PdfReader

from resource_desk.cli import main
from resource_desk.core.records import PhoneRecord
from resource_desk.printing import cards, pdf
from resource_desk.sheets.cards import CARD_HEIGHT_MM, CARD_WIDTH_MM, build_cards, render_cards
from resource_desk.sheets.content import SheetItem, SheetOptions

from .helpers import flat, make_resource, pdf_pages_text

pytestmark = pytest.mark.usefixtures("qapp")


@pytest.fixture
def tray(catalogue):
    return [
        make_resource(catalogue, "Trans Lifeline", kind="crisis_line", tags=("identity:Transgender & nonbinary",
                      "need:Crisis & safety"), website="https://translifeline.org",
                      phones=(PhoneRecord(number="(877) 565-8860", kind="hotline"),)),
        make_resource(catalogue, "Night Line", kind="crisis_line", tags=("need:Mental health",),
                      phones=(PhoneRecord(number="(555) 010-7000"),), hours="24/7"),
        make_resource(catalogue, "Queer Food Share", tags=("need:Food",), phones=(PhoneRecord(number="(555) 010-1111"),)),
    ]


def test_cards_hold_the_crisis_lines_discreetly(catalogue, tray):
    sheet, entries = build_cards(catalogue, [SheetItem(r.id) for r in tray], SheetOptions())
    assert [e.resource_id for e in entries] == [tray[0].id, tray[1].id]
    assert entries[0].name == "Support line" and entries[0].phones[0].kind_label == "Phone"
    html = render_cards(sheet, entries).html
    assert "(877) 565-8860" in html and "Trans" not in html and "Lifeline" not in html
    assert "Queer Food Share" not in html
    _, plain = build_cards(catalogue, [SheetItem(r.id) for r in tray], SheetOptions(), discreet=False)
    assert plain[0].name == "Trans Lifeline"


def test_chosen_lines_come_first_and_no_crisis_lines_means_all(catalogue, tray):
    _, entries = build_cards(catalogue, [SheetItem(r.id) for r in tray], SheetOptions(), chosen=[tray[2].id])
    assert [e.resource_id for e in entries] == [tray[2].id]
    _, entries = build_cards(catalogue, [SheetItem(tray[2].id)], SheetOptions())
    assert [e.resource_id for e in entries] == [tray[2].id]


@pytest.mark.parametrize("paper", ["letter", "a4"])
def test_a_page_of_eight_cards_with_cut_marks(catalogue, tray, tmp_path, paper):
    sheet, entries = build_cards(catalogue, [SheetItem(r.id) for r in tray], SheetOptions(paper=paper))
    result = pdf.write_cards_pdf(render_cards(sheet, entries), tmp_path / "cards.pdf")
    reader = PdfReader(str(result.path))
    assert len(reader.pages) == 1
    text = flat(pdf_pages_text(result.path)[0])
    assert text.count("(877) 565-8860") == 8 and text.count("(555) 010-7000") == 8
    assert "translifeline" not in text.lower() and "Trans" not in text
    assert reader.metadata.get("/Title") == "Resources"
    # The card places: 85 × 55 mm each, two across and four down, inside the page.
    from PySide6.QtGui import QPdfWriter

    writer = QPdfWriter(str(tmp_path / "layout.pdf"))
    writer.setResolution(300)
    writer.setPageLayout(cards.cards_page_layout(paper))
    rects = cards.card_rects(writer)
    mm = 300 / 25.4
    assert len(rects) == 8
    assert all(abs(r.width() / mm - CARD_WIDTH_MM) < 0.1 and abs(r.height() / mm - CARD_HEIGHT_MM) < 0.1 for r in rects)
    page = writer.pageLayout().fullRectPixels(300)
    margin = 8 * mm  # room for the cut marks around the grid
    assert all(r.left() > margin and r.top() > margin and r.right() < page.width() - margin
               and r.bottom() < page.height() - margin for r in rects)
    document, size = cards.lay_out_card(render_cards(sheet, entries), writer)
    assert size >= 8 and document.size().height() <= (CARD_HEIGHT_MM - 2 * cards.PADDING_MM) * mm


def test_cut_marks_are_drawn_outside_the_cards(catalogue, tray, tmp_path):
    from PySide6.QtGui import QColor, QPdfWriter

    sheet, entries = build_cards(catalogue, [SheetItem(r.id) for r in tray], SheetOptions())
    image = pdf.render_cards_image(render_cards(sheet, entries), dpi=100)
    writer = QPdfWriter(str(tmp_path / "layout.pdf"))
    writer.setResolution(100)
    writer.setPageLayout(cards.cards_page_layout("letter"))
    rects = cards.card_rects(writer)
    mm = 100 / 25.4

    def darkest(x, y):
        return min(QColor(image.pixel(round(x) + dx, round(y))).lightness() for dx in (-1, 0, 1))

    assert darkest(rects[0].left(), rects[0].top() - 4 * mm) < 160  # a mark above the first card's left edge
    assert darkest(rects[1].left(), rects[1].top() - 4 * mm) < 160  # and above the line between two cards
    assert darkest(rects[0].left() - 4 * mm, rects[0].top() - 4 * mm) > 240  # nothing off the lines
    assert darkest(rects[0].left() + 2 * mm, rects[0].top() + 1) > 240  # no line drawn on a card


def test_cli_cards(catalogue, tray, tmp_path, capsys):
    out = tmp_path / "cards.pdf"
    assert main(["--db", str(catalogue.path), "sheet", "--id", tray[0].id, "--id", tray[1].id, "--id", tray[2].id,
                 "--cards", "--pdf", str(out)]) == 0
    assert "8 cards of 2 lines" in capsys.readouterr().out
    text = flat(pdf_pages_text(out)[0])
    assert text.count("(877) 565-8860") == 8 and "Trans" not in text
    assert main(["--db", str(catalogue.path), "sheet", "--id", tray[0].id, "--cards", "--not-discreet",
                 "--pdf", str(out)]) == 0
    assert "Trans Lifeline" in flat(pdf_pages_text(out)[0])


def test_cli_cards_without_a_choice_hold_the_catalogues_crisis_lines(catalogue, tray, tmp_path, capsys):
    out = tmp_path / "cards.pdf"
    assert main(["--db", str(catalogue.path), "sheet", "--cards", "--pdf", str(out)]) == 0
    assert "8 cards of 2 lines" in capsys.readouterr().out
    text = flat(pdf_pages_text(out)[0])
    assert text.count("(877) 565-8860") == 8 and text.count("(555) 010-7000") == 8
    assert "(555) 010-1111" not in text  # the food share is no crisis line


def test_cli_cards_in_a_catalogue_without_crisis_lines_say_so(catalogue, tmp_path, capsys):
    assert main(["--db", str(catalogue.path), "sheet", "--cards", "--pdf", str(tmp_path / "c.pdf")]) == 2
    assert "no crisis line for the card" in capsys.readouterr().err


def test_a_spanish_card_says_which_hours_are_written_in_english(catalogue):
    words = make_resource(catalogue, "Warm Line", kind="crisis_line", hours="Mon–Fri 9am–9pm",
                          phones=(PhoneRecord(number="(555) 010-2222"),))
    figures = make_resource(catalogue, "Night Line", kind="crisis_line", hours="24/7",
                            phones=(PhoneRecord(number="(555) 010-7000"),))
    sheet, entries = build_cards(catalogue, [SheetItem(words.id), SheetItem(figures.id)], SheetOptions(language="es"))
    html = render_cards(sheet, entries).html
    assert "Mon–Fri 9am–9pm (en inglés)" in html
    assert "24/7 (en inglés)" not in html and "24/7" in html  # figures read the same in any language
