"""The window and the catalogue file: the daily backup in the background, a damaged file said
in a banner with the way out (File ▸ Restore from backup…), a read-only file opened for reading,
and a second writer waiting, saying so."""

import stat

import pytest
from PySide6.QtWidgets import QMessageBox

from resource_desk.core.backups import list_backups
from resource_desk.core.database import Catalogue
from resource_desk.gui.worker import wait_for_writes
from tests.store.damage import damaged_copy


@pytest.fixture
def damaged(demo_catalogue, tmp_path):
    return damaged_copy(demo_catalogue, tmp_path)


def test_the_window_backs_up_in_the_background(main_window, qtbot):
    with qtbot.waitSignal(main_window.health.cared, timeout=20000):
        pass
    made = [b for b in list_backups(main_window.catalogue.path) if b.kind == "daily"]
    assert len(made) == 1 and stat.S_IMODE(made[0].path.stat().st_mode) == 0o600
    assert main_window.health.banner_text == ""


def test_the_window_says_a_catalogue_is_damaged_and_restores_a_backup(damaged, open_window, qtbot, monkeypatch):
    from resource_desk.gui import restore_dialog

    window = open_window(Catalogue.open(damaged))
    health = window.health
    with qtbot.waitSignal(health.cared, timeout=20000):
        pass
    qtbot.waitUntil(lambda: "is damaged" in health.banner_text, timeout=5000)
    assert "Restore from backup" in health.banner_text and health.restore_button.isVisible()
    assert health.restore_action in window.file_menu.actions()

    # Restore: the dialog lists yesterday's copy; the person confirms.
    def choose(dialog):
        assert dialog.list.topLevelItemCount() == 1
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(restore_dialog.RestoreDialog, "exec", choose)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    health.restore_button.click()
    qtbot.waitUntil(lambda: window.catalogue.damage is None and health.banner_text == "", timeout=20000)
    wait_for_writes()
    assert window.catalogue.store.resource_total() == 60
    assert window.catalogue.store.quick_check() == []
    assert any(b.kind == "before restore" for b in list_backups(damaged))


def test_a_read_only_catalogue_opens_for_reading_and_says_so(demo_catalogue, open_window, qtbot, monkeypatch):
    # The tests may run as root, whom file modes do not stop: the file is taken as one this
    # user cannot write, and SQLite opens it for reading only (mode=ro), as it would then.
    monkeypatch.setattr("resource_desk.store.sqlite.store.is_writable", lambda path: False)
    demo_catalogue.close()
    catalogue = Catalogue.open(demo_catalogue.path)
    assert catalogue.read_only
    window = open_window(catalogue)
    assert "read-only" in window.health.banner_text
    assert not window.health.restore_button.isVisible()
    assert window.model.total > 0  # it reads


def test_a_write_in_the_window_waits_for_another_writer_saying_so(main_window, qtbot):
    from resource_desk.gui.worker import NOTHING, WriteOp
    from tests.importing.test_two_writers import Holder

    holder = Holder(main_window.catalogue.path)
    done = []

    def work(_progress):
        with main_window.catalogue.store.write_transaction() as connection:
            connection.exec_driver_sql("INSERT INTO settings (key, value) VALUES ('probe', '1')")
        return "committed"

    WriteOp(main_window, work, changes=NOTHING).success(done.append).run()
    qtbot.waitUntil(lambda: "waiting" in main_window.statusBar().currentMessage(), timeout=20000)
    assert main_window.statusBar().currentMessage() == "Another import is running in this catalogue; waiting…"
    assert done == []
    holder.release()
    qtbot.waitUntil(lambda: done == ["committed"], timeout=20000)
    assert "going on" in main_window.statusBar().currentMessage()
