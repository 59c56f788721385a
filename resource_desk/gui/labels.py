"""The words core/ hands the window (the labels of stored values, language names), for lupdate.

core/ has no Qt, so its labels are English; the window shows them through ``label()``, which
translates them. Each is listed here so that lupdate puts it in the .ts files (a test checks
that every label core/ has is listed).
"""

from __future__ import annotations

from resource_desk.gui.i18n import QT_TR_NOOP, tr

CORE_WORDS = (
    # core.records: kinds, costs, delivery, statuses, phone kinds, facets
    QT_TR_NOOP("Support group"),
    QT_TR_NOOP("Peer support"),
    QT_TR_NOOP("Advocacy organization"),
    QT_TR_NOOP("Community resource"),
    QT_TR_NOOP("Crisis line"),
    QT_TR_NOOP("Clinic"),
    QT_TR_NOOP("Legal aid"),
    QT_TR_NOOP("Shelter"),
    QT_TR_NOOP("Free"),
    QT_TR_NOOP("Sliding scale"),
    QT_TR_NOOP("Insurance"),
    QT_TR_NOOP("Paid"),
    QT_TR_NOOP("In person"),
    QT_TR_NOOP("Remote"),
    QT_TR_NOOP("Phone"),
    QT_TR_NOOP("Hybrid"),
    QT_TR_NOOP("Active"),
    QT_TR_NOOP("Temporarily closed"),
    QT_TR_NOOP("Inactive"),
    QT_TR_NOOP("Do not refer"),
    QT_TR_NOOP("Voice"),
    QT_TR_NOOP("Text/SMS"),
    QT_TR_NOOP("TTY"),
    QT_TR_NOOP("Hotline"),
    QT_TR_NOOP("Fax"),
    QT_TR_NOOP("Who it serves"),
    QT_TR_NOOP("What it offers"),
    # core.languages: English names
    QT_TR_NOOP("English"),
    QT_TR_NOOP("Spanish"),
    QT_TR_NOOP("Chinese"),
    QT_TR_NOOP("Cantonese"),
    QT_TR_NOOP("Mandarin"),
    QT_TR_NOOP("Vietnamese"),
    QT_TR_NOOP("Tagalog"),
    QT_TR_NOOP("Korean"),
    QT_TR_NOOP("Japanese"),
    QT_TR_NOOP("Arabic"),
    QT_TR_NOOP("Persian"),
    QT_TR_NOOP("Russian"),
    QT_TR_NOOP("Ukrainian"),
    QT_TR_NOOP("French"),
    QT_TR_NOOP("Haitian Creole"),
    QT_TR_NOOP("Portuguese"),
    QT_TR_NOOP("German"),
    QT_TR_NOOP("Italian"),
    QT_TR_NOOP("Polish"),
    QT_TR_NOOP("Hindi"),
    QT_TR_NOOP("Urdu"),
    QT_TR_NOOP("Bengali"),
    QT_TR_NOOP("Punjabi"),
    QT_TR_NOOP("Somali"),
    QT_TR_NOOP("Amharic"),
    QT_TR_NOOP("Tigrinya"),
    QT_TR_NOOP("Swahili"),
    QT_TR_NOOP("Hmong"),
    QT_TR_NOOP("Khmer"),
    QT_TR_NOOP("Lao"),
    QT_TR_NOOP("Thai"),
    QT_TR_NOOP("Burmese"),
    QT_TR_NOOP("Nepali"),
    QT_TR_NOOP("Armenian"),
    QT_TR_NOOP("Hebrew"),
    QT_TR_NOOP("Greek"),
    QT_TR_NOOP("Turkish"),
    QT_TR_NOOP("Pashto"),
    QT_TR_NOOP("Dari"),
    QT_TR_NOOP("Mam"),
    QT_TR_NOOP("K'iche'"),
    QT_TR_NOOP("Navajo"),
    QT_TR_NOOP("Samoan"),
    QT_TR_NOOP("Tongan"),
    QT_TR_NOOP("American Sign Language"),
    QT_TR_NOOP("British Sign Language"),
    QT_TR_NOOP("Quebec Sign Language"),
    QT_TR_NOOP("Mexican Sign Language"),
    QT_TR_NOOP("Sign language"),
)


def label(labels: dict[str, str], value: str) -> str:
    """The label of a stored value (``KIND_LABELS``, ``STATUS_LABELS``, …) in the window's language."""
    return tr(labels[value]) if value in labels else value
