"""A rendered referral sheet on a paged device: QTextDocument -> pages, painted one by one.

The sheet's HTML is laid out on the target device itself (so a page holds the same on
screen preview, printer and PDF), then each page is painted with QPainter, with a footer
("Page 1 of 3") drawn under it. A resource's table is never split across two pages: a
table that would straddle a page break starts on the next page instead.

Nothing is ever fetched: the document only knows the QR images handed to it, and the
fonts come from ``resources/fonts``.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPagedPaintDevice,
    QPainter,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from resource_desk.core.paths import resource_path
from resource_desk.sheets.render import FONT_FAMILIES, RenderedSheet

FONTS_DIR = resource_path("fonts")
MARGIN_MM = 12.7  # half an inch: room for any printer's unprintable edge, no more
FOOTER_MM = 7.0  # the band at the foot of each page for the page number
GUTTER_MM = 6.0  # between the columns of a two-column (compact) sheet
PAGE_SIZES = {"letter": QPageSize.PageSizeId.Letter, "a4": QPageSize.PageSizeId.A4}

_registered: list[str] | None = None


def ensure_application() -> QGuiApplication:
    """A Qt application to paint with; without a display (the command line, a server) it
    runs on the offscreen platform."""
    app = QGuiApplication.instance()
    if app is None:
        if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        # QtGui only: the window makes its QApplication before it prints, so this one is
        # only ever made where no window opens (the command line, benchmarks).
        app = QGuiApplication(["resource-desk"])
    return app


def register_fonts() -> list[str]:
    """Register the shipped fonts once; returns the families that were found."""
    global _registered
    if _registered is None:
        families: list[str] = []
        for path in sorted([*FONTS_DIR.glob("*.ttf"), *FONTS_DIR.glob("*.otf")]):
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id >= 0:
                families.extend(QFontDatabase.applicationFontFamilies(font_id))
        _registered = list(dict.fromkeys(families))
    return _registered


def sheet_font(point_size: float, families: tuple[str, ...] = FONT_FAMILIES) -> QFont:
    register_fonts()
    font = QFont()
    font.setFamilies(list(families))
    font.setPointSizeF(point_size)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    return font


def page_layout(paper: str) -> QPageLayout:
    size = QPageSize(PAGE_SIZES.get(paper, QPageSize.PageSizeId.Letter))
    return QPageLayout(size, QPageLayout.Orientation.Portrait,
                       QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter)


class SheetDocument(QTextDocument):
    """A document that holds its images in memory and loads nothing else."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.requested = []

    requested: list[str]

    def loadResource(self, kind: int, name: QUrl):  # noqa: N802 - Qt's name
        # Every image was added with addResource; anything else (a file, a web address) is
        # refused, and noted so that tests can check that nothing was asked for.
        self.requested.append(name.toString())
        return QByteArray()


@dataclass
class LaidOutSheet:
    document: SheetDocument
    body: QSizeF  # device pixels: the part of a page the document fills (one column of it)
    footer_height: float
    pages: int  # sheets of paper
    columns: int = 1
    column_step: float = 0.0  # device pixels from one column's left edge to the next one's
    page_width: float = 0.0  # the whole body's width, every column

    def document_pages(self, page: int) -> range:
        """The document's pages (0-based) that paper page ``page`` (1-based) holds, one a column."""
        first = (page - 1) * self.columns
        return range(first, min(first + self.columns, self.document.pageCount()))


def _footer_px(device: QPagedPaintDevice) -> float:
    return FOOTER_MM / 25.4 * device.resolution()


