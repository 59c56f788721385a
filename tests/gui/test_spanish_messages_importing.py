"""What importing/ writes for the person, in a Spanish window: the import wizard run on a small
CSV with a few bad rows (and on a file it cannot read) to its summary, then the import history
that reads the problems back from the catalogue. Every text a person reads there is Spanish; the
same flow in English shows the English, so the check can fail."""

from __future__ import annotations

import csv

import pytest
from PySide6.QtWidgets import QListWidget, QPlainTextEdit, QTableView, QTableWidget, QWidget, QWizard

from resource_desk.core.messages import msg
from resource_desk.gui.i18n import install_language, said
from resource_desk.gui.import_history import ImportHistoryDialog
from resource_desk.gui.import_wizard import DUPLICATES_PAGE, LAYOUT_PAGE, MAPPING_PAGE, SUGGESTIONS_PAGE, SUMMARY_PAGE, \
    ImportWizard
from resource_desk.importing.limits import megabytes
from resource_desk.importing.problems import grouped
from resource_desk.importing.service import ImportResult
from tests.gui.test_spanish import english_left, english_words, spanish, tag_names, texts_of  # noqa: F401

HEADERS = ["Name", "Agency", "Phone", "Email", "Status", "Last verified", "Languages", "Name"]
ROWS = [
    ["Lista compartida por la coalición"],  # a title above the header
    HEADERS,
    ["Despensa Queer", "Iglesia San José", "(415) 555-0100", "hola@despensa.org", "active", "2024-05-01", "Spanish",
     "Despensa"],
    ["", "", "(415) 555-0101", "", "", "", "", ""],  # no name: rejected
    ["Línea Tibia", "", "no tiene", "correo-malo", "cerrado???", "ayer", "Klingon", ""],
    ["Casa Arcoíris", "Colectivo Arcoíris"],  # fewer cells than columns
    ["Refugio Norte", "", "(415) 555-0102", "", "cerrado???", "", "Spanish coming soon", "", "sobra", "también"],
]
# The file's own words (names, headers, cells quoted in the problems): data, not the window's.
DATA = {*(cell for row in ROWS for cell in row if cell), "Name (2)"}


