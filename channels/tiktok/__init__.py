"""TikTok Content Posting API.

Flow (platform-specs.md A: TikTok / Endpoints): ``creator_info/query`` FIRST → ``video/init`` (direct post)
or ``inbox/video/init`` (inbox / draft) or ``content/init`` (photos) → chunked PUT uploads → poll
``status/fetch`` until ``PUBLISH_COMPLETE`` / ``SEND_TO_USER_INBOX`` / ``FAILED``.
- Privacy: chosen from the creator's ``privacy_level_options`` with NO default (A: TikTok / Required UX);
  a post without an explicit choice is refused before anything is sent.
- ``is_aigc``, ``brand_content_toggle``, ``brand_organic_toggle`` (A: TikTok / post_info fields; D: TikTok
  AI / commercial labels — branded content cannot be SELF_ONLY).
- Uploads follow the media transfer guide (A: TikTok / Chunked upload): 5–64 MB chunks, last ≤128 MB,
  files under 5 MB in one chunk, in order, ``PUT`` with ``Content-Range``.
"""

from __future__ import annotations

import os
from typing import Any

from channels._http import HttpAdapter, media_kind, media_mime, public_url, retry_after_from
from channels.oauth import OAuthSpec
from channels.tiktok.metrics import TikTokMetrics
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

# platform-specs.md A: TikTok / Auth, Scopes, Token lifetime (refresh tokens rotate).
# developers.tiktok.com/doc/login-kit-desktop: the desktop kit's code_challenge is the SHA-256 of the verifier
# as HEX (not RFC 7636 base64url); the redirect URI is registered with a wildcard port,
# http://127.0.0.1:*/callback/, so any free port works. Fixture: tests/contracts/tiktok.rules.json.
OAUTH = OAuthSpec(
    authorize_url="https://www.tiktok.com/v2/auth/authorize/",
    token_url="https://open.tiktokapis.com/v2/oauth/token/",
    scopes=("user.info.basic", "video.publish", "video.upload"),
    optional_scopes=("video.list",),  # metrics (issue 20): /v2/video/query/ needs video.list
    needs_secret=True,
    client_id_param="client_key",
    scope_sep=",",
    pkce_encoding="hex",
    redirect_path="/callback/",
    redirect_port="any",
    console_url="https://developers.tiktok.com/apps/",
)

MB = 1024 * 1024
MIN_CHUNK, MAX_CHUNK, MAX_LAST = 5 * MB, 64 * MB, 128 * MB  # A: TikTok / Chunked upload
PRIVACY = ("PUBLIC_TO_EVERYONE", "MUTUAL_FOLLOW_FRIENDS", "FOLLOWER_OF_CREATOR", "SELF_ONLY")  # A: Privacy enum

ACTIONS = {  # A: TikTok / Error shape
    "scope_not_authorized": "reconnect the account and grant video.publish / video.upload",
    "privacy_level_option_mismatch": "choose a privacy level the creator offers (creator_info)",
    "unaudited_client_can_only_post_to_private_accounts": "an unaudited app may only post SELF_ONLY; pick "
                                                          "SELF_ONLY or get the app audited",
    "duration_check_failed": "trim the video to the creator's max_video_post_duration_sec (and ≥3 s)",
    "frame_rate_check_failed": "re-encode at 23–60 fps",
    "picture_size_check_failed": "photos: JPEG/WebP ≤1080p ≤20 MB; video sides 360–4096 px",
    "url_ownership_unverified": "verify the media host's domain/prefix in the TikTok developer portal",
    "spam_risk_too_many_posts": "the creator reached the daily post cap; the post is deferred",
    "spam_risk_too_many_pending_share": "the creator has 5 drafts waiting in the inbox; publish or delete them",
    "reached_active_user_cap": "the unaudited app reached its 5 posting users per 24 h",
}
QUOTA_CODES = {"spam_risk_too_many_posts", "spam_risk_too_many_pending_share", "reached_active_user_cap"}


def chunk_plan(size: int, chunk: int = 10 * MB) -> tuple[int, int]:
    """(chunk_size, total_chunk_count) exactly as the media transfer guide says
    (developers.tiktok.com/doc/content-posting-api-media-transfer-guide, "Chunk restrictions"):

    - a video under 5 MB is uploaded whole: chunk_size = video_size, one chunk;
    - a video that fits in one chunk (≤ chunk_size, so ≤ 64 MB) is one chunk of its own size — declaring a
      10 MB chunk for a 7 MB file is refused;
    - otherwise total_chunk_count = floor(video_size / chunk_size) and the last chunk absorbs the remainder
      (it stays under 2 × chunk_size ≤ 128 MB); 1–1000 chunks.
    """
    if size <= 0:
        raise ValueError("empty video")
    chunk = max(MIN_CHUNK, min(MAX_CHUNK, chunk))
    if size < MIN_CHUNK or size <= chunk:
        return size, 1
    count = size // chunk
    if size > MAX_CHUNK and count == 1:  # over 64 MB must be several chunks: halve the chunk (≥ 32 MB)
        chunk = size // 2
        count = size // chunk
    while count > 1000:  # very large files: grow the chunk (still ≤ 64 MB) until the count fits
        chunk = min(MAX_CHUNK, chunk * 2)
        count = size // chunk
    return chunk, count


