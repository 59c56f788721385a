"""A sheet in language X prints the resource's X text where there is one, and otherwise the text
as entered, marked quietly, in X, as being in its own language."""

from dataclasses import replace

import pytest

from resource_desk.core.records import TranslationRecord
from resource_desk.core.resources import get_resource, save_resource
from resource_desk.printing import pdf
from resource_desk.sheets.content import SheetItem, SheetOptions, build_sheet
from resource_desk.sheets.render import render_sheet

from .helpers import flat, make_resource, pdf_pages_text

pytestmark = pytest.mark.usefixtures("qapp")


def _translated(catalogue, **fields):
    r = make_resource(catalogue, "Harbor Food Bank", description="Groceries every Tuesday.", hours="Tue 9-5",
                      eligibility="Anyone", fees="None", **fields)
    return save_resource(catalogue, replace(get_resource(catalogue, r.id), translations=(
        TranslationRecord("es", "name", "Banco de Alimentos Harbor"),
        TranslationRecord("es", "description", "Comestibles todos los martes."),
        TranslationRecord("es", "note", "Pregunte por Ana."),
    )))


def test_spanish_text_where_there_is_one_and_the_rest_marked_as_english(catalogue, tmp_path):
    r = _translated(catalogue)
    sheet = build_sheet(catalogue, [SheetItem(r.id)], SheetOptions(language="es"))
    entry = sheet.entries[0]
    assert (entry.name, entry.name_note) == ("Banco de Alimentos Harbor", None)
    assert (entry.description, entry.description_note) == ("Comestibles todos los martes.", None)
    assert (entry.hours, entry.hours_note) == ("Tue 9-5", "en inglés")
    assert (entry.eligibility, entry.eligibility_note) == ("Anyone", "en inglés")
    assert entry.note == "Pregunte por Ana."  # the standing note, as the tray had none
    text = flat(" ".join(pdf_pages_text(pdf.write_pdf(render_sheet(sheet), tmp_path / "es.pdf").path)))
    assert "Comestibles todos los martes." in text and "Tue 9-5 (en inglés)" in text
    assert "Groceries" not in text
    # The tray's own note wins over the standing one.
    mine = build_sheet(catalogue, [SheetItem(r.id, "Vaya temprano")], SheetOptions(language="es")).entries[0]
    assert mine.note == "Vaya temprano"


def test_english_sheet_prints_the_text_as_entered_unmarked(catalogue):
    r = _translated(catalogue)
    entry = build_sheet(catalogue, [SheetItem(r.id)], SheetOptions(language="en")).entries[0]
    assert (entry.name, entry.description, entry.description_note) == (
        "Harbor Food Bank", "Groceries every Tuesday.", None)
    assert entry.note is None  # no English standing note


def test_text_entered_in_spanish_is_marked_on_an_english_sheet(catalogue):
    r = make_resource(catalogue, "Clínica Latina", description="Atención primaria.", text_language="es")
    entry = build_sheet(catalogue, [SheetItem(r.id)], SheetOptions(language="en")).entries[0]
    assert entry.description_note == "in Spanish"
    vi = build_sheet(catalogue, [SheetItem(r.id)], SheetOptions(language="vi")).entries[0]
    assert vi.description_note == "bằng tiếng Tây Ban Nha"
    es = build_sheet(catalogue, [SheetItem(r.id)], SheetOptions(language="es")).entries[0]
    assert es.description_note is None
