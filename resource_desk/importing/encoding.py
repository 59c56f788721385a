"""Which encoding a shared file is in, and reading it without losing a character.

Byte order marks decide first (UTF-8, UTF-16, UTF-32). Then a file that decodes as UTF-8
is UTF-8. Otherwise charset-normalizer proposes encodings; for Western text it often
names a rare DOS code page (cp775, cp852) where Windows-1252 is what people's
spreadsheets write, so single-byte Latin candidates are compared by how many of their
accented characters are letters inside words, and Windows-1252 wins ties.

Bytes that are not valid in the chosen encoding are read as Windows-1252 and counted
(files pasted together from two sources mix encodings), never replaced by "?".
"""

from __future__ import annotations

import codecs
import re
import threading
import unicodedata
from dataclasses import dataclass

import charset_normalizer

from resource_desk.core.messages import msg

SAMPLE_BYTES = 256 * 1024
FALLBACK_ERRORS = "resource_desk_cp1252"

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32", msg("UTF-32 (with BOM)")),
    (codecs.BOM_UTF32_BE, "utf-32", msg("UTF-32 (with BOM)")),
    (codecs.BOM_UTF8, "utf-8-sig", msg("UTF-8 (with BOM)")),
    (codecs.BOM_UTF16_LE, "utf-16", msg("UTF-16 (with BOM)")),
    (codecs.BOM_UTF16_BE, "utf-16", msg("UTF-16 (with BOM)")),
)
# Single-byte encodings for Latin scripts that are confused with one another.
_LATIN = {
    "cp1252", "cp1250", "cp1254", "cp1257", "cp1258", "cp775", "cp850", "cp852", "cp437", "cp858", "latin_1",
    "iso8859_1", "iso8859_2", "iso8859_15", "iso8859_9", "iso8859_13", "iso8859_4", "iso8859_10", "iso8859_16",
    "mac_roman", "mac_latin2", "mac_iceland", "mac_turkish", "hp_roman8", "cp1125", "ptcp154", "kz1048",
}
# Punctuation that Western text uses and that should not count against an encoding.
_NEUTRAL = set("’‘“”–—…•\u00ad\u00a0°€£©®™·«»§¶×÷¢¥")

# For people; the ones with words in them are messages, said in the window's language.
LABELS = {
    "utf-8": "UTF-8",
    "utf-8-sig": msg("UTF-8 (with BOM)"),
    "utf-16": "UTF-16",
    "utf-16-le": "UTF-16 LE",
    "utf-16-be": "UTF-16 BE",
    "utf-32": "UTF-32",
    "cp1252": msg("Windows-1252 (Western)"),
    "cp1250": msg("Windows-1250 (Central European)"),
    "cp1251": msg("Windows-1251 (Cyrillic)"),
    "latin_1": "ISO-8859-1 (Latin-1)",
    "mac_roman": "Mac Roman",
    "gb18030": msg("GB18030 (Chinese)"),
    "big5": msg("Big5 (Chinese)"),
    "cp932": msg("Shift JIS (Japanese)"),
    "shift_jis": msg("Shift JIS (Japanese)"),
    "euc_kr": msg("EUC-KR (Korean)"),
    "koi8_r": msg("KOI8-R (Cyrillic)"),
}
# What the wizard offers in its encoding list (the detected one is added when missing).
COMMON_ENCODINGS = ("utf-8", "utf-8-sig", "cp1252", "utf-16", "latin_1", "mac_roman", "cp1250", "cp1251",
                    "gb18030", "big5", "cp932", "euc_kr")


@dataclass(frozen=True)
class Detected:
    encoding: str  # a Python codec name
    label: str  # for people: "Windows-1252 (Western)"
    bom: bool = False


def label(encoding: str) -> str:
    try:
        name = codecs.lookup(encoding).name
    except LookupError:
        return encoding
    return LABELS.get(encoding, LABELS.get(name.replace("-", "_"), LABELS.get(name, encoding)))


# Text codecs Python knows that no file is written in: host names, not documents.
_NOT_FOR_FILES = frozenset({"idna", "punycode", "undefined"})


def check_encoding(encoding: str) -> str:
    """The codec name for an encoding a person typed ("Windows-1252", "latin1"); ValueError if
    unknown or not a text encoding (rot13, base64, hex and zlib turn bytes into bytes)."""
    try:
        info = codecs.lookup(encoding.strip())
    except (LookupError, ValueError, TypeError):
        raise ValueError(msg("unknown encoding “{encoding}”", encoding=encoding)) from None
    if not getattr(info, "_is_text_encoding", True) or info.name in _NOT_FOR_FILES:
        raise ValueError(msg("“{encoding}” is not an encoding text files are written in (try utf-8 or windows-1252)",
                             encoding=encoding))

    return info.name


