"""The one build step pyproject.toml cannot say: the window's translations, ``resources/i18n/*.ts``,
compiled into ``.qm`` files by Qt's lrelease (from PySide6, a build requirement) and put in the
package. An editable install gets them beside the ``.ts`` files (ignored by git); without lrelease
the build says so and the window compiles them on first use instead (``gui/i18n.py``)."""

from __future__ import annotations

import subprocess
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
TRANSLATIONS = ROOT / "resources" / "i18n"


def lrelease() -> list[str] | None:
    try:
        import PySide6
    except ImportError:
        return None
    folder = Path(PySide6.__file__).parent
    for name in ("lrelease", "lrelease.exe"):
        if (folder / name).is_file():
            return [str(folder / name)]
    return None


class BuildPyWithTranslations(build_py):
    def run(self) -> None:
        super().run()
        command = lrelease()
        sources = sorted(TRANSLATIONS.glob("*.ts"))
        if command is None:
            self.warn("lrelease (PySide6) not found: the window's translations will be compiled on first use")
            return
        target = TRANSLATIONS if self.editable_mode else Path(self.build_lib) / "resource_desk" / "resources" / "i18n"
        target.mkdir(parents=True, exist_ok=True)
        for source in sources:
            qm = target / source.with_suffix(".qm").name
            subprocess.run([*command, "-silent", str(source), "-qm", str(qm)], check=True)


setup(cmdclass={"build_py": BuildPyWithTranslations})
