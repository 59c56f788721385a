"""The guide in the window's language: in a Spanish window every topic, its title in the list and
its links are Spanish (the walk finds no English word), in an English one the English files; a
topic the Spanish folder lacks opens in English rather than not at all."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QUrl

from resource_desk.core.vocabulary import IDENTITY_TAGS, NEED_TAGS
from resource_desk.gui import help_window
from resource_desk.gui.help_window import HELP_DIR, TOPICS, HelpWindow, topic_title
from resource_desk.gui.i18n import install_language
from tests.gui.test_spanish import english_left, english_words, spanish  # noqa: F401 - fixtures

# A new catalogue's tags are English names: the guide gives them as the sidebar shows them (data,
# like the tags the other walks set aside).
STARTER_TAGS = {name for name, _colour, _aliases in IDENTITY_TAGS + NEED_TAGS}


def shown(window: HelpWindow) -> dict[str, tuple[str, str]]:
    """Each topic as the window shows it: (its title in the list, its rendered text)."""
    topics = {}
    for row, topic in enumerate(TOPICS):
        window.show_topic(topic)
        topics[topic] = (window.topics.item(row).text(), window.page.toPlainText())
    return topics


def test_every_english_topic_has_its_spanish_file():
    assert sorted(p.name for p in (HELP_DIR / "es").glob("*.md")) == sorted(f"{topic}.md" for topic in TOPICS)


def test_in_spanish_the_guide_shows_every_topic_in_spanish(spanish, qtbot, english_words):
    window = HelpWindow()
    qtbot.addWidget(window)
    assert window.windowTitle() == "Guía de Resource Desk"
    topics = shown(window)
    assert [title for title, _text in topics.values()] == [
        "Buscar recursos", "Etiquetas", "Importar y exportar", "Hojas de derivación", "Privacidad"]
    for topic, (title, text) in topics.items():
        spanish_file = (HELP_DIR / "es" / f"{topic}.md").read_text(encoding="utf-8")
        assert title == topic_title(spanish_file) and len(text) > 400
    found = [(f"{topic} title", title) for topic, (title, _text) in topics.items()]
    found += [(topic, line) for topic, (_title, text) in topics.items() for line in text.splitlines()]
    left = english_left(found, english_words, STARTER_TAGS)
    assert not left, f"{len(left)} English lines left in the Spanish guide:\n" + "\n".join(left)
    # The window's own words, as its menus and buttons say them; its shortcuts as they are.
    assert "Edición ▸ Preferencias… ▸ Idioma de la ventana" in topics["sheets"][1]
    assert "Ctrl+F" in topics["finding"][1] and "Ver ▸ Revisar recursos desactualizados…" in topics["finding"][1]
    window.page.anchorClicked.emit(QUrl("privacy.md"))  # a link opens the topic in Spanish
    assert window.topic == "privacy" and window.page.toPlainText().startswith("Privacidad")


def test_in_english_the_guide_shows_the_english_files(qapp, qtbot, english_words):
    """The walk above can fail: in English it finds English in every topic."""
    install_language("en")
    window = HelpWindow()
    qtbot.addWidget(window)
    topics = shown(window)
    for topic, (title, text) in topics.items():
        assert title == topic_title((HELP_DIR / f"{topic}.md").read_text(encoding="utf-8"))
        assert english_left([(topic, text)], english_words, STARTER_TAGS)
    assert "Edit ▸ Preferences ▸ Language of the window" in topics["sheets"][1]


def test_a_topic_missing_from_the_spanish_folder_opens_in_english(spanish, qtbot, tmp_path, monkeypatch):
    (tmp_path / "es").mkdir()
    for topic in TOPICS:
        (tmp_path / f"{topic}.md").write_text(f"# English {topic}\n\nIn English.\n", encoding="utf-8")
        if topic != "privacy":
            (tmp_path / "es" / f"{topic}.md").write_text(f"# Español {topic}\n\nEn español.\n", encoding="utf-8")
    monkeypatch.setattr(help_window, "HELP_DIR", tmp_path)
    window = HelpWindow()
    qtbot.addWidget(window)
    topics = shown(window)
    assert topics["sheets"] == ("Español sheets", "Español sheets\nEn español.")
    assert topics["privacy"] == ("English privacy", "English privacy\nIn English.")


@pytest.mark.parametrize("code", ["en", "es"])
def test_a_language_without_a_folder_reads_the_english_guide(qapp, tmp_path, monkeypatch, code):
    """English has no folder of its own: its files are the guide's top folder."""
    install_language(code)
    try:
        (tmp_path / "finding.md").write_text("# Finding\n", encoding="utf-8")
        monkeypatch.setattr(help_window, "HELP_DIR", tmp_path)
        assert help_window.topic_path("finding") == tmp_path / "finding.md"
    finally:
        install_language("en")
