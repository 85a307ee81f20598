"""Creator roster and briefs (issue 21 item 2)

Revision ID: 0007_creators
Revises: 0006_campaigns
Create Date: 2026-12-02 11:20:00
"""

revision = '0007_creators'
down_revision = '0006_campaigns'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
