"""Cleaning the text of a cell, decided once on the way in, before anything is stored.

``clean_cell`` is the one place every layout's cells go through (hand-kept tables, iCarol
exports, Open Referral packages): white space tidied, mojibake undone, a formula guard
taken off, and HTML turned into plain text — tags removed, ``<br>`` a line break,
paragraphs a blank line, list items "• item" lines, entities decoded, a tag cut off at the
end of the cell dropped. Plain text, including a lone "<" or "a < b", is left as it is.
Most cells need none of it, and the test that says so is one scan of the cell.

``CapitalsTidier`` turns ALL-CAPS names into title case, keeping acronyms (from
``resources/text/acronyms.txt`` and from the row's own mixed-case text) and small words
right; ``CapitalsDecision`` applies it to a stream of records, deciding from the first
ones, when not told, whether the file needs it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from html.entities import html5 as _HTML5_ENTITIES
from pathlib import Path

from resource_desk.importing.encoding import fix_mojibake

# -- white space -------------------------------------------------------------------------

_SPACE_LIKE = str.maketrans({"\u00a0": " ", "\t": " ", "\u2007": " ", "\u202f": " ", "\u3000": " ",
                             "\x0b": "\n", "\x0c": "\n", "\r": "\n", "\u2028": "\n", "\u2029": "\n\n",
                             "\u200b": None, "\ufeff": None})
_INLINE_RUNS = re.compile(r"[^\S\n]+")
_BLANK_RUNS = re.compile(r"\n{3,}")


def tidy_whitespace(text: str) -> str:
    """Single spaces inside lines, no white space at line ends, at most one blank line."""
    text = text.replace("\r\n", "\n").translate(_SPACE_LIKE)
    text = _INLINE_RUNS.sub(" ", text)
    if "\n" in text:
        text = "\n".join(line.strip() for line in text.split("\n"))
        text = _BLANK_RUNS.sub("\n\n", text)
    return text.strip()


# -- HTML --------------------------------------------------------------------------------

_TAGS = ("p|br|div|span|a|b|i|u|s|em|strong|small|big|sub|sup|font|ul|ol|li|dl|dt|dd|h[1-6]|table|thead|tbody|"
         "tfoot|tr|td|th|caption|colgroup|col|img|hr|blockquote|pre|code|center|section|article|header|footer|"
         "main|aside|nav|address|figure|figcaption|label|abbr|cite|q|mark|del|ins|strike|tt|wbr|nobr|html|head|"
         "body|title|meta|link|style|script|noscript|iframe|form|input|button|select|option|textarea|"
         "o:p|st1:\\w+|w:\\w+|v:\\w+")
# A whole tag that HTML knows (so "<Jane>", "x<y" or "wait <a week" in plain text is not
# one), an end tag even cut off ("… community</p"), or a comment.
_MARKUP = re.compile(rf"<(?:(?:{_TAGS})\b[^<>]*>|/(?:{_TAGS})(?=[\s>]|$)|!--|!doctype\b)", re.I)
# "<" that opens none of those: text, escaped before parsing so the parser keeps it.
_NOT_A_TAG = re.compile(rf"<(?!/?(?:{_TAGS})(?=[\s/>]|$)|!--|!doctype\b|\?)", re.I)
# A tag or comment cut off by the end of the cell ("… community</p", "<p>text <a hre"), or a last "<".
_CUT_OFF = re.compile(r"<(?:/?[A-Za-z][^<>]*|!--(?:(?!-->)[\s\S])*|!?)$")
_ENTITY = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,31};|#[0-9]{1,7};?|#[xX][0-9A-Fa-f]{1,6};?)")
_BREAKING = re.compile(r"<(?:br|p|div|li|tr|h[1-6]|ul|ol|table|blockquote|hr)\b", re.I)

_BLOCKS = frozenset({"p", "div", "section", "article", "header", "footer", "main", "aside", "nav", "blockquote",
                     "pre", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "table", "form", "fieldset",
                     "address", "figure", "center", "hr", "caption"})
_LINES = frozenset({"br", "li", "tr", "dt", "dd", "option", "figcaption"})
_SKIPPED = frozenset({"script", "style", "head", "title", "noscript", "template", "iframe", "object", "select",
                      "textarea"})
_LINE, _PARAGRAPH = 1, 2


def looks_like_html(text: str) -> bool:
    """A cell holding HTML tags or entities (plain "a < b" or "AT&T" does not)."""
    return ("<" in text and _MARKUP.search(text) is not None) or ("&" in text and _ENTITY.search(text) is not None)


def _entity(match: re.Match) -> str:
    name = match[0][1:]
    if name[0] == "#":
        digits = name[1:].rstrip(";")
        try:
            code = int(digits[1:], 16) if digits[:1] in ("x", "X") else int(digits)
            return chr(code) if 0 < code < 0x110000 and not 0xD800 <= code <= 0xDFFF else match[0]
        except ValueError:
            return match[0]
    return _HTML5_ENTITIES.get(name, match[0])


def decode_entities(text: str) -> str:
    """Only whole entities ("&amp;", "&#39;", "&nbsp;"); "&notes" or "AT&T" stay as written."""
    return _ENTITY.sub(_entity, text)


def html_to_text(value: str) -> str:
    """Plain text of a cell holding HTML (see the module's docstring), white space tidied."""
    for _ in range(2):  # once more for HTML that was escaped twice ("&lt;p&gt;…")
        if "<" in value and _MARKUP.search(value):
            value = _markup_to_text(value)
        elif "&" in value:
            value = decode_entities(value)
        if not looks_like_html(value):
            break
    text = tidy_whitespace(value.replace("\u00ad", ""))
    if "•" in text:  # an empty list item
        text = tidy_whitespace("\n".join(line for line in text.split("\n") if line != "•"))
    return text


def _markup_to_text(value: str) -> str:
    from bs4 import BeautifulSoup, NavigableString, Tag

    value = _CUT_OFF.sub("", value)
    value = _NOT_A_TAG.sub("&lt;", value)
    # Line breaks typed into the cell count when the markup makes none of its own.
    keep_newlines = _BREAKING.search(value) is None
    soup = BeautifulSoup(value, "html.parser")
    out: list[object] = []  # text pieces and _LINE / _PARAGRAPH marks

    def text(piece: str) -> None:
        out.append(piece if keep_newlines else piece.replace("\n", " "))

    stack: list[tuple[object, bool]] = [(child, False) for child in reversed(soup.contents)]
    while stack:
        node, closing = stack.pop()
        if isinstance(node, Tag):
            name = node.name.lower()
            if closing:
                if name in _BLOCKS:
                    out.append(_PARAGRAPH)
                elif name in _LINES and name != "br":
                    out.append(_LINE)
                elif name == "a":
                    out.append(_link(node))
                continue
            if name in _SKIPPED:
                continue
            if name in _BLOCKS:
                out.append(_PARAGRAPH)
            elif name in _LINES:
                out.append(_LINE)
                if name == "li":
                    out.append("• ")
            elif name in ("td", "th") and node.find_previous_sibling(("td", "th")) is not None:
                out.append(" | ")
            stack.append((node, True))
            stack.extend((child, False) for child in reversed(node.contents))
        elif type(node) is NavigableString:  # not a comment, doctype or processing instruction
            text(str(node))
    return _join(out)


def _link(anchor) -> str:
    """" (address)" after a link's text, when the text does not already say where it goes."""
    href = (anchor.get("href") or "").strip()
    if not re.match(r"(?:https?://|mailto:|tel:)", href, re.I):
        return ""
    shown = re.sub(r"^(?:mailto:|tel:)", "", href, flags=re.I).split("?")[0]
    text = anchor.get_text(" ").strip()
    bare = re.sub(r"^https?://(?:www\.)?", "", shown, flags=re.I).rstrip("/")
    if not bare or bare.casefold() in text.casefold() or not text:
        return ""
    return f" ({shown})"


def _join(pieces: list[object]) -> str:
    lines: list[str] = []
    current: list[str] = []
    pending = 0
    for piece in pieces:
        if isinstance(piece, int):
            pending = max(pending, piece)
            continue
        if not piece:
            continue
        if pending:
            if current and "".join(current).strip():
                lines.append("".join(current))
                current = []
                if pending == _PARAGRAPH:
                    lines.append("")
            elif pending == _PARAGRAPH and lines and lines[-1] != "":
                lines.append("")
            pending = 0
        current.append(piece)
    if current:
        lines.append("".join(current))
    return "\n".join(lines)


# -- cells -------------------------------------------------------------------------------

_MOJIBAKE_HINT = re.compile(r"[ÃÂâÅÄ]")
# Characters that mean a cell needs work; with "two spaces" and white space or an apostrophe
# at either end, the test ``clean_cell`` makes before doing anything (one scan, no alternation).
_NEEDS_TIDY = re.compile(r"[\u00a0\t\r\n\x0b\x0c\u200b\u2028\u2029\ufeff]| {2}|^\s|\s$")
_SPECIAL = re.compile(r"[\u00ad\u00a0\t\r\n\x0b\x0cÃÂâÅÄ\\<&\u200b\u2028\u2029\ufeff]")


def clean_cell(value: str) -> str:
    """A cell as it will be stored: HTML as plain text, white space tidied (single spaces,
    at most one blank line), soft hyphens as dashes, one round of mojibake undone."""
    if not value:
        return ""
    first = value[0]
    if ("  " not in value and not first.isspace() and first != "'" and not value[-1].isspace()
            and _SPECIAL.search(value) is None):  # the common case: nothing to do
        return value
    return clean_cell_fully(value)


def clean_cell_fully(value: str) -> str:
    """``clean_cell`` without its fast path: every step tried on the cell."""
    if not value:
        return ""
    if value[0] == "'" and value[1:2] in ("=", "+", "-", "@"):  # neutralised by an export against formulas
        value = value[1:]
    if _MOJIBAKE_HINT.search(value):
        value = fix_mojibake(value)
    if "\\n" in value:  # a line break written as the two characters \n (database dumps do this)
        value = value.replace("\\r\\n", "\n").replace("\\n", "\n")
    if ("<" in value or "&" in value) and looks_like_html(value):
        return html_to_text(value)
    value = value.replace("\u00ad", "-")
    if value.rstrip().endswith("<"):
        value = value.rstrip()[:-1]  # a stray "<" closing the cell says nothing
    return tidy_whitespace(value) if _NEEDS_TIDY.search(value) else value


# -- capitals ----------------------------------------------------------------------------

ACRONYMS_FILE_NAME = "acronyms.txt"
# Lower case inside a name, except as its first word (or first after ":" "-" "(" "/").
SMALL_WORDS = frozenset({"a", "an", "and", "as", "at", "but", "by", "for", "in", "into", "nor", "of", "on", "or",
                         "per", "the", "to", "via", "vs", "with", "de", "del", "la", "las", "los", "y", "du", "des",
                         "et", "von", "van", "der"})
# Words written in capitals in a description for emphasis, not because they are acronyms.
_EMPHASIS = frozenset({"FREE", "NEW", "ALL", "ONLY", "NOT", "NO", "CALL", "NOW", "OPEN", "CLOSED", "PLEASE",
                       "NOTE", "IMPORTANT", "MUST", "ANY", "EVERY", "YES", "AND", "OR", "THE", "FOR", "OF", "IN",
                       "TO", "A", "I", "WE", "YOU", "OUR", "ARE", "IS", "WILL", "NEVER", "ALWAYS", "MUST", "NEED",
                       "URGENT", "CRISIS", "HELP", "ONLINE", "DROP", "WALK"})
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)
_ROMAN = re.compile(r"^(?:II|III|IV|VI|VII|VIII|IX|XI|XII|XIII|XIV|XV|XX)$")
_ORDINAL = re.compile(r"^(\d+)([A-Za-z]+)$")
_VOWELS = frozenset("AEIOUYÁÉÍÓÚÀÈÌÒÙÄËÏÖÜÂÊÎÔÛÃÕ")
_CAPS_IN_TEXT = re.compile(r"(?<![\w'’])[A-Z][A-Z0-9&]*[A-Z0-9](?![\w'’])")
_OPENERS = frozenset(":-–—(/|\"“[")


