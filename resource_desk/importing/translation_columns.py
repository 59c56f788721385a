"""A resource's text in other languages as CSV columns: ``description_es``, ``name_vi``…

The export writes one column per language and field the exported resources use; the
importer reads them back (``mapping.translated_field``), as it reads "Description (Spanish)".
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Connection, select

from resource_desk.core.models import ResourceTranslation
from resource_desk.core.records import TRANSLATABLE_FIELDS

_T = ResourceTranslation.__table__


def column_name(language: str, field: str) -> str:
    return f"{field}_{language}"


def translations_of(connection: Connection, ids: Sequence[str]) -> dict[str, dict[tuple[str, str], str]]:
    """resource id -> {(language, field): text}."""
    found: dict[str, dict[tuple[str, str], str]] = {}
    ids = list(ids)
    for start in range(0, len(ids), 900):
        rows = connection.execute(select(_T.c.resource_id, _T.c.language, _T.c.field, _T.c.text)
                                  .where(_T.c.resource_id.in_(ids[start:start + 900])))
        for rid, language, field, text in rows:
            found.setdefault(rid, {})[(language, field)] = text
    return found


def keys_in_use(found: dict[str, dict[tuple[str, str], str]]) -> list[tuple[str, str]]:
    """(language, field) pairs, by language then in the fields' own order."""
    keys = {key for texts in found.values() for key in texts}
    order = {field: i for i, field in enumerate(TRANSLATABLE_FIELDS)}
    return sorted(keys, key=lambda k: (k[0], order.get(k[1], 99)))
