"""GUI fixtures: QSettings kept in a temporary folder, and a main window on the sample entries."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths

from resource_desk.gui.common import APPLICATION, ORGANIZATION


@pytest.fixture(autouse=True)
def _isolated_settings(qapp, tmp_path):
    """Window layout and preferences go to tmp_path/settings, never the real home."""
    QStandardPaths.setTestModeEnabled(True)
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    folder = tmp_path / "settings"
    folder.mkdir()
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(folder))
        QSettings.setPath(QSettings.Format.NativeFormat, scope, str(folder))
    font = QCoreApplication.instance().font()
    yield folder
    QCoreApplication.instance().setFont(font)


@pytest.fixture
def open_window(qtbot):
    """Make a MainWindow on a catalogue, shown, closed after the test."""
    from resource_desk.gui.main_window import MainWindow

    windows = []

    def make(catalogue, **kwargs):
        window = MainWindow(catalogue, **kwargs)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        windows.append((window, catalogue))
        return window

    yield make
    for window, catalogue in windows:
        if window.catalogue is not catalogue:  # the window switched to a catalogue of its own
            window.catalogue.close()


@pytest.fixture
def main_window(open_window, demo_catalogue):
    """The main window on the sample entries (a copy per test, not the user's demo file)."""
    return open_window(demo_catalogue, demo=False)
