"""Exporting from the window (whole catalogue, search, selection) and the import history."""

from __future__ import annotations

import csv
import zipfile

from PySide6.QtWidgets import QMessageBox

from resource_desk.core.search import SearchQuery
from resource_desk.core.tags import resolve_tags
from resource_desk.gui.export_dialog import ExportDialog
from resource_desk.gui.import_history import ImportHistoryDialog
from resource_desk.importing.service import run_import
from tests.importing.helpers import counts


def test_export_the_selection_as_csv_and_a_search_as_a_package(qtbot, demo_catalogue, tmp_path):
    from tests.importing.helpers import all_resources

    chosen = [r.id for r in all_resources(demo_catalogue)[:3]]
    dialog = ExportDialog(demo_catalogue, SearchQuery(text="housing"), chosen)
    qtbot.addWidget(dialog)
    assert dialog.selected.isChecked()
    dialog.path_edit.setText(str(tmp_path / "three.csv"))
    dialog.export()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=20000)
    rows = list(csv.DictReader((tmp_path / "three.csv").open(encoding="utf-8-sig")))
    assert [r["id"] for r in rows] == chosen
    food = resolve_tags(demo_catalogue, ["need:Food"])[0]
    dialog = ExportDialog(demo_catalogue, SearchQuery(tag_ids=(food.id,)), [])
    qtbot.addWidget(dialog)
    dialog.search.setChecked(True)
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("hsds"))
    dialog.path_edit.setText(str(tmp_path / "food.zip"))
    dialog.export()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=20000)
    assert dialog.result.resources > 0
    with zipfile.ZipFile(tmp_path / "food.zip") as archive:
        assert "datapackage.json" in archive.namelist()


def test_the_history_lists_imports_and_undoes_one(qtbot, catalogue, tmp_path, monkeypatch):
    path = tmp_path / "list.csv"
    path.write_text("Name,Phone\nPantry,415 555 0100\n,415 555 0101\n", encoding="utf-8")
    run_import(catalogue, path)
    dialog = ImportHistoryDialog(catalogue)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1
    assert "row 3, column “Name”: no name" in dialog.details.toPlainText()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.undo_selected()
    assert dialog.changed and counts(catalogue)["resources"] == 0
    assert dialog.table.item(0, 7).text() != "" and not dialog.undo_button.isEnabled()


def test_the_menu_entries_go_beside_import(main_window):
    actions = [a for a in main_window.file_menu.actions() if not a.isSeparator()]
    position = actions.index(main_window.import_action)
    assert actions[position + 1] is main_window.export_action
    assert actions[position + 2] is main_window.import_history_action