def lay_out(rendered: RenderedSheet, device: QPagedPaintDevice) -> LaidOutSheet:
    """The sheet laid out for the device's page (its page layout must be set)."""
    register_fonts()
    rect = device.pageLayout().paintRectPixels(device.resolution())
    footer = _footer_px(device)
    columns = max(1, rendered.columns)
    gutter = GUTTER_MM / 25.4 * device.resolution() if columns > 1 else 0.0
    # Columns: the document is laid out one column wide and its pages are painted side by
    # side, so resources flow down one column and on to the next, each kept whole.
    body = QSizeF((rect.width() - gutter * (columns - 1)) / columns, rect.height() - footer)
    document = SheetDocument()
    document.setUndoRedoEnabled(False)
    document.documentLayout().setPaintDevice(device)
    document.setDocumentMargin(0)
    document.setDefaultFont(sheet_font(rendered.base_font_pt, rendered.families))
    document.setPageSize(body)
    if rendered.direction == "rtl":
        # Arabic runs right to left: every paragraph starts at the right edge.
        option = document.defaultTextOption()
        option.setTextDirection(Qt.LayoutDirection.RightToLeft)
        option.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
        document.setDefaultTextOption(option)
    for name, data in rendered.images.items():
        image = QImage.fromData(data, "PNG")
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
    document.setHtml(rendered.html)
    keep_tables_whole(document)
    pages = -(-document.pageCount() // columns)
    return LaidOutSheet(document=document, body=body, footer_height=footer, pages=pages, columns=columns,
                        column_step=body.width() + gutter, page_width=rect.width())


def keep_tables_whole(document: QTextDocument) -> int:
    """Move every top-level table that straddles a page break to the next page (Qt's own
    layout ignores ``page-break-inside: avoid``), with the heading just above it, if any,
    so that a heading never ends a page. Returns how many tables were moved."""
    layout = document.documentLayout()
    height = document.pageSize().height()
    moved = 0
    previous_block = None
    iterator = document.rootFrame().begin()
    while not iterator.atEnd():
        block = iterator.currentBlock()
        if block.isValid():
            previous_block = block
            iterator += 1
            continue
        # Not a block, so a frame (asking currentFrame() first would hand back None for blocks).
        frame = iterator.currentFrame()
        rect = layout.frameBoundingRect(frame)
        first = int(rect.top() // height)
        last = int((rect.bottom() - 0.5) // height)
        heading = previous_block if previous_block is not None and previous_block.blockFormat().headingLevel() > 0 \
            else None
        if heading is not None and first == last and _page_of(layout, heading, height) < first:
            # Qt moved the table on by itself, leaving its heading at the foot of the page before.
            last = first + 1
        if first != last and rect.height() < height:  # taller than a page: it has to break somewhere
            if heading is not None:
                cursor = QTextCursor(heading)
                block_format = QTextBlockFormat()
                block_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                cursor.mergeBlockFormat(block_format)
            else:
                fmt = frame.frameFormat()
                fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                frame.setFrameFormat(fmt)
            moved += 1
        previous_block = None
        iterator += 1
    return moved


def _page_of(layout, block, height: float) -> int:
    return int(layout.blockBoundingRect(block).top() // height)


def paint_pages(sheet: LaidOutSheet, rendered: RenderedSheet, painter: QPainter,
                device: QPagedPaintDevice, first_page: int = 1, last_page: int | None = None) -> int:
    """Paint pages onto a device whose painter is open; returns how many were painted."""
    last_page = min(last_page or sheet.pages, sheet.pages)
    footer_font = sheet_font(max(7.5, rendered.base_font_pt * 0.75), rendered.families)
    footer_font.setPointSizeF(footer_font.pointSizeF())
    painted = 0
    for index in range(first_page - 1, last_page):
        if painted:
            device.newPage()
        paint_body(sheet, painter, index + 1)
        _paint_footer(painter, device, sheet, rendered, index + 1, footer_font)
        painted += 1
    return painted


def paint_body(sheet: LaidOutSheet, painter: QPainter, page: int) -> None:
    """Paper page ``page``'s columns, each the document page that falls there."""
    height = sheet.body.height()
    for column, index in enumerate(sheet.document_pages(page)):
        painter.save()
        painter.translate(column * sheet.column_step, -index * height)
        # A hair short of the page: a heading moved to the next page starts exactly on the
        # boundary, and would otherwise be drawn (clipped away, but in the PDF's text) here too.
        sheet.document.drawContents(painter, QRectF(0, index * height, sheet.body.width(), height - 1))
        painter.restore()


def _paint_footer(painter: QPainter, device: QPagedPaintDevice, sheet: LaidOutSheet, rendered: RenderedSheet,
                  page: int, font: QFont) -> None:
    painter.save()
    # Point sizes on the painter follow the device's resolution.
    scaled = QFont(font)
    scaled.setPixelSize(max(1, round(font.pointSizeF() / 72 * device.resolution())))
    painter.setFont(scaled)
    painter.setPen(Qt.GlobalColor.black)
    metrics = QFontMetricsF(scaled, device)
    top = sheet.body.height() + (sheet.footer_height - metrics.height())
    rect = QRectF(0, top, sheet.page_width or sheet.body.width(), metrics.height() * 1.2)
    label = rendered.page_label.format(page=page, pages=sheet.pages)
    painter.drawText(rect, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop), label)
    if rendered.footer:
        left = QRectF(rect.left(), rect.top(), rect.width() - metrics.horizontalAdvance(label) - metrics.height(),
                      rect.height())
        text = metrics.elidedText(rendered.footer, Qt.TextElideMode.ElideRight, left.width())
        painter.drawText(left, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop), text)
    painter.restore()


def paint_sheet_on(rendered: RenderedSheet, device: QPagedPaintDevice, first_page: int = 1,
                   last_page: int | None = None) -> int:
    """Lay out the sheet on a device whose page layout is set (a QPdfWriter, a QPrinter) and
    paint the pages asked for; returns how many were painted (0 if painting could not start)."""
    register_fonts()
    sheet = lay_out(rendered, device)
    painter = QPainter()
    if not painter.begin(device):
        return 0
    try:
        return paint_pages(sheet, rendered, painter, device, first_page, last_page)
    finally:
        painter.end()
