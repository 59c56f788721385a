"""Small text helpers shared by search, import and duplicate matching."""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")


def fold(value: str) -> str:
    """Lower case, accents removed, soft hyphens dropped, white space collapsed."""
    value = unicodedata.normalize("NFKD", value.replace("\u00ad", ""))
    value = "".join(ch for ch in value if not unicodedata.combining(ch))
    return _SPACES.sub(" ", value).strip().casefold()


def clean(value: object) -> str:
    """Trimmed text with single spaces inside lines; None becomes ''."""
    if value is None:
        return ""
    text = str(value).replace("\u00ad", "-").replace("\u00a0", " ")
    lines = [" ".join(line.split()) for line in text.splitlines()]
    return "\n".join(line for line in lines if line).strip()


def clean_or_none(value: object) -> str | None:
    return clean(value) or None
