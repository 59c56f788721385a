"""Disk faults: a read-only catalogue opens for reading and says so; a full disk or a vanished
one is one line (or a dialog) saying what happened and what to do; nothing is half-written."""

import shutil
import sqlite3

import pytest

from resource_desk.cli import main
from resource_desk.core.backups import list_backups
from resource_desk.core.database import Catalogue, upgrade_to
from resource_desk.core.errors import CatalogueReadOnly, DiskFull, StorageGone
from resource_desk.core.faults import user_error_for
from resource_desk.store.sqlite import connection as sqlite_connection

# A sheet is painted in-process: with a widgets application, as the window's would be (a
# QGuiApplication made here would stop later GUI tests from making widgets).
pytestmark = pytest.mark.usefixtures("qapp")


@pytest.fixture
def read_only(monkeypatch):
    """The tests may run as root, whom file modes do not stop: files are taken as ones this user
    cannot write, and SQLite opens them for reading only (mode=ro), as it would then."""
    monkeypatch.setattr("resource_desk.store.sqlite.store.is_writable", lambda path: False)


def _counts(path):
    connection = sqlite3.connect(path)
    try:
        return connection.execute("SELECT count(*) FROM resources").fetchone()[0]
    finally:
        connection.close()


def _csv(tmp_path, rows=3):
    path = tmp_path / "list.csv"
    path.write_text("Name,Phone\n" + "".join(f"Place {n},(415) 555-{n:04d}\n" for n in range(rows)),
                    encoding="utf-8")
    return path


def test_a_read_only_catalogue_reads_and_refuses_writes_in_one_line(demo_catalogue, tmp_path, read_only, capsys):
    path = demo_catalogue.path
    demo_catalogue.close()
    before = path.read_bytes()
    assert main(["--db", str(path), "search", "food"]) == 0
    captured = capsys.readouterr()
    assert "found" in captured.err and "read-only; it is open for reading" in captured.err
    assert main(["--db", str(path), "import", str(_csv(tmp_path))]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "is read-only" in err and "make the file and its folder writable" in err
    assert path.read_bytes() == before


def test_a_sheet_from_a_read_only_catalogue_prints_and_says_it_is_not_kept(demo_catalogue, tmp_path, read_only,
                                                                           capsys):
    path = demo_catalogue.path
    demo_catalogue.close()
    pdf = tmp_path / "sheet.pdf"
    assert main(["--db", str(path), "sheet", "--query", "food", "--pdf", str(pdf)]) == 0
    captured = capsys.readouterr()
    assert pdf.exists() and "sheet.pdf" in captured.out
    assert "not kept in the history: the catalogue is read-only" in captured.err


def test_an_older_read_only_catalogue_is_not_upgraded_and_leaves_no_backup(tmp_path, read_only, capsys):
    path = tmp_path / "old.sqlite3"
    upgrade_to(path, "0004")
    assert main(["--db", str(path), "info"]) == 2
    err = capsys.readouterr().err
    assert "older Resource Desk" in err and "read-only" in err and "nothing was changed" in err
    for _attempt in range(2):
        main(["--db", str(path), "info"])
    assert list_backups(path) == []
    assert not [p.name for p in tmp_path.iterdir() if "backup" in p.name]


def test_an_import_on_a_full_disk_is_one_line_and_writes_nothing(demo_catalogue, tmp_path, capsys, monkeypatch):
    path = demo_catalogue.path
    demo_catalogue.close()
    spreadsheet = _csv(tmp_path, rows=3000)
    assert main(["--db", str(path), "backups", "--now"]) == 0  # today's backup made while there was room
    capsys.readouterr()
    set_up = sqlite_connection.set_up

    def cramped(connection, writable=True):
        set_up(connection, writable)
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
        connection.execute(f"PRAGMA max_page_count = {pages + 2}")

    monkeypatch.setattr(sqlite_connection, "set_up", cramped)
    assert main(["--db", str(path), "import", str(spreadsheet)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "is full: nothing was changed or half-written" in err
    assert "Free some space" in err
    monkeypatch.setattr(sqlite_connection, "set_up", set_up)
    assert _counts(path) == 60
    assert Catalogue.open(path).store.quick_check() == []


def test_a_new_catalogue_that_cannot_be_made_leaves_no_empty_file(tmp_path, monkeypatch, capsys):
    from resource_desk.core import database

    def no_room(*_args, **_kwargs):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(database, "_upgrade", no_room)
    listing = tmp_path / "list.csv"
    listing.write_text("name,phone\nNight Line,555-0100\n", encoding="utf-8")
    folder = tmp_path / "catalogues"
    folder.mkdir()
    assert main(["--db", str(folder / "new.sqlite3"), "import", str(listing)]) == 2  # import makes a new one
    assert "is full" in capsys.readouterr().err
    assert list(folder.iterdir()) == []


@pytest.mark.parametrize(("error", "kind", "words"), [
    (sqlite3.OperationalError("database or disk is full"), DiskFull, "is full"),
    (sqlite3.OperationalError("attempt to write a readonly database"), CatalogueReadOnly, "read-only"),
    (sqlite3.OperationalError("disk I/O error"), StorageGone, "can no longer be reached"),
    (OSError(28, "No space left on device", "/media/stick/out.csv"), DiskFull, "/media/stick/out.csv"),
    (OSError(5, "Input/output error", "/media/stick/out.csv"), StorageGone, "Put the disk back"),
])
def test_disk_faults_are_named_in_words(error, kind, words, tmp_path):
    fault = user_error_for(error, tmp_path / "catalogue.sqlite3")
    assert isinstance(fault, kind) and words in str(fault)


def test_a_catalogue_whose_disk_went_away_is_one_line(demo_catalogue, tmp_path, capsys):
    """The folder holding the catalogue is gone (a stick pulled out) between two commands."""
    folder = tmp_path / "stick"
    folder.mkdir()
    path = folder / "catalogue.sqlite3"
    demo_catalogue.close()
    shutil.copy(demo_catalogue.path, path)
    catalogue = Catalogue.open(path)
    shutil.rmtree(folder)
    with pytest.raises(Exception) as raised:
        with catalogue.write() as session:
            from resource_desk.core.models import Tag

            session.add(Tag(facet="need", name="Something new"))
    fault = user_error_for(raised.value, path)
    catalogue.close()
    assert isinstance(fault, StorageGone), f"not named: {raised.value!r}"
    assert "can no longer be reached" in str(fault) or "was removed or moved" in str(fault)
