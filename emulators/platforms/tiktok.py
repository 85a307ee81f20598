"""TikTok Content Posting API emulator (platform-specs.md A: TikTok / Endpoints, creator_info output,
Chunked upload, Rate / caps — 6 init requests per minute per token, Error shape)."""

from __future__ import annotations

import re

from emulators.platforms import Emulator, Response
from emulators.platforms.doc_contract import DocRulesContract


def ok(data):
    return {"data": data, "error": {"code": "ok", "message": "", "log_id": "x"}}


def err(code, status=400, msg=""):
    return Response(status, {"data": {}, "error": {"code": code, "message": msg or code, "log_id": "x"}})


class TikTokEmulator(DocRulesContract, Emulator):
    """Refuses what tests/contracts/tiktok.rules.json refuses: a base64url PKCE challenge (the desktop kit
    wants hex), chunk plans other than the media transfer guide's, uploads that do not follow the plan."""

    name = "tiktok"
    pkce_encoding = "hex"
    doc_platform = "tiktok"

    def real_host(self, req):
        if req.path.startswith("/upload/"):
            return "open-upload.tiktokapis.com"
        if req.path.startswith("/v2/"):
            return "open.tiktokapis.com"
        return None  # /oauth/token of the shared base: a token-exchange service the user runs

    def contract_error(self, violations):
        return err("invalid_params", 400, "; ".join(str(v) for v in violations))

    def __init__(self, privacy_options=("SELF_ONLY", "PUBLIC_TO_EVERYONE"), max_duration=600) -> None:
        self.privacy_options = list(privacy_options)
        self.max_duration = max_duration
        self.uploads: dict[str, dict] = {}
        self.init_calls = 0
        self.creator_info_calls = 0
        self.init_limit = 6  # per minute per token
        super().__init__()

    def auth_error(self):
        return err("access_token_invalid", 401, "The access token is invalid or not found in the request.")

    def setup(self):
        self.add("POST", r"/v2/oauth/token/", self.oauth_token)
        self.add("POST", r"/v2/post/publish/creator_info/query/", self.creator_info)
        self.add("POST", r"/v2/post/publish/video/init/", self.init_direct)
        self.add("POST", r"/v2/post/publish/inbox/video/init/", self.init_inbox)
        self.add("POST", r"/v2/post/publish/content/init/", self.init_photo)
        self.add("PUT", r"/upload/(\w+)", self.upload)
        self.add("POST", r"/v2/post/publish/status/fetch/", self.status)

    def creator_info(self, req, m):
        bad = self.check_token(req)
        if bad:
            return bad
        self.creator_info_calls += 1
        return ok({"creator_nickname": "Shop", "creator_username": "shop", "privacy_level_options": self.privacy_options,
                   "comment_disabled": False, "duet_disabled": False, "stitch_disabled": False,
                   "max_video_post_duration_sec": self.max_duration})

    def _init(self, req, inbox):
        bad = self.check_token(req)
        if bad:
            return bad
        if not self.creator_info_calls:
            return err("invalid_params", 400, "query creator info first")
        self.init_calls += 1
        if self.init_calls > self.init_limit:
            return Response(429, {"data": {}, "error": {"code": "rate_limit_exceeded", "message": "slow down"}},
                            {"Retry-After": "60"})
        b = req.json()
        info = b.get("post_info") or {}
        if not inbox:
            if info.get("privacy_level") not in self.privacy_options:
                return err("privacy_level_option_mismatch")
        src = b["source_info"]
        size, chunk, count = src["video_size"], src["chunk_size"], src["total_chunk_count"]
        # developers.tiktok.com/doc/content-posting-api-media-transfer-guide — Chunk restrictions
        if size < 5 * 2**20 and (count != 1 or chunk != size):
            return err("invalid_params", 400, "videos under 5 MB are one chunk of their own size")
        if chunk > size or count != size // chunk:
            return err("invalid_params", 400, "total_chunk_count must be floor(video_size / chunk_size)")
        if size > 64 * 2**20 and count == 1:
            return err("invalid_params", 400, "videos over 64 MB must be uploaded in several chunks")
        if size >= 5 * 2**20 and not (5 * 2**20 <= chunk <= 64 * 2**20 and count <= 1000
                                      and size - chunk * (count - 1) <= 128 * 2**20):
            return err("invalid_params", 400, "chunk_size/total_chunk_count do not follow the media transfer guide")
        pid = f"v_pub_{next(self.ids)}"
        self.uploads[pid] = {"size": size, "got": 0, "ranges": [], "title": info.get("title", ""), "inbox": inbox,
                             "info": info, "status": "PROCESSING_UPLOAD", "polls": 0, "chunk": chunk,
                             "count": count}
        # a different host from the API base (real: open-upload.tiktokapis.com vs open.tiktokapis.com)
        return ok({"publish_id": pid, "upload_url": f"http://localhost:{self.port}/upload/{pid}"})

    def init_direct(self, req, m):
        return self._init(req, False)

    def init_inbox(self, req, m):
        return self._init(req, True)

    def init_photo(self, req, m):
        bad = self.check_token(req)
        if bad:
            return bad
        b = req.json()
        for url in b["source_info"]["photo_images"]:
            if not url.startswith(getattr(self, "verified_prefix", "https://cdn.example.com/")):
                return err("url_ownership_unverified")
        pid = f"p_pub_{next(self.ids)}"
        self.uploads[pid] = {"size": 0, "got": 0, "ranges": [], "title": b["post_info"].get("description", ""),
                             "inbox": b["post_mode"] == "MEDIA_UPLOAD", "info": b["post_info"], "status": "uploaded",
                             "polls": 0}
        return ok({"publish_id": pid})

    def upload(self, req, m):
        pid = m.group(1)
        up = self.uploads[pid]
        rng = re.match(r"bytes (\d+)-(\d+)/(\d+)", req.headers.get("Content-Range", ""))
        if not rng or int(rng.group(1)) != up["got"] or int(rng.group(3)) != up["size"]:
            return Response(416, {"error": "bad range"})
        if int(rng.group(2)) - int(rng.group(1)) + 1 != len(req.body):
            return Response(400, {"error": "range does not match body"})
        last = len(up["ranges"]) == up["count"] - 1
        expected = up["size"] - up["chunk"] * (up["count"] - 1) if last else up["chunk"]
        if len(req.body) != expected:
            return Response(400, {"error": f"chunk {len(up['ranges']) + 1}/{up['count']} must be {expected} bytes"})
        if req.headers.get("Authorization"):
            return Response(400, {"error": "the upload URL takes no Authorization header"})
        up["got"] += len(req.body)
        up["ranges"].append(req.headers["Content-Range"])
        if up["got"] == up["size"]:
            up["status"] = "uploaded"
            return Response(201, b"")
        return Response(206, b"")

    def status(self, req, m):
        bad = self.check_token(req)
        if bad:
            return bad
        pid = req.json()["publish_id"]
        up = self.uploads.get(pid)
        if up is None:
            return err("invalid_publish_id", 400)
        up["polls"] += 1
        if up["status"] == "uploaded" and up["polls"] >= 2:
            if getattr(self, "fail_processing", None):
                up["status"] = "FAILED"
                return ok({"status": "FAILED", "fail_reason": self.fail_processing})
            up["status"] = "SEND_TO_USER_INBOX" if up["inbox"] else "PUBLISH_COMPLETE"
            self.record_publish(up["title"], publish_id=pid)
        if up["status"] in ("PUBLISH_COMPLETE", "SEND_TO_USER_INBOX"):
            return ok({"status": up["status"], "publicaly_available_post_id": [int(pid.split("_")[-1]) * 7]})
        return ok({"status": "PROCESSING_UPLOAD", "uploaded_bytes": up["got"]})
