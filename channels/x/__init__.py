"""X (Twitter) API v2: ``POST /2/tweets`` with media uploaded in chunks.

platform-specs.md A: X / Create post — ``{text, media:{media_ids:[≤4]}, reply:{in_reply_to_tweet_id}}``,
no native scheduling. A: X / Media — initialize → append → finalize → poll ``processing_info``.
A: X / Errors — problem JSON ``{title, detail, type}``; 429 = limit, 401 = re-auth, 403 = duplicate
content or a video too long. A: X / Rate limits — headers ``x-rate-limit-*``.

Checked against X's own OpenAPI contract (tests/contracts/x-api-v2.openapi.json, v2.167): the timeline
field list is ``post.fields``; ``processing_info.check_after_secs`` says when to poll media status again.
"""

from __future__ import annotations

import html
import re
import unicodedata

from channels._http import HttpAdapter, media_kind, media_mime, read_chunks
from channels.oauth import OAuthSpec
from channels.x.metrics import XMetrics
from studio.jobs import CancelToken, ProgressFn
from studio.ports import ChannelError, PublishReceipt, PublishRequest, QuotaReached, Rejected, TransientError

# platform-specs.md A: X / Auth — OAuth 2.0 + PKCE, token at api.x.com/2/oauth2/token, access token 2 h,
# refresh only with offline.access; media.write for v2 media (U)
OAUTH = OAuthSpec(
    authorize_url="https://x.com/i/oauth2/authorize",
    token_url="https://api.x.com/2/oauth2/token",
    scopes=("tweet.read", "tweet.write", "users.read", "offline.access", "media.write"),
    basic_auth=True,
)

CHUNK = 4 * 1024 * 1024
MAX_IMAGES = 4  # platform-specs.md A: X / Media — 4 photos or 1 GIF or 1 video per post


