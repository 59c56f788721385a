"""What a referral sheet says, worked out from the catalogue: plain, printable, translated.

``build_sheet`` turns the tray (resource ids, a note per resource, options) into a
``Sheet`` of ready-to-print text. What never reaches a sheet: private notes, confidential
addresses, resources that are inactive or marked do-not-refer (they are refused with
``UnreferableError``), and, in discreet mode, identity words in the title and the identity
tags under "Who it is for".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from urllib.parse import urlsplit

from resource_desk.core.database import Catalogue
from resource_desk.core.errors import UserError
from resource_desk.core.messages import joined, msg
from resource_desk.core.records import UNREFERABLE_STATUSES, STATUS_LABELS, ResourceData, is_stale
from resource_desk.core.resources import get_resources
from resource_desk.core.settings import CRISIS_POSITIONS, PAPERS, SheetPreferences
from resource_desk.core.sensitive import is_sensitive
from resource_desk.core.text import clean, clean_or_none, fold
from resource_desk.sheets.discreet import SensitiveWords, discreet_title  # noqa: F401 - the tray imports it here
from resource_desk.sheets.translations import Translation, all_discreet_words, tag_names_everywhere, translation

CRISIS_KIND = "crisis_line"
FALLBACK_TEXT_LANGUAGE = "en"  # a resource whose text language was never set is taken to be in English
LAYOUTS = ("normal", "compact")
# Phone lines a client must be able to tell apart at a glance.
MARKED_PHONE_KINDS = ("tty", "text", "hotline")


class SheetError(UserError, ValueError):
    """A sheet that cannot be made; the message is for the user."""


class UnreferableError(SheetError):
    """Resources that must not go on a sheet (inactive or do-not-refer)."""

    def __init__(self, refused: Sequence[tuple[str, str, str]]):
        self.refused = tuple(refused)  # (id, name, status)
        if len(self.refused) == 1:
            _, name, status = self.refused[0]
            message = msg("“{name}” is {status} and cannot go on a referral sheet.", name=name,
                          status=_status_words(status))
        else:
            listed = joined("; ", [msg("“{name}” ({status})", name=name, status=_status_words(status))
                                   for _, name, status in self.refused])
            message = msg("These resources cannot go on a referral sheet: {names}.", names=listed)
        super().__init__(message)


def _status_words(status: str) -> str:
    if status == "do_not_refer":
        return msg("marked do not refer")
    if status == "inactive":
        return msg("inactive")
    return STATUS_LABELS.get(status, status).lower()


@dataclass(frozen=True)
class SheetItem:
    resource_id: str
    note: str | None = None  # the therapist's note for the client about this resource (printed)


@dataclass(frozen=True)
class SheetOptions:
    title: str = ""  # empty: the language's neutral default ("Resources for you")
    note: str | None = None  # a note for the whole sheet, printed under the title
    language: str = "en"
    paper: str = "letter"
    large_print: bool = False
    layout: str = "normal"  # or "compact": two columns, no QR codes, for long lists
    discreet: bool = False
    crisis_position: str = "top"
    qr_codes: bool = True
    practice_name: str = ""
    practice_contact: str = ""

    @classmethod
    def from_preferences(cls, prefs: SheetPreferences, **overrides) -> SheetOptions:
        base = cls(language=prefs.language, paper=prefs.paper, large_print=prefs.large_print,
                   crisis_position=prefs.crisis_position, qr_codes=prefs.qr_codes,
                   practice_name=prefs.practice_name, practice_contact=prefs.practice_contact)
        return replace(base, **{k: v for k, v in overrides.items() if v is not None})


@dataclass(frozen=True)
class PhoneLine:
    kind: str
    kind_label: str
    number: str
    extension: str | None = None
    label: str | None = None

    @property
    def marked(self) -> bool:
        """TTY, text and hotline numbers are marked so nobody calls a text line."""
        return self.kind in MARKED_PHONE_KINDS


@dataclass(frozen=True)
class SheetEntry:
    resource_id: str
    name: str
    organization: str | None
    kind_label: str
    crisis: bool
    offers: tuple[str, ...]  # need tags, translated where the language file knows them
    description: str | None
    who: tuple[str, ...]  # identity tags (none in discreet mode)
    eligibility: str | None
    ages: str | None
    cost: str | None
    how: str | None
    languages: str | None
    hours: str | None
    phones: tuple[PhoneLine, ...]
    website: str | None  # full address, http(s) only
    website_text: str | None  # as printed: no scheme, no trailing slash
    email: str | None
    addresses: tuple[str, ...]  # never a confidential one
    address_on_request: bool  # it has a location, but only a confidential one
    accessibility: str | None
    last_verified: str  # "October 2026", or words saying it was never checked
    verification_warning: str | None  # stale or never checked
    closed_note: str | None  # temporarily closed
    note: str | None  # the therapist's note for this client
    # Said quietly after a text printed in another language than the sheet's ("in English").
    name_note: str | None = None
    description_note: str | None = None
    eligibility_note: str | None = None
    hours_note: str | None = None
    note_note: str | None = None


@dataclass(frozen=True)
class Sheet:
    title: str
    translation: Translation
    options: SheetOptions
    date_text: str
    practice_name: str
    practice_contact: tuple[str, ...]
    note: str | None
    crisis: tuple[SheetEntry, ...]  # pinned crisis lines (empty when kept in place)
    entries: tuple[SheetEntry, ...]

    @property
    def language(self) -> str:
        return self.translation.code

    @property
    def resource_ids(self) -> tuple[str, ...]:
        """The resources in the order they print."""
        first, last = (self.crisis, ()) if self.options.crisis_position == "top" else ((), self.crisis)
        return tuple(e.resource_id for e in (*first, *self.entries, *last))

    @property
    def all_entries(self) -> tuple[SheetEntry, ...]:
        return (*self.crisis, *self.entries)


# -- building ---------------------------------------------------------------------------------


def _ages(t: Translation, age_min: int | None, age_max: int | None) -> str | None:
    if age_min is not None and age_max is not None:
        return t("ages_range", min=age_min, max=age_max)
    if age_min is not None:
        return t("ages_min", min=age_min)
    if age_max is not None:
        return t("ages_max", max=age_max)
    return None


def web_address(url: str | None) -> tuple[str | None, str | None]:
    """(full address, printed form) for an http(s) address; (None, None) for anything else."""
    url = (url or "").strip()
    if not url:
        return None, None
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None, None
    text = url.split("://", 1)[1].rstrip("/")
    return url, text


class _Texts:
    """A resource's own text for a sheet in one language: the translation where there is one,
    else the text as entered, with a quiet note saying which language it is in."""

    def __init__(self, resource: ResourceData, t: Translation):
        self.t = t
        self.own = {tr.field: tr.text for tr in resource.translations if tr.language == t.code and tr.text.strip()}
        written_in = (resource.text_language or FALLBACK_TEXT_LANGUAGE).lower()
        self.mark = None if written_in == t.code else t("text_in_language", language=t.language(written_in))

    def __call__(self, field: str, text: str | None) -> tuple[str | None, str | None]:
        if field in self.own:
            return clean_or_none(self.own[field]), None
        text = clean_or_none(text)
        # "24/7" or "9–5" reads the same in any language: only words are marked as English.
        return text, (self.mark if text and any(ch.isalpha() for ch in text) else None)


def _entry(resource: ResourceData, note: str | None, t: Translation, discreet: SensitiveWords | None,
           today: date) -> SheetEntry:
    sep = t("list_separator")
    texts = _Texts(resource, t)
    name, name_note = texts("name", resource.name)
    description, description_note = texts("description", resource.description)
    eligibility, eligibility_note = texts("eligibility", resource.eligibility)
    hours, hours_note = texts("hours", resource.hours)
    fees, _ = texts("fees", resource.fees)
    note_note = None
    note = clean_or_none(note)
    if not note:
        note, note_note = texts("note", None)
    website, website_text = web_address(resource.website)
    email = clean_or_none(resource.email)
    printable = [a for a in resource.addresses if not a.confidential]
    addresses = tuple(a.one_line() for a in printable if a.one_line())
    organization = resource.organization if resource.organization and \
        fold(resource.organization) != fold(resource.name) else None
    accessibility = clean_or_none(resource.accessibility)
    kind_label = t.kinds.get(resource.kind, resource.kind)
    needs = [tag for tag in resource.tags_in("need")]
    identities = [tag for tag in resource.tags_in("identity")]
    phone_kinds = t.phone_kinds
    marked = discreet is not None and any(is_sensitive(tag) for tag in resource.tags)
    if discreet is not None:
        # Nothing that names an identity or a sensitive need; the phone numbers always stay.
        needs = [tag for tag in needs if not is_sensitive(tag) and not discreet.in_text(t.tag(tag.facet, tag.name))]
        identities = [tag for tag in identities if not is_sensitive(tag)
                      and not discreet.in_text(t.tag(tag.facet, tag.name))]
        kind_label = t.discreet_kinds.get(resource.kind, kind_label)
        if discreet.in_text(kind_label):
            kind_label = t("discreet_kind")
        neutral = t("list_separator").join(t.tag(tag.facet, tag.name) for tag in needs[:2])
        neutral = f"{neutral} · {kind_label}" if neutral else kind_label
        # The discreet name and description are the therapist's own words for this: printed as written.
        chosen = clean_or_none(resource.discreet_name)
        if chosen:
            name, name_note = chosen, None
        elif marked or discreet.in_text(name):
            name, name_note = neutral, None
            kind_label = ""  # the neutral name says it already
        chosen = clean_or_none(resource.discreet_description)
        if chosen:
            description, description_note = chosen, None
        elif marked or discreet.in_text(description):
            description, description_note = None, None
        # A resource with a sensitive tag loses its own name, so it loses what names it as surely:
        # its organization, web address (and QR code), e-mail and phone labels ("TrevorLifeline",
        # thetrevorproject.org hold no listed word but say who it serves to anyone who looks).
        organization = None if marked or discreet.in_text(organization) else organization
        if eligibility and discreet.in_text(eligibility):
            eligibility, eligibility_note = None, None
        hours = None if discreet.in_text(hours) else hours
        fees = None if discreet.in_text(fees) else fees
        note = None if discreet.in_text(note) else note
        accessibility = None if discreet.in_text(accessibility) else accessibility
        addresses = tuple(a for a in addresses if not discreet.in_text(a))
        if marked or discreet.in_address(website):
            website, website_text = None, None
        email = None if marked or discreet.in_address(email) else email
        # "Hotline" says what the line is for; every line is a phone or a text line here.
        phone_kinds = {**phone_kinds, **t.discreet_phone_kinds}
    if resource.last_verified is None:
        last_verified, warning = t("never_verified"), None
    else:
        last_verified = t.month_year(resource.last_verified)
        warning = t("stale") if is_stale(resource.last_verified, today) else None
    cost = t.costs.get(resource.cost, resource.cost) if resource.cost else None
    if fees:
        cost = f"{cost} ({fees})" if cost else fees
    phones = []
    for p in resource.phones:
        kind_words = phone_kinds.get(p.kind, p.kind)
        label = _phone_label(p.label, t.phone_kinds.get(p.kind, p.kind), p.kind)
        if discreet is not None and (marked or discreet.in_text(label)):
            label = None
        phones.append(PhoneLine(kind=p.kind, kind_label=kind_words, number=p.number,
                                extension=clean_or_none(p.extension), label=label))
    return SheetEntry(
        resource_id=resource.id or "",
        name=name or resource.name,
        organization=organization,
        kind_label=kind_label,
        crisis=resource.kind == CRISIS_KIND,
        offers=tuple(t.tag(tag.facet, tag.name) for tag in needs),
        description=description,
        who=tuple(t.tag(tag.facet, tag.name) for tag in identities),
        eligibility=eligibility,
        ages=_ages(t, resource.age_min, resource.age_max),
        cost=cost,
        how=t.delivery.get(resource.delivery, resource.delivery) if resource.delivery else None,
        languages=sep.join(t.language(code) for code in resource.languages) or None,
        hours=hours,
        phones=tuple(phones),
        website=website,
        website_text=website_text,
        email=email,
        addresses=addresses,
        address_on_request=not printable and any(a.confidential for a in resource.addresses),
        accessibility=accessibility,
        last_verified=last_verified,
        verification_warning=warning,
        closed_note=t("temporarily_closed") if resource.status == "temporarily_closed" else None,
        note=note,
        name_note=name_note,
        description_note=description_note,
        eligibility_note=eligibility_note,
        hours_note=hours_note,
        note_note=note_note,
    )


def _phone_label(label: str | None, kind_label: str, kind: str) -> str | None:
    """A phone's own label, less the words its kind already says ("Text (weekdays)" on a
    text line prints as "weekdays"); None when nothing is left."""
    label = clean_or_none(label)
    if not label:
        return None
    for prefix in (kind_label, kind):
        if fold(label).startswith(fold(prefix)) and len(label) >= len(prefix):
            label = label[len(prefix):].strip(" -–—:,")
            break
    label = label.strip()
    if label.startswith("(") and label.endswith(")") and label.count("(") == 1:
        label = label[1:-1].strip()
    return label or None


def may_go_on_sheet(resource: ResourceData) -> bool:
    """The one rule: an inactive or do-not-refer resource never goes on a referral sheet
    (the tray, the CLI and ``compose_sheet`` all ask here)."""
    return resource.status not in UNREFERABLE_STATUSES


def check_referable(resources: Sequence[ResourceData]) -> None:
    """UnreferableError naming every resource that may not go on a sheet, if any."""
    refused = [(r.id or "", r.name, r.status) for r in resources if not may_go_on_sheet(r)]
    if refused:
        raise UnreferableError(refused)


def compose_sheet(resources: Sequence[ResourceData], notes: dict[str, str | None] | None,
                  options: SheetOptions, today: date | None = None,
                  discreet_words: Sequence[str] | None = None) -> Sheet:
    """The sheet for resources already read from the catalogue, in the order given.
    ``discreet_words``: the catalogue's sensitive tag names and aliases (``sensitive_words``)."""
    check_referable(resources)
    if options.paper not in PAPERS:
        raise SheetError(msg("Unknown paper size “{paper}”; use one of: {papers}.", paper=options.paper,
                             papers=", ".join(PAPERS)))
    if options.layout not in LAYOUTS:
        raise SheetError(msg("Unknown layout “{layout}”; use one of: {layouts}.", layout=options.layout,
                             layouts=", ".join(LAYOUTS)))
    if options.crisis_position not in CRISIS_POSITIONS:
        raise SheetError(msg("Unknown crisis line position “{position}”.", position=options.crisis_position))
    today = today or date.today()
    t = translation(options.language)
    notes = notes or {}
    default_title = t("default_title")
    title = clean(options.title).replace("\n", " ") or default_title
    found = None
    if options.discreet:
        found = SensitiveWords((*(discreet_words or ()), *all_discreet_words(),
                                *tag_names_everywhere(_sensitive_keys(resources, discreet_words))))
        title = discreet_title(title, found, default_title)
    entries = [_entry(r, notes.get(r.id or ""), t, found, today) for r in resources]
    if options.crisis_position == "in_place":
        crisis, rest = (), tuple(entries)
    else:
        crisis = tuple(e for e in entries if e.crisis)
        rest = tuple(e for e in entries if not e.crisis)
    return Sheet(
        title=title,
        translation=t,
        options=replace(options, title=title),
        date_text=t.date(today),
        practice_name=clean(options.practice_name),
        practice_contact=tuple(line for line in clean(options.practice_contact).splitlines() if line),
        note=clean_or_none(options.note),
        crisis=crisis,
        entries=rest,
    )


