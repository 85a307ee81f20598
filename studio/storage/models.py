"""SQLAlchemy 2 ORM models. ORM rows never leave ``studio.storage``; services hand out DTOs.

Schema changes go through Alembic migrations in ``studio/storage/migrations`` (applied at start-up).
Tables are shared by every issue's features; JSON columns hold per-feature details that do not need
their own index.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    Text,
    UniqueConstraint,
    event,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from studio import clock


class Base(DeclarativeBase):
    pass


# --------------------------------------------------------------------------- catalog


class ImportRun(Base):
    __tablename__ = "import_runs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    file: Mapped[str] = mapped_column(Text)
    format: Mapped[str] = mapped_column(String(32))
    encoding: Mapped[str | None] = mapped_column(String(32))
    delimiter: Mapped[str | None] = mapped_column(String(8))
    mapping: Mapped[dict | None] = mapped_column(JSON)
    status: Mapped[str] = mapped_column(String(16), default="running")  # running|committed|failed|cancelled|dry-run
    dry_run: Mapped[bool] = mapped_column(Boolean, default=False)
    import_valid_rows_only: Mapped[bool] = mapped_column(Boolean, default=False)
    rows_read: Mapped[int] = mapped_column(Integer, default=0)
    created: Mapped[int] = mapped_column(Integer, default=0)
    updated: Mapped[int] = mapped_column(Integer, default=0)
    error_count: Mapped[int] = mapped_column(Integer, default=0)
    errors: Mapped[list | None] = mapped_column(JSON)
    started_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=clock.now)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class Product(Base):
    __tablename__ = "products"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    handle: Mapped[str] = mapped_column(String(255), unique=True, index=True)
    title: Mapped[str] = mapped_column(Text, default="")
    body_html: Mapped[str] = mapped_column(Text, default="")
    body_text: Mapped[str] = mapped_column(Text, default="")
    vendor: Mapped[str] = mapped_column(String(255), default="")
    product_type: Mapped[str] = mapped_column(String(255), default="")
    category: Mapped[str] = mapped_column(Text, default="")
    tags: Mapped[list] = mapped_column(JSON, default=list)
    status: Mapped[str] = mapped_column(String(32), default="active")
    published: Mapped[bool] = mapped_column(Boolean, default=True)
    seo_title: Mapped[str] = mapped_column(Text, default="")
    seo_description: Mapped[str] = mapped_column(Text, default="")
    source_language: Mapped[str | None] = mapped_column(String(16))
    currency: Mapped[str | None] = mapped_column(String(3))
    extra: Mapped[dict] = mapped_column(JSON, default=dict)
    import_run_id: Mapped[int | None] = mapped_column(ForeignKey("import_runs.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=clock.now)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=clock.now, onupdate=clock.now)

    __table_args__ = (Index("ix_products_title", "title"),)


class Variant(Base):
    __tablename__ = "variants"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id", ondelete="CASCADE"), index=True)
    sku: Mapped[str | None] = mapped_column(String(255), index=True)
    title: Mapped[str] = mapped_column(Text, default="")
    options: Mapped[dict] = mapped_column(JSON, default=dict)  # {"Size": "M", "Color": "Red"}
    price: Mapped[Decimal | None] = mapped_column(Numeric(14, 4))
    compare_at_price: Mapped[Decimal | None] = mapped_column(Numeric(14, 4))
    currency: Mapped[str | None] = mapped_column(String(3))
    market_prices: Mapped[dict] = mapped_column(JSON, default=dict)  # {"United States": "19.99"}
    barcode: Mapped[str | None] = mapped_column(String(64))
    grams: Mapped[Decimal | None] = mapped_column(Numeric(14, 3))
    weight_unit: Mapped[str | None] = mapped_column(String(8))
    inventory: Mapped[int | None] = mapped_column(Integer)
    position: Mapped[int] = mapped_column(Integer, default=0)


class Media(Base):
    __tablename__ = "media"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id", ondelete="CASCADE"), index=True)
    variant_id: Mapped[int | None] = mapped_column(ForeignKey("variants.id", ondelete="SET NULL"))
    kind: Mapped[str] = mapped_column(String(16), default="image")
    src: Mapped[str] = mapped_column(Text)  # as given in the source: URL or path
    local_path: Mapped[str | None] = mapped_column(Text)  # content-addressed copy under media_dir()
    sha256: Mapped[str | None] = mapped_column(String(64))
    alt: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[str] = mapped_column(String(16), default="ok")  # ok|missing|remote
    width: Mapped[int | None] = mapped_column(Integer)
    height: Mapped[int | None] = mapped_column(Integer)

    __table_args__ = (Index("ix_media_status_product", "status", "product_id"),)  # Home: missing images


class Fact(Base):
    """A typed key/value attribute the generators are grounded on."""

    __tablename__ = "facts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id", ondelete="CASCADE"), index=True)
    key: Mapped[str] = mapped_column(String(64))  # material, dimensions, weight, colour, size, certification…
    value: Mapped[str] = mapped_column(Text)
    type: Mapped[str] = mapped_column(String(16), default="text")  # text|number|dimensions|weight|list|bool
    unit: Mapped[str | None] = mapped_column(String(16))
    data: Mapped[dict | None] = mapped_column(JSON)  # parsed form, e.g. {"l": 80, "w": 40, "h": 75, "unit": "cm"}
    source: Mapped[str] = mapped_column(String(16), default="import")  # import|html|user
    user_edited: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer, default=0)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=clock.now, onupdate=clock.now)

    __table_args__ = (UniqueConstraint("product_id", "key", name="uq_fact_product_key"),)


# --------------------------------------------------------------------------- translation memory


class Translation(Base):
    """The seller's own translation for one market: a product's name, an option value or a fact value.

    ``kind`` is ``name`` (product_id set, source = the product title), ``option`` (source = the option value;
    key = the option name or "" for any option) or ``fact`` (key = the fact key; product_id NULL means "this
    source value, in any product"). Product-specific entries win over market-wide ones.
    """

    __tablename__ = "translations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    product_id: Mapped[int | None] = mapped_column(ForeignKey("products.id", ondelete="CASCADE"), index=True)
    market: Mapped[str] = mapped_column(String(16), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # name|option|fact
    key: Mapped[str] = mapped_column(String(128), default="")
    source: Mapped[str] = mapped_column(Text, default="")
    value: Mapped[str] = mapped_column(Text)
    origin: Mapped[str] = mapped_column(String(32), default="user")  # user|shopify-csv
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=clock.now, onupdate=clock.now)


# --------------------------------------------------------------------------- generation


class BrandVoice(Base):
    __tablename__ = "brand_voices"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(128))
    version: Mapped[int] = mapped_column(Integer, default=1)
    data: Mapped[dict] = mapped_column(JSON, default=dict)  # tone, audience, do/dont words, glossary, samples
    is_default: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=clock.now)

    __table_args__ = (UniqueConstraint("name", "version", name="uq_brand_voice_version"),)


class Draft(Base):
    """One piece of content per product × market × kind × target; its text lives in versions."""

    __tablename__ = "drafts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id", ondelete="CASCADE"), index=True)
    market: Mapped[str] = mapped_column(String(16), index=True)  # locale tag, e.g. de-DE
    kind: Mapped[str] = mapped_column(String(32))  # listing|caption|faq|video-script|kit
    target: Mapped[str] = mapped_column(String(64), default="")  # amazon|shopify|tiktok|instagram…
    # "" = the plain draft; a campaign phase or a segment variant has its own key (e.g. "c3.teaser1.eco-minded"),
    # so variants sit side by side with the plain draft (migration 0006_campaigns)
    variant: Mapped[str] = mapped_column(String(128), default="", server_default="")
    segment: Mapped[str | None] = mapped_column(String(64), index=True)  # the segment a variant speaks to
    status: Mapped[str] = mapped_column(String(16), default="draft")  # draft|in-review|approved|rejected
    current_version: Mapped[int] = mapped_column(Integer, default=0)
    approved_version: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=clock.now)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=clock.now, onupdate=clock.now)

    __table_args__ = (UniqueConstraint("product_id", "market", "kind", "target", "variant", name="uq_draft_slot"),
                      Index("ix_drafts_status_market", "status", "market"))  # Home: awaiting review per market


class DraftVersion(Base):
    __tablename__ = "draft_versions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    draft_id: Mapped[int] = mapped_column(ForeignKey("drafts.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    content: Mapped[dict] = mapped_column(JSON)  # structured fields of the kind (title, bullets…)
    author: Mapped[str] = mapped_column(String(16), default="ai")  # ai|human|offline
    ai_generated: Mapped[bool] = mapped_column(Boolean, default=False)
    provenance: Mapped[dict] = mapped_column(JSON, default=dict)  # provider, model, prompt id/version, tokens, cost…
    inputs_hash: Mapped[str | None] = mapped_column(String(64), index=True)
    prompt: Mapped[str | None] = mapped_column(Text)  # the exact prompt sent
    checks: Mapped[list | None] = mapped_column(JSON)  # findings of the quality rules at creation
    # error findings in ``checks``, kept on every insert and update (below): Home counts drafts with errors by index
    error_count: Mapped[int] = mapped_column(Integer, default=0, server_default="0", index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=clock.now)

    __table_args__ = (UniqueConstraint("draft_id", "number", name="uq_draft_version_number"),)


def error_count(checks: object) -> int:
    """The number of error findings in a version's ``checks``."""
    if not isinstance(checks, list):
        return 0
    return sum(1 for c in checks if isinstance(c, dict) and c.get("severity") == "error")


@event.listens_for(DraftVersion, "before_insert")
@event.listens_for(DraftVersion, "before_update")
def _count_errors(_mapper: object, _conn: object, target: DraftVersion) -> None:
    target.error_count = error_count(target.checks)


class GenerationCache(Base):
    __tablename__ = "generation_cache"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    inputs_hash: Mapped[str] = mapped_column(String(64), unique=True)
    result: Mapped[dict] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=clock.now)


