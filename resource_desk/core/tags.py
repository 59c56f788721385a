"""The tag vocabulary: list, add, rename, recolor, merge, delete, aliases, and lookup by name.

Listing reads through the catalogue's store (the sidebar needs the tags before the window
first shows, and SQLAlchemy is not loaded by then); changes go through the ORM, imported
when they are made.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from resource_desk.core.errors import NotFound, UserError
from resource_desk.core.messages import msg
from resource_desk.core.records import TagRecord
from resource_desk.core.text import clean, fold
from resource_desk.core.vocabulary import color_for

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from resource_desk.core.database import Catalogue

    from resource_desk.core.models import Tag

FACETS = ("identity", "need")  # the keys of records.FACET_LABELS, in their order


class TagError(UserError, ValueError):
    """A tag change that cannot be made; the message is for the user."""


def tag_record(tag: Tag, resource_count: int = 0) -> TagRecord:
    return TagRecord(
        id=tag.id,
        facet=tag.facet,
        name=tag.name,
        color=tag.color,
        description=tag.description,
        codes=tuple(tag.codes.split()) if tag.codes else (),
        resource_count=resource_count,
        sensitive=tag.sensitive,
    )


def _with_aliases(tag: Tag, resource_count: int = 0) -> TagRecord:
    record = tag_record(tag, resource_count)
    return TagRecord(**{**record.__dict__, "aliases": tuple(sorted(a.alias for a in tag.aliases))})


def _in_order(records: Iterable[TagRecord]) -> list[TagRecord]:
    return sorted(records, key=lambda t: (FACETS.index(t.facet) if t.facet in FACETS else 99, fold(t.name)))


def list_tags(catalogue: Catalogue, facet: str | None = None, with_counts: bool = True) -> list[TagRecord]:
    """Tags by facet then name, each with its aliases and the number of resources that carry
    it. Counting reads every tag link (the (tag_id, resource_id) index, whole): callers that do
    not show the counts pass ``with_counts=False`` and get 0."""
    rows, aliases, keywords, counts = catalogue.store.tag_rows(facet, with_counts)
    return _in_order(
        TagRecord(id=tag_id, facet=tag_facet, name=name, color=color, description=description,
                  codes=tuple(codes.split()) if codes else (), aliases=tuple(sorted(aliases.get(tag_id, ()))),
                  resource_count=counts.get(tag_id, 0), keywords=tuple(sorted(keywords.get(tag_id, ()))))
        for tag_id, tag_facet, name, color, description, codes in rows)


def _already(name: str, facet: str) -> str:
    # One sentence for each facet: the window names the facet by its own label ("Who it serves").
    if facet == "identity":
        return msg("There is already a tag “{name}” in identity.", name=name)
    if facet == "need":
        return msg("There is already a tag “{name}” in need.", name=name)
    return msg("There is already a tag “{name}” in {facet}.", name=name, facet=facet)


def _other_facet(source: Tag, target: Tag) -> str:
    if (source.facet, target.facet) == ("identity", "need"):
        return msg("“{source}” (identity) and “{target}” (need) are in different facets and cannot be merged.",
                   source=source.name, target=target.name)
    if (source.facet, target.facet) == ("need", "identity"):
        return msg("“{source}” (need) and “{target}” (identity) are in different facets and cannot be merged.",
                   source=source.name, target=target.name)
    return msg("“{source}” ({source_facet}) and “{target}” ({target_facet}) are in different facets and cannot be "
               "merged.", source=source.name, source_facet=source.facet, target=target.name,
               target_facet=target.facet)


def _check_name(session: Session, facet: str, name: str, except_id: str | None = None) -> str:
    from sqlalchemy import select

    from resource_desk.core.models import Tag

    name = clean(name)
    if not name:
        raise TagError(msg("A tag needs a name."))
    if facet not in FACETS:
        raise TagError(msg("Unknown facet “{facet}”; use one of: {facets}.", facet=facet, facets=", ".join(FACETS)))
    for tag in session.scalars(select(Tag).where(Tag.facet == facet)):
        if tag.id != except_id and fold(tag.name) == fold(name):
            raise TagError(_already(tag.name, facet))
    return name


def add_tag(catalogue: Catalogue, facet: str, name: str, color: str | None = None,
            description: str | None = None) -> TagRecord:
    from resource_desk.core.models import Tag

    with catalogue.write() as session:
        name = _check_name(session, facet, name)
        tag = Tag(facet=facet, name=name, color=color or color_for(name), description=description, codes="")
        session.add(tag)
        session.flush()
        return tag_record(tag)


def _get(session: Session, tag_id: str) -> Tag:
    from resource_desk.core.models import Tag

    tag = session.get(Tag, tag_id)
    if tag is None:
        raise NotFound(msg("no tag with id {id}", id=tag_id))
    return tag


def rename_tag(catalogue: Catalogue, tag_id: str, new_name: str) -> TagRecord:
    """Rename; the old name stays as an alias so imports keep matching it."""
    with catalogue.write() as session:
        tag = _get(session, tag_id)
        new_name = _check_name(session, tag.facet, new_name, except_id=tag.id)
        old = fold(tag.name)
        tag.name = new_name
        _add_alias(session, tag, old)
        return tag_record(tag)


def update_tag(catalogue: Catalogue, tag_id: str, *, color: str | None = None,
               description: str | None = None, codes: Iterable[str] | None = None) -> TagRecord:
    with catalogue.write() as session:
        tag = _get(session, tag_id)
        if color is not None:
            tag.color = color or None
        if description is not None:
            tag.description = description or None
        if codes is not None:
            tag.codes = " ".join(dict.fromkeys(c.strip() for c in codes if c.strip()))
        return tag_record(tag)


def recolor_tag(catalogue: Catalogue, tag_id: str, color: str | None) -> TagRecord:
    return update_tag(catalogue, tag_id, color=color or "")


def merge_tags(catalogue: Catalogue, source_ids: Iterable[str], target_id: str) -> int:
    """Fold tags into one: their resources keep the surviving tag, their names become its aliases.

    Returns how many resources gained the surviving tag.
    """
    from sqlalchemy import insert, select

    from resource_desk.core.models import TagKeyword, resource_tags

    sources = [s for s in source_ids if s != target_id]
    with catalogue.write() as session:
        target = _get(session, target_id)
        gained = 0
        for source_id in sources:
            source = _get(session, source_id)
            if source.facet != target.facet:
                raise TagError(_other_facet(source, target))
            have = set(session.scalars(select(resource_tags.c.resource_id).where(resource_tags.c.tag_id == target.id)))
            moving = [rid for rid in session.scalars(
                select(resource_tags.c.resource_id).where(resource_tags.c.tag_id == source.id)) if rid not in have]
            if moving:
                session.execute(insert(resource_tags), [{"resource_id": rid, "tag_id": target.id} for rid in moving])
                gained += len(moving)
            aliases = [a.alias for a in source.aliases] + [fold(source.name)]
            keywords = [k.keyword for k in source.keywords]
            codes = source.codes.split()
            session.delete(source)
            session.flush()
            for alias in aliases:
                _add_alias(session, target, alias)
            have = {k.keyword for k in target.keywords}
            for keyword in keywords:
                if keyword not in have:
                    have.add(keyword)
                    target.keywords.append(TagKeyword(keyword=keyword))
            target.codes = " ".join(dict.fromkeys(target.codes.split() + codes))
        return gained


def delete_tag(catalogue: Catalogue, tag_id: str) -> int:
    """Delete a tag; returns how many resources carried it (they keep everything else)."""
    from sqlalchemy import delete, func, select

    from resource_desk.core.models import resource_tags

    with catalogue.write() as session:
        tag = _get(session, tag_id)
        carried = session.scalar(select(func.count()).where(resource_tags.c.tag_id == tag_id)) or 0
        session.execute(delete(resource_tags).where(resource_tags.c.tag_id == tag_id))
        session.delete(tag)
        return carried


def _add_alias(session: Session, tag: Tag, alias: str) -> None:
    from sqlalchemy import select

    from resource_desk.core.models import TagAlias

    key = fold(alias)
    if not key or key == fold(tag.name):
        return
    existing = session.scalar(select(TagAlias).where(TagAlias.alias == key))
    if existing is not None:
        existing.tag_id = tag.id  # the alias now points at this tag
        return
    session.add(TagAlias(tag_id=tag.id, alias=key))
    session.flush()


def set_aliases(catalogue: Catalogue, tag_id: str, aliases: Iterable[str]) -> TagRecord:
    """Replace a tag's aliases. An alias another tag holds moves to this one."""
    with catalogue.write() as session:
        tag = _get(session, tag_id)
        wanted = {fold(a) for a in aliases if fold(a)} - {fold(tag.name)}
        for alias in list(tag.aliases):
            if alias.alias not in wanted:
                session.delete(alias)
        session.flush()
        for alias in sorted(wanted):
            _add_alias(session, tag, alias)
        session.refresh(tag)
        return _with_aliases(tag)


