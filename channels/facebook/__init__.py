"""Facebook Pages: feed posts, photos, videos and Reels, with native scheduling (tests/contracts/facebook.rules.json).

- Publishing needs the PAGE access token: sign in (Facebook Login) → long-lived user token
  (``fb_exchange_token``) → ``GET /{user-id}/accounts`` lists the Pages with their Page tokens → the user picks
  one (Settings › Accounts › Pick page, or ``studio accounts pages NAME`` / ``accounts use-page NAME ID``).
  A user token on ``/{page-id}/feed`` fails on the real API, so the adapter refuses to post before a Page was
  picked (developers.facebook.com/docs/pages-api/getting-started; /docs/pages-api/posts).
- ``/{page-id}/videos`` goes to ``graph-video.facebook.com`` (developers.facebook.com/docs/video-api/guides/
  publishing; /docs/graph-api/photo-uploads); Reels via ``/{page-id}/video_reels`` (``upload_phase=start`` →
  bytes to ``rupload.facebook.com/video-upload/{ver}/{id}`` → ``finish``; /docs/video-api/guides/reels-publishing).
- The Graph API version is a setting (``api_version``; default channels._meta.GRAPH_VERSION) with a warning
  before Meta retires it (channels._meta.graph_version_warning).
platform-specs.md A: Facebook Page / Native scheduling — ``published=false`` + ``scheduled_publish_time``
(≈10 min–30 days), listed by ``/{page-id}/scheduled_posts``. A: Facebook Page / Reels spec and cap — 30 API
reels / 24 h. Photos and videos are uploaded as multipart ``source`` (no public URL needed).
"""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

from channels._http import HttpAdapter, media_kind, media_mime, text_matches
from channels._meta import GRAPH_VERSION, graph_version_of, meta_error
from channels.facebook.metrics import FacebookMetrics
from channels.oauth import OAuthSpec
from studio.jobs import CancelToken, ProgressFn
from studio.ports import PublishReceipt, PublishRequest, Rejected, TransientError

# platform-specs.md A: Facebook Page / Auth, Tokens — a Page token from a long-lived user token does not
# expire (until a password change / role loss), so there is nothing to refresh.
OAUTH = OAuthSpec(
    authorize_url=f"https://www.facebook.com/{GRAPH_VERSION}/dialog/oauth",
    token_url=f"https://graph.facebook.com/{GRAPH_VERSION}/oauth/access_token",
    scopes=("pages_show_list", "pages_read_engagement", "pages_manage_posts", "publish_video"),
    optional_scopes=("read_insights",),  # metrics (issue 20): Page post insights
    pkce=False,
    needs_secret=True,
    scope_sep=",",
    refresh_style="none",
    long_lived="fb",
    token_method="GET",  # developers.facebook.com/documentation/facebook-login/guides/advanced/manual-flow
    long_lived_url=f"https://graph.facebook.com/{GRAPH_VERSION}/oauth/access_token",
    console_url="https://developers.facebook.com/apps/",
)
VIDEO_HOST = "https://graph-video.facebook.com"
RUPLOAD = "https://rupload.facebook.com"


def oauth_spec(settings: dict) -> OAuthSpec:
    ver = graph_version_of(settings or {})
    if ver == GRAPH_VERSION:
        return OAUTH
    from dataclasses import replace

    return replace(OAUTH, authorize_url=f"https://www.facebook.com/{ver}/dialog/oauth",
                   token_url=f"https://graph.facebook.com/{ver}/oauth/access_token",
                   long_lived_url=f"https://graph.facebook.com/{ver}/oauth/access_token")


class FacebookAdapter(FacebookMetrics, HttpAdapter):
    platform = "facebook"
    default_base_url = "https://graph.facebook.com"
    native_scheduling = True
    supports_lookup = True
    poll_interval = 10.0
    auth_hosts = ("graph-video.facebook.com", "rupload.facebook.com")

    def __init__(self, account, transport=None) -> None:
        super().__init__(account, transport)
        self.ver = graph_version_of(self.settings)
        self.page = self.settings.get("page_id")
        self.rupload = (self.settings.get("upload_base_url") or account.base_url or RUPLOAD).rstrip("/")
        self.video_base = (self.settings.get("video_base_url") or account.base_url or VIDEO_HOST).rstrip("/")

    # ------------------------------------------------------------------ pages
    def pages(self) -> list[dict]:
        """The Pages the signed-in user can post to, with their Page tokens (call with the USER token)."""
        out, url = [], self._p("me/accounts")
        params: dict[str, object] | None = {"fields": "id,name,access_token,tasks,instagram_business_account{id,username}", "limit": 100}
        for _ in range(20):
            d = self.json("GET", url, params=params)
            out += [p for p in d.get("data") or [] if isinstance(p, dict)]
            nxt = (d.get("paging") or {}).get("next")
            if not nxt:
                break
            url, params = nxt, None
        return out

    def _require_page_token(self) -> None:
        if not self.page:
            raise Rejected("the Facebook account has no Page picked", platform="facebook", code="no-page",
                           action="pick the Page (Settings › Accounts › Pick page, or studio accounts pages NAME "
                                  "then studio accounts use-page NAME PAGE_ID)")
        if str(self.settings.get("page_token_for") or "") != str(self.page) and \
                self.settings.get("token_kind") != "page":
            raise Rejected("Facebook Pages accept posts only with the Page's own access token, and this account "
                           "holds a user token", platform="facebook", code="no-page-token",
                           action="pick the Page again (Settings › Accounts › Pick page, or studio accounts "
                                  "use-page NAME PAGE_ID) so its Page token is stored")

    def error_from(self, resp, body):
        return meta_error("facebook", resp, body)

    def _p(self, path: str) -> str:
        return f"/{self.ver}/{path.lstrip('/')}"

    def _schedule_fields(self, request: PublishRequest) -> dict:
        if request.options.get("native_schedule") and isinstance(request.scheduled_at, datetime):
            return {"published": "false", "scheduled_publish_time": str(int(request.scheduled_at.timestamp()))}
        return {}

    def publish(self, request: PublishRequest, progress: ProgressFn, cancel: CancelToken) -> PublishReceipt:
        self._require_page_token()
        media = list(request.media)
        fmt = request.options.get("format")
        sched = self._schedule_fields(request)
        videos = [m for m in media if media_kind(m) == "video"]
        if fmt == "reels" and videos:
            return self._reel(videos[0], request, cancel)
        if videos:
            item = videos[0]
            with open(item["path"], "rb") as fh:
                data = self.json("POST", f"{self.video_base}/{self.ver}/{self.page}/videos",
                                 data={"description": request.text, **sched},
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
