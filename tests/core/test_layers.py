"""DESIGN.md: no Qt below gui/. Every module outside resource_desk/gui imports without PySide6."""

import subprocess
import sys
from pathlib import Path

import resource_desk

PACKAGE = Path(resource_desk.__file__).parent


def _modules_outside_gui() -> list[str]:
    names = []
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE.parent).with_suffix("")
        parts = relative.parts
        if "gui" in parts or "migrations" in parts or parts[-1] == "__main__":
            continue
        names.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return names


def test_core_importing_sheets_and_cli_never_load_qt():
    modules = _modules_outside_gui()
    assert "resource_desk.core.search" in modules and "resource_desk.cli" in modules
    script = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "loaded = sorted(m for m in sys.modules if m.startswith('PySide6'))\n"
        "print(','.join(loaded))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "", f"PySide6 modules loaded: {result.stdout.strip()}"