def acronyms_path() -> Path:
    """The user's own list in the user data folder when there is one, else the shipped list."""
    from resource_desk.core.paths import data_dir, resource_path

    own = data_dir() / ACRONYMS_FILE_NAME
    return own if own.is_file() else resource_path("text", ACRONYMS_FILE_NAME)


def load_acronyms(path: Path | None = None) -> dict[str, str]:
    """upper-case word -> how it is written ("CALFRESH" -> "CalFresh"); # starts a comment."""
    path = path or acronyms_path()
    words: dict[str, str] = {}
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError:
        return words
    for line in text.splitlines():
        for word in line.split("#", 1)[0].split():
            words[word.upper()] = word
    return words


def has_letters(text: str) -> bool:
    return any(ch.isalpha() for ch in text)


def is_all_caps(text: str) -> bool:
    """Two letters or more, none of them lower case ("YMCA", "SAN FRANCISCO AIDS FOUNDATION")."""
    letters = 0
    for ch in text:
        if ch.islower():
            return False
        if ch.isalpha():
            letters += 1
    return letters >= 2


def capitals_in(text: str) -> set[str]:
    """Words written in capitals inside mixed-case text ("LYRIC offers…" -> {"LYRIC"})."""
    if not text or is_all_caps(text):
        return set()
    lower = sum(1 for ch in text if ch.islower())
    upper = sum(1 for ch in text if ch.isupper())
    if upper > lower:  # mostly capitals: shouting, not acronyms
        return set()
    found = set()
    for word in _CAPS_IN_TEXT.findall(text):
        for part in (word, *word.split("&")):  # "AT&T" keeps AT and T
            if part and part not in _EMPHASIS:
                found.add(part)
    return found


