"""drop indexes that a wider index already covers

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-21

Every index is written on every insert, and a large import inserts a hundred thousand
resources and more tag links. Two indexes were a prefix of another, so every query they
served is served as well by the wider one (which holds the same columns first, and the
rowid):

* resources (status): a prefix of resources (status, id) from revision 0002.
* resource_tags (tag_id): a prefix of resource_tags (tag_id, resource_id) from revision
  0002; it also keeps the ON DELETE CASCADE from tags quick.
"""

from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('resources', schema=None) as batch_op:
        batch_op.drop_index('ix_resources_status')
    with op.batch_alter_table('resource_tags', schema=None) as batch_op:
        batch_op.drop_index('ix_resource_tags_tag_id')


def downgrade() -> None:
    with op.batch_alter_table('resource_tags', schema=None) as batch_op:
        batch_op.create_index('ix_resource_tags_tag_id', ['tag_id'], unique=False)
    with op.batch_alter_table('resources', schema=None) as batch_op:
        batch_op.create_index('ix_resources_status', ['status'], unique=False)
