"""Posts, drafts, metrics and orders for the Insights tests (real rows through the ORM, no stubs)."""

from __future__ import annotations

import random
from datetime import UTC, datetime
from decimal import Decimal

from studio.storage import models as m
from studio.storage import models_metrics as mm
from studio.storage import models_orders as mo

BASE = datetime(2026, 3, 2, 0, 0, tzinfo=UTC)  # a Monday


def product(db, handle="tee", title="Organic Cotton T-Shirt", sku="TEE-WHT-M", facts=()):
    with db.session() as s:
        p = m.Product(handle=handle, title=title)
        s.add(p)
        s.flush()
        s.add(m.Variant(product_id=p.id, sku=sku, price=Decimal("24.00"), currency="EUR"))
        for i, (k, v) in enumerate(facts):
            s.add(m.Fact(product_id=p.id, key=k, value=v, position=i))
        return p.id


def account(db, name="shop-ig", platform="instagram", settings=None):
    with db.session() as s:
        a = m.Account(platform=platform, name=name, settings=settings or {})
        s.add(a)
        s.flush()
        return a.id


def draft(db, product_id, market="en-US", kind="caption", target="instagram", versions=({"text": "v1"},)):
    with db.session() as s:
        d = m.Draft(product_id=product_id, market=market, kind=kind, target=target, status="approved",
                    current_version=len(versions))
        s.add(d)
        s.flush()
        ids = []
        for i, content in enumerate(versions, 1):
            v = m.DraftVersion(draft_id=d.id, number=i, content=content, author="offline", provenance={})
            s.add(v)
            s.flush()
            ids.append(v.id)
        return d.id, ids


_seq = [0]


def post(db, account_id, product_id, market, at, *, version_id=None, text="", metrics=None):
    """A published post with one metrics row per dict in ``metrics`` (each with a ``fetched_at``)."""
    _seq[0] += 1
    with db.session() as s:
        p = m.Post(account_id=account_id, product_id=product_id, market=market, draft_version_id=version_id,
                   text=text, scheduled_at=at, state="published", published_at=at,
                   idempotency_key=f"seed-{_seq[0]}-{random.random()}")
        s.add(p)
        s.flush()
        platform = s.get(m.Account, account_id).platform
        for row in metrics or []:
            s.add(mm.PostMetric(post_id=p.id, platform=platform, **row))
        return p.id


def order_line(db, ref, at, product_id=None, sku=None, qty=1, revenue="10", currency="EUR", utm=None, line_no=1):
    with db.session() as s:
        ln = mo.OrderLine(source="csv", order_ref=ref, line_no=line_no, ordered_at=at, sku=sku, item_name="",
                          product_id=product_id, quantity=qty, revenue=Decimal(revenue), currency=currency,
                          status="paid", **(utm or {}))
        s.add(ln)
        s.flush()
        return ln.id
