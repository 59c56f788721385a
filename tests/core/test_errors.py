"""One kind of user error (exit 2, one line); anything else is a bug (exit 70, a 0600 log)."""

import stat

import pytest

from resource_desk.cli import main
from resource_desk.core import crash_log
from resource_desk.core.errors import UserError


def test_every_error_meant_for_the_user_has_the_one_base():
    from resource_desk.core.database import CatalogueError
    from resource_desk.core.duplicates import DuplicateError
    from resource_desk.core.errors import NotFound
    from resource_desk.core.lists import ListError
    from resource_desk.core.referrals import ReferralError
    from resource_desk.core.resources import ValidationError
    from resource_desk.core.settings import SettingsError
    from resource_desk.core.tags import TagError
    from resource_desk.importing.history import ImportNotFound
    from resource_desk.importing.mapping import MappingError
    from resource_desk.importing.problems import ImportFileError
    from resource_desk.importing.undo import UndoError
    from resource_desk.sheets.content import SheetError, UnreferableError
    from resource_desk.sheets.translations import TranslationError

    for cls in (CatalogueError, DuplicateError, NotFound, ListError, ReferralError, ValidationError, SettingsError,
                TagError, ImportNotFound, MappingError, ImportFileError, UndoError, SheetError, UnreferableError,
                TranslationError):
        assert issubclass(cls, UserError), cls
    # their other bases stay, so code that catches ValueError or LookupError still does
    assert issubclass(TagError, ValueError) and issubclass(NotFound, LookupError)
    assert issubclass(ImportNotFound, LookupError) and issubclass(MappingError, ValueError)


def test_a_user_error_from_a_command_exits_2_with_one_line(capsys, demo_catalogue):
    code = main(["--db", str(demo_catalogue.path), "undo-import", "nope"])
    err = capsys.readouterr().err
    assert code == 2
    assert len(err.strip().splitlines()) == 1 and err.startswith("resource-desk: ") and "Traceback" not in err


def test_a_bug_exits_70_with_one_line_naming_a_private_log(capsys, demo_catalogue, monkeypatch):
    from resource_desk.cli import cmd_info

    def broken(args):
        raise RuntimeError("the counter fell over")

    monkeypatch.setattr(cmd_info, "run", broken)
    code = main(["--db", str(demo_catalogue.path), "info"])
    out, err = capsys.readouterr()
    log = crash_log.log_path()
    assert code == 70
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert "bug" in err and str(log) in err and "RuntimeError: the counter fell over" in err
    assert log.is_file() and stat.S_IMODE(log.stat().st_mode) == 0o600
    assert stat.S_IMODE(log.parent.stat().st_mode) == 0o700
    text = log.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in text and "in broken" in text
    assert "RuntimeError: the counter fell over" in text and "resource-desk info" in text


def test_the_log_rotates_keeping_a_few_files_all_private(monkeypatch):
    monkeypatch.setattr(crash_log, "MAX_BYTES", 2000)
    for n in range(30):
        try:
            raise ValueError(f"bug number {n} " + "x" * 300)
        except ValueError as exc:
            path = crash_log.log_bug(exc)
    files = sorted(path.parent.iterdir())
    assert [f.name for f in files] == ["resource-desk.log"] + [f"resource-desk.log.{i}" for i in
                                                               range(1, crash_log.BACKUP_COUNT + 1)]
    assert all(stat.S_IMODE(f.stat().st_mode) == 0o600 for f in files)
    assert "bug number 29" in path.read_text(encoding="utf-8")


def test_a_log_that_cannot_be_written_is_said_in_the_one_line(capsys, monkeypatch, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    monkeypatch.setattr(crash_log, "log_path", lambda: blocker / "logs" / "resource-desk.log")
    with pytest.raises(OSError):
        crash_log.log_bug(RuntimeError("x"))
    assert crash_log.report_bug(RuntimeError("boom")) is None
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "could not be written" in err and "boom" in err
