"""How long the app takes to start on a big catalogue, against a bare Qt window.

    python -m benchmarks.startup --n 100000

Builds (or reuses) a synthetic catalogue of N resources, then starts, alternately and
``--runs`` times each after one unmeasured start of each, a fresh process that shows the
main window on it and stops once its results table holds the first rows
(``benchmarks._startup_child app``), and one that shows a plain QMainWindow with an empty
QTableView (``... bare``). Each reports the seconds from process start (the parent's clock
when it launched the process) to that moment, and its peak resident memory. Offscreen Qt.

The last line reads ``startup n=N app_s=X bare_s=Y ratio=Z app_rss_mb=A bare_rss_mb=B``
(medians). Targets: ratio <= 2.5 and A <= B + 120. The script only reports.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks import synthetic

TARGET_RATIO = 2.5
TARGET_EXTRA_MB = 120


def launch(mode: str, db: Path | None, home: Path) -> dict:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    # The user's own settings and data stay out of it (and untouched).
    env["XDG_CONFIG_HOME"] = str(home / "config")
    env["XDG_DATA_HOME"] = str(home / "data")
    env["HOME"] = str(home)
    env.pop("RESOURCE_DESK_DB", None)
    args = [sys.executable, "-m", "benchmarks._startup_child", mode]
    if db is not None:
        args += ["--db", str(db)]
    env["RESOURCE_DESK_BENCH_T0"] = repr(time.time())
    started = time.perf_counter()
    done = subprocess.run(args, env=env, capture_output=True, text=True, timeout=300,
                          cwd=Path(__file__).resolve().parents[1])
    wall = time.perf_counter() - started
    for line in done.stdout.splitlines():
        if line.startswith("STARTUP "):
            result = json.loads(line[len("STARTUP "):])
            result["wall_s"] = wall
            return result
    raise RuntimeError(f"{mode} start failed (exit {done.returncode}):\n{done.stdout}\n{done.stderr}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Time the app's start against a bare Qt window.")
    parser.add_argument("--n", type=int, default=100_000, help="resources in the synthetic catalogue")
    parser.add_argument("--runs", type=int, default=5, help="measured starts of each")
    parser.add_argument("--seed", type=int, default=synthetic.SEED)
    parser.add_argument("--db", type=Path, help="start on this catalogue instead of a synthetic one (a copy)")
    parser.add_argument("--verbose", action="store_true", help="print each start's milestones")
    args = parser.parse_args(argv)

    if args.db:
        source, n = args.db, None
    else:
        info = synthetic.cached(args.n, args.seed)
        built = f"built in {info.seconds:.1f} s" if info.seconds else "reused"
        print(f"catalogue: {info.resources} resources ({built}): {info.path}")
        source, n = info.path, info.resources

    with tempfile.TemporaryDirectory(prefix="resource-desk-startup-") as tmp:
        home = Path(tmp)
        # A copy, so the start opens a catalogue exactly as the app would (WAL, upgrade check).
        db = home / "catalogue.sqlite3"
        with sqlite3.connect(source) as src, sqlite3.connect(db) as dst:
            src.backup(dst)
        if n is None:
            with sqlite3.connect(db) as conn:
                n = conn.execute("SELECT count(*) FROM resources").fetchone()[0]
        launch("bare", None, home)  # unmeasured: the OS caches the libraries and the file
        launch("app", db, home)
        runs: dict[str, list[dict]] = {"app": [], "bare": []}
        for i in range(args.runs):
            for mode in (("app", "bare") if i % 2 == 0 else ("bare", "app")):
                result = launch(mode, db if mode == "app" else None, home)
                runs[mode].append(result)
                if args.verbose:
                    print(f"  {mode:4} {result['seconds']:.3f} s  wall {result['wall_s']:.3f} s  "
                          f"rss {result['peak_rss_mb']:.0f} MB  rows {result['rows']}  {result['marks']}")

    def med(mode: str, key: str) -> float:
        return statistics.median(r[key] for r in runs[mode])

    print(f"starts: {args.runs} of each, alternating, after one unmeasured start of each; offscreen Qt; "
          f"seconds from process start to the window shown with its first results (bare: shown); "
          f"Python {sys.version.split()[0]}")
    header = f"{'start':<6} {'median_s':>9} {'min_s':>7} {'max_s':>7} {'wall_s':>7} {'peak_rss_mb':>12}"
    print(header)
    print("-" * len(header))
    for mode in ("app", "bare"):
        seconds = [r["seconds"] for r in runs[mode]]
        print(f"{mode:<6} {statistics.median(seconds):>9.3f} {min(seconds):>7.3f} {max(seconds):>7.3f} "
              f"{med(mode, 'wall_s'):>7.3f} {med(mode, 'peak_rss_mb'):>12.1f}")
    marks = {key: statistics.median(r["marks"][key] for r in runs["app"]) for key in runs["app"][0]["marks"]}
    print("app milestones (median s from process start): "
          + ", ".join(f"{key} {value:.3f}" for key, value in marks.items()))
    app_s, bare_s = med("app", "seconds"), med("bare", "seconds")
    app_rss, bare_rss = med("app", "peak_rss_mb"), med("bare", "peak_rss_mb")
    ratio = app_s / bare_s
    verdict = "within" if ratio <= TARGET_RATIO and app_rss <= bare_rss + TARGET_EXTRA_MB else "OVER"
    print(f"targets: ratio <= {TARGET_RATIO}, app_rss_mb <= bare_rss_mb + {TARGET_EXTRA_MB}: {verdict}")
    print(f"startup n={n} app_s={app_s:.3f} bare_s={bare_s:.3f} ratio={ratio:.2f} "
          f"app_rss_mb={app_rss:.1f} bare_rss_mb={bare_rss:.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
