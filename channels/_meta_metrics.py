"""Metrics readers shared by Meta's Graph APIs (issue 20): ``GET /{version}/{object-id}/insights?metric=…``.

The answer is ``{"data": [{"name", "period", "values": [{"value"}]}]}``; a metric missing from ``data`` is
unknown (Instagram: "If insights data you are requesting does not exist or is currently unavailable, the API
returns an empty data set instead of 0"). Instagram data "can be delayed up to 48 hours"
(developers.facebook.com/documentation/instagram-platform/reference/instagram-media/insights). Limit: the
Graph API platform rate limit, 200 calls per hour per user (developers.facebook.com/docs/graph-api/overview/
rate-limiting); throttling answers codes 4/17/32/613 (channels/_meta.py maps them to TransientError).
"""

from __future__ import annotations

from collections.abc import Sequence

from channels._metrics import age_hours, number
from studio.jobs import CancelToken
from studio.ports import ChannelError, MetricsResult, MetricsTarget, Rejected

GRAPH_LIMIT = (200, 3600, "developers.facebook.com/docs/graph-api/overview/rate-limiting — 200 calls per hour "
                          "per user")


def insight_values(body: dict) -> dict[str, int | float]:
    """``{metric name: value}`` from an insights answer (``values[-1].value`` or ``total_value.value``); a value
    that is a breakdown (reactions by type) is summed."""
    out: dict[str, int | float] = {}
    for item in (body or {}).get("data") or []:
        name = item.get("name")
        values = item.get("values") or []
        if values and isinstance(values[-1], dict):
            value = values[-1].get("value")
        else:
            value = (item.get("total_value") or {}).get("value")
        if isinstance(value, dict):
            nums = [n for n in (number(v) for v in value.values()) if n is not None]
            value = sum(nums) if nums else None
        n = number(value)
        if name and n is not None:
            out[str(name)] = n
    return out


USAGE_CEILING = 95  # percent of Meta's allowance (X-App-Usage / X-Business-Use-Case-Usage) we stop short of


def usage_pause(headers) -> float:
    """Seconds to wait when Meta's usage headers report the app at or above USAGE_CEILING percent (0: go on).
    Meta: "When any of these metrics exceed 100, the app will be rate limited"
    (developers.facebook.com/docs/graph-api/overview/rate-limiting)."""
    import json

    peak, regain = 0.0, 0.0
    for name in ("x-app-usage", "x-business-use-case-usage"):
        raw = headers.get(name)
        if not raw:
            continue
        try:
            data = json.loads(raw)
        except ValueError:
            continue
        entries = [data] if name == "x-app-usage" else [e for v in data.values() for e in (v or [])]
        for e in entries:
            if not isinstance(e, dict):
                continue
            for k in ("call_count", "total_cputime", "total_time"):
                n = number(e.get(k))
                if n is not None:
                    peak = max(peak, float(n))
            n = number(e.get("estimated_time_to_regain_access"))
            if n:
                regain = max(regain, float(n) * 60.0)
    if peak < USAGE_CEILING:
        return 0.0
    return regain or 60.0


class GraphInsights:
    metrics_batch = 1
    metrics_limit: tuple[int, int, str] | None = GRAPH_LIMIT
    insight_metrics: tuple[str, ...] = ()
    insight_mapping: dict[str, str] = {}
    lag_hours: float = 0.0  # data delayed up to this long after publishing
    platform_label = "Meta"

    def insights_path(self, target: MetricsTarget) -> str:
        return self._p(f"{target.platform_post_id}/insights")  # type: ignore[attr-defined]

    def fetch_metrics(self, targets: Sequence[MetricsTarget], cancel: CancelToken) -> list[MetricsResult]:
        out = []
        for t in targets:
            cancel.raise_if_cancelled()
            try:
                resp = self.request("GET", self.insights_path(t),  # type: ignore[attr-defined]
                                    params={"metric": ",".join(self.insight_metrics)})
                try:
                    body = resp.json() if resp.content else {}
                except ValueError:
                    body = {}
            except Rejected as exc:
                out.append(MetricsResult(t.key, error=f"{self.platform_label}: {exc.message}"))
                continue
            except ChannelError:
                raise
            raw = insight_values(body)
            metrics = {col: raw[name] for name, col in self.insight_mapping.items() if name in raw}
            note = None
            retry = False
            if not raw:
                age = age_hours(t.published_at)
                retry = self.lag_hours > 0 and (age is None or age < self.lag_hours)
                note = (f"{self.platform_label} returned no insights yet (data can lag up to "
                        f"{self.lag_hours:.0f} h)" if retry else f"{self.platform_label} returned no insights")
            out.append(MetricsResult(t.key, metrics=metrics, raw=raw, media_id=t.platform_post_id, note=note,
                                     retry=retry))
            pause = usage_pause(resp.headers)
            if pause:  # Meta says the app is about to be throttled: wait before the next call, not after a refusal
                self.sleep(cancel, pause)  # type: ignore[attr-defined]
        return out
