"""Pinterest v5 emulator: boards, pins (image_base64 / image_url / video_id), media register + upload."""

from __future__ import annotations

import base64

from tests.support.platforms import Emulator, Response


class PinterestEmulator(Emulator):
    name = "pinterest"

    def __init__(self) -> None:
        self.media: dict[str, dict] = {}
        super().__init__()

    def auth_error(self):
        return Response(401, {"code": 2, "message": "Authentication failed."})

    def setup(self):
        self.add("GET", r"/v5/boards", lambda r, m: self.check_token(r) or {"items": [{"id": "b1", "name": "Shop"}]})
        self.add("POST", r"/v5/pins", self.pin)
        self.add("POST", r"/v5/media", self.register)
        self.add("POST", r"/s3-upload/(\w+)", self.upload)
        self.add("GET", r"/v5/media/(\w+)", self.media_status)
        self.add("GET", r"/v5/boards/(\w+)/pins", lambda r, m: {"items": [{"id": p["id"], "description": p["text"]}
                                                                        for p in self.posts]})

    def pin(self, req, m):
        bad = self.check_token(req)
        if bad:
            return bad
        b = req.json()
        if b.get("board_id") != "b1":
            return Response(404, {"code": 40, "message": "Board not found."})
        if len(b.get("title", "")) > 100 or len(b.get("description", "")) > 800:
            return Response(400, {"code": 1, "message": "Invalid request: title/description too long"})
        src = b["media_source"]
        if src["source_type"] == "image_base64":
            base64.b64decode(src["data"], validate=True)
        elif src["source_type"] == "video_id":
            if self.media.get(src["media_id"], {}).get("status") != "succeeded":
                return Response(400, {"code": 1, "message": "video not ready"})
        return Response(201, {"id": self.record_publish(b["description"], source=src["source_type"])})

    def register(self, req, m):
        bad = self.check_token(req)
        if bad:
            return bad
        mid = str(next(self.ids))
        self.media[mid] = {"status": "registered", "polls": 0}
        return Response(201, {"media_id": mid, "media_type": "video", "upload_url": f"{self.url}/s3-upload/{mid}",
                              "upload_parameters": {"key": f"uploads/{mid}", "x-amz-signature": "sig"}})

    def upload(self, req, m):
        f = req.form()
        if f.get("key") != f"uploads/{m.group(1)}" or not isinstance(f.get("file"), bytes):
            return Response(400, {"message": "bad upload"})
        self.media[m.group(1)]["status"] = "processing"
        return Response(204, b"")

    def media_status(self, req, m):
        md = self.media[m.group(1)]
        md["polls"] += 1
        if md["status"] == "processing" and md["polls"] >= 2:
            md["status"] = "succeeded"
        return {"media_id": m.group(1), "status": md["status"]}
