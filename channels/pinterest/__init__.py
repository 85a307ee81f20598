"""Pinterest API v5: boards, image pins (base64 — no public URL needed) and video pins.

platform-specs.md A: Pinterest / Create pin — ``POST /v5/pins`` with ``board_id``, ``title`` ≤100,
``description`` (500 safe cap, A: Pinterest / Description, practical), ``link``, ``alt_text`` and
``media_source`` (``image_base64`` / ``image_url`` / ``video_id``). Video: ``POST /v5/media`` → upload to the
returned URL with its parameters → poll ``GET /v5/media/{id}`` → create the pin with ``video_id``.
Two to five images make a carousel pin (``multiple_image_urls`` / ``multiple_image_base64``).

Checked against Pinterest's own OpenAPI contract (tests/contracts/pinterest-v5.openapi.json, v5.23.0):
base64 images are JPEG or PNG only (others are converted to PNG); the upload to the returned S3
``upload_url`` carries the signed fields and no Authorization header (_http strips it off-host).
"""

from __future__ import annotations

import base64
from pathlib import Path

from channels._http import HttpAdapter, media_kind, media_mime, text_matches
from channels.oauth import OAuthSpec
from channels.pinterest.metrics import PinterestMetrics
from studio.jobs import CancelToken, ProgressFn
from studio.ports import ChannelError, PublishReceipt, PublishRequest, Rejected

# platform-specs.md A: Pinterest / Auth — continuous refresh tokens; client credentials in Basic auth
OAUTH = OAuthSpec(
    authorize_url="https://www.pinterest.com/oauth/",
    token_url="https://api.pinterest.com/v5/oauth/token",
    # the contract's POST /pins security: boards:read, boards:write, pins:read, pins:write
    scopes=("boards:read", "boards:write", "pins:read", "pins:write"),
    pkce=False,
    needs_secret=True,
    scope_sep=",",
    basic_auth=True,
)


BASE64_TYPES = ("image/jpeg", "image/png")  # the contract's ContentType enum
MAX_CAROUSEL = 5  # PinMediaSourceImagesBase64/URL: 2–5 items


def image_base64(item: dict) -> tuple[str, str]:
    """(content_type, base64 data) for an image, converted to PNG when it is neither JPEG nor PNG."""
    mime = media_mime(item)
    data = Path(item["path"]).read_bytes()
    if mime not in BASE64_TYPES:
        import io

        from PIL import Image

        with Image.open(io.BytesIO(data)) as im:
            buf = io.BytesIO()
            im.save(buf, "PNG")
        mime, data = "image/png", buf.getvalue()
    return mime, base64.b64encode(data).decode("ascii")


class PinterestAdapter(PinterestMetrics, HttpAdapter):
    platform = "pinterest"
    default_base_url = "https://api.pinterest.com"
    supports_lookup = True
    poll_interval = 5.0

    def error_from(self, resp, body) -> ChannelError | None:
        if resp.status_code in (400, 403, 404, 409) and isinstance(body, dict) and "message" in body:
            return Rejected(f"Pinterest: {body['message']}", platform="pinterest", code=str(body.get("code", resp.status_code)),
                            action="check the board id, the image (≤20 MB) and the text lengths", raw=body)
        return None

    def boards(self) -> list[dict]:
        return self.json("GET", "/v5/boards", params={"page_size": 100}).get("items") or []

    def info(self) -> dict:
        return {"boards": [{"id": b.get("id"), "name": b.get("name")} for b in self.boards()],
                "note": "set the board with: studio accounts set NAME board_id=ID"}

    def _video_id(self, item: dict, request: PublishRequest, cancel) -> str:
        mid = request.state.get("media_id")
        if not mid:
            reg = self.json("POST", "/v5/media", json={"media_type": "video"})
            mid = str(reg["media_id"])
            params = reg.get("upload_parameters") or {}
            with open(item["path"], "rb") as fh:
                # the upload goes to Pinterest's storage URL with its signed form fields, not to the API host
                self.request("POST", reg["upload_url"], data=params,
                             files={"file": (Path(item["path"]).name, fh, media_mime(item))})
            self.checkpoint(request, {"media_id": mid})

        def failed(d):
            if d.get("status") == "failed":
                return Rejected("Pinterest could not process the video", platform="pinterest", code="media-failed",
                                action="re-encode the video (MP4/MOV H.264, 4 s–15 min)")
            return None

        self.poll(lambda: self.json("GET", f"/v5/media/{mid}"), lambda d: d.get("status") == "succeeded", failed,
                  cancel, "the video")
        return mid

    def publish(self, request: PublishRequest, progress: ProgressFn, cancel: CancelToken) -> PublishReceipt:
        opts = request.options or {}
        board = opts.get("board_id") or self.settings.get("board_id")
        if not board:
            names = ", ".join(f"{b.get('name')} ({b.get('id')})" for b in self.boards()[:10])
            raise Rejected("a pin needs a board", platform="pinterest", code="no-board",
                           action=f"set board_id on the account (--set board_id=…); your boards: {names or 'none'}")
        if not request.media:
            raise Rejected("a pin needs an image or a video", platform="pinterest", code="no-media",
                           action="make a mockup for this product first")
        item = request.media[0]
        lines = [ln for ln in request.text.splitlines() if ln.strip()]
        title = (opts.get("title") or (lines[0] if lines else ""))[:100]
        body = {"board_id": board, "title": title, "description": request.text[:500]}
        if opts.get("link"):
            body["link"] = opts["link"]
        if opts.get("alt_text"):
            body["alt_text"] = str(opts["alt_text"])[:500]
        if media_kind(item) == "video":
            vid = self._video_id(item, request, cancel)
            body["media_source"] = {"source_type": "video_id", "media_id": vid, "cover_image_key_frame_time": 1}
        else:
            images = [m for m in request.media if media_kind(m) == "image"][:MAX_CAROUSEL] or [item]
            if len(images) > 1 and all(m.get("url") for m in images):
                body["media_source"] = {"source_type": "multiple_image_urls",
                                        "items": [{"url": m["url"]} for m in images]}
            elif len(images) > 1:
                items = []
                for m in images:
                    ctype, data = image_base64(m)
                    items.append({"content_type": ctype, "data": data})
                body["media_source"] = {"source_type": "multiple_image_base64", "items": items}
            elif item.get("url"):
                body["media_source"] = {"source_type": "image_url", "url": item["url"]}
            else:
                ctype, data = image_base64(item)
                body["media_source"] = {"source_type": "image_base64", "content_type": ctype, "data": data}
        pin = self.json("POST", "/v5/pins", json=body, ambiguous=True)
        pid = str(pin["id"])
        return PublishReceipt(platform_post_id=pid, url=f"https://www.pinterest.com/pin/{pid}/", raw={"id": pid})

    def lookup(self, idempotency_key: str, request: PublishRequest) -> PublishReceipt | None:
        board = request.options.get("board_id") or self.settings.get("board_id")
        items = self.json("GET", f"/v5/boards/{board}/pins", params={"page_size": 100}).get("items") or []
        for it in items:
            if text_matches(it.get("description"), request.text[:500]):
                return PublishReceipt(platform_post_id=str(it["id"]), url=f"https://www.pinterest.com/pin/{it['id']}/",
                                      raw={"reconciled": True})
        return None


ADAPTER = PinterestAdapter
