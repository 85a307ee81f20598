"""ORM tables: Insights — post metrics time series (issue 20 item 1).

Registered on ``studio.storage.models.Base``; the schema change is migration ``0004_metrics``.

``post_metrics`` — one row per published post per fetch (a time series; never updated in place):

| column            | meaning                                                                          |
|-------------------|----------------------------------------------------------------------------------|
| ``post_id``       | ``posts.id`` (ON DELETE CASCADE)                                                 |
| ``run_id``        | the ``metric_sync_runs`` row that fetched it (SET NULL when the run is deleted);  |
|                   | unique with ``post_id``, so a resumed run never writes a post twice               |
| ``platform``      | the account's platform at fetch time (``x``, ``pinterest``, ``youtube``…)         |
| ``media_id``      | the platform id the numbers belong to (TikTok: the video id once moderation gave |
|                   | one, while ``posts.platform_post_id`` keeps the publish id)                       |
| ``fetched_at``    | when we asked (UTC); the series' time axis                                       |
| ``views``         | plays/views as the platform counts them (X: impression_count; Pinterest: none)   |
| ``impressions``   | times shown (Pinterest IMPRESSION, X impression_count, Facebook until views)     |
| ``likes``         | likes / reactions                                                                |
| ``comments``      | comments / replies                                                               |
| ``shares``        | shares (TikTok share_count, Threads shares, Instagram/Facebook shares)           |
| ``reposts``       | reposts/retweets (X retweet_count, Threads reposts)                              |
| ``quotes``        | quote posts (X quote_count, Threads quotes)                                      |
| ``saves``         | saves/bookmarks (Pinterest SAVE, Instagram saved, X bookmark_count)              |
| ``clicks``        | outbound/link clicks (Pinterest OUTBOUND_CLICK, Facebook link clicks)             |
| ``watch_seconds`` | total watch time in seconds (YouTube estimatedMinutesWatched × 60)               |
| ``avg_view_seconds`` | average view duration in seconds (YouTube averageViewDuration)                |
| ``raw``           | the platform's own metric names → values exactly as returned (JSON)              |
| ``note``          | why numbers are missing (e.g. "Instagram insights lag up to 48 h")               |

Every metric column is NULLABLE: NULL means the platform did not report it (unknown), never 0. Engagement
for a row is the sum of the non-NULL of likes, comments, shares, reposts, quotes, saves; the latest row per
post (max ``fetched_at``, index ``ix_post_metrics_post_fetched``) holds the current lifetime totals.

``metric_sync_runs`` — one row per ``studio metrics sync`` / "Sync metrics" run: its filters, state
(running|done|incomplete|cancelled|failed), counts, a cursor of the posts already handled (resume) and of
the posts still pending with the platform's reason, and ``failures``
(``[{"post_id", "reason"}]``, one per post the platform refused or could not answer).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    JSON,
    BigInteger,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from studio import clock
from studio.storage.models import Base

#: the metric columns of ``post_metrics``, in display order (the CLI, the service and Insights read this)
METRIC_COLUMNS: tuple[str, ...] = (
    "views", "impressions", "likes", "comments", "shares", "reposts", "quotes", "saves", "clicks",
    "watch_seconds", "avg_view_seconds",
)
#: the columns summed into engagement (NULL ones are left out, all NULL gives NULL)
ENGAGEMENT_COLUMNS: tuple[str, ...] = ("likes", "comments", "shares", "reposts", "quotes", "saves")


class MetricSyncRun(Base):
    __tablename__ = "metric_sync_runs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int | None] = mapped_column(ForeignKey("accounts.id", ondelete="SET NULL"))
    since: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    state: Mapped[str] = mapped_column(String(16), default="running", index=True)
    # running|done|incomplete (an account left for later: rate limit)|cancelled|failed
    total: Mapped[int] = mapped_column(Integer, default=0)
    fetched: Mapped[int] = mapped_column(Integer, default=0)
    failed: Mapped[int] = mapped_column(Integer, default=0)
    cursor: Mapped[dict | None] = mapped_column(JSON)  # {"done": [post ids handled], "waits": {...}}
    failures: Mapped[list | None] = mapped_column(JSON)  # [{"post_id": 1, "reason": "..."}]
    started_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=clock.now)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class PostMetric(Base):
    __tablename__ = "post_metrics"
    __table_args__ = (
        UniqueConstraint("run_id", "post_id", name="uq_post_metrics_run_post"),
        Index("ix_post_metrics_post_fetched", "post_id", "fetched_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    post_id: Mapped[int] = mapped_column(ForeignKey("posts.id", ondelete="CASCADE"))
    run_id: Mapped[int | None] = mapped_column(ForeignKey("metric_sync_runs.id", ondelete="SET NULL"))
    platform: Mapped[str] = mapped_column(String(32))
    media_id: Mapped[str | None] = mapped_column(String(255))
    fetched_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=clock.now, index=True)
    views: Mapped[int | None] = mapped_column(BigInteger)
    impressions: Mapped[int | None] = mapped_column(BigInteger)
    likes: Mapped[int | None] = mapped_column(BigInteger)
    comments: Mapped[int | None] = mapped_column(BigInteger)
    shares: Mapped[int | None] = mapped_column(BigInteger)
    reposts: Mapped[int | None] = mapped_column(BigInteger)
    quotes: Mapped[int | None] = mapped_column(BigInteger)
    saves: Mapped[int | None] = mapped_column(BigInteger)
    clicks: Mapped[int | None] = mapped_column(BigInteger)
    watch_seconds: Mapped[float | None] = mapped_column(Float)
    avg_view_seconds: Mapped[float | None] = mapped_column(Float)
    raw: Mapped[dict | None] = mapped_column(JSON)
    note: Mapped[str | None] = mapped_column(Text)
