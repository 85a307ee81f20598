"""Products for generation tests, written straight to the database (no importer needed)."""

from __future__ import annotations

from typing import Any

from studio.storage import models as m


def add_product(db, handle: str = "linen-tee", *, title: str = "Linen Tee", vendor: str = "Nordhem",
                product_type: str = "T-Shirt", body_text: str = "A relaxed tee for warm days.",
                facts: list[dict[str, Any]] | None = None, variants: list[dict[str, Any]] | None = None,
                tags: list[str] | None = None, extra: dict | None = None) -> int:
    facts = facts if facts is not None else [
        {"key": "material", "value": "100% linen", "data": {"materials": ["linen"], "percent": {"linen": 100}}},
        {"key": "colour", "value": "white"},
        {"key": "weight", "value": "180 g", "type": "weight", "unit": "g",
         "data": {"value": 180, "unit": "g", "grams": 180}},
        {"key": "care", "value": "machine wash"},
        {"key": "origin", "value": "Portugal"},
    ]
    variants = variants if variants is not None else [
        {"sku": f"{handle.upper()}-S", "options": {"Size": "S"}, "price": 29, "currency": "EUR"},
        {"sku": f"{handle.upper()}-M", "options": {"Size": "M"}, "price": 29, "currency": "EUR"},
    ]
    with db.session() as s:
        p = m.Product(handle=handle, title=title, vendor=vendor, product_type=product_type, body_text=body_text,
                      tags=tags if tags is not None else ["linen", "summer"], extra=extra or {})
        s.add(p)
        s.flush()
        for i, v in enumerate(variants):
            s.add(m.Variant(product_id=p.id, position=i, **v))
        for i, f in enumerate(facts):
            s.add(m.Fact(product_id=p.id, position=i, **f))
        return p.id
