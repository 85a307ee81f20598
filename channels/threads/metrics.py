"""Threads metrics: ``GET /v1.0/{threads-media-id}/insights`` (issue 20; tests/contracts/threads.rules.json).

Media insights: views, likes, replies, reposts, quotes, shares (developers.facebook.com/documentation/threads/
insights); needs ``threads_manage_insights``. Replies of nested replies are not counted (the docs' note).
Limit: 4,800 × impressions calls per 24 h, impressions at least 10 (developers.facebook.com/docs/threads/
overview, "Rate Limiting") — 48,000 per day for a new account.
"""

from __future__ import annotations

from channels._meta_metrics import GraphInsights

METRICS = ("views", "likes", "replies", "reposts", "quotes", "shares")
MAPPING = {"views": "views", "likes": "likes", "replies": "comments", "reposts": "reposts", "quotes": "quotes",
           "shares": "shares"}


class ThreadsMetrics(GraphInsights):
    insight_metrics = METRICS
    insight_mapping = MAPPING
    metrics_limit: tuple[int, int, str] | None = (48000, 86400, "developers.facebook.com/docs/threads/overview — 4,800 × impressions "
                                   "(at least 10) calls per 24 h")
    platform_label = "Threads"
