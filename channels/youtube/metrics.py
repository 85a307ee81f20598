"""YouTube metrics: YouTube Analytics API v2 ``reports.query`` (issue 20).

Checked against the Analytics API's own discovery document (tests/contracts/youtube-analytics-v2.discovery.json,
shipped in google-api-python-client): ``GET https://youtubeanalytics.googleapis.com/v2/reports`` with
``ids=channel==MINE``, ``startDate``/``endDate`` (YYYY-MM-DD), ``metrics``, ``dimensions=video`` and
``filters=video==ID1,ID2,…``; scope ``yt-analytics.readonly``. Column order is the response's
``columnHeaders`` (the docs: "use the header row to determine the column ordering"). A video with no row yet
is unknown (Analytics data lags by about two to three days), not 0. Requests per batch: 50 videos.
"""

from __future__ import annotations

from collections.abc import Sequence

from channels._metrics import day_of, number
from studio import clock
from studio.jobs import CancelToken
from studio.ports import MetricsResult, MetricsTarget

ANALYTICS_URL = "https://youtubeanalytics.googleapis.com"
METRICS = ("views", "estimatedMinutesWatched", "averageViewDuration", "likes", "comments", "shares")
FIRST_DAY = "2005-02-14"  # YouTube's first day: a video never published before it


class YouTubeMetrics:
    metrics_batch = 50
    metrics_limit: tuple[int, int, str] | None = (720, 60, "console.cloud.google.com quotas of youtubeanalytics.googleapis.com — 720 queries "
                              "per minute per user (project default; U)")

    def analytics_url(self) -> str:
        settings = getattr(self, "settings", {}) or {}
        base = settings.get("analytics_base_url")
        if base:
            return str(base).rstrip("/")
        account = getattr(self, "account", None)
        return (account.base_url.rstrip("/") if account is not None and account.base_url else ANALYTICS_URL)

    def fetch_metrics(self, targets: Sequence[MetricsTarget], cancel: CancelToken) -> list[MetricsResult]:
        cancel.raise_if_cancelled()
        today = clock.now().date()
        starts = [day_of(t.since) or day_of(t.published_at) for t in targets]
        start = min((d for d in starts if d is not None), default=today)
        ids = sorted({t.platform_post_id for t in targets if t.platform_post_id})
        body = self.json("GET", f"{self.analytics_url()}/v2/reports", params={  # type: ignore[attr-defined]
            "ids": "channel==MINE", "startDate": max(start.isoformat(), FIRST_DAY), "endDate": today.isoformat(),
            "metrics": ",".join(METRICS), "dimensions": "video", "filters": "video==" + ",".join(ids),
            # a report with the video dimension is the "top videos" report, which takes a sort order and at most
            # 200 rows (developers.google.com/youtube/analytics/channel_reports, as read; U)
            "sort": "-views", "maxResults": min(200, max(1, len(ids)))})
        headers = [h.get("name") for h in body.get("columnHeaders") or []]
        rows = {}
        for row in body.get("rows") or []:
            values = dict(zip(headers, row, strict=False))
            rows[str(values.get("video"))] = values
        out = []
        for t in targets:
            rec = rows.get(t.platform_post_id)
            if rec is None:
                out.append(MetricsResult(t.key, media_id=t.platform_post_id, retry=True,
                                         note="YouTube Analytics has no row for this video yet (its data lags by "
                                              "two to three days)"))
                continue
            metrics: dict[str, int | float] = {}
            for name, column in (("views", "views"), ("likes", "likes"), ("comments", "comments"),
                                 ("shares", "shares"), ("averageViewDuration", "avg_view_seconds")):
                v = number(rec.get(name))
                if v is not None:
                    metrics[column] = v
            minutes = number(rec.get("estimatedMinutesWatched"))
            if minutes is not None:
                metrics["watch_seconds"] = float(minutes) * 60.0
            out.append(MetricsResult(t.key, metrics=metrics, media_id=t.platform_post_id,
                                     raw={k: v for k, v in rec.items() if k != "video"}))
        return out
