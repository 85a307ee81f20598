"""Insights — post metrics time series (issue 20 item 1)

Revision ID: 0004_metrics
Revises: 0003_home
Create Date: 2026-12-02 11:20:00
"""

revision = '0004_metrics'
down_revision = '0003_home'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