def looks_binary(sample: bytes) -> bool:
    """NUL bytes or many control characters outside a UTF-16/32 file: not text."""
    if not sample:
        return False
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample[:4096] if b < 9 or 13 < b < 32 and b != 26)
    return controls > len(sample[:4096]) * 0.05


def _utf16_without_bom(sample: bytes) -> str | None:
    if len(sample) < 4:
        return None
    even = sample[0::2][:2000]
    odd = sample[1::2][:2000]
    zeros_even = even.count(0) / max(1, len(even))
    zeros_odd = odd.count(0) / max(1, len(odd))
    if zeros_odd > 0.3 and zeros_even < 0.05:
        return "utf-16-le"
    if zeros_even > 0.3 and zeros_odd < 0.05:
        return "utf-16-be"
    return None


def _is_utf8(sample: bytes, complete: bool) -> bool:
    try:
        sample.decode("utf-8")
        return True
    except UnicodeDecodeError as exc:
        # A sample cut in the middle of a character is still UTF-8.
        return not complete and exc.start >= len(sample) - 3 and exc.reason == "unexpected end of data"


def _mostly_utf8(sample: bytes) -> bool:
    """UTF-8 with a few stray Windows-1252 bytes (two files pasted together): still UTF-8,
    the stray bytes are read as Windows-1252."""
    text = sample.decode("utf-8", errors="surrogateescape")
    invalid = sum(1 for ch in text if "\udc80" <= ch <= "\udcff")
    multibyte = sum(1 for ch in text if ord(ch) > 127 and not "\udc80" <= ch <= "\udcff")
    return multibyte > 0 and multibyte >= invalid


def _latin_score(sample: bytes, encoding: str) -> float | None:
    try:
        text = sample.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None
    score = 0.0
    for match in re.finditer(r"[^\x00-\x7f]", text):
        ch = match.group()
        if ch in _NEUTRAL:
            continue
        start, end = match.start(), match.end()
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        if unicodedata.category(ch).startswith("L"):
            score += 1 if (before.isalpha() or after.isalpha()) else -0.5  # a lone accented letter is rare
        else:
            score -= 1
    return score


def detect_encoding(sample: bytes, complete: bool = False) -> Detected:
    """The encoding of a file from its first bytes (``complete`` when that is the whole file)."""
    for bom, encoding, name in _BOMS:
        if sample.startswith(bom):
            return Detected(encoding, name, bom=True)
    utf16 = _utf16_without_bom(sample)
    if utf16:
        return Detected(utf16, label(utf16))
    if _is_utf8(sample, complete) or _mostly_utf8(sample):
        return Detected("utf-8", "UTF-8")
    matches = charset_normalizer.from_bytes(sample[:SAMPLE_BYTES])
    best = matches.best()
    proposed = best.encoding if best is not None else "cp1252"
    if proposed in _LATIN or best is None:
        candidates = ["cp1252", "cp1250", "cp1257", "cp1254"]
        candidates += [m.encoding for m in list(matches)[:3] if m.encoding in _LATIN and m.encoding not in candidates]
        scored = [(score, -i, enc) for i, enc in enumerate(candidates)
                  if (score := _latin_score(sample, enc)) is not None]
        if scored:
            proposed = max(scored)[2]
    return Detected(proposed, label(proposed))


class _Fallbacks(threading.local):
    count = 0


fallbacks = _Fallbacks()


def _cp1252_fallback(exc: UnicodeError):
    """Bytes invalid in the file's encoding are read as Windows-1252 (Latin-1 for its gaps)."""
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    chunk = exc.object[exc.start:exc.end]
    fallbacks.count += len(chunk)
    return chunk.decode("cp1252", errors="replace").replace("\ufffd", ""), exc.end


codecs.register_error(FALLBACK_ERRORS, _cp1252_fallback)

# Text that was UTF-8, decoded as Windows-1252 once on its way ("CafÃ©" for "Café").
_MOJIBAKE = re.compile(r"[ÃÂâÅÄ][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
                       r"\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]")


def fix_mojibake(text: str) -> str:
    """Undo one round of UTF-8 read as Windows-1252; text that is not such stays as it is."""
    if not _MOJIBAKE.search(text):
        return text
    try:
        fixed = text.encode("cp1252").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return _fix_pieces(text)
    return fixed


def _fix_pieces(text: str) -> str:
    """Mixed text: repair each mis-decoded run on its own."""
    def repair(match: re.Match) -> str:
        piece = match.group()
        try:
            return piece.encode("cp1252").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            return piece

    return re.sub(r"[ÃÂâÅÄ][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014"
                  r"\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]{1,2}", repair, text)
