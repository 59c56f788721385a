"""search index without word positions

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-21

Search asks the index only whether each word is in a resource's columns, never where
(no phrases, no NEAR), so the positions FTS5 keeps by default (detail=full) are stored,
written on every insert and read on every query for nothing. With detail=column the index
is about a third smaller, a large import writes it in about half the time, and bm25 still
weighs the columns. The index is rebuilt from the triggers' own SELECT, so its rows are
exactly what the triggers would write; the triggers themselves are unchanged.
"""

import re

from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

_COLUMNS = "name, organization, description, eligibility, tags, languages"
_OPTIONS = "tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3'"


def upgrade() -> None:
    _rebuild(f"{_OPTIONS}, detail = column")


def downgrade() -> None:
    _rebuild(_OPTIONS)


def _rebuild(options: str) -> None:
    bind = op.get_bind()
    trigger = bind.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'resources_fts_insert'").scalar()
    body = re.search(r"\bBEGIN\b(.*)\bEND\s*$", trigger, re.S | re.I).group(1)
    insert = next(s for s in body.split(";") if s.strip().upper().startswith("INSERT"))
    op.execute("DROP TABLE resource_fts")
    op.execute(f"CREATE VIRTUAL TABLE resource_fts USING fts5({_COLUMNS}, {options})")
    op.execute(insert.replace("new.pk", "SELECT pk FROM resources"))
