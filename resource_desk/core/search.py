"""Finding resources: full-text words plus filters, ranked by relevance then name.

Everything that knows about SQLite FTS5 lives here (the index itself is created by the
first migration and kept in step by triggers), so that another backend, such as
PostgreSQL's tsvector, can stand behind the same ``search`` call later.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import text
from sqlalchemy.orm import Session

from resource_desk.core.database import Catalogue
from resource_desk.core.records import HIDDEN_STATUSES, ResourceRow

_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class SearchQuery:
    """What the person asked for. Empty fields do not filter.

    Tags: within a facet any of the chosen tags will do (all of them with ``match_all``);
    across facets every facet's condition must hold.
    """

    text: str = ""
    tag_ids: tuple[str, ...] = ()
    match_all: bool = False
    kinds: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    costs: tuple[str, ...] = ()
    deliveries: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()  # empty: every status but the hidden ones
    include_hidden: bool = False  # inactive and do-not-refer too
    not_verified_months: int | None = None  # only those not verified in the last N months
    resource_ids: tuple[str, ...] | None = None  # restrict to these (a selection)


@dataclass(frozen=True)
class SearchPage:
    total: int
    rows: tuple[ResourceRow, ...] = field(default=())


def fts_expression(words: str, prefix_all: bool = False) -> str | None:
    """Every word required. The word still being typed (the last, unless a space follows it)
    is a prefix; words already finished are whole words, so "trans hou" finds trans housing,
    not "transitional" or "transportation". With ``prefix_all`` every word is a prefix.
    """
    tokens = _WORD.findall(words)
    if not tokens:
        return None
    typing = len(tokens) - 1 if words and not words[-1].isspace() else len(tokens)
    return " ".join(
        f'"{token}"*' if prefix_all or i == typing else f'"{token}"' for i, token in enumerate(tokens)
    )


def _months_ago(months: int, today: date | None = None) -> date:
    today = today or date.today()
    year, month = divmod(today.year * 12 + today.month - 1 - months, 12)
    month += 1
    day = min(today.day, 28)
    return date(year, month, day)


class _Sql:
    """The FROM and WHERE of one query, with its parameters."""

    def __init__(self, session: Session, query: SearchQuery, prefix_all: bool = False):
        self.params: dict[str, object] = {}
        self.where: list[str] = []
        self.match = fts_expression(query.text, prefix_all)
        self.source = "resources r"
        if self.match:
            self.source = "resource_fts f JOIN resources r ON r.pk = f.rowid"
            self.where.append("resource_fts MATCH :match")
            self.params["match"] = self.match
        self._tags(session, query)
        self._any_of("r.kind", "kind", query.kinds)
        self._any_of("r.cost", "cost", query.costs)
        self._any_of("r.delivery", "delivery", query.deliveries)
        if query.statuses:
            self._any_of("r.status", "status", query.statuses)
        elif not query.include_hidden:
            self.where.append("r.status NOT IN ('" + "', '".join(HIDDEN_STATUSES) + "')")
        if query.languages:
            clauses = []
            for i, code in enumerate(query.languages):
                self.params[f"lang{i}"] = f"% {code} %"
                clauses.append(f"(' ' || r.languages || ' ') LIKE :lang{i}")
            self.where.append("(" + " OR ".join(clauses) + ")")
        if query.not_verified_months is not None:
            self.params["verified_since"] = _months_ago(query.not_verified_months)
            self.where.append("(r.last_verified IS NULL OR r.last_verified < :verified_since)")
        if query.resource_ids is not None:
            self._any_of("r.id", "rid", query.resource_ids, allow_empty=True)

    def _any_of(self, column: str, name: str, values: tuple[str, ...], allow_empty: bool = False) -> None:
        if not values and not allow_empty:
            return
        if not values:
            self.where.append("0")
            return
        names = []
        for i, value in enumerate(values):
            self.params[f"{name}{i}"] = value
            names.append(f":{name}{i}")
        self.where.append(f"{column} IN ({', '.join(names)})")

    def _tags(self, session: Session, query: SearchQuery) -> None:
        if not query.tag_ids:
            return
        by_facet: dict[str, list[str]] = {}
        rows = session.execute(
            text("SELECT id, facet FROM tags WHERE id IN (" + ", ".join(f":t{i}" for i in range(len(query.tag_ids))) + ")"),
            {f"t{i}": tag for i, tag in enumerate(query.tag_ids)},
        )
        for tag_id, facet in rows:
            by_facet.setdefault(facet, []).append(tag_id)
        if len(by_facet) == 0:  # every chosen tag is gone: nothing can match
            self.where.append("0")
            return
        n = 0
        for facet_tags in by_facet.values():
            names = []
            for tag_id in facet_tags:
                self.params[f"tag{n}"] = tag_id
                names.append(f":tag{n}")
                n += 1
            if query.match_all:
                for name in names:
                    self.where.append(
                        f"EXISTS (SELECT 1 FROM resource_tags rt WHERE rt.resource_id = r.id AND rt.tag_id = {name})"
                    )
            else:
                self.where.append(
                    f"r.id IN (SELECT rt.resource_id FROM resource_tags rt WHERE rt.tag_id IN ({', '.join(names)}))"
                )

    @property
    def where_sql(self) -> str:
        return (" WHERE " + " AND ".join(self.where)) if self.where else ""

    @property
    def order_sql(self) -> str:
        return f" ORDER BY {_RANK}, r.sort_name" if self.match else " ORDER BY r.sort_name"


# Relevance: a word in the name counts most, then tags, then the organization.
_RANK = "bm25(resource_fts, 10.0, 3.0, 1.0, 1.0, 5.0, 1.0)"


def _plan(session: Session, query: SearchQuery) -> _Sql:
    """The query to run: whole words as typed; if that finds nothing, every word as a prefix
    ("hous food" still finds housing and food)."""
    sql = _Sql(session, query)
    loose = fts_expression(query.text, prefix_all=True)
    if sql.match and loose != sql.match:
        found = session.execute(text(f"SELECT 1 FROM {sql.source}{sql.where_sql} LIMIT 1"), sql.params).first()
        if found is None:
            return _Sql(session, query, prefix_all=True)
    return sql


_ROW_COLUMNS = (
    "r.pk, r.id, r.name, o.name, r.kind, r.status, r.cost, r.delivery, r.languages, r.last_verified"
)


def search(catalogue: Catalogue, query: SearchQuery, limit: int = 100, offset: int = 0,
           with_total: bool = True) -> SearchPage:
    """One page of results, best first, and (unless ``with_total`` is off) how many there are in all."""
    with catalogue.read() as session:
        sql = _plan(session, query)
        rows = session.execute(
            text(
                f"SELECT {_ROW_COLUMNS} FROM {sql.source} LEFT JOIN organizations o ON o.id = r.organization_id"
                f"{sql.where_sql}{sql.order_sql} LIMIT :limit OFFSET :offset"
            ),
            {**sql.params, "limit": limit, "offset": offset},
        ).all()
        total = _count(session, sql) if with_total else len(rows)
        tags = _tags_of(session, [row[1] for row in rows])
    return SearchPage(
        total=total,
        rows=tuple(
            ResourceRow(
                pk=row[0],
                id=row[1],
                name=row[2],
                organization=row[3],
                kind=row[4],
                status=row[5],
                cost=row[6],
                delivery=row[7],
                languages=tuple(row[8].split()) if row[8] else (),
                last_verified=date.fromisoformat(row[9]) if isinstance(row[9], str) else row[9],
                tags=tags.get(row[1], ()),
            )
            for row in rows
        ),
    )


def count(catalogue: Catalogue, query: SearchQuery) -> int:
    with catalogue.read() as session:
        return _count(session, _plan(session, query))


def matching_ids(catalogue: Catalogue, query: SearchQuery) -> list[str]:
    """Every matching resource id in result order (for exporting or printing a whole search)."""
    with catalogue.read() as session:
        sql = _plan(session, query)
        return list(
            session.scalars(text(f"SELECT r.id FROM {sql.source}{sql.where_sql}{sql.order_sql}"), sql.params)
        )


def facet_counts(catalogue: Catalogue, query: SearchQuery) -> dict[str, int]:
    """Tag id -> how many of the current results carry it (the counts beside the sidebar's tags)."""
    with catalogue.read() as session:
        sql = _plan(session, query)
        rows = session.execute(
            text(
                f"SELECT rt.tag_id, count(*) FROM resource_tags rt WHERE rt.resource_id IN "
                f"(SELECT r.id FROM {sql.source}{sql.where_sql}) GROUP BY rt.tag_id"
            ),
            sql.params,
        )
        return {tag_id: n for tag_id, n in rows}


def _count(session: Session, sql: _Sql) -> int:
    return session.execute(text(f"SELECT count(*) FROM {sql.source}{sql.where_sql}"), sql.params).scalar_one()


def _tags_of(session: Session, resource_ids: list[str]) -> dict[str, tuple[str, ...]]:
    if not resource_ids:
        return {}
    params = {f"r{i}": rid for i, rid in enumerate(resource_ids)}
    rows = session.execute(
        text(
            "SELECT rt.resource_id, t.facet || ':' || t.name FROM resource_tags rt JOIN tags t ON t.id = rt.tag_id"
            f" WHERE rt.resource_id IN ({', '.join(':' + k for k in params)}) ORDER BY t.facet, t.name"
        ),
        params,
    )
    result: dict[str, list[str]] = {}
    for resource_id, key in rows:
        result.setdefault(resource_id, []).append(key)
    return {k: tuple(v) for k, v in result.items()}
