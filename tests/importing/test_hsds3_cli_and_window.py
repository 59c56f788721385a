"""HSDS exports from the command line and the window: the format from the name, a folder,
JSON, the country, and the summary of what was left out or filled in."""

from __future__ import annotations

import json
import zipfile

from resource_desk.cli import main
from resource_desk.core.records import ResourceData
from resource_desk.core.resources import save_resource
from tests.importing.helpers import all_resources


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_export_chooses_the_format_by_name_and_says_what_it_filled_in(capsys, catalogue, tmp_path):
    save_resource(catalogue, ResourceData(name="Lone Pantry", verified_by="JR"))
    db = catalogue.path
    code, out, _ = run(capsys, "--db", db, "export", tmp_path / "out.zip")
    assert code == 0 and "resources without an organization (one named after the resource, marked as such): 1" in out
    with zipfile.ZipFile(tmp_path / "out.zip") as archive:
        assert len(archive.namelist()) == 22
    code, out, _ = run(capsys, "--db", db, "export", tmp_path / "tables", "--format", "hsds", "--json")
    assert code == 0 and json.loads(out)["notes"] == [
        "resources without an organization (one named after the resource, marked as such): 1"]
    assert (tmp_path / "tables" / "datapackage.json").is_file() and (tmp_path / "tables" / "services.csv").is_file()
    assert (tmp_path / "tables" / "services.csv").stat().st_mode & 0o077 == 0
    code, out, _ = run(capsys, "--db", db, "export", tmp_path / "services.json")
    page = json.loads((tmp_path / "services.json").read_text(encoding="utf-8"))
    assert code == 0 and [s["name"] for s in page["contents"]] == ["Lone Pantry"]
    code, _, err = run(capsys, "--db", db, "export", tmp_path / "x.zip", "--country", "Mexico")
    assert code == 2 and err.count("\n") == 1 and "two letters" in err
    code, _, err = run(capsys, "--db", db, "export", tmp_path / "tables")
    assert code == 0  # an existing folder: the HSDS package again


def test_an_exported_json_imports_back_with_its_version_said(capsys, demo_catalogue, catalogue, tmp_path):
    run(capsys, "--db", demo_catalogue.path, "export", tmp_path / "services.json", "--include-private")
    code, out, _ = run(capsys, "--db", catalogue.path, "import", tmp_path / "services.json", "--json")
    report = json.loads(out)
    assert code == 0 and report["format"] == "hsds3-json" and report["created"] == 60
    assert {r.id for r in all_resources(catalogue)} == {r.id for r in all_resources(demo_catalogue)}


def test_the_export_dialog_says_what_was_left_out_and_preferences_keep_the_country(qtbot, catalogue, tmp_path):
    from PySide6.QtWidgets import QDialogButtonBox

    from resource_desk.core.export_country import export_country
    from resource_desk.gui.export_dialog import ExportDialog
    from resource_desk.gui.preferences import PreferencesDialog

    save_resource(catalogue, ResourceData(name="Lone Pantry", private_notes="ask for Sam"))
    dialog = ExportDialog(catalogue)
    qtbot.addWidget(dialog)
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("hsds-json"))
    assert dialog.path_edit.text().endswith(".json")
    dialog.path_edit.setText(str(tmp_path / "out.json"))
    dialog.export()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=20000)
    assert "without an organization" in dialog.message.text() and "private notes of 1" in dialog.message.text()
    close = dialog.buttons.button(QDialogButtonBox.StandardButton.Close)
    assert close is not None  # the dialog stays open to say it
    close.click()
    assert dialog.result.resources == 1 and not dialog.isVisible()
    preferences = PreferencesDialog(catalogue)
    qtbot.addWidget(preferences)
    preferences.export_country.setText("ca")
    preferences.accept()
    assert export_country(catalogue) == "CA"
