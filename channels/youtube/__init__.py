"""YouTube Data API v3: resumable upload with native scheduling.

platform-specs.md A: YouTube / Upload — ``POST /upload/youtube/v3/videos?part=snippet,status`` (resumable).
A: YouTube / Status fields — ``privacyStatus``; ``publishAt`` only with ``private`` (native scheduling);
``selfDeclaredMadeForKids``; ``containsSyntheticMedia``; ``paidProductPlacementDetails``.
A: YouTube / Shorts — no API flag: square/vertical ≤3 min is a Short.
A: YouTube / Text — title ≤100 chars without < or >; description ≤5000 bytes.
A: YouTube / Errors — 401 → refresh; 403 quotaExceeded/dailyLimitExceeded; uploadLimitExceeded (do not retry).
"""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from channels._http import HttpAdapter, media_kind, media_mime, text_matches
from channels.oauth import OAuthSpec
from studio.jobs import CancelToken, ProgressFn
from studio.ports import (
    AuthExpired,
    ChannelError,
    PublishReceipt,
    PublishRequest,
    QuotaReached,
    Rejected,
    TransientError,
)

# platform-specs.md A: YouTube / Auth — Google OAuth2, loopback + PKCE for desktop apps
OAUTH = OAuthSpec(
    authorize_url="https://accounts.google.com/o/oauth2/v2/auth",
    token_url="https://oauth2.googleapis.com/token",
    scopes=("https://www.googleapis.com/auth/youtube.upload", "https://www.googleapis.com/auth/youtube.readonly"),
    extra_authorize={"access_type": "offline", "prompt": "consent"},
)
CHUNK = 8 * 1024 * 1024  # a multiple of 256 KiB, as resumable uploads require


def _seconds_to_pt_midnight() -> float:
    # A: YouTube / Quota — reset at midnight Pacific Time
    now = datetime.now(ZoneInfo("America/Los_Angeles"))
    nxt = (now + timedelta(days=1)).replace(hour=0, minute=0, second=5, microsecond=0)
    return (nxt - now).total_seconds()


def clean_title(text: str) -> str:
    first = next((ln.strip() for ln in text.splitlines() if ln.strip()), "Video")
    first = first.replace("<", "").replace(">", "")
    return first if len(first) <= 100 else first[:99].rsplit(" ", 1)[0] + "…"


