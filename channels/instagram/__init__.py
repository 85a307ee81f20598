"""Instagram content publishing (Instagram Login host ``graph.instagram.com`` or Facebook Login host).

Flow (platform-specs.md A: Instagram / Flow): create a container ``POST /{ig-user-id}/media`` → poll
``GET /{container}?fields=status_code`` (IN_PROGRESS / FINISHED / ERROR / EXPIRED / PUBLISHED) →
``POST /{ig-user-id}/media_publish?creation_id=``.
- Reels: ``media_type=REELS`` with ``upload_type=resumable``, the bytes go to
  ``rupload.facebook.com/ig-api-upload/{ver}/{container}`` (A: Instagram / media_type) — no public URL.
- Images: JPEG only (A: Instagram / Image spec) from the media host URL; carousels 2–10 children with
  ``is_carousel_item=true`` and no child captions (A: Instagram / media_type, Caption).
- The publishing quota is read live from ``content_publishing_limit`` (A: Instagram / Publish quota).
"""

from __future__ import annotations

import os

from channels._http import HttpAdapter, media_kind, media_mime, public_url, text_matches
from channels._meta import meta_error
from channels.oauth import OAuthSpec
from studio.jobs import CancelToken, ProgressFn
from studio.ports import PublishReceipt, PublishRequest, Rejected, TransientError

# platform-specs.md A: Instagram / Auth paths, Tokens (ig_refresh_token; the app secret stays server-side)
OAUTH = OAuthSpec(
    authorize_url="https://www.instagram.com/oauth/authorize",
    token_url="https://api.instagram.com/oauth/access_token",
    scopes=("instagram_business_basic", "instagram_business_content_publish"),
    pkce=False,
    needs_secret=True,
    scope_sep=",",
    refresh_style="ig",
    refresh_url="https://graph.instagram.com/refresh_access_token",
)
MAX_CAROUSEL = 10  # A: Instagram / media_type — the API allows 10 (the app 20)


