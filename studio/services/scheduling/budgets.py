"""Per-platform publishing budgets: how many posts an account may send in a rolling window.

The defaults cite platform-specs.md section A; every one can be overridden per account with
``settings["budgets"] = {"<name>": {"limit": N, "window_s": S}}``. The worker defers a post that would go over a
budget (never fails it); the Calendar shows what is planned per window.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select

from studio import clock
from studio.domain import NotFound
from studio.services.scheduling.clock import DAY, utc
from studio.services.scheduling.queue import OPEN_STATES
from studio.storage import models as m
from studio.storage.db import Database


@dataclass(frozen=True)
class Budget:
    name: str
    limit: int
    window_s: int
    source: str  # the platform-specs.md row
    only_format: str | None = None  # counts only posts with options["format"] == this


DEFAULT_BUDGETS: dict[str, tuple[Budget, ...]] = {
    # platform-specs.md A: TikTok / Rate / caps — init endpoints 6 req/min per token; ~15 posts/day (U)
    "tiktok": (Budget("init per minute", 6, 60, "A: TikTok / Rate / caps"),
               Budget("posts per day", 15, DAY, "A: TikTok / Rate / caps (U)")),
    # platform-specs.md A: Instagram / Publish quota — read live from content_publishing_limit; 100 fallback
    "instagram": (Budget("posts per 24 h", 100, DAY, "A: Instagram / Publish quota (live when offered)"),),
    # platform-specs.md A: X / Rate limits — POST /2/tweets 100 per 15 min per user
    "x": (Budget("posts per 15 min", 100, 900, "A: X / Rate limits"),),
    # platform-specs.md A: YouTube / Quota — videos.insert bucket, 100 per day (reset midnight PT; we use 24 h)
    "youtube": (Budget("uploads per day", 100, DAY, "A: YouTube / Quota"),),
    # platform-specs.md A: Threads / Limits — 250 API posts per rolling 24 h
    "threads": (Budget("posts per 24 h", 250, DAY, "A: Threads / Limits"),),
    # platform-specs.md A: Facebook Page / Reels spec and cap — 30 API reels per rolling 24 h per Page
    "facebook": (Budget("reels per 24 h", 30, DAY, "A: Facebook Page / Reels spec and cap", "reels"),),
    # platform-specs.md A: Pinterest / Rate limits — trial access 1,000 requests/day (a pin takes ~1–4)
    "pinterest": (Budget("pins per day (trial access)", 250, DAY, "A: Pinterest / Rate limits"),),
}


def budgets_for(platform: str, account_settings: dict | None = None) -> list[Budget]:
    out = []
    overrides = (account_settings or {}).get("budgets") or {}
    for b in DEFAULT_BUDGETS.get(platform, ()):
        o = overrides.get(b.name) or {}
        out.append(Budget(b.name, int(o.get("limit", b.limit)), int(o.get("window_s", b.window_s)),
                          b.source + (" (overridden)" if o else ""), b.only_format))
    return out


def _counts(s, account_id: int, budget: Budget, start: datetime, end: datetime, *, sent: bool) -> int:
    """Posts of an account that used (sent) or will use (planned) the budget in [start, end)."""
    if sent:
        q = select(m.Post.options).where(m.Post.account_id == account_id, m.Post.intent_at >= start,
                                         m.Post.intent_at < end, m.Post.state.in_(("publishing", "published")))
    else:
        q = select(m.Post.options).where(m.Post.account_id == account_id, m.Post.scheduled_at >= start,
                                         m.Post.scheduled_at < end, m.Post.state.in_(OPEN_STATES + ("published",)))
    if budget.only_format is None:
        return int(s.scalar(select(func.count()).select_from(q.subquery())) or 0)
    return sum(1 for (opts,) in s.execute(q) if (opts or {}).get("format") == budget.only_format)


def budget_usage(s, account_id: int, platform: str, account_settings: dict, at: datetime,
                 live: dict | None = None) -> list[dict[str, Any]]:
    """Used vs limit per budget for a send at ``at`` (rolling windows ending at ``at``)."""
    rows = []
    for b in budgets_for(platform, account_settings):
        used = _counts(s, account_id, b, at - timedelta(seconds=b.window_s), at + timedelta(microseconds=1), sent=True)
        limit = b.limit
        source = b.source
        if live and b.window_s == DAY and platform == "instagram":
            limit = int(live.get("limit", limit))
            used = max(used, int(live.get("used", used)))
            source = "live: content_publishing_limit"
        rows.append({"name": b.name, "limit": limit, "window_s": b.window_s, "used": used, "source": source,
                     "only_format": b.only_format})
    return rows


def quota_status(db: Database, account_id: int, at: datetime | None = None) -> list[dict[str, Any]]:
    """For the Calendar's quota bars: per budget, posts planned in the window that contains ``at``."""
    at = utc(at) or clock.now()
    with db.session() as s:
        acc = s.get(m.Account, account_id)
        if acc is None:
            raise NotFound(f"no account {account_id}")
        out = []
        for b in budgets_for(acc.platform, acc.settings):
            if b.window_s >= DAY:
                start = at - timedelta(hours=12)
                end = start + timedelta(seconds=b.window_s)
                planned = _counts(s, account_id, b, start, end, sent=False)
            else:  # short windows: the busiest window of the day around ``at``
                start, end = at - timedelta(hours=12), at + timedelta(hours=12)
                times = sorted(utc(t) for (t, opts) in s.execute(
                    select(m.Post.scheduled_at, m.Post.options).where(
                        m.Post.account_id == account_id, m.Post.scheduled_at >= start, m.Post.scheduled_at < end,
                        m.Post.state.in_(OPEN_STATES + ("published",))))
                    if b.only_format is None or (opts or {}).get("format") == b.only_format)
                planned, j = 0, 0
                for i, t in enumerate(times):
                    while times[j] <= t - timedelta(seconds=b.window_s):
                        j += 1
                    planned = max(planned, i - j + 1)
            out.append({"name": b.name, "limit": b.limit, "window_s": b.window_s, "planned": planned,
                        "start": start, "end": end, "source": b.source,
                        "level": "over" if planned > b.limit else ("warn" if planned >= 0.8 * b.limit else "ok")})
        return out
