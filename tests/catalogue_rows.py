"""Every row of a catalogue, as stored: what an undo must give back exactly."""

from __future__ import annotations

import sqlite3


def everything(catalogue, leave_out: tuple[str, ...] = ()) -> dict[str, list[tuple]]:
    """Every row of every table (the search index's content too, not its inner tables);
    ``leave_out`` names tables a history keeps growing (merges, import batches)."""
    connection = sqlite3.connect(catalogue.path)
    try:
        tables = [name for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE 'resource_fts%'") if name not in leave_out]
        rows = {table: sorted(connection.execute(f"SELECT * FROM {table}").fetchall(), key=repr) for table in tables}
        rows["resource_fts"] = connection.execute("SELECT rowid, * FROM resource_fts ORDER BY rowid").fetchall()
        return rows
    finally:
        connection.close()
