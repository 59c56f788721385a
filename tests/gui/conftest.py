"""GUI fixtures: QSettings kept in a temporary folder, and a main window on the sample entries;
each test ends with no modifier key held and no background work left running."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths, Qt, QThreadPool

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


MODIFIER_KEYS = ((Qt.KeyboardModifier.ShiftModifier, Qt.Key.Key_Shift),
                 (Qt.KeyboardModifier.ControlModifier, Qt.Key.Key_Control),
                 (Qt.KeyboardModifier.AltModifier, Qt.Key.Key_Alt),
                 (Qt.KeyboardModifier.MetaModifier, Qt.Key.Key_Meta))


@pytest.fixture(autouse=True)
def _clean_slate(qapp):
    """At teardown: let background work end and release held modifier keys, so nothing leaks
    into the next test (whatever order the tests run in).

    ``QTest.keyClick(w, key, Ctrl | Shift)`` leaves the application believing Shift is still
    held (its last release carries Shift), so a later ``selectRow`` or click extended a selection.
    Torn down after every other fixture (autouse fixtures are set up first), so the windows are
    closed by then."""
    yield
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QWidget

    from resource_desk.gui.worker import wait_for_writes

    assert wait_for_writes(30000), "a background write was still running 30 s after the test"
    assert QThreadPool.globalInstance().waitForDone(30000), "a background read was still running 30 s after the test"
    QCoreApplication.processEvents()  # deliver the finished work's signals now, not in the next test
    held = QGuiApplication.keyboardModifiers()
    if held != Qt.KeyboardModifier.NoModifier:
        target = QApplication.focusWidget()
        spare = None
        if target is None:
            target = spare = QWidget()
        for modifier, key in MODIFIER_KEYS:
            if held & modifier:
                QTest.keyRelease(target, key, Qt.KeyboardModifier.NoModifier)
        if spare is not None:
            spare.deleteLater()
    assert QGuiApplication.keyboardModifiers() == Qt.KeyboardModifier.NoModifier


@pytest.fixture
def open_window(qtbot):
    """Make a MainWindow on a catalogue, shown; closed after the test, dropping any half-filled form."""
    from resource_desk.gui.main_window import MainWindow

    windows = []

    def make(catalogue, **kwargs):
        window = MainWindow(catalogue, **kwargs)
        window.show()
        qtbot.waitExposed(window)
        windows.append((window, catalogue))
        return window

    yield make
    import shiboken6

    for window, catalogue in windows:
        while window.successor is not None:  # reopened in another language: the new one is open
            window = window.successor
        if not shiboken6.isValid(window):
            continue
        if window.resource_form is not None:
            window.resource_form.discard()
        window.close()
        if window.catalogue is not catalogue:  # the window switched to a catalogue of its own
            window.catalogue.close()
        window.deleteLater()


@pytest.fixture
def main_window(open_window, demo_catalogue):
    """The main window on the sample entries (a copy per test, not the user's demo file)."""
    return open_window(demo_catalogue, demo=False)


@pytest.fixture(autouse=True)
def _no_unexpected_message_boxes(monkeypatch):
    """A message box a test did not expect fails the test instead of waiting for a click forever."""
    from PySide6.QtWidgets import QMessageBox

    def unexpected(name):
        def box(*args, **kwargs):
            raise AssertionError(f"unexpected QMessageBox.{name}: {args[1:3]}")
        return box

    for name in ("question", "warning", "critical", "information", "about"):
        monkeypatch.setattr(QMessageBox, name, unexpected(name))
    monkeypatch.setattr(QMessageBox, "exec", lambda self: (_ for _ in ()).throw(
        AssertionError(f"unexpected message box: {self.text()}")))
