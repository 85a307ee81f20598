"""Instagram content publishing — two login types, two sets of hosts (tests/contracts/instagram.rules.json).

- ``login_type=instagram`` (default, Business Login for Instagram): API host ``graph.instagram.com``; Reels are
  created from a public ``video_url`` (the media host), because resumable upload is "available only for apps
  that have implemented Facebook Login for Business"
  (developers.facebook.com/documentation/instagram-platform/content-publishing/resumable-uploads).
- ``login_type=facebook`` (Facebook Login for Business): API host ``graph.facebook.com``; Reels use
  ``upload_type=resumable`` and the bytes go to ``rupload.facebook.com/ig-api-upload/{ver}/{container}``
  (no public URL needed).

Flow (platform-specs.md A: Instagram / Flow): create a container ``POST /{ig-user-id}/media`` → poll
``GET /{container}?fields=status_code`` (IN_PROGRESS / FINISHED / ERROR / EXPIRED / PUBLISHED) →
``POST /{ig-user-id}/media_publish?creation_id=``.
- Images: JPEG only (A: Instagram / Image spec) from the media host URL; carousels 2–10 children with
  ``is_carousel_item=true`` and no child captions (A: Instagram / media_type, Caption).
- The first comment is ``POST /{ig-media-id}/comments?message=`` and needs ``instagram_business_manage_comments``
  (``instagram_manage_comments`` with Facebook Login); when it fails the post is published anyway and the
  receipt carries a warning the Calendar shows (it used to be swallowed).
- Tokens: the code exchange gives a 1-hour token, swapped at once for the 60-day one (``ig_exchange_token``;
  ``fb_exchange_token`` for Facebook Login) and refreshed only once it is ≥ 24 h old (channels/oauth.py).
- The publishing quota is read live from ``content_publishing_limit`` (A: Instagram / Publish quota).
"""

from __future__ import annotations

import os

from channels._http import HttpAdapter, media_kind, media_mime, public_url, text_matches
from channels._meta import GRAPH_VERSION, graph_version_of, meta_error
from channels.instagram.metrics import InstagramMetrics
from channels.oauth import OAuthSpec
from studio.jobs import CancelToken, ProgressFn
from studio.ports import AuthExpired, ChannelError, PublishReceipt, PublishRequest, Rejected, TransientError

CONSOLE = "https://developers.facebook.com/apps/"
# platform-specs.md A: Instagram / Auth paths, Tokens. Business Login for Instagram:
# developers.facebook.com/documentation/instagram-platform/instagram-api-with-instagram-login/business-login
OAUTH = OAuthSpec(
    authorize_url="https://www.instagram.com/oauth/authorize",
    token_url="https://api.instagram.com/oauth/access_token",
    scopes=("instagram_business_basic", "instagram_business_content_publish"),
    optional_scopes=("instagram_business_manage_comments", "instagram_business_manage_insights"),
    pkce=False,
    needs_secret=True,
    scope_sep=",",
    refresh_style="ig",
    refresh_url="https://graph.instagram.com/refresh_access_token",
    long_lived="ig",
    long_lived_url="https://graph.instagram.com/access_token",
    console_url=CONSOLE,
)
# Facebook Login for Business (needed for resumable Reels upload): a Facebook user token, swapped for the
# ~60-day one with fb_exchange_token; the IG user id comes from the Page's instagram_business_account.
OAUTH_FACEBOOK = OAuthSpec(
    authorize_url=f"https://www.facebook.com/{GRAPH_VERSION}/dialog/oauth",
    token_url=f"https://graph.facebook.com/{GRAPH_VERSION}/oauth/access_token",
    scopes=("instagram_basic", "instagram_content_publish", "pages_show_list", "pages_read_engagement"),
    optional_scopes=("instagram_manage_comments", "instagram_manage_insights"),
    pkce=False,
    needs_secret=True,
    scope_sep=",",
    refresh_style="none",
    long_lived="fb",
    token_method="GET",  # developers.facebook.com/documentation/facebook-login/guides/advanced/manual-flow
    long_lived_url=f"https://graph.facebook.com/{GRAPH_VERSION}/oauth/access_token",
    console_url=CONSOLE,
)
MAX_CAROUSEL = 10  # A: Instagram / media_type — the API allows 10 (the app 20)
HOSTS = {"instagram": "https://graph.instagram.com", "facebook": "https://graph.facebook.com"}
RUPLOAD = "https://rupload.facebook.com"


