"""The sheet tray keeps no client data: the title is logged only when "Keep the title in
history" is ticked (off by default), and a refused client code says why next to the field."""

from __future__ import annotations

import pytest

from resource_desk.core.referrals import list_sheets
from resource_desk.gui.history import SheetHistoryDialog
from resource_desk.gui.sheet_tray import SheetTray

from .test_sheet_tray import ids_by_name, wait_for_pdf


@pytest.fixture
def tray(qtbot, demo_catalogue):
    widget = SheetTray(demo_catalogue)
    qtbot.addWidget(widget)
    widget.resize(420, 760)
    widget.show()
    return widget


def test_the_title_is_not_kept_by_default_and_the_history_says_so(qtbot, tray, demo_catalogue, tmp_path):
    assert not tray.keep_title.isChecked()
    tray.add_resources(ids_by_name(demo_catalogue, "Trans Lifeline"))
    tray.title_edit.setText("Resources for Jane Doe")
    tray.save_pdf(tmp_path / "a.pdf")
    wait_for_pdf(qtbot, tray)
    (logged,) = list_sheets(demo_catalogue)
    assert logged.title == ""
    dialog = SheetHistoryDialog(demo_catalogue)
    qtbot.addWidget(dialog)
    assert dialog.table.item(0, 1).text() == "(title not kept)"

    tray.last_pdf = None
    tray.keep_title.setChecked(True)
    tray.save_pdf(tmp_path / "b.pdf")
    wait_for_pdf(qtbot, tray)
    assert sorted(s.title for s in list_sheets(demo_catalogue)) == ["", "Resources for Jane Doe"]
    tray.clear()
    assert not tray.keep_title.isChecked()  # each sheet asks afresh


@pytest.mark.parametrize("code, reason", [("JaneDoe", "no digit"), ("Jane.Doe-1985", "7 letters")])
def test_a_refused_code_says_why_next_to_the_field(qtbot, tray, demo_catalogue, tmp_path, code, reason):
    tray.add_resources(ids_by_name(demo_catalogue, "Trans Lifeline"))
    tray.client_code.setText(code)
    assert tray.client_code_hint.isVisible() and reason in tray.client_code_hint.text()
    assert tray.save_pdf(tmp_path / "x.pdf") is None
    assert reason in tray.message.text()
    assert not (tmp_path / "x.pdf").exists() and list_sheets(demo_catalogue) == []
    tray.client_code.setText("C-0423")
    assert tray.client_code_hint.isHidden()
