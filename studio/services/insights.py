"""Insights (issue 20 items 2–4): what was posted, how it did, what sold — and the next variant from the winner.

Qt-free. Reads ``insight_posts`` (one row per published post with its latest metrics, kept current by
``refresh`` from the metrics time series) and the imported order lines.

* ``table`` — per product × market × channel: posts, views, engagement rate, clicks, orders and revenue, each
  number with its sample size (how many posts reported it; views behind a rate). Orders come in two kinds that
  are never added together: **attributed** (the order's UTM tags match the post's shop link) and
  **correlation** (sales of the product in the ``CORRELATION_HOURS`` after a post that carried no UTM link — the
  post may or may not have caused them; each order line counts once, for the latest such post before it).
  Both are computed by ``studio.services.orders.attribute`` when orders are imported or posts appear.
* ``best_times`` — weekday × hour in the account's time zone from its own posts, shown only from
  ``MIN_POSTS`` posts with a known rate, a cell only from ``MIN_CELL`` posts; each cell's mean engagement rate
  carries a 95 % bootstrap percentile interval (``BOOTSTRAP`` resamples of its posts, fixed seed).
* ``compare`` — two versions (variants) of the same draft on the same channel: Mann-Whitney U on per-post
  engagement rates (normal approximation with tie correction, two-sided; assumes posts are independent and
  exchangeable within a variant — the verdict), plus a two-proportion z-test on pooled engagements/views
  (assumes every view an independent trial, which overstates certainty when posts differ; shown, not the
  verdict).
* ``next_variant`` — from the better variant, a new version of the same draft that keeps its angle (hook type,
  first benefit, CTA, length, hashtags), written through the generation service (offline writer or LLM), with
  the angle in the version's provenance.
* ``export`` — CSV and a one-page PDF per market.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import and_, case, func, insert, or_, select, update

from studio import clock
from studio.domain import NotFound, StudioError
from studio.storage import models as m
from studio.storage import models_metrics as mm
from studio.storage import models_orders as mo
from studio.storage.db import Database

MIN_POSTS = 20  # best times are shown from this many posts with a known engagement rate
MIN_CELL = 3  # a weekday × hour cell gets a number from this many posts
BOOTSTRAP = 1000
MIN_COMPARE = 5  # posts per variant before the Mann-Whitney verdict
CORRELATION_HOURS = 72
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def _aware(dt: datetime | None) -> datetime | None:
    if dt is None:
        return None
    return dt if dt.tzinfo else dt.replace(tzinfo=UTC)


# --------------------------------------------------------------------------- refresh


def refresh(db: Database, *, attribute_new: bool = True) -> dict[str, int]:
    """Bring ``insight_posts`` up to date: new/changed published posts, then metrics rows not read yet.

    Incremental: ``insight_refresh`` remembers the last ``post_metrics`` id and post update time read. When posts
    were added or changed and orders exist, the order attribution is rebuilt (``orders.attribute``)."""
    from studio.services.orders import utm_in_text

    now = clock.now()
    with db.session() as s:
        state = s.get(mo.InsightRefresh, 1)
        if state is None:
            state = mo.InsightRefresh(id=1, metrics_id=0, posts_at=None)
            s.add(state)
            s.flush()
        wm, posts_at = int(state.metrics_id or 0), _aware(state.posts_at)
    P, A, DV = m.Post, m.Account, m.DraftVersion
    q = (select(P.id, P.account_id, A.platform, P.product_id, P.market, P.draft_version_id, DV.draft_id,
                P.published_at, P.scheduled_at, P.text, P.first_comment, P.updated_at)
         .join(A, A.id == P.account_id).outerjoin(DV, DV.id == P.draft_version_id)
         .where(P.state == "published"))
    if posts_at is not None:
        q = q.where(P.updated_at > posts_at)
    new_posts = 0
    max_updated = posts_at
    with db.engine.connect() as conn:
        rows = conn.execute(q).all()
        known = {int(i) for (i,) in conn.execute(select(mo.InsightPost.post_id))} if rows else set()
    inserts: list[dict[str, Any]] = []
    updates: list[dict[str, Any]] = []
    for r in rows:
        tags = utm_in_text(r.text, r.first_comment)
        values = {"post_id": int(r.id), "account_id": int(r.account_id), "platform": r.platform,
                  "product_id": r.product_id, "market": r.market, "draft_id": r.draft_id,
                  "draft_version_id": r.draft_version_id,
                  "published_at": _aware(r.published_at or r.scheduled_at), "has_utm": bool(tags),
                  **{k: (tags.get(k) or None) for k in ("utm_source", "utm_medium", "utm_campaign", "utm_content")}}
        (updates if int(r.id) in known else inserts).append(values)
        up = _aware(r.updated_at)
        if up is not None and (max_updated is None or up > max_updated):
            max_updated = up
    with db.session() as s:
        for start in range(0, len(inserts), 1000):
            s.execute(insert(mo.InsightPost), inserts[start:start + 1000])
        if updates:
            s.execute(update(mo.InsightPost), updates)
        new_posts = len(inserts) + len(updates)
    # metrics: the latest new row per post
    PM = mm.PostMetric
    latest = (select(PM.post_id, func.max(PM.fetched_at).label("mx")).where(PM.id > wm)
              .group_by(PM.post_id).subquery())
    cols = [PM.id, PM.post_id, PM.fetched_at, PM.views, PM.impressions, PM.clicks,
            *[getattr(PM, c) for c in mm.ENGAGEMENT_COLUMNS]]
    with db.engine.connect() as conn:
        max_id = conn.execute(select(func.max(PM.id))).scalar() or wm
        mrows = conn.execute(select(*cols).join(latest, and_(PM.post_id == latest.c.post_id,
                                                             PM.fetched_at == latest.c.mx))
                             .where(PM.id > wm)).all() if max_id > wm else []
        current = dict(conn.execute(select(mo.InsightPost.post_id, mo.InsightPost.fetched_at)).all()) if mrows else {}
    metric_updates = []
    seen: set[int] = set()
    for r in mrows:
        pid = int(r.post_id)
        if pid not in current or pid in seen:
            continue
        cur = _aware(current[pid])
        if cur is not None and _aware(r.fetched_at) < cur:  # type: ignore[operator]
            continue
        seen.add(pid)
        eng = [getattr(r, c) for c in mm.ENGAGEMENT_COLUMNS if getattr(r, c) is not None]
        metric_updates.append({"post_id": pid, "fetched_at": _aware(r.fetched_at), "views": r.views,
                               "impressions": r.impressions, "clicks": r.clicks,
                               "engagement": sum(eng) if eng else None})
    with db.session() as s:
        for start in range(0, len(metric_updates), 2000):
            s.execute(update(mo.InsightPost), metric_updates[start:start + 2000])
        s.execute(update(mo.InsightRefresh).where(mo.InsightRefresh.id == 1).values(
            metrics_id=int(max_id), posts_at=max_updated, refreshed_at=now))
    if new_posts and attribute_new:
        with db.engine.connect() as conn:
            has_orders = conn.execute(select(mo.OrderLine.id).limit(1)).first() is not None
        if has_orders:
            from studio.services.orders import attribute

            attribute(db, refresh_first=False)
    return {"posts": new_posts, "metrics": len(metric_updates)}


# --------------------------------------------------------------------------- per product × market × channel


@dataclass
class Number:
    """A figure with the sample it rests on (``n`` posts; ``base`` e.g. views behind a rate)."""

    value: float | int | None
    n: int
    base: int | None = None

    def text(self, pct: bool = False) -> str:
        if self.value is None:
            return f"— (n={self.n})"
        v = f"{self.value:.2%}" if pct else (f"{self.value:,.0f}" if isinstance(self.value, int | float) else
                                             str(self.value))
        extra = f", {self.base:,} views" if self.base is not None else ""
        return f"{v} (n={self.n}{extra})"


@dataclass
class SliceRow:
    product_id: int | None
    product: str
    title: str
    market: str
    channel: str
    posts: int
    views: Number
    engagement_rate: Number
    clicks: Number
    orders: Number  # attributed through UTM tags (n = posts with a UTM link)
    revenue: dict[str, str]  # attributed, per currency
    corr_orders: Number  # correlation: product orders in the window after posts without UTM links
    corr_revenue: dict[str, str]

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def _filters(q: Any, product_id: int | None, market: str | None, channel: str | None) -> Any:
    IP = mo.InsightPost
    if product_id is not None:
        q = q.where(IP.product_id == product_id)
    if market:
        q = q.where(IP.market == market)
    if channel:
        q = q.where(IP.platform == channel)
    return q


def _rate(eng: int | None, views: int | None, impressions: int | None) -> float | None:
    base = views if views else impressions
    if eng is None or not base:
        return None
    return eng / base


def product_ref(db: Database, ref: str | None) -> int | None:
    if not ref:
        return None
    from studio.services.catalog import find_product_id

    pid = find_product_id(db, ref)
    if pid is None:
        raise NotFound(f"no product with handle or SKU {ref!r}", hint="see `studio products --search ...`")
    return pid


CHANNELS = ("tiktok", "instagram", "facebook", "youtube", "x", "pinterest", "threads", "webhook", "folder")


def _checked(market: str | None, channel: str | None) -> tuple[str | None, str | None]:
    """A market as its canonical tag and a known channel, or a one-line error saying what to pass."""
    if market:
        from localization.markets import get_market

        try:
            market = get_market(market).tag
        except ValueError as exc:
            raise StudioError(f"--market {market!r}: {exc}") from None
    if channel:
        channel = channel.strip().lower()
        if channel not in CHANNELS:
            raise StudioError(f"--channel {channel!r}: not a channel; use one of {', '.join(CHANNELS)}")
    return market, channel


def table(db: Database, product: int | str | None = None, market: str | None = None, channel: str | None = None,
          *, refresh_first: bool = True) -> list[SliceRow]:
    """Per product × market × channel; each figure with its sample size. ``product`` is an id, handle or SKU."""
    market, channel = _checked(market, channel)
    if refresh_first:
        refresh(db)
    pid = product if isinstance(product, int) else product_ref(db, product)
    IP, OA, OL = mo.InsightPost, mo.OrderAttribution, mo.OrderLine
    base = func.coalesce(func.nullif(IP.views, 0), IP.impressions)
    rated = and_(IP.engagement.is_not(None), base > 0)
    q = _filters(select(IP.product_id, IP.market, IP.platform, func.count(), func.sum(IP.views), func.count(IP.views),
                        func.sum(IP.clicks), func.count(IP.clicks), func.sum(case((rated, IP.engagement))),
                        func.sum(case((rated, base))), func.count(case((rated, 1))),
                        func.count(case((IP.has_utm.is_(True), 1))))
                 .group_by(IP.product_id, IP.market, IP.platform), pid, market, channel)
    oq = _filters(select(IP.product_id, IP.market, IP.platform, OA.method, OL.currency,
                         func.count(func.distinct(OL.order_ref)), func.sum(OL.revenue))
                  .select_from(OA).join(IP, IP.post_id == OA.post_id).join(OL, OL.id == OA.order_line_id)
                  .group_by(IP.product_id, IP.market, IP.platform, OA.method, OL.currency), pid, market, channel)
    with db.engine.connect() as conn:
        slices = conn.execute(q).all()
        sold = conn.execute(oq).all()
        pids = sorted({r[0] for r in slices if r[0] is not None})
        names = {int(i): (h, t) for i, h, t in conn.execute(
            select(m.Product.id, m.Product.handle, m.Product.title).where(m.Product.id.in_(pids)))} if pids else {}
    orders: dict[tuple[Any, str, str], dict[str, list[Any]]] = defaultdict(lambda: {"utm-post": [0, {}],
                                                                                      "window": [0, {}]})
    for prod, mk, ch, method, cur, n_orders, revenue in sold:
        entry = orders[(prod, mk or "", ch)].get(str(method))
        if entry is not None:
            entry[0] += int(n_orders or 0)
            entry[1][cur or "?"] = _cents(Decimal(str(revenue or 0)))
    out = []
    for prod, mk, ch, n, v_sum, v_n, c_sum, c_n, e_sum, b_sum, r_n, utm_n in sorted(
            slices, key=lambda r: (-int(r[3]), str(r[0]), r[1] or "", r[2])):
        handle, title = names.get(int(prod), ("", "")) if prod is not None else ("(no product)", "")
        sales = orders.get((prod, mk or "", ch)) or {"utm-post": [0, {}], "window": [0, {}]}
        b_sum = int(b_sum or 0)
        out.append(SliceRow(
            product_id=prod, product=handle, title=title, market=mk or "", channel=ch, posts=int(n),
            views=Number(int(v_sum) if v_n else None, int(v_n)),
            engagement_rate=Number(int(e_sum or 0) / b_sum if b_sum else None, int(r_n), b_sum),
            clicks=Number(int(c_sum) if c_n else None, int(c_n)),
            orders=Number(sales["utm-post"][0], int(utm_n)), revenue=sales["utm-post"][1],
            corr_orders=Number(sales["window"][0], int(n) - int(utm_n)), corr_revenue=sales["window"][1]))
    return out


def _cents(v: Decimal) -> str:
    return str(Decimal(v).quantize(Decimal("0.01")))


# --------------------------------------------------------------------------- best times


def _account(db: Database, name: str) -> m.Account:
    with db.session() as s:
        acc = s.scalar(select(m.Account).where(m.Account.name == name))
        if acc is None:
            names = [n for (n,) in s.execute(select(m.Account.name).order_by(m.Account.name))]
            raise NotFound(f"no account named {name!r}" + (f"; accounts: {', '.join(names)}" if names else
                                                          "; add one with `studio accounts add`"))
        s.expunge(acc)
        return acc


def _account_tz(db: Database, acc: m.Account) -> str:
    tz = str((acc.settings or {}).get("timezone") or "")
    if tz:
        return tz
    with db.engine.connect() as conn:
        row = conn.execute(select(mo.InsightPost.market, func.count()).where(mo.InsightPost.account_id == acc.id)
                           .group_by(mo.InsightPost.market).order_by(func.count().desc()).limit(1)).first()
    if row and row[0]:
        try:
            from localization.markets import get_market

            return get_market(row[0]).timezone or "UTC"
        except ValueError:
            pass
    return "UTC"


def bootstrap_ci(values: list[float], resamples: int = BOOTSTRAP, seed: int = 0) -> tuple[float, float]:
    """95 % percentile bootstrap interval of the mean."""
    import numpy as np

    arr = np.asarray(values, dtype=float)
    rng = np.random.default_rng(seed)
    means = arr[rng.integers(0, len(arr), size=(resamples, len(arr)))].mean(axis=1)
    lo, hi = np.percentile(means, [2.5, 97.5])
    return float(lo), float(hi)


def best_times(db: Database, account: str, *, min_posts: int = MIN_POSTS, min_cell: int = MIN_CELL,
               refresh_first: bool = True) -> dict[str, Any]:
    """Weekday × hour engagement for one account from its own posts (see the module docstring)."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    if refresh_first:
        refresh(db)
    acc = _account(db, account)
    tzname = _account_tz(db, acc)
    try:
        tz = ZoneInfo(tzname)
    except (ZoneInfoNotFoundError, ValueError):
        tzname, tz = "UTC", ZoneInfo("UTC")
    IP = mo.InsightPost
    with db.engine.connect() as conn:
        rows = conn.execute(select(IP.published_at, IP.engagement, IP.views, IP.impressions)
                            .where(IP.account_id == acc.id)).all()
    rates: dict[tuple[int, int], list[float]] = defaultdict(list)
    all_rates: list[float] = []
    for at, eng, views, imp in rows:
        r = _rate(eng, views, imp)
        if r is None:
            continue
        local = _aware(at).astimezone(tz)  # type: ignore[union-attr]
        rates[(local.weekday(), local.hour)].append(r)
        all_rates.append(r)
    method = (f"engagement rate per post = engagements ÷ views (impressions where a platform reports no views); "
              f"a cell's figure is the mean over its posts with a 95% percentile bootstrap interval "
              f"({BOOTSTRAP} resamples, fixed seed); cells need {min_cell}+ posts, the map {min_posts}+ posts; "
              f"times in {tzname}")
    result: dict[str, Any] = {"account": acc.name, "platform": acc.platform, "timezone": tzname,
                              "posts": len(rows), "posts_with_rate": len(all_rates), "min_posts": min_posts,
                              "min_cell": min_cell, "method": method, "shown": False, "cells": [], "best": [],
                              "overall_rate": (sum(all_rates) / len(all_rates)) if all_rates else None}
    if len(all_rates) < min_posts:
        from studio.services.metrics import _has_metrics

        if not _has_metrics(acc.platform):  # a Folder or Webhook account never has metrics: no sync will help
            result["reason"] = (f"{acc.name} is a {acc.platform} account: its platform reports no views or "
                                f"engagement, so it has no best times")
        else:  # the way to get them is said by each front end (app: Calendar › Sync metrics; CLI: the command)
            result["reason"] = (f"{acc.name} has {len(all_rates)} post(s) with a known engagement rate; best times "
                                f"need at least {min_posts}")
            result["sync"] = "studio metrics sync"
        return result
    overall = result["overall_rate"]
    cells = []
    for (wd, hour), vals in sorted(rates.items()):
        cell: dict[str, Any] = {"weekday": wd, "day": WEEKDAYS[wd], "hour": hour, "posts": len(vals)}
        if len(vals) >= min_cell:
            lo, hi = bootstrap_ci(vals, seed=wd * 24 + hour)
            mean = sum(vals) / len(vals)
            cell.update(rate=mean, ci_low=lo, ci_high=hi, above_average=lo > overall)
        cells.append(cell)
    result["shown"] = True
    result["cells"] = cells
    ranked = sorted((c for c in cells if "rate" in c), key=lambda c: (-c["ci_low"], -c["rate"]))
    result["best"] = ranked[:3]
    return result


