"""Plain frozen records that services hand to the GUI and the CLI (never ORM objects)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

# Labels shown to people for the stored enum values.
KIND_LABELS = {
    "support_group": "Support group",
    "peer_support": "Peer support",
    "advocacy_organization": "Advocacy organization",
    "community_resource": "Community resource",
    "crisis_line": "Crisis line",
    "clinic": "Clinic",
    "legal_aid": "Legal aid",
    "shelter": "Shelter",
}
COST_LABELS = {"free": "Free", "sliding_scale": "Sliding scale", "insurance": "Insurance", "paid": "Paid"}
DELIVERY_LABELS = {"in_person": "In person", "remote": "Remote", "phone": "Phone", "hybrid": "Hybrid"}
STATUS_LABELS = {
    "active": "Active",
    "temporarily_closed": "Temporarily closed",
    "inactive": "Inactive",
    "do_not_refer": "Do not refer",
}
PHONE_KIND_LABELS = {"voice": "Voice", "text": "Text/SMS", "tty": "TTY", "hotline": "Hotline", "fax": "Fax"}
FACET_LABELS = {"identity": "Who it serves", "need": "What it offers"}

# Statuses left out of searches unless asked for: nobody should be referred there.
HIDDEN_STATUSES = ("inactive", "do_not_refer")
# Statuses a referral sheet refuses.
UNREFERABLE_STATUSES = ("inactive", "do_not_refer")
# A verification older than this many months is marked stale.
STALE_AFTER_MONTHS = 12


@dataclass(frozen=True)
class TagRecord:
    id: str
    facet: str
    name: str
    color: str | None = None
    description: str | None = None
    codes: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    resource_count: int = 0
    keywords: tuple[str, ...] = ()  # words that suggest the tag when a resource's text holds them
    sensitive: bool | None = None  # left off discreet sheets; None: the default (core.sensitive)

    @property
    def key(self) -> str:
        """The CLI and export spelling: "identity:LGBTQIA+"."""
        return f"{self.facet}:{self.name}"


# The fields of a resource that can be given in other languages ("note": a standing note for the client).
TRANSLATABLE_FIELDS = ("name", "description", "eligibility", "hours", "fees", "note")


@dataclass(frozen=True)
class TranslationRecord:
    language: str  # ISO 639-1, as the sheet translations are named
    field: str  # one of TRANSLATABLE_FIELDS
    text: str


@dataclass(frozen=True)
class PhoneRecord:
    number: str
    kind: str = "voice"
    extension: str | None = None
    label: str | None = None
    normalized: str = ""


@dataclass(frozen=True)
class AddressRecord:
    lines: str = ""
    city: str | None = None
    region: str | None = None
    postal_code: str | None = None
    country: str | None = None
    confidential: bool = False
    latitude: float | None = None
    longitude: float | None = None

    def one_line(self) -> str:
        place = " ".join(p for p in (self.region, self.postal_code) if p)
        parts = [self.lines.replace("\n", ", "), self.city or "", place]
        return ", ".join(p for p in parts if p)


@dataclass(frozen=True)
class CategoryRecord:
    """A source category: how the list a resource came from classified it."""

    id: str
    taxonomy: str
    code: str
    name: str
    parents: tuple[tuple[str, str], ...] = ()  # (code, name), top first

    def path(self) -> str:
        return " - ".join([n for _, n in self.parents if n] + [self.name or self.code])

    def label(self) -> str:
        """"Food Pantries (BD-1800.2000)", or the code alone when the source gave no name."""
        if self.code and self.name:
            return f"{self.name} ({self.code})"
        return self.name or self.code


@dataclass(frozen=True)
class ResourceData:
    """Every field of a resource: what the detail pane shows and what the form saves.

    ``id`` is None for a resource not yet stored. ``organization`` is the organization's
    name; saving finds the organization by that name or creates it.
    """

    name: str
    id: str | None = None
    organization: str | None = None
    organization_id: str | None = None
    kind: str = "community_resource"
    description: str | None = None
    eligibility: str | None = None
    age_min: int | None = None
    age_max: int | None = None
    cost: str | None = None
    fees: str | None = None
    delivery: str | None = None
    hours: str | None = None
    languages: tuple[str, ...] = ()
    accessibility: str | None = None
    status: str = "active"
    website: str | None = None
    email: str | None = None
    last_verified: date | None = None
    verified_by: str | None = None
    private_notes: str | None = None
    phones: tuple[PhoneRecord, ...] = ()
    addresses: tuple[AddressRecord, ...] = ()
    tags: tuple[TagRecord, ...] = ()
    categories: tuple[CategoryRecord, ...] = ()  # source categories, read only (imports set them)
    discreet_name: str | None = None  # printed instead of the name on a discreet sheet
    discreet_description: str | None = None
    text_language: str | None = None  # the language its own text is in; None: English
    translations: tuple[TranslationRecord, ...] = ()  # its text in other languages
    external_id: str | None = None
    import_batch_id: str | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None

    def tags_in(self, facet: str) -> tuple[TagRecord, ...]:
        return tuple(t for t in self.tags if t.facet == facet)


@dataclass(frozen=True)
class ResourceRow:
    """One line of the results table."""

    pk: int
    id: str
    name: str
    organization: str | None
    kind: str
    status: str
    cost: str | None
    delivery: str | None
    languages: tuple[str, ...]
    last_verified: date | None
    tags: tuple[str, ...] = field(default=())  # "facet:name"

    @property
    def stale(self) -> bool:
        return is_stale(self.last_verified)


@dataclass(frozen=True)
class CatalogueInfo:
    database: str
    schema_revision: str | None
    resources: int
    organizations: int
    tags: int
    import_batches: int


def months_between(earlier: date, later: date) -> int:
    return (later.year - earlier.year) * 12 + later.month - earlier.month - (later.day < earlier.day)


def is_stale(last_verified: date | None, today: date | None = None) -> bool:
    """Never verified, or verified longer ago than STALE_AFTER_MONTHS."""
    if last_verified is None:
        return True
    return months_between(last_verified, today or date.today()) >= STALE_AFTER_MONTHS
