"""Insights — imported orders, attribution and the per-post summary (issue 20 items 2–3)

``order_imports`` (one row per orders import: counts, located errors, dropped personal-data columns),
``order_lines`` (no personal data; stable key source + order ref + line number, so a second import of the same
export changes nothing), ``order_attributions`` (order line → post or live through UTM tags),
``insight_posts`` (one row per published post with its latest metrics, kept incrementally from
``post_metrics``) and ``insight_refresh`` (how far that summary has read). Indices serve the Insights queries:
product × market × platform, account × publish time, draft × version, order lines by product × time and by
UTM campaign × content. See ``studio/storage/models_orders.py``.

Revision ID: 0005_orders
Revises: 0004_metrics
Create Date: 2026-12-02 11:20:00
"""
import sqlalchemy as sa
from alembic import op

revision = '0005_orders'
down_revision = '0004_metrics'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('insight_refresh',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('metrics_id', sa.BigInteger(), nullable=False),
    sa.Column('posts_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('refreshed_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('order_imports',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('file', sa.Text(), nullable=False),
    sa.Column('format', sa.String(length=16), nullable=False),
    sa.Column('encoding', sa.String(length=32), nullable=True),
    sa.Column('mapping', sa.JSON(), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('rows_read', sa.Integer(), nullable=False),
    sa.Column('added', sa.Integer(), nullable=False),
    sa.Column('updated', sa.Integer(), nullable=False),
    sa.Column('unchanged', sa.Integer(), nullable=False),
    sa.Column('error_count', sa.Integer(), nullable=False),
    sa.Column('errors', sa.JSON(), nullable=True),
    sa.Column('dropped_columns', sa.JSON(), nullable=True),
    sa.Column('ignored_columns', sa.JSON(), nullable=True),
    sa.Column('started_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('finished_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('order_lines',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('source', sa.String(length=16), nullable=False),
    sa.Column('order_ref', sa.String(length=128), nullable=False),
    sa.Column('line_no', sa.Integer(), nullable=False),
    sa.Column('ordered_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('sku', sa.String(length=255), nullable=True),
    sa.Column('item_name', sa.Text(), nullable=False),
    sa.Column('product_id', sa.Integer(), nullable=True),
    sa.Column('quantity', sa.Integer(), nullable=False),
    sa.Column('revenue', sa.Numeric(precision=14, scale=4), nullable=True),
    sa.Column('currency', sa.String(length=3), nullable=True),
    sa.Column('status', sa.String(length=32), nullable=False),
    sa.Column('country', sa.String(length=2), nullable=True),
    sa.Column('utm_source', sa.String(length=255), nullable=True),
    sa.Column('utm_medium', sa.String(length=255), nullable=True),
    sa.Column('utm_campaign', sa.String(length=255), nullable=True),
    sa.Column('utm_content', sa.String(length=255), nullable=True),
    sa.Column('import_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['import_id'], ['order_imports.id'], ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['product_id'], ['products.id'], ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('source', 'order_ref', 'line_no', name='uq_order_lines_key')
    )
    with op.batch_alter_table('order_lines', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_order_lines_ordered_at'), ['ordered_at'], unique=False)
        batch_op.create_index('ix_order_lines_product_time', ['product_id', 'ordered_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_order_lines_sku'), ['sku'], unique=False)
        batch_op.create_index('ix_order_lines_utm', ['utm_campaign', 'utm_content'], unique=False)

    op.create_table('insight_posts',
    sa.Column('post_id', sa.Integer(), nullable=False),
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('platform', sa.String(length=32), nullable=False),
    sa.Column('product_id', sa.Integer(), nullable=True),
    sa.Column('market', sa.String(length=16), nullable=True),
    sa.Column('draft_id', sa.Integer(), nullable=True),
    sa.Column('draft_version_id', sa.Integer(), nullable=True),
    sa.Column('published_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('fetched_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('views', sa.BigInteger(), nullable=True),
    sa.Column('impressions', sa.BigInteger(), nullable=True),
    sa.Column('engagement', sa.BigInteger(), nullable=True),
    sa.Column('clicks', sa.BigInteger(), nullable=True),
    sa.Column('has_utm', sa.Boolean(), nullable=False),
    sa.Column('utm_source', sa.String(length=255), nullable=True),
    sa.Column('utm_medium', sa.String(length=255), nullable=True),
    sa.Column('utm_campaign', sa.String(length=255), nullable=True),
    sa.Column('utm_content', sa.String(length=255), nullable=True),
    sa.ForeignKeyConstraint(['post_id'], ['posts.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('post_id')
    )
    with op.batch_alter_table('insight_posts', schema=None) as batch_op:
        batch_op.create_index('ix_insight_posts_account_time', ['account_id', 'published_at'], unique=False)
        batch_op.create_index('ix_insight_posts_draft', ['draft_id', 'draft_version_id'], unique=False)
        batch_op.create_index('ix_insight_posts_slice', ['product_id', 'market', 'platform'], unique=False)

    op.create_table('order_attributions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('order_line_id', sa.Integer(), nullable=False),
    sa.Column('post_id', sa.Integer(), nullable=True),
    sa.Column('live_kit_id', sa.Integer(), nullable=True),
    sa.Column('method', sa.String(length=16), nullable=False),
    sa.ForeignKeyConstraint(['live_kit_id'], ['live_kits.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['order_line_id'], ['order_lines.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['post_id'], ['posts.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('order_line_id')
    )
    with op.batch_alter_table('order_attributions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_order_attributions_live_kit_id'), ['live_kit_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_order_attributions_post_id'), ['post_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('order_attributions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_order_attributions_post_id'))
        batch_op.drop_index(batch_op.f('ix_order_attributions_live_kit_id'))

    op.drop_table('order_attributions')
    with op.batch_alter_table('insight_posts', schema=None) as batch_op:
        batch_op.drop_index('ix_insight_posts_slice')
        batch_op.drop_index('ix_insight_posts_draft')
        batch_op.drop_index('ix_insight_posts_account_time')

    op.drop_table('insight_posts')
    with op.batch_alter_table('order_lines', schema=None) as batch_op:
        batch_op.drop_index('ix_order_lines_utm')
        batch_op.drop_index(batch_op.f('ix_order_lines_sku'))
        batch_op.drop_index('ix_order_lines_product_time')
        batch_op.drop_index(batch_op.f('ix_order_lines_ordered_at'))

    op.drop_table('order_lines')
    op.drop_table('order_imports')
    op.drop_table('insight_refresh')
