"""Opening the catalogue a person asked for, the same way for the window and the CLI."""

from __future__ import annotations

import os
from pathlib import Path

from resource_desk.core.database import Catalogue
from resource_desk.core.paths import default_db_path


def catalogue_path(db: str | os.PathLike[str] | None = None, demo: bool = False) -> Path:
    """The file ``open_catalogue`` would open, without opening it."""
    if demo:
        from resource_desk.core.paths import demo_db_path

        return demo_db_path()
    return Path(db).expanduser() if db else default_db_path()


def open_catalogue(db: str | os.PathLike[str] | None = None, demo: bool = False) -> Catalogue:
    """The demo catalogue (its own file), the file ``db``, or the person's own catalogue
    ($RESOURCE_DESK_DB or the user data folder). CatalogueError when it cannot be opened."""
    if demo:
        from resource_desk.core.demo import open_demo

        return open_demo()
    return Catalogue.open(catalogue_path(db))