class YouTubeAdapter(HttpAdapter):
    platform = "youtube"
    default_base_url = "https://www.googleapis.com"
    native_scheduling = True
    supports_lookup = True

    def error_from(self, resp, body) -> ChannelError | None:
        if resp.status_code < 400 or not isinstance(body, dict) or not isinstance(body.get("error"), dict):
            return None
        e = body["error"]
        reasons = [x.get("reason") for x in e.get("errors") or [] if isinstance(x, dict)]
        reason = reasons[0] if reasons else str(e.get("status") or resp.status_code)
        msg = f"YouTube: {e.get('message') or reason}"
        if resp.status_code == 401:
            return AuthExpired(msg, platform="youtube", code=reason, action="reconnect the account")
        if reason in ("quotaExceeded", "dailyLimitExceeded"):
            return QuotaReached(msg, platform="youtube", code=reason, retry_after=_seconds_to_pt_midnight(),
                                action="wait for the daily quota to reset at midnight Pacific Time")
        if reason == "uploadLimitExceeded":
            return Rejected(msg, platform="youtube", code=reason,
                            action="the channel reached its upload cap; upload fewer videos today (not retried)")
        if reason in ("rateLimitExceeded", "userRateLimitExceeded") or resp.status_code >= 500:
            return TransientError(msg, platform="youtube", code=reason)
        return Rejected(msg, platform="youtube", code=reason, raw=body,
                        action={"invalidTitle": "shorten the title to 100 chars without < or >",
                                "invalidDescription": "shorten the description to 5000 bytes without < or >",
                                "invalidPublishAt": "publishAt must be in the future and the video private",
                                }.get(reason, "check the video and its metadata"))

    def _metadata(self, request: PublishRequest) -> dict:
        opts = {**self.settings.get("default_options", {}), **(request.options or {})}
        snippet = {"title": clean_title(opts.get("title") or request.text),
                   "description": request.text.replace("<", "‹").replace(">", "›"),
                   "categoryId": str(opts.get("category_id", "22"))}
        if opts.get("tags"):
            snippet["tags"] = list(opts["tags"])
        status = {"privacyStatus": opts.get("privacy_status", "public"),
                  "selfDeclaredMadeForKids": bool(opts.get("made_for_kids", False)),
                  "containsSyntheticMedia": bool(opts.get("is_aigc", False)),
                  "embeddable": True}
        if opts.get("native_schedule") and isinstance(request.scheduled_at, datetime):
            status["privacyStatus"] = "private"  # publishAt only works on private videos
            status["publishAt"] = request.scheduled_at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")
        body = {"snippet": snippet, "status": status}
        if opts.get("paid_placement") is not None:
            body["paidProductPlacementDetails"] = {"hasPaidProductPlacement": bool(opts["paid_placement"])}
        return body

    def publish(self, request: PublishRequest, progress: ProgressFn, cancel: CancelToken) -> PublishReceipt:
        videos = [m for m in request.media if media_kind(m) == "video"]
        if not videos:
            raise Rejected("YouTube needs a video", platform="youtube", code="no-video",
                           action="render a video for this product first")
        item = videos[0]
        size = os.path.getsize(item["path"])
        upload_uri = request.state.get("upload_uri")
        offset = 0
        if upload_uri:
            done, offset = self._status(upload_uri, size)
            if done is not None:
                return self._receipt(done, request)
        else:
            parts = "snippet,status" + (",paidProductPlacementDetails"
                                        if "paidProductPlacementDetails" in self._metadata(request) else "")
            resp = self.request("POST", "/upload/youtube/v3/videos",
                                params={"uploadType": "resumable", "part": parts}, json=self._metadata(request),
                                headers={"X-Upload-Content-Length": str(size),
                                         "X-Upload-Content-Type": media_mime(item)})
            upload_uri = resp.headers.get("location")
            if not upload_uri:
                raise TransientError("YouTube returned no upload session", platform="youtube", code="no-session")
            self.checkpoint(request, {"upload_uri": upload_uri})
        with open(item["path"], "rb") as fh:
            fh.seek(offset)
            while offset < size:
                cancel.raise_if_cancelled()
                block = fh.read(CHUNK)
                end = offset + len(block) - 1
                last = end + 1 >= size
                resp = self.request("PUT", upload_uri, content=block, ambiguous=last,
                                    headers={"Content-Range": f"bytes {offset}-{end}/{size}",
                                             "Content-Type": media_mime(item)})
                if resp.status_code in (200, 201):
                    return self._receipt(resp.json(), request)
                offset = self._range_end(resp) + 1 if resp.status_code == 308 else end + 1
                progress(0.9 * offset / size, f"uploaded {offset * 100 // size}%")
        done, _ = self._status(upload_uri, size)
        if done is None:
            raise TransientError("upload incomplete", platform="youtube", code="upload-incomplete")
        return self._receipt(done, request)

    @staticmethod
    def _range_end(resp) -> int:
        rng = resp.headers.get("range")  # "bytes=0-12345"
        return int(rng.split("-")[-1]) if rng else -1

    def _status(self, upload_uri: str, size: int) -> tuple[dict | None, int]:
        resp = self.request("PUT", upload_uri, headers={"Content-Range": f"bytes */{size}"}, content=b"")
        if resp.status_code in (200, 201):
            return resp.json(), size
        return None, self._range_end(resp) + 1

    def _receipt(self, video: dict, request: PublishRequest) -> PublishReceipt:
        vid = video["id"]
        item = next((m for m in request.media if media_kind(m) == "video"), {})
        w, h, dur = item.get("width"), item.get("height"), item.get("duration")
        short = bool(w and h and h >= w and (dur is None or float(dur) <= 180))
        url = f"https://www.youtube.com/shorts/{vid}" if short else f"https://www.youtube.com/watch?v={vid}"
        status = video.get("status") or {}
        state = "scheduled-natively" if status.get("publishAt") else "published"
        return PublishReceipt(platform_post_id=vid, url=url, state=state,
                              raw={"id": vid, "short": short, "status": status})

    def lookup(self, idempotency_key: str, request: PublishRequest) -> PublishReceipt | None:
        videos = [m for m in request.media if media_kind(m) == "video"]
        uri = request.state.get("upload_uri")
        if uri and videos:
            done, _ = self._status(uri, os.path.getsize(videos[0]["path"]))
            return self._receipt(done, request) if done is not None else None
        ch = self.json("GET", "/youtube/v3/channels", params={"mine": "true", "part": "contentDetails"})
        items = ch.get("items") or []
        if not items:
            return None
        uploads = items[0]["contentDetails"]["relatedPlaylists"]["uploads"]
        pl = self.json("GET", "/youtube/v3/playlistItems", params={"playlistId": uploads, "part": "snippet",
                                                                  "maxResults": 50})
        for it in pl.get("items") or []:
            sn = it.get("snippet") or {}
            if text_matches(sn.get("description"), request.text.replace("<", "‹").replace(">", "›")):
                vid = (sn.get("resourceId") or {}).get("videoId")
                return PublishReceipt(platform_post_id=vid, url=f"https://www.youtube.com/watch?v={vid}",
                                      raw={"reconciled": True})
        return None


ADAPTER = YouTubeAdapter
