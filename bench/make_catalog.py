"""Synthetic catalogs for benches: a Shopify product CSV of N rows, and a ready catalog database.

``write_shopify_csv(path, rows)`` writes a realistic multi-row Shopify product CSV (4 rows per product:
the product row and 3 more variant rows, Body (HTML) with facts, options, prices, grams, image URLs).
``write_shopify_csv_real(path, rows)`` writes the same catalog shaped like real exports (issue 14): long HTML
bodies as Shopify's editor saves them (paragraphs in list items, spans with styles, entities, a table),
several image URLs per product (one per row, as Shopify exports extra images) with variant images, and
one SKU in every 500 products shared with the product before it.
``make_catalog_db(path, n)`` creates a migrated SQLite database holding ``n`` products as an import
leaves them (1–3 variants, an image each pointing at a sample PNG, facts) with Core bulk inserts, and
returns its URL — the UI cold-start bench opens it.
"""

from __future__ import annotations

import csv
import random
from decimal import Decimal
from pathlib import Path

HEADER = ["Handle", "Title", "Body (HTML)", "Vendor", "Product Category", "Type", "Tags", "Published",
          "Option1 Name", "Option1 Value", "Option2 Name", "Option2 Value", "Variant SKU", "Variant Grams",
          "Variant Inventory Qty", "Variant Price", "Variant Compare At Price", "Variant Barcode", "Image Src",
          "Image Position", "Image Alt Text", "SEO Title", "SEO Description", "Variant Weight Unit",
          "Price / International", "Status"]
VENDORS = ("Northwind Basics", "Fjell & Co", "Sora Audio", "Voltkit", "Lumen Skin", "Oakhaus", "Pawsome Goods",
           "Kiln & Clay", "Loom Living")
TYPES = ("T-Shirts", "Hoodies", "Earbuds", "Serums", "Tables", "Dog Harnesses", "Mugs", "Cushions", "Candles")
ADJ = ("Organic", "Classic", "Wireless", "Linen", "Compact", "Everyday", "Travel", "Soft", "Solid", "Recycled")
MATERIALS = ("100% organic cotton", "100% linen", "solid oak", "stainless steel", "stoneware", "merino wool")
SIZES = ("S", "M", "L", "XL")
COLORS = ("Black", "White", "Navy", "Sage", "Clay")


def shopify_rows(n_rows: int, seed: int = 7):
    rnd = random.Random(seed)
    i = 0
    p = 0
    while i < n_rows:
        ptype = TYPES[p % len(TYPES)]
        title = f"{ADJ[p % len(ADJ)]} {ptype[:-1]} {p:06d}"
        handle = f"{ADJ[p % len(ADJ)].lower()}-{ptype[:-1].lower().replace(' ', '-')}-{p:06d}"
        color = COLORS[p % len(COLORS)]
        body = (f"<p>{title}: a dependable everyday piece.</p><ul><li><strong>Material:</strong> "
                f"{MATERIALS[p % len(MATERIALS)]}</li><li>Dimensions: {20 + p % 60} x {10 + p % 30} x {5 + p % 20} cm"
                f"</li><li>Weight: {0.2 + (p % 40) / 10:.1f} kg</li><li>Care: wipe clean</li></ul>")
        for k in range(4):
            if i >= n_rows:
                break
            price = Decimal(rnd.randint(900, 19900)) / 100
            row = dict.fromkeys(HEADER, "")
            row.update({"Handle": handle, "Option1 Value": SIZES[k], "Option2 Value": color,
                        "Variant SKU": f"SKU-{p:06d}-{SIZES[k]}", "Variant Grams": str(200 + p % 800),
                        "Variant Inventory Qty": str(rnd.randint(0, 50)), "Variant Price": f"{price:.2f}",
                        "Variant Weight Unit": "kg", "Price / International": f"{price * Decimal('1.1'):.2f}"})
            if k == 0:
                row.update({"Title": title, "Body (HTML)": body, "Vendor": VENDORS[p % len(VENDORS)],
                            "Product Category": "Apparel & Accessories", "Type": ptype, "Tags": "bench, sample",
                            "Published": "TRUE", "Option1 Name": "Size", "Option2 Name": "Color",
                            "Image Src": f"https://cdn.example.invalid/files/{handle}.jpg", "Image Position": "1",
                            "Image Alt Text": title, "SEO Title": title, "SEO Description": f"Buy {title}",
                            "Status": "active", "Variant Compare At Price": f"{price + 10:.2f}"})
            yield [row[h] for h in HEADER]
            i += 1
        p += 1


