"""Small helpers for import tests: write files, read back what the catalogue holds."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from sqlalchemy import text

from resource_desk.core.database import Catalogue
from resource_desk.core.resources import get_resources


def write_text(path: Path, content: str, encoding: str = "utf-8", newline: str | None = None) -> Path:
    data = content if newline is None else content.replace("\n", newline)
    path.write_bytes(data.encode(encoding))
    return path


def write_rows(path: Path, rows: list[list[str]], encoding: str = "utf-8", delimiter: str = ",",
               lineterminator: str = "\r\n") -> Path:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator=lineterminator).writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def all_resources(catalogue: Catalogue):
    with catalogue.engine.connect() as connection:
        ids = [r[0] for r in connection.execute(text("SELECT id FROM resources ORDER BY pk"))]
    return get_resources(catalogue, ids)


def by_name(catalogue: Catalogue):
    return {r.name: r for r in all_resources(catalogue)}


def counts(catalogue: Catalogue) -> dict[str, int]:
    with catalogue.engine.connect() as connection:
        return {table: connection.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()
                for table in ("resources", "organizations", "phones", "addresses", "resource_tags", "tags",
                              "import_batches", "resource_fts")}


def snapshot(catalogue: Catalogue) -> dict[str, list]:
    """Every row of the tables an import touches, to compare before and after."""
    with catalogue.engine.connect() as connection:
        result = {}
        for table, order in (("resources", "pk"), ("organizations", "id"), ("phones", "id"), ("addresses", "id"),
                             ("resource_tags", "resource_id, tag_id"), ("tags", "id"), ("tag_aliases", "id"),
                             ("import_batches", "id")):
            result[table] = [tuple(r) for r in connection.execute(text(f"SELECT * FROM {table} ORDER BY {order}"))]
        result["resource_fts"] = [tuple(r) for r in connection.execute(
            text("SELECT rowid, * FROM resource_fts ORDER BY rowid"))]
        return result


def schema(catalogue: Catalogue) -> list[tuple]:
    """Every table, index and trigger with its SQL."""
    with catalogue.engine.connect() as connection:
        return [tuple(r) for r in connection.execute(text(
            "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"))]


def fts_matches_triggers(catalogue: Catalogue) -> bool:
    """The index rows equal what the triggers' own SELECT computes for every resource."""
    with catalogue.engine.connect() as connection:
        sql = connection.execute(text("SELECT sql FROM sqlite_master WHERE name = 'resources_fts_insert'")).scalar()
        body = sql[sql.index("BEGIN") + 5:sql.rindex("END")]
        select = body.split(";")[1]
        select = select[select.index("SELECT"):].replace("new.pk", "SELECT pk FROM resources")
        expected = sorted(tuple(r) for r in connection.execute(text(select)))
        actual = sorted(tuple(r) for r in connection.execute(text(
            "SELECT rowid, name, organization, description, eligibility, tags, languages FROM resource_fts")))
        return expected == actual
