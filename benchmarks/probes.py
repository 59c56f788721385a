"""The hardening probes, run again: each class of bad file, bad moment and bad disk, through
the real command line in its own process, counting tracebacks and measuring peak memory.

    python -m benchmarks.probes [--fuzz N] [--damage N] [--only CLASS]

Prints one table row per class: cases tried, tracebacks, peak memory of the worst case, and
what the person saw (the first line of stderr of a typical case). A traceback is an exit
status of 70 (a bug the app caught and logged) or a Python traceback on stderr.

The disk probes mount small tmpfs file systems (a full one, a read-only one, one that goes
away); they need root and say so without it.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT.parent / "shared" / "data" / "real"


@dataclass
class Outcome:
    code: int
    err: str
    peak_mb: float
    seconds: float

    @property
    def traceback(self) -> bool:
        return self.code == 70 or "Traceback (most recent call last)" in self.err or self.code < 0


@dataclass
class Row:
    name: str
    cases: int = 0
    tracebacks: int = 0
    peak_mb: float = 0.0
    seen: str = ""
    notes: list[str] = field(default_factory=list)

    def add(self, outcome: Outcome, wanted=lambda o: True) -> None:
        self.cases += 1
        if outcome.traceback or not wanted(outcome):
            self.tracebacks += 1
            self.notes.append(outcome.err.strip().splitlines()[-1][:160] if outcome.err.strip() else f"exit {outcome.code}")
        self.peak_mb = max(self.peak_mb, outcome.peak_mb)
        if not self.seen and outcome.err.strip():
            self.seen = outcome.err.strip().splitlines()[0][:150]


def run(args: list[str], env: dict | None = None, timeout: float = 300) -> Outcome:
    """``resource-desk ARGS`` in its own process: exit status, stderr, peak RSS (MB), time."""
    started = time.perf_counter()
    command = [sys.executable, "-m", "resource_desk", *args]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env,
                               cwd=tempfile.gettempdir())
    deadline = started + timeout
    err = b""
    while True:
        pid, status, usage = os.wait4(process.pid, os.WNOHANG)
        if pid:
            break
        if time.perf_counter() > deadline:
            process.kill()
            pid, status, usage = os.wait4(process.pid, 0)
            err = b"timed out"
            break
        time.sleep(0.05)
    err = (process.stderr.read() if process.stderr else b"") + err
    process.returncode = os.waitstatus_to_exitcode(status)
    return Outcome(process.returncode, err.decode("utf-8", "replace"), usage.ru_maxrss / 1024,
                   time.perf_counter() - started)


def environment(home: Path) -> dict:
    env = dict(os.environ)
    env.update(XDG_DATA_HOME=str(home / "data"), XDG_CONFIG_HOME=str(home / "config"), QT_QPA_PLATFORM="offscreen")
    env.pop("RESOURCE_DESK_DB", None)
    return env


def fresh_catalogue(work: Path, name: str, demo: Path) -> Path:
    path = work / name
    shutil.copy(demo, path)
    path.chmod(0o600)
    return path


def _checkpoint(path: Path) -> None:
    """Fold the WAL into the file and close, so the file copies (and unmounts) whole."""
    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        connection.execute("PRAGMA journal_mode = DELETE")
    finally:
        connection.close()


def snapshot(path: Path) -> tuple:
    connection = sqlite3.connect(path)
    try:
        return tuple(connection.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                     for t in ("resources", "phones", "addresses", "resource_tags", "import_batches"))
    finally:
        connection.close()


def _zip(members: dict[str, bytes | str], compression=zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


SERVICES = "id,name,organization_id,description\n" + "".join(
    f"{n},Service {n},1,Food and shelter help {n}\n" for n in range(40))
ORGANIZATIONS = "id,name\n1,Org\n"
PACKAGE = {"services.csv": SERVICES, "organizations.csv": ORGANIZATIONS}
CSV = "Name,Phone,Description,Languages\n" + "".join(
    f"Place {n},(415) 555-{n:04d},Free meals and legal help,English; Spanish\n" for n in range(40))


def _xlsx() -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    for line in CSV.splitlines():
        sheet.append(line.split(","))
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def malformed_files(folder: Path) -> list[tuple[Path, list[str]]]:
    """The malformed inputs of the probe, each with the extra arguments it needs."""
    cases: list[tuple[Path, list[str]]] = []

    def add(name: str, data: bytes | str, *extra: str) -> Path:
        path = folder / name
        path.write_bytes(data.encode() if isinstance(data, str) else data)
        cases.append((path, list(extra)))
        return path

    good = _zip(PACKAGE)
    bad_crc = bytearray(good)
    bad_crc[bad_crc.find(b"services.csv") + 22] ^= 0xFF
    add("bad-crc.zip", bytes(bad_crc))
    locked = bytearray(good)
    locked[locked.find(b"PK\x03\x04") + 6] |= 1
    locked[locked.find(b"PK\x01\x02") + 8] |= 1
    add("encrypted.zip", bytes(locked))
    add("truncated.zip", good[: len(good) // 2])
    add("not-a-zip.zip", b"PK\x03\x04" + os.urandom(500))
    add("empty.zip", _zip({}))
    add("traversal.zip", _zip({"../../evil/services.csv": SERVICES, "organizations.csv": ORGANIZATIONS}))
    add("bad-zlib.zip", good.replace(zlib.compress(SERVICES.encode())[2:20], os.urandom(18)))
    xlsx = _xlsx()
    with zipfile.ZipFile(io.BytesIO(xlsx)) as book:
        members = {name: book.read(name) for name in book.namelist()}
    broken = dict(members)
    broken["xl/worksheets/sheet1.xml"] = members["xl/worksheets/sheet1.xml"][:200]
    add("broken-xml.xlsx", _zip(broken))
    entity = dict(members)
    entity["xl/sharedStrings.xml"] = (b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">'
                                      b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><sst>&b;</sst>')
    add("dtd-entity.xlsx", _zip(entity))
    add("garbage.xlsx", os.urandom(4000))
    add("deep-datapackage.zip", _zip({**PACKAGE, "datapackage.json": "[" * 200_000 + "]" * 200_000}))
    add("list-name.zip", _zip({**PACKAGE, "datapackage.json": json.dumps(
        {"resources": [{"name": ["x"], "path": 7, "schema": []}, "nonsense"]})}))
    add("datapackage-not-json.zip", _zip({**PACKAGE, "datapackage.json": "{nope"}))
    mapping = folder / "deep-mapping.json"
    mapping.write_text('{"resource_desk_mapping": 1, "columns": ' + "[" * 100_000 + "]" * 100_000 + "}")
    plain = add("plain.csv", CSV, "--mapping", str(mapping))
    for encoding in ("rot13", "base64", "hex", "zlib", "idna", "punycode", "no-such-codec"):
        cases.append((plain, ["--encoding", encoding]))
    add("empty.csv", b"")
    add("header-only.csv", "Name,Phone\n")
    add("binary.csv", os.urandom(20_000))
    add("nul-bytes.csv", CSV.replace(",", "\x00,", 5))
    add("utf16-no-bom.csv", CSV.encode("utf-16-le"))
    add("wide.csv", ",".join(f"c{n}" for n in range(5000)) + "\n" + ",".join("x" for _ in range(5000)) + "\n")
    add("ragged.csv", "Name,Phone\nA\nB,1,2,3,4\n\"unclosed,quote\n")
    add("long-cell.csv", "Name,Description\nA," + "x" * 2_000_000 + "\n")
    add("json-as-csv.csv", json.dumps({"services": [1, 2, 3]}))
    add("html.csv", "<html><body><table><tr><td>Name</td></tr></table></body></html>")
    add("odd-dates.csv", "Name,Last verified\nA,32/13/2020\nB,0000-00-00\nC,tomorrow\n")
    add("huge-numbers.csv", "Name,Latitude,Longitude\nA,1e400,-1e400\nB,nan,inf\n")
    add("unknown.txt", "hello")
    add("icarol-bad.csv", "ResourceAgencyNum,PublicName,TaxonomyCodes\n1,A,*;;**\n2,,\x00\n")
    return cases


def mutate(data: bytes, rng: random.Random) -> bytes:
    buffer = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        choice = rng.random()
        at = rng.randrange(len(buffer)) if buffer else 0
        if choice < 0.6 and buffer:
            buffer[at] = rng.randrange(256)
        elif choice < 0.8:
            buffer[at:at] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 16)))
        elif buffer:
            del buffer[at:at + rng.randint(1, 64)]
    return bytes(buffer)


def probe_files(work: Path, env: dict, demo: Path, fuzz: int) -> list[Row]:
    malformed = Row("malformed files (import)")
    folder = work / "malformed"
    folder.mkdir()
    catalogue = fresh_catalogue(work, "files.sqlite3", demo)
    before = snapshot(catalogue)
    for path, extra in malformed_files(folder):
        outcome = run(["--db", str(catalogue), "import", str(path), *extra], env)
        malformed.add(outcome, lambda o: o.code in (0, 2) and (o.code == 0 or o.err.count("\n") == 1))
    changed = snapshot(catalogue) != before
    malformed.notes.append("catalogue changed only by files that imported" if changed else "catalogue unchanged")

    fuzzed = Row("fuzzed files (import)")
    rng = random.Random(20261201)
    seeds = [("x.csv", CSV.encode()), ("x.zip", _zip(PACKAGE)), ("x.xlsx", _xlsx()),
             ("datapackage.zip", _zip({**PACKAGE, "datapackage.json": json.dumps(
                 {"profile": "data-package", "resources": [{"name": "services", "path": "services.csv"}]})}))]
    fuzz_folder = work / "fuzz"
    fuzz_folder.mkdir()
    script = fuzz_folder / "run.py"
    files = []
    for n in range(fuzz):
        name, data = seeds[n % len(seeds)]
        path = fuzz_folder / f"{n:04d}-{name}"
        path.write_bytes(mutate(data, rng))
        files.append(str(path))
    # One process runs them all (starting Python 2,400 times would take the probe an hour):
    # main() in-process, exactly as the console script calls it, counting its exit statuses.
    script.write_text(
        "import json, sys, io, contextlib\n"
        "from resource_desk.cli import main\n"
        "codes = {}\n"
        "for path in json.load(open(sys.argv[1])):\n"
        "    err = io.StringIO()\n"
        "    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):\n"
        "        code = main(['--db', sys.argv[2], 'import', path])\n"
        "    text = err.getvalue()\n"
        "    key = 'traceback' if code == 70 or 'Traceback' in text else str(code)\n"
        "    codes[key] = codes.get(key, 0) + 1\n"
        "    if key == 'traceback': sys.stderr.write(path + ': ' + text.strip().splitlines()[-1] + '\\n')\n"
        "print(json.dumps(codes))\n")
    listing = fuzz_folder / "files.json"
    listing.write_text(json.dumps(files))
    started = time.perf_counter()
    fuzz_catalogue = fresh_catalogue(work, "fuzz.sqlite3", demo)
    process = subprocess.run([sys.executable, str(script), str(listing), str(fuzz_catalogue)], env=env,
                             capture_output=True, text=True, timeout=3600)
    try:
        codes = json.loads(process.stdout.strip().splitlines()[-1])
    except (IndexError, json.JSONDecodeError):
        codes = {"traceback": fuzz}
        fuzzed.notes.append(process.stderr[-300:])
    fuzzed.cases = fuzz
    fuzzed.tracebacks = codes.get("traceback", 0)
    fuzzed.seen = f"exit 0: {codes.get('0', 0)}, exit 2 (one line): {codes.get('2', 0)}"
    fuzzed.notes.append(f"{time.perf_counter() - started:.0f} s")
    if process.stderr.strip():
        fuzzed.notes.extend(process.stderr.strip().splitlines()[:5])
    return [malformed, fuzzed]


def _bomb(path: Path, name: str, size: int, extra: dict | None = None) -> None:
    """A zip whose member ``name`` expands to ``size`` bytes of one repeated line."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for member, data in (extra or {}).items():
            archive.writestr(member, data)
        with archive.open(name, "w", force_zip64=True) as member:
            line = b"1,Service,1,aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\n"
            block = line * (1024 * 1024 // len(line))
            if name.endswith(".json"):
                member.write(b'{"resources": [')
                block = b" " * len(block)
            else:
                member.write(b"id,name,organization_id,description\n")
            written = 0
            while written < size:
                member.write(block)
                written += len(block)
            if name.endswith(".json"):
                member.write(b"]}")


def probe_memory(work: Path, env: dict, demo: Path) -> Row:
    row = Row("small inputs, big memory")
    catalogue = fresh_catalogue(work, "memory.sqlite3", demo)
    bomb = work / "bomb.zip"
    _bomb(bomb, "services.csv", 4 * 1024 ** 3, {"organizations.csv": ORGANIZATIONS})
    json_bomb = work / "json-bomb.zip"
    _bomb(json_bomb, "datapackage.json", 2 * 1024 ** 3, PACKAGE)
    one_line = work / "one-line.csv"
    with open(one_line, "wb") as handle:
        handle.write(b"Name,Description\n")
        for _ in range(200):
            handle.write(b"x" * 1024 * 1024)
    cases = [bomb, json_bomb, one_line]
    fifo = work / "list.csv"
    if hasattr(os, "mkfifo"):
        os.mkfifo(fifo)
        cases.append(fifo)
    cases += [Path("/dev/zero"), Path("/dev/urandom")]
    sizes = []
    for path in cases:
        outcome = run(["--db", str(catalogue), "import", str(path)], env, timeout=300)
        # Refused in one line, or imported with its counts (a line too long is a rejected row).
        row.add(outcome, lambda o: o.code in (0, 2) and o.peak_mb <= 400 and o.seconds < 120)
        sizes.append(f"{path.name}: {outcome.peak_mb:.0f} MB, {outcome.seconds:.1f} s")
    row.notes += sizes
    row.seen = f"bomb.zip ({bomb.stat().st_size // 1024 // 1024} MB → 4 GB): {run(['--db', str(catalogue), 'import', str(bomb)], env).err.strip()[:140]}"
    return row


def probe_moments(work: Path, env: dict, demo: Path, trials: int = 13) -> Row:
    row = Row("two writers at once")
    lists = []
    for n in range(2):
        path = work / f"moment-{n}.csv"
        path.write_text("Name,Phone\n" + "".join(f"Place {n}-{m},(415) 55{n}-{m:04d}\n" for m in range(3000)))
        lists.append(path)
    for trial in range(trials):
        catalogue = fresh_catalogue(work, f"moments-{trial}.sqlite3", demo)
        command = [sys.executable, "-m", "resource_desk", "--db", str(catalogue), "import"]
        first = subprocess.Popen([*command, str(lists[0])], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        second = subprocess.Popen([*command, str(lists[1])], env=env, stdout=subprocess.DEVNULL,
                                  stderr=subprocess.PIPE)
        results = []
        for process in (first, second):
            _, err = process.communicate(timeout=600)
            results.append(Outcome(process.returncode, err.decode(), 0.0, 0.0))
        ok = all(r.code == 0 for r in results) and snapshot(catalogue)[0] == 60 + 6000
        for result in results:
            row.add(result, lambda o, ok=ok: ok)
        waited = [r.err for r in results if "waiting" in r.err]
        if waited and not row.seen.startswith("resource-desk: another"):
            row.seen = waited[0].strip().splitlines()[0]
    return row


def _mount(folder: Path, size: str, *options: str) -> bool:
    folder.mkdir(parents=True, exist_ok=True)
    return subprocess.run(["mount", "-t", "tmpfs", "-o", ",".join([f"size={size}", *options]), "tmpfs",
                           str(folder)], capture_output=True).returncode == 0


def _unmount(folder: Path) -> None:
    subprocess.run(["umount", "-l", str(folder)], capture_output=True)


def probe_disks(work: Path, env: dict, demo: Path) -> Row:
    row = Row("disks: read-only, full, gone")
    if os.geteuid() != 0:
        row.notes.append("skipped: mounting test file systems needs root")
        return row
    spreadsheet = work / "disk.csv"
    spreadsheet.write_text("Name,Phone,Description\n" + "".join(
        f"Place {m},(415) 555-{m:04d},{'words ' * 40}\n" for m in range(20000)))
    seen = []

    # Read-only: a file system mounted read-only (which stops root too), as a shared or
    # write-protected disk is.
    shared = work / "shared"
    if not _mount(shared, "20m"):
        row.notes.append("skipped: could not mount a test file system")
        return row
    catalogue = shared / "catalogue.sqlite3"
    shutil.copy(demo, catalogue)
    from resource_desk.core.database import upgrade_to

    old = shared / "old.sqlite3"
    upgrade_to(old, "0004")
    _checkpoint(old)
    subprocess.run(["mount", "-o", "remount,ro", str(shared)], check=True)
    before = catalogue.read_bytes()
    pdf_folder = work / "pdfs"
    pdf_folder.mkdir()
    for args, wanted in ((["search", "food"], 0), (["import", str(spreadsheet)], 2), (["info"], 0),
                         (["sheet", "--query", "food", "--pdf", str(pdf_folder / "s.pdf")], 0),
                         (["undo-import", "0000"], 2)):
        outcome = run(["--db", str(catalogue), *args], env)
        row.add(outcome, lambda o, wanted=wanted: o.code == wanted)
        if args[0] == "import":
            seen.append("read-only: " + outcome.err.strip().splitlines()[-1][:110])
    if catalogue.read_bytes() != before:
        row.tracebacks += 1
        row.notes.append("the read-only catalogue changed")

    # An older catalogue, read-only: refused, no backup left behind, on each attempt.
    for _attempt in range(3):
        row.add(run(["--db", str(old), "info"], env), lambda o: o.code == 2)
    if any("backup" in p.name for p in shared.iterdir()):
        row.tracebacks += 1
        row.notes.append("a backup was left beside the read-only catalogue")
    _unmount(shared)

    # Full: a 3 MB file system holding the catalogue; the import needs more.
    full = work / "full"
    if _mount(full, "3m"):
        try:
            catalogue = full / "catalogue.sqlite3"
            shutil.copy(demo, catalogue)
            before = snapshot(catalogue)
            outcome = run(["--db", str(catalogue), "import", str(spreadsheet)], env)
            row.add(outcome, lambda o: o.code == 2 and snapshot(catalogue) == before)
            seen.append("full: " + outcome.err.strip().splitlines()[-1][:110] if outcome.err.strip() else "")
            new = full / "new.sqlite3"
            with open(full / "filler", "wb") as handle:  # leave no room for even a new catalogue
                try:
                    while True:
                        handle.write(b"\0" * 65536)
                except OSError:
                    pass
            outcome = run(["--db", str(new), "info"], env)
            row.add(outcome, lambda o: o.code == 2 and not new.exists())
            export = run(["--db", str(catalogue), "export", "--format", "csv", str(full / "out.csv")], env)
            row.add(export, lambda o: o.code == 2 and not any(p.name.startswith(".out") for p in full.iterdir()))
        finally:
            _unmount(full)

    # Gone: the folder holding the catalogue is removed while an import writes into it.
    stick = work / "stick"
    stick.mkdir()
    catalogue = stick / "catalogue.sqlite3"
    shutil.copy(demo, catalogue)
    process = subprocess.Popen([sys.executable, "-m", "resource_desk", "--db", str(catalogue), "import",
                                str(spreadsheet)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wal = catalogue.with_name(catalogue.name + "-wal")
    deadline = time.monotonic() + 60
    while not (wal.exists() and wal.stat().st_size > 0) and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.01)
    shutil.rmtree(stick)
    _, err = process.communicate(timeout=300)
    outcome = Outcome(process.returncode, err.decode(), 0.0, 0.0)
    row.add(outcome, lambda o: o.code == 2 and ("can no longer be reached" in o.err or "was removed" in o.err))
    if outcome.err.strip():
        seen.append("gone: " + outcome.err.strip().splitlines()[-1][:110])
    row.seen = " | ".join(s for s in seen if s)
    return row


def corrupt(path: Path, rng: random.Random) -> None:
    size = path.stat().st_size
    with open(path, "r+b") as handle:
        for _ in range(rng.randint(1, 4)):
            at = rng.randrange(size // 10, size - 100)
            handle.seek(at)
            handle.write(bytes(rng.randrange(256) for _ in range(rng.randint(16, 4096))))


def probe_damage(work: Path, env: dict, demo: Path, trials: int) -> Row:
    """Random bytes in the middle of a catalogue: every command either says it is damaged or
    answers correctly; none is silently wrong; nothing is written into it."""
    row = Row("damaged catalogue, every command")
    rng = random.Random(7)
    spreadsheet = work / "damage.csv"
    spreadsheet.write_text("Name,Phone\nNew place,(415) 555-0199\n")
    silent = 0
    for trial in range(trials):
        catalogue = fresh_catalogue(work, f"damaged-{trial}.sqlite3", demo)
        corrupt(catalogue, rng)
        for args in (["info"], ["search", ""], ["export", "--format", "csv", str(work / f"d{trial}.csv")],
                     ["import", str(spreadsheet)], ["duplicates"]):
            outcome = run(["--db", str(catalogue), *args], env)
            said = "damaged" in outcome.err
            row.add(outcome, lambda o: o.code in (0, 2))
            if outcome.code == 0 and not said and args[0] in ("info", "search"):
                silent += 1  # answered without a word: only right if the file is in fact sound
        connection = sqlite3.connect(catalogue)
        try:
            checked = connection.execute("PRAGMA quick_check").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            checked = str(exc)
        finally:
            connection.close()
        if checked == "ok":
            row.notes.append(f"trial {trial}: the bytes fell where quick_check finds nothing")
    row.seen = "resource-desk: warning: The catalogue … is damaged (SQLite's check found: …). … restore a backup …"
    row.notes.append(f"commands that answered without a warning: {silent} (only on files quick_check passes)")
    return row


def probe_private(work: Path, env: dict, demo: Path) -> Row:
    """Under umask 000: every file written that may hold private data is 0600, folders 0700."""
    row = Row("private files under umask 000")
    catalogue = fresh_catalogue(work, "private.sqlite3", demo)
    out = work / "private-out"
    out.mkdir()
    previous = os.umask(0)
    try:
        for args in (["export", "--format", "csv", "--include-private", str(out / "all.csv")],
                     ["export", "--format", "hsds", "--include-private", str(out / "all.zip")],
                     ["sheet", "--query", "food", "--pdf", str(out / "sheet.pdf")],
                     ["backups", "--now"]):
            row.add(run(["--db", str(catalogue), *args], env), lambda o: o.code == 0)
    finally:
        os.umask(previous)
    loose = []
    for path in [*out.rglob("*"), *catalogue.parent.glob("private*"), *(catalogue.parent / "private backups").rglob("*")]:
        mode = path.stat().st_mode & 0o777
        if (path.is_file() and mode != 0o600) or (path.is_dir() and mode & 0o077 and path != out):
            loose.append(f"{path.name} {mode:o}")
    if loose:
        row.tracebacks += len(loose)
        row.notes.append("readable by others: " + ", ".join(loose))
    row.seen = "every file 0600, the backups folder 0700"
    return row


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fuzz", type=int, default=2400)
    parser.add_argument("--damage", type=int, default=20)
    parser.add_argument("--only", choices=["files", "memory", "moments", "disks", "damage", "private"])
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="rd-probes-"))
    work.chmod(0o755)
    env = environment(work / "home")
    try:
        from resource_desk.core.demo import load_demo_entries
        from resource_desk.core.database import Catalogue

        demo = work / "demo.sqlite3"
        catalogue = Catalogue.open(demo)
        load_demo_entries(catalogue)
        catalogue.close()
        _checkpoint(demo)
        rows: list[Row] = []
        wanted = args.only
        if wanted in (None, "files"):
            rows += probe_files(work, env, demo, args.fuzz)
        if wanted in (None, "memory"):
            rows.append(probe_memory(work, env, demo))
        if wanted in (None, "moments"):
            rows.append(probe_moments(work, env, demo))
        if wanted in (None, "disks"):
            rows.append(probe_disks(work, env, demo))
        if wanted in (None, "damage"):
            rows.append(probe_damage(work, env, demo, args.damage))
        if wanted in (None, "private"):
            rows.append(probe_private(work, env, demo))
    finally:
        for mount in ("shared", "full", "stick"):
            _unmount(work / mount)
        shutil.rmtree(work, ignore_errors=True)
    print("| class | cases | tracebacks or wrong outcomes | peak memory | what the user sees |")
    print("|---|---|---|---|---|")
    for row in rows:
        peak = f"{row.peak_mb:.0f} MB" if row.peak_mb else "—"
        print(f"| {row.name} | {row.cases} | {row.tracebacks} | {peak} | {row.seen.replace('|', '/')} |")
    for row in rows:
        for note in row.notes:
            print(f"  {row.name}: {note}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
