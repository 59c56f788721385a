"""Reading any CSV: encodings, delimiters, quoting, line ends, and the messes people make."""

import pytest

from resource_desk.importing.csv_reader import open_csv
from resource_desk.importing.encoding import detect_encoding, fix_mojibake
from resource_desk.importing.problems import ImportFileError
from resource_desk.importing.clean_text import clean_cell, clean_cell_fully
from resource_desk.importing.xlsx_reader import open_xlsx

from .helpers import write_rows, write_text

ROWS = [["Name", "City", "Notes"], ["Café Olé", "Montréal", "naïve “quotes”"], ["Second", "Zürich", "x"]]


def read(path, **kw):
    table = open_csv(path, **kw)
    try:
        return table, [(n, [clean_cell(c) for c in cells]) for n, cells in table.rows()]
    finally:
        table.close()


@pytest.mark.parametrize("encoding,label", [
    ("utf-8", "UTF-8"), ("utf-8-sig", "UTF-8 (with BOM)"), ("utf-16", "UTF-16 (with BOM)"),
    ("utf-16-le", "UTF-16 LE"), ("cp1252", "Windows-1252 (Western)"),
])
def test_encodings_are_detected(tmp_path, encoding, label):
    path = write_rows(tmp_path / "list.csv", ROWS, encoding=encoding)
    table, rows = read(path)
    assert table.info.encoding_label == label
    assert table.headers == ["Name", "City", "Notes"]
    assert rows[0][1] == ["Café Olé", "Montréal", "naïve “quotes”"]


def test_the_encoding_can_be_overridden(tmp_path):
    path = write_rows(tmp_path / "list.csv", ROWS, encoding="cp1252")
    table, rows = read(path, encoding="latin-1")
    assert table.info.encoding == "iso8859-1" and "detected Windows-1252" in table.info.notes[0]
    assert rows[0][1][0] == "Café Olé"
    with pytest.raises(ImportFileError, match="unknown encoding"):
        open_csv(path, encoding="klingon-8")


def test_central_european_and_cyrillic_text_are_not_taken_for_western(tmp_path):
    polish = "Name,Adres\nPomoc dla kobiet,Łódź ulica Żeromskiego\nCentrum,Kraków ąęśćź\n"
    russian = "Name,Адрес\nЦентр помощи,Москва улица Ленина 5\nПомощь женщинам,Санкт-Петербург\n"
    assert detect_encoding(polish.encode("cp1250"), True).encoding == "cp1250"
    assert detect_encoding(russian.encode("cp1251"), True).encoding == "cp1251"


def test_bytes_invalid_in_utf8_are_read_as_windows_1252_not_lost(tmp_path):
    path = tmp_path / "mixed.csv"
    path.write_bytes("Name,City\nCafé,Paris\n".encode("utf-8") + b"Caf\xe9 two,Lyon\n")
    table, rows = read(path)
    assert table.info.encoding == "utf-8"
    assert [r[1][0] for r in rows] == ["Café", "Café two"]


@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_delimiters_are_detected(tmp_path, delimiter):
    rows = [["Name", "Phone", "Address"], ["A, Inc.", "(415) 555-0100", "1 Main St; Suite 2"], ["B", "", "x"]]
    table, read_rows = read(write_rows(tmp_path / "list.csv", rows, delimiter=delimiter))
    assert table.info.delimiter == delimiter
    assert [r[1] for r in read_rows] == rows[1:]


@pytest.mark.parametrize("newline,label", [("\r\n", "CRLF"), ("\n", "LF"), ("\r", "CR")])
def test_line_ends_crlf_lf_and_old_mac_cr(tmp_path, newline, label):
    path = write_text(tmp_path / "list.csv", 'Name,Notes\nA,"two\nlines"\nB,plain\n', newline=newline)
    table, rows = read(path)
    assert table.info.line_ending == label
    assert [r[1][0] for r in rows] == ["A", "B"]
    assert rows[0][1][1] == "two\nlines"


def test_a_space_after_the_delimiter_before_a_quote_keeps_rows_whole(tmp_path):
    path = write_text(tmp_path / "list.csv", '"Name", "Phone", "Notes"\n"A", "(415) 555-0100", "x, y"\n')
    table, rows = read(path)
    assert table.info.skip_initial_space
    assert table.headers == ["Name", "Phone", "Notes"]
    assert rows == [(2, ["A", "(415) 555-0100", "x, y"])]
    assert not table.problems


def test_blank_rows_title_rows_and_repeated_headers(tmp_path):
    content = ("Resource list updated March 2023,,,\n,,,\nName,Phone,Phone,\n\n,,,\nA,1,2,\n,,,\nB,3,4,\n")
    table, rows = read(write_text(tmp_path / "list.csv", content))
    assert table.header_row == 3
    assert table.headers == ["Name", "Phone", "Phone (2)"]
    assert table.base_headers == ["Name", "Phone", "Phone"]
    assert [(n, c[:3]) for n, c in rows] == [(6, ["A", "1", "2"]), (8, ["B", "3", "4"])]
    reasons = [p.reason for p in table.problems]
    assert any("above the header" in r and "Resource list" in r for r in reasons)
    assert any("appears more than once" in r for r in reasons)


