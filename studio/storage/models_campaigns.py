"""ORM tables: Campaigns and segments (issue 21 items 1 and 3).

Registered on ``studio.storage.models.Base``; the schema change is migration ``0006_campaigns``.

``segments`` — a named set of guidance applied like a brand voice (tone, audience, angles, do/don't words,
notes). A draft made for a segment carries its name in ``drafts.segment`` (and its identity in
``drafts.variant``), so variants sit side by side with the plain draft and Insights can compare them.

``campaigns`` — products × markets × channels × a date range, usually anchored on a festival of the market
registry (``festival_id`` such as ``ramadan``; ``starts_on``/``ends_on`` are the festival's dates in the first
market unless the user gave others). ``offer`` is the campaign's one source of truth for price and promotion
wording: ``{"discount_percent", "code", "prices": {market: amount}, "starts_on", "ends_on"}``; generation
writes it into every draft and the ``campaign.offer-*`` quality rules flag text that says otherwise.
``accounts`` maps a channel to the account that posts it (``{"instagram": "shop-ig"}``).

``campaign_items`` — the plan: one row per phase (teaser, launch, reminder, live, last-call) × market ×
product × channel × segment, with its planned time (UTC, chosen on the market's calendar and time zone), the
draft generated for it and the post the gate queued for it. Status is derived from those links.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Date, DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from studio import clock
from studio.storage.models import Base


class Segment(Base):
    __tablename__ = "segments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    data: Mapped[dict] = mapped_column(JSON, default=dict)  # tone, audience, angles, do/don't words, notes
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=clock.now)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=clock.now, onupdate=clock.now)


class Campaign(Base):
    __tablename__ = "campaigns"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(128), unique=True)
    festival_id: Mapped[str | None] = mapped_column(String(64))
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date] = mapped_column(Date)
    markets: Mapped[list] = mapped_column(JSON, default=list)  # locale tags
    products: Mapped[list] = mapped_column(JSON, default=list)  # product ids
    channels: Mapped[list] = mapped_column(JSON, default=list)  # caption targets: instagram, tiktok…
    segments: Mapped[list] = mapped_column(JSON, default=list)  # segment names ([] = everyone)
    accounts: Mapped[dict] = mapped_column(JSON, default=dict)  # channel → account name
    offer: Mapped[dict] = mapped_column(JSON, default=dict)  # the one source of truth for price and promotion
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=clock.now)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=clock.now, onupdate=clock.now)


class CampaignItem(Base):
    __tablename__ = "campaign_items"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaigns.id", ondelete="CASCADE"))
    phase: Mapped[str] = mapped_column(String(16))  # teaser|launch|reminder|live|last-call
    step: Mapped[int] = mapped_column(Integer, default=0)  # 1, 2… for repeated phases (two teasers)
    market: Mapped[str] = mapped_column(String(16))
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id", ondelete="CASCADE"))
    channel: Mapped[str] = mapped_column(String(32))
    segment: Mapped[str] = mapped_column(String(64), default="")
    planned_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    draft_id: Mapped[int | None] = mapped_column(ForeignKey("drafts.id", ondelete="SET NULL"))
    post_id: Mapped[int | None] = mapped_column(ForeignKey("posts.id", ondelete="SET NULL"))

    __table_args__ = (
        UniqueConstraint("campaign_id", "phase", "step", "market", "product_id", "channel", "segment",
                         name="uq_campaign_item"),
        Index("ix_campaign_items_campaign", "campaign_id"),
        Index("ix_campaign_items_post", "post_id"),
    )