def oauth_spec(settings: dict) -> OAuthSpec:
    """The sign-in for this account's login type."""
    return OAUTH_FACEBOOK if (settings or {}).get("login_type") == "facebook" else OAUTH


def comment_scope(settings: dict) -> str:
    return "instagram_manage_comments" if (settings or {}).get("login_type") == "facebook" \
        else "instagram_business_manage_comments"


class InstagramAdapter(InstagramMetrics, HttpAdapter):
    platform = "instagram"
    default_base_url = "https://graph.instagram.com"
    supports_lookup = True
    poll_interval = 30.0  # A: Instagram / Flow — poll about once a minute, at most 5 min
    poll_timeout = 300.0

    auth_hosts = ("rupload.facebook.com",)

    def __init__(self, account, transport=None) -> None:
        self.login_type = (account.settings or {}).get("login_type") or "instagram"
        if self.login_type not in HOSTS:
            raise Rejected(f"unknown Instagram login_type '{self.login_type}'", platform="instagram",
                           code="login-type", action="set login_type to instagram or facebook")
        if not account.base_url:
            self.default_base_url = HOSTS[self.login_type]
        super().__init__(account, transport)
        self.ver = graph_version_of(self.settings)
        self.user = self.settings.get("ig_user_id", "me")
        self.rupload = (self.settings.get("upload_base_url") or account.base_url or RUPLOAD).rstrip("/")

    def error_from(self, resp, body):
        return meta_error("instagram", resp, body)

    def pages(self) -> list[dict]:
        """Facebook Login only: the Pages of the signed-in user with their linked Instagram professional
        accounts (``instagram_business_account``) — the IG user id to post as comes from here."""
        if self.login_type != "facebook":
            raise Rejected("Instagram Login accounts post as the signed-in Instagram account; there is no Page "
                           "to pick", platform="instagram", code="no-pages",
                           action="use login_type=facebook to post through a Facebook Page")
        d = self.json("GET", self._p("me/accounts"),
                      params={"fields": "id,name,tasks,instagram_business_account{id,username}", "limit": 100})
        return [p for p in d.get("data") or [] if isinstance(p, dict)]

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
        params = {"media_type": "REELS" if not child else "VIDEO"}
        if self.login_type != "facebook":
            # Business Login for Instagram has no resumable upload: Instagram fetches the video from a URL
            params["video_url"] = public_url(item, "instagram", "videos (or connect with Facebook Login for "
                                                                "resumable upload)")
        else:
            params["upload_type"] = "resumable"
        if caption is not None:
            params["caption"] = caption
        if child:
            params["is_carousel_item"] = "true"
        if opts.get("share_to_feed") is not None:
            params["share_to_feed"] = str(bool(opts["share_to_feed"])).lower()
        cid = self._container(params)
        if self.login_type != "facebook":
            return cid
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
        raw: dict = {"container_id": cid}
        if request.first_comment:
            warning = self._first_comment(media_id, request.first_comment)
            if warning:
                raw["warnings"] = [warning]
        return PublishReceipt(platform_post_id=media_id, url=url, raw=raw)

    def _first_comment(self, media_id: str, text: str) -> dict | None:
        """Post the first comment; a failure never un-publishes the post, it is returned as a warning."""
        scope = comment_scope(self.settings)
        try:
            self.json("POST", self._p(f"{media_id}/comments"), data={"message": text})
            return None
        except ChannelError as exc:
            missing = isinstance(exc, AuthExpired) or (exc.code or "").split("/")[0] in ("10", "200", "3")
            action = (f"reconnect the account and grant {scope}" if missing else
                      exc.action or "add the comment by hand in the Instagram app")
            return {"what": "first-comment", "code": exc.code, "action": action,
                    "message": f"published, but the first comment failed: {exc.message}"}

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
