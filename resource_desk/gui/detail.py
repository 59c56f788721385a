"""The read-only detail pane: every field of the chosen resource.

Confidential addresses stay masked until the person presses "Reveal" and are masked again
as soon as another resource is chosen. Nothing is fetched from the network: links open in
the system's browser, mail or phone app only when clicked.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from resource_desk.core.records import (
    COST_LABELS,
    DELIVERY_LABELS,
    FACET_LABELS,
    KIND_LABELS,
    PHONE_KIND_LABELS,
    STATUS_LABELS,
    AddressRecord,
    ResourceData,
    is_stale,
)
from resource_desk.gui.common import ERROR_COLOR, STALE_COLOR, format_date, language_label, text_color_on
from resource_desk.gui.i18n import QT_TR_NOOP, tr
from resource_desk.gui.labels import value_label

MASKED_ADDRESS = QT_TR_NOOP("Confidential address — hidden")
_SAFE_SCHEMES = ("http", "https", "mailto", "tel")


def _text(value: str | None) -> str:
    """Escaped, with line breaks kept."""
    return escape(value or "").replace("\n", "<br>")


def _ages(data: ResourceData) -> str | None:
    if data.age_min is not None and data.age_max is not None:
        return f"{data.age_min}–{data.age_max}"
    if data.age_min is not None:
        return tr("{age} and over").format(age=data.age_min)
    if data.age_max is not None:
        return tr("up to {age}").format(age=data.age_max)
    return None


def _address_html(address: AddressRecord) -> str:
    parts = [_text(address.lines)] if address.lines else []
    place = " ".join(p for p in (address.region, address.postal_code) if p)
    city_line = ", ".join(p for p in (address.city, place) if p)
    if city_line:
        parts.append(escape(city_line))
    if address.country:
        parts.append(escape(address.country))
    return "<br>".join(parts)


def _tel_url(number: str) -> str:
    digits = "".join(ch for ch in number if ch.isdigit() or ch == "+")
    return f"tel:{digits}"


def resource_html(data: ResourceData, reveal: bool = False, columns: int = 1) -> str:
    """The pane's content; confidential addresses appear only with ``reveal``.

    With two columns, what the resource is sits on the left and how to reach it on the right.
    """
    # Labels said in the window's language (tr() outside the f-strings, where lupdate finds it).
    said_source_categories = escape(tr("Source categories:"))
    said_phone = escape(tr("Phone:"))
    said_website = escape(tr("Website:"))
    said_email = escape(tr("Email:"))
    said_address = escape(tr("Address:"))
    said_confidential_address = escape(tr("Address (confidential — do not share or print):"))
    said_never_verified = escape(tr("Never verified"))
    said_stale = escape(tr("not verified in over 12 months"))
    said_private_notes = escape(tr("Private notes"))
    said_never_printed = escape(tr("(only in this catalogue; never printed)"))
    head: list[str] = []
    add = head.append
    add(f"<h2 style='margin-bottom:2px'>{escape(data.name)}</h2>")
    if data.organization:
        add(f"<div style='font-size:large'>{escape(data.organization)}</div>")
    if data.status != "active":
        color = ERROR_COLOR if data.status in ("do_not_refer", "inactive") else STALE_COLOR.name()
        add(f"<p style='color:{color}'><b>{escape(value_label(STATUS_LABELS, data.status))}</b></p>")
    summary = [value_label(KIND_LABELS, data.kind)]
    if data.cost:
        summary.append(value_label(COST_LABELS, data.cost))
    if data.delivery:
        summary.append(value_label(DELIVERY_LABELS, data.delivery))
    add(f"<p style='margin-bottom:10px'>{' · '.join(escape(s) for s in summary)}</p>")

    about: list[str] = []
    for facet in FACET_LABELS:
        tags = data.tags_in(facet)
        if not tags:
            continue
        chips = " ".join(
            f"<span style='background-color:{escape(t.color or '#dddddd')};color:{text_color_on(t.color)}'>"
            f"&nbsp;{escape(t.name)}&nbsp;</span>"
            for t in tags
        )
        about.append(f"<p><b>{escape(value_label(FACET_LABELS, facet))}:</b> {chips}</p>")

    def field(out: list[str], name: str, html_value: str | None) -> None:
        if html_value:
            out.append(f"<p><b>{escape(name)}:</b> {html_value}</p>")

    if data.description:
        about.append(f"<p>{_text(data.description)}</p>")
    field(about, tr("Eligibility"), _text(data.eligibility))
    ages = _ages(data)
    field(about, tr("Ages"), escape(ages) if ages else None)
    field(about, tr("Fees"), _text(data.fees))
    field(about, tr("Hours"), _text(data.hours))
    field(about, tr("Languages"), escape(", ".join(language_label(code) for code in data.languages)))
    field(about, tr("Accessibility"), _text(data.accessibility))
    if data.categories:
        # The source's own classification, kept as it came (tags come from it through mappings).
        by_scheme: dict[str, list[str]] = {}
        for category in data.categories:
            by_scheme.setdefault(category.taxonomy, []).append(category.label())
        lines = "<br>".join(f"<i>{escape(scheme)}:</i> {escape('; '.join(labels))}"
                            for scheme, labels in by_scheme.items())
        about.append(f"<p style='color:#555555'><b>{said_source_categories}</b><br>{lines}</p>")

    reach: list[str] = []
    if data.phones:
        rows = []
        for phone in data.phones:
            number = f"<a href='{escape(_tel_url(phone.number))}'>{escape(phone.number)}</a>"
            if phone.extension:
                number += " " + escape(tr("ext. {number}").format(number=phone.extension))
            kind = value_label(PHONE_KIND_LABELS, phone.kind)
            note = f" — {escape(phone.label)}" if phone.label else ""
            rows.append(f"<tr><td>{number}</td><td>&nbsp;&nbsp;{escape(kind)}{note}</td></tr>")
        reach.append(f"<p style='margin-bottom:0'><b>{said_phone}</b></p>"
                     "<table cellspacing='0' cellpadding='1'>" + "".join(rows) + "</table>")
    if data.website:
        reach.append(f"<p><b>{said_website}</b> "
                     f"<a href='{escape(data.website)}'>{escape(data.website)}</a></p>")
    if data.email:
        reach.append(f"<p><b>{said_email}</b> "
                     f"<a href='mailto:{escape(data.email)}'>{escape(data.email)}</a></p>")
    for address in data.addresses:
        if address.confidential and not reveal:
            reach.append(f"<p><b>{said_address}</b> "
                         f"<i style='color:{ERROR_COLOR}'>{escape(tr(MASKED_ADDRESS))}</i></p>")
        elif address.confidential:
            reach.append(f"<p><b>{said_confidential_address}</b><br>"
                         f"{_address_html(address)}</p>")
        else:
            reach.append(f"<p><b>{said_address}</b><br>{_address_html(address)}</p>")

    if data.last_verified is None:
        reach.append(f"<p style='color:{STALE_COLOR.name()}'><b>{said_never_verified}</b></p>")
    else:
        when = format_date(data.last_verified)
        text = escape(tr("Last verified: {date} by {name}").format(date=when, name=data.verified_by)
                      if data.verified_by else tr("Last verified: {date}").format(date=when))
        if is_stale(data.last_verified):
            reach.append(f"<p style='color:{STALE_COLOR.name()}'><b>{text}</b> — "
                         f"{said_stale}</p>")
        else:
            reach.append(f"<p>{text}</p>")

    if data.private_notes:
        reach.append("<table width='100%' cellpadding='6' style='background-color:#fff6d5'><tr><td>"
                     f"<b>{said_private_notes}</b> "
                     f"<i>{said_never_printed}</i><br>"
                     f"{_text(data.private_notes)}</td></tr></table>")

    source = []
    if data.external_id:
        source.append(escape(tr("source id {id}").format(id=data.external_id)))
    if data.created_at:
        source.append(escape(tr("added {date}").format(date=format_date(data.created_at.date()))))
    if data.updated_at and data.created_at and data.updated_at.date() != data.created_at.date():
        source.append(escape(tr("changed {date}").format(date=format_date(data.updated_at.date()))))
    if source:
        reach.append(f"<p style='color:#6b6b6b'><small>{'; '.join(source)}</small></p>")

    if columns >= 2:
        body = ("<table width='100%' cellspacing='0' cellpadding='0'><tr>"
                f"<td width='58%' valign='top' style='padding-right:18px'>{''.join(about)}</td>"
                f"<td width='42%' valign='top'>{''.join(reach)}</td></tr></table>")
    else:
        body = "".join(about) + "".join(reach)
    return "".join(head) + body


TWO_COLUMNS_FROM = 720  # pixels of pane width


class DetailPane(QWidget):
    """Shows one resource; emits ``edit_requested`` for the Edit button."""

    edit_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._data: ResourceData | None = None
        self._revealed = False
        self._columns = 1
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.setOpenExternalLinks(False)
        self.browser.setAccessibleName(tr("Resource details"))
        self.browser.anchorClicked.connect(self._open_link)
        self.browser.document().setDocumentMargin(10)
        layout.addWidget(self.browser, 1)

        buttons = QHBoxLayout()
        self.edit_button = QPushButton(tr("&Edit…"))
        self.edit_button.clicked.connect(self.edit_requested)
        buttons.addWidget(self.edit_button)
        self.reveal_button = QPushButton(tr("&Reveal confidential address"))
        self.reveal_button.setToolTip(tr("Show the confidential address on this screen only; it is never printed"))
        self.reveal_button.clicked.connect(self.toggle_reveal)
        buttons.addWidget(self.reveal_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.show_resource(None)

    @property
    def resource(self) -> ResourceData | None:
        return self._data

    @property
    def revealed(self) -> bool:
        return self._revealed

    def show_resource(self, data: ResourceData | None) -> None:
        """Show a resource (or nothing). Another resource masks confidential addresses again;
        the same one shown afresh (the search was refined, it was saved) keeps the person's choice."""
        same = data is not None and self._data is not None and data.id == self._data.id
        self._data = data
        if not same:
            self._revealed = False
        self._render(keep_scroll=same)

    def toggle_reveal(self) -> None:
        self._revealed = not self._revealed
        self._render(keep_scroll=True)

    def text(self) -> str:
        return self.browser.toPlainText()

    def _render(self, keep_scroll: bool) -> None:
        data = self._data
        if data is None:
            self.browser.setHtml("<p style='color:#6b6b6b'>" + escape(tr("Choose a resource to see its details.")) + "</p>")
            self.edit_button.setEnabled(False)
            self.reveal_button.setVisible(False)
            return
        self.edit_button.setEnabled(True)
        confidential = any(a.confidential for a in data.addresses)
        self.reveal_button.setVisible(confidential)
        self.reveal_button.setText(tr("&Hide confidential address") if self._revealed else tr("&Reveal confidential address"))
        scroll = self.browser.verticalScrollBar().value()
        self._columns = self._wanted_columns()
        self.browser.setHtml(resource_html(data, reveal=self._revealed, columns=self._columns))
        self.browser.verticalScrollBar().setValue(scroll if keep_scroll else 0)

    def _wanted_columns(self) -> int:
        return 2 if self.browser.viewport().width() >= TWO_COLUMNS_FROM else 1

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._data is not None and self._wanted_columns() != self._columns:
            self._render(keep_scroll=True)

    def _open_link(self, url: QUrl) -> None:
        if url.scheme().lower() in _SAFE_SCHEMES:
            QDesktopServices.openUrl(url)