# --------------------------------------------------------------------------- variant comparison


def _normal_sf(z: float) -> float:
    return 0.5 * math.erfc(z / math.sqrt(2))


def mann_whitney(a: list[float], b: list[float]) -> dict[str, float]:
    """Two-sided Mann-Whitney U, normal approximation with tie correction (and continuity correction)."""
    n1, n2 = len(a), len(b)
    pooled = sorted([(v, 0) for v in a] + [(v, 1) for v in b])
    ranks = [0.0] * len(pooled)
    ties = 0.0
    i = 0
    while i < len(pooled):
        j = i
        while j + 1 < len(pooled) and pooled[j + 1][0] == pooled[i][0]:
            j += 1
        r = (i + j) / 2 + 1
        for k in range(i, j + 1):
            ranks[k] = r
        t = j - i + 1
        ties += t ** 3 - t
        i = j + 1
    r1 = sum(r for r, (_v, g) in zip(ranks, pooled, strict=True) if g == 0)
    u1 = r1 - n1 * (n1 + 1) / 2
    mu = n1 * n2 / 2
    n = n1 + n2
    sigma = math.sqrt(n1 * n2 / 12 * ((n + 1) - ties / (n * (n - 1)))) if n > 1 else 0.0
    if sigma == 0:
        return {"u": u1, "z": 0.0, "p": 1.0}
    z = (u1 - mu - math.copysign(0.5, u1 - mu)) / sigma if u1 != mu else 0.0
    return {"u": u1, "z": z, "p": min(1.0, 2 * _normal_sf(abs(z)))}