def _sensitive_keys(resources: Sequence[ResourceData], words: Sequence[str] | None) -> list[str]:
    """"facet:name" of the sheet's sensitive tags (the catalogue's others come in ``words``)."""
    return [tag.key for r in resources for tag in r.tags if is_sensitive(tag)]


def sensitive_words(catalogue: Catalogue) -> tuple[str, ...]:
    """This catalogue's sensitive tags: their names and aliases, and their names in every
    translation file (a discreet sheet leaves out whatever holds one)."""
    from resource_desk.core.sensitive import sensitive_tags

    words: list[str] = []
    tags = sensitive_tags(catalogue)
    for tag in tags:
        words.append(tag.name)
        words.extend(tag.aliases)
    words.extend(tag_names_everywhere(f"{tag.facet}:{tag.name}" for tag in tags))
    return tuple(dict.fromkeys(words))


# The tray and older callers ask for it by this name; identity tags are sensitive tags now.
identity_words = sensitive_words


def build_sheet(catalogue: Catalogue, items: Sequence[SheetItem], options: SheetOptions,
                today: date | None = None) -> Sheet:
    """The sheet for the tray's items, in order; refuses unknown and unreferable resources."""
    if not items:
        raise SheetError(msg("Add at least one resource to the sheet."))
    ids = list(dict.fromkeys(item.resource_id for item in items))
    resources = get_resources(catalogue, ids)
    found = {r.id for r in resources}
    missing = [rid for rid in ids if rid not in found]
    if missing:
        raise SheetError(msg("no resource with id {id}", id=missing[0]))
    notes = {item.resource_id: item.note for item in items}
    words = sensitive_words(catalogue) if options.discreet else ()
    return compose_sheet(resources, notes, options, today, discreet_words=words)
