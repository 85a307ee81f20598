"""X metrics: ``GET /2/tweets?ids=…&post.fields=public_metrics`` (issue 20).

Checked against X's OpenAPI contract (tests/contracts/x-api-v2.openapi.json): ``ids`` is 1–100 post ids
(``^[0-9]{1,19}$``) and the field list is ``post.fields`` (the contract's name for what older docs call
``tweet.fields``). ``PostPublicMetrics``: repost_count, reply_count, like_count, quote_count, bookmark_count,
impression_count. A post that no longer exists comes back in ``errors`` (resource-not-found) while the others
are answered. Limit: 5,000 requests per 15 min per user (docs.x.com/x-api/fundamentals/rate-limits, "Tweets
lookup"); the ``x-rate-limit-*`` headers say what is left.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from channels._metrics import pick
from studio.jobs import CancelToken
from studio.ports import MetricsResult, MetricsTarget

POST_ID = re.compile(r"^[0-9]{1,19}$")
MAPPING = {"impression_count": "views", "like_count": "likes", "reply_count": "comments",
           "repost_count": "reposts", "quote_count": "quotes", "bookmark_count": "saves"}


class XMetrics:
    metrics_batch = 100
    metrics_limit: tuple[int, int, str] | None = (5000, 900, "docs.x.com/x-api/fundamentals/rate-limits — GET /2/tweets 5,000 per 15 min per user")

    def fetch_metrics(self, targets: Sequence[MetricsTarget], cancel: CancelToken) -> list[MetricsResult]:
        out: list[MetricsResult] = []
        ids: dict[str, list[MetricsTarget]] = {}
        for t in targets:
            if POST_ID.match(t.platform_post_id or ""):
                ids.setdefault(t.platform_post_id, []).append(t)
            else:
                out.append(MetricsResult(t.key, error=f"'{t.platform_post_id}' is not an X post id"))
        if not ids:
            return out
        cancel.raise_if_cancelled()
        body = self.json("GET", "/2/tweets",  # type: ignore[attr-defined]
                         params={"ids": ",".join(ids), "post.fields": "public_metrics"})
        found = set()
        for post in body.get("data") or []:
            pid = str(post.get("id"))
            pm = post.get("public_metrics")
            for t in ids.get(pid, []):
                found.add(pid)
                if not isinstance(pm, dict):
                    out.append(MetricsResult(t.key, raw={}, media_id=pid, note="X returned no public_metrics"))
                    continue
                metrics = pick(pm, MAPPING)
                if "impression_count" in pm:
                    metrics["impressions"] = metrics["views"]
                out.append(MetricsResult(t.key, metrics=metrics, raw=dict(pm), media_id=pid))
        reasons = {}
        for e in body.get("errors") or []:
            rid = str(e.get("resource_id") or e.get("value") or "")
            reasons[rid] = e.get("detail") or e.get("title") or "not returned"
        for pid, ts in ids.items():
            if pid in found:
                continue
            for t in ts:
                out.append(MetricsResult(t.key, error=f"X: {reasons.get(pid, 'the post was not returned')}"))
        return out