def two_proportion_z(x1: int, n1: int, x2: int, n2: int) -> dict[str, float]:
    p1, p2 = x1 / n1, x2 / n2
    p = (x1 + x2) / (n1 + n2)
    se = math.sqrt(p * (1 - p) * (1 / n1 + 1 / n2))
    if se == 0:
        return {"z": 0.0, "p": 1.0}
    z = (p1 - p2) / se
    return {"z": z, "p": min(1.0, 2 * _normal_sf(abs(z)))}


def wilson(x: int, n: int, z: float = 1.959964) -> tuple[float, float]:
    if n == 0:
        return (0.0, 1.0)
    p = x / n
    d = 1 + z * z / n
    c = (p + z * z / (2 * n)) / d
    h = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / d
    return max(0.0, c - h), min(1.0, c + h)


def variants(db: Database, draft_id: int, channel: str | None = None) -> dict[int, list[Any]]:
    """Draft version id → its published posts (with metrics) on ``channel`` (all channels if None)."""
    refresh(db)
    IP = mo.InsightPost
    q = select(IP.post_id, IP.draft_version_id, IP.platform, IP.views, IP.impressions, IP.engagement,
               IP.clicks).where(IP.draft_id == draft_id)
    if channel:
        q = q.where(IP.platform == channel)
    out: dict[int, list[Any]] = defaultdict(list)
    with db.engine.connect() as conn:
        for r in conn.execute(q):
            if r.draft_version_id is not None:
                out[int(r.draft_version_id)].append(r)
    return out


