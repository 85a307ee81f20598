"""Frozen DTOs handed to the UI, CLI and generators. ORM rows never leave ``studio.storage``."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any


@dataclass(frozen=True)
class FactDTO:
    key: str
    value: str
    type: str = "text"
    unit: str | None = None
    data: dict | None = None
    source: str = "import"
    user_edited: bool = False


@dataclass(frozen=True)
class VariantDTO:
    id: int
    sku: str | None
    title: str
    options: dict[str, str]
    price: Decimal | None
    compare_at_price: Decimal | None
    currency: str | None
    market_prices: dict[str, str]
    barcode: str | None
    grams: Decimal | None
    weight_unit: str | None
    inventory: int | None = None


@dataclass(frozen=True)
class MediaDTO:
    id: int
    src: str
    local_path: str | None
    alt: str
    position: int
    status: str
    variant_id: int | None = None
    width: int | None = None
    height: int | None = None


@dataclass(frozen=True)
class ProductSummary:
    """One row of the catalog table: cheap to load for 100k products."""

    id: int
    handle: str
    title: str
    vendor: str
    product_type: str
    status: str
    variant_count: int
    min_price: Decimal | None
    currency: str | None
    thumbnail: str | None  # local path of the first image, if any


@dataclass(frozen=True)
class ProductDTO:
    id: int
    handle: str
    title: str
    body_text: str
    body_html: str
    vendor: str
    product_type: str
    category: str
    tags: tuple[str, ...]
    status: str
    seo_title: str
    seo_description: str
    source_language: str | None
    currency: str | None
    variants: tuple[VariantDTO, ...] = ()
    media: tuple[MediaDTO, ...] = ()
    facts: tuple[FactDTO, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict)
    updated_at: datetime | None = None

    def fact(self, key: str) -> FactDTO | None:
        for f in self.facts:
            if f.key == key:
                return f
        return None

    @property
    def skus(self) -> tuple[str, ...]:
        return tuple(v.sku for v in self.variants if v.sku)


@dataclass(frozen=True)
class ChangeSummary:
    """What a mutation changed; the UI broadcasts it once and views refresh what changed."""

    created: tuple[int, ...] = ()
    updated: tuple[int, ...] = ()
    deleted: tuple[int, ...] = ()
    entity: str = "product"
    message: str = ""

    @property
    def empty(self) -> bool:
        return not (self.created or self.updated or self.deleted)


class StudioError(Exception):
    """A user-facing error with a one-line reason (the CLI prints it and exits non-zero).

    ``hint`` is the command-line way out, kept apart from the reason: "run `studio mockup --list`",
    "or pass --at". The CLI prints it after the reason (``cli_text``); the app shows ``str(exc)`` — the reason
    alone — because its own controls sit next to the message."""

    def __init__(self, *args: object, hint: str | None = None) -> None:
        super().__init__(*args)
        self.hint = hint

    def cli_text(self) -> str:
        """The reason with the command-line hint after it, as ``studio`` prints it."""
        reason = str(self) or self.__class__.__name__
        return f"{reason} ({self.hint})" if self.hint else reason


class NotFound(StudioError):
    pass
