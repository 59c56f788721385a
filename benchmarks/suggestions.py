"""Tag suggestions on real lists: how many resources gain a tag, and how fast.

    .venv/bin/python -m benchmarks.suggestions [--sample 40] [--seed 7] [--n 100000]

Imports the women's services directory (ss4women/directory.csv) and the Ohana San Mateo
sample from ../shared/data/real into a temporary catalogue through the import service (the
path the command line takes), runs ``resource_desk.core.suggestions`` over every resource
(name, description, eligibility; the tags it already carries as ``have``) and prints, per
list: resources, the share with a need tag before and after accepting every suggestion, the
same for identity tags, the number of suggestions, and the time. Then it times N resources
(the real texts over and over, the word cache emptied first) and prints a reproducible
sample of suggestions with their evidence and a bit of the text around it, to be judged by
reading. Benchmarks print figures; they do not pass or fail.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

from resource_desk.core import suggestions
from resource_desk.core.database import Catalogue
from resource_desk.core.suggestions import Suggester, rules_from_vocabulary
from resource_desk.importing.service import ImportOptions, run_import

REAL = Path(__file__).resolve().parents[2] / "shared" / "data" / "real"
LISTS = (("ss4women", REAL / "ss4women" / "directory.csv"), ("ohana", REAL / "ohana-sample-csv"))


def _load(path: Path) -> tuple[dict[str, str], dict[str, str], list[tuple]]:
    """(tag key -> id, tag id -> facet, [(batch, id, name, description, eligibility, have)])."""
    connection = sqlite3.connect(path)
    try:
        tags = connection.execute("SELECT id, facet, name FROM tags").fetchall()
        links: dict[str, set[str]] = {}
        for resource_id, tag_id in connection.execute("SELECT resource_id, tag_id FROM resource_tags"):
            links.setdefault(resource_id, set()).add(tag_id)
        rows = [(batch, rid, name, description or "", eligibility or "", frozenset(links.get(rid, ())))
                for batch, rid, name, description, eligibility in connection.execute(
                    "SELECT import_batch_id, id, name, description, eligibility FROM resources ORDER BY sort_name")]
    finally:
        connection.close()
    return {f"{f}:{n}": i for i, f, n in tags}, {i: f for i, f, _ in tags}, rows


def _excerpt(text: str, words: str, width: int = 90) -> str:
    at = text.lower().find(words.lower())
    if at < 0:
        return text[:width]
    start = max(0, at - width // 2)
    return ("…" if start else "") + text[start:start + width].replace("\n", " ") + "…"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", type=int, default=40)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--n", type=int, default=100_000, help="resources to time (real texts repeated)")
    args = parser.parse_args(argv)
    missing = [str(p) for _, p in LISTS if not p.exists()]
    if missing:
        print(f"suggestions: real data absent ({', '.join(missing)}); nothing measured")
        return 0
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "catalogue.sqlite3"
        catalogue = Catalogue.open(db)
        batches = {}
        try:
            for label, path in LISTS:
                result = run_import(catalogue, path, ImportOptions(new_tags="skip"))
                batches[result.batch_id] = label
        finally:
            catalogue.close()
        tag_ids, facet_of, rows = _load(db)

    started = time.perf_counter()
    suggester = Suggester(rules_from_vocabulary(tag_ids))
    compile_s = time.perf_counter() - started
    results = []
    started = time.perf_counter()
    for batch, rid, name, description, eligibility, have in rows:
        results.append(suggester.suggest(name, description, eligibility, have=have))
    run_s = time.perf_counter() - started

    print(f"suggestions: rules={len(suggester.rules)} compile_ms={compile_s * 1000:.1f}")
    samples = []
    for label in [*batches.values(), "all"]:
        picked = [(row, found) for row, found in zip(rows, results)
                  if label == "all" or batches.get(row[0]) == label]
        n = len(picked)

        def share(facet: str, after: bool) -> float:
            count = 0
            for row, found in picked:
                ids = set(row[5]) | ({s.tag_id for s in found} if after else set())
                count += any(facet_of[i] == facet for i in ids)
            return 100 * count / n if n else 0.0

        total = sum(len(found) for _, found in picked)
        print(f"  {label}: resources={n} need_before={share('need', False):.0f}% "
              f"need_after={share('need', True):.0f}% identity_before={share('identity', False):.0f}% "
              f"identity_after={share('identity', True):.0f}% suggestions={total}")
        if label == "all":
            samples = [(row, s) for row, found in picked for s in found]
    print(f"  time: {len(rows)} resources in {run_s * 1000:.1f} ms")

    texts = [(r[2], r[3], r[4], r[5]) for r in rows]
    suggestions._CACHE.clear()
    started, cpu = time.perf_counter(), time.process_time()
    count = 0
    for i in range(args.n):
        name, description, eligibility, have = texts[i % len(texts)]
        count += len(suggester.suggest(name, description, eligibility, have=have))
    scale_s, cpu_s = time.perf_counter() - started, time.process_time() - cpu
    chars = sum(len(n) + len(d) + len(e) for n, d, e, _ in texts) / len(texts)
    print(f"  scale: {args.n} resources ({chars:.0f} characters each on average) in {scale_s:.2f} s wall, "
          f"{cpu_s:.2f} s CPU ({args.n / cpu_s:,.0f} resources per CPU second, {count} suggestions)")

    rng = random.Random(args.seed)
    sample = rng.sample(samples, min(args.sample, len(samples)))
    print(f"\nsample of {len(sample)} suggestions (seed {args.seed}), to judge by reading:")
    for number, ((_, _, name, description, eligibility, _), s) in enumerate(sample, 1):
        field, _, quoted = s.evidence.partition(": ")
        text = {"name": name, "description": description, "eligibility": eligibility}.get(field, "")
        print(f"{number:2d}. {s.key:<36} {name[:50]}")
        print(f"    {s.evidence}  | {_excerpt(text, quoted.strip('“”'))}")
    print(f"\nsuggestions n={len(rows)} need_after_ss4women="
          f"{_need_after(rows, results, batches, facet_of, 'ss4women'):.0f}% "
          f"per_100k_cpu_s={cpu_s * 100_000 / args.n:.2f}")
    return 0


def _need_after(rows, results, batches, facet_of, label) -> float:
    picked = [(r, f) for r, f in zip(rows, results) if batches.get(r[0]) == label]
    hit = sum(any(facet_of[i] == "need" for i in set(r[5]) | {s.tag_id for s in f}) for r, f in picked)
    return 100 * hit / len(picked) if picked else 0.0


if __name__ == "__main__":
    sys.exit(main())
