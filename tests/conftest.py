"""Shared fixtures. GUI tests run offscreen; no test touches the user's real data folder."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from resource_desk.core.database import Catalogue  # noqa: E402
from resource_desk.core.demo import load_demo_entries  # noqa: E402

REAL_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "real"


def pytest_terminal_summary(terminalreporter, config):
    """Name the random order's seed at the end too (``-q`` leaves out the header that shows it)."""
    seed = getattr(config.option, "randomly_seed", None)
    if config.pluginmanager.has_plugin("randomly") and isinstance(seed, int):
        terminalreporter.write_line(f"tests ran in random order; repeat it with: -p randomly --randomly-seed={seed}")


@pytest.fixture(autouse=True)
def _private_home(tmp_path_factory, monkeypatch):
    """Point the user data folder and RESOURCE_DESK_DB away from the real ones."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.delenv("RESOURCE_DESK_DB", raising=False)


@pytest.fixture(scope="session")
def _template_catalogue(tmp_path_factory) -> Path:
    """An empty catalogue migrated once per session; tests get copies (fast)."""
    path = tmp_path_factory.mktemp("template") / "empty.sqlite3"
    Catalogue.open(path).close()
    return path


@pytest.fixture(scope="session")
def _template_demo(tmp_path_factory, _template_catalogue) -> Path:
    path = tmp_path_factory.mktemp("template") / "demo.sqlite3"
    shutil.copy(_template_catalogue, path)
    catalogue = Catalogue.open(path)
    load_demo_entries(catalogue)
    catalogue.engine.dispose()
    with __import__("sqlite3").connect(path) as conn:  # fold the WAL in so one file copies whole
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


def _copy(template: Path, target: Path) -> Catalogue:
    shutil.copy(template, target)
    target.chmod(0o600)
    return Catalogue.open(target)


@pytest.fixture
def catalogue(tmp_path, _template_catalogue) -> Catalogue:
    """An empty catalogue at the newest schema, with the starting tag vocabulary."""
    cat = _copy(_template_catalogue, tmp_path / "catalogue.sqlite3")
    yield cat
    cat.close()


@pytest.fixture
def demo_catalogue(tmp_path, _template_demo) -> Catalogue:
    """A catalogue holding the shipped sample entries."""
    cat = _copy(_template_demo, tmp_path / "demo.sqlite3")
    yield cat
    cat.close()


@pytest.fixture
def real_data() -> Path:
    """The real resource lists in ../shared/data/real (skips when absent, as on a user's machine)."""
    if not REAL_DATA.is_dir():
        pytest.skip(f"real data folder {REAL_DATA} is absent")
    return REAL_DATA
