"""Empty catalogues, the sample catalogue, opening files, importing, layout memory, and app.run."""

from __future__ import annotations

import sys
import types

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from resource_desk.core.database import Catalogue
from resource_desk.core.lookups import resource_total
from resource_desk.core.paths import default_db_path, demo_db_path
from resource_desk.gui import app as gui_app
from resource_desk.gui.common import app_settings
from resource_desk.gui.main_window import MainWindow


def test_empty_catalogue_greets_with_three_buttons(open_window, catalogue):
    window = open_window(catalogue)
    assert window.stack.currentWidget() is window.welcome
    buttons = [window.welcome.import_button, window.welcome.add_button, window.welcome.sample_button]
    assert [b.text().replace("&", "") for b in buttons] == ["Import…", "Add a resource", "Load the sample catalogue"]
    assert all(b.isVisible() for b in buttons)
    assert window.windowTitle() == "Resource Desk — catalogue.sqlite3"


def test_loading_the_sample_switches_catalogue_and_copies_nothing(qtbot, open_window, catalogue):
    window = open_window(catalogue)
    qtbot.mouseClick(window.welcome.sample_button, Qt.MouseButton.LeftButton)
    assert window.windowTitle() == "Resource Desk — Demo catalogue"
    assert window.is_demo
    assert window.catalogue.path == demo_db_path()
    assert window.stack.currentWidget() is window.browser
    assert window.model.total == 56
    # The user's own catalogue is untouched.
    mine = Catalogue.open(catalogue.path)
    try:
        assert resource_total(mine) == 0
    finally:
        mine.close()
    assert not window.sample_action.isEnabled()


def test_adding_from_the_welcome_page(qtbot, open_window, catalogue):
    window = open_window(catalogue)
    qtbot.mouseClick(window.welcome.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.resource_form is not None and window.resource_form.isVisible())
    form = window.resource_form
    form.name.setText("First Resource")
    assert form.save()
    assert resource_total(catalogue) == 1
    assert window.stack.currentWidget() is window.browser
    assert window.model.row_at(0).name == "First Resource"


def test_adding_in_the_sample_offers_your_own_catalogue(qtbot, open_window, catalogue, monkeypatch):
    window = open_window(catalogue)
    window.load_sample()
    asked = []

    def choose(box):
        asked.append(box.text())
        box.buttons()[0].click()  # "Switch to my catalogue"
        return 0

    monkeypatch.setattr(QMessageBox, "exec", choose)
    window.editing.add_resource()
    assert "sample catalogue" in asked[0]
    assert window.catalogue.path == default_db_path()
    assert not window.is_demo
    qtbot.waitUntil(lambda: window.resource_form is not None and window.resource_form.isVisible())


def test_import_opens_the_wizard_then_refreshes(qtbot, open_window, catalogue, monkeypatch):
    window = open_window(catalogue)
    calls = []

    class FakeWizard:
        def __init__(self, catalogue_, paths, parent):
            calls.append((catalogue_, paths, parent))

        def exec(self):
            from resource_desk.core.records import ResourceData
            from resource_desk.core.resources import save_resource

            save_resource(catalogue, ResourceData(name="Imported Clinic"))
            return 1

    module = types.ModuleType("resource_desk.gui.import_wizard")
    module.ImportWizard = FakeWizard
    monkeypatch.setitem(sys.modules, "resource_desk.gui.import_wizard", module)
    qtbot.mouseClick(window.welcome.import_button, Qt.MouseButton.LeftButton)
    assert calls == [(catalogue, None, window)]
    assert window.stack.currentWidget() is window.browser
    assert window.model.row_at(0).name == "Imported Clinic"

    window.import_files(["/tmp/list.csv"])
    assert calls[-1][1] == ["/tmp/list.csv"]


def test_dropping_files_imports_them(qtbot, main_window, monkeypatch, tmp_path):
    received = []
    monkeypatch.setattr(MainWindow, "import_files", lambda self, paths=None: received.append(paths))
    csv = tmp_path / "shared list.csv"
    csv.write_text("name\nA\n")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(csv))])
    enter = QDragEnterEvent(QPoint(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    main_window.dragEnterEvent(enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    main_window.dropEvent(drop)
    qtbot.waitUntil(lambda: received == [[str(csv)]])


def test_open_and_new_catalogue(qtbot, main_window, monkeypatch, tmp_path):
    target = tmp_path / "practice.sqlite3"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "practice"), ""))
    main_window.new_catalogue_action.trigger()
    assert target.exists()
    assert main_window.windowTitle() == "Resource Desk — practice.sqlite3"
    assert main_window.stack.currentWidget() is main_window.welcome

    demo_file = tmp_path / "demo.sqlite3"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(demo_file), ""))
    main_window.open_action.trigger()
    assert main_window.windowTitle() == "Resource Desk — demo.sqlite3"
    assert main_window.model.total == 56

    # An existing file is never overwritten by "New catalogue…".
    warned = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(demo_file), ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: warned.append(text))
    main_window.new_catalogue_action.trigger()
    assert warned and "already exists" in warned[0]
    assert main_window.model.total == 56


