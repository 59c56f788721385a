"""Finding the resource a row duplicates: in the catalogue, or earlier in the same file.

Built once per import from one light query, then answered from memory: the same id (or
the same id in the source, with a close name), the same folded name and organization, the
same name where the row has no organization and only one organization has a resource of
that name, or a shared phone number or web site with a close name (rapidfuzz, on those few
candidates only).

A duplicate is a question for the person, not a guess to act on, so the index never joins
what may be distinct: rows that carry different ids in the source, resources of
different organizations, or two resources linked only through a row without an
organization. Such look-alikes are left for "Possible duplicates" to show.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, text

from resource_desk.core.matching import CROWDED, NAME_SCORE, domain, name_key, name_score, same_organization
from resource_desk.core.messages import msg


@dataclass(frozen=True)
class Match:
    id: str
    reason: str
    score: int
    row: int | None  # the row of this import that created it; None for a resource already there


class DuplicateIndex:
    def __init__(self) -> None:
        self.entries: dict[str, tuple[str, str, int | None]] = {}  # id -> (name key, org key, row)
        self.source_ids: dict[str, str] = {}  # id -> the id the source gave it (external id)
        self.by_source: dict[str, list[str]] = {}
        self.by_key: dict[tuple[str, str], str] = {}
        self.by_name: dict[str, list[str]] = {}
        self.by_phone: dict[str, list[str]] = {}
        self.by_domain: dict[str, list[str]] = {}

    @classmethod
    def load(cls, connection: Connection) -> DuplicateIndex:
        index = cls()
        rows = connection.execute(text(
            "SELECT r.id, r.sort_name, r.name, coalesce(o.name, ''), coalesce(r.website, ''), "
            "coalesce(r.external_id, '') FROM resources r LEFT JOIN organizations o ON o.id = r.organization_id"))
        for rid, sort_name, name, org, site, source_id in rows:
            index.add(rid, sort_name or name_key(name), name_key(org), domain(site) if site else "", (), None,
                      source_id)
        for rid, normalized in connection.execute(text("SELECT resource_id, normalized FROM phones "
                                                       "WHERE normalized != ''")):
            index._append(index.by_phone, normalized, rid)
        return index

    @staticmethod
    def _append(table: dict[str, list[str]], key: str, rid: str) -> None:
        ids = table.get(key)
        if ids is None:
            table[key] = [rid]
        elif rid not in ids and len(ids) <= CROWDED:
            ids.append(rid)

    def add(self, rid: str, name: str, org: str, site: str, phones, row: int | None, source_id: str = "") -> None:
        self.entries[rid] = (name, org, row)
        if source_id:
            self.source_ids[rid] = source_id
            self._append(self.by_source, source_id, rid)
        self.by_key.setdefault((name, org), rid)
        self._append(self.by_name, name, rid)
        if site:
            self._append(self.by_domain, site, rid)
        for phone in phones:
            self._append(self.by_phone, phone, rid)

    def extend(self, rid: str, site: str, phones, org: str = "") -> None:
        """More phones or a web site for a resource already in the index (after a merge), and
        its organization when it had none (so it is never matched to another one's rows)."""
        name, own_org, row = self.entries[rid]
        if org and not own_org:
            self.entries[rid] = (name, org, row)
            self.by_key.setdefault((name, org), rid)
        if site:
            self._append(self.by_domain, site, rid)
        for phone in phones:
            self._append(self.by_phone, phone, rid)

    def _distinct(self, candidate: str, source_id: str) -> bool:
        """The row and the candidate carry different ids in the source: different records."""
        other = self.source_ids.get(candidate)
        return bool(source_id and other and other != source_id)

    def match(self, rid: str | None, name: str, org: str, site: str, phones, source_id: str = "") -> Match | None:
        entries = self.entries
        if rid and rid in entries:
            return Match(rid, msg("same id"), 100, entries[rid][2])
        if rid:  # a Resource Desk id of another record: never one of the file's other rows
            source_id = source_id or rid
        for candidate in self.by_source.get(source_id, ()) if source_id else ():
            other_name, other_org, row = entries[candidate]
            if (org and other_org and same_organization(org, other_org)) or name_score(name, other_name) >= NAME_SCORE:
                return Match(candidate, msg("same id in the source"), 100, row)
        found = self.by_key.get((name, org))
        if found is not None and not self._distinct(found, source_id):
            return Match(found, msg("same name and organization"), 100, entries[found][2])
        named = [c for c in self.by_name.get(name, ()) if not self._distinct(c, source_id)]
        if not org:
            orgs = {entries[c][1] for c in named}
            if named and len(orgs) == 1:
                # Only one organization has a resource of this name: the row without one is about it.
                candidate = named[0]
                return Match(candidate, msg("same name"), 100, entries[candidate][2])
        else:
            for candidate in named:
                if not entries[candidate][1]:  # it takes this organization (``extend``), and no other
                    return Match(candidate, msg("same name"), 100, entries[candidate][2])
        candidates: dict[str, str] = {}
        for phone in phones:
            ids = self.by_phone.get(phone)
            if ids and len(ids) <= CROWDED:
                for candidate in ids:
                    candidates.setdefault(candidate, "phone")
        if site:
            ids = self.by_domain.get(site)
            if ids and len(ids) <= CROWDED:
                for candidate in ids:
                    candidates.setdefault(candidate, "web site")
        best: Match | None = None
        if not candidates:
            return None
        for candidate, why in candidates.items():
            other_name, other_org, row = entries[candidate]
            if not same_organization(org, other_org):
                continue  # different organizations: never merged
            if self._distinct(candidate, source_id):
                continue
            score = name_score(name, other_name)  # 0 for "Site 1" and "Site 2": different places
            if score >= NAME_SCORE and (best is None or score > best.score):
                reason = (msg("same phone and a close name ({score}%)", score=score) if why == "phone"
                          else msg("same web site and a close name ({score}%)", score=score))
                best = Match(candidate, reason, score, row)

        return best
