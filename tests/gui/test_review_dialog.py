"""View ▸ Review stale resources: stepping through them with one key per outcome."""

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from resource_desk.core.records import PhoneRecord, ResourceData
from resource_desk.core.resources import get_resource, save_resource
from resource_desk.core.review import reviews_of
from resource_desk.core.settings import reviewer_name, save_reviewer_name


def _add(catalogue, name, days_ago=None, phone=None):
    verified = None if days_ago is None else date.today() - timedelta(days=days_ago)
    phones = (PhoneRecord(phone),) if phone else ()
    return save_resource(catalogue, ResourceData(name=name, last_verified=verified, phones=phones)).id


def _open_review(qtbot, window):
    action = next(a for a in window.view_menu.actions() if a.text().startswith("&Review stale"))
    action.trigger()
    from resource_desk.gui.review_dialog import ReviewDialog

    dialog = window.findChildren(ReviewDialog)[-1]
    qtbot.waitUntil(lambda: "reviewed" in dialog.counter.text())
    return dialog


def _press(qtbot, dialog, key, counter):
    qtbot.waitUntil(dialog.isActiveWindow)
    steps = len(dialog.steps)
    QTest.keyClick(dialog, key)
    qtbot.waitUntil(lambda: len(dialog.steps) == steps + 1)
    assert dialog.counter.text() == counter


def test_stepping_through_the_stale_ones_oldest_first(qtbot, open_window, catalogue):
    never = _add(catalogue, "Never checked pantry", phone="(510) 555-0100")
    old = _add(catalogue, "Old clinic", days_ago=900)
    older = _add(catalogue, "Older drop-in", days_ago=1500)
    fresh = _add(catalogue, "Fresh line", days_ago=10)
    save_reviewer_name(catalogue, "Sam R")
    window = open_window(catalogue)

    dialog = _open_review(qtbot, window)

    assert dialog.counter.text() == "0 of 3 reviewed"
    assert "Never checked pantry" in dialog.detail.text()
    assert "(510) 555-0100" in dialog.phones.text()
    assert dialog.phones.font().pointSizeF() > window.font().pointSizeF() * 1.5
    assert "Sam R" in dialog.reviewer_label.text()

    _press(qtbot, dialog, Qt.Key.Key_V, "1 of 3 reviewed")
    stored = get_resource(catalogue, never)
    assert (stored.last_verified, stored.verified_by) == (date.today(), "Sam R")
    assert "Older drop-in" in dialog.detail.text()

    _press(qtbot, dialog, Qt.Key.Key_S, "1 of 3 reviewed")
    assert [r.outcome for r in reviews_of(catalogue, older)] == ["skipped"]
    assert get_resource(catalogue, older).last_verified == date.today() - timedelta(days=1500)
    assert "Old clinic" in dialog.detail.text()

    _press(qtbot, dialog, Qt.Key.Key_C, "2 of 3 reviewed")
    stored = get_resource(catalogue, old)
    assert (stored.status, stored.last_verified) == ("temporarily_closed", date.today())
    assert [(r.outcome, r.reviewed_on, r.reviewer) for r in reviews_of(catalogue, old)] == [
        ("closed", date.today(), "Sam R")]
    assert "Done: 2 of 3 reviewed" in dialog.message.text()
    assert not dialog.buttons["verified"].isEnabled()
    assert reviews_of(catalogue, fresh) == []
    dialog.close()


def test_edit_opens_the_form_and_saving_it_records_the_review(qtbot, open_window, catalogue):
    rid = _add(catalogue, "Old clinic", days_ago=900)
    gone = _add(catalogue, "Closing soon", days_ago=800)
    window = open_window(catalogue)
    dialog = _open_review(qtbot, window)
    assert "not set" in dialog.reviewer_label.text()

    QTest.keyClick(dialog, Qt.Key.Key_E)
    qtbot.waitUntil(lambda: dialog.form is not None and dialog.form.isVisible())
    form = dialog.form
    assert form.verified.isChecked() and form.verified_on.date().toPython() == date.today()
    form.name.setText("Old clinic (new name)")
    form.save_button.click()
    qtbot.waitUntil(lambda: dialog.counter.text() == "1 of 2 reviewed")
    stored = get_resource(catalogue, rid)
    assert (stored.name, stored.last_verified) == ("Old clinic (new name)", date.today())
    assert [r.outcome for r in reviews_of(catalogue, rid)] == ["edited"]

    _press(qtbot, dialog, Qt.Key.Key_I, "2 of 2 reviewed")
    assert get_resource(catalogue, gone).status == "inactive"
    dialog.close()


def test_nothing_to_review_says_so(qtbot, open_window, catalogue):
    _add(catalogue, "Fresh line", days_ago=10)
    window = open_window(catalogue)
    dialog = _open_review(qtbot, window)
    assert dialog.counter.text() == "0 of 0 reviewed"
    assert "Nothing to review" in dialog.message.text()
    QTest.keyClick(dialog, Qt.Key.Key_V)  # nothing happens
    assert dialog.counter.text() == "0 of 0 reviewed"
    dialog.close()


def test_the_reviewer_name_is_set_in_preferences(qtbot, open_window, catalogue):
    from resource_desk.gui.preferences import PreferencesDialog

    _add(catalogue, "Fresh line", days_ago=10)
    open_window(catalogue)
    dialog = PreferencesDialog(catalogue)
    qtbot.addWidget(dialog)
    dialog.reviewer.setText("  Alex  K ")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert reviewer_name(catalogue) == "Alex K"
    again = PreferencesDialog(catalogue)
    qtbot.addWidget(again)
    assert again.reviewer.text() == "Alex K"


def test_a_review_step_is_undone_and_redone_from_the_window(qtbot, open_window, catalogue):
    before = date.today() - timedelta(days=900)
    rid = _add(catalogue, "Old clinic", days_ago=900)
    save_reviewer_name(catalogue, "Sam R")
    window = open_window(catalogue)
    dialog = _open_review(qtbot, window)
    _press(qtbot, dialog, Qt.Key.Key_I, "1 of 1 reviewed")
    assert get_resource(catalogue, rid).status == "inactive"
    dialog.close()
    history = window.undo_history
    assert history.undo_action.text() == "&Undo Review “Old clinic”: marked inactive"

    def run(action):
        action.trigger()
        command = history.stack.command(0)
        qtbot.waitUntil(lambda: command.op is not None and command.op.finished)

    run(history.undo_action)
    stored = get_resource(catalogue, rid)
    assert (stored.status, stored.last_verified, stored.verified_by) == ("active", before, None)
    assert reviews_of(catalogue, rid) == []
    command = history.stack.command(0)
    command.op = None
    run(history.redo_action)
    stored = get_resource(catalogue, rid)
    assert (stored.status, stored.last_verified, stored.verified_by) == ("inactive", date.today(), "Sam R")
    assert [r.outcome for r in reviews_of(catalogue, rid)] == ["inactive"]