def real_shopify_rows(n_rows: int, seed: int = 7):
    """``shopify_rows`` made real-shaped: HTML bodies, 4 images a product (+ variant images), shared SKUs."""
    src = shopify_rows(n_rows, seed)
    idx = {h: i for i, h in enumerate(HEADER)}
    prev_sku = None
    for n, row in enumerate(src):
        k = n % 4
        p = n // 4
        handle = row[idx["Handle"]]
        if k == 0:
            title = row[idx["Title"]]
            row[idx["Body (HTML)"]] = (
                f'<p><span style="font-weight: 400;">{title} &ndash; made to last, designed in Lisbon &amp; '
                f'finished by hand.</span></p><p>&nbsp;</p><h3>Details</h3><ul><li><p><strong>Material:</strong> '
                f'{MATERIALS[p % len(MATERIALS)]}</p></li><li><p>Dimensions: {20 + p % 60} x {10 + p % 30} x '
                f'{5 + p % 20} cm</p></li><li><p>Weight: {0.2 + (p % 40) / 10:.1f}&nbsp;kg</p></li><li><p>Care: '
                f'wipe clean, do not tumble dry</p></li></ul><table><tr><th>Size</th><th>Chest</th></tr><tr><td>S'
                f'</td><td>96 cm</td></tr><tr><td>M</td><td>102 cm</td></tr></table><p><em>Ships in 2&ndash;3 '
                f'days.</em> Questions? <a href="https://example.invalid/contact">Write to us</a>.</p>')
            prev = row[idx["Variant SKU"]]
            if p % 500 == 1 and prev_sku:
                row[idx["Variant SKU"]] = prev_sku  # a SKU the product before also uses
            prev_sku = prev
        else:
            row[idx["Image Src"]] = f"https://cdn.example.invalid/files/{handle}-{k + 1}.jpg"
            row[idx["Image Position"]] = str(k + 1)
        yield row


def write_shopify_csv_real(path: str | Path, n_rows: int = 100_000) -> Path:
    path = Path(path)
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow([*HEADER, "Variant Image"])
        for r in real_shopify_rows(n_rows):
            w.writerow([*r, _variant_image(r)])  # each variant shows the image of its row
    return path


def _variant_image(row: list[str]) -> str:
    handle, pos = row[HEADER.index("Handle")], row[HEADER.index("Image Position")] or "1"
    return f"https://cdn.example.invalid/files/{handle}-{pos}.jpg" if pos != "1" else \
        f"https://cdn.example.invalid/files/{handle}.jpg"


def write_shopify_csv(path: str | Path, n_rows: int = 100_000) -> Path:
    path = Path(path)
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(HEADER)
        for r in shopify_rows(n_rows):
            w.writerow(r)
    return path


def make_catalog_db(path: str | Path, n: int = 100_000, chunk: int = 5000) -> str:
    """Create a migrated SQLite database at ``path`` with ``n`` products; returns its URL."""
    from sqlalchemy import insert

    from studio import clock
    from studio.storage import models as m
    from studio.storage.db import open_database

    path = Path(path)
    for suffix in ("", "-wal", "-shm"):
        p = Path(str(path) + suffix)
        if p.exists():
            p.unlink()
    url = f"sqlite:///{path}"
    db = open_database(url)
    sample_images = sorted((Path(__file__).resolve().parents[1] / "assets" / "sample" / "images").glob("*.png"))
    now = clock.now()
    try:
        vid = 0
        with db.engine.begin() as conn:
            for start in range(0, n, chunk):
                products, variants, media, facts = [], [], [], []
                for i in range(start, min(n, start + chunk)):
                    pid = i + 1
                    ptype = TYPES[i % len(TYPES)]
                    title = f"{ADJ[i % len(ADJ)]} {ptype[:-1]} {i:06d}"
                    products.append({
                        "id": pid, "handle": f"item-{i:06d}", "title": title, "body_html": f"<p>{title}</p>",
                        "body_text": title, "vendor": VENDORS[i % len(VENDORS)], "product_type": ptype,
                        "category": "", "tags": [], "status": "draft" if i % 11 == 0 else "active", "published": True,
                        "seo_title": "", "seo_description": "", "currency": "EUR", "extra": {},
                        "source_language": "en", "created_at": now, "updated_at": now,
                    })
                    for k in range(1 + i % 3):
                        vid += 1
                        variants.append({"id": vid, "product_id": pid, "sku": f"SKU-{i:06d}-{k}", "title": SIZES[k],
                                         "options": {"Size": SIZES[k]}, "price": Decimal(9 + i % 90) + Decimal("0.99"),
                                         "currency": "EUR", "market_prices": {}, "position": k})
                    img = str(sample_images[i % len(sample_images)]) if sample_images else None
                    media.append({"product_id": pid, "src": f"https://cdn.example.invalid/{i}.png", "local_path": img,
                                  "alt": title, "position": 1, "status": "ok" if img and i % 13 else "missing",
                                  "kind": "image"})
                    facts.append({"product_id": pid, "key": "material", "value": MATERIALS[i % len(MATERIALS)],
                                  "type": "text", "source": "import", "user_edited": False, "position": 0,
                                  "updated_at": now})
                conn.execute(insert(m.Product.__table__), products)
                conn.execute(insert(m.Variant.__table__), variants)
                conn.execute(insert(m.Media.__table__), media)
                conn.execute(insert(m.Fact.__table__), facts)
    finally:
        db.dispose()
    return url