class XAdapter(XMetrics, HttpAdapter):
    platform = "x"
    default_base_url = "https://api.x.com"
    supports_lookup = True
    poll_interval = 2.0

    def error_from(self, resp, body) -> ChannelError | None:
        if resp.status_code < 400 or not isinstance(body, dict):
            return None
        ptype = str(body.get("type", ""))
        detail = body.get("detail") or body.get("title") or ""
        if ptype.endswith("usage-capped"):
            # platform-specs.md A: X / Errors — usage-capped (tier cap): wait for the window
            from channels._http import retry_after_from

            return QuotaReached(f"X usage cap reached: {detail}", platform="x", code="usage-capped",
                                retry_after=retry_after_from(resp.headers), action="wait for the cap to reset "
                                "or upgrade the X API tier")
        if resp.status_code == 403:
            code = "duplicate-content" if "duplicate" in detail.lower() else (ptype.rsplit("/", 1)[-1] or "403")
            action = ("change the text — X refuses identical posts" if code == "duplicate-content"
                      else "check the app's permissions and the media length allowed for this account")
            return Rejected(f"X refused the post: {detail}", platform="x", code=code, action=action, raw=body)
        if resp.status_code == 400:
            return Rejected(f"X rejected the request: {detail or body}", platform="x",
                            code=ptype.rsplit("/", 1)[-1] or "400", raw=body,
                            action="fix the text length (280 weighted chars) or the media")
        return None

    # ------------------------------------------------------------------ media
    def _upload(self, item: dict, cancel: CancelToken) -> str:
        path = item["path"]
        import os

        size = os.path.getsize(path)
        kind = media_kind(item)
        category = "tweet_video" if kind == "video" else ("tweet_gif" if media_mime(item) == "image/gif"
                                                           else "tweet_image")
        init = self.json("POST", "/2/media/upload/initialize",
                         json={"media_type": media_mime(item), "total_bytes": size, "media_category": category})
        media_id = str((init.get("data") or init).get("id"))
        for index, (_, block) in enumerate(read_chunks(path, CHUNK)):
            cancel.raise_if_cancelled()
            self.request("POST", f"/2/media/upload/{media_id}/append",
                         data={"segment_index": str(index)}, files={"media": ("chunk", block, "application/octet-stream")})
        fin = self.json("POST", f"/2/media/upload/{media_id}/finalize")
        info = (fin.get("data") or fin).get("processing_info")
        if info and info.get("state") not in ("succeeded", None):
            first = [info]

            def fetch():
                if first:  # wait as long as FINALIZE asked before the first STATUS call
                    self.sleep(cancel, float(first.pop().get("check_after_secs") or self.poll_interval))
                r = self.json("GET", "/2/media/upload", params={"command": "STATUS", "media_id": media_id})
                return (r.get("data") or r).get("processing_info") or {"state": "succeeded"}

            def failed(i):
                if i.get("state") == "failed":
                    err = i.get("error") or {}
                    return Rejected(f"X could not process the media: {err.get('message', err)}", platform="x",
                                    code=str(err.get("name") or "media-processing-failed"),
                                    action="re-encode the video as H.264 High + AAC-LC, ≤60 fps, no open GOP")
                return None

            self.poll(fetch, lambda i: i.get("state") == "succeeded", failed, cancel, "media",
                      interval=lambda i: i.get("check_after_secs"))
        return media_id

    def publish(self, request: PublishRequest, progress: ProgressFn, cancel: CancelToken) -> PublishReceipt:
        media = list(request.media)
        videos = [m for m in media if media_kind(m) == "video"]
        if videos:
            media = videos[:1]
        elif len(media) > MAX_IMAGES:
            media = media[:MAX_IMAGES]
        media_ids = list(request.state.get("media_ids") or [])
        if not media_ids and media:
            for i, item in enumerate(media):
                progress(i / (len(media) + 1), f"uploading media {i + 1}/{len(media)}")
                media_ids.append(self._upload(item, cancel))
            self.checkpoint(request, {"media_ids": media_ids})
        body: dict = {"text": request.text}
        if media_ids:
            body["media"] = {"media_ids": media_ids}
        progress(0.9, "creating the post")
        data = self.json("POST", "/2/tweets", json=body, ambiguous=True).get("data") or {}
        post_id = str(data.get("id"))
        if request.first_comment:
            try:
                self.json("POST", "/2/tweets", json={"text": request.first_comment,
                                                     "reply": {"in_reply_to_tweet_id": post_id}})
            except (Rejected, TransientError):
                pass  # the post itself is out; a failed first reply must not make it look unpublished
        handle = self.settings.get("username") or "i"
        return PublishReceipt(platform_post_id=post_id, url=f"https://x.com/{handle}/status/{post_id}", raw=data)

    def lookup(self, idempotency_key: str, request: PublishRequest) -> PublishReceipt | None:
        me = self.json("GET", "/2/users/me").get("data") or {}
        # entities: X rewrites every link to t.co; expanded_url is what the seller wrote
        tweets = self.json("GET", f"/2/users/{me.get('id')}/tweets",
                           params={"max_results": 100, "post.fields": "entities,note_post"}).get("data") or []
        want = same_text_key(request.text)
        for t in tweets:
            if want and same_text_key(as_written(t)) == want:
                handle = me.get("username") or "i"
                return PublishReceipt(platform_post_id=str(t["id"]), url=f"https://x.com/{handle}/status/{t['id']}",
                                      raw={"reconciled": True, "id": str(t["id"])})
        return None


_URL = re.compile(r"https?://[^\s]+", re.IGNORECASE)


def as_written(post: dict) -> str:
    """A post's text as the seller wrote it: t.co links expanded, the media link dropped, HTML unescaped.

    X returns ``&amp;``/``&lt;``/``&gt;`` escaped, replaces each link with ``https://t.co/…`` (the original
    in ``entities.urls[].expanded_url``) and appends a t.co link for attached photos/videos (an entity
    with a ``media_key``). Posts over 280 characters carry the full text in ``note_post``."""
    note = post.get("note_post") or {}
    text = note.get("text") or post.get("text") or ""
    urls = ((note.get("entities") if note.get("text") else None) or post.get("entities") or {}).get("urls") or []
    for e in urls:
        short = e.get("url")
        if not short:
            continue
        media = e.get("media_key") or str(e.get("display_url") or "").startswith(("pic.x.com", "pic.twitter.com"))
        text = text.replace(short, "" if media else (e.get("unwound_url") or e.get("expanded_url") or short))
    return html.unescape(text)


def _norm_url(m: re.Match) -> str:
    url = m.group(0).rstrip(".,;:!?)")
    tail = m.group(0)[len(url):]
    url = re.sub(r"^https?://(www\.)?", "", url, flags=re.IGNORECASE).rstrip("/")
    host, _, rest = url.partition("/")
    return host.lower() + ("/" + rest if rest else "") + tail


def same_text_key(text: str | None) -> str:
    """What two texts must share to be the same post: NFC, whitespace collapsed, links without scheme,
    ``www.`` or trailing slash (X may add ``http://`` to a bare domain it links)."""
    t = unicodedata.normalize("NFC", text or "")
    t = _URL.sub(_norm_url, t)
    return " ".join(t.split())


ADAPTER = XAdapter