def compare(db: Database, draft_id: int, a: int | None = None, b: int | None = None,
            channel: str | None = None) -> dict[str, Any]:
    """Compare two versions (numbers) of one draft on one channel; says whether the difference is beyond noise."""
    from studio.services import drafts

    d = drafts.get_draft(db, draft_id)
    channel = channel or (d.target if d.kind == "caption" else None)
    by_version = variants(db, draft_id, channel)
    number_of = {v.id: v.number for v in d.versions}
    id_of = {v.number: v.id for v in d.versions}
    if a is not None or b is not None:
        if a is None or b is None:
            raise StudioError("compare needs two version numbers (e.g. --a 1 --b 2), or none to pick the two most "
                              "posted")
        for n in (a, b):
            if n not in id_of:
                raise NotFound(f"draft {draft_id} has no version {n} (versions: "
                               f"{', '.join(str(k) for k in sorted(id_of))})")
        picked = [id_of[a], id_of[b]]
    else:
        picked = sorted(by_version, key=lambda vid: -len(by_version[vid]))[:2]
    sides = []
    for vid in picked:
        posts = by_version.get(vid, [])
        rated = [(p.engagement, (p.views or p.impressions)) for p in posts
                 if p.engagement is not None and (p.views or p.impressions)]
        eng = sum(e for e, _ in rated)
        base = sum(v for _, v in rated)
        rates = [e / v for e, v in rated]
        lo, hi = wilson(min(eng, base), base) if base else (None, None)
        sides.append({"version": number_of.get(vid), "version_id": vid, "posts": len(posts),
                      "posts_with_rate": len(rated), "engagements": eng, "views": base,
                      "pooled_rate": eng / base if base else None, "wilson_95": [lo, hi],
                      "mean_rate": (sum(rates) / len(rates)) if rates else None, "_rates": rates})
    result: dict[str, Any] = {
        "draft_id": draft_id, "product": d.product_handle, "market": d.market, "channel": channel or "(all)",
        "variants": sides,
        "assumptions": ("verdict: Mann-Whitney U on per-post engagement rates, two-sided, normal approximation "
                        "with tie and continuity correction, α = 0.05, needs "
                        f"{MIN_COMPARE}+ posts per variant; assumes posts independent and exchangeable within a "
                        "variant (same product, market and channel; posting times may still differ). Also shown: "
                        "a two-proportion z-test on pooled engagements ÷ views, which treats every view as an "
                        "independent trial and so overstates certainty when posts differ."),
    }
    if len(sides) < 2:
        result["verdict"] = (f"nothing to compare: draft {draft_id} has "
                             f"{len(sides)} posted version(s) on {channel or 'any channel'}")
        result["beyond_noise"] = False
        result["winner"] = sides[0]["version"] if sides and sides[0]["mean_rate"] is not None else None
        for s in sides:
            s.pop("_rates")
        return result
    ra, rb = sides[0]["_rates"], sides[1]["_rates"]
    if sides[0]["views"] and sides[1]["views"]:
        result["z_test"] = two_proportion_z(sides[0]["engagements"], sides[0]["views"], sides[1]["engagements"],
                                            sides[1]["views"])
    winner = None
    if ra and rb:
        winner = sides[0] if sum(ra) / len(ra) >= sum(rb) / len(rb) else sides[1]
    result["winner"] = winner["version"] if winner else None
    if len(ra) >= MIN_COMPARE and len(rb) >= MIN_COMPARE:
        mw = mann_whitney(ra, rb)
        result["mann_whitney"] = mw
        result["beyond_noise"] = mw["p"] < 0.05
        result["verdict"] = (f"version {winner['version'] if winner else '?'} does better; the difference is "
                             + ("beyond noise" if mw["p"] < 0.05 else "within noise")
                             + f" (Mann-Whitney p = {mw['p']:.3f}, {len(ra)} vs {len(rb)} posts)")
    else:
        result["beyond_noise"] = False
        result["verdict"] = (f"too few posts to tell: {len(ra)} and {len(rb)} posts with a known rate; the test needs "
                             f"{MIN_COMPARE} per variant")
    for s in sides:
        s.pop("_rates")
    return result


