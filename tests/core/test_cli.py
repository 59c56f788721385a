import fcntl
import json
import os
import subprocess
import sys

import pytest

from resource_desk.cli import main
from resource_desk.core.database import Catalogue


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_info_json_names_the_catalogue_and_its_counts(capsys, demo_catalogue):
    code, out, _ = run(capsys, "--db", str(demo_catalogue.path), "info", "--json")
    info = json.loads(out)
    assert code == 0
    assert set(info) == {"database", "schema_revision", "resources", "organizations", "tags", "import_batches"}
    assert info["database"] == str(demo_catalogue.path)
    assert info["resources"] == 60 and info["tags"] == 41 and info["import_batches"] == 0


def test_search_json_leaves_out_hidden_statuses_unless_all(capsys, demo_catalogue):
    db = str(demo_catalogue.path)
    _, out, _ = run(capsys, "--db", db, "search", "", "--json")
    visible = json.loads(out)
    _, out, _ = run(capsys, "--db", db, "search", "", "--all", "--json")
    everything = json.loads(out)
    assert len(everything) == 60 and len(visible) == 56
    assert {r["status"] for r in everything} - {r["status"] for r in visible} == {"inactive", "do_not_refer"}
    first = visible[0]
    assert set(first) == {"id", "name", "organization", "kind", "status", "tags", "last_verified"}
    assert all(":" in tag for r in visible for tag in r["tags"])


def test_search_with_words_and_tags(capsys, demo_catalogue):
    code, out, _ = run(capsys, "--db", str(demo_catalogue.path), "search", "trans hou",
                       "--tag", "identity:Transgender & nonbinary", "--json")
    names = [r["name"] for r in json.loads(out)]
    assert code == 0 and "Trans Housing Navigation Desk (sample)" in names
    assert all("identity:Transgender & nonbinary" in r["tags"] for r in json.loads(out))
    _, out, _ = run(capsys, "--db", str(demo_catalogue.path), "search", "--tag", "need:Food",
                    "--tag", "identity:Youth", "--json")
    for r in json.loads(out):
        assert "need:Food" in r["tags"] and "identity:Youth" in r["tags"]


def test_unusable_arguments_exit_2_with_one_line(capsys, demo_catalogue, tmp_path):
    cases = [
        ("--db", str(demo_catalogue.path), "search", "--tag", "identity:Martians"),
        ("--db", str(demo_catalogue.path), "frobnicate"),
        ("--db", str(tmp_path), "info"),
        ("--db", str(demo_catalogue.path), "--demo", "info"),
    ]
    for argv in cases:
        code, out, err = run(capsys, *argv)
        assert code == 2, argv
        assert len(err.strip().splitlines()) == 1 and err.startswith("resource-desk: "), err


def test_a_broken_catalogue_exits_2_without_a_traceback(tmp_path):
    broken = tmp_path / "broken.sqlite3"
    broken.write_bytes(b"\x00garbage" * 100)
    result = subprocess.run([sys.executable, "-m", "resource_desk", "--db", str(broken), "info"],
                            capture_output=True, text=True)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert str(broken) in result.stderr and len(result.stderr.strip().splitlines()) == 1


def _search_into_pipe(catalogue, *query, pipe_size=None):
    """Start ``search`` writing into a pipe of our own (its size set before the command starts)."""
    read_end, write_end = os.pipe()
    if pipe_size is not None:
        fcntl.fcntl(write_end, fcntl.F_SETPIPE_SZ, pipe_size)
    process = subprocess.Popen([sys.executable, "-m", "resource_desk", "--db", str(catalogue.path), "search", *query],
                               stdout=write_end, stderr=subprocess.PIPE, text=True)
    os.close(write_end)
    return process, read_end


def test_a_reader_gone_before_the_first_byte_ends_the_command_quietly(demo_catalogue):
    """A few lines, all in Python's buffer until the final flush: the broken pipe shows there."""
    demo_catalogue.close()
    full = subprocess.run([sys.executable, "-m", "resource_desk", "--db", str(demo_catalogue.path), "search", "988"],
                          capture_output=True, text=True)
    assert full.returncode == 0 and 0 < len(full.stdout.encode()) < 4096
    process, read_end = _search_into_pipe(demo_catalogue, "988")
    os.close(read_end)  # before the command has started, so before it writes anything
    _, err = process.communicate(timeout=60)
    assert (process.returncode, err) == (1, "")


