"""Help ▸ Resource Desk guide (F1): a short guide built into the package, readable offline.

The guide is Markdown files in ``resources/help`` (one per topic, its first line the title),
shown with Qt's own Markdown reader. Links between topics (``[Sheets](sheets.md)``) open
the topic; nothing is ever fetched. A translation of a topic sits in the folder of its language
(``resources/help/es/sheets.md``), under the same name so the links hold.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QDialog, QHBoxLayout, QListWidget, QListWidgetItem, QTextBrowser, QWidget

from resource_desk.core.paths import resource_path
from resource_desk.gui.i18n import current_language, tr

HELP_DIR = resource_path("help")
# The topics in reading order (file stems in resources/help).
TOPICS = ("finding", "tagging", "importing", "sheets", "privacy")
TOPIC_ROLE = Qt.ItemDataRole.UserRole


def topic_path(topic: str) -> Path:
    """The topic in the window's language; in English when that language has no file for it yet,
    so a topic added in English is never missing from a translated guide."""
    translated = HELP_DIR / current_language() / f"{topic}.md"
    return translated if translated.is_file() else HELP_DIR / f"{topic}.md"


def topic_text(topic: str) -> str:
    return topic_path(topic).read_text(encoding="utf-8")


def topic_title(text: str) -> str:
    first = text.lstrip().splitlines()[0] if text.strip() else ""
    return first.lstrip("#").strip()


class HelpWindow(QDialog):
    """Topics on the left, the chosen one on the right; ``show_topic("sheets")``."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("Resource Desk guide"))
        self.setObjectName("HelpWindow")
        self.setSizeGripEnabled(True)
        self.resize(820, 600)
        layout = QHBoxLayout(self)
        self.topics = QListWidget()
        self.topics.setAccessibleName(tr("Topics"))
        self.topics.setMaximumWidth(220)
        for topic in TOPICS:
            item = QListWidgetItem(topic_title(topic_text(topic)))
            item.setData(TOPIC_ROLE, topic)
            self.topics.addItem(item)
        self.topics.currentItemChanged.connect(lambda item, _old: item and self._show(item.data(TOPIC_ROLE)))
        layout.addWidget(self.topics)
        self.page = QTextBrowser()
        self.page.setAccessibleName(tr("Guide"))
        self.page.setOpenLinks(False)  # topics only: nothing is fetched or opened elsewhere
        self.page.anchorClicked.connect(self._link)
        self.page.document().setDocumentMargin(14)
        layout.addWidget(self.page, 1)
        self.show_topic(TOPICS[0])

    @property
    def topic(self) -> str:
        item = self.topics.currentItem()
        return item.data(TOPIC_ROLE) if item is not None else ""

    def show_topic(self, topic: str) -> None:
        self.topics.setCurrentRow(TOPICS.index(topic))

    def _show(self, topic: str) -> None:
        self.page.setMarkdown(topic_text(topic))

    def _link(self, url: QUrl) -> None:
        stem = Path(url.path()).stem
        if not url.scheme() and stem in TOPICS:
            self.show_topic(stem)
