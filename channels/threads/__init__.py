"""Threads: container → (poll) → ``threads_publish`` (platform-specs.md A: Threads / Flow;
tests/contracts/threads.rules.json).

Tokens: the code exchange gives a 1-hour token; it is swapped at once for the 60-day token
(``GET graph.threads.net/access_token?grant_type=th_exchange_token``) and refreshed with ``th_refresh_token``
only once it is ≥ 24 h old (developers.facebook.com/docs/threads/get-started/long-lived-tokens).

Text ≤500 chars, carousel 2–20 items, 250 API posts per rolling 24 h (A: Threads / Limits). Images and
videos are fetched by Threads from a public URL (the media host).
"""

from __future__ import annotations

from channels._http import HttpAdapter, media_kind, public_url, text_matches
from channels._meta import meta_error
from channels.oauth import OAuthSpec
from channels.threads.metrics import ThreadsMetrics
from studio.jobs import CancelToken, ProgressFn
from studio.ports import PublishReceipt, PublishRequest, Rejected, TransientError

# platform-specs.md A: Threads / Auth — long-lived 60 d token, refreshed with th_refresh_token
OAUTH = OAuthSpec(
    authorize_url="https://threads.net/oauth/authorize",
    token_url="https://graph.threads.net/oauth/access_token",
    scopes=("threads_basic", "threads_content_publish"),
    optional_scopes=("threads_manage_insights",),  # metrics (issue 20): GET /{media-id}/insights
    pkce=False,
    needs_secret=True,
    scope_sep=",",
    refresh_style="threads",
    refresh_url="https://graph.threads.net/refresh_access_token",
    long_lived="threads",
    long_lived_url="https://graph.threads.net/access_token",
    console_url="https://developers.facebook.com/apps/",
)
MAX_CAROUSEL = 20


class ThreadsAdapter(ThreadsMetrics, HttpAdapter):
    platform = "threads"
    default_base_url = "https://graph.threads.net"
    supports_lookup = True
    poll_interval = 10.0  # A: Threads / Flow — wait about 30 s / poll status

    def __init__(self, account, transport=None) -> None:
        super().__init__(account, transport)
        self.ver = self.settings.get("api_version", "v1.0")
        self.user = self.settings.get("threads_user_id", "me")

    def error_from(self, resp, body):
        return meta_error("threads", resp, body)

    def _p(self, path: str) -> str:
        return f"/{self.ver}/{path.lstrip('/')}"

    def _item(self, item: dict, text: str | None, child: bool) -> str:
        kind = media_kind(item)
        params = {"media_type": "VIDEO" if kind == "video" else "IMAGE"}
        params["video_url" if kind == "video" else "image_url"] = public_url(item, "threads")
        if text is not None:
            params["text"] = text
        if child:
            params["is_carousel_item"] = "true"
        return str(self.json("POST", self._p(f"{self.user}/threads"), data=params)["id"])

    def _wait(self, cid: str, cancel) -> None:
        def failed(d):
            if d.get("status") in ("ERROR", "EXPIRED"):
                return Rejected(f"Threads could not process the media: {d.get('error_message') or d.get('status')}",
                                platform="threads", code=str(d.get("error_message") or d.get("status")),
                                action="check the media: JPEG/PNG ≤8 MB, video MP4/MOV ≤5 min")
            return None

        self.poll(lambda: self.json("GET", self._p(cid), params={"fields": "status,error_message"}),
                  lambda d: d.get("status") in ("FINISHED", "PUBLISHED"), failed, cancel, "the container")

    def publish(self, request: PublishRequest, progress: ProgressFn, cancel: CancelToken) -> PublishReceipt:
        cid = request.state.get("container_id")
        if not cid:
            media = list(request.media)
            if len(media) > MAX_CAROUSEL:
                raise Rejected(f"a Threads carousel holds at most {MAX_CAROUSEL} items", platform="threads",
                               code="carousel-size", action="remove items")
            if not media:
                cid = str(self.json("POST", self._p(f"{self.user}/threads"),
                                    data={"media_type": "TEXT", "text": request.text})["id"])
            elif len(media) == 1:
                cid = self._item(media[0], request.text, False)
            else:
                children = [self._item(i, None, True) for i in media]
                for c in children:
                    self._wait(c, cancel)
                cid = str(self.json("POST", self._p(f"{self.user}/threads"),
                                    data={"media_type": "CAROUSEL", "children": ",".join(children),
                                          "text": request.text})["id"])
            self.checkpoint(request, {"container_id": cid})
        self._wait(cid, cancel)
        tid = str(self.json("POST", self._p(f"{self.user}/threads_publish"), data={"creation_id": cid},
                            ambiguous=True)["id"])
        url = None
        try:
            url = self.json("GET", self._p(tid), params={"fields": "permalink"}).get("permalink")
        except (Rejected, TransientError):
            pass
        return PublishReceipt(platform_post_id=tid, url=url, raw={"container_id": cid})

    def lookup(self, idempotency_key: str, request: PublishRequest) -> PublishReceipt | None:
        items = self.json("GET", self._p(f"{self.user}/threads"),
                          params={"fields": "id,text,permalink", "limit": 50}).get("data") or []
        for it in items:
            if text_matches(it.get("text"), request.text):
                return PublishReceipt(platform_post_id=str(it["id"]), url=it.get("permalink"), raw={"reconciled": True})
        return None


ADAPTER = ThreadsAdapter
