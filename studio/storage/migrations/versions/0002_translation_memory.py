"""translation memory: the seller's own names, option values and fact values per market (issue 16 item 4)

Revision ID: 0002_translations
Revises: 0001
Create Date: 2026-12-02 04:50:00
"""
import sqlalchemy as sa
from alembic import op

revision = '0002_translations'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('translations',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('product_id', sa.Integer(), nullable=True),
    sa.Column('market', sa.String(length=16), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('key', sa.String(length=128), nullable=False),
    sa.Column('source', sa.Text(), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.Column('origin', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['product_id'], ['products.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('translations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_translations_market'), ['market'], unique=False)
        batch_op.create_index(batch_op.f('ix_translations_product_id'), ['product_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('translations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_translations_product_id'))
        batch_op.drop_index(batch_op.f('ix_translations_market'))
    op.drop_table('translations')
