"""indexes for search at scale

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-21

Covering indexes that keep searching, counting and startup fast on large catalogues:

* resource_tags (tag_id, resource_id): the resources carrying a tag, read from the index
  alone (tag filters, the counts beside the tags). The index on tag_id alone had to visit
  the table for every link to find its resource id.
* resources (status, id): the ids of the resources a search leaves out by default
  (inactive, do not refer), for the counts beside the tags, without reading their rows.
* resources (languages): the languages in use (the language filter's choices) come from
  the index instead of a scan of every resource row.
"""

from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('resource_tags', schema=None) as batch_op:
        batch_op.create_index('ix_resource_tags_tag_id_resource_id', ['tag_id', 'resource_id'], unique=False)
    with op.batch_alter_table('resources', schema=None) as batch_op:
        batch_op.create_index('ix_resources_status_id', ['status', 'id'], unique=False)
        batch_op.create_index('ix_resources_languages', ['languages'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('resources', schema=None) as batch_op:
        batch_op.drop_index('ix_resources_languages')
        batch_op.drop_index('ix_resources_status_id')
    with op.batch_alter_table('resource_tags', schema=None) as batch_op:
        batch_op.drop_index('ix_resource_tags_tag_id_resource_id')
