"""Insights — post metrics time series (issue 20 item 1)

``metric_sync_runs``: one row per metrics sync (filters, state, counts, resume cursor, per-post failures).
``post_metrics``: one row per published post per fetch, every metric NULLABLE (NULL = the platform did not
report it, never 0), the platform's raw names/values as JSON; unique (run_id, post_id) so a resumed run never
writes a post twice. See ``studio/storage/models_metrics.py`` for the columns.

Revision ID: 0004_metrics
Revises: 0003_home
Create Date: 2026-12-02 11:20:00
"""
import sqlalchemy as sa
from alembic import op

revision = '0004_metrics'
down_revision = '0003_home'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('metric_sync_runs',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('account_id', sa.Integer(), nullable=True),
    sa.Column('since', sa.DateTime(timezone=True), nullable=True),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.Column('total', sa.Integer(), nullable=False),
    sa.Column('fetched', sa.Integer(), nullable=False),
    sa.Column('failed', sa.Integer(), nullable=False),
    sa.Column('cursor', sa.JSON(), nullable=True),
    sa.Column('failures', sa.JSON(), nullable=True),
    sa.Column('started_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('finished_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['account_id'], ['accounts.id'], ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('metric_sync_runs', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_metric_sync_runs_state'), ['state'], unique=False)

    op.create_table('post_metrics',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('post_id', sa.Integer(), nullable=False),
    sa.Column('run_id', sa.Integer(), nullable=True),
    sa.Column('platform', sa.String(length=32), nullable=False),
    sa.Column('media_id', sa.String(length=255), nullable=True),
    sa.Column('fetched_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('views', sa.BigInteger(), nullable=True),
    sa.Column('impressions', sa.BigInteger(), nullable=True),
    sa.Column('likes', sa.BigInteger(), nullable=True),
    sa.Column('comments', sa.BigInteger(), nullable=True),
    sa.Column('shares', sa.BigInteger(), nullable=True),
    sa.Column('reposts', sa.BigInteger(), nullable=True),
    sa.Column('quotes', sa.BigInteger(), nullable=True),
    sa.Column('saves', sa.BigInteger(), nullable=True),
    sa.Column('clicks', sa.BigInteger(), nullable=True),
    sa.Column('watch_seconds', sa.Float(), nullable=True),
    sa.Column('avg_view_seconds', sa.Float(), nullable=True),
    sa.Column('raw', sa.JSON(), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['post_id'], ['posts.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['run_id'], ['metric_sync_runs.id'], ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('run_id', 'post_id', name='uq_post_metrics_run_post')
    )
    with op.batch_alter_table('post_metrics', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_post_metrics_fetched_at'), ['fetched_at'], unique=False)
        batch_op.create_index('ix_post_metrics_post_fetched', ['post_id', 'fetched_at'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('post_metrics', schema=None) as batch_op:
        batch_op.drop_index('ix_post_metrics_post_fetched')
        batch_op.drop_index(batch_op.f('ix_post_metrics_fetched_at'))
    op.drop_table('post_metrics')
    with op.batch_alter_table('metric_sync_runs', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_metric_sync_runs_state'))
    op.drop_table('metric_sync_runs')
