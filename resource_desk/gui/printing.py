"""Print preview and printing of a rendered sheet (QPrintPreviewDialog, QPrintDialog).

The sheet is laid out on the printer itself, so the preview shows exactly the pages that
print, with the same "Page 1 of N" footers as the PDF.
"""

from __future__ import annotations

from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QWidget

from resource_desk.printing.document import page_layout, paint_sheet_on
from resource_desk.printing.pdf import PDF_CREATOR, PDF_TITLE
from resource_desk.sheets.render import RenderedSheet
from resource_desk.gui.i18n import tr


def make_printer(rendered: RenderedSheet) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(page_layout(rendered.paper))
    # The print queue and a "print to file" PDF see a neutral name, never the sheet's title.
    printer.setDocName(PDF_TITLE)
    printer.setCreator(PDF_CREATOR)
    return printer


def paint_sheet(rendered: RenderedSheet, printer: QPrinter) -> int:
    """Lay out and paint the sheet on the printer (its page range honoured); pages painted."""
    first, last = 1, None
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first = max(1, printer.fromPage())
        last = printer.toPage() or None
    return paint_sheet_on(rendered, printer, first, last)


def preview_sheet(rendered: RenderedSheet, parent: QWidget | None = None,
                  printer: QPrinter | None = None) -> bool:
    """Show the print preview; True when the person printed from it."""
    printer = printer or make_printer(rendered)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(tr("Print preview — {title}").format(title=rendered.title))
    dialog.paintRequested.connect(lambda target: paint_sheet(rendered, target))
    dialog.resize(900, 1000)
    return dialog.exec() == QDialog.DialogCode.Accepted


def print_sheet(rendered: RenderedSheet, parent: QWidget | None = None, printer: QPrinter | None = None) -> bool:
    """Ask for a printer and print; True when the sheet went to the printer."""
    printer = printer or make_printer(rendered)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(tr("Print referral sheet"))
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    return paint_sheet(rendered, printer) > 0
