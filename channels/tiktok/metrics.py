"""TikTok metrics: ``POST /v2/video/query/?fields=…`` with ``{"filters": {"video_ids": [≤20]}}`` (issue 20;
tests/contracts/tiktok.rules.json; developers.tiktok.com/doc/tiktok-api-v2-video-query, scope ``video.list``).

Fields: id, view_count, like_count, comment_count, share_count. The video id exists only after moderation: a
post published while TikTok still processed it holds the ``publish_id``; we ask
``/v2/post/publish/status/fetch/`` for ``publicaly_available_post_id`` (TikTok's spelling) and use that id
once it appears (kept as the row's ``media_id``). Limit: 600 requests per minute for /v2/video/query/
(developers.tiktok.com/doc/tiktok-api-v2-rate-limit).
"""

from __future__ import annotations

from collections.abc import Sequence

from channels._metrics import pick
from studio.jobs import CancelToken
from studio.ports import ChannelError, MetricsResult, MetricsTarget, Rejected

FIELDS = ("id", "view_count", "like_count", "comment_count", "share_count")
MAPPING = {"view_count": "views", "like_count": "likes", "comment_count": "comments", "share_count": "shares"}
MAX_IDS = 20


def publish_id_of(target: MetricsTarget) -> str | None:
    pid = (target.receipt or {}).get("publish_id")
    return str(pid) if pid and str(pid) == target.platform_post_id else None


class TikTokMetrics:
    metrics_batch = MAX_IDS
    metrics_limit: tuple[int, int, str] | None = (600, 60, "developers.tiktok.com/doc/tiktok-api-v2-rate-limit — /v2/video/query/ 600 "
                              "requests per minute")

    def video_id_for(self, target: MetricsTarget) -> tuple[str | None, str | None]:
        """(video id, why there is none yet)."""
        known = (target.receipt or {}).get("video_id")
        if known:
            return str(known), None
        publish_id = publish_id_of(target)
        if publish_id is None:
            return target.platform_post_id, None
        try:
            d = self.json("POST", "/v2/post/publish/status/fetch/",  # type: ignore[attr-defined]
                          json={"publish_id": publish_id}).get("data") or {}
        except Rejected as exc:
            return None, f"TikTok: {exc.message}"
        ids = d.get("publicaly_available_post_id") or []
        if ids:
            return str(ids[0]), None
        return None, f"TikTok: no video id yet (publish status {d.get('status') or 'unknown'}; moderation pending)"

    def fetch_metrics(self, targets: Sequence[MetricsTarget], cancel: CancelToken) -> list[MetricsResult]:
        out: list[MetricsResult] = []
        wanted: dict[str, list[MetricsTarget]] = {}
        for t in targets:
            cancel.raise_if_cancelled()
            vid, why = self.video_id_for(t)
            if vid is None:
                out.append(MetricsResult(t.key, note=why, retry=True))
                continue
            wanted.setdefault(vid, []).append(t)
        if not wanted:
            return out
        try:
            body = self.json("POST", "/v2/video/query/", params={"fields": ",".join(FIELDS)},  # type: ignore[attr-defined]
                             json={"filters": {"video_ids": list(wanted)[:MAX_IDS]}})
        except Rejected as exc:
            if len(wanted) == 1:
                return out + [MetricsResult(t.key, error=exc.describe()) for ts in wanted.values() for t in ts]
            raise ChannelError(exc.message, platform="tiktok", code=exc.code) from exc
        videos = {str(v.get("id")): v for v in (body.get("data") or {}).get("videos") or []}
        for vid, ts in wanted.items():
            v = videos.get(vid)
            for t in ts:
                if v is None:
                    out.append(MetricsResult(t.key, media_id=vid,
                                             error="TikTok: the video was not returned (deleted, private or not "
                                                   "this account's)"))
                else:
                    out.append(MetricsResult(t.key, metrics=pick(v, MAPPING), media_id=vid,
                                             raw={k: v[k] for k in v if k != "id"}))
        return out
