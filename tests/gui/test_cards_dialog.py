"""The tray's "Print as cards…": the crisis lines ticked, discreet, printed or saved, logged."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog

from resource_desk.core.referrals import list_sheets

from tests.sheets.helpers import flat, pdf_pages_text

from .test_sheet_tray import ids_by_name, tray  # noqa: F401 - the tray fixture


def test_cards_start_with_the_crisis_lines_ticked_and_discreet(qtbot, tray, demo_catalogue, tmp_path):  # noqa: F811
    ids = ids_by_name(demo_catalogue, "Trans Lifeline", "Café Comunitario Free Community Meals (sample)")
    tray.add_resources(ids)
    assert tray.cards_button.isEnabled()
    dialog = tray.print_cards(open_dialog=False)
    qtbot.addWidget(dialog)
    ticked = [dialog.lines.item(i).checkState() == Qt.CheckState.Checked for i in range(dialog.lines.count())]
    assert ticked == [True, False] and dialog.discreet.isChecked()
    path = dialog.save_pdf(tmp_path / "cards.pdf")
    text = flat(pdf_pages_text(path)[0])
    assert "Trans" not in text and "Lifeline" not in text and text.count("Support line") == 8
    dialog.discreet.setChecked(False)
    dialog.lines.item(1).setCheckState(Qt.CheckState.Checked)
    dialog.save_pdf(tmp_path / "cards.pdf")
    text = flat(pdf_pages_text(tmp_path / "cards.pdf")[0])
    assert text.count("Trans Lifeline") == 8 and text.count("Café Comunitario") == 8
    dialog.done(QDialog.DialogCode.Rejected)
    assert list_sheets(demo_catalogue)[0].output == "cards"


def test_cards_print(qtbot, tray, demo_catalogue, tmp_path, monkeypatch):  # noqa: F811
    tray.add_resources(ids_by_name(demo_catalogue, "Trans Lifeline"))
    dialog = tray.print_cards(open_dialog=False)
    qtbot.addWidget(dialog)

    def fake_exec(print_dialog):
        print_dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        print_dialog.printer().setOutputFileName(str(tmp_path / "printed.pdf"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", fake_exec)
    assert dialog.print_() is True
    text = flat(pdf_pages_text(tmp_path / "printed.pdf")[0])
    assert text.count("Support line") == 8
