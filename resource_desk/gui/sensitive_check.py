"""The tag manager's "Sensitive" box: whether discreet sheets leave the chosen tags out."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QWidget

from resource_desk.core.database import Catalogue
from resource_desk.core.records import TagRecord
from resource_desk.core.sensitive import set_sensitive, tag_is_sensitive
from resource_desk.gui.i18n import tr


class SensitiveCheck(QCheckBox):
    """Checked when every chosen tag is sensitive; ticking it marks them all, unticking unmarks."""

    def __init__(self, catalogue: Catalogue, parent: QWidget | None = None):
        super().__init__(tr("&Sensitive"), parent)
        self.catalogue = catalogue
        self.setToolTip(tr("Discreet sheets never name a sensitive tag: by default every identity tag and "
                        "Domestic violence, Sexual assault, Gender-affirming care, Immigration legal help, "
                        "Substance use, Crisis & safety"))
        self._tags: list[TagRecord] = []
        self.clicked.connect(self._clicked)
        self.show_for([])

    def show_for(self, tags: list[TagRecord]) -> None:
        self._tags = list(tags)
        self.setEnabled(bool(tags))
        states = {tag_is_sensitive(self.catalogue, t.id) for t in tags}
        self.blockSignals(True)
        self.setTristate(len(states) > 1)
        self.setCheckState(Qt.CheckState.PartiallyChecked if len(states) > 1 else
                           Qt.CheckState.Checked if states == {True} else Qt.CheckState.Unchecked)
        self.blockSignals(False)

    def _clicked(self) -> None:
        # A click on a mixed box marks them all; then it is a plain two-state box again.
        value = self.checkState() != Qt.CheckState.Unchecked
        for tag in self._tags:
            set_sensitive(self.catalogue, tag.id, value)
        self.show_for(self._tags)
