"""Safety: arbitrary input never crashes the importer or leaves a partial batch; a killed
import leaves the catalogue as it was; the search index always agrees with the tables."""

import os
import signal
import subprocess
import sys
import textwrap
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from resource_desk.store.sqlite.fts import FtsMaintenance
from resource_desk.importing.problems import ImportFileError
from resource_desk.importing.service import ImportOptions, run_import

from .helpers import counts, fts_matches_triggers, schema, snapshot, write_rows

SETTINGS = settings(max_examples=60, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


def _import_or_refuse(catalogue, path, before):
    try:
        result = run_import(catalogue, path)
    except ImportFileError as exc:
        assert str(exc) and "\n" not in str(exc)
        assert snapshot(catalogue) == before  # refused: nothing written
        return None
    after = counts(catalogue)
    assert after["import_batches"] == before_batches(before) + 1  # one batch, complete
    assert after["resources"] == len(before["resources"]) + result.created
    assert result.rows == result.created + result.updated + result.skipped_total + result.rejected
    return result


def before_batches(snap):
    return len(snap["import_batches"])


@SETTINGS
@given(st.binary(max_size=3000))
def test_arbitrary_bytes_never_crash_the_importer(catalogue, tmp_path_factory, data):
    path = tmp_path_factory.mktemp("bytes") / "file.csv"
    path.write_bytes(data)
    before = snapshot(catalogue)
    _import_or_refuse(catalogue, path, before)
    assert fts_matches_triggers(catalogue)


CELL = st.one_of(st.text(max_size=40), st.sampled_from(["", "x", "yes", "(415) 555-0100", "Food; LGBT",
                                                        "8/17/11 0:00", "English, Spanish", "=cmd", "\u00ad"]))


@SETTINGS
@given(st.lists(st.lists(CELL, min_size=0, max_size=7), min_size=0, max_size=12),
       st.sampled_from([",", ";", "\t", "|"]), st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"]),
       st.sampled_from(["Name", "Organization Name", "Name of Service", "Stuff"]))
def test_arbitrary_csv_never_crashes_nor_leaves_a_partial_batch(catalogue, tmp_path_factory, rows, delimiter,
                                                                  encoding, first_header):
    path = tmp_path_factory.mktemp("csv") / "file.csv"
    header = [first_header, "Phone", "Food", "Languages", "Who we serve", "Last verified", "Notes"]
    try:
        write_rows(path, [header] + rows, encoding=encoding, delimiter=delimiter)
    except UnicodeEncodeError:
        return
    before = snapshot(catalogue)
    _import_or_refuse(catalogue, path, before)
    assert fts_matches_triggers(catalogue)


KILLED = textwrap.dedent("""
    import sys
    from resource_desk.core.database import Catalogue
    from resource_desk.importing.service import ImportOptions, run_import

    def progress(fraction, message):
        print("PROGRESS", fraction, flush=True)

    catalogue = Catalogue.open(sys.argv[1])
    run_import(catalogue, sys.argv[2], ImportOptions(batch_size=500), progress=progress)
    print("FINISHED", flush=True)
""")


def test_an_import_killed_midway_leaves_the_catalogue_unchanged(demo_catalogue, tmp_path):
    rows = [["Name", "Organization", "Phone", "Tags", "Description"]]
    rows += [[f"Service {i}", f"Org {i % 97}", f"(415) {200 + i % 700:03d}-{i % 10000:04d}", "Food; LGBT; Youth",
              "words " * 30] for i in range(200000)]
    path = write_rows(tmp_path / "big.csv", rows)
    before = snapshot(demo_catalogue)
    tables_and_indexes = schema(demo_catalogue)
    demo_catalogue.close()
    script = tmp_path / "run.py"
    script.write_text(KILLED)
    process = subprocess.Popen([sys.executable, str(script), str(demo_catalogue.path), str(path)],
                               stdout=subprocess.PIPE, text=True, cwd=os.getcwd())
    seen = 0
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        if line.startswith("PROGRESS") and float(line.split()[1]) > 0:
            seen += 1
            if seen >= 3:  # several batches written inside the transaction
                break
        assert not line.startswith("FINISHED"), "the import finished before it could be killed"
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    assert seen >= 3
    from resource_desk.core.database import Catalogue

    reopened = Catalogue.open(demo_catalogue.path)
    try:
        with reopened.engine.connect() as connection:
            assert connection.execute(text("PRAGMA integrity_check")).scalar() == "ok"
            names = {r[0] for r in connection.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'"))}
        assert {"resources_fts_insert", "resource_tags_fts_insert"} <= names  # the suspended triggers are back
        assert snapshot(reopened) == before
        assert schema(reopened) == tables_and_indexes  # the indexes set aside for the large import too
        assert fts_matches_triggers(reopened)
    finally:
        reopened.close()


def test_a_large_import_sets_indexes_aside_and_builds_them_again(catalogue, tmp_path, monkeypatch):
    from resource_desk.store.sqlite import bulk_indexes

    monkeypatch.setattr(bulk_indexes, "MIN_ROWS", 100)
    suspended = []
    original = bulk_indexes.IndexSuspension.suspend
    monkeypatch.setattr(bulk_indexes.IndexSuspension, "suspend",
                        lambda self: (original(self), suspended.append([n for n, _ in self.saved])))
    before = schema(catalogue)
    rows = [["Name", "Organization", "Phone", "Tags"]]
    rows += [[f"Service {i}", f"Org {i % 7}", f"(415) 555-{i:04d}", "Food; Youth"] for i in range(400)]
    result = run_import(catalogue, write_rows(tmp_path / "big.csv", rows), ImportOptions(batch_size=50))
    assert result.created == 400
    assert suspended and "ix_resources_sort_name" in suspended[0] and "ix_resources_organization_id" not in suspended[0]
    assert schema(catalogue) == before
    with catalogue.engine.connect() as connection:
        assert connection.execute(text("PRAGMA integrity_check")).scalar() == "ok"
        plan = " ".join(str(r) for r in connection.execute(text(
            "EXPLAIN QUERY PLAN SELECT id FROM resources ORDER BY sort_name LIMIT 5")))
    assert "ix_resources_sort_name" in plan
    assert fts_matches_triggers(catalogue)
    # A small import into a catalogue this size keeps its indexes.
    suspended.clear()
    run_import(catalogue, write_rows(tmp_path / "small.csv", [["Name"], ["One more"]]))
    assert suspended == []


def test_cancel_writes_nothing(catalogue, tmp_path):
    import threading

    from resource_desk.importing.problems import ImportCancelled

    rows = [["Name", "Phone"]] + [[f"Service {i}", ""] for i in range(3000)]
    path = write_rows(tmp_path / "list.csv", rows)
    before = snapshot(catalogue)
    tables = schema(catalogue)
    cancel = threading.Event()

    def progress(fraction, message):
        if fraction > 0:
            cancel.set()

    with pytest.raises(ImportCancelled):
        run_import(catalogue, path, ImportOptions(batch_size=500), progress=progress, cancel=cancel)
    assert snapshot(catalogue) == before
    assert schema(catalogue) == tables


def test_the_index_rows_an_import_writes_are_the_triggers_own(catalogue, tmp_path):
    with catalogue.engine.connect() as connection:
        assert FtsMaintenance(connection).mode == "sql"
    path = write_rows(tmp_path / "list.csv", [["Name", "Tags", "Languages"], ["Queer Pantry", "Food; LGBT", "es"]])
    run_import(catalogue, path)
    assert fts_matches_triggers(catalogue)
    second = write_rows(tmp_path / "more.csv", [["Name", "Tags"], ["Queer Pantry", "Youth"]])
    run_import(catalogue, second)
    assert fts_matches_triggers(catalogue)
    from resource_desk.core.search import SearchQuery, search

    assert [r.name for r in search(catalogue, SearchQuery(text="queer youth")).rows] == ["Queer Pantry"]


def test_updated_resources_are_found_by_their_new_tags(catalogue, tmp_path):
    from resource_desk.core.search import SearchQuery, search

    run_import(catalogue, write_rows(tmp_path / "a.csv", [["Name", "Tags"], ["Drop-in", "Food"]]))
    run_import(catalogue, write_rows(tmp_path / "b.csv", [["Name", "Tags"], ["Drop-in", "Two Spirit"]]))
    assert [r.name for r in search(catalogue, SearchQuery(text="two spirit")).rows] == ["Drop-in"]
    assert fts_matches_triggers(catalogue)


def test_an_error_on_the_insert_thread_fails_the_import_and_writes_nothing(catalogue, tmp_path, monkeypatch):
    import sqlite3
    import sys
    import threading

    from resource_desk.importing import writer

    real_phone_row = writer._phone_row
    # Every phone gets the same id: the second one breaks the phones' primary key when the
    # helper thread moves the batch into the table.
    monkeypatch.setattr(writer, "_phone_row", lambda rid, phone, position: ("same-id",)
                        + real_phone_row(rid, phone, position)[1:])
    rows = [["Name", "Phone"]] + [[f"Service {i}", f"(415) 555-{i:04d}"] for i in range(300)]
    before = snapshot(catalogue)
    interval = sys.getswitchinterval()
    with pytest.raises(sqlite3.IntegrityError):
        run_import(catalogue, write_rows(tmp_path / "list.csv", rows), ImportOptions(batch_size=100))
    assert snapshot(catalogue) == before
    assert not [t for t in threading.enumerate() if t.name == "import-inserts"]
    assert sys.getswitchinterval() == interval
    monkeypatch.setattr(writer, "_phone_row", real_phone_row)
    result = run_import(catalogue, write_rows(tmp_path / "list.csv", rows), ImportOptions(batch_size=100))
    assert result.created == 300 and counts(catalogue)["phones"] == 300
    assert fts_matches_triggers(catalogue)
