"""Facebook Page post metrics: ``GET /{page-post-id}/insights`` with a Page token (issue 20;
tests/contracts/facebook.rules.json).

``impressions`` metrics became ``views`` on 2025-11-15 (developers.facebook.com/blog/post/2025/08/15/
page-insights-api-updates/; the deprecated list: developers.facebook.com/documentation/pages-api/
platforminsights/page/deprecated-metrics): we ask for ``post_media_view`` (views),
``post_reactions_by_type_total`` (reactions, summed into likes) and ``post_clicks`` (clicks).
"""

from __future__ import annotations

from channels._meta_metrics import GraphInsights

METRICS = ("post_media_view", "post_reactions_by_type_total", "post_clicks")
MAPPING = {"post_media_view": "views", "post_reactions_by_type_total": "likes", "post_clicks": "clicks"}


class FacebookMetrics(GraphInsights):
    insight_metrics = METRICS
    insight_mapping = MAPPING
    platform_label = "Facebook"
