"""Home's counts (issue 19 item 2): error findings per draft version, and the indices the counts read

``draft_versions.error_count`` is the number of error findings in ``checks`` (kept by the model on every insert
and update), so "drafts with errors" is an index lookup instead of a scan of every version's JSON. Indices:
media by status (missing images), drafts by status and market (awaiting review per market), versions with errors.

Revision ID: 0003_home
Revises: 0002_translations
Create Date: 2026-12-02 08:20:00
"""
import json

import sqlalchemy as sa
from alembic import op

revision = '0003_home'
down_revision = '0002_translations'
branch_labels = None
depends_on = None


def _errors(checks) -> int:
    if isinstance(checks, str):
        try:
            checks = json.loads(checks)
        except ValueError:
            return 0
    return sum(1 for c in checks or [] if isinstance(c, dict) and c.get('severity') == 'error')


def upgrade() -> None:
    with op.batch_alter_table('draft_versions', schema=None) as batch_op:
        batch_op.add_column(sa.Column('error_count', sa.Integer(), server_default='0', nullable=False))
        batch_op.create_index('ix_draft_versions_error_count', ['error_count'], unique=False)
    conn = op.get_bind()
    versions = sa.table('draft_versions', sa.column('id', sa.Integer()), sa.column('checks', sa.JSON()),
                        sa.column('error_count', sa.Integer()))
    pattern = sa.cast(versions.c.checks, sa.Text()).like('%error%')
    rows = conn.execute(sa.select(versions.c.id, versions.c.checks).where(pattern)).all()
    updates = [{'vid': r.id, 'n': _errors(r.checks)} for r in rows]
    updates = [u for u in updates if u['n']]
    if updates:
        conn.execute(versions.update().where(versions.c.id == sa.bindparam('vid'))
                     .values(error_count=sa.bindparam('n')), updates)
    with op.batch_alter_table('media', schema=None) as batch_op:
        batch_op.create_index('ix_media_status_product', ['status', 'product_id'], unique=False)
    with op.batch_alter_table('drafts', schema=None) as batch_op:
        batch_op.create_index('ix_drafts_status_market', ['status', 'market'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('drafts', schema=None) as batch_op:
        batch_op.drop_index('ix_drafts_status_market')
    with op.batch_alter_table('media', schema=None) as batch_op:
        batch_op.drop_index('ix_media_status_product')
    with op.batch_alter_table('draft_versions', schema=None) as batch_op:
        batch_op.drop_index('ix_draft_versions_error_count')
        batch_op.drop_column('error_count')