class CapitalsTidier:
    """Title case for ALL-CAPS names, keeping acronyms and small words right."""

    def __init__(self, acronyms: dict[str, str] | None = None):
        self.acronyms = load_acronyms() if acronyms is None else acronyms

    def tidy(self, name: str, keep: Iterable[str] = ()) -> str:
        """``name`` in title case if it is all capitals (else unchanged); ``keep``: words
        that stay in capitals (acronyms the row's own text writes so)."""
        if not is_all_caps(name):
            return name
        keep = frozenset(keep)
        pieces: list[str] = []
        position = 0
        first = True
        for match in _WORD.finditer(name):
            before = name[position:match.start()]
            pieces.append(before)
            opener = first or (before.strip() and before.strip()[-1] in _OPENERS)
            after = name[match.end():match.end() + 1]
            pieces.append(self._word(match[0], opener, after, keep))
            position = match.end()
            first = False
        pieces.append(name[position:])
        return "".join(pieces)

    def _word(self, word: str, opener: bool, after: str, keep: frozenset[str]) -> str:
        upper = word.upper()
        if upper in self.acronyms:
            return self.acronyms[upper]
        if upper in keep or _ROMAN.match(upper):
            return upper
        lower = word.lower()
        if lower in SMALL_WORDS and not opener:
            return lower
        if m := _ORDINAL.match(word):  # 1ST -> 1st, 24HR -> 24hr
            return m[1] + m[2].lower()
        if any(ch.isdigit() for ch in word):
            return word  # K12, A1: codes as written
        if len(word) >= 2 and after != "." and not any(ch in _VOWELS for ch in upper) and "'" not in word \
                and "’" not in word:
            return upper  # no vowels: SF, NW, LGBTQ (but "ST." is an abbreviation: St.)
        return _title(word)


