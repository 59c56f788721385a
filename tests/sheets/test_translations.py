"""Translation catalogues: every file complete, and adding a language is adding a file."""

import json
import shutil

import pytest

from resource_desk.core.vocabulary import IDENTITY_TAGS, NEED_TAGS
from resource_desk.sheets.translations import (
    TRANSLATIONS_DIR,
    TranslationError,
    available_languages,
    translation,
)


def test_english_and_spanish_are_available():
    codes = dict(available_languages())
    assert codes["en"] == "English" and codes["es"] == "Español"
    assert list(codes)[0] == "en"


@pytest.mark.parametrize("path", sorted(TRANSLATIONS_DIR.glob("*.json")), ids=lambda p: p.name)
def test_every_file_has_every_string_english_has(path):
    english = json.loads((TRANSLATIONS_DIR / "en.json").read_text(encoding="utf-8"))
    other = json.loads(path.read_text(encoding="utf-8"))
    assert set(other["strings"]) == set(english["strings"])
    for key in ("kinds", "costs", "delivery", "phone_kinds"):
        assert set(other[key]) == set(english[key]), key
    assert len(other["months"]) == 12
    for key, text in other["strings"].items():  # same placeholders
        assert sorted(_placeholders(text)) == sorted(_placeholders(english["strings"][key])), key


def _placeholders(text):
    import string

    return [name for _, name, _, _ in string.Formatter().parse(text) if name]


@pytest.mark.parametrize("code", ["es", "zh", "vi", "tl", "ar"])
def test_each_language_names_the_whole_starting_vocabulary_and_the_languages(code):
    """A Vietnamese sheet says what a resource offers and who it is for in Vietnamese, and which
    languages it is offered in, for every tag and language a new catalogue starts with."""
    from resource_desk.core.languages import LANGUAGES

    words = translation(code)
    for facet, tags in (("identity", IDENTITY_TAGS), ("need", NEED_TAGS)):
        for name, _color, _aliases in tags:
            assert words.tags.get(f"{facet}:{name}", "").strip(), (code, name)
    assert [language for language in LANGUAGES if not words.language_names.get(language)] == []


def test_adding_a_language_is_adding_a_file(tmp_path):
    folder = tmp_path / "translations"
    shutil.copytree(TRANSLATIONS_DIR, folder)
    (folder / "fr.json").write_text(json.dumps({
        "code": "fr", "name": "Français",
        "strings": {"default_title": "Des ressources pour vous"},
        "months": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
                   "octobre", "novembre", "décembre"],
        "date": "{day} {month} {year}",
    }), encoding="utf-8")
    assert "fr" in dict(available_languages(folder))
    fr = translation("fr", folder)
    assert fr("default_title") == "Des ressources pour vous"
    assert fr("offers") == "What it offers"  # a missing string falls back to English
    assert fr.language("es") == "Español"  # a language it does not name: the language's own name
    assert translation("en", folder).language("es") == "Spanish"


def test_unknown_language_is_a_clear_error():
    with pytest.raises(TranslationError, match="no sheet translation for “xx”"):
        translation("xx")
