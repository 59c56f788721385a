"""One resource as read from a file, before it meets the catalogue."""

from __future__ import annotations

from typing import NamedTuple

from resource_desk.core.matching import address_key as same_place
from resource_desk.core.records import AddressRecord, PhoneRecord

# Resource columns an import can set, in the order the writer stores them.
RESOURCE_FIELDS = (
    "name", "kind", "description", "eligibility", "age_min", "age_max", "cost", "fees", "delivery", "hours",
    "accessibility", "status", "website", "email", "last_verified", "verified_by", "private_notes", "external_id",
)
# Text fields where several columns are joined, one per line.
JOINED_FIELDS = frozenset({"description", "eligibility", "fees", "hours", "accessibility", "private_notes"})


class SourceTerm(NamedTuple):
    """A source category as the file gave it: the scheme ("AIRS/211", "Open Eligibility",
    a column's name), the code (may be empty), the term's own name (its last segment), and
    its parents from the top down as (code, name)."""

    taxonomy: str
    code: str
    name: str
    parents: tuple[tuple[str, str], ...] = ()

    def path(self) -> str:
        return " - ".join([n for _, n in self.parents if n] + [self.name or self.code])


class ImportRecord:
    """A resource read from one row (or from linked rows of a package).

    ``fields`` holds only what the file gave; empty cells are absent, so updating an
    existing resource never blanks what the file leaves out.
    """

    __slots__ = ("row", "file", "fields", "organization", "org_fields", "phones", "addresses", "tag_ids",
                 "languages", "id", "categories", "translations")

    def __init__(self, row: int | None, file: str | None = None):
        self.row = row
        self.file = file
        self.fields: dict[str, object] = {}
        self.organization: str | None = None
        self.org_fields: dict[str, str] = {}
        self.phones: list[PhoneRecord] = []
        self.addresses: list[AddressRecord] = []
        self.tag_ids: list[str] = []
        self.languages: list[str] = []
        self.id: str | None = None
        self.categories: list[SourceTerm] = []
        self.translations: dict[tuple[str, str], str] = {}  # (language, field) -> text

    @property
    def name(self) -> str:
        return self.fields.get("name") or ""  # type: ignore[return-value]

    def add_text(self, field: str, value: str) -> None:
        if not value:
            return
        current = self.fields.get(field)
        if not current:
            self.fields[field] = value
        elif value not in current.split("\n"):  # type: ignore[union-attr]
            self.fields[field] = f"{current}\n{value}"

    def add_tag(self, tag_id: str | None) -> None:
        if tag_id and tag_id not in self.tag_ids:
            self.tag_ids.append(tag_id)

    def add_language(self, code: str | None) -> None:
        if code and code not in self.languages:
            self.languages.append(code)

    def add_category(self, term: SourceTerm) -> None:
        if term not in self.categories:
            self.categories.append(term)

    def add_phone(self, phone: PhoneRecord) -> None:
        key = (phone.normalized, phone.extension, phone.kind)  # 988 as a voice line and as a text line
        if all((p.normalized, p.extension, p.kind) != key for p in self.phones):
            self.phones.append(phone)

    def add_address(self, address: AddressRecord) -> None:
        if not self.addresses:
            if address.lines or address.city or address.postal_code:
                self.addresses.append(address)
            return
        key = address_key(address)
        if key and all(address_key(a) != key for a in self.addresses):
            self.addresses.append(address)


def address_key(address: AddressRecord) -> tuple:
    """What makes two addresses the same place (``core.matching.address_key``)."""
    return same_place(address.lines, address.city, address.postal_code)