# --------------------------------------------------------------------------- the loop


_QUESTION = re.compile(r"[?？؟]\s*$|[?？؟]")


def angle_of(content: dict[str, Any], facts: Iterable[tuple[str, str]]) -> dict[str, Any]:
    """What a caption's angle is: hook type, first benefit (the first fact it states), CTA, length, hashtags."""
    hook = str(content.get("hook") or "").strip()
    body = str(content.get("body") or "").strip()
    text = str(content.get("text") or "\n".join(x for x in (hook, body) if x))
    if _QUESTION.search(hook):
        hook_type = "question"
    elif re.search(r"\d", hook):
        hook_type = "number"
    elif hook.endswith(("!", "！")):
        hook_type = "exclamation"
    else:
        hook_type = "statement"
    first, first_at = None, None
    low = (hook + "\n" + body).casefold()
    for key, value in facts:
        lead = re.split(r",\s|、|，", str(value))[0].strip().casefold()
        if len(lead) < 3:
            continue
        at = low.find(lead)
        if at >= 0 and (first_at is None or at < first_at):
            first, first_at = key, at
    return {"hook_type": hook_type, "hook": hook, "first_benefit": first,
            # the call to action is the cta's last line (a safety or offer line may stand before it)
            "cta": (str(content.get("cta") or "").strip().splitlines() or [""])[-1].strip(), "length": len(text),
            "hashtags": [str(h) for h in content.get("hashtags") or []]}


