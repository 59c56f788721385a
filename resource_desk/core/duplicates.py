"""Possible duplicates in the catalogue, decided by the person: listed side by side, merged
(undoably) or marked "not duplicates".

A duplicate is a question for the person, not a guess to act on (DESIGN.md). Pairs come
from the import matcher's rules (``core.matching``): a shared phone number or web site with
a close name, or the same address with the same or a close name. Pairs of different
organizations are listed too, and say so. Finding them reads light rows on a plain sqlite3
connection and compares only resources that share a phone, a site or an address (never all
pairs); only the pairs returned get their side-by-side details.

Merging keeps one resource and moves the other's phones, addresses, tags, languages, source
categories and saved-list entries onto it (what the kept one has already is not added
twice), fills the kept one's empty fields, then deletes the other — one transaction,
recorded in ``resource_merges`` with everything undo needs: the removed resource's rows,
what was added to the kept one and the kept one's previous values. Undo puts both back with
the same ids and rows. Rows are read and written as stored (plain SQL, no type conversion),
so an undo restores them exactly.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from resource_desk.core.database import Catalogue
from resource_desk.core.errors import NotFound, UserError
from resource_desk.core.matching import (
    CROWDED,
    NAME_SCORE,
    address_key,
    domain,
    name_key,
    name_score,
    same_organization,
)
from resource_desk.core.messages import Message, joined, msg, plural
from resource_desk.core.records import PHONE_KIND_LABELS, AddressRecord

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

CONFIDENTIAL = msg("(confidential address)")
MIN_ID_PREFIX = 8
SHOWN_PHONES = 2  # a reason names this many shared numbers, then says how many more
SNAPSHOT_VERSION = 1
_CHUNK = 500

# Fields of the kept resource filled from the removed one when empty. Fields that only mean
# something together (an age range, a cost and its fees, a date and who verified on it) are
# filled together, and only when all of them are empty on the kept one.
FILL_GROUPS: tuple[tuple[str, ...], ...] = (
    ("organization_id",), ("description",), ("eligibility",), ("age_min", "age_max"), ("cost", "fees"),
    ("delivery",), ("hours",), ("accessibility",), ("website",), ("email",), ("last_verified", "verified_by"),
    ("external_id",),
)
FIELD_LABELS = {
    "organization_id": msg("organization"), "description": msg("description"), "eligibility": msg("eligibility"),
    "age_min": msg("ages"), "cost": msg("cost"), "delivery": msg("delivery"), "hours": msg("hours"),
    "accessibility": msg("accessibility"), "website": msg("web site"), "email": msg("email"),
    "last_verified": msg("last verified"), "external_id": msg("source id"), "languages": msg("languages"),
    "private_notes": msg("private notes"),
}


def _moved(kind: str, n: int) -> str:
    """"2 phones", "1 tag": what a merge moved of one kind."""
    if kind == "phones":
        return plural(n, msg("1 phone"), msg("{count} phones", count=n))
    if kind == "addresses":
        return plural(n, msg("1 address"), msg("{count} addresses", count=n))
    if kind == "tags":
        return plural(n, msg("1 tag"), msg("{count} tags", count=n))
    if kind == "source categories":
        return plural(n, msg("1 source category"), msg("{count} source categories", count=n))
    if kind == "saved-list entries":
        return plural(n, msg("1 saved-list entry"), msg("{count} saved-list entries", count=n))
    if kind == "languages":
        return plural(n, msg("1 language"), msg("{count} languages", count=n))
    return f"{n} {kind}"


# What two resources share, for the list of pairs ("Same phone and address"), by what they matched on.
_SAME = {
    ("phone",): msg("Same phone"),
    ("web site",): msg("Same web site"),
    ("address",): msg("Same address"),
    ("phone", "web site"): msg("Same phone and web site"),
    ("phone", "address"): msg("Same phone and address"),
    ("web site", "address"): msg("Same web site and address"),
    ("phone", "web site", "address"): msg("Same phone, web site and address"),
}


class DuplicateError(UserError, ValueError):
    """A merge, undo or dismissal that cannot be made; the message is for the user."""


# -- records ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DuplicateSide:
    """One resource of a pair, as the side-by-side view shows it (never its private notes;
    confidential addresses masked)."""

    id: str
    name: str
    organization: str | None
    kind: str
    status: str
    phones: tuple[str, ...]
    addresses: tuple[str, ...]
    website: str | None
    email: str | None
    languages: tuple[str, ...]
    tags: tuple[str, ...]  # "facet:name"
    source_categories: tuple[str, ...]
    saved_lists: tuple[str, ...]
    last_verified: date | None
    description: str | None = None
    # The phones as numbers (E.164 or digits, extension, kind): "(415) 555-0100" and
    # "415-555-0100" are one number written two ways.
    phone_keys: tuple[str, ...] = ()

    def to_json(self) -> dict:
        data = {k: (list(v) if isinstance(v, tuple) else v) for k, v in self.__dict__.items()}
        data["last_verified"] = self.last_verified.isoformat() if self.last_verified else None
        return data


@dataclass(frozen=True)
class DuplicatePair:
    """Two resources that look alike, and why. ``a`` is the older record (created first)."""

    a: DuplicateSide
    b: DuplicateSide
    reasons: tuple[str, ...]
    score: int  # how alike the names are, 0–100
    different_organizations: bool = False
    matched_on: tuple[str, ...] = ()  # "phone", "web site", "address"

    @property
    def short_reason(self) -> str:
        """"Same phone and address, same name", for a list of pairs (``reason`` says it all)."""
        kinds = list(self.matched_on)
        same = _SAME.get(tuple(kinds))
        if same is None:  # pragma: no cover - what find_duplicates matches on is always in _SAME
            same = "Same " + (kinds[0] if len(kinds) == 1 else ", ".join(kinds[:-1]) + " and " + kinds[-1])
        name = msg("same name") if self.exact_name else msg("close name ({score}%)", score=self.score)
        return msg("{same}, {name}", same=same, name=name)

    @property
    def exact_name(self) -> bool:
        return name_key(self.a.name) == name_key(self.b.name)

    @property
    def reason(self) -> str:
        return joined("; ", self.reasons)

    @property
    def ids(self) -> tuple[str, str]:
        return (self.a.id, self.b.id)

    @property
    def warning(self) -> str | None:
        if not self.different_organizations:
            return None
        return msg("different organizations: {a} / {b}", a=self.a.organization, b=self.b.organization)

    def to_json(self) -> dict:
        return {"a": self.a.to_json(), "b": self.b.to_json(), "reason": self.reason, "reasons": list(self.reasons),
                "matched_on": list(self.matched_on), "score": self.score,
                "different_organizations": self.different_organizations}


@dataclass(frozen=True)
class MergeResult:
    merge_id: str
    kept_id: str
    kept_name: str
    removed_id: str
    removed_name: str
    moved: Mapping[str, int] = field(default_factory=dict)  # "phones" -> 2, …
    filled: tuple[str, ...] = ()  # labels of the kept one's fields filled in

    def summary(self) -> str:
        moved = joined(", ", [_moved(kind, n) for kind, n in self.moved.items() if n])
        filled = joined(", ", self.filled)
        names = {"removed": self.removed_name, "kept": self.kept_name}
        if moved and self.filled:
            return msg("Merged “{removed}” into “{kept}”: moved {moved}; filled in {filled}", **names, moved=moved,
                       filled=filled)
        if moved:
            return msg("Merged “{removed}” into “{kept}”: moved {moved}", **names, moved=moved)
        if self.filled:
            return msg("Merged “{removed}” into “{kept}”: filled in {filled}", **names, filled=filled)
        return msg("Merged “{removed}” into “{kept}”", **names)

    def to_json(self) -> dict:
        return {"merge_id": self.merge_id, "kept_id": self.kept_id, "kept_name": self.kept_name,
                "removed_id": self.removed_id, "removed_name": self.removed_name, "moved": dict(self.moved),
                "filled": list(self.filled)}


@dataclass(frozen=True)
class MergeRecord:
    """One merge in the history (``kept_name`` None when the kept resource is gone)."""

    id: str
    at: datetime
    kept_id: str
    kept_name: str | None
    removed_id: str
    removed_name: str
    undone_at: datetime | None

    @property
    def undone(self) -> bool:
        return self.undone_at is not None

    def to_json(self) -> dict:
        return {"id": self.id, "at": self.at.isoformat(timespec="seconds"), "kept_id": self.kept_id,
                "kept_name": self.kept_name, "removed_id": self.removed_id, "removed_name": self.removed_name,
                "undone_at": self.undone_at.isoformat(timespec="seconds") if self.undone_at else None}


# -- finding pairs ---------------------------------------------------------------------------------


def _ordered(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a < b else (b, a)


def _chunks(items: list, size: int = _CHUNK):
    for start in range(0, len(items), size):
        yield items[start:start + size]


def _marks(n: int) -> str:
    return ", ".join("?" * n)


@dataclass
class _Evidence:
    phones: list[str] = field(default_factory=list)  # normalized
    site: str = ""
    place: tuple | None = None  # an address key


def find_duplicates(catalogue: Catalogue, limit: int | None = None) -> list[DuplicatePair]:
    """Pairs of resources that look alike, the strongest first; dismissed pairs left out."""
    with catalogue.connect() as connection:
        names: dict[str, str] = {}
        orgs: dict[str, str] = {}
        created: dict[str, str] = {}
        by_site: dict[str, list[str]] = defaultdict(list)
        for rid, sort_name, name, org, site, created_at in connection.execute(
                "SELECT r.id, r.sort_name, r.name, coalesce(o.name, ''), coalesce(r.website, ''), "
                "coalesce(r.created_at, '') FROM resources r LEFT JOIN organizations o ON o.id = r.organization_id"):
            names[rid] = sort_name or name_key(name)
            orgs[rid] = name_key(org)
            created[rid] = created_at
            host = domain(site)
            if host:
                by_site[host].append(rid)
        by_phone: dict[str, dict[str, str]] = defaultdict(dict)  # normalized -> {resource id: as written}
        for rid, normalized, number in connection.execute(
                "SELECT resource_id, normalized, number FROM phones WHERE normalized != ''"):
            by_phone[normalized].setdefault(rid, number)
        by_place: dict[tuple, dict[str, str | None]] = defaultdict(dict)  # address key -> {id: line or mask}
        for rid, lines, city, region, postal, confidential in connection.execute(
                "SELECT resource_id, lines, city, region, postal_code, confidential FROM addresses"):
            key = address_key(lines, city, postal)
            if not key[0]:
                continue  # a city alone is not a place
            shown = CONFIDENTIAL if confidential else AddressRecord(lines=lines or "", city=city, region=region,
                                                                    postal_code=postal).one_line()
            previous = by_place[key].get(rid)
            by_place[key][rid] = CONFIDENTIAL if CONFIDENTIAL in (previous, shown) else shown
        dismissed = set(connection.execute("SELECT resource_a, resource_b FROM duplicate_dismissals").fetchall())

    evidence: dict[tuple[str, str], _Evidence] = defaultdict(_Evidence)

    def pairs_in(ids: list[str]):
        if len(ids) < 2 or len(ids) > CROWDED:
            return
        for i, first in enumerate(ids):
            for second in ids[i + 1:]:
                key = _ordered(first, second)
                if key not in dismissed:
                    yield key

    for normalized, members in by_phone.items():
        for key in pairs_in(list(members)):
            evidence[key].phones.append(normalized)
    for host, members in by_site.items():
        for key in pairs_in(list(dict.fromkeys(members))):
            evidence[key].site = host
    for place, members in by_place.items():
        for key in pairs_in(list(members)):
            evidence[key].place = place

    # A place one record keeps confidential is masked on every side: the same shelter entered
    # twice must not show its address through the copy that lacks the flag.
    hidden = {place for place, members in by_place.items() if CONFIDENTIAL in members.values()}
    found_pairs: list[tuple[tuple[str, str], tuple[str, ...], int, bool, tuple[str, ...]]] = []
    for (first, second), why in evidence.items():
        score = name_score(names[first], names[second])
        if score < NAME_SCORE:
            continue
        a, b = sorted((first, second), key=lambda rid: (created[rid], rid))
        exact = names[first] == names[second]
        close = msg("the same name") if exact else msg("a close name ({score}%)", score=score)
        reasons = []
        if why.phones:
            shown = ", ".join(by_phone[n][a] for n in why.phones[:SHOWN_PHONES])  # as the left one writes it
            if len(why.phones) > SHOWN_PHONES:
                shown = msg("{phones} (+{count} more)", phones=shown, count=len(why.phones) - SHOWN_PHONES)
            reasons.append(msg("same phones {phones} and {name}", phones=shown, name=close) if len(why.phones) > 1
                           else msg("same phone {phones} and {name}", phones=shown, name=close))
        if why.site:
            reasons.append(msg("same web site {site} and {name}", site=why.site, name=close))
        if why.place is not None:
            if why.place in hidden:
                reasons.append(msg("same name at the same confidential address") if exact
                               else msg("same confidential address and {name}", name=close))
            else:
                shown = by_place[why.place][a]  # as the left one writes it
                reasons.append(msg("same name at the same address ({address})", address=shown) if exact
                               else msg("same address ({address}) and {name}", address=shown, name=close))
        different = not same_organization(orgs[first], orgs[second])
        kinds = tuple(kind for kind, hit in (("phone", why.phones), ("web site", why.site),
                                             ("address", why.place is not None)) if hit)
        found_pairs.append(((a, b), tuple(reasons), score, different, kinds))

    found_pairs.sort(key=lambda p: (p[3], -len(p[1]), -p[2], names[p[0][0]], names[p[0][1]], p[0]))
    if limit is not None:
        found_pairs = found_pairs[:max(limit, 0)]
    sides = _sides(catalogue, {rid for pair in found_pairs for rid in pair[0]}, hidden)
    return [DuplicatePair(sides[a], sides[b], reasons, score, different, kinds)
            for (a, b), reasons, score, different, kinds in found_pairs]


def _phone_line(number: str, extension: str | None, kind: str, label: str | None) -> str:
    text = msg("{number} ext. {extension}", number=number, extension=extension) if extension else number
    if kind and kind != "voice":
        text = msg("{phone} ({kind})", phone=text, kind=Message(PHONE_KIND_LABELS.get(kind, kind)))
    if label:
        text = msg("{phone} — {label}", phone=text, label=label)
    return text


def _sides(catalogue: Catalogue, ids: Iterable[str], hidden: set[tuple] = frozenset()) -> dict[str, DuplicateSide]:
    """What the side-by-side view shows of each resource; addresses confidential, or at a
    place (address key) in ``hidden``, are masked."""
    ids = sorted(ids)
    rows: dict[str, tuple] = {}
    phones: dict[str, list[str]] = defaultdict(list)
    phone_keys: dict[str, list[str]] = defaultdict(list)
    addresses: dict[str, list[str]] = defaultdict(list)
    tags: dict[str, list[str]] = defaultdict(list)
    categories: dict[str, list[str]] = defaultdict(list)
    lists: dict[str, list[str]] = defaultdict(list)
    with catalogue.connect() as connection:
        for chunk in _chunks(ids):
            marks = _marks(len(chunk))
            for row in connection.execute(
                    "SELECT r.id, r.name, o.name, r.kind, r.status, r.website, r.email, r.languages, r.last_verified, "
                    f"r.description FROM resources r LEFT JOIN organizations o ON o.id = r.organization_id "
                    f"WHERE r.id IN ({marks})", chunk):
                rows[row[0]] = row
            for rid, number, normalized, extension, kind, label in connection.execute(
                    "SELECT resource_id, number, normalized, extension, kind, label FROM phones "
                    f"WHERE resource_id IN ({marks}) ORDER BY resource_id, position, id", chunk):
                phones[rid].append(_phone_line(number, extension, kind, label))
                phone_keys[rid].append(" ".join(_phone_key({"number": number, "normalized": normalized,
                                                            "extension": extension, "kind": kind})))
            for rid, lines, city, region, postal, country, confidential in connection.execute(
                    "SELECT resource_id, lines, city, region, postal_code, country, confidential FROM addresses "
                    f"WHERE resource_id IN ({marks}) ORDER BY resource_id, position, id", chunk):
                masked = confidential or address_key(lines, city, postal) in hidden
                addresses[rid].append(CONFIDENTIAL if masked else AddressRecord(
                    lines=lines or "", city=city, region=region, postal_code=postal, country=country).one_line())
            for rid, facet, name in connection.execute(
                    "SELECT rt.resource_id, t.facet, t.name FROM resource_tags rt JOIN tags t ON t.id = rt.tag_id "
                    f"WHERE rt.resource_id IN ({marks})", chunk):
                tags[rid].append(f"{facet}:{name}")
            for rid, name in connection.execute(
                    "SELECT rtt.resource_id, tt.name FROM resource_taxonomy_terms rtt "
                    f"JOIN taxonomy_terms tt ON tt.id = rtt.term_id WHERE rtt.resource_id IN ({marks})", chunk):
                categories[rid].append(name)
            for rid, name in connection.execute(
                    "SELECT i.resource_id, s.name FROM saved_list_items i JOIN saved_lists s ON s.id = i.saved_list_id "
                    f"WHERE i.resource_id IN ({marks})", chunk):
                lists[rid].append(name)
    sides = {}
    for rid, (_, name, org, kind, status, website, email, languages, verified, description) in rows.items():
        sides[rid] = DuplicateSide(
            id=rid, name=name, organization=org, kind=kind, status=status, phones=tuple(phones[rid]),
            addresses=tuple(addresses[rid]), website=website, email=email,
            languages=tuple((languages or "").split()), tags=tuple(sorted(tags[rid], key=str.casefold)),
            source_categories=tuple(sorted(categories[rid], key=str.casefold)),
            saved_lists=tuple(sorted(lists[rid], key=str.casefold)),
            last_verified=date.fromisoformat(verified[:10]) if verified else None, description=description,
            phone_keys=tuple(sorted(phone_keys[rid])))
    return sides


# -- ids given by their first characters -------------------------------------------------------


def _resolve(catalogue: Catalogue, table: str, text: str, what: str) -> str:
    text = text.strip().lower()
    with catalogue.connect() as connection:
        if connection.execute(f"SELECT 1 FROM {table} WHERE id = ?", (text,)).fetchone():
            return text
        if len(text) < MIN_ID_PREFIX:
            raise DuplicateError(msg("“{text}”: give the merge's id or at least its first {count} characters",
                                     text=text, count=MIN_ID_PREFIX) if what == "merge" else
                                 msg("“{text}”: give the resource's id or at least its first {count} characters",
                                     text=text, count=MIN_ID_PREFIX))
        found = [rid for (rid,) in connection.execute(
            f"SELECT id FROM {table} WHERE substr(id, 1, ?) = ? LIMIT 2", (len(text), text))]
    if not found:
        raise NotFound(msg("no merge with id “{id}”", id=text) if what == "merge" else
                       msg("no resource with id “{id}”", id=text))
    if len(found) > 1:
        raise DuplicateError(msg("“{text}” is the start of more than one merge's id; give more of it", text=text)
                             if what == "merge" else
                             msg("“{text}” is the start of more than one resource's id; give more of it", text=text))
    return found[0]


def resolve_resource_id(catalogue: Catalogue, text: str) -> str:
    """A resource id from the id or its first 8+ characters (as people copy them from a list)."""
    return _resolve(catalogue, "resources", text, "resource")


def resolve_merge_id(catalogue: Catalogue, text: str) -> str:
    return _resolve(catalogue, "resource_merges", text, "merge")


# -- dismissing --------------------------------------------------------------------------------


def dismiss_pair(catalogue: Catalogue, a: str, b: str) -> bool:
    """Remember that two resources are not duplicates; False if that was known already."""
    if a == b:
        raise DuplicateError(msg("A resource is always the same as itself; choose two different resources."))
    first, second = _ordered(a, b)
    with catalogue.write() as session:
        _require(session, first)
        _require(session, second)
        if _rows(session, "SELECT 1 FROM duplicate_dismissals WHERE resource_a = :a AND resource_b = :b",
                 a=first, b=second):
            return False
        _insert(session, "duplicate_dismissals", {"resource_a": first, "resource_b": second, "at": _now()})
        return True


# -- merging -----------------------------------------------------------------------------------


def _now() -> str:
    """The current UTC time as SQLAlchemy's DateTime stores it in SQLite."""
    from resource_desk.core.models import utcnow

    return utcnow().strftime("%Y-%m-%d %H:%M:%S.%f")