class GenerationRun(Base):
    __tablename__ = "generation_runs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    params: Mapped[dict] = mapped_column(JSON, default=dict)
    status: Mapped[str] = mapped_column(String(16), default="running")
    total: Mapped[int] = mapped_column(Integer, default=0)
    done: Mapped[int] = mapped_column(Integer, default=0)
    skipped: Mapped[int] = mapped_column(Integer, default=0)
    failed: Mapped[int] = mapped_column(Integer, default=0)
    tokens_in: Mapped[int] = mapped_column(Integer, default=0)
    tokens_out: Mapped[int] = mapped_column(Integer, default=0)
    cost: Mapped[Decimal] = mapped_column(Numeric(12, 6), default=Decimal(0))
    started_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=clock.now)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


# --------------------------------------------------------------------------- assets


class Asset(Base):
    """A generated file (video, mockup, glb, kit, cover), content-addressed, with provenance."""

    __tablename__ = "assets"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    product_id: Mapped[int | None] = mapped_column(ForeignKey("products.id", ondelete="CASCADE"), index=True)
    market: Mapped[str | None] = mapped_column(String(16))
    kind: Mapped[str] = mapped_column(String(32))  # video|cover|subtitles|mockup|glb|usdz|kit|qr|overlay
    path: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str | None] = mapped_column(String(64))
    mime: Mapped[str | None] = mapped_column(String(64))
    width: Mapped[int | None] = mapped_column(Integer)
    height: Mapped[int | None] = mapped_column(Integer)
    duration: Mapped[float | None] = mapped_column(Numeric(10, 3))
    inputs_hash: Mapped[str | None] = mapped_column(String(64), index=True)
    ai_generated: Mapped[bool] = mapped_column(Boolean, default=False)
    provenance: Mapped[dict] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=clock.now)


