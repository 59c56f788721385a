"""Rolling backups: on the first open of each day, 0600, the last 7 days and the last 4
weeks kept; `backups` lists them and `restore` puts one back, keeping the file as it was."""

import os
import stat
from datetime import date, timedelta

from resource_desk.cli import main
from resource_desk.core import backups
from resource_desk.core.backups import Backup, backups_folder, daily_care, list_backups, restore
from resource_desk.core.database import Catalogue
from resource_desk.core.resources import delete_resources


def _names(path):
    return sorted(b.path.name for b in list_backups(path) if b.kind == "daily")


def test_the_first_open_of_a_day_backs_up_once(demo_catalogue):
    first = daily_care(demo_catalogue)
    assert first.checked and first.findings == () and first.backup is not None
    assert stat.S_IMODE(first.backup.stat().st_mode) == 0o600
    assert stat.S_IMODE(backups_folder(demo_catalogue.path).stat().st_mode) == 0o700
    again = daily_care(demo_catalogue)
    assert not again.checked and again.backup is None  # once a day
    copy = Catalogue.open_for_reading(first.backup)
    try:
        assert copy.store.resource_total() == demo_catalogue.store.resource_total() == 60
    finally:
        copy.close()


def test_the_last_seven_days_and_four_weeks_are_kept(catalogue):
    start = date(2026, 9, 1)  # a Tuesday; 60 days of daily opens
    for offset in range(60):
        daily_care(catalogue, today=start + timedelta(days=offset))
    kept = _names(catalogue.path)
    last = start + timedelta(days=59)
    days = [last - timedelta(days=n) for n in range(7)]
    expected = {f"catalogue-{d.isoformat()}.sqlite3" for d in days}
    # The newest copy of each of the 4 latest weeks: 3 of them are among the 7 days already.
    weeks = {}
    for offset in range(60):
        day = start + timedelta(days=offset)
        weeks[day.isocalendar()[:2]] = day
    latest_weeks = sorted(weeks)[-4:]
    expected |= {f"catalogue-{weeks[w].isoformat()}.sqlite3" for w in latest_weeks}
    assert kept == sorted(expected)
    assert 7 <= len(kept) <= 11


def test_restore_puts_a_backup_back_and_keeps_the_file_as_it_was(demo_catalogue, capsys):
    made = daily_care(demo_catalogue).backup
    with demo_catalogue.connect() as connection:
        (victim,) = connection.execute("SELECT id FROM resources LIMIT 1").fetchone()
    delete_resources(demo_catalogue, [victim])
    assert demo_catalogue.store.resource_total() == 59
    path = demo_catalogue.path
    assert main(["--db", str(path), "backups"]) == 0
    listed = capsys.readouterr().out
    assert made.name in listed and "daily" in listed
    assert main(["--db", str(path), "restore", made.name]) == 0
    out = capsys.readouterr().out
    assert "60 resources" in out and "before-restore-" in out
    # The open catalogue sees the restored content at its next read.
    assert demo_catalogue.store.resource_total() == 60
    kept = [b for b in list_backups(path) if b.kind == "before restore"]
    assert len(kept) == 1 and stat.S_IMODE(kept[0].path.stat().st_mode) == 0o600
    before = Catalogue.open_for_reading(kept[0].path)
    try:
        assert before.store.resource_total() == 59  # the deletion is not lost either
    finally:
        before.close()


def test_a_damaged_backup_is_refused(demo_catalogue, tmp_path, capsys):
    from tests.store.damage import corrupt

    made = daily_care(demo_catalogue).backup
    corrupt(made)
    assert main(["--db", str(demo_catalogue.path), "restore", str(made)]) == 2
    err = capsys.readouterr().err
    assert "damaged too" in err and "choose another backup" in err
    assert demo_catalogue.store.resource_total() == 60


def test_an_unknown_backup_is_named(catalogue, capsys):
    assert main(["--db", str(catalogue.path), "restore", "2001-01-01"]) == 2
    assert "no backup '2001-01-01'" in capsys.readouterr().err


def test_a_killed_backup_leaves_nothing_under_a_real_name(catalogue):
    """The copy is written under a temporary name and renamed when complete; the leftover of
    a run killed mid-copy is cleaned up at the next backup."""
    folder = backups_folder(catalogue.path)
    folder.mkdir(mode=0o700)
    leftover = folder / f".catalogue-{date.today().isoformat()}.sqlite3.rd-tmp-999999-0123abcd"
    leftover.write_bytes(b"half a copy")
    os.utime(leftover, (0, 0))
    made = daily_care(catalogue).backup
    assert not leftover.exists()
    assert [p.name for p in folder.iterdir()] == [made.name]


def test_describe_names_the_kind_and_size(tmp_path):
    from datetime import datetime

    line = Backup(tmp_path / "x.sqlite3", datetime(2026, 12, 1, 9, 30), "daily", 2_097_152).describe()
    assert line.startswith("2026-12-01 09:30") and "daily" in line and "2.0 MB" in line
