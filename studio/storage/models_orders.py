"""ORM tables: Insights — imported orders and attribution (issue 20 item 2).

Registered on ``studio.storage.models.Base``; the schema change is migration ``0005_orders``.
"""

from __future__ import annotations

from studio.storage.models import Base  # noqa: F401
