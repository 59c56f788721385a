"""Import benchmark: a hand-kept spreadsheet of N rows into an empty catalogue, compared
with inserting the same rows with raw sqlite3 executemany into one plain table, then the
same file imported again (every row a duplicate).

    .venv/bin/python -m benchmarks.importing --n 100000

The file has free-form headers, yes/no tag columns, list cells and phones in several
formats. The import goes through the command line (``resource-desk import``), the same
code path a person uses. The last line is:

    import n=N rows_per_s=X raw_rows_per_s=Y ratio=Z reimport_s=W peak_rss_mb=M

ratio is raw_rows_per_s / rows_per_s. Benchmarks print figures; they do not pass or fail.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import io
import json
import random
import resource
import shutil
import sqlite3
import tempfile
import time
from pathlib import Path

HEADERS = ["Name of Service", "Agency", "Best Contact", "Website", "E-mail", "Address", "Languages Spoken",
           "Who we serve", "Food", "Housing", "Spanish", "Topic covered: Budgeting", "Fees", "Hours",
           "Description", "Last verified"]
ADJECTIVES = ["Rainbow", "Harbor", "Eastside", "Mission", "Sunrise", "Bayview", "Cedar", "Unity", "Riverside",
              "Open Door", "Second Chance", "New Roots", "Lantern", "Northside", "Maple", "Horizon"]
PROGRAMS = ["Drop-In Center", "Food Pantry", "Legal Clinic", "Youth Housing", "Peer Support Group", "Warmline",
            "Health Clinic", "Job Training", "Family Resource Center", "Immigrant Rights Project",
            "Trans Wellness Circle", "Recovery Café", "Shelter Program", "Tenant Hotline", "ESL Classes"]
POPULATIONS = ["LGBTQ", "youth", "Seniors", "Immigrants", "people of color", "Veterans", "women",
               "Two Spirit", "Deaf", "homeless", "trans", "Latinx", "disabled people"]
LANGUAGES = ["English", "Spanish", "Cantonese", "Vietnamese", "Tagalog", "Russian", "Arabic", "Korean", "ASL"]
STREETS = ["Main St", "Mission St", "Valencia St", "Telegraph Ave", "Broadway", "Market St", "3rd Ave"]
CITIES = [("San Francisco", "94110"), ("Oakland", "94612"), ("Berkeley", "94704"), ("San Jose", "95112")]


def _phone(rng: random.Random) -> str:
    area, exchange, line = rng.choice(["415", "510", "650", "408"]), rng.randint(200, 999), rng.randint(0, 9999)
    style = rng.randrange(6)
    if style == 0:
        return f"({area}) {exchange}-{line:04d}"
    if style == 1:
        return f"{area}.{exchange}.{line:04d} ext {rng.randint(1, 99)}"
    if style == 2:
        return f"{area}-{exchange}-{line:04d}, TTY: {area}-{exchange}-{(line + 1) % 10000:04d}"
    if style == 3:
        return f"1-{area}-{exchange}-{line:04d}"
    if style == 4:
        return f"Hotline: ({area}) {exchange}-{line:04d}; Fax ({area}) {exchange}-{(line + 7) % 10000:04d}"
    return f"{area}{exchange}{line:04d}"


def generate(path: Path, n: int, seed: int = 7) -> None:
    """A hand-kept list of ``n`` resources, written row by row (never held in memory)."""
    rng = random.Random(seed)
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADERS)
        for i in range(n):
            org = rng.randrange(max(1, n // 8))
            org_name = f"{ADJECTIVES[org % len(ADJECTIVES)]} Community Services {org}"
            name = f"{ADJECTIVES[i % len(ADJECTIVES)]} {PROGRAMS[(i // 7) % len(PROGRAMS)]} #{i}"
            city, postal = CITIES[i % len(CITIES)]
            verified = (f"{rng.randint(1, 12)}/{rng.randint(1, 28)}/{rng.randint(15, 24)} 0:00" if i % 2
                        else f"20{rng.randint(15, 24)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}")
            writer.writerow([
                name,
                org_name,
                _phone(rng),
                f"www.org{org}.example.org/{i}" if i % 3 else "",
                f"contact{i}@org{org}.example.org" if i % 4 == 0 else "",
                f"{rng.randint(1, 4000)} {rng.choice(STREETS)}, {city}, CA {postal}",
                ", ".join(rng.sample(LANGUAGES, rng.randint(1, 3))),
                "; ".join(rng.sample(POPULATIONS, rng.randint(0, 3))),
                "x" if i % 3 == 0 else "",
                rng.choice(["yes", "no", ""]),
                "TRUE" if i % 5 == 0 else "FALSE",
                "1" if i % 7 == 0 else "0",
                rng.choice(["None", "Sliding scale", "$20 per visit", "Free", ""]),
                rng.choice(["Mon-Fri 9am-5pm", "24/7", "Tuesdays 6-8pm", ""]),
                f"{PROGRAMS[i % len(PROGRAMS)]} run by {org_name} for the neighbourhood; call ahead for "
                f"the current schedule.",
                verified,
            ])


def raw_insert(csv_path: Path, db_path: Path) -> float:
    """Seconds to read the file and insert every row as it is into one plain table."""
    start = time.perf_counter()
    connection = sqlite3.connect(db_path, isolation_level=None)
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA synchronous = NORMAL")
    columns = ", ".join(f"c{i} TEXT" for i in range(len(HEADERS)))
    connection.execute(f"CREATE TABLE rows ({columns})")
    placeholders = ", ".join("?" * len(HEADERS))
    connection.execute("BEGIN")
    with open(csv_path, encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        next(reader)
        batch = []
        for row in reader:
            batch.append(row)
            if len(batch) >= 5000:
                connection.executemany(f"INSERT INTO rows VALUES ({placeholders})", batch)
                batch = []
        if batch:
            connection.executemany(f"INSERT INTO rows VALUES ({placeholders})", batch)
    connection.execute("COMMIT")
    connection.close()
    return time.perf_counter() - start


def cli_import(db_path: Path, csv_path: Path) -> tuple[float, dict]:
    """Seconds for ``resource-desk --db DB import FILE --json``, and its report."""
    from resource_desk.cli import main

    out = io.StringIO()
    start = time.perf_counter()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
        code = main(["--db", str(db_path), "import", str(csv_path), "--json"])
    seconds = time.perf_counter() - start
    if code != 0:
        raise SystemExit(f"import failed with exit status {code}")
    return seconds, json.loads(out.getvalue())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100000, help="rows in the generated file")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--keep", metavar="DIR", help="keep the file and catalogues in DIR")
    args = parser.parse_args(argv)
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="rd-import-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        csv_path = work / "hand-kept.csv"
        generate(csv_path, args.n, args.seed)
        size_mb = csv_path.stat().st_size / 1e6
        print(f"generated {args.n} rows ({size_mb:.1f} MB) in {csv_path}", flush=True)
        db_path = work / "catalogue.sqlite3"
        for stale in (db_path, work / "raw.sqlite3"):
            for suffix in ("", "-wal", "-shm"):
                Path(str(stale) + suffix).unlink(missing_ok=True)
        raw_seconds = raw_insert(csv_path, work / "raw.sqlite3")
        seconds, report = cli_import(db_path, csv_path)
        print(f"raw sqlite3 executemany: {raw_seconds:.2f}s", flush=True)
        print(f"first import: {seconds:.2f}s, created {report['created']}, skipped {report['skipped']}, "
              f"rejected {report['rejected']}", flush=True)
        reimport_seconds, again = cli_import(db_path, csv_path)
        print(f"re-import: {reimport_seconds:.2f}s, created {again['created']}, updated {again['updated']}, "
              f"skipped {again['skipped']}", flush=True)
        rows_per_s = args.n / seconds
        raw_rows_per_s = args.n / raw_seconds
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"import n={args.n} rows_per_s={rows_per_s:.0f} raw_rows_per_s={raw_rows_per_s:.0f} "
              f"ratio={raw_rows_per_s / rows_per_s:.1f} reimport_s={reimport_seconds:.2f} peak_rss_mb={peak:.0f}",
              flush=True)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
