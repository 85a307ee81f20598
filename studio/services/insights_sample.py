"""Sample Insights data for the demo and the screenshots — labelled as sample everywhere it shows.

Two sample accounts (``sample-instagram``, ``sample-tiktok``) get 60 days of published posts of the first products
of the catalog in two markets, each post with metrics rows (note "sample data"), two caption versions per slot
(written by the offline writer), and sample order lines (source ``sample``): some carry the UTM tags of the posts'
shop links, some none. Deterministic (a fixed seed), so screenshots are stable. Never used for a real account.

Everything it adds is marked so the services can tell it apart and ``remove_sample`` deletes exactly that:
accounts named ``sample-…`` with ``settings["sample"]``, posts with ``options["sample"]``, drafts whose variant is
``SAMPLE_VARIANT`` (beside the user's own drafts, never a new version of one; approved, as published drafts are,
so they never wait in the Review queue or count on Home), order lines with source ``sample``. ``describe`` says
what a load adds (the app asks before loading).
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import delete, func, select, update

from studio import clock
from studio.storage import models as m
from studio.storage import models_metrics as mm
from studio.storage import models_orders as mo
from studio.storage.db import Database

ACCOUNTS = (("instagram", "sample-instagram"), ("tiktok", "sample-tiktok"))
MARKETS = ("en-US", "de-DE")
ACCOUNT_NAMES = tuple(name for _p, name in ACCOUNTS)
SAMPLE_VARIANT = "sample"  # the drafts' variant key: sample drafts sit beside the user's own, never on them
ORDER_SOURCE = "sample"


def is_sample_account(name: str, settings: dict[str, Any] | None = None) -> bool:
    return name in ACCOUNT_NAMES or bool((settings or {}).get("sample"))


def describe(db: Database, *, products: int = 3) -> dict[str, Any]:
    """What ``load_sample`` would add (for the confirmation), and whether sample data is there already."""
    with db.session() as s:
        n_products = min(products, int(s.scalar(select(func.count()).select_from(m.Product)) or 0))
        present = s.scalar(select(m.Account.id).where(m.Account.name.in_(ACCOUNT_NAMES))) is not None
    return {"present": present, "products": n_products, "markets": list(MARKETS), "accounts": list(ACCOUNT_NAMES),
            "drafts": n_products * len(MARKETS) * len(ACCOUNTS)}


def present(db: Database) -> bool:
    with db.session() as s:
        return s.scalar(select(m.Account.id).where(m.Account.name.in_(ACCOUNT_NAMES))) is not None


def _delete_with_dependents(s: Any, table: str, ids: list[int]) -> int:
    """Delete rows ``ids`` of ``table`` and the rows of every table whose foreign key points at them."""
    if not ids:
        return 0
    md = m.Base.metadata
    for t in md.sorted_tables:
        for fk in t.foreign_keys:
            if fk.column.table.name == table and fk.parent.table is t and t.name != table:
                s.execute(delete(t).where(fk.parent.in_(ids)))
    target = md.tables[table]
    return int(s.execute(delete(target).where(target.c.id.in_(ids))).rowcount or 0)


def remove_sample(db: Database) -> dict[str, Any]:
    """Delete exactly what ``load_sample`` added (the marked rows and what hangs off them); recompute insights."""
    from studio.services import orders

    with db.session() as s:
        acc_ids = [int(i) for i in s.scalars(select(m.Account.id).where(m.Account.name.in_(ACCOUNT_NAMES)))]
        post_ids = [int(i) for i in s.scalars(select(m.Post.id).where(m.Post.account_id.in_(acc_ids)))] \
            if acc_ids else []
        line_ids = [int(i) for i in s.scalars(select(mo.OrderLine.id).where(mo.OrderLine.source == ORDER_SOURCE))]
        draft_ids = [int(i) for i in s.scalars(select(m.Draft.id).where(m.Draft.variant == SAMPLE_VARIANT))]
        version_rows = s.execute(select(m.DraftVersion.id, m.DraftVersion.inputs_hash)
                                 .where(m.DraftVersion.draft_id.in_(draft_ids))).all() if draft_ids else []
        hashes = [h for _i, h in version_rows if h]
        out = {"posts": _delete_with_dependents(s, "posts", post_ids),
               "order_lines": _delete_with_dependents(s, "order_lines", line_ids),
               "draft_versions": _delete_with_dependents(s, "draft_versions", [int(i) for i, _h in version_rows]),
               "drafts": _delete_with_dependents(s, "drafts", draft_ids), "accounts": 0}
        if hashes:
            s.execute(delete(m.GenerationCache).where(m.GenerationCache.inputs_hash.in_(hashes)))
        # the insight rows of the sample posts went with them (foreign keys); the refresh watermark goes too when
        # the load made it
        made_refresh = bool(acc_ids) and all(
            (a.settings or {}).get("had_refresh") is False for a in s.scalars(select(m.Account).where(
                m.Account.id.in_(acc_ids))))
        out["accounts"] = _delete_with_dependents(s, "accounts", acc_ids)
        if made_refresh:
            s.execute(delete(mo.InsightRefresh))
        remaining = s.scalar(select(mo.OrderLine.id).limit(1)) is not None
    if remaining and out["posts"]:  # the user's own orders lose their links to the sample posts: attribute again
        orders.attribute(db)
    return {"removed": any(out.values()), **out}


def load_sample(db: Database, *, products: int = 3, days: int = 60, seed: int = 20,
                now: datetime | None = None) -> dict[str, Any]:
    """Create the sample posts, metrics and orders once (a second call adds nothing)."""
    from studio.services import generation, insights, orders

    rng = random.Random(seed)
    now = (now or clock.now()).replace(minute=0, second=0, microsecond=0)
    with db.session() as s:
        if s.scalar(select(m.Account.id).where(m.Account.name == ACCOUNTS[0][1])) is not None:
            return {"created": False}
        prods = s.execute(select(m.Product.id, m.Product.handle).order_by(m.Product.id).limit(products)).all()
        if not prods:
            return {"created": False, "reason": "the catalog is empty: load the sample catalog or import products first"}
        had_refresh = s.get(mo.InsightRefresh, 1) is not None
        acc_ids = {}
        for platform, name in ACCOUNTS:
            acc = m.Account(platform=platform, name=name, settings={"sample": True, "had_refresh": had_refresh},
                            status="connected")
            s.add(acc)
            s.flush()
            acc_ids[platform] = acc.id
    posts = 0
    lines: list[dict[str, Any]] = []
    for pid, handle in prods:
        for market in MARKETS:
            for platform in ("instagram", "tiktok"):
                versions = []
                for k in range(2):
                    d = generation.generate_one(db, int(pid), market, "caption", platform, "offline",
                                                extra={"variant": SAMPLE_VARIANT, **({"variant_seed": k} if k else {})},
                                                use_cache=k == 0)
                    versions.append(d.latest.id if d.latest else None)
                with db.session() as s:  # published drafts are approved: none waits in the Review queue
                    s.execute(update(m.Draft).where(m.Draft.id == d.id)
                              .values(status="approved", approved_version=m.Draft.current_version))
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
                        lines.append({"source": ORDER_SOURCE, "order_ref": f"S-{pid}-{market}-{platform}-{i}-{n}",
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
    return {"created": True, **counts, "posts": posts, "order_lines": len(lines)}
