"""Sample Insights data for the demo and the screenshots — labelled as sample everywhere it shows.

Two sample accounts (``sample-instagram``, ``sample-tiktok``) get 60 days of published posts of the first products
of the catalog in two markets, each post with metrics rows (note "sample data"), two caption versions per slot
(written by the offline writer), and sample order lines (source ``sample``): some carry the UTM tags of the posts'
shop links, some none. Deterministic (a fixed seed), so screenshots are stable. Never used for a real account.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from studio.storage import models as m
from studio.storage import models_metrics as mm
from studio.storage import models_orders as mo
from studio.storage.db import Database

ACCOUNTS = (("instagram", "sample-instagram"), ("tiktok", "sample-tiktok"))
MARKETS = ("en-US", "de-DE")


def load_sample(db: Database, *, products: int = 3, days: int = 60, seed: int = 20,
                now: datetime | None = None) -> dict[str, Any]:
    """Create the sample posts, metrics and orders once (a second call adds nothing)."""
    from studio.services import generation, insights, orders

    rng = random.Random(seed)
    now = (now or datetime.now(UTC)).replace(minute=0, second=0, microsecond=0)
    with db.session() as s:
        if s.scalar(select(m.Account.id).where(m.Account.name == ACCOUNTS[0][1])) is not None:
            return {"created": False}
        prods = s.execute(select(m.Product.id, m.Product.handle).order_by(m.Product.id).limit(products)).all()
        acc_ids = {}
        for platform, name in ACCOUNTS:
            acc = m.Account(platform=platform, name=name, settings={"sample": True}, status="connected")
            s.add(acc)
            s.flush()
            acc_ids[platform] = acc.id
    if not prods:
        return {"created": False, "reason": "the catalog is empty"}
    posts = 0
    lines: list[dict[str, Any]] = []
    for pid, handle in prods:
        for market in MARKETS:
            for platform in ("instagram", "tiktok"):
                versions = []
                for k in range(2):
                    d = generation.generate_one(db, int(pid), market, "caption", platform, "offline",
                                                extra={"variant_seed": k} if k else None, use_cache=k == 0)
                    versions.append(d.latest.id if d.latest else None)
                quality = [1.0, 1.0 + rng.uniform(0.2, 0.8)]  # the second version does better
                campaign = f"sample-{handle}-{market}".lower()
                for i in range(days // 4):
                    k = i % 2
                    day = now - timedelta(days=days - i * 4 - rng.randint(0, 2))
                    hour = rng.choice((9, 12, 18, 18, 20, 21))
                    at = day.replace(hour=hour)
                    tagged = i % 3 != 0
                    link = (f"https://shop.example/products/{handle}?utm_source={platform}&utm_medium=social&"
                            f"utm_campaign={campaign}&utm_content=v{k + 1}") if tagged else ""
                    views = int(rng.lognormvariate(7.5, 0.6) * (1.3 if hour >= 18 else 1.0))
                    rate = 0.03 * quality[k] * (1.4 if hour >= 18 else 1.0) * rng.uniform(0.7, 1.3)
                    likes = int(views * rate * 0.8)
                    with db.session() as s:
                        post = m.Post(account_id=acc_ids[platform], product_id=int(pid), market=market,
                                      draft_version_id=versions[k], text=f"Sample post {i + 1}. {link}".strip(),
                                      options={"sample": True}, scheduled_at=at, state="published",
                                      published_at=at, idempotency_key=f"sample-{pid}-{market}-{platform}-{i}")
                        s.add(post)
                        s.flush()
                        for f in (1, 3, 7):
                            if at + timedelta(days=f) <= now:
                                grow = {1: 0.6, 3: 0.9, 7: 1.0}[f]
                                s.add(mm.PostMetric(post_id=post.id, platform=platform, fetched_at=at + timedelta(days=f),
                                                    views=int(views * grow), likes=int(likes * grow),
                                                    comments=int(likes * grow * 0.15), shares=int(likes * grow * 0.1),
                                                    clicks=int(views * grow * 0.01), note="sample data"))
                    posts += 1
                    for n in range(rng.randint(0, 3)):
                        when = at + timedelta(hours=rng.randint(1, 60))
                        if when > now:
                            continue
                        utm = {"utm_source": platform, "utm_medium": "social", "utm_campaign": campaign,
                               "utm_content": f"v{k + 1}"} if tagged and n % 2 == 0 else {}
                        lines.append({"source": "sample", "order_ref": f"S-{pid}-{market}-{platform}-{i}-{n}",
                                      "line_no": 1, "ordered_at": when, "sku": None, "item_name": str(handle),
                                      "product_id": int(pid), "quantity": 1,
                                      "revenue": Decimal("29.00") if market == "en-US" else Decimal("27.00"),
                                      "currency": "USD" if market == "en-US" else "EUR", "status": "paid",
                                      "country": market[-2:], **utm})
    with db.session() as s:
        for row in lines:
            s.add(mo.OrderLine(**row))
    insights.refresh(db)
    counts = orders.attribute(db)
    return {"created": True, "posts": posts, "order_lines": len(lines), **counts}
