"""Pinterest v5 emulator: boards, pins (image_base64 / image_url / multiple images / video_id), media
register + the Amazon S3 upload it hands out, OAuth token.

Every API request is validated against the vendored Pinterest v5 OpenAPI contract (``contract =
"pinterest"``) and refused with Pinterest's ``{code, message}`` 400 when it does not fit. The video upload
goes to a separate "S3" server on 127.0.0.2 (another host, as on the real service): it refuses any request
carrying an Authorization header (S3 allows one auth mechanism: the signed policy), requests without the
returned ``upload_parameters``, and a file that is not the last form field.
"""

from __future__ import annotations

import base64

from emulators.platforms import Emulator, Response

BOARD_ID = "549755885175"
S3_HOST = "pinterest-media-upload.s3-accelerate.amazonaws.com"


class S3Emulator(Emulator):
    """The media upload target: Amazon S3 browser-based POST with Pinterest's signed fields."""

    name = "pinterest-s3"
    contract = "pinterest"
    host = "127.0.0.2"

    def __init__(self, owner: PinterestEmulator) -> None:
        self.owner = owner
        super().__init__()

    def setup(self):
        self.add("POST", r"/", self.upload)

    def contract_url(self, req):
        return f"https://{S3_HOST}{req.target}"

    def contract_error(self, violations):
        detail = "; ".join(v.detail for v in violations)
        return Response(400, f"<Error><Code>InvalidArgument</Code><Message>{detail}</Message></Error>".encode(),
                        {"Content-Type": "application/xml"})

    def upload(self, req, m):
        f = req.form()
        key = f.get("key", "")
        mid = key.rsplit("/", 1)[-1]
        md = self.owner.media.get(mid)
        if md is None or f.get("x-amz-signature") != md["signature"]:
            return Response(403, b"<Error><Code>SignatureDoesNotMatch</Code></Error>",
                            {"Content-Type": "application/xml"})
        md["status"] = "processing"
        md["bytes"] = len(f["file"])
        return Response(204, b"")


class PinterestEmulator(Emulator):
    name = "pinterest"
    contract = "pinterest"

    def __init__(self, *, processing_polls: int = 2) -> None:
        self.media: dict[str, dict] = {}
        self.processing_polls = processing_polls
        self.s3 = S3Emulator(self)
        super().__init__()

    def start(self):
        self.s3.start()
        return super().start()

    def stop(self) -> None:
        self.s3.stop()
        super().stop()

    def for_host(self, host: str) -> Emulator:
        return self.s3 if host in (S3_HOST, self.s3.host) else self

    def auth_error(self):
        return Response(401, {"code": 2, "message": "Authentication failed."})

    def contract_error(self, violations):
        return Response(400, {"code": 1, "message": "Invalid request: " + "; ".join(v.detail for v in violations)})

    def setup(self):
        self.add("POST", r"/v5/oauth/token", self.oauth_token)
        self.add("GET", r"/v5/boards", lambda r, m: self.check_token(r) or {
            "items": [{"id": BOARD_ID, "name": "Shop", "privacy": "PUBLIC"}], "bookmark": None})
        self.add("POST", r"/v5/pins", self.pin)
        self.add("POST", r"/v5/media", self.register)
        self.add("GET", r"/v5/media/(\d+)", self.media_status)
        self.add("GET", r"/v5/boards/(\d+)/pins", self.board_pins)

    def board_pins(self, req, m):
        bad = self.check_token(req)
        if bad:
            return bad
        n = int(req.query.get("page_size", 25))
        with self.lock:
            items = [{"id": p["id"], "board_id": m.group(1), "description": p["text"], "title": p.get("title")}
                     for p in reversed(self.posts) if p.get("board") == m.group(1)][:n]
        return {"items": items, "bookmark": None}

    def pin(self, req, m):
        bad = self.check_token(req)
        if bad:
            return bad
        b = req.json()
        if b.get("board_id") != BOARD_ID:
            return Response(404, {"code": 40, "message": "Board not found."})
        src = b.get("media_source") or {}
        kind = src.get("source_type")
        if kind == "image_base64":
            base64.b64decode(src["data"], validate=True)
        elif kind == "video_id":
            if self.media.get(src["media_id"], {}).get("status") != "succeeded":
                return Response(400, {"code": 1, "message": "video not ready"})
        pid = self.record_publish(b.get("description") or "", source=kind, board=b["board_id"], title=b.get("title"),
                                  items=len(src.get("items") or []))
        return Response(201, {"id": pid, "board_id": b["board_id"], "description": b.get("description")})

    def register(self, req, m):
        bad = self.check_token(req)
        if bad:
            return bad
        mid = str(next(self.ids))
        sig = f"sig{mid}"
        self.media[mid] = {"status": "registered", "polls": 0, "signature": sig}
        upload_url = f"https://{S3_HOST}/" if self.public_url else f"{self.s3.url}/"
        return Response(201, {"media_id": mid, "media_type": "video", "upload_url": upload_url,
                              "upload_parameters": {"key": f"uploads/11/aa/{mid}", "policy": "eyJleHBpcmF0aW9uIjoi",
                                                    "x-amz-algorithm": "AWS4-HMAC-SHA256",
                                                    "x-amz-credential": "ASIA/20260101/us-east-1/s3/aws4_request",
                                                    "x-amz-date": "20260101T000000Z", "x-amz-signature": sig,
                                                    "Content-Type": "multipart/form-data"}})

    def media_status(self, req, m):
        bad = self.check_token(req)
        if bad:
            return bad
        md = self.media.get(m.group(1))
        if md is None:
            return Response(404, {"code": 404, "message": "Media not found."})
        md["polls"] += 1
        if md["status"] == "processing" and md["polls"] >= self.processing_polls:
            md["status"] = "succeeded"
        return {"media_id": m.group(1), "media_type": "video", "status": md["status"]}
