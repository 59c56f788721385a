"""Editing: add, edit, duplicate, delete, mark verified and edit many at once, and the resource form.

Every change it makes goes on the window's undo history (gui/undo.py) with a snapshot of
the rows as they were (core/undoable.py).

A part of the main window. It owns its actions (the window puts them in its menus and the
results' context menu) and the one resource form open at a time. It acts on the browser's
selection and asks the window (its owner) for what belongs to the window: whether to stay
in the sample catalogue, reloading, and the status bar.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from resource_desk.core.errors import NotFound
from resource_desk.core.records import ResourceData
from resource_desk.gui.common import app_settings
from resource_desk.gui.undo import SnapshotCommand, push
from resource_desk.gui.worker import Changes, WriteOp
from resource_desk.gui.i18n import tr

if TYPE_CHECKING:
    from resource_desk.gui.browser import Browser
    from resource_desk.gui.main_window import MainWindow
    from resource_desk.gui.resource_form import ResourceForm


def make_action(owner: QWidget, text: str, slot: Callable[[], object], shortcut=None, tip: str | None = None,
                context: QWidget | None = None) -> QAction:
    """An action of ``owner`` (its shortcut works anywhere in it), or of ``context`` only."""
    action = QAction(text, owner)
    if shortcut is not None:
        shortcuts = shortcut if isinstance(shortcut, list) else [shortcut]
        action.setShortcuts([QKeySequence(s) for s in shortcuts])
    if tip:
        action.setStatusTip(tip)
        action.setToolTip(tip)
    action.triggered.connect(lambda _checked=False: slot())
    if context is not None:
        # Keys that mean something else while typing (Enter, Delete) act only in the results.
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        context.addAction(action)
    else:
        owner.addAction(action)
    return action


class Editing(QObject):
    """The editing actions and the form; ``form`` is the open resource form, if any."""

    def __init__(self, window: MainWindow, browser: Browser):
        super().__init__(window)
        self._window = window
        self._browser = browser
        self.form: ResourceForm | None = None
        self.op: WriteOp | None = None  # the last change to the chosen resources (deleting, verifying)
        key = QKeySequence.StandardKey
        table = browser.table
        self.add_action = make_action(window, tr("&Add a resource…"), self.add_resource, key.New, tr("Add a resource"))
        self.edit_action = make_action(window, tr("&Edit…"), self.edit_resource, ["Return", "Enter"],
                                       tr("Edit the chosen resource"), context=table)
        self.duplicate_action = make_action(window, tr("D&uplicate…"), self.duplicate_resource, "Ctrl+D",
                                            tr("Start a new resource from a copy of the chosen one"))
        self.delete_action = make_action(window, tr("&Delete…"), self.delete_selected, key.Delete,
                                         tr("Delete the chosen resources"), context=table)
        self.verify_action = make_action(window, tr("Mark &verified today"), self.mark_verified_today,
                                         "Ctrl+Shift+V", tr("Record that the chosen resources were checked today"))
        self.bulk_edit_action = make_action(window, tr("Edit &selected…"), self.edit_selected, "Ctrl+Shift+E",
                                            tr("Add or remove tags, set kind, cost, delivery, status or languages "
                                            "of the chosen resources at once"))
        self.bulk_dialog = None  # the Edit selected… dialog while it is open
        self.add_button = QPushButton(tr("&Add a resource…"))
        self.add_button.setToolTip(tr("Add a resource (Ctrl+N)"))
        self.add_button.clicked.connect(self.add_resource)
        browser.edit_requested.connect(self.edit_resource)
        browser.selection_changed.connect(self._selection_changed)

    @property
    def catalogue(self):
        return self._window.catalogue

    def _selection_changed(self, selected: int) -> None:
        self.edit_action.setEnabled(selected == 1)
        self.duplicate_action.setEnabled(selected == 1)
        self.delete_action.setEnabled(selected > 0)
        self.verify_action.setEnabled(selected > 0)
        self.bulk_edit_action.setEnabled(selected > 0)

    # -- the form ---------------------------------------------------------------------------
    def _open_form(self, data: ResourceData | None, title: str | None = None, what: str | None = None) -> ResourceForm:
        what = what or tr("Edit")  # the undo step's verb
        from resource_desk.gui.resource_form import ResourceForm

        if self.form is not None:
            self.form.close()
        form = ResourceForm(self.catalogue, data, self._window, title=title)
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        catalogue = self.catalogue
        form.accepted.connect(lambda: self._saved(form.saved, form.before, what, catalogue))
        form.finished.connect(lambda _result: self._form_closed(form))
        self.form = form
        form.open()
        return form

    def _form_closed(self, form: ResourceForm) -> None:
        if self.form is form:
            self.form = None

    def close_form(self) -> bool:
        """Close the form; False if the person kept a form with changes open."""
        return self.form is None or self.form.close()

    def _verifier(self) -> str | None:
        """Who verifies: the name set in Preferences, else the one last typed in the form."""
        from resource_desk.core.settings import reviewer_name

        return reviewer_name(self.catalogue) or app_settings().value("verification/by", "", type=str) or None

    def add_resource(self) -> ResourceForm | None:
        if not self._window.stay_in_demo(tr("Add the resource")):
            return None
        verified_by = self._verifier()
        return self._open_form(ResourceData(name="", last_verified=date.today(), verified_by=verified_by), what=tr("Add"))

    def edit_resource(self) -> ResourceForm | None:
        resource_id = self._browser.current_resource_id()
        if resource_id is None:
            return None
        from resource_desk.core.resources import get_resource

        try:
            data = get_resource(self.catalogue, resource_id)
        except NotFound:
            self._window.refresh()
            return None
        return self._open_form(data)

    def duplicate_resource(self) -> ResourceForm | None:
        """A new resource pre-filled from the chosen one; nothing is stored until Save."""
        resource_id = self._browser.current_resource_id()
        if resource_id is None:
            return None
        from resource_desk.core.resources import duplicate_resource

        try:
            copy = duplicate_resource(self.catalogue, resource_id, store=False)
        except NotFound:
            self._window.refresh()
            return None
        original = copy.name.removesuffix(" (copy)")  # the suffix core gives the copy's name
        return self._open_form(copy, title=tr("Duplicate “{name}”").format(name=original), what=tr("Duplicate"))

    def _saved(self, saved: ResourceData | None, before, what: str, catalogue) -> None:
        if saved is None:
            return
        if before is not None:
            push(self._window, SnapshotCommand(tr("{action} “{name}”").format(action=what, name=saved.name),
                                               self._window, catalogue, before,
                                               Changes(resources=True)))
        if saved.verified_by:
            app_settings().setValue("verification/by", saved.verified_by)
        self._window.reload(select=saved.id)
        if self._browser.current_resource_id() == saved.id:
            self._window.say(tr("Saved “{name}”").format(name=saved.name), 5000)
        else:
            self._window.say(tr("Saved “{name}”. The current search or filters do not show it.").format(
                name=saved.name), 10000)

    # -- changes to the chosen resources ----------------------------------------------------------
    def delete_selected(self) -> None:
        rows = self._browser.selected_rows()
        if not rows:
            return
        if len(rows) == 1:
            question = tr("Delete “{name}”?\n\nEdit ▸ Undo brings it back.").format(name=rows[0].name)
        else:
            names = "\n".join(f"• {row.name}" for row in rows[:10])
            more = "\n" + tr("…and %Ln more", "", len(rows) - 10) if len(rows) > 10 else ""
            question = tr("Delete these %Ln resources?\n\n{names}\n\nEdit ▸ Undo brings them back.", "",
                          len(rows)).format(names=names + more)
        answer = QMessageBox.question(self._window, tr("Delete resources"), question,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        from resource_desk.core.undoable import delete_resources

        catalogue, ids = self.catalogue, [row.id for row in rows]
        first_row = self._browser.first_selected_row()
        text = (tr("Delete “{name}”").format(name=rows[0].name) if len(rows) == 1
                else tr("Delete %Ln resources", "", len(rows)))

        def deleted(result) -> None:  # the window has refreshed: the next row takes the deleted one's place
            n, before = result
            push(self._window, SnapshotCommand(text, self._window, catalogue, before, Changes(resources=True)))
            self._browser.select_row_near(first_row)
            self._window.say(tr("Deleted %Ln resource(s)", "", n), 5000)

        self.op = WriteOp(self._window, lambda _progress: delete_resources(catalogue, ids),
                          Changes(resources=True)).success(deleted).run()

    def mark_verified_today(self) -> None:
        ids = self._browser.selected_resource_ids()
        if not ids:
            return
        from resource_desk.core.undoable import mark_verified

        by = self._verifier()
        catalogue = self.catalogue

        def verified(result) -> None:  # the window has refreshed, keeping the current row
            if result.before is not None:
                push(self._window, SnapshotCommand(tr("Mark %Ln resource(s) verified", "", len(ids)), self._window,
                                                   catalogue, result.before, Changes(resources=True)))
            self._browser.also_select(ids)
            self._window.say(tr("Marked %Ln resource(s) verified today", "", len(ids)), 5000)

        self.op = WriteOp(self._window, lambda progress: mark_verified(catalogue, ids, by=by, progress=progress),
                          Changes(resources=True)).success(verified).run()

    def _chosen_for_bulk(self):
        """The chosen resources: their ids, or (every loaded row chosen while the search found
        more, as after Ctrl+A) all the search's results, read when needed."""
        browser = self._browser
        ids = browser.selected_resource_ids()
        model = browser.model
        if ids and len(ids) == model.rowCount() and model.total > len(ids):
            from resource_desk.core.search import matching_ids

            catalogue, query = self.catalogue, browser.current_query()
            return (lambda: matching_ids(catalogue, query)), model.total
        return (lambda: ids), len(ids)

    def edit_selected(self):
        """Edit ▸ Edit selected…: one change to all the chosen resources, undone in one step."""
        from resource_desk.gui.bulk_edit_dialog import BulkEditDialog

        ids, how_many = self._chosen_for_bulk()
        if not how_many:
            return None
        if not self._window.stay_in_demo(tr("Change the resources")):
            return None
        by = self._verifier()
        dialog = BulkEditDialog(self.catalogue, ids, how_many, verified_by=by, parent=self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._bulk_change(ids, dialog.change(), dialog.describe(), how_many))
        dialog.finished.connect(lambda _r: setattr(self, "bulk_dialog", None))
        self.bulk_dialog = dialog
        dialog.open()
        return dialog

    def _bulk_change(self, ids, change, description: str, how_many: int) -> None:
        from resource_desk.core.undoable import bulk_change

        catalogue, window = self.catalogue, self._window
        text = tr("Edit %Ln resource(s): {changes}", "", how_many).format(changes=description)
        chosen = self._browser.selected_resource_ids()

        def done(result) -> None:
            if result.before is not None:
                push(window, SnapshotCommand(text, window, catalogue, result.before,
                                             Changes(resources=True, tags=True)))
            self._browser.also_select(chosen)
            window.say(tr("Changed %Ln resource(s)", "", result.changed), 5000)

        self.op = WriteOp(window, lambda progress: bulk_change(catalogue, ids(), change, progress),
                          Changes(resources=True, tags=True)).with_progress(tr("Changing the resources…")) \
            .success(done).run()
