"""Keeping the full-text index right during a bulk import, fast.

The index is kept in step by triggers that recompute a resource's row on every insert
into ``resources`` and ``resource_tags`` — four or five recomputations per imported row.
Inside the import's own transaction the two insert triggers are dropped, the rows are
written, the index rows of every new (or newly tagged) resource are computed once, and
the triggers are created again from their own stored SQL before the transaction commits.
A crash or a cancel rolls all of it back together, so index and tables never disagree.

The index rows are computed in Python when the triggers are exactly the ones this module
knows (checked by a fingerprint of their SQL): the writer hands over each new resource's
text as it inserts it, so nothing is read back; resources that gained tags later (a
duplicate row merged in) are recomputed at the end. Otherwise the triggers' own SELECT is
run for the whole set, and if even that cannot be read the triggers are left alone.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable

from sqlalchemy import Connection, text

SUSPENDED = ("resources_fts_insert", "resource_tags_fts_insert")
# sha1 of the whitespace-normalised SQL of the two triggers (migration 0001) and the index
# table (migration 0004). Another definition falls back to the triggers' own SQL.
KNOWN_FINGERPRINT = "4a531f36cddcbab6721ded41a57dd5784e32d25b"
HASH_SIZE = 16 * 1024 * 1024
DEFAULT_HASH_SIZE = 1024 * 1024


def fingerprint(sqls: Iterable[str]) -> str:
    joined = "\n".join(" ".join(sql.split()) for sql in sqls)
    return hashlib.sha1(joined.encode("utf-8")).hexdigest()


class FtsMaintenance:
    def __init__(self, connection: Connection):
        self.connection = connection
        rows = dict(connection.execute(text(
            "SELECT name, sql FROM sqlite_master WHERE type IN ('trigger', 'table') AND name IN "
            "('resources_fts_insert', 'resource_tags_fts_insert', 'resource_fts')")).all())
        self.saved = {name: rows[name] for name in SUSPENDED if rows.get(name)}
        body = self._body(self.saved.get("resources_fts_insert", ""))
        if len(self.saved) < len(SUSPENDED) or "resource_fts" not in rows or body is None:
            self.mode = "triggers"
        elif fingerprint([self.saved[n] for n in SUSPENDED] + [rows["resource_fts"]]) == KNOWN_FINGERPRINT:
            self.mode = "python"
        else:
            self.mode = "sql"
        self.suspended = False
        self._tag_text: dict[str, str] | None = None
        self._language_words: list = []
        self._language_text: dict[str, str] = {}
        self._restore_hash_size = lambda: None

    @staticmethod
    def _body(sql: str) -> list[str] | None:
        match = re.search(r"\bBEGIN\b(.*)\bEND\s*$", sql, re.S | re.I)
        if not match or "new.pk" not in match.group(1):
            return None
        statements = [s.strip() for s in match.group(1).split(";") if s.strip()]
        if len(statements) != 2 or re.search(r"\bnew\.(?!pk\b)", match.group(1)):
            return None
        return statements

    def suspend(self) -> None:
        if self.mode == "triggers":
            return
        for name in SUSPENDED:
            self.connection.exec_driver_sql(f'DROP TRIGGER "{name}"')
        self.suspended = True

    def restore(self) -> None:
        if not self.suspended:
            return
        for name in SUSPENDED:
            self.connection.exec_driver_sql(self.saved[name])
        self.suspended = False

    @property
    def takes_rows(self) -> bool:
        """Whether the writer should hand new resources' text to ``index_new``."""
        return self.suspended and self.mode == "python"

    def refresh(self, after_pk: int, extra_ids: Iterable[str]) -> None:
        """Index rows for ``extra_ids`` and, unless the writer handed them over, for every
        resource with ``pk > after_pk``."""
        if not self.suspended:
            return
        extra = list(dict.fromkeys(extra_ids))
        if self.mode == "sql":
            self._refresh_sql(after_pk, extra)
        else:
            self._refresh_python(extra)

    # -- the triggers' own SQL ---------------------------------------------------------

    def _refresh_sql(self, after_pk: int, extra: list[str]) -> None:
        conn = self.connection
        conn.exec_driver_sql("CREATE TEMP TABLE IF NOT EXISTS rd_import_pks (pk INTEGER PRIMARY KEY)")
        conn.exec_driver_sql("DELETE FROM temp.rd_import_pks")
        conn.execute(text("INSERT INTO temp.rd_import_pks SELECT pk FROM resources WHERE pk > :after"),
                     {"after": after_pk})
        for start in range(0, len(extra), 500):
            chunk = extra[start:start + 500]
            conn.execute(text("INSERT OR IGNORE INTO temp.rd_import_pks SELECT pk FROM resources WHERE id IN ("
                              + ", ".join(f":i{i}" for i in range(len(chunk))) + ")"),
                         {f"i{i}": v for i, v in enumerate(chunk)})
        for statement in self._body(self.saved["resources_fts_insert"]) or []:
            conn.exec_driver_sql(statement.replace("new.pk", "SELECT pk FROM temp.rd_import_pks"))
        conn.exec_driver_sql("DROP TABLE temp.rd_import_pks")

    # -- computed here ------------------------------------------------------------------

    def _texts(self) -> None:
        """What tags and language codes are found by, as the triggers gather it."""
        if self._tag_text is not None:
            return
        conn = self.connection
        aliases: dict[str, list[str]] = {}
        for tag_id, alias in conn.execute(text("SELECT tag_id, alias FROM tag_aliases ORDER BY tag_id, rowid")):
            aliases.setdefault(tag_id, []).append(alias)
        self._tag_text = {tag_id: f"{name} {' '.join(aliases.get(tag_id, []))}"
                          for tag_id, name in conn.execute(text("SELECT id, name FROM tags"))}
        self._language_words = list(conn.execute(text("SELECT code, words FROM language_names ORDER BY rowid")))
        self._language_text = {}
        previous = self._hash_size()
        self._set_hash_size(HASH_SIZE)
        self._restore_hash_size = lambda: self._set_hash_size(previous)

    def _tag(self, tag_id: str) -> str | None:
        found = self._tag_text.get(tag_id)
        if found is None:  # a tag this import created: no aliases yet
            name = self.connection.exec_driver_sql("SELECT name FROM tags WHERE id = ?", (tag_id,)).scalar()
            if name is not None:
                found = self._tag_text[tag_id] = f"{name} "
        return found

    def _languages(self, value: str) -> str:
        found = self._language_text.get(value)
        if found is None:
            padded = f" {value} "
            found = " ".join(w for code, w in self._language_words if f" {code} " in padded) + " " + value
            self._language_text[value] = found
        return found

    COLUMNS = ("rowid", "name", "organization", "description", "eligibility", "tags", "languages")

    def index_rows(self, rows: Iterable[tuple]) -> list[tuple]:
        """The index rows (``COLUMNS``) of resources just inserted, from the text the writer
        inserted: (pk, name, organization name, organization alternate name, description,
        eligibility, tag ids, languages)."""
        self._texts()
        tag = self._tag
        languages = self._languages
        values = []
        for pk, name, org, alternate, description, eligibility, tag_ids, langs in rows:
            tags = [t for t in (tag(i) for i in sorted(set(tag_ids))) if t is not None]
            values.append((pk, name, f"{org or ''} {alternate or ''}", description or "", eligibility or "",
                           " ".join(tags), languages(langs or "")))
        return values

    def _refresh_python(self, extra: list[str]) -> None:
        self._texts()
        try:
            for begin in range(0, len(extra), 500):
                chunk = extra[begin:begin + 500]
                params = {f"i{i}": v for i, v in enumerate(chunk)}
                self._write("r.id IN (" + ", ".join(f":{k}" for k in params) + ")", params)
        finally:
            self._restore_hash_size()

    def _write(self, where: str, params: dict) -> None:
        conn = self.connection
        rows = conn.execute(text(
            "SELECT r.pk, r.id, r.name, coalesce(o.name, '') || ' ' || coalesce(o.alternate_name, ''), "
            "coalesce(r.description, ''), coalesce(r.eligibility, ''), r.languages "
            f"FROM resources r LEFT JOIN organizations o ON o.id = r.organization_id WHERE {where}"), params).all()
        if not rows:
            return
        tags: dict[str, list[str]] = {}
        tag_rows = conn.execute(text(
            "SELECT rt.resource_id, rt.tag_id FROM resource_tags rt JOIN resources r ON r.id = rt.resource_id "
            f"WHERE {where} ORDER BY rt.resource_id, rt.tag_id"), params)
        for resource_id, tag_id in tag_rows:
            found = self._tag(tag_id)
            if found is not None:
                tags.setdefault(resource_id, []).append(found)
        conn.exec_driver_sql("DELETE FROM resource_fts WHERE rowid IN (" + ", ".join(str(int(r[0])) for r in rows)
                             + ")")
        conn.exec_driver_sql(
            "INSERT INTO resource_fts(rowid, name, organization, description, eligibility, tags, languages) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(pk, name, org, description, eligibility, " ".join(tags.get(rid, ())), self._languages(langs or ""))
             for pk, rid, name, org, description, eligibility, langs in rows],
        )

    def _hash_size(self) -> int | None:
        try:
            value = self.connection.execute(text("SELECT v FROM resource_fts_config WHERE k = 'hashsize'")).scalar()
        except Exception:  # noqa: BLE001 - an FTS5 without the option: leave it be
            return None
        return int(value) if value is not None else None

    def _set_hash_size(self, size: int | None) -> None:
        """The in-memory buffer FTS5 flushes segments from: larger while bulk loading (fewer
        merges), then back as it was, in the same transaction."""
        try:
            self.connection.exec_driver_sql(
                f"INSERT INTO resource_fts(resource_fts, rank) VALUES ('hashsize', {int(size or DEFAULT_HASH_SIZE)})")
            if size is None:
                self.connection.exec_driver_sql("DELETE FROM resource_fts_config WHERE k = 'hashsize'")
        except Exception:  # noqa: BLE001 - an older FTS5 without the option: only slower
            pass
