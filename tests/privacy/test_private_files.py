"""Private by default on disk: every file that may hold private data is 0600 from its first
byte (even under umask 000), written whole or not at all, and a killed run's leftovers are
cleaned up at the next start. The data folder is 0700; secure_delete is on."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
import zipfile
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import text

from resource_desk.core import paths
from resource_desk.core.database import Catalogue, upgrade_to
from resource_desk.core.private_files import (
    atomic_private_write,
    clean_leftovers,
    is_leftover_name,
    private_dir,
    private_temp_path,
    temporary_name,
)
from resource_desk.importing import export_rows as export_rows_module
from resource_desk.importing.export import export_resources
from resource_desk.importing.mapping import ColumnRule, Mapping
from resource_desk.store.sqlite import connection as sqlite_connection
from tests.sheets.helpers import make_resource


@pytest.fixture
def open_umask():
    """umask 000 for the test: whatever is private must be created so, not left to the umask."""
    old = os.umask(0)
    try:
        yield
    finally:
        os.umask(old)


def mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def dead_pid() -> int:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def leftover(folder: Path, name: str, content: bytes = b"half a file: PRIVATE notes") -> Path:
    path = folder / f".{name}.rd-tmp-{dead_pid()}-0123abcd"
    path.write_bytes(content)
    return path


def temporaries(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if ".rd-tmp-" in p.name or p.name.endswith((".part", ".partial")))


class Killed(KeyboardInterrupt):
    """Stands in for a kill in the middle of a write."""


# -- the helper ------------------------------------------------------------------------------


def test_text_and_binary_writes_are_0600_under_umask_000(tmp_path, open_umask):
    with atomic_private_write(tmp_path / "a.txt", "w", encoding="utf-8") as handle:
        handle.write("Ñandú")
        (temporary,) = [p for p in tmp_path.iterdir()]
        assert is_leftover_name(temporary.name) and temporary.name.startswith(".a.txt.rd-tmp-")
        assert mode(temporary) == 0o600  # from its first byte
        assert not (tmp_path / "a.txt").exists()  # nothing under the real name until complete
    with atomic_private_write(tmp_path / "b.bin") as handle:
        handle.write(b"\x00\x01")
    assert (tmp_path / "a.txt").read_text(encoding="utf-8") == "Ñandú"
    assert (tmp_path / "b.bin").read_bytes() == b"\x00\x01"
    assert mode(tmp_path / "a.txt") == mode(tmp_path / "b.bin") == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "b.bin"]


@pytest.mark.parametrize("failure", [OSError, Killed])
def test_a_failed_write_leaves_the_target_as_it_was_and_no_temporary_file(tmp_path, failure):
    target = tmp_path / "notes.csv"
    target.write_text("the old one")
    with pytest.raises(failure):
        with atomic_private_write(target, "w") as handle:
            handle.write("half of the new one")
            raise failure("disk gone")
    assert target.read_text() == "the old one"
    assert [p.name for p in tmp_path.iterdir()] == ["notes.csv"]
    with pytest.raises(Killed):
        with atomic_private_write(tmp_path / "new.csv", "w") as handle:
            raise Killed()
    assert [p.name for p in tmp_path.iterdir()] == ["notes.csv"]


def test_private_temp_path_renames_when_complete_and_removes_on_failure(tmp_path, open_umask):
    with private_temp_path(tmp_path / "x.pdf") as temporary:
        assert mode(temporary) == 0o600 and temporary.stat().st_size == 0
        temporary.write_bytes(b"%PDF")
    assert (tmp_path / "x.pdf").read_bytes() == b"%PDF" and mode(tmp_path / "x.pdf") == 0o600
    with pytest.raises(Killed):
        with private_temp_path(tmp_path / "y.pdf") as temporary:
            temporary.write_bytes(b"%PD")
            raise Killed()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.pdf"]


def test_clean_leftovers_removes_a_killed_runs_files_only(tmp_path):
    killed = leftover(tmp_path, "export.csv")
    journal = leftover(tmp_path, "catalogue.backup-20261201-120000.sqlite3")
    journal = journal.rename(journal.with_name(journal.name + "-journal"))
    running = temporary_name(tmp_path / "mine.csv")  # this process: still writing it
    running.write_text("in progress")
    keep = [tmp_path / "export.csv.part", tmp_path / "notes.txt", tmp_path / ".hidden"]
    for path in keep:
        path.write_text("not ours to remove")
    removed = clean_leftovers(tmp_path)
    assert sorted(removed) == sorted([killed, journal])
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([running.name, *(p.name for p in keep)])
    assert clean_leftovers(tmp_path / "missing") == []


def test_private_dir_is_0700_under_umask_000_and_tightens_only_when_asked(tmp_path, open_umask):
    made = private_dir(tmp_path / "a" / "b")
    assert mode(made) == 0o700
    chosen = tmp_path / "Documents"
    chosen.mkdir(mode=0o755)
    os.chmod(chosen, 0o755)
    private_dir(chosen)
    assert mode(chosen) == 0o755  # a folder the person chose is left as it is
    private_dir(chosen, tighten=True)
    assert mode(chosen) == 0o700


# -- the catalogue -----------------------------------------------------------------------------


def test_a_new_catalogue_and_its_wal_and_shm_are_0600_in_a_0700_data_folder(open_umask):
    path = paths.default_db_path()
    assert not path.parent.exists()
    catalogue = Catalogue.open(path)
    try:
        with catalogue.write() as session:
            session.execute(text("CREATE TABLE scratch (x)"))
            session.execute(text("INSERT INTO scratch VALUES (1)"))
        wal, shm = Path(f"{path}-wal"), Path(f"{path}-shm")
        assert wal.exists() and shm.exists()
        assert mode(path) == mode(wal) == mode(shm) == 0o600
        assert mode(paths.data_dir()) == 0o700
    finally:
        catalogue.close()


def test_an_old_open_data_folder_is_closed_at_the_next_open(catalogue, open_umask):
    folder = paths.data_dir()
    folder.mkdir(parents=True, mode=0o755)
    os.chmod(folder, 0o755)
    Catalogue.open(paths.default_db_path()).close()
    assert mode(folder) == 0o700


def test_a_catalogue_in_a_chosen_folder_leaves_the_folder_alone(tmp_path, open_umask):
    folder = tmp_path / "Documents"
    folder.mkdir(mode=0o755)
    os.chmod(folder, 0o755)
    Catalogue.open(folder / "practice.sqlite3").close()
    assert mode(folder) == 0o755 and mode(folder / "practice.sqlite3") == 0o600


def test_secure_delete_is_on_for_every_connection(catalogue):
    with catalogue.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA secure_delete").scalar() == 1
    with catalogue.connect() as connection:
        assert connection.execute("PRAGMA secure_delete").fetchone()[0] == 1


def _old_catalogue(path: Path) -> None:
    upgrade_to(path, "0001")


def test_the_backup_before_an_upgrade_is_0600_while_written_and_after(tmp_path, open_umask, monkeypatch):
    path = tmp_path / "catalogue.sqlite3"
    _old_catalogue(path)
    seen = []
    real = sqlite_connection.private_temp_path

    @contextmanager
    def spy(target):
        with real(target) as temporary:
            seen.append((target.name, temporary.name, mode(temporary)))
            yield temporary
            seen.append(("written", temporary.name, mode(temporary)))

    monkeypatch.setattr(sqlite_connection, "private_temp_path", spy)
    catalogue = Catalogue.open(path)
    backup = catalogue.opened.backup
    catalogue.close()
    assert backup is not None and seen[0][0] == backup.name
    assert seen[0][1].startswith(f".{backup.name}.rd-tmp-")
    assert seen[0][2] == seen[1][2] == 0o600
    assert mode(backup) == 0o600
    with sqlite3.connect(backup) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert temporaries(tmp_path) == []


def test_a_killed_upgrade_leaves_no_backup_under_a_real_name_and_the_next_open_cleans_up(tmp_path, monkeypatch):
    path = tmp_path / "catalogue.sqlite3"
    _old_catalogue(path)
    real = sqlite_connection.private_temp_path

    @contextmanager
    def killed_before_the_rename(target):
        with real(target) as temporary:
            yield temporary
            raise Killed()

    monkeypatch.setattr(sqlite_connection, "private_temp_path", killed_before_the_rename)
    with pytest.raises(Killed):
        Catalogue.open(path)
    assert not list(tmp_path.glob("catalogue.backup-*"))
    assert temporaries(tmp_path) == []
    # What a kill -9 leaves (no cleanup ran): a half-written backup under its temporary name.
    half = leftover(tmp_path, "catalogue.backup-20261201-120000.sqlite3", b"SQLite format 3\x00half")
    monkeypatch.setattr(sqlite_connection, "private_temp_path", real)
    catalogue = Catalogue.open(path)
    catalogue.close()
    assert not half.exists()
    assert temporaries(tmp_path) == []
    assert len(list(tmp_path.glob("catalogue.backup-*"))) == 1


def test_leftovers_beside_a_catalogue_are_cleaned_when_it_opens(tmp_path, catalogue):
    catalogue.close()
    stale = leftover(catalogue.path.parent, "export.csv")
    Catalogue.open(catalogue.path).close()
    assert not stale.exists()


# -- exports and mappings -----------------------------------------------------------------------


@pytest.mark.parametrize("format, name", [("csv", "all.csv"), ("hsds", "all.zip")])
def test_exports_are_0600_under_umask_000(catalogue, tmp_path, open_umask, format, name):
    make_resource(catalogue, "Harbor Light Shelter", private_notes="ask for Rosa")
    out = tmp_path / "out"
    out.mkdir()
    result = export_resources(catalogue, out / name, format=format, include_private=True)
    assert result.resources == 1
    assert mode(out / name) == 0o600
    assert temporaries(out) == []
    if format == "hsds":
        assert zipfile.ZipFile(out / name).testzip() is None
    else:
        assert "ask for Rosa" in (out / name).read_text(encoding="utf-8-sig")


@pytest.mark.parametrize("format, name", [("csv", "all.csv"), ("hsds", "all.zip")])
def test_a_killed_export_leaves_no_file_under_its_name_and_no_temporary_file(catalogue, tmp_path, monkeypatch,
                                                                             format, name):
    for n in range(3):
        make_resource(catalogue, f"Place {n}", private_notes="PRIVATE notes")
    real_rows = export_rows_module.export_rows

    def killed_after_the_first_chunk(connection, ids):
        rows = real_rows(connection, ids)
        if format == "csv":
            return iter(_then_killed(rows))
        raise Killed()

    def _then_killed(rows):
        yield from rows
        raise Killed()

    monkeypatch.setattr(export_rows_module, "export_rows", killed_after_the_first_chunk)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(Killed):
        export_resources(catalogue, out / name, format=format, include_private=True)
    assert list(out.iterdir()) == []
    # An earlier export under that name is left whole.
    (out / name).write_bytes(b"the earlier export")
    with pytest.raises(Killed):
        export_resources(catalogue, out / name, format=format, include_private=True)
    assert (out / name).read_bytes() == b"the earlier export"
    assert [p.name for p in out.iterdir()] == [name]


def test_an_export_cleans_a_killed_exports_leftover_in_its_folder(catalogue, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    stale = leftover(out, "all.csv")
    export_resources(catalogue, out / "all.csv")
    assert not stale.exists()
    assert sorted(p.name for p in out.iterdir()) == ["all.csv"]


def test_a_saved_mapping_is_0600_and_written_whole(tmp_path, open_umask, monkeypatch):
    mapping = Mapping(rules=(ColumnRule("Best Contact", "phones"),))
    mapping.save_file(tmp_path / "m.json")
    assert mode(tmp_path / "m.json") == 0o600
    before = (tmp_path / "m.json").read_bytes()
    monkeypatch.setattr(Mapping, "to_json", lambda self: {"bad": object()})
    with pytest.raises(TypeError):
        mapping.save_file(tmp_path / "m.json")
    assert (tmp_path / "m.json").read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["m.json"]