@pytest.mark.skipif(not hasattr(fcntl, "F_SETPIPE_SZ"), reason="needs Linux's F_SETPIPE_SZ to size the pipe")
def test_a_reader_that_stops_reading_ends_the_command_quietly(demo_catalogue):
    """As ``| head -c 100`` does: read a little, then close while the command is still writing.

    The pipe is made as small as Linux allows and the output is more than it holds plus what is
    read, so the command is certainly blocked in a write when the reader goes (not by chance)."""
    demo_catalogue.close()
    full = subprocess.run([sys.executable, "-m", "resource_desk", "--db", str(demo_catalogue.path), "search", "",
                           "--all", "--json"], capture_output=True)
    assert full.returncode == 0
    process, read_end = _search_into_pipe(demo_catalogue, "", "--all", "--json", pipe_size=4096)
    capacity = fcntl.fcntl(read_end, fcntl.F_GETPIPE_SZ)
    assert len(full.stdout) > 2 * capacity + 100, "the output must outgrow the pipe for this test to mean anything"
    first = b""
    while len(first) < 100:  # a small read of a fixed size; the rest stays unread
        chunk = os.read(read_end, 100 - len(first))
        assert chunk, "the command ended before writing 100 bytes"
        first += chunk
    os.close(read_end)
    _, err = process.communicate(timeout=60)
    assert first == full.stdout[:100]
    assert (process.returncode, err) == (1, "")


def test_the_environment_variable_picks_the_catalogue(capsys, monkeypatch, tmp_path):
    target = tmp_path / "from-env.sqlite3"
    Catalogue.open(target).close()
    monkeypatch.setenv("RESOURCE_DESK_DB", str(target))
    code, out, _ = run(capsys, "info", "--json")
    assert code == 0 and json.loads(out)["database"] == str(target)


@pytest.mark.parametrize("named_by", ["--db", "RESOURCE_DESK_DB"])
@pytest.mark.parametrize("command", [["info"], ["search", "food"], ["export", "out.csv"], ["imports"],
                                     ["duplicates"], ["undo-import", "1"]])
def test_a_mistyped_catalogue_path_is_said_not_made_empty(capsys, monkeypatch, tmp_path, named_by, command):
    """A path with a typo must not answer "0 resources" from a new empty file it just made."""
    monkeypatch.chdir(tmp_path)
    missing = tmp_path / "catalogeu.sqlite3"
    if named_by == "--db":
        code, _out, err = run(capsys, "--db", str(missing), *command)
    else:
        monkeypatch.setenv("RESOURCE_DESK_DB", str(missing))
        code, _out, err = run(capsys, *command)
    assert code == 2 and f"There is no catalogue at {missing}" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_an_import_into_a_new_path_makes_the_catalogue(capsys, tmp_path):
    listing = tmp_path / "list.csv"
    listing.write_text("name,phone\nNight Line,555-0100\n", encoding="utf-8")
    code, _out, _err = run(capsys, "--db", str(tmp_path / "new.sqlite3"), "import", str(listing))
    assert code == 0
    code, out, _err = run(capsys, "--db", str(tmp_path / "new.sqlite3"), "info", "--json")
    assert code == 0 and json.loads(out)["resources"] == 1


def test_demo_is_its_own_file_filled_from_the_sample(capsys, monkeypatch, tmp_path):
    real = tmp_path / "real.sqlite3"
    Catalogue.open(real).close()
    monkeypatch.setenv("RESOURCE_DESK_DB", str(real))
    code, out, _ = run(capsys, "--demo", "info", "--json")
    demo = json.loads(out)
    assert code == 0 and demo["resources"] == 60 and demo["database"] != str(real)
    _, out, _ = run(capsys, "info", "--json")
    assert json.loads(out)["resources"] == 0