def test_opening_a_file_that_is_not_a_catalogue(qtbot, main_window, monkeypatch, tmp_path):
    bogus = tmp_path / "notes.txt"
    bogus.write_text("hello, not a database")
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text, *a: shown.append(text))
    assert not main_window.open_catalogue_file(bogus)
    assert "not a Resource Desk catalogue" in shown[0]
    assert main_window.model.total == 56  # still on the catalogue it had


def test_layout_is_remembered_in_the_test_settings_folder(qtbot, demo_catalogue, _isolated_settings):
    first = MainWindow(demo_catalogue)
    first.show()
    qtbot.waitExposed(first)
    first.splitter.setSizes([330, 1000])
    first.results_splitter.setSizes([200, 500])
    first.details_action.setChecked(True)
    wanted_sidebar = first.splitter.sizes()[0]
    wanted_share = first.results_splitter.sizes()[0] / sum(first.results_splitter.sizes())
    first.close()
    assert app_settings().fileName().startswith(str(_isolated_settings))
    assert list(_isolated_settings.rglob("*.ini"))

    second = MainWindow(demo_catalogue)
    second.show()
    qtbot.waitExposed(second)
    try:
        assert second.splitter.sizes()[0] == wanted_sidebar
        # The offscreen screen is small, so the window comes back fitted to it, in proportion.
        sizes = second.results_splitter.sizes()
        assert sizes[0] / sum(sizes) == pytest.approx(wanted_share, abs=0.01)
    finally:
        second.close()


def test_text_size_can_grow_and_shrink(qtbot, main_window):
    size = QApplication.font().pointSizeF()
    main_window.zoom_in_action.trigger()
    assert QApplication.font().pointSizeF() == size + 1
    main_window.zoom_reset_action.trigger()
    assert QApplication.font().pointSizeF() == size


def test_run_reports_a_catalogue_it_cannot_open(qtbot, monkeypatch, tmp_path):
    bogus = tmp_path / "broken.sqlite3"
    bogus.write_text("this is not SQLite")
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text, *a: shown.append(text))
    assert gui_app.run(db=str(bogus), demo=False) == 2
    assert shown and "cannot be opened" in shown[0]


@pytest.mark.parametrize("demo", [False, True])
def test_run_opens_the_window(qtbot, monkeypatch, tmp_path, demo):
    seen = []

    def fake_exec():
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
        seen.append(window.windowTitle())
        window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(fake_exec))
    assert gui_app.run(db=None if demo else str(tmp_path / "mine.sqlite3"), demo=demo) == 0
    assert seen == ["Resource Desk — Demo catalogue" if demo else "Resource Desk — mine.sqlite3"]
    assert QApplication.organizationName() == "ResourceDesk" and QApplication.applicationName() == "ResourceDesk"


def test_the_window_shows_its_first_results_without_sqlalchemy_then_warms_it_up(demo_catalogue, tmp_path):
    """The first paint needs plain SQL only; SQLAlchemy and the ORM services load afterwards,
    off the GUI thread, before anyone clicks a row."""
    import subprocess

    demo_catalogue.close()
    script = (
        "import sys, time\n"
        "from PySide6.QtCore import QTimer\n"
        "from resource_desk.gui import app as gui_app\n"
        "application = gui_app.application()\n"
        f"catalogue = gui_app.open_catalogue({str(demo_catalogue.path)!r}, False)\n"
        "from resource_desk.gui.main_window import MainWindow\n"
        "window = MainWindow(catalogue, demo=False)\n"
        "window.show()\n"
        "heavy = ('sqlalchemy', 'alembic', 'jinja2', 'segno', 'resource_desk.gui.resource_form',\n"
        "         'resource_desk.gui.tag_manager', 'resource_desk.importing', 'resource_desk.gui.duplicates_dialog',\n"
        "         'resource_desk.gui.suggest_tags_dialog',\n"
        "         'resource_desk.core.duplicates')\n"
        "print(window.model.rowCount(), sorted({m for m in sys.modules if m.startswith(heavy)}))\n"
        "deadline = time.monotonic() + 20\n"
        "def check():\n"
        "    if 'resource_desk.core.resources' in sys.modules and catalogue.store._engine is not None:\n"
        "        print('warmed up'); application.quit()\n"
        "    elif time.monotonic() > deadline:\n"
        "        print('never warmed up'); application.quit()\n"
        "    else:\n"
        "        QTimer.singleShot(20, check)\n"
        "check()\n"
        "application.exec()\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
                          cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["56 []", "warmed up"]
