"""Writing one cell's value into an import record, field by field.

Every layout (hand-kept CSV, HSDS package, iCarol export) goes through these setters, so
a date, a phone cell or a list of languages is read the same way wherever it comes from,
and what cannot be read is reported with its row and column, and kept as a note.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache

from resource_desk.core.languages import LANGUAGES
from resource_desk.core.messages import LanguageName, Message, joined, msg
from resource_desk.core.records import AddressRecord
from resource_desk.core.text import fold
from resource_desk.importing.language_names import code_for, display, read_phrase
from resource_desk.importing.mapping import ADDRESS_FIELDS, ColumnRule
from resource_desk.importing.phone_cells import exported_phones, phones_in
from resource_desk.importing.problems import ProblemLog
from resource_desk.importing.records import ImportRecord
from resource_desk.importing.tagging import TagResolver, cell_entries, exported_term, looks_like_category, parse_term
from resource_desk.importing.values import (
    UNKNOWN,
    email,
    names_a_place,
    number,
    parse_address,
    parse_age,
    parse_ages,
    parse_cost,
    parse_date,
    parse_delivery,
    parse_kind,
    parse_status,
    split_list,
    truth,
    website,
)

_CODE = re.compile(r"^[a-z]{2,3}$")
_UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
# Words in a language list that name no language ("English, Spanish, and others").
_FILLER = frozenset({"others", "other", "more", "etc", "etc.", "many", "various", "all", "many more", "and more",
                     "and others", "several", "multiple", "most", "none", "n/a", "na", "-"})

Handler = Callable[[ImportRecord, str, int | None, dict], None]


@lru_cache(maxsize=8192)
def read_languages(cell: str) -> tuple[tuple[str, ...], tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...]]:
    """(codes offered, items that are not simply a language's name) for a list cell; each
    such item with the codes it offers and the codes it names as not (yet) offered:
    "English, but Spanish will be available soon" -> en, and that item with no code."""
    codes: list[str] = []
    other: list[tuple[str, tuple[str, ...], tuple[str, ...]]] = []
    items = split_list(cell)
    if items and all(_CODE.match(i) and i not in _FILLER for i in items) and any(i in LANGUAGES for i in items):
        # a list of ISO 639 codes ("en; es; sq"), as Resource Desk exports them
        return tuple(dict.fromkeys(items)), ()
    for item in items:
        code = code_for(item)
        if code:
            found, whole, withheld = [code], True, []
        else:
            found, whole, withheld = read_phrase(item)
        for code in found:
            if code not in codes:
                codes.append(code)
        if (not found and not withheld and fold(item) not in _FILLER) or (found and not whole) or withheld:
            other.append((item, tuple(found), tuple(withheld)))
    return tuple(codes), tuple(other)


def language_said(code: str) -> Message:
    """A language's English name, which the window says as it says that language's label
    elsewhere, in lowercase inside a Spanish sentence (a code or a name it has no label for
    stays as it is)."""
    return LanguageName(display(code))


def languages_in(cell: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(codes, items that are not simply a language name) for a list cell."""
    codes, other = read_languages(cell)
    return codes, tuple(item for item, _, _ in other)


class FieldWriter:
    """Setters for each mapping field, bound to one import's tags and problem log."""

    def __init__(self, tags: TagResolver, log: ProblemLog, file: str | None = None):
        self.tags = tags
        self.log = log
        self.file = file

    # -- helpers ---------------------------------------------------------------------

    def _note(self, rec: ImportRecord, column: str, value: str) -> None:
        rec.add_text("private_notes", f"{column}: {value}")

    def _warn(self, key: object, reason: str, row: int | None, column: str) -> None:
        self.log.warn_grouped((self.file, column, key), reason, row, column, self.file)

    def address(self, rec: ImportRecord, address: AddressRecord, cells: list[tuple[str, str]],
                row: int | None, file: str | None = None) -> AddressRecord | None:
        """The address as it will be stored, or None. Lines that name no place ("Please visit
        website for assistance", "Call for location", "Confidential"), with no city or postal
        code beside them, are no address: the cells they came from go to the private notes
        as "Column: value", with one warning for the column. Every layout's addresses come
        through here."""
        lines = address.lines
        if lines and not address.city and not address.postal_code and not names_a_place(lines):
            for column, value in cells:
                self._note(rec, column, value)
                key = (file or self.file, column, "not an address")
                self.log.warn_grouped(key, msg("no street number, postal code or known city: not read as an "
                                               "address; kept in the private notes"), row, column, file or self.file)
            address = replace(address, lines="")
        if not (address.lines or address.city or address.postal_code):
            return None
        return address

    def finish(self, rec: ImportRecord, addresses: dict[int, dict], name_column: str | None) -> bool:
        """Addresses assembled, ages checked, a name found; False (and reported) if the row
        cannot become a resource."""
        for group in sorted(addresses):
            parts = addresses[group]
            cells = parts.pop("_cells", ())
            if any(v not in (None, "", False) for k, v in parts.items() if k != "confidential"):
                address = self.address(rec, AddressRecord(**parts), cells, rec.row)
                if address is not None:
                    rec.add_address(address)
        low, high = rec.fields.get("age_min"), rec.fields.get("age_max")
        if low is not None and high is not None and low > high:  # type: ignore[operator]
            self.log.warn(msg("lowest age {low} is above highest age {high}; ages left out", low=low, high=high),
                          rec.row, None, self.file)
            del rec.fields["age_min"], rec.fields["age_max"]
        if not rec.fields.get("name"):
            if rec.organization:
                rec.fields["name"] = rec.organization
            else:
                if name_column:
                    reason = msg("no name (the “{column}” cell is empty)", column=name_column)
                else:
                    reason = msg("no name (no column holds a name)")
                self.log.reject(reason, rec.row, name_column, self.file)
                return False
        return True

    # -- the setters -----------------------------------------------------------------

    def handler(self, rule: ColumnRule) -> Handler | None:
        field, column, param, group = rule.field, rule.column, rule.param, rule.group
        if field == "ignore":
            return None
        if field in ADDRESS_FIELDS:
            return self._address(field, column, group)
        method = getattr(self, f"_{field}", None)
        if method is not None:
            return method(column, param)
        if field in ("description", "eligibility", "hours", "accessibility", "private_notes", "verified_by"):
            def text(rec, value, row, addr, field=field):
                rec.add_text(field, value)
            return text
        if field.startswith("organization_"):
            key = field[len("organization_"):]

            def org(rec, value, row, addr):
                if key == "website":
                    value = website(value) or ""
                    if not value:
                        return
                rec.org_fields.setdefault(key, value)
            return org
        raise ValueError(f"unknown field {field}")

    def set(self, rec: ImportRecord, field: str, value: str, row: int | None, column: str,
            param: str | None = None, addresses: dict | None = None) -> None:
        """Set one field from a cleaned value (the layouts' way in)."""
        handler = self.handler(ColumnRule(column, field, param))
        if handler and value:
            handler(rec, value, row, addresses if addresses is not None else {})

    def _name(self, column, param):
        def name(rec, value, row, addr):
            if not rec.fields.get("name"):
                rec.fields["name"] = value
            elif fold(value) != fold(rec.fields["name"]):  # type: ignore[arg-type]
                self._note(rec, column, value)
        return name

    def _organization(self, column, param):
        def organization(rec, value, row, addr):
            if not rec.organization:
                rec.organization = value
        return organization

    def _kind(self, column, param):
        def kind(rec, value, row, addr):
            found = parse_kind(value)
            if found:
                rec.fields.setdefault("kind", found)
            else:
                self._warn(("kind", fold(value)), msg("unknown kind “{value}”; kept as a community resource",
                                                      value=value), row, column)
                self._note(rec, column, value)
        return kind

    def _cost(self, column, param):
        def cost(rec, value, row, addr):
            found = parse_cost(value)
            if found:
                rec.fields["cost"] = found
            else:
                rec.add_text("fees", value)
        return cost

    def _fees(self, column, param):
        def fees(rec, value, row, addr):
            rec.add_text("fees", value)
            if "cost" not in rec.fields:
                found = parse_cost(value)
                if found:
                    rec.fields["cost"] = found
        return fees

    def _delivery(self, column, param):
        def delivery(rec, value, row, addr):
            found = parse_delivery(value)
            if found:
                rec.fields.setdefault("delivery", found)
            else:
                self._warn(("delivery", fold(value)), msg("unknown delivery “{value}”", value=value), row, column)
                self._note(rec, column, value)
        return delivery

    def _status(self, column, param):
        def status(rec, value, row, addr):
            found = parse_status(value)
            if found:
                rec.fields["status"] = found
            else:
                self._warn(("status", fold(value)), msg("unknown status “{value}”; kept as active", value=value),
                           row, column)
                self._note(rec, column, value)
        return status

    def _website(self, column, param):
        def site(rec, value, row, addr):
            found = website(value)
            if found:
                rec.fields.setdefault("website", found)
            elif email(value) and not rec.fields.get("email"):
                rec.fields["email"] = email(value)
                self.log.warn(msg("“{value}” is an email address; used as the email", value=value[:80]), row,
                              column, self.file)
            else:
                self.log.warn(msg("“{value}” is not a web address; kept in the private notes", value=value[:80]),
                              row, column, self.file)
                self._note(rec, column, value)
        return site

    def _email(self, column, param):
        def mail(rec, value, row, addr):
            found = email(value)
            if found:
                rec.fields.setdefault("email", found)
            else:
                self.log.warn(msg("“{value}” is not an email address; kept in the private notes", value=value[:80]),
                              row, column, self.file)
                self._note(rec, column, value)
        return mail

    def _last_verified(self, column, param):
        def verified(rec, value, row, addr):
            found = parse_date(value)
            if found is UNKNOWN:
                return
            if found is None:
                self.log.warn(msg("“{value}” is not a date", value=value[:40]), row, column, self.file)
                self._note(rec, column, value)
            else:
                current = rec.fields.get("last_verified")
                if current is None or found > current:  # type: ignore[operator]
                    rec.fields["last_verified"] = found
        return verified

    def _ages(self, column, param):
        def ages(rec, value, row, addr):
            low, high = parse_ages(value)
            if low is not None:
                rec.fields.setdefault("age_min", low)
            if high is not None:
                rec.fields.setdefault("age_max", high)
            rec.add_text("eligibility", f"{column}: {value}")
            for item in split_list(value):
                rec.add_tag(self.tags.resolve(item, "identity", row, offer=False))
        return ages

    def _age_min(self, column, param):
        return self._age("age_min", column)

    def _age_max(self, column, param):
        return self._age("age_max", column)

    def _age(self, field, column):
        def age(rec, value, row, addr):
            found = parse_age(value)
            if found is None:
                self.log.warn(msg("“{value}” is not an age", value=value[:40]), row, column, self.file)
                self._note(rec, column, value)
            else:
                rec.fields.setdefault(field, found)
        return age

    def _languages(self, column, param):
        def languages(rec, value, row, addr):
            self.languages(rec, value, row, column)
        return languages

    def languages(self, rec: ImportRecord, value: str, row: int | None, column: str) -> None:
        """Languages only where the cell names them as offered. A phrase that says more
        ("Spanish (limited, by appointment)"), names a language as not offered or not yet
        ("no Spanish", "Spanish coming soon") or names none ("interpreters available") is
        kept in the private notes as "Languages: …", with a warning."""
        codes, other = read_languages(value)
        for code in codes:
            rec.add_language(code)
        kept = []
        for item, found, withheld in other:
            kept.append(item)
            names = joined(", ", [language_said(c) for c in withheld])
            read = joined(", ", [language_said(c) for c in found])
            if withheld and found:
                reason = msg("“{item}” read as {languages} only ({withheld}: not offered, or not yet); kept in the "
                             "private notes", item=item, languages=read, withheld=names)
            elif withheld:
                reason = msg("“{item}” says {withheld} is not offered, or not yet; no language read, kept in the "
                             "private notes", item=item, withheld=names)
            elif found:
                reason = msg("“{item}” read as {languages}; kept in the private notes too", item=item,
                             languages=read)
            else:
                reason = msg("“{item}” is not a language Resource Desk knows; kept in the private notes", item=item)
            self._warn(("language", fold(item)), reason, row, column)
        if kept:
            rec.add_text("private_notes", "Languages: " + "; ".join(kept))

    def _language(self, column, param):
        code = code_for(param or "") or (param or "").lower()

        def language(rec, value, row, addr):
            flag = truth(value)
            if flag:
                rec.add_language(code)
            elif flag is None:
                self._warn(("flag", fold(value)), msg("“{value}” is not yes or no", value=value[:40]), row, column)
                self._note(rec, column, value)
        return language

    def _tags(self, column, param):
        facet = param or None

        def tags(rec, value, row, addr):
            for item in split_list(value):
                if looks_like_category(item):  # a code or a path is the list's own classification
                    self.tags.categorize(rec, parse_term(item, column), row)
                else:
                    rec.add_tag(self.tags.resolve(item, facet, row))
        return tags

    def _categories(self, column, param):
        def categories(rec, value, row, addr):
            for line in value.split("\n"):
                term = exported_term(line)  # "taxonomy | code | path", as Resource Desk exports them
                if term is not None:
                    self.tags.categorize(rec, term, row)
                    continue
                for entry, cut in cell_entries(line):
                    self.tags.categorize(rec, parse_term(entry, column), row, offer=not cut)
        return categories

    def _tag(self, column, param):
        def tag(rec, value, row, addr):
            flag = truth(value)
            if flag:
                rec.add_tag(self.tags.resolve(param or column, None, row))
            elif flag is None:
                self._warn(("flag", fold(value)), msg("“{value}” is not yes or no", value=value[:40]), row, column)
                self._note(rec, column, value)
        return tag

    def _phones(self, column, param):
        kind = param or "voice"
        label = "Toll-free" if "toll" in fold(column) else None

        def phones(rec, value, row, addr):
            found = exported_phones(value) if ": " in value else None
            if found is None:
                found = phones_in(value, kind)
            if not found:
                self.log.warn(msg("no phone number in “{cell}”; kept in the private notes", cell=value[:60]), row,
                              column, self.file)
                self._note(rec, column, value)
            for phone in found:
                if label and not phone.label:
                    phone = phone.__class__(phone.number, phone.kind, phone.extension, label, phone.normalized)
                rec.add_phone(phone)
        return phones

    def _notes(self, column, param):
        def notes(rec, value, row, addr):
            self._note(rec, column, value)
        return notes

    def _translation(self, column, param):
        language, _, field = (param or "").partition(":")

        def translation(rec, value, row, addr):
            rec.translations.setdefault((language, field), value)
        return translation

    def _external_id(self, column, param):
        def external(rec, value, row, addr):
            rec.fields.setdefault("external_id", value[:200])
        return external

    def _id(self, column, param):
        def ident(rec, value, row, addr):
            if _UUID.match(value):
                rec.id = rec.id or value.lower()
            else:
                rec.fields.setdefault("external_id", value[:200])
        return ident

    def _address(self, field, column, group):
        def address(rec, value, row, addr):
            parts = addr.setdefault(group, {})
            if field in ("address", "address_lines", "address_line2"):
                parts.setdefault("_cells", []).append((column, value))
            if field == "address":
                parsed = parse_address(value)
                for key in ("lines", "city", "region", "postal_code", "country"):
                    if getattr(parsed, key) and not parts.get(key):
                        parts[key] = getattr(parsed, key)
            elif field == "address_lines":
                parts["lines"] = f"{value}\n{parts['lines']}" if parts.get("lines") else value
            elif field == "address_line2":
                parts["lines"] = f"{parts['lines']}\n{value}" if parts.get("lines") else value
            elif field == "address_confidential":
                flag = truth(value)
                if flag is None:
                    self._warn(("flag", fold(value)), msg("“{value}” is not yes or no; the address is kept "
                                                          "confidential", value=value[:40]), row, column)
                parts["confidential"] = flag is not False
            elif field in ("latitude", "longitude"):
                found = number(value)
                limit = 90 if field == "latitude" else 180
                if found is None or abs(found) > limit:
                    reason = (msg("“{value}” is not a latitude", value=value[:40]) if field == "latitude"
                              else msg("“{value}” is not a longitude", value=value[:40]))
                    self.log.warn(reason, row, column, self.file)

                else:
                    parts[field] = found
            elif field == "country":
                parts["country"] = value.upper()[:2] if len(value) <= 3 else _country_code(value)
            else:
                parts[field] = value
        return address


def _country_code(name: str) -> str | None:
    key = fold(name)
    return {"united states": "US", "united states of america": "US", "usa": "US", "canada": "CA",
            "mexico": "MX", "united kingdom": "GB", "uk": "GB"}.get(key)


def is_uuid(value: str) -> bool:
    return bool(_UUID.match(value))