class InstagramAdapter(HttpAdapter):
    platform = "instagram"
    default_base_url = "https://graph.instagram.com"
    supports_lookup = True
    poll_interval = 30.0  # A: Instagram / Flow — poll about once a minute, at most 5 min
    poll_timeout = 300.0

    def __init__(self, account, transport=None) -> None:
        super().__init__(account, transport)
        self.ver = self.settings.get("api_version", "v21.0")
        self.user = self.settings.get("ig_user_id", "me")
        self.rupload = (self.settings.get("upload_base_url") or (account.base_url if account.base_url else None)
                        or "https://rupload.facebook.com").rstrip("/")

    def error_from(self, resp, body):
        return meta_error("instagram", resp, body)

    def _p(self, path: str) -> str:
        return f"/{self.ver}/{path.lstrip('/')}"

    def quota(self) -> dict | None:
        d = self.json("GET", self._p(f"{self.user}/content_publishing_limit"), params={"fields": "quota_usage,config"})
        rows = d.get("data") or []
        if not rows:
            return None
        row = rows[0]
        conf = row.get("config") or {}
        return {"used": int(row.get("quota_usage", 0)), "limit": int(conf.get("quota_total", 100)),
                "window_s": int(conf.get("quota_duration", 86400))}

    def info(self) -> dict:
        return {"publishing_quota": self.quota()}

    def _container(self, params: dict) -> str:
        return str(self.json("POST", self._p(f"{self.user}/media"), data=params)["id"])

    def _reel_container(self, item: dict, caption: str | None, opts: dict, child: bool = False) -> str:
        params = {"media_type": "REELS" if not child else "VIDEO", "upload_type": "resumable"}
        if caption is not None:
            params["caption"] = caption
        if child:
            params["is_carousel_item"] = "true"
        if opts.get("share_to_feed") is not None:
            params["share_to_feed"] = str(bool(opts["share_to_feed"])).lower()
        cid = self._container(params)
        size = os.path.getsize(item["path"])
        with open(item["path"], "rb") as fh:
            data = fh.read()
        url = f"{self.rupload}/ig-api-upload/{self.ver}/{cid}"
        resp = self.request("POST", url, content=data, headers={
            "Authorization": f"OAuth {self.account.access_token}", "offset": "0", "file_size": str(size),
            "Content-Type": "application/octet-stream"})
        if resp.status_code >= 300:
            raise TransientError(f"instagram upload answered HTTP {resp.status_code}", platform="instagram")
        return cid

    def _image_container(self, item: dict, caption: str | None, child: bool = False) -> str:
        if media_mime(item) != "image/jpeg":
            raise Rejected("Instagram accepts JPEG images only (no PNG/WebP)", platform="instagram",
                           code="2207004", action="export the mockup as JPEG (sRGB, ≤8 MB, 320–1440 px wide)")
        params = {"image_url": public_url(item, "instagram", "images")}
        if caption is not None:
            params["caption"] = caption
        if child:
            params["is_carousel_item"] = "true"
        return self._container(params)

    def _wait(self, cid: str, cancel) -> None:
        def fetch():
            return self.json("GET", self._p(cid), params={"fields": "status_code,status"})

        def failed(d):
            code = d.get("status_code")
            if code == "ERROR":
                return Rejected(f"Instagram could not process the media: {d.get('status')}", platform="instagram",
                                code="container-error", action="check the media against the Reels/image specs")
            if code == "EXPIRED":
                return TransientError("the container expired (24 h)", platform="instagram", code="2207008")
            return None

        self.poll(fetch, lambda d: d.get("status_code") in ("FINISHED", "PUBLISHED"), failed, cancel, "the container")

    def publish(self, request: PublishRequest, progress: ProgressFn, cancel: CancelToken) -> PublishReceipt:
        opts = request.options or {}
        cid = request.state.get("container_id")
        if not cid:
            media = list(request.media)
            if not media:
                raise Rejected("Instagram posts need an image or a video", platform="instagram", code="no-media",
                               action="render a video or mockup for this product first")
            if len(media) > MAX_CAROUSEL:
                raise Rejected(f"a carousel holds at most {MAX_CAROUSEL} items via the API ({len(media)} given)",
                               platform="instagram", code="2207028", action="remove items down to 10")
            if len(media) == 1:
                item = media[0]
                progress(0.1, "uploading")
                if media_kind(item) == "video":
                    cid = self._reel_container(item, request.text, opts)
                else:
                    cid = self._image_container(item, request.text)
            else:
                children = []
                for i, item in enumerate(media):
                    progress(0.1 + 0.5 * i / len(media), f"uploading item {i + 1}/{len(media)}")
                    if media_kind(item) == "video":
                        children.append(self._reel_container(item, None, opts, child=True))
                    else:
                        children.append(self._image_container(item, None, child=True))
                for c in children:
                    self._wait(c, cancel)
                cid = self._container({"media_type": "CAROUSEL", "children": ",".join(children),
                                       "caption": request.text})
            self.checkpoint(request, {"container_id": cid})
        self._wait(cid, cancel)
        progress(0.9, "publishing")
        media_id = str(self.json("POST", self._p(f"{self.user}/media_publish"), data={"creation_id": cid},
                                 ambiguous=True)["id"])
        url = None
        try:
            url = self.json("GET", self._p(media_id), params={"fields": "permalink"}).get("permalink")
        except (Rejected, TransientError):
            pass
        if request.first_comment:
            try:
                self.json("POST", self._p(f"{media_id}/comments"), data={"message": request.first_comment})
            except (Rejected, TransientError):
                pass
        return PublishReceipt(platform_post_id=media_id, url=url, raw={"container_id": cid})

    def lookup(self, idempotency_key: str, request: PublishRequest) -> PublishReceipt | None:
        cid = request.state.get("container_id")
        if cid:
            try:
                d = self.json("GET", self._p(cid), params={"fields": "status_code"})
                if d.get("status_code") != "PUBLISHED":
                    return None
            except Rejected:
                pass
        items = self.json("GET", self._p(f"{self.user}/media"),
                          params={"fields": "id,caption,permalink,timestamp", "limit": 50}).get("data") or []
        for it in items:
            if text_matches(it.get("caption"), request.text):
                return PublishReceipt(platform_post_id=str(it["id"]), url=it.get("permalink"), raw={"reconciled": True})
        return None


ADAPTER = InstagramAdapter
