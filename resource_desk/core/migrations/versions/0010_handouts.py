"""discreet sheets and resource text in other languages

Revision ID: 0010
Revises: 0008
Create Date: 2026-12-01

* tags.sensitive: a tag a discreet sheet leaves out. NULL follows the default (every identity
  tag and the needs listed in core.sensitive), so tags made later follow it too.
* resources.discreet_name, discreet_description: what a discreet sheet prints instead;
  resources.text_language: the language the resource's own text is written in.
* resource_translations: a resource's name, description, eligibility, hours, fees and a note
  for the client in other languages, one row a field and language.
* The search index's description column also holds the translations ("vivienda" finds a
  resource whose Spanish description says it). The triggers' row SELECT is patched in place
  rather than written out again, so that it keeps whatever columns earlier revisions gave it.
"""

import re

import sqlalchemy as sa
from alembic import op

revision = '0010'
down_revision = '0008'
branch_labels = None
depends_on = None

_DESCRIPTION = "coalesce(r.description, '')"
_WITH_TRANSLATIONS = (_DESCRIPTION + " || ' ' || coalesce((SELECT group_concat(rtr.text, ' ') "
                      "FROM resource_translations rtr WHERE rtr.resource_id = r.id), '')")
_NEW_TRIGGERS = {
    "resource_translations_fts_insert": "AFTER INSERT ON resource_translations",
    "resource_translations_fts_update": "AFTER UPDATE OF text ON resource_translations",
    "resource_translations_fts_delete": "AFTER DELETE ON resource_translations",
}


def upgrade() -> None:
    with op.batch_alter_table('tags') as batch:
        batch.add_column(sa.Column('sensitive', sa.Boolean(), nullable=True))
    with op.batch_alter_table('resources') as batch:
        batch.add_column(sa.Column('discreet_name', sa.String(length=300), nullable=True))
        batch.add_column(sa.Column('discreet_description', sa.Text(), nullable=True))
        batch.add_column(sa.Column('text_language', sa.String(length=10), nullable=True))
    op.create_table(
        'resource_translations',
        sa.Column('resource_id', sa.String(length=36), nullable=False),
        sa.Column('language', sa.String(length=10), nullable=False),
        sa.Column('field', sa.String(length=20), nullable=False),
        sa.Column('text', sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(['resource_id'], ['resources.id'],
                                name=op.f('fk_resource_translations_resource_id_resources'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('resource_id', 'language', 'field', name=op.f('pk_resource_translations')),
    )
    _patch_triggers(_DESCRIPTION, _WITH_TRANSLATIONS)
    refresh = _refresh_body()
    for name, when in _NEW_TRIGGERS.items():
        row = "old" if name.endswith("delete") else "new"
        pks = f"SELECT pk FROM resources WHERE id = {row}.resource_id"
        op.execute(f"CREATE TRIGGER {name} {when} BEGIN {refresh.replace('new.pk', pks)} END")
    _reindex()


def downgrade() -> None:
    for name in _NEW_TRIGGERS:
        op.execute(f'DROP TRIGGER IF EXISTS "{name}"')
    _patch_triggers(_WITH_TRANSLATIONS, _DESCRIPTION)
    _reindex()
    op.drop_table('resource_translations')
    with op.batch_alter_table('resources') as batch:
        batch.drop_column('text_language')
        batch.drop_column('discreet_description')
        batch.drop_column('discreet_name')
    with op.batch_alter_table('tags') as batch:
        batch.drop_column('sensitive')


def _patch_triggers(old: str, new: str) -> None:
    """Every search-index trigger again, with ``old`` in its row SELECT replaced by ``new``."""
    bind = op.get_bind()
    for name, sql in bind.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND sql LIKE '%resource_fts%'").all():
        if old in sql and name not in _NEW_TRIGGERS:
            op.execute(f'DROP TRIGGER "{name}"')
            op.execute(sql.replace(old, new))


def _refresh_body() -> str:
    """The insert trigger's two statements (delete the row, insert it computed) for ``new.pk``."""
    sql = op.get_bind().exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'resources_fts_insert'").scalar()
    return re.search(r"\bBEGIN\b(.*)\bEND\s*$", sql, re.S | re.I).group(1).strip()


def _reindex() -> None:
    insert = next(s for s in _refresh_body().split(";") if s.strip().upper().startswith("INSERT"))
    op.execute("DELETE FROM resource_fts")
    op.execute(insert.replace("new.pk", "SELECT pk FROM resources"))
