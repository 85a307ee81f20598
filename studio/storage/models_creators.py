"""ORM tables: Creator roster and briefs (issue 21 item 2).

Registered on ``studio.storage.models.Base``; the schema change is migration ``0007_creators``.

``creators`` — the seller's creator roster: a display name (unique), the platforms with the creator's public
handles, the markets they reach and the seller's own audience notes. Nothing else about a person is stored
(no e-mail, phone, address or payment details), and none of it is ever sent to a language model. ``ref`` is an
opaque code (``cr-…``) that goes into the creator's links (``utm_content``) instead of their name.

``creator_briefs`` — every brief exported for a creator: product × market × platform, the personal UTM link
and discount code, deliverables and dates, and the brief as written (JSON). Deleted with the creator.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Date, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from studio import clock
from studio.storage.models import Base


class Creator(Base):
    __tablename__ = "creators"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    ref: Mapped[str] = mapped_column(String(32), unique=True)
    platforms: Mapped[list] = mapped_column(JSON, default=list)  # [{"platform": "tiktok", "handle": "@x"}]
    markets: Mapped[list] = mapped_column(JSON, default=list)  # locale tags
    audience_notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=clock.now)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=clock.now, onupdate=clock.now)


class CreatorBrief(Base):
    __tablename__ = "creator_briefs"
    __table_args__ = (Index("ix_creator_briefs_creator", "creator_id", "created_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    creator_id: Mapped[int] = mapped_column(ForeignKey("creators.id", ondelete="CASCADE"))
    product_id: Mapped[int | None] = mapped_column(ForeignKey("products.id", ondelete="SET NULL"))
    product_handle: Mapped[str] = mapped_column(String(255))
    market: Mapped[str] = mapped_column(String(16))
    platform: Mapped[str] = mapped_column(String(32))
    link: Mapped[str] = mapped_column(Text)
    utm_campaign: Mapped[str] = mapped_column(String(255), index=True)
    utm_content: Mapped[str] = mapped_column(String(255))
    discount_code: Mapped[str] = mapped_column(String(64), default="")
    deliverables: Mapped[list] = mapped_column(JSON, default=list)
    starts_on: Mapped[date | None] = mapped_column(Date)
    due_on: Mapped[date | None] = mapped_column(Date)
    brief: Mapped[dict] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=clock.now)
