"""YouTube Data API v3 emulator: resumable upload (308 Resume Incomplete + Range), quota errors,
channels/playlistItems for lookup (platform-specs.md A: YouTube / Upload, Status fields, Errors)."""

from __future__ import annotations

import re

from tests.support.platforms import Emulator, Response


def yt_error(status, reason, message=""):
    return Response(status, {"error": {"code": status, "message": message or reason,
                                       "errors": [{"reason": reason, "domain": "youtube.video", "message": message}]}})


class YouTubeEmulator(Emulator):
    name = "youtube"

    def __init__(self) -> None:
        self.sessions: dict[str, dict] = {}
        self.videos: list[dict] = []
        super().__init__()

    def auth_error(self):
        return yt_error(401, "authError", "Invalid Credentials")

    def setup(self):
        self.add("POST", r"/upload/youtube/v3/videos", self.start_upload)
        self.add("PUT", r"/upload/session/(\w+)", self.put)
        self.add("GET", r"/youtube/v3/channels", lambda r, m: {"items": [{"contentDetails": {"relatedPlaylists": {"uploads": "UU1"}}}]})
        self.add("GET", r"/youtube/v3/playlistItems", lambda r, m: {"items": [
            {"snippet": {"description": v["snippet"]["description"], "resourceId": {"videoId": v["id"]}}}
            for v in self.videos]})

    def start_upload(self, req, m):
        bad = self.check_token(req)
        if bad:
            return bad
        if req.query.get("uploadType") != "resumable":
            return yt_error(400, "badRequest")
        meta = req.json()
        sn, st = meta.get("snippet", {}), meta.get("status", {})
        if not sn.get("title") or len(sn["title"]) > 100 or "<" in sn["title"]:
            return yt_error(400, "invalidTitle")
        if len(sn.get("description", "").encode()) > 5000:
            return yt_error(400, "invalidDescription")
        if st.get("publishAt") and st.get("privacyStatus") != "private":
            return yt_error(400, "invalidPublishAt")
        sid = str(next(self.ids))
        self.sessions[sid] = {"meta": meta, "size": int(req.headers["X-Upload-Content-Length"]), "got": 0}
        return Response(200, {}, {"Location": f"{self.url}/upload/session/{sid}"})

    def put(self, req, m):
        s = self.sessions[m.group(1)]
        cr = req.headers.get("Content-Range", "")
        if cr.startswith("bytes */"):
            if s.get("video"):
                return Response(200, s["video"])
            return Response(308, b"", {"Range": f"bytes=0-{s['got'] - 1}"} if s["got"] else {})
        mm = re.match(r"bytes (\d+)-(\d+)/(\d+)", cr)
        if not mm or int(mm.group(1)) != s["got"]:
            return Response(400, {"error": "bad range"})
        s["got"] += len(req.body)
        if s["got"] < s["size"]:
            return Response(308, b"", {"Range": f"bytes=0-{s['got'] - 1}"})
        vid = f"vid{next(self.ids)}"
        video = {"id": vid, "snippet": s["meta"]["snippet"], "status": s["meta"]["status"],
                 "paidProductPlacementDetails": s["meta"].get("paidProductPlacementDetails")}
        s["video"] = video
        self.videos.append(video)
        self.record_publish(s["meta"]["snippet"]["description"], video=video)
        return Response(200, video)
