"""ORM tables: Review queue (issue 19 item 3).

Registered on ``studio.storage.models.Base``; the schema change is migration ``0008_review``.

``review_events`` is a draft's review history: every approval and rejection made through the review queue
or ``studio drafts approve/reject``, with the version it concerned, the reason (required for a rejection)
and who made it. The draft's ``status`` stays the current state; these rows say how it got there.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from studio import clock
from studio.storage.models import Base


class ReviewEvent(Base):
    __tablename__ = "review_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    draft_id: Mapped[int] = mapped_column(ForeignKey("drafts.id", ondelete="CASCADE"))
    version: Mapped[int] = mapped_column(Integer)  # the draft version the decision was about
    action: Mapped[str] = mapped_column(String(16))  # approved | rejected
    reason: Mapped[str] = mapped_column(Text, default="")  # required for a rejection
    by: Mapped[str] = mapped_column(String(64), default="")  # app | cli | bulk…
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=clock.now)

    __table_args__ = (Index("ix_review_events_draft", "draft_id", "id"),)