def test_a_form_exports_help_text_row_is_recognised_and_can_be_overridden(tmp_path):
    content = ("Organization,Phone,Do you serve youth?\n"
               "Please enter the organization's full name,e.g. (555) 555-5555,Check if yes\n"
               "Youth Space,(415) 555-0100,x\n")
    path = write_text(tmp_path / "form.csv", content)
    table, rows = read(path)
    assert table.help_row == 2 and [r[0] for r in rows] == [3]
    assert any("help text" in p.reason and p.row == 2 for p in table.problems)
    table, rows = read(path, help_row=False)
    assert table.help_row is None and [r[0] for r in rows] == [2, 3]


def test_ragged_rows_are_reported_and_never_dropped(tmp_path):
    content = 'Name,Phone,Notes\nA,1,"said ""hi"", then left"\nB,2,said "hi", then, left\nC\n'
    table, rows = read(write_text(tmp_path / "list.csv", content))
    assert [r[1][0] for r in rows] == ["A", "B", "C"]
    assert rows[1][1][2].startswith("said") and "left" in rows[1][1][2]
    assert rows[2][1] == ["C", "", ""]
    problems = {p.row: p.reason for p in table.problems}
    assert "cells for 3 columns" in problems[3] and "added to “Notes”" in problems[3]
    assert "missing cells were read as empty" in problems[4]


def test_whitespace_and_soft_hyphens_are_cleaned():
    assert clean_cell("  Monday \u00ad Friday,\u00a0 9am  ") == "Monday - Friday, 9am"
    assert clean_cell("line one  \n\n  line   two") == "line one\n\nline two"  # at most one blank line
    assert clean_cell("line one \n \n\n\n line two\n") == "line one\n\nline two"
    assert clean_cell("'=HYPERLINK(x)") == "=HYPERLINK(x)"


def test_mis_decoded_accents_are_repaired():
    assert fix_mojibake("CafÃ© for niÃ±os") == "Café for niños"
    assert fix_mojibake("Île-de-France, ÃŽle mis-decoded") == "Île-de-France, Île mis-decoded"
    assert fix_mojibake("SÃO PAULO à São Paulo") == "SÃO PAULO à São Paulo"


@pytest.mark.parametrize("content,message", [
    (b"", "is empty"), (b"\n\n  \r\n", "is empty"), (b"\x00\x01\x02binary\x00" * 50, "not a text file"),
])
def test_unusable_files_say_why(tmp_path, content, message):
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    with pytest.raises(ImportFileError, match=message) as error:
        open_csv(path)
    assert str(path) in str(error.value)


def test_a_missing_file(tmp_path):
    with pytest.raises(ImportFileError, match="no such file"):
        open_csv(tmp_path / "nope.csv")


def test_xlsx_sheets_are_read(tmp_path):
    from datetime import datetime

    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Resources"
    sheet.append(["Name of Service", "Phone", "Last verified", "Food"])
    sheet.append(["Pantry", 4155550100, datetime(2023, 5, 1), "x"])
    sheet.append([None, None, None, None])
    sheet.append(["Clinic", "(415) 555-0101", "2023-06-01", None])
    workbook.create_sheet("Notes").append(["ignored"])
    path = tmp_path / "list.xlsx"
    workbook.save(path)
    table = open_xlsx(path)
    rows = list(table.rows())
    table.close()
    assert table.headers == ["Name of Service", "Phone", "Last verified", "Food"]
    assert rows == [(2, ["Pantry", "4155550100", "2023-05-01", "x"]), (4, ["Clinic", "(415) 555-0101",
                                                                             "2023-06-01", ""])]
    assert "Notes" in table.info.notes[0]


def test_the_fast_path_of_clean_cell_changes_no_answer():
    import random

    rng = random.Random(3)
    pieces = ["Rainbow", "Drop-In", "a", " ", "  ", "\t", "\n", "\r\n", "\u00ad", "\u00a0", "\u2003", "'", "=",
              "+1", "-", "@", "Ã©", "Â", "â€™", "\\n", "\\", "café", "x", "(415) 555-0100", ",", ";", "\x0b",
              "\x0c", "<", "<p>", "</p", "<br>", "&", "&amp;", "&nbsp;", "AT&T", "a < b", "<a hre"]
    cells = ["", " ", "'", "'=SUM(A1)", "plain text", " lead", "trail ", "two  spaces", "tab\tin", "Caf\u00c3\u00a9"]
    cells += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 6))) for _ in range(5000)]
    for cell in cells:
        assert clean_cell(cell) == clean_cell_fully(cell), repr(cell)
