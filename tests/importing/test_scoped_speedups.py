"""An import's speed tricks stay inside the import: the garbage collector and the switch
interval are changed only while at least one import runs, and put back by the last one,
whichever thread it runs on. The helper thread's connection is guarded."""

from __future__ import annotations

import gc
import shutil
import sys
import threading

import pytest
from sqlalchemy import text

from resource_desk.core.database import Catalogue
from resource_desk.core.process_settings import SWITCH_INTERVAL, garbage_collection_paused, quick_thread_switches
from resource_desk.importing.service import ImportOptions, run_import
from resource_desk.store.sqlite.background import BackgroundInserts, ConnectionBusy

from .helpers import all_resources, write_rows

WAIT = 60  # seconds an event may take before the test fails instead of hanging


def _rows(prefix: str, n: int) -> list[list[str]]:
    return [["Name", "Organization", "Phone", "Tags"]] + [
        [f"{prefix} service {i}", f"{prefix} org {i % 5}", f"(415) 555-{i:04d}", "Food; Youth"] for i in range(n)]


def _second_catalogue(catalogue: Catalogue, tmp_path) -> Catalogue:
    # Two files, so that the two write transactions do not wait for each other's lock.
    target = tmp_path / "second.sqlite3"
    with catalogue.connect():
        pass
    shutil.copy(catalogue.path, target)
    return Catalogue.open(target)


def test_two_overlapping_imports_on_two_threads_restore_the_process_settings(catalogue, tmp_path):
    other = _second_catalogue(catalogue, tmp_path)
    collecting, interval = gc.isenabled(), sys.getswitchinterval()
    assert collecting and interval > SWITCH_INTERVAL
    first_inside, second_inside, first_finished = threading.Event(), threading.Event(), threading.Event()
    seen: dict[str, tuple] = {}
    results: dict[str, object] = {}

    def first_progress(fraction, message):
        if not first_inside.is_set():
            seen["first"] = (gc.isenabled(), sys.getswitchinterval())
            first_inside.set()
            assert second_inside.wait(WAIT)  # both imports are running now

    def second_progress(fraction, message):
        if not second_inside.is_set():
            seen["second"] = (gc.isenabled(), sys.getswitchinterval())
            second_inside.set()
            assert first_finished.wait(WAIT)  # the first ends while this one still runs

    def run(name, target, path, progress):
        try:
            results[name] = run_import(target, path, ImportOptions(batch_size=40), progress=progress)
        except BaseException as error:  # noqa: BLE001 - reported by the test below
            results[name] = error
            first_inside.set(), second_inside.set(), first_finished.set()

    a = threading.Thread(target=run, args=("first", catalogue, write_rows(tmp_path / "a.csv", _rows("Alpha", 300)),
                                           first_progress))
    b = threading.Thread(target=run, args=("second", other, write_rows(tmp_path / "b.csv", _rows("Beta", 200)),
                                           second_progress))
    try:
        a.start()
        assert first_inside.wait(WAIT)
        b.start()
        a.join(WAIT)
        assert not a.is_alive()
        # The second import still runs: the settings stay changed for it.
        assert (gc.isenabled(), sys.getswitchinterval()) == (False, SWITCH_INTERVAL)
        assert garbage_collection_paused.users == 1 and quick_thread_switches.users == 1
        first_finished.set()
        b.join(WAIT)
        assert not b.is_alive()
    finally:
        first_inside.set(), second_inside.set(), first_finished.set()
        other.close()
    assert seen["first"] == (False, SWITCH_INTERVAL) and seen["second"] == (False, SWITCH_INTERVAL)
    assert (gc.isenabled(), sys.getswitchinterval()) == (collecting, interval)
    assert garbage_collection_paused.users == 0 and quick_thread_switches.users == 0
    first, second = results["first"], results["second"]
    assert not isinstance(first, BaseException), first
    assert not isinstance(second, BaseException), second
    assert (first.created, first.rejected) == (300, 0)
    assert (second.created, second.rejected) == (200, 0)
    reopened = Catalogue.open(other.path)
    try:
        assert sorted(r.name for r in all_resources(reopened)) == sorted(f"Beta service {i}" for i in range(200))
    finally:
        reopened.close()
    assert sorted(r.name for r in all_resources(catalogue)) == sorted(f"Alpha service {i}" for i in range(300))


def test_an_import_that_fails_puts_the_settings_back(catalogue, tmp_path):
    collecting, interval = gc.isenabled(), sys.getswitchinterval()
    with pytest.raises(Exception):
        run_import(catalogue, tmp_path / "missing.csv")
    assert (gc.isenabled(), sys.getswitchinterval()) == (collecting, interval)


def test_the_helper_threads_connection_refuses_the_importing_thread_while_the_helper_holds_it(
        catalogue, monkeypatch):
    helper_may_go = threading.Event()
    original = BackgroundInserts._move

    def held_back(self, staged):
        helper_may_go.wait(WAIT)
        original(self, staged)

    monkeypatch.setattr(BackgroundInserts, "_move", held_back)
    tables = {"rd_test_stage": ("settings", ("key", "value"))}
    with catalogue.store.write_transaction() as connection:
        with catalogue.store.bulk_load(connection).loading() as load:
            background = load.background(tables, "rd_test_stage")
            background.stage("rd_test_stage", [("test.one", "1"), ("test.two", "2")])
            background.start()
            try:
                # The helper holds the connection from start until its last statement.
                with pytest.raises(ConnectionBusy, match="internal error.*helper thread"):
                    load.fetch("SELECT count(*) FROM settings")
                with pytest.raises(ConnectionBusy, match="internal error"):
                    load.executemany("INSERT INTO settings (key, value) VALUES (?, ?)", [("test.three", "3")])
                with pytest.raises(ConnectionBusy, match="internal error"):
                    connection.execute(text("SELECT count(*) FROM settings"))
            finally:
                helper_may_go.set()
            background.wait()
            assert load.fetch("SELECT key, value FROM settings WHERE key LIKE 'test.%' ORDER BY key") == [
                ("test.one", "1"), ("test.two", "2")]
            assert connection.execute(text("SELECT count(*) FROM settings WHERE key LIKE 'test.%'")).scalar() == 2
    assert catalogue.store.setting("test.one") == "1" and catalogue.store.setting("test.three") is None
