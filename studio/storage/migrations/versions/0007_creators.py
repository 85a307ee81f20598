"""Creator roster and briefs (issue 21 item 2)

``creators``: name, opaque link ref, platforms with handles, markets, audience notes (what the seller enters,
nothing else). ``creator_briefs``: each exported brief (product × market × platform, UTM link, discount code,
deliverables, dates, the brief as JSON), deleted with its creator.

Revision ID: 0007_creators
Revises: 0006_campaigns
Create Date: 2026-12-02 11:20:00
"""
import sqlalchemy as sa
from alembic import op

revision = '0007_creators'
down_revision = '0006_campaigns'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'creators',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('name', sa.String(length=200), nullable=False),
        sa.Column('ref', sa.String(length=32), nullable=False),
        sa.Column('platforms', sa.JSON(), nullable=False),
        sa.Column('markets', sa.JSON(), nullable=False),
        sa.Column('audience_notes', sa.Text(), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('name'),
        sa.UniqueConstraint('ref'),
    )
    op.create_table(
        'creator_briefs',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('creator_id', sa.Integer(), nullable=False),
        sa.Column('product_id', sa.Integer(), nullable=True),
        sa.Column('product_handle', sa.String(length=255), nullable=False),
        sa.Column('market', sa.String(length=16), nullable=False),
        sa.Column('platform', sa.String(length=32), nullable=False),
        sa.Column('link', sa.Text(), nullable=False),
        sa.Column('utm_campaign', sa.String(length=255), nullable=False),
        sa.Column('utm_content', sa.String(length=255), nullable=False),
        sa.Column('discount_code', sa.String(length=64), nullable=False),
        sa.Column('deliverables', sa.JSON(), nullable=False),
        sa.Column('starts_on', sa.Date(), nullable=True),
        sa.Column('due_on', sa.Date(), nullable=True),
        sa.Column('brief', sa.JSON(), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['creator_id'], ['creators.id'], ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['product_id'], ['products.id'], ondelete='SET NULL'),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_creator_briefs_creator', 'creator_briefs', ['creator_id', 'created_at'], unique=False)
    op.create_index('ix_creator_briefs_utm_campaign', 'creator_briefs', ['utm_campaign'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_creator_briefs_utm_campaign', table_name='creator_briefs')
    op.drop_index('ix_creator_briefs_creator', table_name='creator_briefs')
    op.drop_table('creator_briefs')
    op.drop_table('creators')