def _rows(session: Session, sql: str, **params) -> list[dict[str, Any]]:
    from sqlalchemy import text

    return [dict(row) for row in session.execute(text(sql), params).mappings()]


def _exec(session: Session, sql: str, **params) -> None:
    from sqlalchemy import text

    session.execute(text(sql), params)


def _insert(session: Session, table: str, row: Mapping[str, Any]) -> None:
    from sqlalchemy import text

    columns = list(row)
    session.execute(text(f"INSERT INTO {table} ({', '.join(columns)}) VALUES "
                         f"({', '.join(':' + c for c in columns)})"), dict(row))


def _require(session: Session, resource_id: str) -> dict[str, Any]:
    found = _rows(session, "SELECT * FROM resources WHERE id = :id", id=resource_id)
    if not found:
        raise NotFound(msg("no resource with id {id}", id=resource_id))
    return found[0]


def _phone_key(phone: Mapping[str, Any]) -> tuple:
    number = phone["normalized"] or " ".join((phone["number"] or "").split()).casefold()
    return (number, phone["extension"] or "", phone["kind"])


def _address_key(address: Mapping[str, Any]) -> tuple:
    return address_key(address["lines"], address["city"], address["postal_code"])


def _empty(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def merge_resources(catalogue: Catalogue, keep_id: str, remove_id: str) -> MergeResult:
    """Merge ``remove_id`` into ``keep_id`` (see the module's docstring); one transaction."""
    from resource_desk.core.models import new_id

    if keep_id == remove_id:
        raise DuplicateError(msg("A resource cannot be merged into itself."))
    with catalogue.write() as session:
        kept = _require(session, keep_id)
        removed = _require(session, remove_id)
        rid = {"k": keep_id, "r": remove_id}
        snapshot: dict[str, Any] = {
            "version": SNAPSHOT_VERSION,
            "removed": removed,
            "phones": _rows(session, "SELECT * FROM phones WHERE resource_id = :r ORDER BY position, id", **rid),
            "addresses": _rows(session, "SELECT * FROM addresses WHERE resource_id = :r ORDER BY position, id",
                               **rid),
            "tags": _rows(session, "SELECT * FROM resource_tags WHERE resource_id = :r", **rid),
            "terms": _rows(session, "SELECT * FROM resource_taxonomy_terms WHERE resource_id = :r", **rid),
            "list_items": _rows(session, "SELECT * FROM saved_list_items WHERE resource_id = :r", **rid),
            "dismissals": _rows(session, "SELECT * FROM duplicate_dismissals WHERE resource_a = :r OR "
                                         "resource_b = :r", **rid),
        }
        moved: dict[str, int] = {}

        # Phones and addresses the kept one lacks move over, after its own.
        kept_phones = _rows(session, "SELECT * FROM phones WHERE resource_id = :k", **rid)
        have = {_phone_key(p) for p in kept_phones}
        position = max((p["position"] for p in kept_phones), default=-1) + 1
        moved_phones = []
        for phone in snapshot["phones"]:
            if _phone_key(phone) in have:
                continue
            have.add(_phone_key(phone))
            _exec(session, "UPDATE phones SET resource_id = :k, position = :p WHERE id = :id", p=position,
                  id=phone["id"], **rid)
            moved_phones.append(phone["id"])
            position += 1
        kept_addresses = _rows(session, "SELECT * FROM addresses WHERE resource_id = :k", **rid)
        have_places = {_address_key(a): a for a in kept_addresses}
        position = max((a["position"] for a in kept_addresses), default=-1) + 1
        moved_addresses, made_confidential = [], []
        for address in snapshot["addresses"]:
            same = have_places.get(_address_key(address))
            if same is not None:
                # The same place, confidential on either side, stays confidential: a shelter's
                # address must not come out of a merge printable.
                if address["confidential"] and not same["confidential"]:
                    _exec(session, "UPDATE addresses SET confidential = :c WHERE id = :id", c=address["confidential"],
                          id=same["id"])
                    made_confidential.append({"id": same["id"], "before": same["confidential"],
                                              "after": address["confidential"]})
                    same["confidential"] = address["confidential"]
                continue
            have_places[_address_key(address)] = address
            _exec(session, "UPDATE addresses SET resource_id = :k, position = :p WHERE id = :id", p=position,
                  id=address["id"], **rid)
            moved_addresses.append(address["id"])
            position += 1
        moved["phones"] = len(moved_phones)
        moved["addresses"] = len(moved_addresses)

        # Tags and source categories: links the kept one lacks.
        added_tags = [row["tag_id"] for row in _rows(
            session, "SELECT tag_id FROM resource_tags WHERE resource_id = :r AND tag_id NOT IN "
                     "(SELECT tag_id FROM resource_tags WHERE resource_id = :k) ORDER BY tag_id", **rid)]
        for tag_id in added_tags:
            _insert(session, "resource_tags", {"resource_id": keep_id, "tag_id": tag_id})
        added_terms = [row["term_id"] for row in _rows(
            session, "SELECT term_id FROM resource_taxonomy_terms WHERE resource_id = :r AND term_id NOT IN "
                     "(SELECT term_id FROM resource_taxonomy_terms WHERE resource_id = :k) ORDER BY term_id", **rid)]
        for term_id in added_terms:
            _insert(session, "resource_taxonomy_terms", {"resource_id": keep_id, "term_id": term_id})
        moved["tags"] = len(added_tags)
        moved["source categories"] = len(added_terms)

        # Saved lists: the removed one's entry becomes the kept one's; where the kept one is in
        # the list already it takes the earlier of the two places (and the note, if it has none).
        moved_lists, kept_items_before, kept_items_after = [], [], []
        for item in snapshot["list_items"]:
            mine = _rows(session, "SELECT * FROM saved_list_items WHERE saved_list_id = :l AND resource_id = :k",
                         l=item["saved_list_id"], **rid)
            if not mine:
                _exec(session, "UPDATE saved_list_items SET resource_id = :k WHERE saved_list_id = :l AND "
                               "resource_id = :r", l=item["saved_list_id"], **rid)
                moved_lists.append(item["saved_list_id"])
                continue
            before = mine[0]
            after = dict(before)
            if item["position"] < before["position"]:
                after["position"] = item["position"]
            if _empty(before["note"]) and not _empty(item["note"]):
                after["note"] = item["note"]
            if after != before:
                _exec(session, "UPDATE saved_list_items SET position = :p, note = :n WHERE saved_list_id = :l AND "
                               "resource_id = :k", p=after["position"], n=after["note"], l=item["saved_list_id"],
                      **rid)
                kept_items_before.append(before)
                kept_items_after.append(after)
        moved["saved-list entries"] = len(moved_lists)

        # "Not duplicates" said of the removed one holds for the kept one.
        added_dismissals = []
        for row in snapshot["dismissals"]:
            other = row["resource_b"] if row["resource_a"] == remove_id else row["resource_a"]
            if other == keep_id:
                continue
            first, second = _ordered(keep_id, other)
            if not _rows(session, "SELECT 1 FROM duplicate_dismissals WHERE resource_a = :a AND resource_b = :b",
                         a=first, b=second) and [first, second] not in added_dismissals:
                _insert(session, "duplicate_dismissals", {"resource_a": first, "resource_b": second, "at": row["at"]})
                added_dismissals.append([first, second])

        # The kept one's empty fields, from the removed one; languages joined; notes kept both.
        changes: dict[str, Any] = {}
        filled: list[str] = []
        for group in FILL_GROUPS:
            if all(_empty(kept[f]) for f in group) and any(not _empty(removed[f]) for f in group):
                for f in group:
                    if not _empty(removed[f]):
                        changes[f] = removed[f]
                filled.append(FIELD_LABELS[group[0]])
        kept_languages = (kept["languages"] or "").split()
        languages = kept_languages + [c for c in (removed["languages"] or "").split() if c not in kept_languages]
        if languages != kept_languages:
            changes["languages"] = " ".join(languages)
            moved["languages"] = len(languages) - len(kept_languages)
        if not _empty(removed["private_notes"]) and removed["private_notes"] != kept["private_notes"]:
            if _empty(kept["private_notes"]):
                changes["private_notes"] = removed["private_notes"]
            else:
                changes["private_notes"] = (f"{kept['private_notes']}\n\nFrom “{removed['name']}” (merged in): "
                                            f"{removed['private_notes']}")
            filled.append(FIELD_LABELS["private_notes"])
        changes["updated_at"] = _now()
        snapshot["kept_before"] = {f: kept[f] for f in changes}
        snapshot["kept_after"] = changes
        _exec(session, "UPDATE resources SET " + ", ".join(f"{f} = :v_{f}" for f in changes) + " WHERE id = :k",
              **{f"v_{f}": v for f, v in changes.items()}, **rid)

        snapshot.update({
            "moved_phones": moved_phones, "moved_addresses": moved_addresses, "made_confidential": made_confidential,
            "added_tags": added_tags, "added_terms": added_terms, "moved_lists": moved_lists,
            "kept_list_items_before": kept_items_before, "kept_list_items_after": kept_items_after,
            "added_dismissals": added_dismissals,
        })

        # Its links go first so that the search index's triggers leave no row of it behind.
        _exec(session, "DELETE FROM resource_tags WHERE resource_id = :r", **rid)
        _exec(session, "DELETE FROM resource_taxonomy_terms WHERE resource_id = :r", **rid)
        _exec(session, "DELETE FROM resources WHERE id = :r", **rid)  # cascades to what stayed behind
        merge_id = new_id()
        _insert(session, "resource_merges", {
            "id": merge_id, "at": _now(), "kept_id": keep_id, "removed_id": remove_id,
            "removed_name": removed["name"], "snapshot": json.dumps(snapshot, ensure_ascii=False), "undone_at": None,
        })
        return MergeResult(merge_id=merge_id, kept_id=keep_id, kept_name=kept["name"], removed_id=remove_id,
                           removed_name=removed["name"], moved=moved, filled=tuple(filled))


# -- undoing ----------------------------------------------------------------------------------


def _columns(session: Session, table: str) -> set[str]:
    from sqlalchemy import inspect

    return {column["name"] for column in inspect(session.connection()).get_columns(table)}


def _restore_row(session: Session, table: str, row: Mapping[str, Any], columns: set[str]) -> None:
    _insert(session, table, {k: v for k, v in row.items() if k in columns})


def undo_merge(catalogue: Catalogue, merge_id: str) -> MergeRecord:
    """Put both resources back as they were before the merge (same ids, same rows). What was
    changed on the kept resource since the merge stays changed."""
    with catalogue.write() as session:
        found = _rows(session, "SELECT * FROM resource_merges WHERE id = :m", m=merge_id)
        if not found:
            raise NotFound(msg("no merge with id {id}", id=merge_id))
        merge = found[0]
        name = merge["removed_name"]
        if merge["undone_at"] is not None:
            raise DuplicateError(msg("The merge of “{name}” was undone already ({at}).", name=name,
                                     at=merge["undone_at"][:16]))
        keep_id, remove_id = merge["kept_id"], merge["removed_id"]
        kept = _rows(session, "SELECT * FROM resources WHERE id = :k", k=keep_id)
        if not kept:
            later = _rows(session, "SELECT m.id, r.name FROM resource_merges m LEFT JOIN resources r ON "
                                   "r.id = m.kept_id WHERE m.removed_id = :k AND m.undone_at IS NULL", k=keep_id)
            if later:
                raise DuplicateError(msg("The resource “{name}” was merged into has since been merged into "
                                         "“{other}”; undo that merge first.", name=name,
                                         other=later[0]["name"] or msg("another resource")))
            raise DuplicateError(msg("The resource “{name}” was merged into has been deleted since, so the merge "
                                     "cannot be undone.", name=name))
        if _rows(session, "SELECT 1 FROM resources WHERE id = :r", r=remove_id):
            raise DuplicateError(msg("A resource with the id of “{name}” is in the catalogue again, so the merge "
                                     "cannot be undone.", name=name))
        kept = kept[0]
        snapshot = json.loads(merge["snapshot"])
        if snapshot.get("version") != SNAPSHOT_VERSION:
            raise DuplicateError(msg("This merge was recorded by another version of Resource Desk and cannot be "
                                     "undone."))
        rid = {"k": keep_id, "r": remove_id}

        # The kept one: its earlier values, where they are still what the merge made them.
        before, after = snapshot["kept_before"], snapshot["kept_after"]
        restore = {f: before[f] for f in before if f in kept and kept[f] == after[f]}
        if restore:
            _exec(session, "UPDATE resources SET " + ", ".join(f"{f} = :v_{f}" for f in restore) + " WHERE id = :k",
                  **{f"v_{f}": v for f, v in restore.items()}, **rid)
        for tag_id in snapshot["added_tags"]:
            _exec(session, "DELETE FROM resource_tags WHERE resource_id = :k AND tag_id = :t", t=tag_id, **rid)
        for term_id in snapshot["added_terms"]:
            _exec(session, "DELETE FROM resource_taxonomy_terms WHERE resource_id = :k AND term_id = :t", t=term_id,
                  **rid)
        for change in snapshot["made_confidential"]:
            _exec(session, "UPDATE addresses SET confidential = :b WHERE id = :id AND confidential = :a",
                  b=change["before"], a=change["after"], id=change["id"])
        for first, second in snapshot["added_dismissals"]:
            _exec(session, "DELETE FROM duplicate_dismissals WHERE resource_a = :a AND resource_b = :b", a=first,
                  b=second)

        # The removed one, whole: its row, then its phones and addresses (those that moved go back).
        removed = dict(snapshot["removed"])
        if _rows(session, "SELECT 1 FROM resources WHERE pk = :pk", pk=removed.get("pk")):
            removed.pop("pk")  # a resource made since took its number: it gets a new one
        _restore_row(session, "resources", removed, _columns(session, "resources"))
        for table, moved_ids, key_of in (("phones", snapshot["moved_phones"], _phone_key),
                                         ("addresses", snapshot["moved_addresses"], _address_key)):
            columns = _columns(session, table)
            moved_ids = set(moved_ids)
            for row in snapshot[table]:
                if row["id"] in moved_ids:
                    if _rows(session, f"SELECT 1 FROM {table} WHERE id = :id AND resource_id = :k", id=row["id"],
                             **rid):
                        values = {c: v for c, v in row.items() if c in columns and c != "id"}
                        _exec(session, f"UPDATE {table} SET " + ", ".join(f"{c} = :v_{c}" for c in values)
                              + " WHERE id = :id", id=row["id"], **{f"v_{c}": v for c, v in values.items()})
                    else:  # the kept one was edited since and its rows made anew: drop the copy
                        for other in _rows(session, f"SELECT * FROM {table} WHERE resource_id = :k", **rid):
                            if key_of(other) == key_of(row):
                                _exec(session, f"DELETE FROM {table} WHERE id = :id", id=other["id"])
                if not _rows(session, f"SELECT 1 FROM {table} WHERE id = :id", id=row["id"]):
                    _restore_row(session, table, row, columns)
        for row in snapshot["tags"]:
            if _rows(session, "SELECT 1 FROM tags WHERE id = :t", t=row["tag_id"]):
                _restore_row(session, "resource_tags", row, _columns(session, "resource_tags"))
        for row in snapshot["terms"]:
            if _rows(session, "SELECT 1 FROM taxonomy_terms WHERE id = :t", t=row["term_id"]):
                _restore_row(session, "resource_taxonomy_terms", row, _columns(session, "resource_taxonomy_terms"))

        # Saved lists: the moved entries go back to it; the kept one's entries get their place back.
        columns = _columns(session, "saved_list_items")
        for row in snapshot["list_items"]:
            list_id = row["saved_list_id"]
            if not _rows(session, "SELECT 1 FROM saved_lists WHERE id = :l", l=list_id):
                continue
            if list_id in snapshot["moved_lists"]:
                _exec(session, "DELETE FROM saved_list_items WHERE saved_list_id = :l AND resource_id = :k",
                      l=list_id, **rid)
            _restore_row(session, "saved_list_items", row, columns)
        for old, new in zip(snapshot["kept_list_items_before"], snapshot["kept_list_items_after"]):
            _exec(session, "UPDATE saved_list_items SET position = :p, note = :n WHERE saved_list_id = :l AND "
                           "resource_id = :k AND position = :p2 AND coalesce(note, '') = coalesce(:n2, '')",
                  p=old["position"], n=old["note"], p2=new["position"], n2=new["note"], l=old["saved_list_id"],
                  **rid)
        for row in snapshot["dismissals"]:
            other = row["resource_b"] if row["resource_a"] == remove_id else row["resource_a"]
            if _rows(session, "SELECT 1 FROM resources WHERE id = :o", o=other) and not _rows(
                    session, "SELECT 1 FROM duplicate_dismissals WHERE resource_a = :a AND resource_b = :b",
                    a=row["resource_a"], b=row["resource_b"]):
                _restore_row(session, "duplicate_dismissals", row, _columns(session, "duplicate_dismissals"))

        undone_at = _now()
        _exec(session, "UPDATE resource_merges SET undone_at = :u WHERE id = :m", u=undone_at, m=merge_id)
        return MergeRecord(id=merge_id, at=_datetime(merge["at"]), kept_id=keep_id, kept_name=kept["name"],
                           removed_id=remove_id, removed_name=name, undone_at=_datetime(undone_at))


def _datetime(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def list_merges(catalogue: Catalogue) -> list[MergeRecord]:
    """Every merge, newest first."""
    with catalogue.connect() as connection:
        rows = connection.execute(
            "SELECT m.id, m.at, m.kept_id, r.name, m.removed_id, m.removed_name, m.undone_at "
            "FROM resource_merges m LEFT JOIN resources r ON r.id = m.kept_id ORDER BY m.at DESC, m.rowid DESC"
        ).fetchall()
    return [MergeRecord(id=mid, at=_datetime(at), kept_id=kept_id, kept_name=kept_name, removed_id=removed_id,
                        removed_name=removed_name, undone_at=_datetime(undone_at))
            for mid, at, kept_id, kept_name, removed_id, removed_name, undone_at in rows]
