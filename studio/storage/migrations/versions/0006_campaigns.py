"""Campaigns and segments (issue 21 items 1 and 3)

Revision ID: 0006_campaigns
Revises: 0005_orders
Create Date: 2026-12-02 11:20:00
"""

revision = '0006_campaigns'
down_revision = '0005_orders'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
