"""Insights — imported orders and attribution (issue 20 item 2)

Revision ID: 0005_orders
Revises: 0004_metrics
Create Date: 2026-12-02 11:20:00
"""

revision = '0005_orders'
down_revision = '0004_metrics'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
