"""Pinterest metrics: ``GET /v5/pins/{pin_id}/analytics`` (issue 20).

Checked against Pinterest's OpenAPI contract (tests/contracts/pinterest-v5.openapi.json): ``start_date`` /
``end_date`` (YYYY-MM-DD, UTC) are required, the start "cannot be more than 90 days back from today" and the end
"not more than 90 days past start_date"; ``metric_types`` IMPRESSION, OUTBOUND_CLICK, PIN_CLICK, SAVE. The
answer is keyed by app type (``all``) with ``summary_metrics`` over the period and ``daily_metrics`` whose
``data_status`` says whether a day is READY. A pin older than 90 days is summed over the last 90 days only (said
in the row's note). Limit: 100 calls per second per user and app (Standard access,
developers.pinterest.com/docs/reference/rate-limits).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta

from channels._metrics import day_of, pick
from studio import clock
from studio.jobs import CancelToken
from studio.ports import ChannelError, MetricsResult, MetricsTarget, Rejected

MAX_DAYS = 90
METRIC_TYPES = ("IMPRESSION", "OUTBOUND_CLICK", "PIN_CLICK", "SAVE")
MAPPING = {"IMPRESSION": "impressions", "OUTBOUND_CLICK": "clicks", "SAVE": "saves"}


def window(published, since=None, today=None) -> tuple[str, str, bool]:
    """(start, end, clipped): the report period — from publishing (or ``since``) to today, at most 90 days."""
    today = today or clock.now().date()
    start = day_of(since) or day_of(published) or today
    earliest = today - timedelta(days=MAX_DAYS - 1)
    clipped = start < earliest
    start = min(max(start, earliest), today)
    return start.isoformat(), today.isoformat(), clipped


class PinterestMetrics:
    metrics_batch = 1
    metrics_limit: tuple[int, int, str] | None = (100, 1, "developers.pinterest.com/docs/reference/rate-limits — 100 calls/s per user per app "
                             "(Standard access)")

    def fetch_metrics(self, targets: Sequence[MetricsTarget], cancel: CancelToken) -> list[MetricsResult]:
        out = []
        for t in targets:
            cancel.raise_if_cancelled()
            start, end, clipped = window(t.published_at, t.since)
            try:
                body = self.json("GET", f"/v5/pins/{t.platform_post_id}/analytics",  # type: ignore[attr-defined]
                                 params={"start_date": start, "end_date": end,
                                         "metric_types": ",".join(METRIC_TYPES)})
            except Rejected as exc:  # this pin (deleted, not ours): the others go on
                out.append(MetricsResult(t.key, error=f"Pinterest: {exc.message}"))
                continue
            except ChannelError:
                raise
            report: dict = (body.get("all") or next(iter(body.values()), {})) if isinstance(body, dict) else {}
            days = report.get("daily_metrics") or []
            ready = [d for d in days if d.get("data_status") == "READY"]
            summary = report.get("summary_metrics") or {}
            note = f"Pinterest reports at most 90 days: totals cover {start}–{end}" if clipped else None
            if days and not ready:
                out.append(MetricsResult(t.key, raw={"period": [start, end], **summary}, media_id=t.platform_post_id,
                                         note="Pinterest has no READY day yet (data still processing)", retry=True))
                continue
            out.append(MetricsResult(t.key, metrics=pick(summary, MAPPING),
                                     raw={"period": [start, end], **summary}, media_id=t.platform_post_id,
                                     note=note))
        return out
