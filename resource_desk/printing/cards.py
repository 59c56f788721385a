"""Safety cards on paper: eight 85 × 55 mm cards to a Letter or A4 page, with cut marks.

The card's HTML is laid out once, a card wide, in the largest type (9 pt down to 6 pt) that
lets it fit, then painted into each of the eight places. The cut marks are short lines in
the margin, on the lines between the cards, so that none is printed on a card.
"""

from __future__ import annotations

from PySide6.QtCore import QLineF, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QPagedPaintDevice, QPainter, QPen

from resource_desk.printing.document import PAGE_SIZES, SheetDocument, register_fonts, sheet_font
from resource_desk.sheets.cards import CARD_HEIGHT_MM, CARD_WIDTH_MM, RenderedCards

COLUMNS, ROWS = 2, 4
PADDING_MM = 3.5
MARK_MM = 5.0  # cut mark length
MARK_GAP_MM = 1.5  # between the grid and a mark
SIZES_PT = (9.0, 8.5, 8.0, 7.5, 7.0, 6.5, 6.0)


def cards_page_layout(paper: str) -> QPageLayout:
    """The whole sheet of paper (the grid is centred on it, inside any printer's margins)."""
    size = QPageSize(PAGE_SIZES.get(paper, QPageSize.PageSizeId.Letter))
    return QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)


def _mm(device: QPagedPaintDevice, mm: float) -> float:
    return mm / 25.4 * device.resolution()


def lay_out_card(rendered: RenderedCards, device: QPagedPaintDevice) -> tuple[SheetDocument, float]:
    """The card's document, a card wide, in the largest size that fits; and that size."""
    register_fonts()
    width = _mm(device, CARD_WIDTH_MM - 2 * PADDING_MM)
    height = _mm(device, CARD_HEIGHT_MM - 2 * PADDING_MM)
    document = SheetDocument()
    for size in SIZES_PT:
        document = SheetDocument()
        document.setUndoRedoEnabled(False)
        document.documentLayout().setPaintDevice(device)
        document.setDocumentMargin(0)
        document.setDefaultFont(sheet_font(size, rendered.families))
        if rendered.direction == "rtl":
            option = document.defaultTextOption()
            option.setTextDirection(Qt.LayoutDirection.RightToLeft)
            option.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
            document.setDefaultTextOption(option)
        # The template's sizes are for 9 pt; smaller tries scale them down alike.
        scale = size / SIZES_PT[0]
        html = rendered.html.replace("font-size: 8pt", f"font-size: {8 * scale:.2f}pt") \
            .replace("font-size: 9pt", f"font-size: {9 * scale:.2f}pt") \
            .replace("font-size: 10pt", f"font-size: {10 * scale:.2f}pt")
        document.setTextWidth(width)
        document.setHtml(html)
        if document.size().height() <= height:
            return document, size
    return document, SIZES_PT[-1]


def card_rects(device: QPagedPaintDevice) -> list[QRectF]:
    """The eight card places, in device pixels, the grid centred on the page."""
    full = device.pageLayout().fullRectPixels(device.resolution())
    w, h = _mm(device, CARD_WIDTH_MM), _mm(device, CARD_HEIGHT_MM)
    left = (full.width() - COLUMNS * w) / 2
    top = (full.height() - ROWS * h) / 2
    return [QRectF(left + c * w, top + r * h, w, h) for r in range(ROWS) for c in range(COLUMNS)]


def paint_cards(rendered: RenderedCards, painter: QPainter, device: QPagedPaintDevice) -> None:
    document, _ = lay_out_card(rendered, device)
    rects = card_rects(device)
    pad = _mm(device, PADDING_MM)
    for rect in rects[:rendered.copies]:
        painter.save()
        painter.translate(rect.topLeft() + QPointF(pad, pad))
        document.drawContents(painter, QRectF(QPointF(0, 0), QSizeF(rect.width() - 2 * pad, rect.height() - 2 * pad)))
        painter.restore()
    _paint_cut_marks(painter, device, rects)


def _paint_cut_marks(painter: QPainter, device: QPagedPaintDevice, rects: list[QRectF]) -> None:
    grid = rects[0].united(rects[-1])
    xs = sorted({round(r.left(), 3) for r in rects} | {round(r.right(), 3) for r in rects})
    ys = sorted({round(r.top(), 3) for r in rects} | {round(r.bottom(), 3) for r in rects})
    gap, length = _mm(device, MARK_GAP_MM), _mm(device, MARK_MM)
    pen = QPen(Qt.GlobalColor.black)
    pen.setWidthF(_mm(device, 0.2))
    painter.save()
    painter.setPen(pen)
    for x in xs:
        painter.drawLine(QLineF(x, grid.top() - gap - length, x, grid.top() - gap))
        painter.drawLine(QLineF(x, grid.bottom() + gap, x, grid.bottom() + gap + length))
    for y in ys:
        painter.drawLine(QLineF(grid.left() - gap - length, y, grid.left() - gap, y))
        painter.drawLine(QLineF(grid.right() + gap, y, grid.right() + gap + length, y))
    painter.restore()


