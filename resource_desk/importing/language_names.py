"""Language names that lists use and ``core.languages`` does not know, with their ISO 639
codes, so "Cambodian" or "Albanian" in a languages cell is kept rather than left out.

Codes outside ``core.languages.LANGUAGES`` are stored as they are; the catalogue shows
them as codes until the core vocabulary names them.
"""

from __future__ import annotations

import re

from resource_desk.core.languages import language_code, language_name
from resource_desk.core.text import fold

EXTRA_LANGUAGES: dict[str, str] = {
    "cambodian": "km", "laotian": "lo", "lao": "lo", "albanian": "sq", "tamil": "ta", "marathi": "mr",
    "mongolian": "mn", "malay": "ms", "indonesian": "id", "ilocano": "ilo", "ilokano": "ilo", "visayan": "ceb",
    "cebuano": "ceb", "toisanese": "yue", "toishanese": "yue", "taishanese": "yue", "taiwanese": "nan",
    "hokkien": "nan", "fukienese": "nan", "fujianese": "nan", "fukinese": "nan", "chiu-chow": "nan",
    "chiu chow": "nan", "teochew": "nan", "shanghainese": "wuu", "gujarati": "gu", "telugu": "te", "kannada": "kn",
    "malayalam": "ml", "romanian": "ro", "bulgarian": "bg", "serbian": "sr", "croatian": "hr", "bosnian": "bs",
    "czech": "cs", "slovak": "sk", "hungarian": "hu", "dutch": "nl", "swedish": "sv", "norwegian": "no",
    "danish": "da", "finnish": "fi", "lithuanian": "lt", "latvian": "lv", "estonian": "et", "georgian": "ka",
    "azerbaijani": "az", "kurdish": "ku", "uzbek": "uz", "kazakh": "kk", "yoruba": "yo", "igbo": "ig",
    "hausa": "ha", "oromo": "om", "wolof": "wo", "fula": "ff", "fulani": "ff", "kinyarwanda": "rw",
    "kirundi": "rn", "lingala": "ln", "twi": "tw", "zulu": "zu", "xhosa": "xh", "afrikaans": "af",
    "yiddish": "yi", "chuukese": "chk", "marshallese": "mh", "fijian": "fj", "hawaiian": "haw", "ojibwe": "oj",
    "cherokee": "chr", "lakota": "lkt", "quechua": "qu", "aymara": "ay", "guarani": "gn", "nahuatl": "nah",
    "zapotec": "zap", "mixtec": "mix", "triqui": "trs", "q'anjob'al": "kjb", "kanjobal": "kjb", "chuj": "cac",
    "ixil": "ixl", "kaqchikel": "cak", "cape verdean creole": "kea", "jamaican patois": "jam", "patois": "jam",
    "mien": "ium", "iu mien": "ium", "karen": "kar", "dzongkha": "dz", "tibetan": "bo", "uyghur": "ug",
    "sinhala": "si", "sinhalese": "si", "slovenian": "sl", "macedonian": "mk", "belarusian": "be",
    "catalan": "ca", "basque": "eu", "galician": "gl", "irish": "ga", "welsh": "cy", "icelandic": "is",
    "maltese": "mt", "latin": "la", "esperanto": "eo", "tongan": "to", "chamorro": "ch", "palauan": "pau",
    "nepalese": "ne", "farsi/persian": "fa", "dari/farsi": "prs", "american sign": "ase", "sign": "sgn",
    "laos": "lo", "ibo": "ig", "khmu": "kjg", "kapampangan": "pam", "pampangan": "pam", "hindustani": "hi",
    "bangla": "bn", "bisaya": "ceb", "visaya": "ceb", "binisaya": "ceb",
}
_CONNECTORS = frozenset({"and", "or", "&", "/", "plus", "some", "limited", "basic", "fluent", "only", "also",
                         "spoken", "speaking", "available", "staff", "on", "site", "onsite", "by", "request"})


def code_for(name: str) -> str | None:
    """The ISO 639 code for a language name (core's names first, then the names above)."""
    return language_code(name) or EXTRA_LANGUAGES.get(fold(name))


def _named(word: str) -> str | None:
    """A code for a word that is a language's name, not one that only looks like a code
    ("to" is Tongan's code, but in a sentence it is just "to")."""
    code = code_for(word)
    return code if code and fold(word) != code else None


def display(code: str) -> str:
    name = language_name(code)
    if name != code:
        return name
    return next((n.title() for n, c in EXTRA_LANGUAGES.items() if c == code), code)


def codes_in_phrase(phrase: str) -> tuple[list[str], bool]:
    """Languages named inside a phrase ("English & Spanish", "limited Russian") and whether
    the phrase holds nothing else but such names and small connecting words."""
    words = re.findall(r"[\w'’-]+|&|/", phrase)
    codes: list[str] = []
    only = True
    i = 0
    while i < len(words):
        two = " ".join(words[i:i + 2]) if i + 1 < len(words) else None
        code = _named(two) if two else None
        if code:
            i += 2
        else:
            code = _named(words[i])
            i += 1
            if not code and fold(words[i - 1]) not in _CONNECTORS:
                only = False
        if code and code not in codes:
            codes.append(code)
    return codes, only


# Words that make a mention of a language no offer of it: negated ("no Spanish", "except
# Spanish") or in the future ("Spanish coming soon", "but Spanish will be available soon").
_WITHHOLDING = frozenset({"no", "not", "non", "never", "without", "except", "excluding", "soon", "coming", "future",
                          "planned", "planning", "plan", "plans", "hope", "hoping", "hopefully",
                          "eventually", "later", "pending", "upcoming", "unavailable", "next", "someday",
                          "isn't", "aren't", "don't", "doesn't", "can't", "cannot", "won't", "no longer"})
# Where a phrase's clauses part ("English, but Spanish coming soon"; "English (Spanish soon)").
_CLAUSES = re.compile(r"\b(?:but|however|though|although|whereas)\b|[.;:()\[\]]", re.I)


def read_phrase(phrase: str) -> tuple[list[str], bool, list[str]]:
    """(languages offered, whether the phrase holds nothing but their names and small
    connecting words, languages it names as not offered or not yet offered).

    "Spanish or English" -> (["es", "en"], True, []); "but Spanish will be available soon"
    -> ([], False, ["es"]); "Spanish (limited, by appointment)" -> (["es"], False, [])."""
    offered: list[str] = []
    withheld: list[str] = []
    only = True
    for clause in _CLAUSES.split(phrase):
        if not clause.strip():
            continue
        codes, whole = codes_in_phrase(clause)
        words = {w for token in re.findall(r"[\w'’-]+", fold(clause).replace("’", "'"))
                 for w in (token, *token.split("-"))}
        if words & _WITHHOLDING or "no longer" in fold(clause):
            withheld += [c for c in codes if c not in withheld]
            only = False
            continue
        offered += [c for c in codes if c not in offered]
        only = only and whole
    return offered, only and bool(offered), withheld
