"""The import wizard, driven as a person would: choose the file, check what was recognised,
adjust a column, look at the duplicates, import; and Cancel midway."""

from __future__ import annotations

import csv

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWizard

from resource_desk.gui.import_wizard import (
    DUPLICATES_PAGE,
    FILE_PAGE,
    LAYOUT_PAGE,
    MAPPING_PAGE,
    SUGGESTIONS_PAGE,
    SUMMARY_PAGE,
    ImportWizard,
)
from resource_desk.importing.history import list_imports
from tests.importing.helpers import by_name, counts, snapshot


def write(path, rows, encoding="utf-8"):
    with open(path, "w", encoding=encoding, newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


@pytest.fixture
def spreadsheet(tmp_path):
    return write(tmp_path / "coalition.csv", [
        ["Name of Service", "Agency", "Best Contact", "Food", "Who we serve", "Internal code"],
        ["Queer Pantry", "Iglesia San José", "(415) 555-0100, TTY: (415) 555-0101", "x", "LGBT; youth", "A-1"],
        ["Warmline", "", "Hotline: 800-555-0199", "", "", "B-2"],
    ], encoding="cp1252")


def open_wizard(qtbot, catalogue, paths):
    wizard = ImportWizard(catalogue, [str(p) for p in paths], None)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def next_page(qtbot, wizard, expected):
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.next()
    if expected == SUMMARY_PAGE and wizard.currentId() == SUGGESTIONS_PAGE:
        wizard.next()  # past the suggested tags, none ticked
    assert wizard.currentId() == expected


def test_from_choosing_the_file_to_the_summary(qtbot, catalogue, spreadsheet):
    wizard = open_wizard(qtbot, catalogue, [spreadsheet])
    assert wizard.currentId() == FILE_PAGE and wizard.file_page.chosen() == str(spreadsheet)
    next_page(qtbot, wizard, LAYOUT_PAGE)
    assert "Spreadsheet (CSV)" in wizard.layout_page.layout_label.text()
    assert wizard.layout_page.encoding_box.currentData() == "cp1252"
    assert wizard.layout_page.sample.rowCount() == 2
    next_page(qtbot, wizard, MAPPING_PAGE)
    page = wizard.mapping_page
    rows = {page.table.item(r, 0).text(): r for r in range(page.table.rowCount())}
    assert page.table.cellWidget(rows["Food"], 2).currentData() == "tag"
    assert page.table.cellWidget(rows["Internal code"], 2).currentData() == "notes"
    # The person decides the internal code is not worth keeping: the preview follows.
    box = page.table.cellWidget(rows["Internal code"], 2)
    box.setCurrentIndex(box.findData("ignore"))
    page.refresh_preview()
    headers = [page.preview.horizontalHeaderItem(c).text() for c in range(page.preview.columnCount())]
    assert page.preview.rowCount() == 2 and "Phones" in headers and "Tags" in headers
    name_column = headers.index("Name")
    assert page.preview.item(0, name_column).text() == "Queer Pantry"
    tags = page.preview.item(0, headers.index("Tags")).text()
    assert "need:Food" in tags and "identity:LGBTQIA+" in tags
    next_page(qtbot, wizard, DUPLICATES_PAGE)
    qtbot.waitUntil(lambda: wizard.state.dry_result is not None, timeout=20000)
    assert "2 created" in wizard.duplicates_page.counts.text()
    assert wizard.duplicates_page.model.rowCount() == 0
    assert counts(catalogue)["resources"] == 0  # the dry run wrote nothing
    next_page(qtbot, wizard, SUMMARY_PAGE)
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    wizard.summary_page.import_button.click()
    qtbot.waitUntil(lambda: wizard.state.result is not None, timeout=20000)
    assert "2 created" in wizard.summary_page.message.text()
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    stored = by_name(catalogue)
    assert set(stored) == {"Queer Pantry", "Warmline"}
    assert stored["Queer Pantry"].private_notes is None  # "Internal code" was set to not imported
    assert [p.kind for p in stored["Queer Pantry"].phones] == ["voice", "tty"]
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.state.result.batch_id == list_imports(catalogue)[0].id


def test_duplicates_are_listed_with_a_choice_each(qtbot, catalogue, spreadsheet, tmp_path):
    from resource_desk.importing.service import run_import

    run_import(catalogue, spreadsheet)
    changed = write(tmp_path / "changed.csv", [
        ["Name of Service", "Agency", "Best Contact", "Hours"],
        ["Queer Pantry", "Iglesia San José", "(415) 555-0100", "Mon-Fri"],
        ["Warmline", "", "", "24/7"],
    ])
    wizard = open_wizard(qtbot, catalogue, [changed])
    next_page(qtbot, wizard, LAYOUT_PAGE)
    next_page(qtbot, wizard, MAPPING_PAGE)
    next_page(qtbot, wizard, DUPLICATES_PAGE)
    qtbot.waitUntil(lambda: wizard.state.dry_result is not None, timeout=20000)
    model = wizard.duplicates_page.model
    assert model.rowCount() == 2
    assert [model.index(r, 4).data() for r in range(2)] == ["hours", "hours"]
    assert [model.index(r, 5).data() for r in range(2)] == ["Update", "Update"]
    warmline = next(r for r in range(2) if model.matches[r].name == "Warmline")
    model.setData(model.index(warmline, 5), "keep-both")
    next_page(qtbot, wizard, SUMMARY_PAGE)
    wizard.summary_page.import_button.click()
    qtbot.waitUntil(lambda: wizard.state.result is not None, timeout=20000)
    assert (wizard.state.result.created, wizard.state.result.updated) == (1, 1)
    assert by_name(catalogue)["Queer Pantry"].hours == "Mon-Fri"
    assert counts(catalogue)["resources"] == 3


def test_cancel_writes_nothing(qtbot, catalogue, tmp_path):
    rows = [["Name", "Organization", "Phone", "Tags"]]
    rows += [[f"Service {i}", f"Org {i % 50}", f"(415) 555-{i % 10000:04d}", "Food; LGBT"] for i in range(40000)]
    path = write(tmp_path / "big.csv", rows)
    wizard = open_wizard(qtbot, catalogue, [path])
    next_page(qtbot, wizard, LAYOUT_PAGE)
    next_page(qtbot, wizard, MAPPING_PAGE)
    next_page(qtbot, wizard, DUPLICATES_PAGE)
    qtbot.waitUntil(lambda: wizard.state.dry_result is not None, timeout=60000)
    next_page(qtbot, wizard, SUMMARY_PAGE)
    before = snapshot(catalogue)
    page = wizard.summary_page
    page.import_button.click()
    qtbot.waitUntil(lambda: page.progress.value() > 0, timeout=30000)
    page.cancel_button.click()
    assert page.message.text() == "Cancelling…"
    # The worker's last signals arrive after its thread has ended: wait for what the person reads.
    qtbot.waitUntil(lambda: "Cancelled. Nothing was written." in page.message.text(), timeout=30000)
    qtbot.waitUntil(lambda: page.op.finished, timeout=30000)
    assert wizard.state.result is None and snapshot(catalogue) == before
    assert page.import_button.isEnabled()


def test_a_file_that_cannot_be_used_says_so_on_the_layout_page(qtbot, catalogue, tmp_path):
    path = tmp_path / "blob.csv"
    path.write_bytes(b"\x00\x01\x02\x03" * 100)
    wizard = open_wizard(qtbot, catalogue, [path])
    next_page(qtbot, wizard, LAYOUT_PAGE)
    assert "not a text file" in wizard.layout_page.error_label.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_an_hsds_package_skips_the_mapping_and_undo_is_offered(qtbot, catalogue, tmp_path, monkeypatch):
    folder = tmp_path / "package"
    folder.mkdir()
    write(folder / "organizations.csv", [["id", "name"], ["o1", "Legal Aid"]])
    write(folder / "services.csv", [["id", "organization_id", "name"], ["s1", "o1", "Eviction Clinic"]])
    wizard = open_wizard(qtbot, catalogue, [folder / "services.csv", folder / "organizations.csv"])
    assert wizard.file_page.chosen() == str(folder)
    next_page(qtbot, wizard, LAYOUT_PAGE)
    assert "Open Referral" in wizard.layout_page.layout_label.text()
    next_page(qtbot, wizard, DUPLICATES_PAGE)
    qtbot.waitUntil(lambda: wizard.state.dry_result is not None, timeout=20000)
    next_page(qtbot, wizard, SUMMARY_PAGE)
    wizard.summary_page.import_button.click()
    qtbot.waitUntil(lambda: wizard.state.result is not None, timeout=20000)
    assert counts(catalogue)["resources"] == 1
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    wizard.summary_page.undo_button.click()
    assert counts(catalogue)["resources"] == 0 and "Undone" in wizard.summary_page.message.text()


def test_suggested_tags_are_offered_unticked_and_added_when_ticked(qtbot, catalogue, tmp_path):
    path = write(tmp_path / "list.csv", [
        ["Name", "Description"],
        ["Corner Pantry", "A food pantry open on Saturdays."],
        ["Hill Pantry", "Free groceries and a food pantry for families."],
        ["Night Line", "Call us, any time."],
    ])
    wizard = open_wizard(qtbot, catalogue, [path])
    next_page(qtbot, wizard, LAYOUT_PAGE)
    next_page(qtbot, wizard, MAPPING_PAGE)
    next_page(qtbot, wizard, DUPLICATES_PAGE)
    qtbot.waitUntil(lambda: wizard.state.dry_result is not None, timeout=20000)
    next_page(qtbot, wizard, SUGGESTIONS_PAGE)
    page = wizard.suggestions_page
    items = {page.list.item(r).data(Qt.ItemDataRole.UserRole): page.list.item(r) for r in range(page.list.count())}
    assert "need:Food" in items
    food = items["need:Food"]
    assert "2 rows" in food.text() and "Corner Pantry" in food.text()
    assert all(i.checkState() == Qt.CheckState.Unchecked for i in items.values())  # nothing ticked by itself
    food.setCheckState(Qt.CheckState.Checked)
    assert "1 of" in page.count.text()
    next_page(qtbot, wizard, SUMMARY_PAGE)
    assert "need:Food" in wizard.summary_page.plan.text()
    wizard.summary_page.import_button.click()
    qtbot.waitUntil(lambda: wizard.state.result is not None, timeout=20000)
    stored = by_name(catalogue)
    assert "need:Food" in {t.key for t in stored["Corner Pantry"].tags}
    assert "need:Food" in {t.key for t in stored["Hill Pantry"].tags}
    assert "need:Food" not in {t.key for t in stored["Night Line"].tags}
def test_an_icarol_export_shows_its_first_resources_and_capitals_can_be_kept(qtbot, catalogue, tmp_path):
    from tests.importing.helpers import write_rows
    from tests.importing.test_icarol import COLUMNS, row

    export = write_rows(tmp_path / "icarol.csv", [
        COLUMNS,
        row(ResourceAgencyNum="100", PublicName="SAN FRANCISCO AIDS FOUNDATION", TaxonomyLevelName="Agency",
            ParentAgencyNum="0", AgencyDescription="Health care and advocacy."),
        row(ResourceAgencyNum="101", PublicName="HIV TESTING", TaxonomyLevelName="Program", ParentAgencyNum="100",
            Phone1Number="415-487-3000", LanguagesOffered="English; Spanish"),
        row(ResourceAgencyNum="200", PublicName="ST. ANTHONY'S DINING ROOM", TaxonomyLevelName="Agency",
            ParentAgencyNum="0", Phone1Number="415-241-2600", PhysicalAddress1="121 Golden Gate Ave",
            PhysicalCity="San Francisco", PhysicalStateProvince="CA", PhysicalPostalCode="94102"),
    ], encoding="cp1252", lineterminator="\r")
    wizard = open_wizard(qtbot, catalogue, [export])
    next_page(qtbot, wizard, LAYOUT_PAGE)
    page = wizard.layout_page
    assert "iCarol 211 export" in page.layout_label.text()
    assert page.sample_label.text() == "The first resources, as they will be stored:"

    def shown():
        headers = [page.sample.horizontalHeaderItem(c).text() for c in range(page.sample.columnCount())]
        return headers, [{h: (page.sample.item(r, c).text() if page.sample.item(r, c) else "")
                          for c, h in enumerate(headers)} for r in range(page.sample.rowCount())]

    headers, rows = shown()
    assert {"Name", "Organization", "Phones", "Address", "Languages"} <= set(headers)
    assert [(r["Name"], r["Organization"]) for r in rows] == [
        ("HIV Testing", "San Francisco AIDS Foundation"), ("St. Anthony's Dining Room", "St. Anthony's Dining Room")]
    assert rows[1]["Address"] == "121 Golden Gate Ave, San Francisco, CA 94102"
    # Most names are in capitals: "Tidy capitals" is ticked; unticking shows them as written.
    assert page.capitals_box.isEnabled() and page.capitals_box.isChecked()
    page.capitals_box.click()
    assert not page.capitals_box.isChecked() and wizard.state.tidy_capitals is False
    assert [r["Name"] for r in shown()[1]] == ["HIV TESTING", "ST. ANTHONY'S DINING ROOM"]
    page.capitals_box.click()
    assert [r["Name"] for r in shown()[1]] == ["HIV Testing", "St. Anthony's Dining Room"]
    page.capitals_box.click()
    next_page(qtbot, wizard, DUPLICATES_PAGE)  # no column mapping for a 211 export
    qtbot.waitUntil(lambda: wizard.state.dry_result is not None, timeout=20000)
    next_page(qtbot, wizard, SUMMARY_PAGE)
    wizard.summary_page.import_button.click()
    qtbot.waitUntil(lambda: wizard.state.result is not None, timeout=20000)
    assert set(by_name(catalogue)) == {"HIV TESTING", "ST. ANTHONY'S DINING ROOM"}  # kept, as the person chose


def test_a_spreadsheet_in_capitals_is_tidied_in_the_mapping_preview(qtbot, catalogue, tmp_path):
    path = write(tmp_path / "caps.csv", [
        ["Name of Service", "Agency"], ["LYRIC YOUTH DROP-IN", "LYRIC CENTER FOR LGBTQQ YOUTH"],
        ["YMCA OF SAN FRANCISCO", ""], ["Warmline", "Peer Line"]])
    wizard = open_wizard(qtbot, catalogue, [path])
    next_page(qtbot, wizard, LAYOUT_PAGE)
    assert wizard.layout_page.capitals_box.isChecked()
    assert wizard.layout_page.sample.item(0, 0).text() == "LYRIC YOUTH DROP-IN"  # the file as read
    next_page(qtbot, wizard, MAPPING_PAGE)
    preview = wizard.mapping_page.preview
    headers = [preview.horizontalHeaderItem(c).text() for c in range(preview.columnCount())]
    names = [preview.item(r, headers.index("Name")).text() for r in range(preview.rowCount())]
    assert names == ["Lyric Youth Drop-In", "YMCA of San Francisco", "Warmline"]
    next_page(qtbot, wizard, DUPLICATES_PAGE)
    qtbot.waitUntil(lambda: wizard.state.dry_result is not None, timeout=20000)
    next_page(qtbot, wizard, SUMMARY_PAGE)
    wizard.summary_page.import_button.click()
    qtbot.waitUntil(lambda: wizard.state.result is not None, timeout=20000)
    assert by_name(catalogue)["Lyric Youth Drop-In"].organization == "Lyric Center for LGBTQQ Youth"
