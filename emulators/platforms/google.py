"""YouTube Data API v3 emulator: resumable upload (308 Resume Incomplete + Range, 404 for an expired
session), quota errors, channels/playlistItems for lookup, Google's OAuth token endpoint.

Every request is validated against the vendored discovery document (``contract = "youtube"``) and Google's
resumable upload protocol; what they refuse is answered 400 in Google's error shape. The session keeps the
bytes at the offsets the client declares, so a client that declares one offset and sends bytes from
another ends with a video whose ``sha256`` differs from the file's. Knobs: ``short_acks`` (bytes to drop
from the next chunks, answered with a 308 whose Range is shorter than what was sent) and ``expire_next``
(the next session requests answer 404, as an expired session does).
"""

from __future__ import annotations

import hashlib
import re

from emulators.platforms import Emulator, Response

UPLOAD_PATH = "/upload/youtube/v3/videos"


def yt_error(status, reason, message=""):
    return Response(status, {"error": {"code": status, "message": message or reason,
                                       "errors": [{"reason": reason, "domain": "youtube.video", "message": message}]}})


class YouTubeEmulator(Emulator):
    name = "youtube"
    contract = "youtube"

    def __init__(self) -> None:
        self.sessions: dict[str, dict] = {}
        self.videos: list[dict] = []
        self.short_acks: list[int] = []
        self.expire_next = 0
        super().__init__()

    def auth_error(self):
        return yt_error(401, "authError", "Invalid Credentials")

    def check_contract(self, req):
        if req.path.startswith("/v2/reports"):  # the YouTube Analytics API (metrics): its own discovery document
            import httpx

            from emulators.contracts import validate

            headers = [(k, v) for k, v in req.headers.items() if k.lower() not in ("host", "transfer-encoding")]
            found = validate("youtube-analytics", httpx.Request(req.method, "https://youtubeanalytics.googleapis.com"
                                                               + req.target, headers=headers, content=req.body))
            if not found:
                return None
            with self.lock:
                self.violations.extend(found)
            return self.contract_error(found)
        return super().check_contract(req)

    def contract_error(self, violations):
        return Response(400, {"error": {"code": 400, "message": "; ".join(v.detail for v in violations),
                                        "errors": [{"reason": "badRequest", "domain": "global",
                                                    "message": f"{v.rule}: {v.detail}"} for v in violations]}})

    def setup(self):
        self.add("POST", r"/token", self.oauth_token)
        self.add("POST", UPLOAD_PATH, self.start_upload)
        self.add("PUT", UPLOAD_PATH, self.put)
        self.add("GET", r"/youtube/v3/channels", self.channels)
        self.add("GET", r"/youtube/v3/playlistItems", self.playlist_items)

    def channels(self, req, m):
        return self.check_token(req) or {"kind": "youtube#channelListResponse", "items": [
            {"kind": "youtube#channel", "id": "UC1", "contentDetails": {"relatedPlaylists": {"uploads": "UU1"}}}]}

    def playlist_items(self, req, m):
        bad = self.check_token(req)
        if bad:
            return bad
        n = int(req.query.get("maxResults", 5))
        with self.lock:
            videos = list(reversed(self.videos))[:n]
        return {"kind": "youtube#playlistItemListResponse", "items": [
            {"kind": "youtube#playlistItem", "snippet": {"title": v["snippet"]["title"],
                                                         "description": v["snippet"].get("description", ""),
                                                         "resourceId": {"kind": "youtube#video", "videoId": v["id"]}}}
            for v in videos]}

    def start_upload(self, req, m):
        bad = self.check_token(req)
        if bad:
            return bad
        meta = req.json()
        sn, st = meta.get("snippet", {}), meta.get("status", {})
        if not sn.get("title") or len(sn["title"]) > 100 or "<" in sn["title"]:
            return yt_error(400, "invalidTitle")
        if len(sn.get("description", "").encode()) > 5000:
            return yt_error(400, "invalidDescription")
        if st.get("publishAt") and st.get("privacyStatus") != "private":
            return yt_error(400, "invalidPublishAt")
        sid = f"AEnB2U{next(self.ids)}"
        with self.lock:
            self.sessions[sid] = {"meta": meta, "size": int(req.headers["X-Upload-Content-Length"]),
                                  "data": bytearray(), "part": req.query.get("part", "")}
        location = f"{self.origin}{UPLOAD_PATH}?uploadType=resumable&part={req.query.get('part', '')}&upload_id={sid}"
        return Response(200, b"", {"Location": location})

    def _range(self, s) -> dict:
        return {"Range": f"bytes=0-{len(s['data']) - 1}"} if s["data"] else {}

    def put(self, req, m):
        sid = req.query.get("upload_id")
        with self.lock:
            if self.expire_next > 0:
                self.expire_next -= 1
                self.sessions.pop(sid, None)
            s = self.sessions.get(sid)
        if s is None:
            return Response(404, b"Not Found", {"Content-Type": "text/plain"})
        cr = req.headers.get("Content-Range", "")
        if cr.startswith("bytes */"):
            if s.get("video"):
                return Response(200, s["video"])
            return Response(308, b"", self._range(s))
        mm = re.match(r"bytes (\d+)-(\d+)/(\d+)", cr)
        if not mm or int(mm.group(3)) != s["size"]:
            return yt_error(400, "badContent", "Content-Range does not fit the session")
        start = int(mm.group(1))
        if start > len(s["data"]):
            return yt_error(400, "badContent", f"chunk starts at {start}, {len(s['data'])} bytes stored")
        body = req.body
        with self.lock:
            drop = self.short_acks.pop(0) if self.short_acks else 0
        keep = body[:max(0, len(body) - drop)]
        s["data"][start:] = keep  # bytes at the offset the client DECLARED
        if len(s["data"]) < s["size"]:
            return Response(308, b"", self._range(s))
        vid = f"vid{next(self.ids)}"
        video = {"kind": "youtube#video", "id": vid, "snippet": s["meta"]["snippet"], "status": s["meta"]["status"],
                 "paidProductPlacementDetails": s["meta"].get("paidProductPlacementDetails"),
                 "sha256": hashlib.sha256(bytes(s["data"])).hexdigest()}
        s["video"] = video
        with self.lock:
            self.videos.append(video)
        self.record_publish(s["meta"]["snippet"]["description"], video=video)
        return Response(200, video)
