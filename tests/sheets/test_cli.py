"""resource-desk sheet: PDFs from the command line, without a display."""

import pytest

from resource_desk.cli import main
from resource_desk.core.lists import ListItem, save_list
from resource_desk.core.referrals import list_sheets
from resource_desk.core.settings import SheetPreferences, save_sheet_preferences

from .helpers import flat, make_resource, pdf_pages_text

pytestmark = pytest.mark.usefixtures("qapp")  # a widgets application, as in test_pdf


@pytest.fixture
def places(catalogue):
    return {
        "open": make_resource(catalogue, "Queer Food Share", tags=("need:Food",)),
        "other": make_resource(catalogue, "Queer Legal Clinic", tags=("need:Legal aid",)),
        "inactive": make_resource(catalogue, "Queer Old Drop-in", status="inactive", tags=("need:Food",)),
        "dnr": make_resource(catalogue, "Queer Bad Place", status="do_not_refer", tags=("need:Food",)),
    }


def _run(catalogue, *args):
    return main(["--db", str(catalogue.path), "sheet", *args])


def test_query_leaves_out_inactive_and_do_not_refer(catalogue, places, tmp_path, capsys):
    out = tmp_path / "s.pdf"
    assert _run(catalogue, "--query", "queer", "--pdf", str(out)) == 0
    text = flat(" ".join(pdf_pages_text(out)))
    assert "Queer Food Share" in text and "Queer Legal Clinic" in text
    assert "Old Drop-in" not in text and "Bad Place" not in text
    assert "2 resources, 1 page" in capsys.readouterr().out
    logged = list_sheets(catalogue)
    assert len(logged) == 1 and set(logged[0].resource_ids) == {places["open"].id, places["other"].id}


def test_tag_selection(catalogue, places, tmp_path):
    out = tmp_path / "s.pdf"
    assert _run(catalogue, "--tag", "need:Food", "--pdf", str(out)) == 0
    text = flat(" ".join(pdf_pages_text(out)))
    assert "Queer Food Share" in text and "Legal Clinic" not in text and "Old Drop-in" not in text


@pytest.mark.parametrize("which, words", [("inactive", "is inactive"), ("dnr", "is marked do not refer")])
def test_id_of_unreferable_resource_is_refused_with_exit_2(catalogue, places, tmp_path, capsys, which, words):
    out = tmp_path / "s.pdf"
    code = _run(catalogue, "--id", places["open"].id, "--id", places[which].id, "--pdf", str(out))
    assert code == 2
    err = capsys.readouterr().err
    assert words in err and "cannot go on a referral sheet" in err
    assert not out.exists() and list_sheets(catalogue) == []


def test_ids_keep_their_order_with_options(catalogue, places, tmp_path):
    out = tmp_path / "s.pdf"
    assert _run(catalogue, "--id", places["other"].id, "--id", places["open"].id, "--language", "es",
                "--large-print", "--paper", "a4", "--title", "Para ti", "--keep-title", "--client-code", "C-7",
                "--pdf", str(out)) == 0
    text = flat(" ".join(pdf_pages_text(out)))
    assert text.index("Queer Legal Clinic") < text.index("Queer Food Share")
    assert "Para ti" in text and "Qué ofrece" in text
    logged = list_sheets(catalogue)[0]
    assert (logged.language, logged.client_code, logged.title) == ("es", "C-7", "Para ti")


def test_saved_list_with_notes_skips_resources_since_made_unreferable(catalogue, places, tmp_path, capsys):
    save_list(catalogue, "Food", [ListItem(places["open"].id, "Tuesdays are quiet"), ListItem(places["dnr"].id)])
    out = tmp_path / "s.pdf"
    assert _run(catalogue, "--list", "food", "--pdf", str(out)) == 0
    text = flat(" ".join(pdf_pages_text(out)))
    assert "Tuesdays are quiet" in text and "Bad Place" not in text
    assert "left out “Queer Bad Place”" in capsys.readouterr().err


def test_discreet_title(catalogue, places, tmp_path):
    out = tmp_path / "s.pdf"
    assert _run(catalogue, "--query", "queer", "--title", "Queer food and legal help", "--discreet",
                "--keep-title", "--pdf", str(out)) == 0
    assert list_sheets(catalogue)[0].title == "Food and legal help"


def test_preferences_apply_and_logging_off_logs_nothing(catalogue, places, tmp_path):
    save_sheet_preferences(catalogue, SheetPreferences(practice_name="Riverbend Counseling", language="es",
                                                       log_sheets=False))
    out = tmp_path / "s.pdf"
    assert _run(catalogue, "--id", places["open"].id, "--pdf", str(out)) == 0
    text = flat(" ".join(pdf_pages_text(out)))
    assert "Riverbend Counseling" in text and "Recursos para usted" in text
    assert list_sheets(catalogue) == []


@pytest.mark.parametrize("args, message", [
    ([], "choose the resources"),
    (["--id", "nope"], "no resource with id nope"),
    (["--list", "nope"], "no saved list “nope”"),
    (["--query", "zzzzqqq"], "no resources matched"),
    (["--tag", "need:Nope"], "no tag “need:Nope”"),
    (["--query", "queer", "--client-code", "Jane Doe"], "never a client's name"),
    (["--query", "queer", "--language", "xx"], "invalid choice"),
])
def test_usage_errors_exit_2(catalogue, places, tmp_path, capsys, args, message):
    assert _run(catalogue, *args, "--pdf", str(tmp_path / "s.pdf")) == 2
    assert message in capsys.readouterr().err


def test_pdf_is_required(catalogue, places, capsys):
    assert _run(catalogue, "--query", "queer") == 2
    assert "--pdf" in capsys.readouterr().err


def test_unwritable_target(catalogue, places, tmp_path, capsys):
    assert _run(catalogue, "--query", "queer", "--pdf", str(tmp_path / "no" / "s.pdf")) == 2
    assert "does not exist" in capsys.readouterr().err
