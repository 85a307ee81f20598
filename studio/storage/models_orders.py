"""ORM tables: Insights — imported orders, their attribution and the per-post summary Insights reads (issue 20).

Registered on ``studio.storage.models.Base``; the schema change is migration ``0005_orders``.

``order_imports`` — one row per ``studio orders import`` / "Import orders…" run: the file, its format, counts,
the located problems (``errors``) and the columns that were dropped because they hold personal data
(``dropped_columns``) or are not used (``ignored_columns``).

``order_lines`` — one row per order line, with no personal data (no names, e-mails, phone numbers or addresses;
the shipping country code is kept as a market hint). The key ``(source, order_ref, line_no)`` is stable, so the
same export imported twice changes nothing. ``revenue`` is the line's total (price × quantity − line discount)
in ``currency``; ``utm_*`` come from the export's UTM columns or the landing-site URL's query.

``order_attributions`` — which published post or livestream an order line is credited to through its UTM tags
(``method`` = ``utm-post`` | ``utm-live``); rebuilt by ``studio.services.orders.attribute``.

``insight_posts`` — one row per published post: who/what/when (account, platform, product, market, draft
version, publish time) and its latest metrics (views, impressions, engagement = sum of the non-NULL
engagement columns, clicks; NULL = unknown), plus the UTM tags of the shop link in its text. Kept current
incrementally from ``post_metrics`` (``insight_refresh.metrics_id`` is the last metrics row read), so the
Insights section reads 10,000 rows instead of a year of metric snapshots.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from studio import clock
from studio.storage.models import Base


class OrderImport(Base):
    __tablename__ = "order_imports"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    file: Mapped[str] = mapped_column(Text)
    format: Mapped[str] = mapped_column(String(16))  # shopify|woocommerce|csv
    encoding: Mapped[str | None] = mapped_column(String(32))
    mapping: Mapped[dict | None] = mapped_column(JSON)
    status: Mapped[str] = mapped_column(String(16), default="running")  # running|committed|failed
    rows_read: Mapped[int] = mapped_column(Integer, default=0)
    added: Mapped[int] = mapped_column(Integer, default=0)
    updated: Mapped[int] = mapped_column(Integer, default=0)
    unchanged: Mapped[int] = mapped_column(Integer, default=0)
    error_count: Mapped[int] = mapped_column(Integer, default=0)
    errors: Mapped[list | None] = mapped_column(JSON)
    dropped_columns: Mapped[list | None] = mapped_column(JSON)  # personal data, dropped as read
    ignored_columns: Mapped[list | None] = mapped_column(JSON)  # not used by Insights
    started_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=clock.now)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class OrderLine(Base):
    __tablename__ = "order_lines"
    __table_args__ = (
        UniqueConstraint("source", "order_ref", "line_no", name="uq_order_lines_key"),
        Index("ix_order_lines_product_time", "product_id", "ordered_at"),
        Index("ix_order_lines_utm", "utm_campaign", "utm_content"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source: Mapped[str] = mapped_column(String(16))  # shopify|woocommerce|csv
    order_ref: Mapped[str] = mapped_column(String(128))
    line_no: Mapped[int] = mapped_column(Integer)
    ordered_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    sku: Mapped[str | None] = mapped_column(String(255), index=True)
    item_name: Mapped[str] = mapped_column(Text, default="")
    product_id: Mapped[int | None] = mapped_column(ForeignKey("products.id", ondelete="SET NULL"))
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    revenue: Mapped[Decimal | None] = mapped_column(Numeric(14, 4))
    currency: Mapped[str | None] = mapped_column(String(3))
    status: Mapped[str] = mapped_column(String(32), default="")
    country: Mapped[str | None] = mapped_column(String(2))
    utm_source: Mapped[str | None] = mapped_column(String(255))
    utm_medium: Mapped[str | None] = mapped_column(String(255))
    utm_campaign: Mapped[str | None] = mapped_column(String(255))
    utm_content: Mapped[str | None] = mapped_column(String(255))
    import_id: Mapped[int | None] = mapped_column(ForeignKey("order_imports.id", ondelete="SET NULL"))


class OrderAttribution(Base):
    __tablename__ = "order_attributions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    order_line_id: Mapped[int] = mapped_column(ForeignKey("order_lines.id", ondelete="CASCADE"), unique=True)
    post_id: Mapped[int | None] = mapped_column(ForeignKey("posts.id", ondelete="CASCADE"), index=True)
    live_kit_id: Mapped[int | None] = mapped_column(ForeignKey("live_kits.id", ondelete="CASCADE"), index=True)
    method: Mapped[str] = mapped_column(String(16))  # utm-post|utm-live


class InsightPost(Base):
    __tablename__ = "insight_posts"
    __table_args__ = (
        Index("ix_insight_posts_slice", "product_id", "market", "platform"),
        Index("ix_insight_posts_account_time", "account_id", "published_at"),
        Index("ix_insight_posts_draft", "draft_id", "draft_version_id"),
    )

    post_id: Mapped[int] = mapped_column(ForeignKey("posts.id", ondelete="CASCADE"), primary_key=True)
    account_id: Mapped[int] = mapped_column(Integer)
    platform: Mapped[str] = mapped_column(String(32))
    product_id: Mapped[int | None] = mapped_column(Integer)
    market: Mapped[str | None] = mapped_column(String(16))
    draft_id: Mapped[int | None] = mapped_column(Integer)
    draft_version_id: Mapped[int | None] = mapped_column(Integer)
    published_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    fetched_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    views: Mapped[int | None] = mapped_column(BigInteger)
    impressions: Mapped[int | None] = mapped_column(BigInteger)
    engagement: Mapped[int | None] = mapped_column(BigInteger)
    clicks: Mapped[int | None] = mapped_column(BigInteger)
    has_utm: Mapped[bool] = mapped_column(Boolean, default=False)
    utm_source: Mapped[str | None] = mapped_column(String(255))
    utm_medium: Mapped[str | None] = mapped_column(String(255))
    utm_campaign: Mapped[str | None] = mapped_column(String(255))
    utm_content: Mapped[str | None] = mapped_column(String(255))


class InsightRefresh(Base):
    """The one row (id 1) that says how far ``insight_posts`` has read ``post_metrics`` and ``posts``."""

    __tablename__ = "insight_refresh"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    metrics_id: Mapped[int] = mapped_column(BigInteger, default=0)
    posts_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    refreshed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
