"""F1: the guide built into the package, in a help window."""

from PySide6.QtCore import Qt, QUrl

from resource_desk.gui.help_window import HELP_DIR, TOPICS, HelpWindow


def test_f1_opens_the_guide_on_its_topics(qtbot, main_window):
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow)
    qtbot.keyClick(main_window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: getattr(main_window, "help_window", None) is not None
                    and main_window.help_window.isVisible())
    window = main_window.help_window
    titles = [window.topics.item(i).text() for i in range(window.topics.count())]
    assert titles == ["Finding resources", "Tags", "Importing and exporting", "Referral sheets", "Privacy"]
    assert "Type in the search box" in window.page.toPlainText()

    window.topics.setCurrentRow(3)
    assert window.topic == "sheets" and "Ctrl+Enter" in window.page.toPlainText()
    window.page.anchorClicked.emit(QUrl("privacy.md"))
    assert window.topic == "privacy"
    window.page.anchorClicked.emit(QUrl("https://example.org/"))  # nothing is fetched or opened
    assert window.topic == "privacy"
    assert main_window.show_help() is window  # the same window, raised
    window.close()


def test_the_help_menu_holds_the_guide(main_window):
    help_menu = next(a.menu() for a in main_window.menuBar().actions() if a.text() == "&Help")
    texts = [a.text() for a in help_menu.actions() if not a.isSeparator()]
    assert texts == ["Resource Desk &guide", "&About Resource Desk"]


def test_every_topic_is_a_file_of_the_package(qtbot):
    assert sorted(p.stem for p in HELP_DIR.glob("*.md")) == sorted(TOPICS)
    window = HelpWindow()
    qtbot.addWidget(window)
    for topic in TOPICS:
        window.show_topic(topic)
        assert len(window.page.toPlainText()) > 400
