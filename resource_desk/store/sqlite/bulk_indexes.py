"""Secondary indexes set aside while a large import writes, and built once at its end.

Every index is written on every insert, one row at a time, at a random place in its
B-tree; building it once from the finished table is a single sort. When an import brings
at least as many resources as the catalogue already holds, the indexes that only search
and sorting use are dropped inside the import's own transaction and created again from
their own stored SQL before it commits (a cancel, an error or a killed process rolls both
back together). The indexes the import itself looks things up by stay.
"""

from __future__ import annotations

from sqlalchemy import Connection

TABLES = ("resources", "phones", "resource_tags")
# Looked up while importing: a resource's phones and addresses when a duplicate updates it,
# and an organization's resources when its name changes (the search index trigger).
KEEP = frozenset({"ix_phones_resource_id", "ix_addresses_resource_id", "ix_resources_organization_id"})
# Below this many new resources the indexes are kept as they are: the saving is too small to notice.
MIN_ROWS = 5000


class IndexSuspension:
    def __init__(self, connection: Connection):
        self.connection = connection
        self.existing = connection.exec_driver_sql("SELECT count(*) FROM resources").scalar_one()
        self.saved: list[tuple[str, str]] = []

    def worth_it(self, expected_new: float) -> bool:
        return expected_new >= max(MIN_ROWS, self.existing)

    def suspend(self) -> None:
        if self.saved:
            return
        marks = ", ".join("?" * len(TABLES))
        rows = self.connection.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
            f"AND tbl_name IN ({marks}) ORDER BY name", TABLES).all()
        self.saved = [(name, sql) for name, sql in rows
                      if name not in KEEP and not sql.lstrip().upper().startswith("CREATE UNIQUE")]
        for name, _ in self.saved:
            self.connection.exec_driver_sql(f'DROP INDEX "{name}"')

    def restore(self) -> None:
        for _, sql in self.saved:
            self.connection.exec_driver_sql(sql)
        self.saved = []
