"""X API v2 emulator: POST /2/tweets, chunked media upload, users/me, user timeline.

Follows platform-specs.md A: X / Create post, Media, Rate limits (100 per 15 min per user with
x-rate-limit-* headers), Errors (problem JSON).
"""

from __future__ import annotations

import time

from tests.support.platforms import Emulator, Response


class XEmulator(Emulator):
    name = "x"

    def __init__(self, *, window_limit: int | None = None, reject_duplicates: bool = False) -> None:
        self.window_limit = window_limit
        self.reject_duplicates = reject_duplicates
        self.window_calls = 0
        self.media: dict[str, dict] = {}
        super().__init__()

    def setup(self) -> None:
        self.add("POST", r"/2/tweets", self.create)
        self.add("GET", r"/2/users/me", lambda r, m: self.check_token(r) or {"data": {"id": "42", "username": "shop"}})
        self.add("GET", r"/2/users/(\w+)/tweets", self.timeline)
        self.add("POST", r"/2/media/upload/initialize", self.m_init)
        self.add("POST", r"/2/media/upload/(\w+)/append", self.m_append)
        self.add("POST", r"/2/media/upload/(\w+)/finalize", self.m_finalize)
        self.add("GET", r"/2/media/upload", self.m_status)

    def problem(self, status: int, kind: str, detail: str, headers: dict | None = None) -> Response:
        return Response(status, {"title": kind, "detail": detail, "type": f"https://api.x.com/2/problems/{kind}"},
                        headers)

    def create(self, req, m):
        bad = self.check_token(req)
        if bad:
            return self.problem(401, "unauthorized", "Unauthorized")
        body = req.json()
        text = body.get("text", "")
        with self.lock:
            self.window_calls += 1
            calls = self.window_calls
        reset = int(time.time()) + 900
        headers = {"x-rate-limit-limit": str(self.window_limit or 100), "x-rate-limit-reset": str(reset),
                   "x-rate-limit-remaining": str(max(0, (self.window_limit or 100) - calls))}
        if self.window_limit is not None and calls > self.window_limit:
            return self.problem(429, "rate-limit-exceeded", "Too Many Requests", headers)
        if len(text) > 280:
            return self.problem(400, "invalid-request", "Your Tweet text is too long.")
        for mid in (body.get("media") or {}).get("media_ids", []):
            if self.media.get(mid, {}).get("state") != "succeeded":
                return self.problem(400, "invalid-request", f"media {mid} not ready")
        if self.reject_duplicates and self.published.get(text):
            return self.problem(403, "client-forbidden", "You are not allowed to create a Tweet with duplicate content.")
        if "reply" in body:
            return Response(201, {"data": {"id": str(next(self.ids)), "text": text}}, headers)
        pid = self.record_publish(text, media=(body.get("media") or {}).get("media_ids", []))
        return Response(201, {"data": {"id": pid, "text": text}}, headers)

    def timeline(self, req, m):
        bad = self.check_token(req)
        if bad:
            return self.problem(401, "unauthorized", "Unauthorized")
        n = int(req.query.get("max_results", 10))
        with self.lock:
            items = [{"id": p["id"], "text": p["text"]} for p in reversed(self.posts)][:n]
        return {"data": items}

    def m_init(self, req, m):
        bad = self.check_token(req)
        if bad:
            return self.problem(401, "unauthorized", "Unauthorized")
        b = req.json()
        mid = str(next(self.ids))
        self.media[mid] = {"total": int(b["total_bytes"]), "got": 0, "type": b["media_type"], "state": "init",
                           "segments": []}
        return {"data": {"id": mid, "media_key": f"7_{mid}"}}

    def m_append(self, req, m):
        f = req.form()
        md = self.media[m.group(1)]
        md["segments"].append(int(f["segment_index"]))
        md["got"] += len(f["media"])
        return Response(204, b"")

    def m_finalize(self, req, m):
        md = self.media[m.group(1)]
        if md["got"] != md["total"] or md["segments"] != sorted(md["segments"]):
            return self.problem(400, "invalid-request", "segments do not add up to total_bytes")
        if md["type"].startswith("video/"):
            md["state"] = "in_progress"
            md["polls"] = 0
            return {"data": {"id": m.group(1), "processing_info": {"state": "pending", "check_after_secs": 1}}}
        md["state"] = "succeeded"
        return {"data": {"id": m.group(1)}}

    def m_status(self, req, m):
        md = self.media[req.query["media_id"]]
        md["polls"] = md.get("polls", 0) + 1
        if md["polls"] >= 2:
            md["state"] = "succeeded"
        return {"data": {"id": req.query["media_id"], "processing_info": {"state": md["state"]}}}
