"""What the real lists become: one line per file in ../shared/data/real.

    .venv/bin/python -m benchmarks.real_lists

Each file is imported into a fresh catalogue through the import service (the command line's
path), as a new user would: the default choices, then the same file again. Printed per file:
resources and organizations (and the organizations the file lists), the share of resources
with a need tag and with an identity tag — straight from the file, and after accepting every
suggested tag —, source categories kept, the new tags offered (values of tag columns, and
source categories that map to no tag), tags whose name looks like a code, a path or a cut-off
cell (must be 0), and what the second import changed (must be nothing). Prints figures; it
does not pass or fail.
"""

from __future__ import annotations

import sqlite3
import tempfile
from pathlib import Path

from resource_desk.core.database import Catalogue
from resource_desk.importing.service import ImportOptions, run_import
from resource_desk.importing.tagging import looks_like_category

REAL = Path(__file__).resolve().parents[2] / "shared" / "data" / "real"
FILES = (("ss4women", REAL / "ss4women" / "directory.csv"), ("ohana", REAL / "ohana-sample-csv"),
         ("hsds3-example", REAL / "hsds3-example-csv"))


def _shares(path: Path) -> dict[str, float | int]:
    connection = sqlite3.connect(path)
    try:
        one = lambda sql: connection.execute(sql).fetchone()[0]  # noqa: E731
        resources = one("SELECT count(*) FROM resources")

        def share(facet: str) -> float:
            tagged = one("SELECT count(DISTINCT rt.resource_id) FROM resource_tags rt JOIN tags t ON t.id = rt.tag_id "
                         f"WHERE t.facet = '{facet}'")
            return 100.0 * tagged / resources if resources else 0.0

        names = [n for (n,) in connection.execute("SELECT name FROM tags")]
        return {"resources": resources, "organizations": one("SELECT count(*) FROM organizations"),
                "need": share("need"), "identity": share("identity"),
                "categories": one("SELECT count(*) FROM taxonomy_terms"),
                "bad_tags": sum(looks_like_category(n) for n in names)}
    finally:
        connection.close()


def main() -> int:
    if not REAL.is_dir():
        print(f"no real lists at {REAL}")
        return 0
    for label, path in FILES:
        if not path.exists():
            continue
        with tempfile.TemporaryDirectory() as folder:
            db = Path(folder) / "catalogue.sqlite3"
            catalogue = Catalogue.open(db)
            first = run_import(catalogue, path)
            plain = _shares(db)
            again = run_import(catalogue, path)
            value_tags = sum(1 for t in first.new_tags if not t.category)
            category_tags = sum(1 for t in first.new_tags if t.category)
            suggested = len(first.suggestions)
            catalogue.close()
            db2 = Path(folder) / "accepted.sqlite3"
            catalogue = Catalogue.open(db2)
            run_import(catalogue, path, ImportOptions(accept_suggestions=frozenset({"*"})))
            accepted = _shares(db2)
            catalogue.close()
        print(f"real {label}: resources={plain['resources']} organizations={plain['organizations']} "
              f"need_tag={plain['need']:.0f}% identity_tag={plain['identity']:.0f}% "
              f"need_tag_with_suggestions={accepted['need']:.0f}% "
              f"identity_tag_with_suggestions={accepted['identity']:.0f}% "
              f"source_categories={plain['categories']} new_tags_offered={value_tags}+{category_tags} "
              f"suggested_tags={suggested} code_or_path_tags={plain['bad_tags']} "
              f"second_import_created={again.created} second_import_updated={again.updated}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
