"""A catalogue damaged on purpose: the check finds it, every command and the window say so
plainly, with the way out, and nothing more is written to it."""

import pytest

from resource_desk.cli import main
from resource_desk.core.backups import list_backups
from resource_desk.core.database import Catalogue
from resource_desk.core.errors import CatalogueDamaged

from .damage import damaged_copy

# A sheet is painted in-process: with a widgets application, as the window's would be (a
# QGuiApplication made here would stop later GUI tests from making widgets).
pytestmark = pytest.mark.usefixtures("qapp")

# Every command, with arguments that would work on a sound catalogue.
READING = [["info"], ["search", "food"], ["duplicates"], ["imports"], ["backups"],
           ["export", "--format", "csv", "{tmp}/out.csv"], ["sheet", "--query", "food", "--pdf", "{tmp}/s.pdf"],
           ["suggest-tags"]]
WRITING = [["import", "{tmp}/one.csv"], ["undo-import", "0000"], ["suggest-tags", "--apply"]]


@pytest.fixture
def damaged(demo_catalogue, tmp_path):
    """A copy of the demo with a backup made yesterday, then damaged; a list to import."""
    path = damaged_copy(demo_catalogue, tmp_path)
    (tmp_path / "one.csv").write_text("Name,Phone\nPantry,(415) 555-0100\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("command", READING + WRITING, ids=lambda c: " ".join(c))
def test_every_command_says_the_catalogue_is_damaged(damaged, tmp_path, capsys, command):
    before = damaged.read_bytes()
    args = [part.format(tmp=tmp_path) for part in command]
    code = main(["--db", str(damaged), *args])
    err = capsys.readouterr().err
    assert "is damaged" in err and "restore" in err  # what happened, and the way out
    assert "Traceback" not in err
    if command in WRITING:
        assert code == 2
    else:
        assert code in (0, 2)  # it says so, and reads what can still be read
    assert damaged.read_bytes() == before  # nothing written to it


def test_writes_are_refused_once_damage_is_found(damaged):
    catalogue = Catalogue.open(damaged)
    try:
        assert catalogue.store.quick_check()
        assert catalogue.damage
        with pytest.raises(CatalogueDamaged, match="will not write"):
            with catalogue.write():
                pass
    finally:
        catalogue.close()


def test_damage_found_by_a_read_marks_the_catalogue(damaged):
    """SQLITE_CORRUPT from any read (not only the check) is noticed: reading every table
    runs into the damaged pages."""
    import sqlite3

    catalogue = Catalogue.open(damaged)
    try:
        with catalogue.connect() as connection:
            tables = [name for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'")]
        failures = 0
        for table in tables:
            try:
                with catalogue.connect() as connection:
                    connection.execute(f'SELECT * FROM "{table}"').fetchall()
            except sqlite3.DatabaseError:
                failures += 1
        assert failures >= 1
        assert catalogue.damage
    finally:
        catalogue.close()


def test_restore_gets_out_of_it(damaged, capsys):
    backup = next(b for b in list_backups(damaged) if b.kind == "daily")
    assert main(["--db", str(damaged), "restore", backup.path.name]) == 0
    capsys.readouterr()
    assert main(["--db", str(damaged), "info"]) == 0
    captured = capsys.readouterr()
    assert "damaged" not in captured.err
    assert "Resources:       60" in captured.out
