"""Fixtures for the catalog UI tests: an AppContext over a migrated SQLite database, rows made with Core."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import insert

VENDORS = ("Acme", "Borealis", "Cedar & Co")
TYPES = ("Shirt", "Lamp", "Serum", "Chair")


def insert_products(db, n: int, start: int = 0, image_dir=None, prefix: str = "Product") -> list[int]:
    """Insert ``n`` products (with one variant each, facts on every 10th) with SQLAlchemy Core."""
    from studio.storage import models as m

    products, variants, media, facts = [], [], [], []
    first_id = start + 1
    for i in range(start, start + n):
        pid = i + 1
        products.append({
            "id": pid, "handle": f"p-{i:06d}", "title": f"{prefix} {i:06d}", "body_html": "", "body_text": f"Body {i}",
            "vendor": VENDORS[i % len(VENDORS)], "product_type": TYPES[i % len(TYPES)], "category": "", "tags": [],
            "status": "draft" if i % 7 == 0 else "active", "published": True, "seo_title": "", "seo_description": "",
            "currency": "USD", "extra": {},
        })
        variants.append({"product_id": pid, "sku": f"SKU-{i:06d}", "title": "Default", "options": {"Size": "M"},
                         "price": Decimal("10.00") + i % 50, "currency": "USD", "market_prices": {}, "position": 0})
        if image_dir is not None and i % 2 == 0:
            media.append({"product_id": pid, "src": f"img{i}.png", "local_path": str(image_dir / f"img{i % 4}.png"),
                          "alt": "", "position": 0, "status": "ok", "kind": "image"})
        if i % 10 == 0:
            facts.append({"product_id": pid, "key": "material", "value": "cotton", "type": "text", "source": "import",
                          "user_edited": False, "position": 0})
    with db.engine.begin() as conn:
        conn.execute(insert(m.Product.__table__), products)
        conn.execute(insert(m.Variant.__table__), variants)
        if media:
            conn.execute(insert(m.Media.__table__), media)
        if facts:
            conn.execute(insert(m.Fact.__table__), facts)
    return list(range(first_id, first_id + n))


@pytest.fixture
def images(tmp_path):
    """Four small real PNG files."""
    from PySide6.QtGui import QColor, QImage

    d = tmp_path / "imgs"
    d.mkdir()
    for i, color in enumerate(("#d33", "#3a3", "#33d", "#fa0")):
        img = QImage(120, 90, QImage.Format.Format_RGB32)
        img.fill(QColor(color))
        assert img.save(str(d / f"img{i}.png"))
    return d
