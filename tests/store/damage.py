"""Damaging a catalogue copy on purpose: pages in the middle of the file overwritten."""

import os
import sqlite3


def corrupt(path, pages: int = 3) -> None:
    """Overwrite ``pages`` pages a third of the way into the file (its WAL folded in first),
    so that SQLite's quick_check and the reads that touch them find the damage."""
    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    finally:
        connection.close()
    count = os.path.getsize(path) // page_size
    assert count > 3 * pages, "the file is too small to damage in the middle"
    with open(path, "r+b") as handle:
        for page in range(count // 3, count // 3 + pages):
            handle.seek(page * page_size)
            handle.write(b"\xde\xad\xbe\xef" * (page_size // 4))


def damaged_copy(demo_catalogue, folder):
    """A copy of the demo with yesterday's backup beside it, then damaged."""
    import shutil
    from datetime import date, timedelta

    from resource_desk.core.backups import daily_care
    from resource_desk.core.database import Catalogue

    path = folder / "damaged.sqlite3"
    demo_catalogue.close()
    shutil.copy(demo_catalogue.path, path)
    catalogue = Catalogue.open(path)
    daily_care(catalogue, today=date.today() - timedelta(days=1))
    catalogue.close()
    corrupt(path)
    return path
