"""A referral sheet as a PDF, and as page images: the same layout and painting as on paper.

Written beside the target first (0600 from its first byte), then moved into place, so a
half-written PDF never carries the sheet's name. Its metadata is neutral: the title is
"Resources" whatever the sheet's title, and there is no author. QtGui only: the command line makes PDFs without a display.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPageLayout, QPainter, QPdfWriter

from resource_desk.core.errors import UserError
from resource_desk.core.messages import msg
from resource_desk.core.private_files import clean_leftovers, private_temp_path
from resource_desk.printing.document import ensure_application, lay_out, page_layout, paint_body, paint_pages
from resource_desk.sheets.cards import RenderedCards
from resource_desk.sheets.render import RenderedSheet

PDF_RESOLUTION = 300
# What the PDF's metadata says, whatever the sheet's title: nothing that names a client.
PDF_TITLE = "Resources"
PDF_CREATOR = "Resource Desk"


class PdfError(UserError, OSError):
    """A PDF that could not be written; the message is for the user."""


@dataclass(frozen=True)
class PdfResult:
    path: Path
    pages: int


def write_pdf(rendered: RenderedSheet, path: str | os.PathLike[str], resolution: int = PDF_RESOLUTION) -> PdfResult:
    """Save the sheet as a PDF (written beside the target first, then moved into place)."""

    def paint(writer: QPdfWriter, painter: QPainter) -> int:
        return paint_pages(sheet, rendered, painter, writer)

    def layout(writer: QPdfWriter):
        nonlocal sheet
        sheet = lay_out(rendered, writer)

    sheet = None
    _write_private_pdf(path, page_layout(rendered.paper), resolution, layout, paint)
    return PdfResult(path=Path(path), pages=sheet.pages)


def write_cards_pdf(rendered: RenderedCards, path: str | os.PathLike[str],
                    resolution: int = PDF_RESOLUTION) -> PdfResult:
    """Save a page of safety cards as a PDF, as privately as a sheet."""
    from resource_desk.printing.cards import cards_page_layout, paint_cards

    def paint(writer: QPdfWriter, painter: QPainter) -> int:
        paint_cards(rendered, painter, writer)
        return 1

    _write_private_pdf(path, cards_page_layout(rendered.paper), resolution, lambda writer: None, paint)
    return PdfResult(path=Path(path), pages=1)


def _write_private_pdf(path, layout: QPageLayout, resolution: int, prepare, paint) -> None:
    """A PDF written under a temporary 0600 name beside the target and renamed when complete
    (removed on failure): a half-written PDF never carries its name, no one else can read it."""
    ensure_application()
    path = Path(path)
    if path.parent and not path.parent.is_dir():
        raise PdfError(msg("cannot save {path}: folder {folder} does not exist", path=path, folder=path.parent))
    clean_leftovers(path.parent)  # what a killed run left in this folder
    try:
        with private_temp_path(path) as partial:
            writer = QPdfWriter(str(partial))
            writer.setResolution(resolution)
            writer.setPageLayout(layout)
            # Neutral metadata: the sheet's title may name the client ("Resources for …").
            writer.setTitle(PDF_TITLE)
            writer.setCreator(PDF_CREATOR)
            prepare(writer)
            painter = QPainter()
            if not painter.begin(writer):
                raise PdfError(msg("cannot write {path}", path=path))
            try:
                paint(writer, painter)
            finally:
                painter.end()
            del writer
            _drop_empty_author(partial)
    except PdfError:
        raise
    except OSError as exc:
        raise PdfError(msg("cannot save {path}: {reason}", path=path, reason=str(exc.strerror or exc))) from exc


_EMPTY_AUTHOR = b"/Author ()"


def _drop_empty_author(path: Path) -> None:
    """Qt writes an empty "/Author ()" into the document information; it is blanked out in
    place (the same number of spaces, so every offset in the file stays true): no author."""
    with open(path, "r+b") as handle:
        head = handle.read(4096)
        end = head.find(b"endobj")
        at = head.find(_EMPTY_AUTHOR, 0, end if end >= 0 else len(head))
        if at >= 0:
            handle.seek(at)
            handle.write(b" " * len(_EMPTY_AUTHOR))


def render_page_images(rendered: RenderedSheet, dpi: int = 150) -> list[QImage]:
    """Each page as a white image, painted the same way as the PDF (for tests and thumbnails)."""
    ensure_application()
    writer_for_layout = QPdfWriter(os.devnull)
    writer_for_layout.setResolution(dpi)
    writer_for_layout.setPageLayout(page_layout(rendered.paper))
    sheet = lay_out(rendered, writer_for_layout)
    full = writer_for_layout.pageLayout().fullRectPixels(dpi)
    margin = writer_for_layout.pageLayout().paintRectPixels(dpi).topLeft()
    images = []
    for page in range(1, sheet.pages + 1):
        image = QImage(full.width(), full.height(), QImage.Format.Format_RGB32)
        image.setDotsPerMeterX(round(dpi / 0.0254))
        image.setDotsPerMeterY(round(dpi / 0.0254))
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        painter.translate(margin)
        paint_body(sheet, painter, page)
        painter.end()
        images.append(image)
    return images


def render_cards_image(rendered: RenderedCards, dpi: int = 150) -> QImage:
    """The page of cards as a white image, painted the same way as the PDF (for tests and thumbnails)."""
    from resource_desk.printing.cards import cards_page_layout, paint_cards

    ensure_application()
    layout_device = QPdfWriter(os.devnull)
    layout_device.setResolution(dpi)
    layout_device.setPageLayout(cards_page_layout(rendered.paper))
    full = layout_device.pageLayout().fullRectPixels(dpi)
    image = QImage(full.width(), full.height(), QImage.Format.Format_RGB32)
    image.setDotsPerMeterX(round(dpi / 0.0254))
    image.setDotsPerMeterY(round(dpi / 0.0254))
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    paint_cards(rendered, painter, layout_device)
    painter.end()
    return image
