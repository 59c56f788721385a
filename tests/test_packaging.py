"""The project installs as a wheel: every package and shipped file is in it, and installed
into a fresh environment outside the checkout it opens the demo, imports a CSV and prints a
sheet."""

from __future__ import annotations

import fnmatch
import os
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _config() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]


def _package_folders() -> dict[str, Path]:
    """Every folder that holds code or shipped files, by the package name it installs as."""
    found = {}
    for folder in [ROOT / "resource_desk", *sorted((ROOT / "resource_desk").rglob("*"))]:
        if folder.is_dir() and folder.name != "__pycache__" and any(folder.glob("*.py")):
            found[".".join(folder.relative_to(ROOT).parts)] = folder
    resources = ROOT / "resources"
    found["resource_desk.resources"] = resources
    for folder in sorted(resources.rglob("*")):
        if folder.is_dir() and folder.name != "__pycache__":
            found["resource_desk.resources." + ".".join(folder.relative_to(resources).parts)] = folder
    return found


def test_every_package_and_shipped_file_is_declared():
    config = _config()
    folders = _package_folders()
    assert sorted(config["packages"]) == sorted(folders)
    assert config["package-dir"] == {"resource_desk.resources": "resources"}
    data = config["package-data"]
    for package, folder in folders.items():
        for path in folder.iterdir():
            if path.is_file() and path.suffix not in (".py", ".pyc"):
                assert any(fnmatch.fnmatch(path.name, pattern) for pattern in data.get(package, ())), \
                    f"{path.relative_to(ROOT)} is not in the wheel (package-data of {package})"


def test_the_license_is_an_spdx_string():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["license"] == "MIT"


def _run(command: list[str], cwd: Path, env: dict | None = None, timeout: int = 600) -> str:
    done = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)
    assert done.returncode == 0, f"{' '.join(command)} failed:\n{done.stdout}\n{done.stderr}"
    return done.stdout


def test_the_wheel_works_from_a_fresh_environment_outside_the_checkout(tmp_path):
    wheels = tmp_path / "wheels"
    _run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(wheels), str(ROOT)], tmp_path)
    wheel = next(wheels.glob("resource_desk-*.whl"))
    with zipfile.ZipFile(wheel) as archive:  # the build compiled the window's translations (setup.py)
        names = set(archive.namelist())
    for code in ("en", "es"):
        assert f"resource_desk/resources/i18n/resource_desk_{code}.qm" in names
    assert "resource_desk/resources/help/es/finding.md" in names  # the guide in Spanish, a folder below
    venv = tmp_path / "venv"
    _run([sys.executable, "-m", "venv", str(venv)], tmp_path)
    bin_dir = venv / ("Scripts" if os.name == "nt" else "bin")
    # Not even pip may see the checkout (a PYTHONPATH holding its resource_desk.egg-info makes
    # pip take the wheel as installed already and skip it).
    outside = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    _run([str(bin_dir / "python"), "-m", "pip", "install", "--quiet", str(wheel)], tmp_path, outside, timeout=1200)
    work = tmp_path / "elsewhere"
    work.mkdir()
    env = dict(outside)
    env.update(QT_QPA_PLATFORM="offscreen", HOME=str(work), XDG_DATA_HOME=str(work / "data"))
    app = str(bin_dir / "resource-desk")
    where = _run([str(bin_dir / "python"), "-c", "import resource_desk, resource_desk.core.paths as p; "
                  "print(resource_desk.__file__); print(p.resource_path('fonts'))"], work, env)
    assert str(ROOT) not in where and str(venv) in where
    info = _run([app, "--demo", "info"], work, env)
    assert "resources" in info.lower()
    (work / "list.csv").write_text("Name,Phone,Tags\nCorner Pantry,415-555-0101,Food\n", encoding="utf-8")
    catalogue = str(work / "mine.sqlite3")
    assert "created 1" in _run([app, "--db", catalogue, "import", "list.csv"], work, env)
    _run([app, "--db", catalogue, "sheet", "--query", "pantry", "--pdf", "sheet.pdf"], work, env)
    assert (work / "sheet.pdf").read_bytes().startswith(b"%PDF")
    spanish = _run([str(bin_dir / "python"), "-c", "from PySide6.QtCore import QCoreApplication; "
                    "app = QCoreApplication([]); from resource_desk.gui.i18n import install_language, qm_file, tr; "
                    "install_language('es'); print(qm_file('es')); print(tr('&File'))"], work, env)
    assert str(venv) in spanish and "&Archivo" in spanish
