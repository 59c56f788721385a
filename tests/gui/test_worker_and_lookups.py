"""The one runner for background work (reads, writes one at a time), the error dialogs,
and the small lookups the form and filters use."""

from __future__ import annotations

import sys
import threading

from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from resource_desk.core.errors import NotFound
from resource_desk.core.lookups import languages_in_use, organization_names, resource_total, verifier_names
from resource_desk.core.progress import NO_PROGRESS, Cancelled, Progress
from resource_desk.core.records import ResourceData
from resource_desk.core.resources import save_resource
from resource_desk.gui import errors
from resource_desk.gui.worker import Changes, ReadOp, WriteOp
from resource_desk.importing.problems import ImportCancelled


def test_work_runs_off_the_gui_thread_and_returns_on_it(qtbot):
    gui_thread = QThread.currentThread()
    seen = {}

    def work(progress):
        seen["work_thread"] = threading.current_thread() is not threading.main_thread()
        progress.report(0.5, "half way")
        return 42

    class Target(QWidget):
        refreshed = 0

        def apply_changes(self, changes):
            Target.refreshed += 1
            seen["changes"] = changes

    def done(result):
        seen["result"] = result
        seen["callback_on_gui_thread"] = QThread.currentThread() is gui_thread

    target = Target()
    qtbot.addWidget(target)
    child = QWidget(target)  # a dialog of the window: the window hears what changed
    op = WriteOp(child, work, Changes(tags=True)).success(done).run()
    qtbot.waitUntil(lambda: op.finished)
    changes = seen.pop("changes")
    assert seen == {"work_thread": True, "result": 42, "callback_on_gui_thread": True}
    assert Target.refreshed == 1
    assert changes == Changes(tags=True) and changes.tags and not changes.resources


def test_errors_come_back_as_a_message(qtbot, monkeypatch):
    shown = []
    monkeypatch.setattr(errors, "bug_box", lambda parent, error, details: _Captured(shown, str(error), details))

    def broken(_progress):
        raise ValueError("the file is not a CSV")

    op = ReadOp(None, broken).run()
    qtbot.waitUntil(lambda: op.finished)
    assert isinstance(op.error, ValueError)
    assert shown and "the file is not a CSV" in shown[0][0]
    assert "Traceback" in shown[0][1] and "broken" in shown[0][1]


class _Captured:
    def __init__(self, shown, text, details):
        shown.append((text, details))

    def exec(self):
        return 0


def test_custom_failure_handler_and_cancel(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    failures = []
    cancelled = []
    started = threading.Event()
    release = threading.Event()

    def slow(progress):
        started.set()
        release.wait(5)
        progress.check()
        return "finished anyway"

    op = WriteOp(parent, slow).with_progress("Working…").failure(failures.append) \
        .cancelled(lambda: cancelled.append(True)).run()
    assert started.wait(5)
    op.progress.cancel()
    release.set()
    qtbot.waitUntil(lambda: op.finished)
    assert isinstance(op.error, Cancelled)
    assert failures == []  # cancelling is not an error to report
    assert cancelled == [True]
    assert op.result is None


def test_writes_run_one_after_the_other_in_order(qtbot):
    first_started, release_first = threading.Event(), threading.Event()
    order = []

    def first(_progress):
        first_started.set()
        assert release_first.wait(5)
        order.append("first")
        return 1

    def second(_progress):
        order.append("second started" if release_first.is_set() else "second overtook")
        return 2

    a = WriteOp(None, first).run()
    b = WriteOp(None, second).run()
    assert first_started.wait(5)
    assert not b.wait(0.2)  # queued behind the first write, not beside it
    release_first.set()
    qtbot.waitUntil(lambda: a.finished and b.finished)
    assert order == ["first", "second started"]
    assert (a.result, b.result) == (1, 2)


def test_a_read_runs_while_a_write_is_blocked(qtbot):
    write_started, release_write = threading.Event(), threading.Event()

    def write(_progress):
        write_started.set()
        assert release_write.wait(5)
        return "written"

    writing = WriteOp(None, write).run()
    assert write_started.wait(5)
    reading = ReadOp(None, lambda _progress: "read while writing").run()
    try:
        assert reading.wait(5)
        qtbot.waitUntil(lambda: reading.finished)
        assert reading.result == "read while writing"
        assert not writing.finished
    finally:
        release_write.set()
    qtbot.waitUntil(lambda: writing.finished)
    assert writing.result == "written"


def test_import_cancelled_is_the_one_cancelled_and_the_null_progress():
    assert issubclass(ImportCancelled, Cancelled)
    assert isinstance(NO_PROGRESS, Progress)
    NO_PROGRESS.report(0.5, "half")
    assert NO_PROGRESS.cancelled() is False


def test_a_user_error_is_a_plain_message(qtbot, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text, *a: shown.append(text))

    def missing(_progress):
        raise NotFound("That resource was deleted.")

    op = ReadOp(None, missing).run()
    qtbot.waitUntil(lambda: op.finished)
    assert shown == ["That resource was deleted."]
    assert errors.is_user_error(NotFound("x"))  # every UserError is shown as its message


def test_a_bug_shows_copy_details_and_is_logged(qtbot, monkeypatch, caplog):
    boxes = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: boxes.append(self) or 0)
    try:
        raise RuntimeError("index out of step")
    except RuntimeError as exc:
        errors.show_error(None, exc)
    assert len(boxes) == 1
    box = boxes[0]
    assert "Something went wrong" in box.text() and "index out of step" in box.text()
    assert "Traceback" not in box.text()
    box.copy_button.click()
    assert "RuntimeError: index out of step" in QApplication.clipboard().text()
    assert "Traceback" in QApplication.clipboard().text()
    assert any("index out of step" in r.getMessage() for r in caplog.records)


def test_an_exception_in_a_slot_shows_the_dialog(qtbot, monkeypatch):
    seen = []
    monkeypatch.setattr(errors, "show_error", lambda parent, error, details=None: seen.append((error, details)))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    errors.install_excepthook()
    try:
        raise KeyError("slot")
    except KeyError:
        sys.excepthook(*sys.exc_info())
    assert isinstance(seen[0][0], KeyError) and "Traceback" in seen[0][1]


def test_lookups(demo_catalogue, catalogue):
    assert resource_total(catalogue) == 0
    assert resource_total(demo_catalogue) == 60
    orgs = organization_names(demo_catalogue)
    assert "Trans Housing Collective (sample)" in orgs
    assert orgs == sorted(orgs, key=str.casefold)
    assert {"en", "es", "ht"} <= set(languages_in_use(demo_catalogue))
    assert languages_in_use(catalogue) == []
    save_resource(catalogue, ResourceData(name="A", verified_by="JR"))
    save_resource(catalogue, ResourceData(name="B", verified_by="JR"))
    save_resource(catalogue, ResourceData(name="C", verified_by="AB"))
    assert verifier_names(catalogue) == ["JR", "AB"]
