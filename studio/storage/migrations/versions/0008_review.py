"""Review queue (issue 19 item 3): ``review_events``, a draft's approvals and rejections with their reasons

Revision ID: 0008_review
Revises: 0007_creators
Create Date: 2026-12-02 11:20:00
"""
import sqlalchemy as sa
from alembic import op

revision = '0008_review'
down_revision = '0007_creators'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'review_events',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('draft_id', sa.Integer(), nullable=False),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.Column('action', sa.String(length=16), nullable=False),
        sa.Column('reason', sa.Text(), nullable=False),
        sa.Column('by', sa.String(length=64), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['draft_id'], ['drafts.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_review_events_draft', 'review_events', ['draft_id', 'id'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_review_events_draft', table_name='review_events')
    op.drop_table('review_events')
