"""Discreet sheets: nothing on the page names an identity or a sensitive need.

The words come from the catalogue's sensitive tags (names and aliases, ``core.sensitive``),
their names in every translation file, and each file's list of identity words. Text that
holds one of them is left off: a title loses the words, a name becomes the resource's
discreet name or a neutral label ("Mental health · Support line"), an organization name,
web address, e-mail or any other field goes. Phone numbers always stay.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence

from resource_desk.core.text import fold

_TOKEN = re.compile(r"[\w+'’]+(?:-[\w+'’]+)*|[^\w\s]")
# A word this long is also found inside a web address ("translifeline.org" holds "trans");
# shorter ones ("HIV", "IPV", "2S") only as a whole part of it, or they would match anywhere.
SUBSTRING_MIN = 4


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def _unspaced(text: str) -> bool:
    """Scripts written without spaces between words (Chinese, Japanese, Thai, …)."""
    return any(unicodedata.east_asian_width(ch) == "W" or "\u0e00" <= ch <= "\u0e7f" for ch in text)


class SensitiveWords:
    """Finds sensitive words in text: whole words and phrases, case and accents aside."""

    def __init__(self, words: Iterable[str]):
        self.terms: set[tuple[str, ...]] = set()
        self.joined: set[str] = set()  # folded, letters and digits only: matched inside addresses
        self.unspaced: set[str] = set()
        for word in words:
            word = (word or "").strip()
            if not word:
                continue
            if _unspaced(word):
                self.unspaced.add(fold(word))
                continue
            parts = tuple(fold(tok) for tok in tokens(word))
            if parts:
                self.terms.add(parts)
            squeezed = re.sub(r"[\W_]+", "", fold(word))
            if len(squeezed) >= SUBSTRING_MIN:
                self.joined.add(squeezed)
        self.longest = max((len(term) for term in self.terms), default=1)

    def __bool__(self) -> bool:
        return bool(self.terms or self.unspaced)

    def spans(self, text: str) -> list[bool]:
        """For each token of ``text``, whether it is part of a sensitive word."""
        toks = tokens(text)
        folded = [fold(tok) for tok in toks]
        dropped = [False] * len(toks)
        for i, tok in enumerate(folded):
            if "-" in tok and any((part,) in self.terms for part in tok.split("-")):
                dropped[i] = True
            for n in range(1, min(self.longest, len(toks) - i) + 1):
                if tuple(folded[i:i + n]) in self.terms:
                    dropped[i:i + n] = [True] * n
        return dropped

    def in_text(self, text: str | None) -> bool:
        if not text:
            return False
        if self.unspaced and any(word in fold(text) for word in self.unspaced):
            return True
        return any(self.spans(text))

    def in_address(self, address: str | None) -> bool:
        """In a web or e-mail address: any word as a whole part, longer ones anywhere in it."""
        if not address:
            return False
        squeezed = re.sub(r"[\W_]+", "", fold(address))
        if any(word in squeezed for word in self.joined):
            return True
        return self.in_text(re.sub(r"[./:@_?=&#%~+-]+", " ", address))


_CONNECTORS = {"and", "or", "for", "of", "with", "&", "+", "/", "y", "e", "o", "u", "para", "de", "del", "con",
               "por", "-", "–", "—", ",", ":", ";", "·"}


def discreet_title(title: str, words: Sequence[str] | SensitiveWords, default: str) -> str:
    """The title without sensitive words (whole words, compared case- and accent-insensitively;
    "trans-led" goes with "trans"). When fewer than two words are left, the neutral default."""
    found = words if isinstance(words, SensitiveWords) else SensitiveWords(words)
    if found.unspaced and any(word in fold(title) for word in found.unspaced):
        return default
    toks = tokens(title)
    dropped = found.spans(title)
    kept: list[str] = []
    for token, gone in zip(toks, dropped):
        # Drop connectors left dangling at the start or doubled ("for & youth").
        if gone or (fold(token) in _CONNECTORS and (not kept or fold(kept[-1]) in _CONNECTORS)):
            continue
        kept.append(token)
    while kept and fold(kept[-1]) in _CONNECTORS:
        kept.pop()
    if sum(1 for tok in kept if any(ch.isalpha() for ch in tok)) < 2:
        return default
    result = " ".join(kept)
    if title[:1].isupper():
        result = result[:1].upper() + result[1:]
    result = re.sub(r"\s+([,:;.!?)\]])", r"\1", re.sub(r"([(\[])\s+", r"\1", result))
    result = re.sub(r"\s{2,}", " ", re.sub(r"\(\)|\[\]", "", result)).strip()
    return result if sum(ch.isalpha() for ch in result) >= 3 else default
