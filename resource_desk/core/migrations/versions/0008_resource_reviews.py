"""resource reviews

Revision ID: 0008
Revises: 0006
Create Date: 2026-12-01

* resource_reviews: each step of View ▸ Review stale resources (verified, edited,
  temporarily closed, inactive, skipped), with its day and the reviewer's name, and the
  resource's status and verification before it, so a step can be undone.
"""

import sqlalchemy as sa
from alembic import op

revision = '0008'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'resource_reviews',
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('resource_id', sa.String(length=36), nullable=False),
        sa.Column('outcome', sa.String(length=20), nullable=False),
        sa.Column('reviewed_on', sa.Date(), nullable=False),
        sa.Column('reviewer', sa.String(length=100), nullable=True),
        sa.Column('previous_status', sa.String(length=30), nullable=False),
        sa.Column('previous_last_verified', sa.Date(), nullable=True),
        sa.Column('previous_verified_by', sa.String(length=100), nullable=True),
        sa.Column('at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['resource_id'], ['resources.id'],
                                name=op.f('fk_resource_reviews_resource_id_resources'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_resource_reviews')),
    )
    op.create_index(op.f('ix_resource_reviews_resource_id'), 'resource_reviews', ['resource_id'])


def downgrade() -> None:
    op.drop_index(op.f('ix_resource_reviews_resource_id'), 'resource_reviews')
    op.drop_table('resource_reviews')
