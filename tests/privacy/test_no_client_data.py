"""No client data: the referral log keeps the title only when asked, client codes cannot be
names, the PDF's metadata is neutral, the import history keeps file names, not folders."""

from __future__ import annotations

import os
import sqlite3
import stat

import pytest
from pypdf import PdfReader

from resource_desk.cli import main
from resource_desk.core.referrals import (
    TITLE_NOT_KEPT_LABEL,
    ReferralError,
    check_client_code,
    client_code_problem,
    list_sheets,
    log_sheet,
    title_label,
)
from resource_desk.importing.history import list_imports
from resource_desk.importing.service import run_import
from resource_desk.importing.undo import undo_import
from resource_desk.sheets.content import SheetItem, SheetOptions, build_sheet
from resource_desk.sheets.render import render_sheet
from tests.importing.helpers import write_rows
from tests.sheets.helpers import make_resource

# A widgets application first, as the window makes one (the CLI's PDFs then reuse it).
pytestmark = pytest.mark.usefixtures("qapp")

# -- the referral log ---------------------------------------------------------------------------


def test_the_title_is_not_kept_unless_asked(catalogue):
    a = make_resource(catalogue, "A")
    plain = log_sheet(catalogue, "Resources for Jane Doe", "en", [a.id], client_code="C-0423")
    assert plain.title == "" and title_label(plain) == TITLE_NOT_KEPT_LABEL == "(title not kept)"
    assert (plain.language, plain.resource_ids, plain.client_code) == ("en", (a.id,), "C-0423")
    kept = log_sheet(catalogue, "For Thursday", "es", [a.id], keep_title=True)
    assert kept.title == "For Thursday" and title_label(kept) == "For Thursday"
    with sqlite3.connect(catalogue.path) as conn:
        titles = [row[0] for row in conn.execute("SELECT title FROM referral_sheets")]
    assert sorted(titles) == ["", "For Thursday"]
    assert not any("Jane" in t for t in titles)


# -- client codes ---------------------------------------------------------------------------------


@pytest.mark.parametrize("code", ["C-0423", "A12", "K7-22", "JD-0423", "2026.11_3", "1234567890123456", "ABCD-1"])
def test_codes_of_ones_own_pass(code):
    assert check_client_code(f" {code} ") == code and client_code_problem(code) is None


@pytest.mark.parametrize("code, reason", [
    ("JaneDoe", "no digit"),
    ("Jane.Doe-1985", "7 letters"),
    ("Maria Lopez", "space"),
    ("Jane\tDoe1", "space"),
    ("12345678901234567", "17 characters"),
    ("ü-1", "character other than"),
    ("a/b1", "character other than"),
    ("ABCDE1", "5 letters"),
    ("1985", None),
])
def test_codes_that_could_be_names_are_refused_saying_why(code, reason):
    if reason is None:
        assert check_client_code(code) == code
        return
    with pytest.raises(ReferralError) as refused:
        check_client_code(code)
    assert reason in str(refused.value) and "never a client's name" in str(refused.value)
    assert client_code_problem(code) == str(refused.value)


def test_the_cli_refuses_a_name_as_client_code_with_exit_2(catalogue, tmp_path, capsys):
    a = make_resource(catalogue, "Food Share")
    out = tmp_path / "s.pdf"
    assert main(["--db", str(catalogue.path), "sheet", "--id", a.id, "--client-code", "Jane.Doe-1985",
                 "--pdf", str(out)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "7 letters" in err[0] and "Traceback" not in err[0]
    assert not out.exists() and list_sheets(catalogue) == []


def test_the_cli_keeps_the_title_only_with_keep_title(catalogue, tmp_path):
    a = make_resource(catalogue, "Food Share")
    db = ["--db", str(catalogue.path), "sheet", "--id", a.id, "--title", "Resources for Jane Doe"]
    assert main([*db, "--pdf", str(tmp_path / "one.pdf")]) == 0
    assert main([*db, "--keep-title", "--pdf", str(tmp_path / "two.pdf")]) == 0
    assert sorted(s.title for s in list_sheets(catalogue)) == ["", "Resources for Jane Doe"]


# -- the PDF ------------------------------------------------------------------------------------


@pytest.fixture
def pdf(qapp):
    from resource_desk.printing import pdf

    return pdf


def test_the_pdf_metadata_is_neutral_and_names_no_one(catalogue, tmp_path, pdf):
    a = make_resource(catalogue, "Food Share")
    rendered = render_sheet(build_sheet(catalogue, [SheetItem(a.id)], SheetOptions(title="Resources for Jane Doe")))
    result = pdf.write_pdf(rendered, tmp_path / "sheet.pdf")
    reader = PdfReader(str(result.path), strict=True)  # the blanked author leaves every offset true
    assert len(reader.pages) == 1
    metadata = reader.metadata
    assert metadata.title == "Resources"
    assert "/Author" not in metadata
    assert not any("Jane" in str(value) or "Doe" in str(value) for value in metadata.values())
    raw = result.path.read_bytes()
    assert b"Jane" not in raw.split(b"stream")[0]  # nor in the document's header objects


def test_the_pdf_is_0600_under_umask_000_and_a_failed_one_leaves_nothing(catalogue, tmp_path, pdf, monkeypatch):
    a = make_resource(catalogue, "Food Share")
    rendered = render_sheet(build_sheet(catalogue, [SheetItem(a.id)], SheetOptions()))
    out = tmp_path / "out"
    out.mkdir()
    old = os.umask(0)
    try:
        result = pdf.write_pdf(rendered, out / "sheet.pdf")
    finally:
        os.umask(old)
    assert stat.S_IMODE(result.path.stat().st_mode) == 0o600
    assert [p.name for p in out.iterdir()] == ["sheet.pdf"]

    def killed(*_args, **_kwargs):
        raise KeyboardInterrupt()

    monkeypatch.setattr(pdf, "paint_pages", killed)
    with pytest.raises(KeyboardInterrupt):
        pdf.write_pdf(rendered, out / "other.pdf")
    assert [p.name for p in out.iterdir()] == ["sheet.pdf"]


# -- the import history ----------------------------------------------------------------------------


def test_the_import_history_keeps_the_files_name_not_its_folder(catalogue, tmp_path):
    folder = tmp_path / "Jane Doe intake"
    folder.mkdir()
    path = write_rows(folder / "referrals.csv", [["name", "phone"], ["Food Share", "510-555-0100"]])
    result = run_import(catalogue, path)
    (summary,) = list_imports(catalogue)
    assert summary.file == "referrals.csv"
    undone = undo_import(catalogue, result.batch_id)
    assert undone.deleted == 1 and undone.file == "referrals.csv"
    (summary,) = list_imports(catalogue)
    assert summary.file == "referrals.csv" and summary.undone_at is not None
    with sqlite3.connect(catalogue.path) as conn:
        stored = " ".join(str(v) for row in conn.execute("SELECT * FROM import_batches") for v in row)
    assert "Jane" not in stored and str(tmp_path) not in stored
