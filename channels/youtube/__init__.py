"""YouTube Data API v3: resumable upload with native scheduling.

platform-specs.md A: YouTube / Upload — ``POST /upload/youtube/v3/videos?part=snippet,status`` (resumable).
A: YouTube / Status fields — ``privacyStatus``; ``publishAt`` only with ``private`` (native scheduling);
``selfDeclaredMadeForKids``; ``containsSyntheticMedia``; ``paidProductPlacementDetails``.
A: YouTube / Shorts — no API flag: square/vertical ≤3 min is a Short.
A: YouTube / Text — title ≤100 chars without < or >; description ≤5000 bytes.
A: YouTube / Errors — 401 → refresh; 403 quotaExceeded/dailyLimitExceeded; uploadLimitExceeded (do not retry).

Checked against the YouTube Data API v3 discovery document (tests/contracts/youtube-v3.discovery.json,
revision 20260924) and Google's resumable upload protocol: the host is the document's ``rootUrl``; after a
``308`` the next chunk starts at the byte after the acknowledged ``Range`` (the file is re-seeked there);
a ``404`` on the session URI means the session expired — the upload starts again in a new session.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from channels._http import HttpAdapter, media_kind, media_mime, text_matches
from channels.oauth import OAuthSpec
from channels.youtube.metrics import YouTubeMetrics
from studio import clock
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
    # metrics (issue 20): the Analytics API's reports.query needs yt-analytics.readonly; posting works without it
    optional_scopes=("https://www.googleapis.com/auth/yt-analytics.readonly",),
    extra_authorize={"access_type": "offline", "prompt": "consent"},
    # Google's token endpoint wants the client secret of a Desktop-app client too (it is not treated as a
    # secret there, but the exchange fails without it): keep it in the keyring or use an exchange URL
    needs_secret=True,
)
CHUNK = 8 * 1024 * 1024  # a multiple of 256 KiB, as resumable uploads require
MAX_RESTARTS = 2  # new sessions after a 404 within one publish call
MAX_STALLS = 3  # 308s in a row that acknowledge no new byte


class SessionExpired(TransientError):
    """The resumable session URI answered 404: the session expired and the upload must start again."""


def _seconds_to_pt_midnight() -> float:
    # A: YouTube / Quota — reset at midnight Pacific Time
    now = clock.now().astimezone(ZoneInfo("America/Los_Angeles"))
    nxt = (now + timedelta(days=1)).replace(hour=0, minute=0, second=5, microsecond=0)
    return (nxt - now).total_seconds()


def clean_title(text: str) -> str:
    first = next((ln.strip() for ln in text.splitlines() if ln.strip()), "Video")
    first = first.replace("<", "").replace(">", "")
    return first if len(first) <= 100 else first[:99].rsplit(" ", 1)[0] + "…"


class YouTubeAdapter(YouTubeMetrics, HttpAdapter):
    platform = "youtube"
    default_base_url = "https://youtube.googleapis.com"  # the discovery document's rootUrl
    auth_hosts = ("youtube.googleapis.com", "www.googleapis.com",  # session URIs may come back on either
                  "youtubeanalytics.googleapis.com")  # metrics: the Analytics API (channels/youtube/metrics.py)
    native_scheduling = True
    supports_lookup = True

    def error_from(self, resp, body) -> ChannelError | None:
        if resp.status_code in (404, 410) and "upload_id" in resp.request.url.params:
            return SessionExpired("YouTube: the upload session expired", platform="youtube",
                                  code="upload-session-expired")
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
                                }.get(reason or "", "check the video and its metadata"))

    def _metadata(self, request: PublishRequest) -> dict:
        opts = {**self.settings.get("default_options", {}), **(request.options or {})}
        snippet: dict[str, Any] = {"title": clean_title(opts.get("title") or request.text),
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

    def _start_session(self, request: PublishRequest, item: dict, size: int) -> str:
        meta = self._metadata(request)
        parts = ",".join(k for k in ("snippet", "status", "paidProductPlacementDetails") if k in meta)
        resp = self.request("POST", "/upload/youtube/v3/videos", params={"uploadType": "resumable", "part": parts},
                            json=meta, headers={"X-Upload-Content-Length": str(size),
                                                "X-Upload-Content-Type": media_mime(item)})
        upload_uri = resp.headers.get("location")
        if not upload_uri:
            raise TransientError("YouTube returned no upload session", platform="youtube", code="no-session")
        self.checkpoint(request, {"upload_uri": upload_uri})
        return upload_uri

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
            try:
                done, offset = self._status(upload_uri, size)
            except SessionExpired:
                upload_uri = None  # nothing of the old session is kept: start over in a new one
            else:
                if done is not None:
                    return self._receipt(done, request)
        restarts = 0
        with open(item["path"], "rb") as fh:
            while True:
                if not upload_uri:
                    upload_uri, offset = self._start_session(request, item, size), 0
                try:
                    return self._receipt(self._upload(fh, upload_uri, offset, size, item, progress, cancel), request)
                except SessionExpired:
                    restarts += 1
                    if restarts > MAX_RESTARTS:
                        raise
                    upload_uri = None

    def _upload(self, fh, upload_uri: str, offset: int, size: int, item: dict, progress: ProgressFn,
                cancel: CancelToken) -> dict:
        """Send the file from ``offset``; every chunk is read from the byte the server acknowledged next."""
        stalls = 0
        while True:
            cancel.raise_if_cancelled()
            if offset >= size:
                done, offset = self._status(upload_uri, size)
                if done is not None:
                    return done
                if offset >= size:
                    raise TransientError("YouTube has every byte but did not finish the upload", platform="youtube",
                                         code="upload-incomplete")
                continue
            fh.seek(offset)  # after a 308 with a shorter Range the next byte is not where the last read ended
            block = fh.read(CHUNK)
            end = offset + len(block) - 1
            resp = self.request("PUT", upload_uri, content=block, ambiguous=end + 1 >= size,
                                headers={"Content-Range": f"bytes {offset}-{end}/{size}",
                                         "Content-Type": media_mime(item)})
            if resp.status_code in (200, 201):
                return resp.json()
            acked = self._range_end(resp) + 1 if resp.status_code == 308 else end + 1
            stalls = stalls + 1 if acked <= offset else 0
            if stalls >= MAX_STALLS:
                raise TransientError(f"YouTube acknowledged no new bytes after {stalls} chunks", platform="youtube",
                                     code="upload-stalled")
            offset = acked
            progress(0.9 * offset / size, f"uploaded {offset * 100 // size}%")

    @staticmethod
    def _range_end(resp) -> int:
        rng = resp.headers.get("range")  # "bytes=0-12345"; none = nothing received yet
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
            try:
                done, _ = self._status(uri, os.path.getsize(videos[0]["path"]))
            except SessionExpired:
                done = None  # the session is gone: the uploads playlist says whether the video exists
            else:
                if done is None:
                    return None  # the upload never completed: nothing was published
            if done is not None:
                return self._receipt(done, request)
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
                if not vid:
                    continue
                return PublishReceipt(platform_post_id=vid, url=f"https://www.youtube.com/watch?v={vid}",
                                      raw={"reconciled": True})
        return None


ADAPTER = YouTubeAdapter
