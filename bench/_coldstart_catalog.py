"""A synthetic catalog database for the cold-start bench (used when ``bench/make_catalog.py`` is absent).

Rows are written with SQLAlchemy Core into a migrated database, like a real import would leave them:
products with 1–3 variants, one image row each (a few real PNG files shared by all), facts on some.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

VENDORS = ("Nordlicht", "Casa Verde", "Sakura Living", "Atlas Outdoor", "Lumen Labs", "Pawsome", "Vita Plus")
TYPES = ("T-Shirt", "Hoodie", "Lamp", "Chair", "Serum", "Headphones", "Dog Bed", "Supplement")
WORDS = ("Classic", "Organic", "Wireless", "Linen", "Compact", "Deluxe", "Everyday", "Travel", "Soft", "Pro")


def make_catalog_db(path: str | Path, n: int = 100_000, chunk: int = 5000) -> str:
    """Create a migrated SQLite database at ``path`` holding ``n`` products; returns its URL."""
    from sqlalchemy import insert

    from studio.storage import models as m
    from studio.storage.db import open_database

    path = Path(path)
    if path.exists():
        path.unlink()
    url = f"sqlite:///{path}"
    db = open_database(url)
    images = _images(path.parent / "coldstart-images")
    try:
        vid = 0
        for start in range(0, n, chunk):
            products, variants, media, facts = [], [], [], []
            for i in range(start, min(n, start + chunk)):
                pid = i + 1
                title = f"{WORDS[i % 10]} {TYPES[i % 8]} {i:06d}"
                products.append({
                    "id": pid, "handle": f"item-{i:06d}", "title": title, "body_html": f"<p>{title}</p>",
                    "body_text": title, "vendor": VENDORS[i % 7], "product_type": TYPES[i % 8], "category": "",
                    "tags": [], "status": "draft" if i % 11 == 0 else "active", "published": True,
                    "seo_title": "", "seo_description": "", "currency": "EUR", "extra": {},
                })
                for k in range(1 + i % 3):
                    vid += 1
                    variants.append({"id": vid, "product_id": pid, "sku": f"SKU-{i:06d}-{k}", "title": "",
                                     "options": {"Size": "SML"[k]}, "price": Decimal(9 + i % 90) + Decimal("0.99"),
                                     "currency": "EUR", "market_prices": {}, "position": k})
                media.append({"product_id": pid, "src": f"https://example.invalid/{i}.png",
                              "local_path": str(images[i % len(images)]), "alt": title, "position": 0,
                              "status": "ok" if i % 13 else "missing", "kind": "image"})
                if i % 4 == 0:
                    facts.append({"product_id": pid, "key": "material", "value": "cotton", "type": "text",
                                  "source": "import", "user_edited": False, "position": 0})
            with db.engine.begin() as conn:
                conn.execute(insert(m.Product.__table__), products)
                conn.execute(insert(m.Variant.__table__), variants)
                conn.execute(insert(m.Media.__table__), media)
                conn.execute(insert(m.Fact.__table__), facts)
        with db.engine.begin() as conn:
            conn.exec_driver_sql("ANALYZE")
    finally:
        db.dispose()
    return url


def _images(folder: Path) -> list[Path]:
    from PIL import Image

    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i, color in enumerate(((200, 60, 60), (60, 160, 90), (60, 90, 200), (230, 170, 40))):
        p = folder / f"c{i}.png"
        if not p.exists():
            Image.new("RGB", (320, 320), color).save(p)
        out.append(p)
    return out
