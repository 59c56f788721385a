"""How long a referral sheet takes to make, from the tray to a PDF on disk.

    python -m benchmarks.sheets [--resources 25] [--runs 20]

A catalogue with the demo entries is made in a temporary folder; the first N referable
resources (in name order; the demo's carry web addresses) go on a sheet. Each run does
what pressing "Save as PDF" does: read the resources, compose the sheet, render the HTML,
lay it out and paint every page into a PDF (fonts embedded). The same sheet without QR
codes runs alternately with it, so that whatever else the machine is doing slows both
alike. QR images are cached per address, as in the app, so runs after the first reuse them.

The same sheet is then saved once in each layout, and its pages counted.

The last line reads ``sheet resources=N pdf_ms=X plain_ms=Y ratio=Z pages=P compact_pages=C large_pages=L``.
Targets: X <= 300 ms; P <= 6, C <= 3, L <= 13 pages. The script only reports; it never fails.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

TARGET_MS = 300.0
TARGET_PAGES = {"normal": 6, "compact": 3, "large": 13}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.sheets", description=__doc__.split("\n\n")[0])
    parser.add_argument("--resources", type=int, default=25)
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args(argv)

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from resource_desk.core.database import Catalogue
    from resource_desk.core.demo import load_demo_entries
    from resource_desk.core.search import SearchQuery, matching_ids
    from resource_desk.printing.document import ensure_application
    from resource_desk.printing.pdf import write_pdf
    from resource_desk.sheets.content import SheetItem, SheetOptions, build_sheet
    from resource_desk.sheets.render import render_sheet

    ensure_application()
    with tempfile.TemporaryDirectory() as folder:
        folder_path = Path(folder)
        catalogue = Catalogue.open(folder_path / "bench.sqlite3")
        load_demo_entries(catalogue)
        ids = matching_ids(catalogue, SearchQuery())
        if len(ids) < args.resources:
            print(f"only {len(ids)} referable resources in the demo; using them all", file=sys.stderr)
        items = [SheetItem(rid, "Ask for the intake worker." if i % 3 == 0 else None)
                 for i, rid in enumerate(ids[:args.resources])]
        options = SheetOptions(title="Resources for you", note="Start with the first two.",
                               practice_name="Riverbend Counseling", practice_contact="12 Elm St\n(555) 010-2000")

        def one(qr: bool, **layout) -> tuple[float, int]:
            started = time.perf_counter()
            sheet = build_sheet(catalogue, items, replace(options, qr_codes=qr, **layout))
            result = write_pdf(render_sheet(sheet), folder_path / ("qr.pdf" if qr else "plain.pdf"))
            return (time.perf_counter() - started) * 1000, result.pages

        one(True), one(False)  # warm up: fonts registered, templates compiled
        with_qr: list[float] = []
        plain: list[float] = []
        pages = 0
        for _ in range(args.runs):
            ms, pages = one(True)
            with_qr.append(ms)
            plain.append(one(False)[0])
        layouts = {"normal": pages, "compact": one(True, layout="compact")[1],
                   "large": one(True, large_print=True)[1]}
        catalogue.close()

    pdf_ms = statistics.median(with_qr)
    plain_ms = statistics.median(plain)
    print(f"runs={args.runs} with QR: min {min(with_qr):.0f} ms, max {max(with_qr):.0f} ms; "
          f"without: min {min(plain):.0f} ms, max {max(plain):.0f} ms")
    print(f"target pdf_ms <= {TARGET_MS:.0f}: {'met' if pdf_ms <= TARGET_MS else 'NOT met'}")
    for name, count in layouts.items():
        print(f"{name}: {count} pages (target <= {TARGET_PAGES[name]}: "
              f"{'met' if count <= TARGET_PAGES[name] else 'NOT met'})")
    print(f"sheet resources={len(items)} pdf_ms={pdf_ms:.0f} plain_ms={plain_ms:.0f} "
          f"ratio={pdf_ms / plain_ms:.2f} pages={pages} compact_pages={layouts['compact']} "
          f"large_pages={layouts['large']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
