"""The window's language: Qt's translators for our strings and Qt's own, and the locale for dates
and numbers.

Every string the window shows goes through ``tr()``. One translation context serves the whole
window, so the same English says the same thing everywhere and is translated once.
``pyside6-lupdate`` reads the ``tr("…")`` calls into ``resources/i18n/resource_desk_XX.ts``
(``make translations``); the build turns each into a ``.qm`` beside it (``setup.py``). An
editable checkout that has no ``.qm`` yet gets one compiled with ``lrelease`` into the user's
cache folder on first use.

English is the source language: its ``.qm`` only supplies the plural forms ("1 resource",
"2 resources") of the numerus strings, so it is installed whenever no other language was.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from resource_desk.core.errors import message_of
from resource_desk.core.messages import say
from resource_desk.core.paths import APP_NAME, resource_path
from resource_desk.core.settings import WINDOW_LANGUAGES, window_language_choice

CONTEXT = ""  # the one context lupdate gives a bare tr() call
LANGUAGE_KEY = "window/language"  # in QSettings: the window's language is the user's, not the catalogue's
WINDOW_LANGUAGE_CODES = tuple(code for code in WINDOW_LANGUAGES if code != "system")

_installed: list[QTranslator] = []
_language: str | None = None


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the window's language; ``%n`` / ``%Ln`` in it take ``n`` and its plural form."""
    if _language is None:
        install_language("en")
    return QCoreApplication.translate(CONTEXT, text, disambiguation, n)


def said(text) -> str:
    """What core/ or importing/ wrote for the person (a ``core.messages.Message``, or an error
    made with one), in the window's language, its numbers written the locale's way."""
    if isinstance(text, BaseException):
        text = message_of(text)
    return say(text, tr, QLocale().toString)


def QT_TR_NOOP(text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks a constant for lupdate; ``tr()`` translates it where it is shown."""
    return text


def current_language() -> str:
    return _language or "en"


def system_language() -> str:
    """The system's locale, when the window speaks it; English otherwise."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in WINDOW_LANGUAGE_CODES:
            return code
    return "en"


def resolve_language(choice: str | None) -> str:
    choice = window_language_choice(choice)
    return system_language() if choice == "system" else choice


def chosen_language(settings) -> str:
    """The language Preferences keeps in ``settings`` (a QSettings; System by default), as a code
    the window speaks."""
    return resolve_language(str(settings.value(LANGUAGE_KEY, "system")))


def install_language(code: str) -> str:
    """Speak ``code`` from now on: widgets made afterwards say their strings in it, and
    ``QLocale()`` writes dates and numbers its way. Returns the code installed."""
    global _language
    app = QCoreApplication.instance()
    code = code if code in WINDOW_LANGUAGE_CODES else "en"
    for translator in _installed:
        if app is not None:
            app.removeTranslator(translator)
    _installed.clear()
    _language = code
    QLocale.setDefault(QLocale(code))
    if app is None:
        _language = None  # nothing to install into yet; tr() tries again once there is an application
        return code
    ours = QTranslator(app)
    qm = qm_file(code)
    if qm is not None and ours.load(str(qm)):
        _installed.append(ours)
    if code != "en":  # Qt's own words: standard buttons, file dialogs, context menus of text fields
        qt_own = QTranslator(app)
        if qt_own.load(QLocale(code), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            _installed.append(qt_own)
    for translator in _installed:
        app.installTranslator(translator)
    return code


def ts_file(code: str) -> Path:
    return resource_path("i18n", f"resource_desk_{code}.ts")


def qm_file(code: str) -> Path | None:
    """The ``.qm`` built from the language's ``.ts``: the one the build put in the package, or,
    when it is missing or older than the ``.ts`` (a checkout whose .ts changed), one compiled
    now beside it, or in the user's cache folder where the package cannot be written."""
    built = resource_path("i18n", f"resource_desk_{code}.qm")
    source = ts_file(code)
    if built.is_file() and (not source.is_file() or built.stat().st_mtime >= source.stat().st_mtime):
        return built
    if not source.is_file():
        return None
    if os.access(built.parent, os.W_OK) and _compile(source, built):
        return built
    import platformdirs

    import hashlib  # here, not at the top: only a checkout without a built .qm compiles one

    digest = hashlib.sha256(source.read_bytes()).hexdigest()[:16]
    cached = Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)) / "i18n" / f"{source.stem}-{digest}.qm"
    if cached.is_file():
        return cached
    cached.parent.mkdir(parents=True, exist_ok=True)
    return cached if _compile(source, cached) else (built if built.is_file() else None)


def _compile(source: Path, target: Path) -> bool:
    lrelease = lrelease_command()
    if lrelease is None:
        return False
    partial = target.with_name(f".{target.name}.{os.getpid()}")
    import subprocess

    done = subprocess.run([*lrelease, "-silent", str(source), "-qm", str(partial)], capture_output=True, check=False)
    if done.returncode != 0 or not partial.is_file():
        partial.unlink(missing_ok=True)
        return False
    partial.replace(target)  # renamed when complete: another window never loads half a file
    return True


def lrelease_command() -> list[str] | None:
    """Qt's ``lrelease``: the one PySide6 ships (it is a dependency), else one on the PATH."""
    try:
        import PySide6
    except ImportError:  # pragma: no cover - the build step may run without PySide6
        PySide6 = None
    if PySide6 is not None:
        folder = Path(PySide6.__file__).parent
        for name in ("lrelease", "lrelease.exe"):
            if (folder / name).is_file():
                return [str(folder / name)]
    import shutil

    for name in ("pyside6-lrelease", "lrelease"):
        found = shutil.which(name, path=os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")]))
        if found:
            return [found]
    return None
