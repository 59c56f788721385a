"""The country an HSDS export gives addresses that have none (HSDS requires one).

Set in Preferences ("Country for exports", ISO 3166 alpha-2, kept under ``export.country``);
when it is not set, the practice's own country as its contact lines tell it: an
international phone number ("+1 415 ..."), a country named on a line, or a US ZIP or Canadian
postal code after a state or province. Nothing is guessed beyond that.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from resource_desk.core.messages import msg
from resource_desk.core.settings import SettingsError, get_setting, load_sheet_preferences, set_settings
from resource_desk.core.text import fold

if TYPE_CHECKING:
    from resource_desk.core.database import Catalogue

KEY = "export.country"
_NAMES = {"usa": "US", "us": "US", "u.s.": "US", "u.s.a.": "US", "united states": "US",
          "united states of america": "US", "canada": "CA", "mexico": "MX", "méxico": "MX", "uk": "GB",
          "united kingdom": "GB", "england": "GB", "scotland": "GB", "wales": "GB", "ireland": "IE",
          "australia": "AU", "new zealand": "NZ", "puerto rico": "PR"}
_US_ZIP = re.compile(r"\b[A-Z]{2}\s+\d{5}(?:-\d{4})?\b")
_CA_POSTAL = re.compile(r"\b(?:AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT)\s+[A-Z]\d[A-Z]\s?\d[A-Z]\d\b")


def practice_country(contact: str) -> str | None:
    """The country the practice's contact lines name or imply, else None."""
    import phonenumbers

    for line in contact.splitlines():
        words = fold(line.strip().strip(".,"))
        if words in _NAMES:
            return _NAMES[words]
        tail = fold(line.rsplit(",", 1)[-1].strip().strip("."))
        if "," in line and tail in _NAMES:
            return _NAMES[tail]
    for match in phonenumbers.PhoneNumberMatcher(contact, None):
        region = phonenumbers.region_code_for_number(match.number)
        if region and region != "ZZ":
            return region
    if _CA_POSTAL.search(contact):
        return "CA"
    if _US_ZIP.search(contact):
        return "US"
    return None


def stored_export_country(catalogue: Catalogue) -> str:
    """The country set in Preferences ("" when none is)."""
    return (get_setting(catalogue, KEY) or "").strip().upper()


def export_country(catalogue: Catalogue) -> str | None:
    """The country set in Preferences, else the practice's, else None."""
    return stored_export_country(catalogue) or practice_country(load_sheet_preferences(catalogue).practice_contact)


def save_export_country(catalogue: Catalogue, value: str) -> str:
    """Store the export country ("" clears it: the practice's is used)."""
    code = value.strip().upper()
    if code and not re.fullmatch(r"[A-Z]{2}", code):
        raise SettingsError(msg("“{value}” is not a country code; use two letters such as US, CA or MX.",
                                value=value.strip()))
    set_settings(catalogue, {KEY: code})
    return code
