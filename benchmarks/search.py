"""How fast the project's search is on a big catalogue, against bare FTS5 in the same run.

    python -m benchmarks.search --n 100000

Builds (or reuses, see ``benchmarks.synthetic.cached``) a synthetic catalogue of N
resources, then times Q searches as a person types them: 1-3 words, the last one often
still being typed (a prefix), and for a share of them one identity tag and one need tag
ticked. Each goes through ``resource_desk.core.search.search`` (the first page of 100 rows,
ranked by relevance then name, and the total count). The baseline is what the search must
do at the least, in bare FTS5 through raw sqlite3: the same words (the FTS expression the
project builds, ``store.sqlite.search.fts_expression``), a page of 100
(``SELECT rowid FROM resource_fts WHERE resource_fts MATCH ? LIMIT 100``) plus the count of
all matches (``SELECT count(*) ... MATCH ?``). The two run alternately, query by query, so
that whatever else the machine is doing slows both alike.

Two more lines: sorted browsing (no words, by last verified, oldest first; now and then a
tag or two ticked; the first page and the total) at N resources, and the time from a
keystroke in the window's search box to its first page on screen, at ``--typing-n``
resources (10,000), typed one key at a time (each key waits for its page) and in bursts
(a key every 30 ms: the older searches are dropped; timed from the last key).

The last line reads ``search n=N p95_ms=X raw_p95_ms=Y ratio=Z``. Targets: ratio <= 2.0 and
p95 <= 30 ms. The script never fails on them; it only reports.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from benchmarks import synthetic
from resource_desk.core.database import Catalogue
from resource_desk.core.search import SearchQuery, search
from resource_desk.store.sqlite.search import fts_expression

TARGET_RATIO = 2.0
TARGET_P95_MS = 30.0
PAGE = 100

# What people type: words from names, tags, descriptions and languages (not "and", "the").
QUERY_WORDS = [
    "housing", "legal", "clinic", "trans", "queer", "food", "immigration", "immigrant", "youth", "support",
    "counseling", "shelter", "spanish", "español", "lgbtq", "crisis", "health", "mental", "peer", "group",
    "black", "latine", "indigenous", "disabled", "deaf", "asl", "veterans", "women", "elders", "seniors",
    "asylum", "daca", "citizenship", "rental", "eviction", "tenants", "jobs", "employment", "benefits", "snap",
    "medicaid", "free", "sliding", "hiv", "prep", "hormone", "gender", "affirming", "therapy", "survivors",
    "domestic", "violence", "assault", "trauma", "recovery", "harm", "reduction", "substance", "meals",
    "pantry", "transportation", "childcare", "parenting", "esl", "literacy", "reentry", "homeless",
    "unhoused", "outreach", "hotline", "warmline", "suicide", "grief", "belonging", "community", "center",
    "collective", "alliance", "rainbow", "esperanza", "casa", "clinica", "salud", "familias", "oakland",
    "chicago", "brooklyn", "vietnamese", "korean", "arabic", "tagalog", "mandarin", "cantonese", "haitian",
    "somali", "navigation", "case", "management", "advocacy", "organizing", "mutual", "aid", "tax", "doula",
]


@dataclass(frozen=True)
class Sample:
    text: str
    tag_ids: tuple[str, ...]
    words: int
    typing: bool  # the last word is a prefix


def queries(count: int, info: synthetic.SyntheticInfo, tag_share: float, seed: int) -> list[Sample]:
    """``count`` searches as typed: 1-3 words; the last is cut at a random keystroke more often
    than not (as-you-type), else finished with a space; ``tag_share`` of them tick two tags."""
    rng = random.Random(seed)
    identity, need = info.tags.get("identity", ()), info.tags.get("need", ())
    samples = []
    for _ in range(count):
        n_words = rng.choices((1, 2, 3), weights=(4, 4, 2))[0]
        words = rng.sample(QUERY_WORDS, n_words)
        last = words[-1]
        typing = rng.random() < 0.6
        if typing:
            words[-1] = last[: rng.randint(1, len(last))]  # any keystroke of the last word
            text = " ".join(words)
        else:
            text = " ".join(words) + " "
        with_tags = rng.random() < tag_share
        tags = (rng.choice(identity), rng.choice(need)) if with_tags and identity and need else ()
        samples.append(Sample(text=text, tag_ids=tags, words=n_words, typing=typing))
    return samples


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    k = (len(ordered) - 1) * p / 100
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def _row(label: str, project: list[float], raw: list[float]) -> str:
    if not project:
        return f"{label:<28} {0:>5}"
    return (f"{label:<28} {len(project):>5} {percentile(project, 50):>10.2f} {percentile(project, 95):>10.2f} "
            f"{max(project):>10.2f} {percentile(raw, 50):>10.2f} {percentile(raw, 95):>10.2f} {max(raw):>10.2f}")


def run(path: Path, info: synthetic.SyntheticInfo, count: int, tag_share: float, seed: int,
        warmup: int, verbose: bool, cold: int = 50) -> tuple[float, float]:
    samples = queries(count, info, tag_share, seed)
    catalogue = Catalogue.open(path)
    raw = sqlite3.connect(path)  # a bare connection: sqlite3's defaults, no pragmas
    raw_sql = f"SELECT rowid FROM resource_fts WHERE resource_fts MATCH ? LIMIT {PAGE}"
    raw_count_sql = "SELECT count(*) FROM resource_fts WHERE resource_fts MATCH ?"
    try:
        def timed_project(sample: Sample) -> tuple[float, int, int]:
            started = time.perf_counter()
            page = search(catalogue, SearchQuery(text=sample.text, tag_ids=sample.tag_ids), limit=PAGE)
            return (time.perf_counter() - started) * 1000, page.total, len(page.rows)

        def timed_raw(sample: Sample) -> tuple[float, int]:
            expression = fts_expression(sample.text)
            started = time.perf_counter()
            rows = raw.execute(raw_sql, (expression,)).fetchall() if expression else []
            if expression:
                raw.execute(raw_count_sql, (expression,)).fetchone()
            return (time.perf_counter() - started) * 1000, len(rows)

        for sample in samples[:warmup]:  # fill both page caches alike
            timed_project(sample)
            timed_raw(sample)
        project_ms, raw_ms, totals = [], [], []
        for i, sample in enumerate(samples):
            # Alternate which goes first so neither always inherits a warmer cache.
            if i % 2:
                r_ms, r_rows = timed_raw(sample)
                p_ms, total, rows = timed_project(sample)
            else:
                p_ms, total, rows = timed_project(sample)
                r_ms, r_rows = timed_raw(sample)
            project_ms.append(p_ms)
            raw_ms.append(r_ms)
            totals.append(total)
            if verbose:
                print(f"  {p_ms:8.2f} ms {r_ms:8.2f} ms  total={total:<6} rows={rows:<3} raw_rows={r_rows:<3} "
                      f"tags={len(sample.tag_ids)} {sample.text!r}")
        # The same searches right after a change to the catalogue, which throws away what the
        # search keeps between calls (filter bitmaps): what the first search after an edit costs.
        cold_ms = []
        for sample in samples[:cold]:
            raw.execute("INSERT OR REPLACE INTO settings (key, value) VALUES ('benchmark.touched', ?)",
                        (str(time.time()),))
            raw.commit()
            cold_ms.append(timed_project(sample)[0])
        raw.execute("DELETE FROM settings WHERE key = 'benchmark.touched'")
        raw.commit()
    finally:
        raw.close()
        catalogue.close()

    header = (f"{'searches':<28} {'count':>5} {'p50_ms':>10} {'p95_ms':>10} {'max_ms':>10} "
              f"{'raw_p50_ms':>10} {'raw_p95_ms':>10} {'raw_max_ms':>10}")
    print(header)
    print("-" * len(header))

    def subset(pred) -> tuple[list[float], list[float]]:
        chosen = [i for i, s in enumerate(samples) if pred(s, i)]
        return [project_ms[i] for i in chosen], [raw_ms[i] for i in chosen]

    groups = [
        ("1 word", lambda s, i: s.words == 1),
        ("2 words", lambda s, i: s.words == 2),
        ("3 words", lambda s, i: s.words == 3),
        ("last word a prefix", lambda s, i: s.typing),
        ("  prefix of 1-2 letters", lambda s, i: s.typing and len(s.text.split()[-1]) <= 2),
        ("whole words only", lambda s, i: not s.typing),
        ("with 2 tag filters", lambda s, i: bool(s.tag_ids)),
        ("without tags", lambda s, i: not s.tag_ids),
        ("total > 10000", lambda s, i: totals[i] > 10000),
        ("total <= 10000", lambda s, i: totals[i] <= 10000),
    ]
    for label, pred in groups:
        print(_row(label, *subset(pred)))
    print("-" * len(header))
    print(_row("all", project_ms, raw_ms))
    if cold_ms:
        print(f"after a change to the catalogue (each of the first {len(cold_ms)} searches right after a write, "
              f"nothing kept): p50_ms={percentile(cold_ms, 50):.2f} p95_ms={percentile(cold_ms, 95):.2f} "
              f"max_ms={max(cold_ms):.2f}")
    return percentile(project_ms, 95), percentile(raw_ms, 95)


def run_sorted(path: Path, info: synthetic.SyntheticInfo, count: int, seed: int, warmup: int) -> list[float]:
    """Browsing without words by last verified (never verified and oldest first), as a review
    starts: the first page and the total; a third of them with one tag ticked, a third with
    two, a tenth of them reversed."""
    rng = random.Random(seed + 1)
    identity, need = info.tags.get("identity", ()), info.tags.get("need", ())
    samples = []
    for _ in range(count):
        ticks = rng.choice((0, 1, 2))
        tags = () if ticks == 0 or not identity else (
            (rng.choice(identity),) if ticks == 1 else (rng.choice(identity), rng.choice(need)))
        samples.append(SearchQuery(tag_ids=tags, sort="verified", descending=rng.random() < 0.1))
    catalogue = Catalogue.open(path)
    try:
        for query in samples[:warmup]:
            search(catalogue, query, limit=PAGE)
        times = []
        for query in samples:
            started = time.perf_counter()
            search(catalogue, query, limit=PAGE)
            times.append((time.perf_counter() - started) * 1000)
    finally:
        catalogue.close()
    return times


def run_typing(path: Path, info: synthetic.SyntheticInfo, words: int, seed: int) -> tuple[list[float], list[float]]:
    """Keystroke to first page in the window's browser (offscreen): ``words`` searches typed
    one key at a time, each key waiting for its page (the latency of every key), then the
    same typed in bursts of a key every 30 ms (the latency of each burst's last key)."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from resource_desk.gui.browser import Browser

    app = QApplication.instance() or QApplication([])
    rng = random.Random(seed + 2)
    texts = [" ".join(rng.sample(QUERY_WORDS, rng.choice((1, 2)))) for _ in range(words)]
    catalogue = Catalogue.open(path)
    browser = Browser(catalogue)
    browser.reload()
    browser.show()

    def shown() -> bool:
        return not browser.search_timer.isActive() and browser.model.query.text == browser.search_box.text()

    def wait(until, limit_s: float = 5.0) -> None:
        """Run the event loop (as the window does, leaving the GIL to the search's thread) until
        ``until()`` holds, checked every millisecond, or ``limit_s`` has passed."""
        if until():
            return
        loop, check = QEventLoop(), QTimer()
        check.setInterval(1)
        check.timeout.connect(lambda: until() and loop.quit())
        check.start()
        QTimer.singleShot(int(limit_s * 1000), loop.quit)
        loop.exec()
        check.stop()

    def clear() -> None:
        browser.search_box.clear()
        wait(shown)
        wait(lambda: not browser.counts_pending)

    each_key, last_key = [], []
    try:
        for text in texts:
            clear()
            for char in text:
                started = time.perf_counter()
                QTest.keyClicks(browser.search_box, char)
                wait(shown)
                each_key.append((time.perf_counter() - started) * 1000)
        for text in texts:
            clear()
            for char in text:
                started = time.perf_counter()
                QTest.keyClicks(browser.search_box, char)
                wait(lambda: False, 0.030)  # the next key comes 30 ms later, shown or not
            wait(shown)
            last_key.append((time.perf_counter() - started) * 1000)
    finally:
        browser.stop_counting()
        browser.close()
        browser.deleteLater()
        app.processEvents()
        catalogue.close()
    return each_key, last_key


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Time the project's search against bare FTS5.")
    parser.add_argument("--n", type=int, default=100_000, help="resources in the synthetic catalogue")
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--tag-share", type=float, default=0.5,
                        help="share of the searches that also tick one identity and one need tag")
    parser.add_argument("--seed", type=int, default=synthetic.SEED)
    parser.add_argument("--warmup", type=int, default=20, help="searches run untimed first")
    parser.add_argument("--db", type=Path, help="use this catalogue instead of a synthetic one")
    parser.add_argument("--rebuild", action="store_true", help="build the synthetic catalogue afresh")
    parser.add_argument("--verbose", action="store_true", help="print every search")
    parser.add_argument("--sorted", type=int, default=200, help="sorted browsing searches (0: none)")
    parser.add_argument("--typing-n", type=int, default=10_000,
                        help="resources in the catalogue typed into (0: no typing line)")
    parser.add_argument("--typing-words", type=int, default=30, help="searches typed key by key")
    args = parser.parse_args(argv)

    if args.db:
        conn = sqlite3.connect(args.db)
        tags: dict[str, list[str]] = {}
        for tag_id, facet in conn.execute("SELECT id, facet FROM tags"):
            tags.setdefault(facet, []).append(tag_id)
        n = conn.execute("SELECT count(*) FROM resources").fetchone()[0]
        conn.close()
        info = synthetic.SyntheticInfo(path=args.db, resources=n, organizations=0, seed=args.seed, seconds=0.0,
                                       tags={k: tuple(v) for k, v in tags.items()})
    else:
        started = time.perf_counter()
        info = synthetic.cached(args.n, args.seed, rebuild=args.rebuild)
        built = f"built in {info.seconds:.1f} s" if info.seconds else "reused"
        print(f"catalogue: {info.resources} resources, {info.organizations} organizations, {built} "
              f"({time.perf_counter() - started:.1f} s here): {info.path}")
    sqlite_version = sqlite3.sqlite_version
    print(f"searches: {args.queries} (+{args.warmup} warm-up), 1-3 words, last word cut at a random keystroke in "
          f"60% of them; {args.tag_share:.0%} of them also with one identity and one need tag "
          f"(the raw baseline has no tag filter); first page of {PAGE} rows and the total (raw: the same "
          f"page and count(*) of the matches); "
          f"SQLite {sqlite_version}, Python {sys.version.split()[0]}")
    p95, raw_p95 = run(info.path, info, args.queries, args.tag_share, args.seed, args.warmup, args.verbose)
    if args.sorted:
        times = run_sorted(info.path, info, args.sorted, args.seed, args.warmup)
        print(f"sorted browsing n={info.resources} (by last verified, first page and total, "
              f"{len(times)} searches, 0-2 tags): p50_ms={percentile(times, 50):.2f} "
              f"p95_ms={percentile(times, 95):.2f} max_ms={max(times):.2f}")
    if args.typing_n:
        typing = synthetic.cached(args.typing_n, args.seed) if args.typing_n != info.resources or args.db else info
        each_key, last_key = run_typing(typing.path, typing, args.typing_words, args.seed)
        print(f"keystroke to first page n={typing.resources} ({len(each_key)} keys, each waiting for its page): "
              f"p50_ms={percentile(each_key, 50):.2f} p95_ms={percentile(each_key, 95):.2f} "
              f"max_ms={max(each_key):.2f}; typed a key every 30 ms, last key to its page: "
              f"p50_ms={percentile(last_key, 50):.2f} p95_ms={percentile(last_key, 95):.2f}")
    ratio = p95 / raw_p95 if raw_p95 else float("inf")
    verdict = "within" if ratio <= TARGET_RATIO and p95 <= TARGET_P95_MS else "OVER"
    print(f"targets: ratio <= {TARGET_RATIO}, p95 <= {TARGET_P95_MS:.0f} ms: {verdict}")
    print(f"search n={info.resources} p95_ms={p95:.2f} raw_p95_ms={raw_p95:.2f} ratio={ratio:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
