"""Two writers in one catalogue: the second waits for the first, saying so, or with --no-wait
is refused at once in one line; never "database is locked". Deterministic: the first writer
lets go only once the second has said it waits (no sleeps)."""

import json
import os
import sqlite3
import subprocess
import sys
import threading

import pytest

from resource_desk.cli import main
from resource_desk.core.database import Catalogue
from resource_desk.store.sqlite.store import WAITING, CatalogueBusy

from .helpers import counts, write_rows

WAITING_LINE = f"resource-desk: {WAITING}"


@pytest.fixture
def spreadsheet(tmp_path):
    return write_rows(tmp_path / "list.csv", [["Name", "Phone"], ["Pantry", "(415) 555-0100"],
                                              ["Youth Line", "800-555-0101"]])


class Holder:
    """Another writer: a connection of its own holding the write lock until ``release()``; a
    watchdog lets go after 60 s so a test that goes wrong fails instead of hanging."""

    def __init__(self, path):
        self.connection = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        self.connection.execute("BEGIN IMMEDIATE")
        self._lock = threading.Lock()
        self.released = False
        self._watchdog = threading.Timer(60, self.release)
        self._watchdog.start()

    def release(self):
        with self._lock:
            if not self.released:
                self.released = True
                self.connection.execute("ROLLBACK")
                self.connection.close()
        self._watchdog.cancel()


def test_a_second_writer_waits_saying_so_once_and_goes_on(catalogue):
    holder = Holder(catalogue.path)
    second = Catalogue.open(catalogue.path)
    said: list[str] = []
    waiting = threading.Event()
    second.store.on_wait = lambda text: (said.append(text), waiting.set())
    done: list[object] = []

    def write():
        try:
            with second.store.write_transaction() as connection:
                connection.exec_driver_sql("INSERT INTO settings (key, value) VALUES ('probe', '1')")
            done.append("committed")
        except BaseException as exc:  # noqa: BLE001 - the test reports it
            done.append(exc)

    thread = threading.Thread(target=write)
    thread.start()
    assert waiting.wait(60), "the second writer never said it waits"
    assert done == []  # still waiting
    holder.release()
    thread.join(60)
    second.close()
    assert done == ["committed"] and said == [WAITING]
    with catalogue.connect() as connection:
        assert connection.execute("SELECT value FROM settings WHERE key = 'probe'").fetchone() == ("1",)


def test_no_wait_refuses_at_once(catalogue):
    holder = Holder(catalogue.path)
    try:
        catalogue.store.wait_for_writers = False
        with pytest.raises(CatalogueBusy, match="another import is running in this catalogue"):
            with catalogue.store.write_transaction():
                pass
        catalogue.store.wait_for_writers = True
    finally:
        holder.release()
    with catalogue.store.write_transaction():  # the connection is fine afterwards
        pass


def _command(path, *argv):
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    return subprocess.Popen([sys.executable, "-m", "resource_desk", "--db", str(path), *map(str, argv)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8", env=env)


def test_an_import_waits_for_another_writer_then_imports(catalogue, spreadsheet):
    catalogue.close()
    holder = Holder(catalogue.path)
    process = _command(catalogue.path, "import", spreadsheet, "--json")
    before = []
    for line in process.stderr:  # blocks until the command says it waits
        before.append(line.rstrip("\n"))
        if line.rstrip("\n") == WAITING_LINE:
            break
    assert before[-1:] == [WAITING_LINE], before
    holder.release()
    out, err = process.communicate(timeout=120)
    assert process.returncode == 0, err
    assert "Traceback" not in err and WAITING_LINE not in err  # said once
    assert json.loads(out)["created"] == 2


@pytest.mark.parametrize("argv", [["import", "{file}"], ["undo-import", "{batch}"],
                                  ["suggest-tags", "--apply"]])
def test_no_wait_refuses_with_one_line(capsys, catalogue, spreadsheet, argv):
    assert main(["--db", str(catalogue.path), "import", str(spreadsheet), "--json"]) == 0
    batch = json.loads(capsys.readouterr().out)["batch_id"]
    before = counts(catalogue)
    holder = Holder(catalogue.path)
    try:
        args = [a.format(file=spreadsheet, batch=batch) for a in argv]
        code = main(["--db", str(catalogue.path), *args, "--no-wait"])
        out, err = capsys.readouterr()
    finally:
        holder.release()
    assert code == 2
    assert len(err.strip().splitlines()) == 1 and err.startswith("resource-desk: another import is running"), err
    assert counts(catalogue) == before
