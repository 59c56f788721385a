"""Small helpers the windows and dialogs share: settings, colours, swatches, dates."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from resource_desk.core.languages import LANGUAGES
from resource_desk.gui.i18n import QT_TR_NOOP, tr

ORGANIZATION = "ResourceDesk"
APPLICATION = "ResourceDesk"
APP_TITLE = "Resource Desk"

# A warning colour readable on a light background (AA contrast), for stale verifications.
STALE_COLOR = QColor("#a84300")
ERROR_COLOR = "#b00020"
MUTED_COLOR = QColor("#6b6b6b")
NOT_VERIFIED_TOOLTIP = QT_TR_NOOP("Not verified in over 12 months")  # shown through tr()
NEVER_VERIFIED_TOOLTIP = QT_TR_NOOP("Never verified")


def app_settings() -> QSettings:
    """The user's window layout and small preferences (tests point the INI path elsewhere)."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION)


def swatch(color: str | None, size: int = 12) -> QIcon:
    """A small round colour swatch for a tag (a hollow circle when the tag has no colour)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if color and QColor(color).isValid():
        painter.setBrush(QColor(color))
        painter.setPen(QColor(color).darker(130))
    else:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(MUTED_COLOR)
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return QIcon(pixmap)


def text_color_on(background: str | None) -> str:
    """Black or white, whichever reads better on the given colour."""
    color = QColor(background or "#dddddd")
    if not color.isValid():
        return "#000000"
    luminance = 0.2126 * color.redF() + 0.7152 * color.greenF() + 0.0722 * color.blueF()
    return "#000000" if luminance > 0.55 else "#ffffff"


def format_date(value: date | None) -> str:
    """15 Oct 2026 (15 oct 2026 in Spanish): day, month's name, year, unambiguous wherever the
    reader learnt dates, in the window's language."""
    if value is None:
        return ""
    return QLocale().toString(value, "d MMM yyyy")


def format_date_time(value: datetime | None) -> str:
    """15 Oct 2026 14:05 (15 oct 2026 14:05 in Spanish)."""
    if value is None:
        return ""
    return QLocale().toString(value, "d MMM yyyy HH:mm")


def format_number(n: int) -> str:
    """1,234 (1.234 in Spanish): the window's locale."""
    return QLocale().toString(n)


def language_label(code: str) -> str:
    """The language's name in the window's language, and its own name when that differs
    ("Chinese (中文)", "Chino (中文)")."""
    names = LANGUAGES.get(code)
    if not names:
        return code
    english, own = names
    name = tr(english)
    return name if own in (english, name) else f"{name} ({own})"


def plural(n: int, one: str, many: str | None = None) -> str:
    """English only: the window says counts through tr("%Ln …", "", n), which knows each
    language's plural forms."""
    return f"{n:,} {one if n == 1 else (many or one + 's')}"