def _title(word: str) -> str:
    """ANTHONY'S -> Anthony's, O'BRIEN -> O'Brien, MCDONALD -> McDonald."""
    for quote in ("'", "’"):
        if quote in word:
            head, _, tail = word.partition(quote)
            if len(head) == 1 and len(tail) >= 2 and head.upper() in ("O", "D", "L"):
                return head.upper() + quote + _title(tail)
            return _title(head) + quote + tail.lower()
    if len(word) >= 5 and word[:2].upper() == "MC" and word[2:].isalpha():
        return "Mc" + word[2].upper() + word[3:].lower()
    return word[:1].upper() + word[1:].lower()


# -- deciding and applying it over a file's records --------------------------------------

CAPITALS_SAMPLE = 200  # records read before deciding whether a file's names are mostly capitals
_ROW_TEXT_FIELDS = ("description", "eligibility", "fees", "hours", "accessibility")


def mostly_capitals(names: Iterable[str]) -> bool:
    """True when most of the names (those with letters) are written in capitals."""
    with_letters = caps = 0
    for name in names:
        if name and has_letters(name):
            with_letters += 1
            caps += is_all_caps(name)
    return with_letters > 0 and caps * 2 > with_letters


def record_names(rec) -> list[str]:
    names = [rec.fields.get("name") or "", rec.organization or ""]
    return [n for n in names if n]


