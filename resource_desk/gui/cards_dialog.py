"""The tray's "Print as cards…": a page of eight wallet-size safety cards.

The person ticks the lines the card carries (the tray's crisis lines are ticked to begin
with), keeps it discreet or not (discreet to begin with), then prints it or saves a PDF.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from resource_desk.core.database import Catalogue
from resource_desk.core.resources import get_resources
from resource_desk.sheets.cards import MAX_LINES, RenderedCards, build_cards, render_cards
from resource_desk.sheets.content import CRISIS_KIND, SheetError, SheetItem, SheetOptions
from resource_desk.gui.i18n import said, tr

ID_ROLE = Qt.ItemDataRole.UserRole


class CardsDialog(QDialog):
    def __init__(self, catalogue: Catalogue, items: list[SheetItem], options: SheetOptions,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("Print as cards"))
        self.catalogue, self.items, self.options = catalogue, items, options
        self.saved: Path | None = None
        self.printed = False
        self.last: RenderedCards | None = None  # what was saved or printed, for the referral log
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("Eight wallet-size cards (85 × 55 mm) to a page, with cut marks. "
                                   "Tick the lines each card carries (at most {count}):").format(count=MAX_LINES)))
        self.lines = QListWidget()
        self.lines.setAccessibleName(tr("Lines on the card"))
        resources = get_resources(catalogue, [i.resource_id for i in items])
        for resource in resources:
            line = QListWidgetItem(resource.name)
            line.setData(ID_ROLE, resource.id)
            line.setFlags(line.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            line.setCheckState(Qt.CheckState.Checked if resource.kind == CRISIS_KIND else Qt.CheckState.Unchecked)
            self.lines.addItem(line)
        layout.addWidget(self.lines, 1)
        self.discreet = QCheckBox(tr("&Discreet (names nothing sensitive; the numbers stay)"))
        self.discreet.setChecked(True)
        layout.addWidget(self.discreet)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.print_button = QPushButton(tr("&Print…"))
        self.pdf_button = QPushButton(tr("Save &PDF…"))
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.pdf_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.clicked.connect(lambda: self.print_())
        self.pdf_button.clicked.connect(lambda: self.save_pdf())
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(460, 380)

    def chosen(self) -> list[str]:
        return [self.lines.item(i).data(ID_ROLE) for i in range(self.lines.count())
                if self.lines.item(i).checkState() == Qt.CheckState.Checked]

    def render(self) -> RenderedCards | None:
        try:
            sheet, entries = build_cards(self.catalogue, self.items, self.options, chosen=self.chosen() or None,
                                         discreet=self.discreet.isChecked())
        except SheetError as exc:
            self.message.setText(said(exc))
            return None
        return render_cards(sheet, entries)

    def save_pdf(self, path: str | Path | None = None) -> Path | None:
        from resource_desk.printing.pdf import PdfError, write_cards_pdf

        rendered = self.render()
        if rendered is None:
            return None
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(self, tr("Save cards as PDF"), "cards.pdf", tr("PDF files (*.pdf)"))
            if not chosen:
                return None
            path = chosen
        try:
            # One page: quick enough to write here, unlike a long sheet.
            result = write_cards_pdf(rendered, path)
        except PdfError as exc:
            self.message.setText(said(exc))
            return None
        self.saved, self.last = result.path, rendered
        self.message.setText(tr("Saved {file}.").format(file=result.path.name))
        return result.path

    def print_(self, printer=None) -> bool:
        from PySide6.QtGui import QPainter
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from resource_desk.printing.cards import cards_page_layout, paint_cards
        from resource_desk.printing.pdf import PDF_CREATOR, PDF_TITLE

        rendered = self.render()
        if rendered is None:
            return False
        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setPageLayout(cards_page_layout(rendered.paper))
            printer.setDocName(PDF_TITLE)
            printer.setCreator(PDF_CREATOR)
            if QPrintDialog(printer, self).exec() != QDialog.DialogCode.Accepted:
                return False
        painter = QPainter()
        if not painter.begin(printer):
            self.message.setText(tr("The printer could not be started."))
            return False
        try:
            paint_cards(rendered, painter, printer)
        finally:
            painter.end()
        self.printed, self.last = True, rendered
        self.message.setText(tr("Sent to the printer."))
        return True
