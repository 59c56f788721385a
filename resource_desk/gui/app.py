"""Starting the window: ``resource-desk`` (or ``--demo``) with no command lands here."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QFontInfo
from PySide6.QtWidgets import QApplication, QMessageBox

from resource_desk.core.catalogues import open_catalogue
from resource_desk.core.errors import UserError
from resource_desk.gui.common import APP_TITLE, APPLICATION, ORGANIZATION

EXIT_CANNOT_OPEN = 2
MIN_POINT_SIZE = 10.0


def application() -> QApplication:
    """The QApplication, created once, named so QSettings finds the user's layout."""
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
        app.setFont(interface_font(app.font()))
    return app  # type: ignore[return-value]


def interface_font(font: QFont) -> QFont:
    """The window's font: the platform's default, at least MIN_POINT_SIZE, named by the family
    it resolves to now.

    Named, because a generic family ("Sans Serif") is resolved again whenever fonts are added:
    registering the sheet fonts (Noto Sans, Atkinson Hyperlegible) for a first PDF would turn
    the whole interface to Noto Sans where fontconfig prefers it for sans-serif but the system
    lacks it (DejaVu-only desktops). The sheet fonts serve documents only."""
    font = QFont(font)
    if font.pointSizeF() < MIN_POINT_SIZE:  # readable on every platform's default
        font.setPointSizeF(MIN_POINT_SIZE)
    family = QFontInfo(font).family()
    if family:
        font.setFamilies([family])
    return font


def run(db: str | None = None, demo: bool = False) -> int:
    """Open the catalogue and show the main window; 2 if the catalogue cannot be opened.

    A machine where Qt's platform plugin cannot load raises PlatformUnavailable first (the
    command line prints its one line and exits 2) instead of Qt aborting."""
    from resource_desk.gui.platform_check import check_platform

    check_platform()
    app = application()
    from resource_desk.gui.common import app_settings
    from resource_desk.gui.i18n import chosen_language, current_language, install_language

    previous_language = current_language()
    install_language(chosen_language(app_settings()))  # before any widget: each says its strings as it is made
    from resource_desk.gui.errors import install_excepthook

    previous_hook = install_excepthook()  # an exception in a slot shows the error dialog, not a traceback
    try:
        return _run(app, db, demo)
    finally:
        sys.excepthook = previous_hook
        install_language(previous_language)  # what runs after the window (a test) speaks as before


def _run(app: QApplication, db: str | None, demo: bool) -> int:
    try:
        catalogue = open_catalogue(db, demo)
    except UserError as exc:  # a catalogue that cannot be opened, damaged, on a vanished disk
        from resource_desk.gui.i18n import said, tr

        QMessageBox.critical(None, APP_TITLE, tr("The catalogue cannot be opened.") + f"\n\n{said(exc)}")
        return EXIT_CANNOT_OPEN

    from resource_desk.gui.main_window import MainWindow

    window = MainWindow(catalogue, demo=demo or None)
    window.show()
    try:
        return app.exec()
    finally:
        from resource_desk.gui.worker import wait_for_writes

        wait_for_writes()  # a write still queued finishes (or rolls back) before its catalogue closes
        while getattr(window, "successor", None) is not None:  # reopened in another language (speak)
            window = window.successor
        window.catalogue.close()
