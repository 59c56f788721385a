"""Sensitive tags: the ones a discreet sheet never names (an identity, or a need such as
domestic violence that a client may not want anyone to read over their shoulder).

By default every identity tag and the needs below are sensitive; the tag manager can mark
any tag sensitive or not (``tags.sensitive``: None follows the default).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from resource_desk.core.database import Catalogue
from resource_desk.core.models import Tag
from resource_desk.core.records import TagRecord
from resource_desk.core.text import fold

SENSITIVE_NEEDS = ("Domestic violence", "Sexual assault", "Gender-affirming care", "Immigration legal help",
                   "Substance use", "Crisis & safety")
_SENSITIVE_NEEDS = frozenset(fold(name) for name in SENSITIVE_NEEDS)


def sensitive_by_default(facet: str, name: str) -> bool:
    return facet == "identity" or (facet == "need" and fold(name) in _SENSITIVE_NEEDS)


def is_sensitive(tag: TagRecord) -> bool:
    """The person's choice where they made one, else the default."""
    return tag.sensitive if tag.sensitive is not None else sensitive_by_default(tag.facet, tag.name)


@dataclass(frozen=True)
class SensitiveTag:
    id: str
    facet: str
    name: str
    aliases: tuple[str, ...]


def sensitive_tags(catalogue: Catalogue) -> list[SensitiveTag]:
    """Every sensitive tag of the catalogue, with its aliases."""
    with catalogue.read() as session:
        tags = session.scalars(select(Tag).options(selectinload(Tag.aliases))).all()
        return [SensitiveTag(t.id, t.facet, t.name, tuple(a.alias for a in t.aliases)) for t in tags
                if (t.sensitive if t.sensitive is not None else sensitive_by_default(t.facet, t.name))]


def tag_is_sensitive(catalogue: Catalogue, tag_id: str) -> bool:
    with catalogue.read() as session:
        tag = session.get(Tag, tag_id)
        if tag is None:
            return False
        return tag.sensitive if tag.sensitive is not None else sensitive_by_default(tag.facet, tag.name)


def set_sensitive(catalogue: Catalogue, tag_id: str, sensitive: bool | None) -> None:
    """Mark a tag sensitive (True), not sensitive (False), or back to the default (None)."""
    with catalogue.write() as session:
        tag = session.get(Tag, tag_id)
        if tag is not None:
            tag.sensitive = sensitive