# --------------------------------------------------------------------------- channels


class Account(Base):
    __tablename__ = "accounts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    platform: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(128), unique=True)
    base_url: Mapped[str | None] = mapped_column(Text)
    settings: Mapped[dict] = mapped_column(JSON, default=dict)  # non-secret: board id, page id, privacy…
    status: Mapped[str] = mapped_column(String(24), default="connected")  # connected|needs-reconnect
    token_expires_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=clock.now)


class Post(Base):
    __tablename__ = "posts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"), index=True)
    product_id: Mapped[int | None] = mapped_column(ForeignKey("products.id", ondelete="SET NULL"))
    draft_version_id: Mapped[int | None] = mapped_column(ForeignKey("draft_versions.id", ondelete="SET NULL"))
    market: Mapped[str | None] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(Text, default="")
    first_comment: Mapped[str | None] = mapped_column(Text)
    media: Mapped[list] = mapped_column(JSON, default=list)  # [{"path":…, "kind": "video"}]
    options: Mapped[dict] = mapped_column(JSON, default=dict)  # privacy, is_aigc, branded content…
    scheduled_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    state: Mapped[str] = mapped_column(String(24), default="scheduled", index=True)
    # scheduled|publishing|published|failed|needs-attention|cancelled
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    claimed_by: Mapped[str | None] = mapped_column(String(128))
    claimed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    intent_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    platform_post_id: Mapped[str | None] = mapped_column(String(255))
    platform_url: Mapped[str | None] = mapped_column(Text)
    receipt: Mapped[dict | None] = mapped_column(JSON)
    last_error: Mapped[str | None] = mapped_column(Text)
    override_reason: Mapped[str | None] = mapped_column(Text)
    idempotency_key: Mapped[str] = mapped_column(String(64), unique=True)
    published_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=clock.now)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=clock.now, onupdate=clock.now)


class PostEvent(Base):
    __tablename__ = "post_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    post_id: Mapped[int] = mapped_column(ForeignKey("posts.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=clock.now)
    kind: Mapped[str] = mapped_column(String(32))  # intent|receipt|error|retry|reconcile|override
    detail: Mapped[dict] = mapped_column(JSON, default=dict)


class RecurringSlot(Base):
    __tablename__ = "recurring_slots"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"), index=True)
    weekday: Mapped[int] = mapped_column(Integer)  # 0 = Monday
    time_of_day: Mapped[str] = mapped_column(String(5))  # "18:30" in the account's timezone
    timezone: Mapped[str] = mapped_column(String(64), default="UTC")


# --------------------------------------------------------------------------- livestream


class LiveKit(Base):
    __tablename__ = "live_kits"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    market: Mapped[str] = mapped_column(String(16))
    platform: Mapped[str] = mapped_column(String(32))
    starts_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    data: Mapped[dict] = mapped_column(JSON, default=dict)  # products, segments, persona, generated kit
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=clock.now)


# --------------------------------------------------------------------------- per-area tables
# Each area keeps its tables in its own module (one migration each); importing them here registers them on
# Base.metadata, which the migrations and the schema test compare against.
from studio.storage import (  # noqa: E402,F401  (registration imports, after Base exists)
    models_campaigns,
    models_creators,
    models_metrics,
    models_orders,
    models_review,
)
