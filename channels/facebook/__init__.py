"""Facebook Pages: feed posts, photos, videos and Reels, with native scheduling.

platform-specs.md A: Facebook Page / Endpoints — ``/{page-id}/feed``, ``/photos``, ``/videos``, Reels via
``/{page-id}/video_reels`` (``upload_phase=start`` → upload → ``finish``).
A: Facebook Page / Native scheduling — ``published=false`` + ``scheduled_publish_time`` (≈10 min–30 days),
listed by ``/{page-id}/scheduled_posts``. A: Facebook Page / Reels spec and cap — 30 API reels / 24 h.
Photos and videos are uploaded as multipart ``source`` (no public URL needed).
"""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

from channels._http import HttpAdapter, media_kind, media_mime, text_matches
from channels._meta import meta_error
from channels.oauth import OAuthSpec
from studio.jobs import CancelToken, ProgressFn
from studio.ports import PublishReceipt, PublishRequest, Rejected, TransientError

# platform-specs.md A: Facebook Page / Auth, Tokens — a Page token from a long-lived user token does not
# expire (until a password change / role loss), so there is nothing to refresh.
OAUTH = OAuthSpec(
    authorize_url="https://www.facebook.com/v21.0/dialog/oauth",
    token_url="https://graph.facebook.com/v21.0/oauth/access_token",
    scopes=("pages_manage_posts", "pages_read_engagement", "pages_show_list", "publish_video"),
    pkce=False,
    needs_secret=True,
    scope_sep=",",
    refresh_style="none",
)


class FacebookAdapter(HttpAdapter):
    platform = "facebook"
    default_base_url = "https://graph.facebook.com"
    native_scheduling = True
    supports_lookup = True
    poll_interval = 10.0

    def __init__(self, account, transport=None) -> None:
        super().__init__(account, transport)
        self.ver = self.settings.get("api_version", "v21.0")
        self.page = self.settings.get("page_id")
        self.rupload = (self.settings.get("upload_base_url") or account.base_url
                        or "https://rupload.facebook.com").rstrip("/")

    def error_from(self, resp, body):
        return meta_error("facebook", resp, body)

    def _p(self, path: str) -> str:
        return f"/{self.ver}/{path.lstrip('/')}"

    def _schedule_fields(self, request: PublishRequest) -> dict:
        if request.options.get("native_schedule") and isinstance(request.scheduled_at, datetime):
            return {"published": "false", "scheduled_publish_time": str(int(request.scheduled_at.timestamp()))}
        return {}

    def publish(self, request: PublishRequest, progress: ProgressFn, cancel: CancelToken) -> PublishReceipt:
        if not self.page:
            raise Rejected("the Facebook account has no page_id", platform="facebook", code="no-page",
                           action="studio accounts add facebook … --set page_id=<your page id>")
        media = list(request.media)
        fmt = request.options.get("format")
        sched = self._schedule_fields(request)
        videos = [m for m in media if media_kind(m) == "video"]
        if fmt == "reels" and videos:
            return self._reel(videos[0], request, cancel)
        if videos:
            item = videos[0]
            with open(item["path"], "rb") as fh:
                data = self.json("POST", self._p(f"{self.page}/videos"), data={"description": request.text, **sched},
                                 files={"source": (Path(item["path"]).name, fh, media_mime(item))}, ambiguous=True)
            return self._receipt(str(data["id"]), sched)
        if media:
            item = media[0]
            with open(item["path"], "rb") as fh:
                data = self.json("POST", self._p(f"{self.page}/photos"), data={"caption": request.text, **sched},
                                 files={"source": (Path(item["path"]).name, fh, media_mime(item))}, ambiguous=True)
            return self._receipt(str(data.get("post_id") or data["id"]), sched)
        body = {"message": request.text, **sched}
        if request.options.get("link"):
            body["link"] = request.options["link"]
        data = self.json("POST", self._p(f"{self.page}/feed"), data=body, ambiguous=True)
        return self._receipt(str(data["id"]), sched)

    def _reel(self, item: dict, request: PublishRequest, cancel) -> PublishReceipt:
        vid = request.state.get("video_id")
        if not vid:
            start = self.json("POST", self._p(f"{self.page}/video_reels"), data={"upload_phase": "start"})
            vid = str(start["video_id"])
            self.checkpoint(request, {"video_id": vid})
            size = os.path.getsize(item["path"])
            url = start.get("upload_url") or f"{self.rupload}/video-upload/{self.ver}/{vid}"
            with open(item["path"], "rb") as fh:
                self.request("POST", url, content=fh.read(), headers={
                    "Authorization": f"OAuth {self.account.access_token}", "offset": "0", "file_size": str(size)})
        data = self.json("POST", self._p(f"{self.page}/video_reels"),
                         data={"upload_phase": "finish", "video_id": vid, "video_state": "PUBLISHED",
                               "description": request.text}, ambiguous=True)
        if not data.get("success", True):
            raise TransientError("Facebook did not accept the reel yet", platform="facebook", code="reel-finish")
        return PublishReceipt(platform_post_id=vid, url=f"https://www.facebook.com/reel/{vid}", raw=data)

    def _receipt(self, pid: str, sched: dict) -> PublishReceipt:
        return PublishReceipt(platform_post_id=pid, url=f"https://www.facebook.com/{pid}",
                              state="scheduled-natively" if sched else "published", raw={"id": pid, **sched})

    def lookup(self, idempotency_key: str, request: PublishRequest) -> PublishReceipt | None:
        for edge in ("scheduled_posts", "feed"):
            items = self.json("GET", self._p(f"{self.page}/{edge}"), params={"fields": "id,message", "limit": 50}
                              ).get("data") or []
            for it in items:
                if text_matches(it.get("message"), request.text):
                    return PublishReceipt(platform_post_id=str(it["id"]), url=f"https://www.facebook.com/{it['id']}",
                                          state="scheduled-natively" if edge == "scheduled_posts" else "published",
                                          raw={"reconciled": True})
        return None


ADAPTER = FacebookAdapter
