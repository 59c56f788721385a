"""View ▸ Review stale resources: one resource at a time, oldest first, one key per outcome.

The resources not verified in the last N months (the sidebar's N) are listed once, when the
review opens; each is shown with its phone numbers large, for the call that checks it.
V, E, C, I and S record an outcome through ``core.review.record_review`` on the write
worker, then the next one shows. A counter says how many have been reviewed (a skip moves
on without counting as reviewed).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from resource_desk.core.database import Catalogue
from resource_desk.core.errors import NotFound
from resource_desk.core.records import PHONE_KIND_LABELS, ResourceData
from resource_desk.core.review import ReviewRecord
from resource_desk.core.settings import reviewer_name
from resource_desk.gui.common import format_date, format_number
from resource_desk.gui.labels import value_label
from resource_desk.gui.detail import DetailPane
from resource_desk.gui.worker import Changes, ReadOp, WriteOp
from resource_desk.gui.i18n import QT_TR_NOOP, said, tr

# Outcome -> (button text, its key). Edit opens the form and is recorded once it is saved.
BUTTONS = {
    "verified": (QT_TR_NOOP("&Verified today"), "V"),
    "edited": (QT_TR_NOOP("&Edit…"), "E"),
    "closed": (QT_TR_NOOP("Temporarily &closed"), "C"),
    "inactive": (QT_TR_NOOP("Mark &inactive"), "I"),
    "skipped": (QT_TR_NOOP("&Skip"), "S"),
}
PHONE_SCALE = 1.8  # the phone numbers, read while dialling


class ReviewDialog(QDialog):
    """``ReviewDialog(catalogue, months, window).open()``; ``steps`` holds what was recorded."""

    def __init__(self, catalogue: Catalogue, months: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.catalogue = catalogue
        self.months = months
        self.reviewer = reviewer_name(catalogue) or None
        self.queue: list[str] | None = None  # resource ids, read once when the review opens
        self.position = 0
        self.reviewed = 0
        self.steps: list[ReviewRecord] = []
        self.current: ResourceData | None = None
        self.op: WriteOp | None = None  # the outcome being recorded (keys wait for it)
        self.form = None
        self.setWindowTitle(tr("Review stale resources"))
        self.setObjectName("ReviewDialog")
        self.setSizeGripEnabled(True)
        self.resize(760, 640)

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.counter = QLabel()
        self.counter.setObjectName("review_counter")
        font = self.counter.font()
        font.setBold(True)
        self.counter.setFont(font)
        top.addWidget(self.counter)
        top.addStretch(1)
        self.position_label = QLabel()
        top.addWidget(self.position_label)
        layout.addLayout(top)

        who = (tr("Reviewing as {name}.").format(name=escape(self.reviewer.rstrip("."))) if self.reviewer else
               tr("Your name is not set: Edit ▸ Preferences keeps it with each review."))
        self.reviewer_label = QLabel(tr("Resources not verified in the last %Ln month(s), oldest first.", "", months)
                                     + f" {who}")
        self.reviewer_label.setWordWrap(True)
        layout.addWidget(self.reviewer_label)

        self.phones = QLabel()
        self.phones.setObjectName("review_phones")
        self.phones.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.phones.setAccessibleName(tr("Phone numbers"))
        font = self.phones.font()
        font.setPointSizeF(font.pointSizeF() * PHONE_SCALE)
        font.setBold(True)
        self.phones.setFont(font)
        layout.addWidget(self.phones)

        self.detail = DetailPane()
        self.detail.edit_button.hide()  # E (below) edits, and records the review
        self.detail.browser.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # the keys stay the review's
        layout.addWidget(self.detail, 1)

        self.message = QLabel()
        self.message.setObjectName("review_message")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)

        row = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for outcome, (text, key) in BUTTONS.items():
            button = QPushButton(f"{tr(text)} ({key})")
            button.setToolTip(tr("Press {key}").format(key=key))
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.clicked.connect(lambda _checked=False, o=outcome: self.choose(o))
            row.addWidget(button)
            self.buttons[outcome] = button
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.activated.connect(lambda o=outcome: self.choose(o))
        row.addStretch(1)
        self.close_button = QPushButton(tr("Close"))
        self.close_button.clicked.connect(self.reject)
        row.addWidget(self.close_button)
        layout.addLayout(row)

        self._set_enabled(False)
        self.counter.setText(tr("Finding the resources to review…"))
        catalogue_ = catalogue

        def work(_progress) -> list[str]:
            from resource_desk.core.review import stale_resource_ids

            return stale_resource_ids(catalogue_, months)

        ReadOp(self, work).success(self._queue_ready).run()

    # -- the queue -------------------------------------------------------------------------
    def _queue_ready(self, ids: list[str]) -> None:
        self.queue = ids
        self._show_current()

    @property
    def total(self) -> int:
        return len(self.queue or ())

    def _set_enabled(self, enabled: bool) -> None:
        for button in self.buttons.values():
            button.setEnabled(enabled)

    def _update_counter(self) -> None:
        self.counter.setText(tr("{done} of {total} reviewed").format(done=format_number(self.reviewed),
                                                                      total=format_number(self.total)))
        self.position_label.setText(
            tr("Resource {position} of {total}").format(position=format_number(self.position + 1),
                                                        total=format_number(self.total))
            if self.position < self.total else "")

    def _show_current(self) -> None:
        """The resource at ``position`` (one deleted meanwhile is passed over), or the end."""
        from resource_desk.core.resources import get_resource

        assert self.queue is not None
        self.current = None
        while self.position < self.total:
            try:
                self.current = get_resource(self.catalogue, self.queue[self.position])
                break
            except NotFound:
                self.position += 1
        self._update_counter()
        if self.current is None:
            self._finished()
            return
        self.position_label.setText(f"{self.position_label.text()} · {last_checked(self.current)}")
        self.phones.setText(_phones_text(self.current))
        self.detail.show_resource(self.current)
        self._set_enabled(True)

    def _finished(self) -> None:
        self._set_enabled(False)
        self.phones.clear()
        self.detail.show_resource(None)
        if not self.total:
            self.message.setText(tr("Nothing to review: every resource was verified in the last %Ln month(s).", "",
                                    self.months))
        else:
            self.message.setText(tr("Done: {done} of {total} reviewed. Thank you.").format(
                done=format_number(self.reviewed), total=format_number(self.total)))
        self.detail.browser.setHtml(f"<p style='font-size:large'>{escape(self.message.text())}</p>")
        self.close_button.setDefault(True)
        self.close_button.setFocus()

    # -- outcomes --------------------------------------------------------------------------
    def choose(self, outcome: str) -> None:
        """One key's outcome for the resource shown (ignored while the last one is being stored)."""
        if self.current is None or (self.op is not None and not self.op.finished) or self.form is not None:
            return
        if outcome == "edited":
            self._edit()
            return
        self._record(outcome)

    def _record(self, outcome: str) -> None:
        from resource_desk.core.review import record_review

        catalogue, resource_id, reviewer = self.catalogue, self.current.id, self.reviewer
        self._set_enabled(False)
        self.op = WriteOp(self, lambda _progress: record_review(catalogue, resource_id, outcome, reviewer),
                          Changes(resources=True)).success(self._recorded).failure(self._failed)
        self.op.run()

    def _recorded(self, step: ReviewRecord) -> None:
        self.op = None  # stored: the next key counts at once (the op's own end comes a moment later)
        self.steps.append(step)
        name = self.current.name if self.current is not None else ""
        if step.outcome != "skipped":
            self.reviewed += 1
            if step.outcome != "edited":  # an edit is undone as the form's save is
                from resource_desk.gui.undo import ReviewCommand, push

                push(self.parent(), ReviewCommand(tr("Review “{name}”: {outcome}").format(
                    name=name, outcome=tr(step.label).lower()), self.parent(), self.catalogue, step))
        self.message.setText(f"“{name}”: {tr(step.label).lower()}.")
        self.position += 1
        self._show_current()

    def _failed(self, error: BaseException) -> None:
        self.op = None
        if isinstance(error, NotFound):  # deleted meanwhile: on to the next
            self.message.setText(said(error))
            self.position += 1
            self._show_current()
            return
        from resource_desk.gui.errors import show_error

        show_error(self, error)
        self._set_enabled(True)

    def _edit(self) -> None:
        """The form, with today's verification filled in; saving it records the review."""
        from resource_desk.gui.resource_form import ResourceForm

        data = replace(self.current, last_verified=date.today(),
                       verified_by=self.reviewer or self.current.verified_by)
        form = ResourceForm(self.catalogue, data, self)
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form.accepted.connect(lambda: self._record("edited"))
        form.finished.connect(self._form_closed)
        self.form = form
        form.open()

    def _form_closed(self, _result: int) -> None:
        self.form = None
        self.activateWindow()  # the review's keys work again at once


def _phones_text(data: ResourceData) -> str:
    if not data.phones:
        return tr("No phone number")
    lines = []
    for phone in data.phones:
        text = phone.number + (" " + tr("ext. {number}").format(number=phone.extension) if phone.extension else "")
        kind = value_label(PHONE_KIND_LABELS, phone.kind)
        lines.append(f"{text}   {kind}" + (f" — {phone.label}" if phone.label else ""))
    return "\n".join(lines)


def last_checked(data: ResourceData) -> str:
    return (tr("last verified {date}").format(date=format_date(data.last_verified)) if data.last_verified
            else tr("never verified"))