def tidy_record(rec, tidier: CapitalsTidier) -> None:
    """The record's names and its organization's, in title case where they are all capitals."""
    texts = [rec.fields.get(f) or "" for f in _ROW_TEXT_FIELDS]
    texts += [rec.org_fields.get("description") or "", rec.fields.get("name") or "", rec.organization or ""]
    keep: set[str] = set()
    for text in texts:
        if text:
            keep |= capitals_in(str(text))
    name = rec.fields.get("name")
    if name and is_all_caps(name):
        rec.fields["name"] = tidier.tidy(name, keep)
    if rec.organization and is_all_caps(rec.organization):
        rec.organization = tidier.tidy(rec.organization, keep)
    alternate = rec.org_fields.get("alternate_name")
    if alternate and is_all_caps(alternate):
        rec.org_fields["alternate_name"] = tidier.tidy(alternate, keep)


class CapitalsDecision:
    """Whether to tidy capitals: as asked (True/False) or, for None, decided from the
    first records (held back until then). ``decided`` is None until then; ``ahead`` is
    the share of the records read so far that were not handed on yet."""

    def __init__(self, option: bool | None, sample: int = CAPITALS_SAMPLE):
        self.option = option
        self.sample = sample
        self.decided: bool | None = option
        self.read = 0
        self.handed = 0

    def handed_share(self) -> float:
        """Of the records read so far, the share already handed on (1.0 unless some are held)."""
        return self.handed / self.read if self.read else 1.0

    def apply(self, records: Iterable) -> Iterator:
        tidier: CapitalsTidier | None = None
        iterator = iter(records)
        if self.decided is None:
            held = []
            for rec in iterator:
                held.append(rec)
                self.read += 1
                if len(held) >= self.sample:
                    break
            self.decided = mostly_capitals(n for rec in held for n in record_names(rec))
            if self.decided:
                tidier = CapitalsTidier()
            for rec in held:
                if tidier is not None:
                    tidy_record(rec, tidier)
                self.handed += 1
                yield rec
        elif self.decided:
            tidier = CapitalsTidier()
        for rec in iterator:
            self.read += 1
            if tidier is not None:
                tidy_record(rec, tidier)
            self.handed += 1
            yield rec