@dataclass
class NextVariant:
    draft_id: int
    from_version: int
    new_version: int
    angle: dict[str, Any]
    comparison: dict[str, Any]
    text: str
    provider: str


def next_variant(db: Database, draft_id: int, version: int | None = None, provider: Any = None) -> NextVariant:
    """Write the next variant of a draft from its better-performing version, keeping that version's angle."""
    from studio.services import catalog, drafts, generation

    d = drafts.get_draft(db, draft_id)
    if not d.versions:
        raise StudioError(f"draft {draft_id} has no version to start from")
    cmp = compare(db, draft_id)
    if version is None:
        version = cmp.get("winner") or d.current_version
    src = d.version(int(version))
    product = catalog.get_product(db, d.product_id)
    facts = [(f.key, f.value) for f in product.facts]
    angle = angle_of(src.content, facts)
    angle["from_version"] = src.number
    extra = {"angle": angle, "variant_seed": d.current_version + 1,
             "variant_of": {"draft_id": d.id, "version": src.number, "version_id": src.id},
             **({"variant": d.variant} if d.variant else {})}  # a new version of this draft, not another one
    new = generation.generate_one(db, d.product_id, d.market, d.kind, d.target or None, provider, extra=extra,
                                  use_cache=False)
    latest = new.latest
    return NextVariant(d.id, src.number, new.current_version, angle, cmp, latest.text() if latest else "",
                       str((latest.provenance if latest else {}).get("provider") or ""))


