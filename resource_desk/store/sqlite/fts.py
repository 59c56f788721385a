"""Keeping the full-text index right during a bulk import, fast.

The index is kept in step by triggers that recompute a resource's row on every insert
into ``resources`` and ``resource_tags`` — four or five recomputations per imported row.
Inside the import's own transaction the two insert triggers are dropped, the rows are
written, the index rows of every new (or newly tagged) resource are computed once, and
the triggers are created again from their own stored SQL before the transaction commits.
A crash or a cancel rolls all of it back together, so index and tables never disagree.

The rows are computed by the triggers' own SELECT, so they are exactly what the triggers
would write: for each batch of new resources by the writer's helper thread
(``new_rows_sql``), and at the end for resources that gained tags later (a duplicate row
merged in, ``refresh``). If the triggers' SQL cannot be read, they are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from contextlib import suppress

from sqlalchemy import Connection, text

SUSPENDED = ("resources_fts_insert", "resource_tags_fts_insert", "resource_taxonomy_terms_fts_insert",
             "resource_translations_fts_insert")
HASH_SIZE = 16 * 1024 * 1024
DEFAULT_HASH_SIZE = 1024 * 1024


class FtsMaintenance:
    def __init__(self, connection: Connection):
        self.connection = connection
        rows = dict(connection.execute(text(
            "SELECT name, sql FROM sqlite_master WHERE type IN ('trigger', 'table') AND name IN "
            f"({', '.join(repr(n) for n in SUSPENDED)}, 'resource_fts')")).all())
        self.saved = {name: rows[name] for name in SUSPENDED if rows.get(name)}
        self.statements = self._body(self.saved.get("resources_fts_insert", ""))
        if len(self.saved) < len(SUSPENDED) or "resource_fts" not in rows or self.statements is None:
            self.mode = "triggers"
        else:
            self.mode = "sql"
        self.suspended = False
        self._previous_hash_size: int | None = None

    @staticmethod
    def _body(sql: str) -> list[str] | None:
        """The trigger's two statements (delete the row, insert it computed), for ``new.pk``."""
        match = re.search(r"\bBEGIN\b(.*)\bEND\s*$", sql, re.S | re.I)
        if not match or "new.pk" not in match.group(1):
            return None
        statements = [s.strip() for s in match.group(1).split(";") if s.strip()]
        if (len(statements) != 2 or re.search(r"\bnew\.(?!pk\b)", match.group(1))
                or not statements[1].upper().startswith("INSERT")):
            return None
        return statements

    def suspend(self) -> None:
        if self.mode == "triggers":
            return
        for name in SUSPENDED:
            self.connection.exec_driver_sql(f'DROP TRIGGER "{name}"')
        self.suspended = True
        self._previous_hash_size = self._hash_size()
        self._set_hash_size(HASH_SIZE)

    def restore(self) -> None:
        if not self.suspended:
            return
        for name in SUSPENDED:
            self.connection.exec_driver_sql(self.saved[name])
        self._set_hash_size(self._previous_hash_size)
        self.suspended = False

    def new_rows_sql(self, pks: str) -> str | None:
        """The statement that writes the index rows of the resources ``pks`` (a SELECT of
        pks) selects, when none has one yet; None when the triggers do it themselves."""
        if not self.suspended:
            return None
        return self.statements[1].replace("new.pk", pks)

    def refresh(self, extra_ids: Iterable[str]) -> None:
        """Index rows again for resources whose tags the import changed."""
        extra = list(dict.fromkeys(extra_ids))
        if not self.suspended or not extra:
            return
        conn = self.connection
        conn.exec_driver_sql("CREATE TEMP TABLE IF NOT EXISTS rd_import_pks (pk INTEGER PRIMARY KEY)")
        conn.exec_driver_sql("DELETE FROM temp.rd_import_pks")
        for start in range(0, len(extra), 500):
            chunk = extra[start:start + 500]
            conn.execute(text("INSERT OR IGNORE INTO temp.rd_import_pks SELECT pk FROM resources WHERE id IN ("
                              + ", ".join(f":i{i}" for i in range(len(chunk))) + ")"),
                         {f"i{i}": v for i, v in enumerate(chunk)})
        for statement in self.statements:
            conn.exec_driver_sql(statement.replace("new.pk", "SELECT pk FROM temp.rd_import_pks"))
        conn.exec_driver_sql("DROP TABLE temp.rd_import_pks")

    def _hash_size(self) -> int | None:
        try:
            value = self.connection.execute(text("SELECT v FROM resource_fts_config WHERE k = 'hashsize'")).scalar()
        except Exception:  # noqa: BLE001 - an FTS5 without the option: leave it be
            return None
        return int(value) if value is not None else None

    def _set_hash_size(self, size: int | None) -> None:
        """The in-memory buffer FTS5 flushes segments from: larger while bulk loading (fewer
        merges), then back as it was, in the same transaction."""
        with suppress(Exception):  # an older FTS5 without the option: only slower
            self.connection.exec_driver_sql(
                f"INSERT INTO resource_fts(resource_fts, rank) VALUES ('hashsize', {int(size or DEFAULT_HASH_SIZE)})")
            if size is None:
                self.connection.exec_driver_sql("DELETE FROM resource_fts_config WHERE k = 'hashsize'")


class QuietLinkTriggers:
    """Deleting a resource's tag and category links fires an index refresh per link; when
    the resources themselves are deleted right after, that work is wasted, so the triggers
    are set aside (in the same transaction) and recreated from their own SQL."""

    NAMES = ("resource_tags_fts_delete", "resource_taxonomy_terms_fts_delete")

    def __init__(self, connection: Connection):
        self.connection = connection
        self.saved = [sql for (sql,) in connection.execute(text(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name IN ("
            + ", ".join(f"'{n}'" for n in self.NAMES) + ")"))]
        self.names = [n for n in self.NAMES if any(f" {n} " in sql for sql in self.saved)]

    def __enter__(self):
        for name in self.names:
            self.connection.exec_driver_sql(f'DROP TRIGGER "{name}"')
        return self

    def __exit__(self, *exc):
        for sql in self.saved:
            self.connection.exec_driver_sql(sql)
