"""The transactional batch writer: one import, one transaction, one ImportBatch.

Records arrive one at a time; each is matched against the duplicate index and then
created, merged into the resource an earlier row of the same file created, used to
update an existing resource, or skipped. Every few thousand records the batch is written:
new resources' rows through a helper thread (the store's bulk load), updates directly
(no ORM objects either way). Everything happens inside the
caller's transaction: a cancel, an error or a killed process leaves the catalogue as it
was. What the batch changed is recorded so that it can be undone: the ids it created and,
for every resource it updated, the previous values and the ids of the rows it added.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import Connection, bindparam, insert, select, text, update

from resource_desk.core.messages import joined, msg
from resource_desk.core.models import Organization, Resource, Tag, TaxonomyTerm, utcnow
from resource_desk.core.phones import normalize
from resource_desk.core.records import AddressRecord
from resource_desk.core.vocabulary import color_for
from resource_desk.core.matching import domain, name_key
from resource_desk.importing.dedup import DuplicateIndex
from resource_desk.importing.ids import uuid7_text
from resource_desk.importing.records import JOINED_FIELDS, RESOURCE_FIELDS, ImportRecord, SourceTerm, address_key
from resource_desk.importing.tagging import TagResolver

if TYPE_CHECKING:
    from resource_desk.store.protocol import BulkLoad

POLICIES = ("update", "skip", "keep-both")
# Rows go to the driver as tuples (staged for the helper thread, or executemany for the
# rows an update adds): SQLAlchemy's per-row parameter processing cost more than SQLite's. Dates and times are converted with
# the dialect's own processors, so the stored text is exactly what the ORM writes.
_RESOURCE_COLUMNS = ("pk", "id", "organization_id", "name", "kind", "description", "eligibility", "age_min", "age_max",
                     "cost", "fees", "delivery", "hours", "languages", "accessibility", "status", "website", "email",
                     "last_verified", "verified_by", "private_notes", "import_batch_id", "external_id", "sort_name",
                     "created_at", "updated_at")
_PHONE_COLUMNS = ("id", "resource_id", "number", "normalized", "extension", "kind", "label", "position")
_ADDRESS_COLUMNS = ("id", "resource_id", "lines", "city", "region", "postal_code", "country", "confidential",
                    "latitude", "longitude", "position")


def _insert_sql(table: str, columns: tuple[str, ...]) -> str:
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"


_INSERT_PHONE = _insert_sql("phones", _PHONE_COLUMNS)
_INSERT_ADDRESS = _insert_sql("addresses", _ADDRESS_COLUMNS)
_INSERT_LINK = "INSERT INTO resource_tags (resource_id, tag_id) VALUES (?, ?)"
_LINK_COLUMNS = ("resource_id", "tag_id")
_INSERT_CATEGORY = "INSERT INTO resource_taxonomy_terms (resource_id, term_id) VALUES (?, ?)"
_CATEGORY_COLUMNS = ("resource_id", "term_id")
_TRANSLATION_COLUMNS = ("resource_id", "language", "field", "text")
_INSERT_TRANSLATION = _insert_sql("resource_translations", _TRANSLATION_COLUMNS)
# New resources' rows are staged, then moved on a helper thread in this order (a phone,
# address, tag link or index row needs its resource first): see the store's bulk load.
_STAGES = {
    "rd_stage_resources": ("resources", _RESOURCE_COLUMNS),
    "rd_stage_phones": ("phones", _PHONE_COLUMNS),
    "rd_stage_addresses": ("addresses", _ADDRESS_COLUMNS),
    "rd_stage_links": ("resource_tags", _LINK_COLUMNS),
    "rd_stage_categories": ("resource_taxonomy_terms", _CATEGORY_COLUMNS),
    "rd_stage_translations": ("resource_translations", _TRANSLATION_COLUMNS),
}
BATCH_SIZE = 2000
_RESOURCES = Resource.__table__
_ORGANIZATIONS = Organization.__table__
_TAGS = Tag.__table__
_TERMS = TaxonomyTerm.__table__


@dataclass
class Counts:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0
    merged: int = 0


@dataclass(frozen=True)
class DuplicateMatch:
    """A row that matched a resource, and what was (or would be) done about it."""

    file: str | None
    row: int | None
    name: str
    existing_id: str
    existing_name: str
    existing_organization: str | None
    reason: str
    score: int
    within_file: bool  # the resource came from an earlier row of the same import
    action: str  # update, skip, keep-both
    changes: tuple[str, ...] = ()  # fields an update changes (empty: nothing would change)

    @property
    def key(self) -> str:
        return row_key(self.file, self.row)


# What an update would change (``DuplicateMatch.changes``), in words for the person.
CHANGE_WORDS = {
    "name": msg("name"), "kind": msg("kind"), "description": msg("description"), "eligibility": msg("eligibility"),
    "age_min": msg("lowest age"), "age_max": msg("highest age"), "cost": msg("cost"), "fees": msg("fees"),
    "delivery": msg("delivery"), "hours": msg("hours"), "accessibility": msg("accessibility"),
    "status": msg("status"), "website": msg("website"), "email": msg("email"),
    "last_verified": msg("last verified"), "verified_by": msg("verified by"), "private_notes": msg("private notes"),
    "external_id": msg("id in the source"), "organization_id": msg("organization"), "languages": msg("languages"),
    "phones": msg("phones"), "addresses": msg("addresses"), "tags": msg("tags"),
    "categories": msg("source categories"), "translations": msg("translations"),
}


def changes_said(changes: tuple[str, ...]) -> str:
    """``DuplicateMatch.changes`` in words: "description, phones"."""
    return joined(", ", [CHANGE_WORDS.get(name, name) for name in changes])


def row_key(file: str | None, row: int | None) -> str:

    return f"{file or ''}:{row if row is not None else ''}"


def _json_value(value: object) -> object:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return value


@dataclass
class _Pending:
    rec: ImportRecord
    rows: list[int | None] = field(default_factory=list)
    created: bool = False  # merging into a resource this import created (nothing to undo)


class BatchWriter:
    def __init__(self, connection: Connection, batch_id: str, tags: TagResolver, policy: str = "update",
                 choices: dict[str, str] | None = None, collect_matches: bool = False,
                 batch_size: int = BATCH_SIZE, *, load: BulkLoad,
                 before_first_insert: Callable[[int], None] | None = None):
        if policy not in POLICIES:
            raise ValueError(f"unknown duplicate policy {policy!r}")
        self.conn = connection
        self.batch_id = batch_id
        self.tags = tags
        self.policy = policy
        self.choices = choices or {}
        self.collect = collect_matches
        self.batch_size = batch_size
        self.now = utcnow().replace(microsecond=0)
        # The dialect's own processors (not the generic types', which have none), so dates and
        # times are stored exactly as the ORM stores them.
        dialect = connection.dialect

        def processor(column):
            return column.type.dialect_impl(dialect).bind_processor(dialect) or (lambda v: v)

        self._date = processor(_RESOURCES.c.last_verified)
        self._now_text = processor(_RESOURCES.c.created_at)(self.now)
        self.counts = Counts()
        self.index = DuplicateIndex.load(connection)
        # Given here rather than by SQLite: a batch's search index rows are found by them.
        self._next_pk = connection.execute(text("SELECT coalesce(max(pk), 0) FROM resources")).scalar_one() + 1
        self._before_first_insert = before_first_insert  # told how many resources the first batch creates
        self.load = load
        # New resources' rows (and their search index rows) go through the store's helper thread.
        self.background = load.background(_STAGES, "rd_stage_resources")
        # name key -> [id, alternate name, description, website, email]
        self.orgs: dict[str, list] = {}
        for org_id, name, alternate, description, website, email in load.organizations_in_order():
            self.orgs.setdefault(name_key(name), [org_id, alternate, description, website, email])
        self._org_keys: dict[str, str] = {}
        self._name_keys: dict[str, str] = {}  # resource id -> name key, for the rows waiting to be written
        self._pending: dict[str, ImportRecord] = {}
        self._updates: dict[str, _Pending] = {}
        self._new_orgs: list[dict] = []
        self._org_changes: dict[str, dict] = {}
        self._tags_written: set[str] = set()
        self.created_ids: list[str] = []
        self.updated: dict[str, dict] = {}
        self.orgs_created: list[str] = []
        self.orgs_updated: dict[str, dict] = {}
        self.tags_created: list[str] = []
        self.terms = TermRegistry(connection)
        self.fts_extra_ids: set[str] = set()
        self._matches: list[tuple] = []
        self._changes_by_id: dict[str, tuple[str, ...]] = {}

    # -- one record ----------------------------------------------------------------------

    def add(self, rec: ImportRecord) -> None:
        shown = rec.name
        name = name_key(shown)
        org = ""
        if rec.organization:
            org = self._org_keys.get(rec.organization)
            if org is None:
                org = self._org_keys[rec.organization] = name_key(rec.organization)
        site = domain(rec.fields.get("website"))  # type: ignore[arg-type]
        phones = [p.normalized for p in rec.phones if p.normalized]
        source_id = str(rec.fields.get("external_id") or rec.id or "")
        self._organization_id(rec)  # every organization of the file is in the catalogue afterwards
        match = self.index.match(rec.id, name, org, site, phones, source_id)
        if match is None:
            self._create(rec, name, org, site, phones, source_id)
        else:
            action = self.choices.get(row_key(rec.file, rec.row), self.policy)
            if action == "keep-both":
                if rec.id and rec.id in self.index.entries:
                    rec.id = None
                self._create(rec, name, org, site, phones, source_id)
            elif action == "skip":
                self.counts.skipped += 1
            else:
                action = "update"
                if match.row is not None:
                    self.counts.merged += 1
                    target = self._pending.get(match.id)
                    if target is not None:
                        merge_into(target, rec)
                    else:
                        self._queue_update(match.id, rec, created=True)
                else:
                    if match.reason != "same id":
                        # Matched by its name (or a close one): the catalogue's spelling stays.
                        rec.fields.pop("name", None)
                    self._queue_update(match.id, rec, created=False)
                self.index.extend(match.id, site, phones, org)
            if self.collect:
                self._matches.append((rec.file, rec.row, shown, match, action))
        if len(self._pending) + len(self._updates) >= self.batch_size:
            self.flush()

    def _create(self, rec: ImportRecord, name: str, org: str, site: str, phones: list[str],
                source_id: str = "") -> None:
        rid = rec.id or uuid7_text()
        rec.id = rid
        self.index.add(rid, name, org, site, phones, rec.row, source_id)
        self._pending[rid] = rec
        self._name_keys[rid] = name

    def _queue_update(self, rid: str, rec: ImportRecord, created: bool) -> None:
        pending = self._updates.get(rid)
        if pending is None:
            self._updates[rid] = _Pending(rec, [rec.row], created)
        else:
            merge_into(pending.rec, rec)
            pending.rows.append(rec.row)
            if not created:
                self.counts.merged += 1

    # -- writing -------------------------------------------------------------------------

    def flush(self) -> None:
        self.background.wait()
        if self._before_first_insert is not None:
            self._before_first_insert(len(self._pending))
            self._before_first_insert = None
        if self._pending:
            self._insert_created()
        if self._updates:
            self._apply_updates()
        self._write_organizations()

    def _organization_id(self, rec: ImportRecord) -> str | None:
        if not rec.organization:
            return None
        key = self._org_keys.get(rec.organization)
        if key is None:
            key = self._org_keys[rec.organization] = name_key(rec.organization)
        if not key:
            return None
        entry = self.orgs.get(key)
        extra = rec.org_fields
        if entry is None:
            org_id = uuid7_text()
            entry = self.orgs[key] = [org_id, extra.get("alternate_name"), extra.get("description"),
                                      extra.get("website"), extra.get("email")]
            self._new_orgs.append({
                "id": org_id, "name": rec.organization[:300], "alternate_name": entry[1], "description": entry[2],
                "website": entry[3], "email": entry[4], "created_at": self.now, "updated_at": self.now,
            })
            self.orgs_created.append(org_id)
            return org_id
        for position, column in ((1, "alternate_name"), (2, "description"), (3, "website"), (4, "email")):
            value = extra.get(column)
            if value and not entry[position]:
                entry[position] = value
                if entry[0] not in self.orgs_created:
                    self.orgs_updated.setdefault(entry[0], {})[column] = None
                    self._org_changes.setdefault(entry[0], {})[column] = value
                else:
                    for row in self._new_orgs:
                        if row["id"] == entry[0]:
                            row[column] = value
                            break
                    else:
                        self._org_changes.setdefault(entry[0], {})[column] = value
        return entry[0]

    def ensure_organization(self, name: str, fields: dict[str, str]) -> None:
        """An organization of the file that no resource row named (HSDS organizations without
        services, iCarol agencies): in the catalogue afterwards all the same."""
        rec = ImportRecord(None)
        rec.organization = name
        rec.org_fields = {k: v for k, v in fields.items() if v}
        self._organization_id(rec)

    def _write_organizations(self) -> None:
        if self._new_orgs or self._org_changes:
            self.background.wait()
        if self._new_orgs:
            self.conn.execute(insert(_ORGANIZATIONS), self._new_orgs)
            self._new_orgs = []
        for org_id, values in self._org_changes.items():
            self.conn.execute(update(_ORGANIZATIONS).where(_ORGANIZATIONS.c.id == org_id).values(**values,
                                                                                                   updated_at=self.now))
        self._org_changes = {}

    def _write_new_tags(self, tag_ids) -> None:
        rows = []
        for tag_id in tag_ids:
            if tag_id in self._tags_written or tag_id in self.tags.name_of:
                continue
            pending = self.tags._pending_by_id.get(tag_id)
            if pending is None:
                continue
            self._tags_written.add(tag_id)
            self.tags_created.append(tag_id)
            rows.append({"id": tag_id, "facet": pending.facet, "name": pending.name, "description": None,
                         "color": color_for(pending.name), "codes": ""})
        if rows:
            self.conn.execute(insert(_TAGS), rows)

    def _insert_created(self) -> None:
        resources, phones, addresses, links, categories, tag_ids = [], [], [], [], [], []
        translations = []
        now, batch, to_date = self._now_text, self.batch_id, self._date
        term_id = self.terms.id_of
        for rid, rec in self._pending.items():
            f = rec.fields.get
            name = str(f("name"))
            if len(name) > 300:
                name = name[:300]
            verified = f("last_verified")
            pk = self._next_pk
            self._next_pk += 1
            resources.append((
                pk, rid, self._organization_id(rec), name, f("kind") or "community_resource", f("description"),
                f("eligibility"), f("age_min"), f("age_max"), f("cost"), f("fees"), f("delivery"), f("hours"),
                " ".join(rec.languages), f("accessibility"), f("status") or "active", f("website"), f("email"),
                to_date(verified) if verified is not None else None, f("verified_by"), f("private_notes"), batch,
                f("external_id"), self._name_keys.get(rid) if len(name) < 300 else name_key(name), now, now,
            ))
            for position, phone in enumerate(rec.phones):
                phones.append(_phone_row(rid, phone, position))
            for position, address in enumerate(rec.addresses):
                addresses.append(_address_row(rid, address, position))
            for tag_id in rec.tag_ids:
                links.append((rid, tag_id))
                tag_ids.append(tag_id)
            for term in dict.fromkeys(term_id(t) for t in rec.categories):
                categories.append((rid, term))
            translations.extend((rid, language, field, text) for (language, field), text in rec.translations.items())
        self._write_organizations()
        self._write_new_tags(tag_ids)
        self.terms.write(self.conn)
        stage = self.background.stage
        stage("rd_stage_resources", resources)
        stage("rd_stage_phones", phones)
        stage("rd_stage_addresses", addresses)
        stage("rd_stage_links", links)
        stage("rd_stage_categories", categories)
        stage("rd_stage_translations", translations)
        self.background.start()
        self.created_ids.extend(self._pending)
        self.counts.created += len(self._pending)
        self._pending = {}
        self._name_keys = {}

    def _executemany(self, sql: str, rows: list[tuple]) -> None:
        self.load.executemany(sql, rows)

    def _apply_updates(self) -> None:
        self.background.wait()
        ids = list(self._updates)
        current = self._load_current(ids)
        updates: dict[tuple, list[dict]] = {}
        phones, addresses, links, categories, tag_ids, translations = [], [], [], [], [], []
        for rid in ids:
            pending = self._updates[rid]
            rec = pending.rec
            state = current.get(rid)
            if state is None:
                continue
            row = state["row"]
            changed: dict[str, object] = {}
            for name, value in rec.fields.items():
                old = row[name]
                if name == "private_notes" and old:
                    lines = str(old).split("\n")
                    extra = [line for line in str(value).split("\n") if line not in lines]
                    value = "\n".join(lines + extra) if extra else old
                if name == "name":
                    value = str(value)[:300]
                if value != old:
                    changed[name] = value
            if "name" in changed:
                changed["sort_name"] = name_key(str(changed["name"]))
            org_id = self._organization_id(rec)
            if org_id is not None and org_id != row["organization_id"]:
                changed["organization_id"] = org_id
            languages = row["languages"].split() if row["languages"] else []
            added_languages = [code for code in rec.languages if code not in languages]
            if added_languages:
                changed["languages"] = " ".join(languages + added_languages)
            new_phones = [p for p in rec.phones if (p.normalized, p.extension, p.kind) not in state["phones"]]
            new_addresses = [a for a in rec.addresses if address_key(a) not in state["addresses"]]
            new_tags = [t for t in rec.tag_ids if t not in state["tags"]]
            new_terms = [t for t in dict.fromkeys(self.terms.id_of(c) for c in rec.categories)
                         if t not in state["categories"]]
            # A translation the resource has already is kept: an update never overwrites text.
            new_translations = [(key, text) for key, text in rec.translations.items()
                                if key not in state["translations"]]
            what = tuple(sorted(k for k in changed if k != "sort_name")) + tuple(
                name for name, items in (("phones", new_phones), ("addresses", new_addresses), ("tags", new_tags),
                                         ("categories", new_terms), ("translations", new_translations)) if items)
            self._changes_by_id[rid] = what
            if not pending.created:
                if what:
                    self.counts.updated += 1
                else:
                    self.counts.unchanged += 1
            if not what:
                continue
            undo = None
            if not pending.created:
                undo = self.updated.setdefault(rid, {"fields": {}, "phones": [], "addresses": [], "tags": [],
                                                     "categories": []})
                for name in changed:
                    if name not in undo["fields"]:
                        undo["fields"][name] = _json_value(row[name])
            if changed:
                changed["updated_at"] = self.now
                updates.setdefault(tuple(sorted(changed)), []).append({"b_id": rid, **changed})
            for offset, phone in enumerate(new_phones):
                phone_row = _phone_row(rid, phone, state["phone_count"] + offset)
                phones.append(phone_row)
                if undo is not None:
                    undo["phones"].append(phone_row[0])
            for offset, address in enumerate(new_addresses):
                address_row = _address_row(rid, address, state["address_count"] + offset)
                addresses.append(address_row)
                if undo is not None:
                    undo["addresses"].append(address_row[0])
            for tag_id in new_tags:
                links.append((rid, tag_id))
                tag_ids.append(tag_id)
                if undo is not None:
                    undo["tags"].append(tag_id)
            for term in new_terms:
                categories.append((rid, term))
                if undo is not None:
                    undo["categories"].append(term)
            for (language, field), text in new_translations:
                translations.append((rid, language, field, text))
                if undo is not None:
                    undo.setdefault("translations", []).append([language, field])
            if new_tags or new_terms or new_translations:
                self.fts_extra_ids.add(rid)
        self._write_organizations()
        self._write_new_tags(tag_ids)
        self.terms.write(self.conn)
        for columns, params in updates.items():
            statement = update(_RESOURCES).where(_RESOURCES.c.id == bindparam("b_id")).values(
                {c: bindparam(c) for c in columns})
            self.conn.execute(statement, params)
        self._executemany(_INSERT_PHONE, phones)
        self._executemany(_INSERT_ADDRESS, addresses)
        self._executemany(_INSERT_LINK, links)
        self._executemany(_INSERT_CATEGORY, categories)
        self._executemany(_INSERT_TRANSLATION, translations)
        self._updates = {}

    def _load_current(self, ids: list[str]) -> dict[str, dict]:
        # Straight through the driver (as the inserts): SQLAlchemy's per-row result handling
        # cost more than the queries. Columns with a result processor (dates) are converted
        # with the dialect's own, so the values compared are those the ORM would read.
        names = ("id", "organization_id", "languages", "sort_name") + RESOURCE_FIELDS
        dialect = self.conn.dialect
        processors = [(position, processor) for position, name in enumerate(names)
                      if (processor := _RESOURCES.c[name].type.dialect_impl(dialect).result_processor(dialect, None))
                      is not None]
        state: dict[str, dict] = {}
        run = self.load.fetch

        for start in range(0, len(ids), 500):
            chunk = tuple(ids[start:start + 500])
            marks = ", ".join("?" * len(chunk))
            for values in run(f"SELECT {', '.join(names)} FROM resources WHERE id IN ({marks})", chunk):
                if processors:
                    values = list(values)
                    for position, processor in processors:
                        values[position] = processor(values[position])
                state[values[0]] = {"row": dict(zip(names, values)), "phones": set(), "addresses": set(),
                                    "tags": set(), "categories": set(), "translations": set(), "phone_count": 0,
                                    "address_count": 0}
            for rid, normalized, extension, kind, position in run(
                    "SELECT resource_id, normalized, extension, kind, position FROM phones "
                    f"WHERE resource_id IN ({marks})", chunk):
                entry = state.get(rid)
                if entry is not None:
                    entry["phones"].add((normalized, extension, kind))
                    entry["phone_count"] = max(entry["phone_count"], (position or 0) + 1)
            for rid, lines, city, postal, position in run(
                    "SELECT resource_id, lines, city, postal_code, position FROM addresses "
                    f"WHERE resource_id IN ({marks})", chunk):
                entry = state.get(rid)
                if entry is not None:
                    entry["addresses"].add(address_key(AddressRecord(lines=lines or "", city=city,
                                                                     postal_code=postal)))
                    entry["address_count"] = max(entry["address_count"], (position or 0) + 1)
            for rid, tag_id in run(f"SELECT resource_id, tag_id FROM resource_tags WHERE resource_id IN ({marks})",
                                   chunk):
                entry = state.get(rid)
                if entry is not None:
                    entry["tags"].add(tag_id)
            for rid, term_id in run("SELECT resource_id, term_id FROM resource_taxonomy_terms "
                                    f"WHERE resource_id IN ({marks})", chunk):
                entry = state.get(rid)
                if entry is not None:
                    entry["categories"].add(term_id)
            for rid, language, field in run("SELECT resource_id, language, field FROM resource_translations "
                                            f"WHERE resource_id IN ({marks})", chunk):
                entry = state.get(rid)
                if entry is not None:
                    entry["translations"].add((language, field))
        return state

    # -- the end -------------------------------------------------------------------------

    def finish(self) -> None:
        """Everything written: the last batch flushed and the helper thread done."""
        self.flush()
        self.background.wait()

    def close(self) -> None:
        """After ``finish`` or an error: the helper thread stopped, its staging tables gone."""
        self.background.close()

    def matches(self) -> list[DuplicateMatch]:
        if not self._matches:
            return []
        ids = list(dict.fromkeys(m[3].id for m in self._matches))
        names: dict[str, tuple[str, str | None]] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            rows = self.conn.execute(
                select(_RESOURCES.c.id, _RESOURCES.c.name, _ORGANIZATIONS.c.name)
                .select_from(_RESOURCES.outerjoin(_ORGANIZATIONS, _ORGANIZATIONS.c.id == _RESOURCES.c.organization_id))
                .where(_RESOURCES.c.id.in_(chunk)))
            for rid, name, org in rows:
                names[rid] = (name, org)
        result = []
        for file, row, name, match, action in self._matches:
            existing_name, existing_org = names.get(match.id, ("", None))
            changes = self._changes_by_id.get(match.id, ()) if action == "update" else ()
            result.append(DuplicateMatch(file, row, name, match.id, existing_name, existing_org, match.reason,
                                         match.score, match.row is not None, action, changes))
        return result

    def changes_json(self) -> str:
        return json.dumps({
            "created": self.created_ids,
            "updated": self.updated,
            "organizations_created": self.orgs_created,
            "organizations_updated": self.orgs_updated,
            "tags_created": self.tags_created,
            "terms_created": self.terms.created,
        }, ensure_ascii=False, separators=(",", ":"))


def merge_into(target: ImportRecord, rec: ImportRecord) -> None:
    """Fold a later row about the same resource into an earlier one: what the first left
    empty is filled, text that differs is added on a new line, lists are joined."""
    for name, value in rec.fields.items():
        if name in JOINED_FIELDS:
            target.add_text(name, value)  # type: ignore[arg-type]
        else:
            target.fields.setdefault(name, value)
    if not target.organization and rec.organization:
        target.organization = rec.organization
    for key, value in rec.org_fields.items():
        target.org_fields.setdefault(key, value)
    for phone in rec.phones:
        target.add_phone(phone)
    for address in rec.addresses:
        target.add_address(address)
    for tag_id in rec.tag_ids:
        target.add_tag(tag_id)
    for code in rec.languages:
        target.add_language(code)
    for term in rec.categories:
        target.add_category(term)
    for key, text in rec.translations.items():
        target.translations.setdefault(key, text)


class TermRegistry:
    """The catalogue's source categories by what identifies them (the scheme and the code,
    or the scheme and the path of names where there is no code); new ones are given ids as
    they are met and written, parents first, before the links that use them."""

    def __init__(self, connection: Connection):
        self._ids: dict[tuple, str] = {}
        self._unnamed: dict[str, str] = {}  # id -> code, terms stored without a name yet
        self._new: list[dict] = []
        self._named: dict[str, str] = {}
        self.created: list[str] = []
        rows = connection.execute(text("SELECT id, taxonomy, code, name, parent_id FROM taxonomy_terms")).all()
        by_id = {row[0]: row for row in rows}

        def path(row, depth=0) -> tuple[str, ...]:
            parent = by_id.get(row[4])
            above = path(parent, depth + 1) if parent is not None and depth < 20 else ()
            return above + (name_key(row[3]),)

        for row in rows:
            self._ids[self._key(row[1], row[2], path(row))] = row[0]
            if row[2] and not row[3]:
                self._unnamed[row[0]] = row[2]

    @staticmethod
    def _key(taxonomy: str, code: str, path: tuple[str, ...]) -> tuple:
        return (name_key(taxonomy), code.upper()) if code else (name_key(taxonomy), "", path)

    def id_of(self, term: SourceTerm) -> str:
        parent_id = None
        names: tuple[str, ...] = ()
        for depth, (code, name) in enumerate(term.parents):
            names += (name_key(name),)
            parent_id = self._one(term.taxonomy, code, name, names, parent_id)
        return self._one(term.taxonomy, term.code, term.name, names + (name_key(term.name),), parent_id)

    def _one(self, taxonomy: str, code: str, name: str, path: tuple[str, ...], parent_id: str | None) -> str:
        key = self._key(taxonomy, code, path)
        found = self._ids.get(key)
        if found is not None:
            if name and found in self._unnamed:  # a code first met without its name
                del self._unnamed[found]
                self._named[found] = name
            return found
        term_id = self._ids[key] = uuid7_text()
        self._new.append({"id": term_id, "taxonomy": taxonomy[:100], "code": code[:100], "name": name,
                          "parent_id": parent_id})
        if code and not name:
            self._unnamed[term_id] = code
        self.created.append(term_id)
        return term_id

    def write(self, connection: Connection) -> None:
        if self._new:
            for row in self._new:
                if row["id"] in self._named:
                    row["name"] = self._named.pop(row["id"])
            connection.execute(insert(_TERMS), self._new)
            self._new = []
        for term_id, name in self._named.items():
            connection.execute(update(_TERMS).where(_TERMS.c.id == term_id).values(name=name))
        self._named = {}


def _phone_row(rid: str, phone, position: int) -> tuple:
    return (uuid7_text(), rid, phone.number[:100], (phone.normalized or normalize(phone.number))[:40],
            phone.extension, phone.kind, phone.label, position)


def _address_row(rid: str, address, position: int) -> tuple:
    return (uuid7_text(), rid, address.lines or "", address.city, address.region, address.postal_code,
            address.country, 1 if address.confidential else 0, address.latitude, address.longitude, position)