# --------------------------------------------------------------------------- export


def markets_with_posts(db: Database) -> list[str]:
    refresh(db)
    with db.engine.connect() as conn:
        return [str(mk) for (mk,) in conn.execute(select(mo.InsightPost.market).where(
            mo.InsightPost.market.is_not(None)).distinct().order_by(mo.InsightPost.market))]


CSV_HEADER = ["product", "title", "market", "channel", "posts", "views", "views_n", "engagement_rate",
              "engagement_n", "engagement_views", "clicks", "clicks_n", "orders_utm", "orders_utm_n_posts",
              "revenue_utm", "orders_correlation", "orders_correlation_n_posts", "revenue_correlation"]


def _money(d: dict[str, str]) -> str:
    return "; ".join(f"{v} {k}" for k, v in sorted(d.items())) or "0"


def csv_rows(rows: list[SliceRow]) -> list[list[Any]]:
    return [[r.product, r.title, r.market, r.channel, r.posts, r.views.value, r.views.n,
             None if r.engagement_rate.value is None else round(r.engagement_rate.value, 6), r.engagement_rate.n,
             r.engagement_rate.base, r.clicks.value, r.clicks.n, r.orders.value, r.orders.n, _money(r.revenue),
             r.corr_orders.value, r.corr_orders.n, _money(r.corr_revenue)] for r in rows]


