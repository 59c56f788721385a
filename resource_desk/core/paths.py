"""Where things live: the user's catalogue, the demo catalogue, the shipped resources."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "ResourceDesk"
DB_ENV_VAR = "RESOURCE_DESK_DB"

# resources/ sits beside the package in the source tree (the app is installed editable).
RESOURCES_DIR = Path(__file__).resolve().parents[2] / "resources"


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_db_path() -> Path:
    """The user's real catalogue: $RESOURCE_DESK_DB, else the platform's user data directory."""
    env = os.environ.get(DB_ENV_VAR)
    if env:
        return Path(env).expanduser()
    return data_dir() / "catalogue.sqlite3"


def demo_db_path() -> Path:
    """The demo catalogue: its own file, never the user's real one."""
    return data_dir() / "demo.sqlite3"


def resource_path(*parts: str) -> Path:
    return RESOURCES_DIR.joinpath(*parts)