@pytest.fixture
def coalition(tmp_path):
    path = tmp_path / "coalicion.csv"
    with open(path, "w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(ROWS)
    return path


@pytest.fixture
def unreadable(tmp_path):
    path = tmp_path / "imagen.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    return path


def contents_of(root: QWidget) -> list[tuple[str, str]]:
    """What ``texts_of`` leaves out: the text of plain-text boxes, list items and table cells."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        name = type(widget).__name__
        if isinstance(widget, QPlainTextEdit):
            found.append((name, widget.toPlainText()))
        elif isinstance(widget, QListWidget):
            found += [(f"{name} item", widget.item(i).text()) for i in range(widget.count())]
        elif isinstance(widget, QTableWidget):
            found += [(f"{name} cell", widget.item(r, c).text()) for r in range(widget.rowCount())
                      for c in range(widget.columnCount()) if widget.item(r, c) is not None]
        elif isinstance(widget, QTableView) and widget.model() is not None:
            model = widget.model()
            found += [(f"{name} cell", str(model.index(r, c).data() or "")) for r in range(model.rowCount())
                      for c in range(model.columnCount())]
    return [(where, text) for where, text in found if text.strip()]


def everything_in(root: QWidget) -> list[tuple[str, str]]:
    return texts_of(root) + contents_of(root)


def next_page(wizard, expected):
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.next()
    if expected == SUMMARY_PAGE and wizard.currentId() == SUGGESTIONS_PAGE:
        wizard.next()
    assert wizard.currentId() == expected


def run_wizard(qtbot, catalogue, path) -> tuple[list[tuple[str, str]], ImportResult, dict[str, str]]:
    """The wizard from the file to the summary of a finished import: everything it showed on the
    way, the result, and a few texts by where they were read."""
    wizard = ImportWizard(catalogue, [str(path)], None)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    found, seen = [], {}
    next_page(wizard, LAYOUT_PAGE)
    found += everything_in(wizard.layout_page)
    seen["layout"] = wizard.layout_page.layout_label.text()
    seen["notes"] = "\n".join(wizard.layout_page.notes.item(i).text() for i in range(wizard.layout_page.notes.count()))
    next_page(wizard, MAPPING_PAGE)
    found += everything_in(wizard.mapping_page)
    next_page(wizard, DUPLICATES_PAGE)
    qtbot.waitUntil(lambda: wizard.state.dry_result is not None, timeout=20000)
    found += everything_in(wizard.duplicates_page)
    seen["dry run"] = wizard.duplicates_page.counts.text()
    seen["problems"] = wizard.duplicates_page.problems.toPlainText()
    next_page(wizard, SUMMARY_PAGE)
    wizard.summary_page.import_button.click()
    qtbot.waitUntil(lambda: wizard.state.result is not None, timeout=20000)
    found += everything_in(wizard.summary_page)
    seen["summary"] = wizard.summary_page.message.text()
    seen["details"] = wizard.summary_page.details.toPlainText()
    result = wizard.state.result
    wizard.button(QWizard.WizardButton.FinishButton).click()
    history = ImportHistoryDialog(catalogue)
    qtbot.addWidget(history)
    found += everything_in(history)
    seen["history"] = history.details.toPlainText()
    return found, result, seen


def unreadable_file_error(qtbot, catalogue, path) -> str:
    wizard = ImportWizard(catalogue, [str(path)], None)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    next_page(wizard, LAYOUT_PAGE)

    assert wizard.state.inspection is None
    return wizard.layout_page.error_label.text()


def data_of(catalogue, result: ImportResult, *paths) -> set[str]:
    return tag_names(catalogue) | DATA | {result.batch_id} | {str(p) for p in paths} | {p.name for p in paths}


def test_the_wizard_and_the_history_say_the_import_in_spanish(spanish, qtbot, catalogue, coalition, unreadable,
                                                               english_words):
    found, result, seen = run_wizard(qtbot, catalogue, coalition)
    error = unreadable_file_error(qtbot, catalogue, unreadable)
    assert result.rejected == 1 and len(result.warnings) >= 5
    assert "Hoja de cálculo (CSV)" in seen["layout"] and "separado por comas" in seen["layout"]
    assert "las filas que hay encima de los encabezados no se importaron" in seen["notes"]
    assert "el encabezado «Name» aparece más de una vez" in seen["notes"]
    assert "4 creados, 0 actualizados, 0 omitidos, 1 rechazado" in seen["dry run"]
    assert "4 creados" in seen["summary"]
    assert "fila 4, columna «Name»: sin nombre (la celda «Name» está vacía)" in seen["problems"]
    assert "«ayer» no es una fecha" in seen["problems"]
    assert "estado desconocido «cerrado???»; se guarda como activo (filas 5, 7)" in seen["problems"]
    assert "dice que español no se ofrece" in seen["problems"]  # lowercase within a Spanish sentence
    assert "«correo-malo» no es una dirección de correo electrónico" in seen["details"]
    # Read back from the catalogue, the problems are said in Spanish too.
    assert "sin nombre (la celda «Name» está vacía)" in seen["history"]
    assert "«ayer» no es una fecha" in seen["history"]
    assert error == "imagen.csv no es un archivo de texto (parecen datos binarios)".replace("imagen.csv",
                                                                                            str(unreadable))
    found.append(("unreadable file", error))
    assert len(found) > 150  # the walk reached the pages' texts, not only their frames
    left = english_left(found, english_words, data_of(catalogue, result, coalition, unreadable))
    assert not left, f"{len(left)} English strings left:\n" + "\n".join(dict.fromkeys(left))


def test_the_same_import_in_english_says_it_in_english(qapp, qtbot, catalogue, coalition, unreadable,
                                                       english_words):
    """The check above can fail: in English the same walk finds the English it would report."""
    install_language("en")
    found, result, seen = run_wizard(qtbot, catalogue, coalition)
    error = unreadable_file_error(qtbot, catalogue, unreadable)
    assert "4 created, 0 updated, 0 skipped, 1 rejected" in seen["dry run"]
    assert "row 4, column “Name”: no name (the “Name” cell is empty)" in seen["problems"]
    assert "unknown status “cerrado???”; kept as active (rows 5, 7)" in seen["problems"]
    assert "no name (the “Name” cell is empty)" in seen["history"]
    assert error == f"{unreadable} is not a text file (it looks like binary data)"
    found.append(("unreadable file", error))
    left = english_left(found, english_words, data_of(catalogue, result, coalition, unreadable))
    assert len(left) > 40

    assert any("is not a date" in line for line in left)


def test_numbers_in_messages_follow_the_window_language(spanish):
    """Counts are written the window's way: grouped as Spanish groups them, English as before."""
    assert said(msg("{count} rows read", count=12345)) == "12.345 filas leídas"
    limit = msg("{file} has more than {count} rows, the most one import reads", file="a.csv", count=grouped(2000000))
    assert limit == "a.csv has more than 2,000,000 rows, the most one import reads"  # the CLI's English
    assert said(limit) == "a.csv tiene más de 2.000.000 filas, el máximo que lee una importación"
    assert said(megabytes(5000 * 1024 * 1024)) == "5000 MB" and megabytes(5000 * 1024 * 1024) == "5,000 MB"


def test_the_export_says_what_it_left_out_in_spanish(spanish, qtbot, demo_catalogue, tmp_path, english_words):
    from resource_desk.gui.export_dialog import ExportDialog

    dialog = ExportDialog(demo_catalogue)
    qtbot.addWidget(dialog)
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("hsds"))
    target = tmp_path / "recursos.zip"
    dialog.path_edit.setText(str(target))
    dialog.export()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=20000)
    result = dialog.result
    assert result.private_notes_left_out or result.confidential_addresses_left_out or result.notes
    shown = dialog.message.text()
    assert f"{result.resources} recursos exportados a {target}" in shown
    assert "se dejaron fuera:" in shown or "para cumplir con HSDS:" in shown
    assert "exported" in result.summary()  # the CLI's English is unchanged
    left = english_left([("export message", shown)], english_words, {str(target)})
    assert not left, left


def test_a_batch_of_suggested_tags_is_named_in_the_window_language(spanish, qtbot, catalogue):
    from resource_desk.importing.history import ImportSummary

    batch = ImportSummary("id", "Suggested tags: need:Food, identity:Youth", "suggestions", None, None, 0, 3, 0, 0,
                          None)
    assert batch.shown_file == batch.file
    assert said(batch.shown_file) == "Etiquetas sugeridas: need:Food, identity:Youth"
    assert batch.shown_format == "suggestions" and said(batch.shown_format) == "sugerencias"

    other = ImportSummary("id", "Suggested tags: a.csv", "csv", None, None, 1, 0, 0, 0, None)
    assert said(other.shown_file) == "Suggested tags: a.csv"  # a file of that name is a name
