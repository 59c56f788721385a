"""The background-work helper, and the small lookups the form and filters use."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThread
from PySide6.QtWidgets import QMessageBox, QWidget

from resource_desk.core.lookups import languages_in_use, organization_names, resource_total, verifier_names
from resource_desk.core.records import ResourceData
from resource_desk.core.resources import save_resource
from resource_desk.gui.worker import BackgroundOp, Cancelled, run_in_background


def test_work_runs_off_the_gui_thread_and_returns_on_it(qtbot):
    gui_thread = QThread.currentThread()
    seen = {}

    def work(progress):
        seen["work_thread"] = threading.current_thread() is not threading.main_thread()
        progress.report(1, 2, "half way")
        return 42

    class Target:
        refreshed = 0

        def refresh(self):
            Target.refreshed += 1

    def done(result):
        seen["result"] = result
        seen["callback_on_gui_thread"] = QThread.currentThread() is gui_thread

    op = BackgroundOp(None, work).success(done).refreshing(Target()).run()
    qtbot.waitUntil(lambda: op.finished)
    assert seen == {"work_thread": True, "result": 42, "callback_on_gui_thread": True}
    assert Target.refreshed == 1


def test_errors_come_back_as_a_message(qtbot, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text, *a: shown.append(text))

    def broken(_progress):
        raise ValueError("the file is not a CSV")

    op = run_in_background(None, broken)
    qtbot.waitUntil(lambda: op.finished)
    assert isinstance(op.error, ValueError)
    assert shown and "the file is not a CSV" in shown[0]


def test_custom_failure_handler_and_cancel(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    failures = []
    started = threading.Event()
    release = threading.Event()

    def slow(progress):
        started.set()
        release.wait(5)
        progress.check()
        return "finished anyway"

    op = BackgroundOp(parent, slow).with_progress("Working…").failure(failures.append).run()
    assert started.wait(5)
    op.progress.cancel()
    release.set()
    qtbot.waitUntil(lambda: op.finished)
    assert isinstance(op.error, Cancelled)
    assert failures == []  # cancelling is not an error to report
    assert op.result is None


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