def export(db: Database, market: str, out_dir: str | Path, *, channel: str | None = None) -> dict[str, str]:
    """``insights-<market>.csv`` and ``insights-<market>.pdf`` (one page) inside ``out_dir``."""
    from localization.markets import get_market
    from studio.csvsafe import write_safe_csv
    from studio.safepath import confined, safe_component

    try:
        mk = get_market(market).tag
    except ValueError as exc:
        raise StudioError(str(exc)) from None
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    rows = table(db, market=mk, channel=channel)
    stem = safe_component(f"insights-{mk}")
    csv_path = confined(out, stem + ".csv")
    write_safe_csv(csv_path, CSV_HEADER, csv_rows(rows))
    pdf_path = confined(out, stem + ".pdf")
    from studio.services.insights_pdf import write_report

    write_report(pdf_path, mk, rows, generated=clock.now())
    return {"csv": str(csv_path), "pdf": str(pdf_path), "rows": str(len(rows))}


def overview(db: Database) -> dict[str, Any]:
    """Counts for the Insights section's header: posts with metrics, accounts, order lines, attributed lines."""
    refresh(db)
    IP = mo.InsightPost
    with db.engine.connect() as conn:
        posts = conn.execute(select(func.count()).select_from(IP)).scalar() or 0
        with_metrics = conn.execute(select(func.count()).select_from(IP).where(
            or_(IP.views.is_not(None), IP.engagement.is_not(None), IP.impressions.is_not(None)))).scalar() or 0
        accounts = [(int(i), str(n), str(p)) for i, n, p in conn.execute(
            select(m.Account.id, m.Account.name, m.Account.platform).order_by(m.Account.name))]
    from studio.services.orders import summary

    return {"posts": posts, "posts_with_metrics": with_metrics, "accounts": accounts, "orders": summary(db)}


def posted_drafts(db: Database, product_id: int | None = None) -> list[dict[str, Any]]:
    """Drafts with published posts: how many of their versions were posted and how often (variant pickers)."""
    refresh(db)
    IP, D, P = mo.InsightPost, m.Draft, m.Product
    q = (select(IP.draft_id, D.market, D.kind, D.target, P.handle, func.count(func.distinct(IP.draft_version_id)),
                func.count()).join(D, D.id == IP.draft_id).join(P, P.id == D.product_id)
         .where(IP.draft_id.is_not(None)).group_by(IP.draft_id, D.market, D.kind, D.target, P.handle))
    if product_id is not None:
        q = q.where(D.product_id == product_id)
    with db.engine.connect() as conn:
        rows = conn.execute(q).all()
    out = [{"draft_id": int(r[0] or 0), "market": r[1], "kind": r[2], "target": r[3], "product": r[4],
            "versions": int(r[5] or 0), "posts": int(r[6] or 0)} for r in rows]
    return sorted(out, key=lambda d: (-d["versions"], -d["posts"], d["draft_id"]))


def lives(db: Database) -> list[dict[str, Any]]:
    """Livestream kits with the orders attributed to them through their links' UTM tags (``utm-live``)."""
    OA, OL, K = mo.OrderAttribution, mo.OrderLine, m.LiveKit
    q = (select(K.id, K.name, K.market, K.platform, K.starts_at, OL.currency,
                func.count(func.distinct(OL.order_ref)), func.sum(OL.quantity), func.sum(OL.revenue))
         .select_from(K).outerjoin(OA, OA.live_kit_id == K.id).outerjoin(OL, OL.id == OA.order_line_id)
         .group_by(K.id, K.name, K.market, K.platform, K.starts_at, OL.currency).order_by(K.id))
    out: dict[int, dict[str, Any]] = {}
    with db.engine.connect() as conn:
        for kid, name, market, platform, starts, cur, n_orders, qty, revenue in conn.execute(q):
            row = out.setdefault(int(kid), {"kit_id": int(kid), "name": name, "market": market, "platform": platform,
                                            "starts_at": starts.isoformat() if starts else None, "orders": 0,
                                            "units": 0, "revenue": {}})
            if cur is not None or n_orders:
                row["orders"] += int(n_orders or 0)
                row["units"] += int(qty or 0)
                row["revenue"][cur or "?"] = _cents(Decimal(str(revenue or 0)))
    return list(out.values())
