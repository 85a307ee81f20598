"""Small catalog read helpers the desktop views need on top of ``studio.services.catalog`` (Qt-free)."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import func, select

from studio.domain import ChangeSummary
from studio.storage import models as m
from studio.storage.db import Database


def max_product_id(db: Database) -> int:
    """The highest product id (0 for an empty catalog). Ids only grow, so ids above it are new."""
    with db.engine.connect() as conn:
        return int(conn.execute(select(func.coalesce(func.max(m.Product.id), 0))).scalar_one())


def import_changes(before_max_id: int, product_ids: Iterable[int], message: str = "") -> ChangeSummary:
    """The change summary of an import: ids above ``before_max_id`` were created, the others updated."""
    ids = sorted({int(i) for i in product_ids})
    return ChangeSummary(created=tuple(i for i in ids if i > before_max_id),
                         updated=tuple(i for i in ids if i <= before_max_id), entity="product", message=message)
