"""Review queue (issue 19 item 3)

Revision ID: 0008_review
Revises: 0007_creators
Create Date: 2026-12-02 11:20:00
"""

revision = '0008_review'
down_revision = '0007_creators'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