def set_keywords(catalogue: Catalogue, tag_id: str, keywords: Iterable[str]) -> TagRecord:
    """Replace the words that suggest a tag (any language; kept folded, as aliases are)."""
    from resource_desk.core.models import TagKeyword

    with catalogue.write() as session:
        tag = _get(session, tag_id)
        wanted = list(dict.fromkeys(k for k in (fold(w) for w in keywords) if k))
        for keyword in list(tag.keywords):
            if keyword.keyword not in wanted:
                tag.keywords.remove(keyword)
        have = {k.keyword for k in tag.keywords}
        for keyword in wanted:
            if keyword not in have:
                tag.keywords.append(TagKeyword(keyword=keyword[:200]))
        session.flush()
        record = tag_record(tag)
        return TagRecord(**{**record.__dict__, "keywords": tuple(sorted(wanted))})


def find_tag(session: Session, name: str, facet: str | None = None) -> Tag | None:
    """A tag by its name or an alias, compared case- and accent-insensitively."""
    from sqlalchemy import select

    from resource_desk.core.models import Tag, TagAlias

    key = fold(name)
    if not key:
        return None
    stmt = select(Tag)
    if facet:
        stmt = stmt.where(Tag.facet == facet)
    for tag in session.scalars(stmt):
        if fold(tag.name) == key:
            return tag
    alias = session.scalar(select(TagAlias).join(Tag).where(TagAlias.alias == key)
                           .where(Tag.facet == facet if facet else True))
    return alias.tag if alias is not None else None


def resolve_tags(catalogue: Catalogue, keys: Iterable[str]) -> list[TagRecord]:
    """Tags written as "facet:name" (or just a name); names and aliases both match.

    Raises TagError naming the first one that matches nothing.
    """
    found: list[TagRecord] = []
    with catalogue.read() as session:
        for key in keys:
            facet, _, name = key.partition(":") if ":" in key else ("", "", key)
            facet = facet.strip().lower()
            if facet and facet not in FACETS:
                raise TagError(msg("unknown facet “{facet}” in “{key}”; use one of: {facets}", facet=facet, key=key,
                                   facets=", ".join(FACETS)))
            tag = find_tag(session, name, facet or None)
            if tag is None:
                raise TagError(msg("no tag “{key}” in this catalogue", key=key))
            found.append(tag_record(tag))
    return found

