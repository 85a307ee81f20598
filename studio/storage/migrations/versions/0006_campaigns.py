"""Campaigns and segments (issue 21 items 1 and 3)

New tables ``segments``, ``campaigns`` and ``campaign_items`` (see ``studio/storage/models_campaigns.py``).
``drafts`` gains ``variant`` (part of the slot key ``uq_draft_slot``: a campaign phase or a segment variant is its
own draft beside the plain one) and ``segment`` (the segment a variant speaks to, indexed for Insights).

SQLite cannot change a unique constraint in place, so ``drafts`` is rebuilt (copied, the old table dropped, the
copy renamed). With foreign keys on, that DROP would delete every ``draft_versions`` row (ON DELETE CASCADE) and
unlink every post. The runner (``studio.storage.db.upgrade``) switches SQLite's foreign keys off before its one
transaction — SQLite ignores the switch inside a transaction — and checks ``PRAGMA foreign_key_check`` before it
commits, so this migration is part of a single transaction on SQLite too: all of it or nothing. It refuses to
run with foreign keys on.

Revision ID: 0006_campaigns
Revises: 0005_orders
Create Date: 2026-12-02 11:20:00
"""
import sqlalchemy as sa
from alembic import op

revision = '0006_campaigns'
down_revision = '0005_orders'
branch_labels = None
depends_on = None

_DRAFT_COLS = ('id, product_id, market, kind, target, status, current_version, approved_version, created_at, '
               'updated_at')


def _drafts_table(name: str, with_variant: bool) -> sa.Table:
    meta = sa.MetaData()
    sa.Table('products', meta, sa.Column('id', sa.Integer(), primary_key=True))  # only for the foreign key
    cols: list[sa.schema.SchemaItem] = [
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('product_id', sa.Integer(), nullable=False),
        sa.Column('market', sa.String(length=16), nullable=False),
        sa.Column('kind', sa.String(length=32), nullable=False),
        sa.Column('target', sa.String(length=64), nullable=False),
    ]
    if with_variant:
        cols += [sa.Column('variant', sa.String(length=128), server_default='', nullable=False),
                 sa.Column('segment', sa.String(length=64), nullable=True)]
    cols += [
        sa.Column('status', sa.String(length=16), nullable=False),
        sa.Column('current_version', sa.Integer(), nullable=False),
        sa.Column('approved_version', sa.Integer(), nullable=True),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['product_id'], ['products.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('product_id', 'market', 'kind', 'target', *(('variant',) if with_variant else ()),
                            name='uq_draft_slot'),
    ]
    return sa.Table(name, meta, *cols)


def _rebuild_sqlite_drafts(with_variant: bool) -> None:
    conn = op.get_bind()
    if conn.exec_driver_sql('PRAGMA foreign_keys').scalar():
        raise RuntimeError('0006_campaigns rebuilds drafts: run it through studio.storage.db.upgrade, which turns '
                           "SQLite's foreign keys off around its one transaction (with them on, the DROP would "
                           'delete every draft version)')
    cols = _DRAFT_COLS
    _drafts_table('drafts_0006_new', with_variant).create(conn)
    conn.exec_driver_sql(f'INSERT INTO drafts_0006_new ({cols}) SELECT {cols} FROM drafts')
    conn.exec_driver_sql('DROP TABLE drafts')  # foreign keys off: no cascade into draft_versions or posts
    conn.exec_driver_sql('ALTER TABLE drafts_0006_new RENAME TO drafts')
    op.create_index('ix_drafts_product_id', 'drafts', ['product_id'], unique=False)
    op.create_index('ix_drafts_market', 'drafts', ['market'], unique=False)
    op.create_index('ix_drafts_status_market', 'drafts', ['status', 'market'], unique=False)
    if with_variant:
        op.create_index('ix_drafts_segment', 'drafts', ['segment'], unique=False)
    broken = conn.exec_driver_sql('PRAGMA foreign_key_check').fetchall()
    if broken:
        raise RuntimeError(f'0006_campaigns: foreign keys broken after rebuilding drafts: {broken[:5]}')


def upgrade() -> None:
    op.create_table('segments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.Column('data', sa.JSON(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('name')
    )
    op.create_table('campaigns',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=128), nullable=False),
    sa.Column('festival_id', sa.String(length=64), nullable=True),
    sa.Column('starts_on', sa.Date(), nullable=False),
    sa.Column('ends_on', sa.Date(), nullable=False),
    sa.Column('markets', sa.JSON(), nullable=False),
    sa.Column('products', sa.JSON(), nullable=False),
    sa.Column('channels', sa.JSON(), nullable=False),
    sa.Column('segments', sa.JSON(), nullable=False),
    sa.Column('accounts', sa.JSON(), nullable=False),
    sa.Column('offer', sa.JSON(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('name')
    )
    op.create_table('campaign_items',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('campaign_id', sa.Integer(), nullable=False),
    sa.Column('phase', sa.String(length=16), nullable=False),
    sa.Column('step', sa.Integer(), nullable=False),
    sa.Column('market', sa.String(length=16), nullable=False),
    sa.Column('product_id', sa.Integer(), nullable=False),
    sa.Column('channel', sa.String(length=32), nullable=False),
    sa.Column('segment', sa.String(length=64), nullable=False),
    sa.Column('planned_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('draft_id', sa.Integer(), nullable=True),
    sa.Column('post_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['campaign_id'], ['campaigns.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['draft_id'], ['drafts.id'], ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['post_id'], ['posts.id'], ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['product_id'], ['products.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('campaign_id', 'phase', 'step', 'market', 'product_id', 'channel', 'segment',
                        name='uq_campaign_item')
    )
    op.create_index('ix_campaign_items_campaign', 'campaign_items', ['campaign_id'], unique=False)
    op.create_index('ix_campaign_items_post', 'campaign_items', ['post_id'], unique=False)
    if op.get_bind().dialect.name == 'sqlite':
        _rebuild_sqlite_drafts(with_variant=True)
    else:
        op.add_column('drafts', sa.Column('variant', sa.String(length=128), server_default='', nullable=False))
        op.add_column('drafts', sa.Column('segment', sa.String(length=64), nullable=True))
        op.create_index('ix_drafts_segment', 'drafts', ['segment'], unique=False)
        op.drop_constraint('uq_draft_slot', 'drafts', type_='unique')
        op.create_unique_constraint('uq_draft_slot', 'drafts', ['product_id', 'market', 'kind', 'target', 'variant'])


def downgrade() -> None:
    if op.get_bind().dialect.name == 'sqlite':
        op.execute("DELETE FROM drafts WHERE variant <> ''")
        _rebuild_sqlite_drafts(with_variant=False)
    else:
        op.execute("DELETE FROM drafts WHERE variant <> ''")
        op.drop_constraint('uq_draft_slot', 'drafts', type_='unique')
        op.create_unique_constraint('uq_draft_slot', 'drafts', ['product_id', 'market', 'kind', 'target'])
        op.drop_index('ix_drafts_segment', table_name='drafts')
        op.drop_column('drafts', 'segment')
        op.drop_column('drafts', 'variant')
    op.drop_index('ix_campaign_items_post', table_name='campaign_items')
    op.drop_index('ix_campaign_items_campaign', table_name='campaign_items')
    op.drop_table('campaign_items')
    op.drop_table('campaigns')
    op.drop_table('segments')
