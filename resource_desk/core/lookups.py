"""Small read-only lookups the resource form and the filters offer as choices.

Each call is one short unit of work and returns plain values.
"""

from __future__ import annotations

from sqlalchemy import func, select

from resource_desk.core.database import Catalogue
from resource_desk.core.models import Organization, Resource
from resource_desk.core.text import fold


def resource_total(catalogue: Catalogue) -> int:
    """Every resource in the catalogue, whatever its status (0 means an empty catalogue)."""
    with catalogue.read() as session:
        return session.scalar(select(func.count()).select_from(Resource)) or 0


def organization_names(catalogue: Catalogue) -> list[str]:
    """The organizations' names, sorted as people read them."""
    with catalogue.read() as session:
        names = session.scalars(select(Organization.name)).all()
    return sorted(set(names), key=fold)


def languages_in_use(catalogue: Catalogue) -> list[str]:
    """The language codes at least one resource offers."""
    with catalogue.read() as session:
        combos = session.scalars(select(Resource.languages).distinct().where(Resource.languages != "")).all()
    codes: set[str] = set()
    for combo in combos:
        codes.update(combo.split())
    return sorted(codes)


def verifier_names(catalogue: Catalogue, limit: int = 50) -> list[str]:
    """Who has verified resources so far ("JR", "Alex"), most frequent first."""
    with catalogue.read() as session:
        rows = session.execute(
            select(Resource.verified_by, func.count())
            .where(Resource.verified_by.is_not(None), Resource.verified_by != "")
            .group_by(Resource.verified_by)
            .order_by(func.count().desc(), Resource.verified_by)
            .limit(limit)
        ).all()
    return [name for name, _n in rows]
