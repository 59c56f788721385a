"""Where things live: the user's catalogue, the demo catalogue, the shipped resources."""

from __future__ import annotations

import os
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

import platformdirs

APP_NAME = "ResourceDesk"
DB_ENV_VAR = "RESOURCE_DESK_DB"



def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def ensure_data_dir() -> Path:
    """The data folder, made if missing, readable by its owner only (0700; an older release's
    0755 folder is closed)."""
    from resource_desk.core.private_files import private_dir

    return private_dir(data_dir(), tighten=True)


def is_data_dir(folder: Path) -> bool:
    try:
        return folder.resolve() == data_dir().resolve()
    except OSError:
        return False


def default_db_path() -> Path:
    """The user's real catalogue: $RESOURCE_DESK_DB, else the platform's user data directory."""
    env = os.environ.get(DB_ENV_VAR)
    if env:
        return Path(env).expanduser()
    return data_dir() / "catalogue.sqlite3"


def demo_db_path() -> Path:
    """The demo catalogue: its own file, never the user's real one."""
    return data_dir() / "demo.sqlite3"


@lru_cache(maxsize=1)
def resources_dir() -> Path:
    """The shipped files: the top-level resources/ folder, installed as the package
    ``resource_desk.resources`` (a folder on disk for editable and wheel installs alike)."""
    return Path(str(files("resource_desk.resources")))


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
