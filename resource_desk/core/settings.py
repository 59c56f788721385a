"""Catalogue-wide preferences kept in the ``settings`` table (they travel with the data).

The practice header and the referral sheet defaults are set once in Preferences and used
by the GUI and the ``sheet`` command alike. Values are stored as text under dotted keys.
They are read through the catalogue's store, without SQLAlchemy (the referral sheet tray
reads them as the window is built).
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from typing import TYPE_CHECKING

from resource_desk.core.errors import UserError
from resource_desk.core.messages import msg

if TYPE_CHECKING:
    from resource_desk.core.database import Catalogue

PAPERS = ("letter", "a4")
# Where crisis lines go on a sheet: pinned first, pinned last, or where the therapist put them.
CRISIS_POSITIONS = ("top", "bottom", "in_place")


class SettingsError(UserError, ValueError):
    """A preference that cannot be stored; the message is for the user."""


@dataclass(frozen=True)
class SheetPreferences:
    practice_name: str = ""
    # Address, phone, email, web: one per line, printed under the practice name.
    practice_contact: str = ""
    language: str = "en"
    paper: str = "letter"
    crisis_position: str = "top"
    qr_codes: bool = True
    large_print: bool = False
    # Log every printed or saved sheet (date, title, language, resource ids; never a name).
    log_sheets: bool = True


_PREFIX = "sheet."


def _encode(value: object) -> str:
    if isinstance(value, bool):
        return "1" if value else "0"
    return str(value)


def _decode(raw: str, default: object) -> object:
    if isinstance(default, bool):
        return raw.strip() in ("1", "true", "yes", "on")
    return raw


def get_setting(catalogue: Catalogue, key: str, default: str | None = None) -> str | None:
    value = catalogue.store.setting(key)
    return value if value is not None else default


def set_settings(catalogue: Catalogue, values: dict[str, str]) -> None:
    """Store several settings in one unit of work."""
    from resource_desk.core.models import Setting

    with catalogue.write() as session:
        for key, value in values.items():
            setting = session.get(Setting, key)
            if setting is None:
                session.add(Setting(key=key, value=value))
            else:
                setting.value = value


def load_sheet_preferences(catalogue: Catalogue) -> SheetPreferences:
    defaults = SheetPreferences()
    stored = catalogue.store.settings_with_prefix(_PREFIX)
    values = {}
    for field in fields(SheetPreferences):
        if field.name in stored:
            values[field.name] = _decode(stored[field.name], getattr(defaults, field.name))
    prefs = replace(defaults, **values)
    if prefs.paper not in PAPERS:
        prefs = replace(prefs, paper=defaults.paper)
    if prefs.crisis_position not in CRISIS_POSITIONS:
        prefs = replace(prefs, crisis_position=defaults.crisis_position)
    return prefs


def save_sheet_preferences(catalogue: Catalogue, prefs: SheetPreferences) -> SheetPreferences:
    if prefs.paper not in PAPERS:
        raise SettingsError(msg("Unknown paper size “{paper}”; use one of: {papers}.", paper=prefs.paper,
                                papers=", ".join(PAPERS)))
    if prefs.crisis_position not in CRISIS_POSITIONS:
        raise SettingsError(msg("Unknown crisis line position “{position}”; use one of: {positions}.",
                                position=prefs.crisis_position, positions=", ".join(CRISIS_POSITIONS)))
    prefs = replace(prefs, practice_name=prefs.practice_name.strip(),
                    practice_contact="\n".join(line.strip() for line in prefs.practice_contact.strip().splitlines()),
                    language=prefs.language.strip().lower() or "en")
    set_settings(catalogue, {_PREFIX + f.name: _encode(getattr(prefs, f.name)) for f in fields(SheetPreferences)})
    return prefs


# The window's language (Edit ▸ Preferences): the system's locale, or one the window speaks. It is
# the person's, not the catalogue's, so the window keeps it with its layout (QSettings), not here.
WINDOW_LANGUAGES = ("system", "en", "es")


def window_language_choice(value: str | None) -> str:
    """A stored choice as one of WINDOW_LANGUAGES; anything else (an old or edited file) is "system"."""
    value = (value or "").strip().lower()
    return value if value in WINDOW_LANGUAGES else "system"


REVIEWER_KEY = "review.reviewer"
REVIEWER_MAX = 100  # the length resources.verified_by holds


def reviewer_name(catalogue: Catalogue) -> str:
    """Who reviews: the name or initials a review step (and "Verified by") records."""
    return (get_setting(catalogue, REVIEWER_KEY) or "").strip()


def save_reviewer_name(catalogue: Catalogue, name: str) -> str:
    name = " ".join(name.split())
    if len(name) > REVIEWER_MAX:
        raise SettingsError(msg("Your name or initials: at most {count} characters.", count=REVIEWER_MAX))
    set_settings(catalogue, {REVIEWER_KEY: name})
    return name


def sheet_logging_enabled(catalogue: Catalogue) -> bool:
    return load_sheet_preferences(catalogue).log_sheets