class TikTokAdapter(TikTokMetrics, HttpAdapter):
    platform = "tiktok"
    default_base_url = "https://open.tiktokapis.com"
    supports_lookup = True
    # upload_url is on TikTok's upload host; it authenticates by the URL itself, the guide sends no token
    auth_hosts = ()
    poll_interval = 5.0

    def error_from(self, resp, body) -> ChannelError | None:
        err = body.get("error") if isinstance(body, dict) else None
        if not isinstance(err, dict):
            return None
        code = err.get("code") or "ok"
        if code == "ok":
            return None
        msg = f"TikTok: {err.get('message') or code}"
        if code in ("access_token_invalid", "token_expired") or resp.status_code == 401:
            return AuthExpired(msg, platform="tiktok", code=code, action="reconnect the account")
        if code == "rate_limit_exceeded" or resp.status_code == 429:
            # A: TikTok / Rate / caps — init endpoints 6 req/min per token
            return TransientError(msg, platform="tiktok", code=code, retry_after=retry_after_from(resp.headers) or 60)
        if code in QUOTA_CODES:
            return QuotaReached(msg, platform="tiktok", code=code, action=ACTIONS[code], retry_after=6 * 3600)
        if resp.status_code >= 500 or code == "internal_error":
            return TransientError(msg, platform="tiktok", code=code)
        return Rejected(msg, platform="tiktok", code=code, raw=body,
                        action=ACTIONS.get(code, "check the post against TikTok's rules"))

    def creator_info(self) -> dict:
        return self.json("POST", "/v2/post/publish/creator_info/query/", json={}).get("data") or {}

    def info(self) -> dict:
        # A: TikTok / Required UX — show the creator's nickname and let the user pick a privacy option
        d = self.creator_info()
        return {"creator": d.get("creator_nickname"), "username": d.get("creator_username"),
                "privacy_level_options": d.get("privacy_level_options") or [],
                "max_video_post_duration_sec": d.get("max_video_post_duration_sec"),
                "comment_disabled": d.get("comment_disabled"), "duet_disabled": d.get("duet_disabled"),
                "stitch_disabled": d.get("stitch_disabled"),
                "note": "choose privacy_level per post (--privacy) or per account (accounts set NAME "
                        "privacy_level=…); there is no default"}

    def publish(self, request: PublishRequest, progress: ProgressFn, cancel: CancelToken) -> PublishReceipt:
        publish_id = request.state.get("publish_id")
        if not publish_id:
            publish_id = self._init_and_upload(request, progress, cancel)
        progress(0.8, "waiting for TikTok to process the post")
        return self._await(publish_id, cancel)

    def _init_and_upload(self, request: PublishRequest, progress: ProgressFn, cancel: CancelToken) -> str:
        opts = {**self.settings.get("default_options", {}), **(request.options or {})}
        info = self.creator_info()  # required first call
        inbox = opts.get("post_mode") in ("inbox", "MEDIA_UPLOAD")
        privacy = opts.get("privacy_level") or self.settings.get("privacy_level")
        offered = info.get("privacy_level_options") or []
        if not inbox:
            if not privacy:
                raise Rejected("TikTok needs an explicit privacy choice for every post (no default)", platform="tiktok",
                               code="privacy-not-chosen",
                               action=f"set privacy_level to one of {', '.join(offered) or PRIVACY} "
                                      "(studio schedule --privacy …)")
            if offered and privacy not in offered:
                raise Rejected(f"privacy {privacy} is not offered by this creator", platform="tiktok",
                               code="privacy_level_option_mismatch", action=f"choose one of {', '.join(offered)}")
            if opts.get("brand_content_toggle") and privacy == "SELF_ONLY":
                raise Rejected("branded content cannot be private (SELF_ONLY)", platform="tiktok",
                               code="brand-content-private", action="choose a public privacy level or untick "
                                                                    "branded content")
        media = list(request.media)
        videos = [m for m in media if media_kind(m) == "video"]
        if videos:
            item = videos[0]
            size = os.path.getsize(item["path"])
            max_s = info.get("max_video_post_duration_sec")
            if max_s and item.get("duration") and float(item["duration"]) > float(max_s):
                raise Rejected(f"video is {item['duration']} s; this creator may post up to {max_s} s",
                               platform="tiktok", code="duration_check_failed", action=ACTIONS["duration_check_failed"])
            chunk, count = chunk_plan(size, int(self.settings.get("chunk_size", 10 * MB)))
            source = {"source": "FILE_UPLOAD", "video_size": size, "chunk_size": chunk, "total_chunk_count": count}
            if inbox:
                body: dict[str, Any] = {"source_info": source}
                if request.text:
                    body["post_info"] = {"title": request.text}
                path = "/v2/post/publish/inbox/video/init/"
            else:
                post_info = {"title": request.text, "privacy_level": privacy,
                             "disable_comment": bool(opts.get("disable_comment", False)),
                             "disable_duet": bool(opts.get("disable_duet", False)),
                             "disable_stitch": bool(opts.get("disable_stitch", False)),
                             "brand_content_toggle": bool(opts.get("brand_content_toggle", False)),
                             "brand_organic_toggle": bool(opts.get("brand_organic_toggle", False)),
                             "is_aigc": bool(opts.get("is_aigc", False))}
                if opts.get("video_cover_timestamp_ms") is not None:
                    post_info["video_cover_timestamp_ms"] = int(opts["video_cover_timestamp_ms"])
                body = {"post_info": post_info, "source_info": source}
                path = "/v2/post/publish/video/init/"
            data = self.json("POST", path, json=body).get("data") or {}
            publish_id, upload_url = data["publish_id"], data["upload_url"]
            self.checkpoint(request, {"publish_id": publish_id})
            self._upload(item, upload_url, size, chunk, count, progress, cancel)
            return publish_id
        images = [m for m in media if media_kind(m) == "image"]
        if not images:
            raise Rejected("TikTok posts need a video or photos", platform="tiktok", code="no-media",
                           action="render a video for this product first")
        for im in images:
            # A: TikTok / Photo specs — JPEG or WebP (no PNG), PULL_FROM_URL from a verified domain
            if media_mime(im) not in ("image/jpeg", "image/webp"):
                raise Rejected("TikTok photos must be JPEG or WebP", platform="tiktok", code="photo-format",
                               action="export the mockup as JPEG")
        body = {"media_type": "PHOTO", "post_mode": "MEDIA_UPLOAD" if inbox else "DIRECT_POST",
                "post_info": {"title": request.text[:90], "description": request.text,
                              "privacy_level": privacy, "disable_comment": bool(opts.get("disable_comment", False)),
                              "brand_content_toggle": bool(opts.get("brand_content_toggle", False)),
                              "brand_organic_toggle": bool(opts.get("brand_organic_toggle", False))},
                "source_info": {"source": "PULL_FROM_URL", "photo_cover_index": 0,
                                "photo_images": [public_url(i, "tiktok", "photos") for i in images[:35]]}}
        data = self.json("POST", "/v2/post/publish/content/init/", json=body).get("data") or {}
        self.checkpoint(request, {"publish_id": data["publish_id"]})
        return data["publish_id"]

    def _upload(self, item, upload_url, size, chunk, count, progress, cancel) -> None:
        mime = media_mime(item)
        sent = 0
        with open(item["path"], "rb") as fh:
            for i in range(count):
                cancel.raise_if_cancelled()
                n = chunk if i < count - 1 else size - sent
                block = fh.read(n)
                headers = {"Content-Type": mime, "Content-Length": str(len(block)),
                           "Content-Range": f"bytes {sent}-{sent + len(block) - 1}/{size}"}
                self.request("PUT", upload_url, content=block, headers=headers)
                sent += len(block)
                progress(0.1 + 0.6 * sent / size, f"uploaded {sent // MB} of {size // MB or 1} MB")

    def _status(self, publish_id: str) -> dict:
        return self.json("POST", "/v2/post/publish/status/fetch/", json={"publish_id": publish_id}).get("data") or {}

    def _await(self, publish_id: str, cancel) -> PublishReceipt:
        def failed(d):
            if d.get("status") == "FAILED":
                reason = d.get("fail_reason") or "failed"
                return Rejected(f"TikTok could not publish: {reason}", platform="tiktok", code=reason,
                                action=ACTIONS.get(reason, "check the video against TikTok's specs"))
            return None

        d = self.poll(lambda: self._status(publish_id),
                      lambda d: d.get("status") in ("PUBLISH_COMPLETE", "SEND_TO_USER_INBOX"), failed, cancel,
                      "the post")
        return self._receipt(publish_id, d)

    def _receipt(self, publish_id: str, d: dict) -> PublishReceipt:
        ids = d.get("publicaly_available_post_id") or d.get("publicly_available_post_id") or []
        vid = str(ids[0]) if ids else publish_id
        user = self.settings.get("username")
        url = f"https://www.tiktok.com/@{user}/video/{vid}" if ids and user else None
        state = "published" if d.get("status") == "PUBLISH_COMPLETE" else "processing"
        return PublishReceipt(platform_post_id=vid, url=url, raw={"publish_id": publish_id, **d}, state=state)

    def lookup(self, idempotency_key: str, request: PublishRequest) -> PublishReceipt | None:
        publish_id = request.state.get("publish_id")
        if not publish_id:
            return None  # init never returned: TikTok created nothing we could publish
        d = self._status(publish_id)
        if d.get("status") in ("PUBLISH_COMPLETE", "SEND_TO_USER_INBOX"):
            return self._receipt(publish_id, d)
        if d.get("status") == "FAILED":
            return None
        return PublishReceipt(platform_post_id=publish_id, raw={"publish_id": publish_id, **d}, state="processing")


ADAPTER = TikTokAdapter
