"""Language codes (ISO 639) and the names people search and import them by."""

from __future__ import annotations

from resource_desk.core.text import fold

# code -> (English name, own name). The own name lets "español" find Spanish-speaking resources.
LANGUAGES: dict[str, tuple[str, str]] = {
    "en": ("English", "English"),
    "es": ("Spanish", "Español"),
    "zh": ("Chinese", "中文"),
    "yue": ("Cantonese", "廣東話"),
    "cmn": ("Mandarin", "普通话"),
    "vi": ("Vietnamese", "Tiếng Việt"),
    "tl": ("Tagalog", "Tagalog"),
    "ko": ("Korean", "한국어"),
    "ja": ("Japanese", "日本語"),
    "ar": ("Arabic", "العربية"),
    "fa": ("Persian", "فارسی"),
    "ru": ("Russian", "Русский"),
    "uk": ("Ukrainian", "Українська"),
    "fr": ("French", "Français"),
    "ht": ("Haitian Creole", "Kreyòl ayisyen"),
    "pt": ("Portuguese", "Português"),
    "de": ("German", "Deutsch"),
    "it": ("Italian", "Italiano"),
    "pl": ("Polish", "Polski"),
    "hi": ("Hindi", "हिन्दी"),
    "ur": ("Urdu", "اردو"),
    "bn": ("Bengali", "বাংলা"),
    "pa": ("Punjabi", "ਪੰਜਾਬੀ"),
    "so": ("Somali", "Soomaali"),
    "am": ("Amharic", "አማርኛ"),
    "ti": ("Tigrinya", "ትግርኛ"),
    "sw": ("Swahili", "Kiswahili"),
    "hmn": ("Hmong", "Hmoob"),
    "km": ("Khmer", "ខ្មែរ"),
    "lo": ("Lao", "ລາວ"),
    "th": ("Thai", "ไทย"),
    "my": ("Burmese", "မြန်မာ"),
    "ne": ("Nepali", "नेपाली"),
    "hy": ("Armenian", "Հայերեն"),
    "he": ("Hebrew", "עברית"),
    "el": ("Greek", "Ελληνικά"),
    "tr": ("Turkish", "Türkçe"),
    "ps": ("Pashto", "پښتو"),
    "prs": ("Dari", "دری"),
    "mam": ("Mam", "Mam"),
    "quc": ("K'iche'", "K'iche'"),
    "nv": ("Navajo", "Diné bizaad"),
    "sm": ("Samoan", "Gagana Samoa"),
    "to": ("Tongan", "Lea faka-Tonga"),
    # Sign languages under their own ISO 639-3 codes. "sgn" (a sign language, which one not said)
    # is only a collective code: kept for catalogues that hold it, never written as a code.
    "ase": ("American Sign Language", "ASL"),
    "bfi": ("British Sign Language", "BSL"),
    "fcs": ("Quebec Sign Language", "LSQ"),
    "lsm": ("Mexican Sign Language", "LSM"),
    "sgn": ("Sign language", "Sign language"),
}
# Codes that are no single language in ISO 639 (collective codes): an export names them, codes none.
COLLECTIVE = frozenset({"sgn"})

_BY_NAME: dict[str, str] = {}
for _code, (_english, _own) in LANGUAGES.items():
    _BY_NAME[fold(_english)] = _code
    _BY_NAME[fold(_own)] = _code
    _BY_NAME[_code] = _code
_BY_NAME.update({"asl": "ase", "chinese (cantonese)": "yue", "chinese (mandarin)": "cmn", "farsi": "fa",
                 "creole": "ht", "haitian": "ht", "filipino": "tl", "espanol": "es", "castellano": "es",
                 "eng": "en", "spa": "es", "sign": "sgn", "american sign language (asl)": "ase",
                 "british sign language (bsl)": "bfi", "bsl": "bfi", "lsq": "fcs", "langue des signes quebecoise": "fcs",
                 "lengua de senas mexicana": "lsm", "lengua de señas mexicana": "lsm"})


def language_code(value: str) -> str | None:
    """The code for a language written as a code or a name ("Spanish", "español", "es"), else None."""
    key = fold(value)
    if key in _BY_NAME:
        return _BY_NAME[key]
    base = key.split("-")[0].split("_")[0]
    return base if base in LANGUAGES else None


def language_name(code: str) -> str:
    names = LANGUAGES.get(code)
    return names[0] if names else code


def hsds_language(code: str) -> tuple[str | None, str]:
    """(ISO 639 code or None, name) for an HSDS language record."""
    return (None if code in COLLECTIVE else code), language_name(code)


def search_words(code: str) -> str:
    """The words a language code is found by in full-text search."""
    names = LANGUAGES.get(code)
    return f"{code} {names[0]} {names[1]}" if names else code
