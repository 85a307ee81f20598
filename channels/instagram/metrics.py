"""Instagram metrics: ``GET /{ig-media-id}/insights`` (issue 20; tests/contracts/instagram.rules.json).

``views`` replaced ``plays``, ``clips_replays_count``, ``ig_reels_aggregated_all_plays_count`` and
``impressions`` on 2025-04-21 (developers.facebook.com/docs/instagram-platform/reference/instagram-media/
insights); we ask for views, reach, likes, comments, shares, saved. Data can lag 48 h; an empty answer is
unknown, not 0.
"""

from __future__ import annotations

from channels._meta_metrics import GraphInsights

METRICS = ("views", "reach", "likes", "comments", "shares", "saved")
MAPPING = {"views": "views", "likes": "likes", "comments": "comments", "shares": "shares", "saved": "saves"}


class InstagramMetrics(GraphInsights):
    insight_metrics = METRICS
    insight_mapping = MAPPING
    lag_hours = 48.0
    platform_label = "Instagram"