def test_starting_the_window_loads_neither_the_importers_nor_sqlalchemy(tmp_path):
    script = (
        "import sys\n"
        "from resource_desk import cli\n"
        "from resource_desk.cli import cmd_gui\n"
        "cmd_gui.run = lambda args: print(args.db, args.demo) or 0\n"
        f"assert cli.main(['--db', {str(tmp_path / 'c.sqlite3')!r}]) == 0\n"
        "print(sorted(m for m in sys.modules if m.startswith(('sqlalchemy', 'alembic', 'resource_desk.importing.'))))\n"
        "assert cli.main(['--db', 'x', '--demo']) == 2\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert done.stdout.splitlines() == [f"{tmp_path / 'c.sqlite3'} False", "[]"]
    assert "not allowed with argument --db" in done.stderr


def test_search_says_how_many_were_left_out_and_how_to_get_them(capsys, demo_catalogue):
    db = str(demo_catalogue.path)
    code, out, err = run(capsys, "--db", db, "search", "", "--all", "--json", "--limit", "10")
    assert code == 0 and len(json.loads(out)) == 10
    assert err == "60 matches, 10 shown; use --limit 0 for all\n"
    code, out, err = run(capsys, "--db", db, "search", "", "--all", "--json", "--limit", "0")
    assert code == 0 and len(json.loads(out)) == 60 and err == ""
    code, out, err = run(capsys, "--db", db, "search", "", "--all", "--limit", "5")
    assert code == 0 and len(out.splitlines()) == 5
    assert err == "60 matches, 5 shown; use --limit 0 for all\n"
    code, out, err = run(capsys, "--db", db, "search", "", "--all")
    assert len(out.splitlines()) == 60 and err == "60 found\n"
    code, _, err = run(capsys, "--db", db, "search", "", "--limit", "-1")
    assert code == 2 and "--limit" in err


def test_search_stops_at_1000_by_default_and_says_so(capsys, catalogue, tmp_path):
    import csv

    path = tmp_path / "big.csv"
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Name", "Phone"])
        writer.writerows([f"Service {i}", f"(415) 555-{i:04d}"] for i in range(1050))
    assert run(capsys, "--db", str(catalogue.path), "import", str(path), "--json")[0] == 0
    code, out, err = run(capsys, "--db", str(catalogue.path), "search", "", "--all", "--json")
    assert code == 0 and len(json.loads(out)) == 1000
    assert err == "1,050 matches, 1,000 shown; use --limit 0 for all\n"
    code, out, err = run(capsys, "--db", str(catalogue.path), "search", "", "--all", "--json", "--limit", "0")
    assert len(json.loads(out)) == 1050 and err == ""


def test_search_sorts_by_a_column_and_reverses(capsys, demo_catalogue):
    db = str(demo_catalogue.path)
    _, out, _ = run(capsys, "--db", db, "search", "", "--sort", "verified", "--json", "--limit", "0")
    dates = [r["last_verified"] or "" for r in json.loads(out)]
    assert dates == sorted(dates) and len(set(dates)) > 3  # never verified (""), then the oldest
    _, out, _ = run(capsys, "--db", db, "search", "", "--sort", "verified", "--desc", "--json", "--limit", "0")
    assert [r["last_verified"] or "" for r in json.loads(out)] == sorted(dates, reverse=True)
    _, out, _ = run(capsys, "--db", db, "search", "", "--sort", "organization", "--json", "--limit", "0")
    organizations = [r["organization"] for r in json.loads(out)]
    named = [o for o in organizations if o]
    assert named == sorted(named, key=str.lower) and organizations[len(named):] == [None] * (len(organizations) - len(named))
    _, out, _ = run(capsys, "--db", db, "search", "", "--sort", "kind", "--json", "--limit", "0")
    kinds = [r["kind"] for r in json.loads(out)]
    assert kinds == sorted(kinds)
    _, out, _ = run(capsys, "--db", db, "search", "support", "--sort", "name", "--json")
    found = [r["name"] for r in json.loads(out)]
    assert len(found) > 2 and found == sorted(found, key=lambda n: n.casefold())
    for argv in (("--sort", "colour"), ("--desc",)):
        code, _, err = run(capsys, "--db", db, "search", "", *argv)
        assert code == 2 and len(err.strip().splitlines()) == 1 and err.startswith("resource-desk: "), err
