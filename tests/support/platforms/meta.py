"""Instagram, Facebook Pages and Threads emulators (Graph API error shape, containers, rupload)."""

from __future__ import annotations

from tests.support.platforms import Emulator, Response


def graph_error(code, sub=None, msg="error", status=400, transient=False):
    e = {"message": msg, "type": "OAuthException" if code == 190 else "GraphMethodException", "code": code,
         "is_transient": transient, "fbtrace_id": "x"}
    if sub:
        e["error_subcode"] = sub
        e["error_user_msg"] = msg
    return Response(status, {"error": e})


class InstagramEmulator(Emulator):
    """platform-specs.md A: Instagram / Flow, media_type, Image spec (JPEG only), Publish quota, Errors."""

    name = "instagram"

    def __init__(self, quota_total=100) -> None:
        self.quota_total = quota_total
        self.quota_usage = 0
        self.containers: dict[str, dict] = {}
        super().__init__()

    def auth_error(self):
        return graph_error(190, msg="Error validating access token: Session has expired", status=400)

    def setup(self):
        self.add("GET", r"/v21.0/(\w+)/content_publishing_limit", self.limit)
        self.add("POST", r"/v21.0/(\w+)/media", self.create)
        self.add("POST", r"/v21.0/(\w+)/media_publish", self.publish)
        self.add("GET", r"/v21.0/(\w+)/media", self.list_media)
        self.add("POST", r"/ig-api-upload/v21.0/(\w+)", self.rupload)
        self.add("POST", r"/v21.0/(\w+)/comments", lambda r, m: {"id": str(next(self.ids))})
        self.add("GET", r"/v21.0/(\w+)", self.get_obj)

    def limit(self, req, m):
        bad = self.check_token(req)
        if bad:
            return bad
        return {"data": [{"quota_usage": self.quota_usage, "config": {"quota_total": self.quota_total,
                                                                      "quota_duration": 86400}}]}

    def create(self, req, m):
        bad = self.check_token(req)
        if bad:
            return bad
        f = req.form()
        cid = str(next(self.ids))
        c = {"params": f, "status_code": "IN_PROGRESS", "polls": 0}
        if "image_url" in f:
            if not f["image_url"].lower().endswith((".jpg", ".jpeg")):
                return graph_error(9004, 2207052, "Only photo or video can be accepted as media type.")
            c["status_code"] = "FINISHED"
        elif f.get("media_type") == "CAROUSEL":
            kids = f["children"].split(",")
            if not 2 <= len(kids) <= 10:
                return graph_error(100, 2207028, "Carousel must have 2-10 children")
            c["status_code"] = "FINISHED"
        elif f.get("upload_type") == "resumable":
            c["status_code"] = "UPLOAD_PENDING"
        self.containers[cid] = c
        return {"id": cid}

    def rupload(self, req, m):
        c = self.containers[m.group(1)]
        if not req.headers.get("Authorization", "").startswith("OAuth ") or int(req.headers["file_size"]) != len(req.body):
            return Response(400, {"debug_info": {"message": "bad upload"}})
        c["status_code"] = "IN_PROGRESS"
        c["bytes"] = len(req.body)
        return {"success": True, "message": "Upload successful."}

    def get_obj(self, req, m):
        oid = m.group(1)
        if oid in self.containers:
            c = self.containers[oid]
            c["polls"] += 1
            if c["status_code"] == "IN_PROGRESS" and c["polls"] >= 2:
                c["status_code"] = "FINISHED"
            return {"id": oid, "status_code": c["status_code"]}
        for p in self.posts:
            if p["id"] == oid:
                return {"id": oid, "permalink": f"https://www.instagram.com/p/{oid}/"}
        return graph_error(100, 33, "Object does not exist")

    def publish(self, req, m):
        bad = self.check_token(req)
        if bad:
            return bad
        if self.quota_usage >= self.quota_total:
            return graph_error(9, 2207042, "You reached the maximum number of posts allowed in 24 hours.")
        cid = req.form()["creation_id"]
        c = self.containers[cid]
        if c["status_code"] != "FINISHED":
            return graph_error(9007, 2207027, "Media ID is not available")
        c["status_code"] = "PUBLISHED"
        self.quota_usage += 1
        return {"id": self.record_publish(c["params"].get("caption", ""), container=cid)}

    def list_media(self, req, m):
        return {"data": [{"id": p["id"], "caption": p["text"]} for p in reversed(self.posts)]}


class ThreadsEmulator(Emulator):
    """platform-specs.md A: Threads / Flow and Limits (text ≤500)."""

    name = "threads"

    def __init__(self) -> None:
        self.containers: dict[str, dict] = {}
        super().__init__()

    def auth_error(self):
        return graph_error(190, msg="Invalid OAuth access token", status=401)

    def setup(self):
        self.add("POST", r"/v1.0/(\w+)/threads", self.create)
        self.add("POST", r"/v1.0/(\w+)/threads_publish", self.publish)
        self.add("GET", r"/v1.0/(\w+)/threads", lambda r, m: {"data": [{"id": p["id"], "text": p["text"]}
                                                                      for p in reversed(self.posts)]})
        self.add("GET", r"/v1.0/(\w+)", self.get_obj)

    def create(self, req, m):
        bad = self.check_token(req)
        if bad:
            return bad
        f = req.form()
        if len(f.get("text", "")) > 500:
            return graph_error(100, 4279009, "Text exceeds 500 characters")
        cid = str(next(self.ids))
        self.containers[cid] = {"params": f, "status": "FINISHED" if f["media_type"] == "TEXT" else "IN_PROGRESS",
                                "polls": 0}
        return {"id": cid}

    def get_obj(self, req, m):
        c = self.containers.get(m.group(1))
        if c is None:
            return {"id": m.group(1), "permalink": f"https://www.threads.net/t/{m.group(1)}"}
        c["polls"] += 1
        if c["status"] == "IN_PROGRESS" and c["polls"] >= 2:
            c["status"] = "FINISHED"
        return {"id": m.group(1), "status": c["status"]}

    def publish(self, req, m):
        bad = self.check_token(req)
        if bad:
            return bad
        c = self.containers[req.form()["creation_id"]]
        if c["status"] != "FINISHED":
            return graph_error(24, 4279001, "Media not ready")
        c["status"] = "PUBLISHED"
        return {"id": self.record_publish(c["params"].get("text", ""))}


class FacebookEmulator(Emulator):
    """platform-specs.md A: Facebook Page / Endpoints, Native scheduling, Reels (start → upload → finish)."""

    name = "facebook"

    def __init__(self) -> None:
        self.scheduled: list[dict] = []
        self.reels: dict[str, dict] = {}
        super().__init__()

    def auth_error(self):
        return graph_error(190, msg="Error validating access token", status=400)

    def setup(self):
        self.add("POST", r"/v21.0/(\w+)/feed", self.feed)
        self.add("POST", r"/v21.0/(\w+)/photos", self.photo)
        self.add("POST", r"/v21.0/(\w+)/videos", self.video)
        self.add("POST", r"/v21.0/(\w+)/video_reels", self.reel)
        self.add("POST", r"/video-upload/v21.0/(\w+)", self.reel_upload)
        self.add("GET", r"/v21.0/(\w+)/feed", lambda r, m: {"data": [{"id": p["id"], "message": p["text"]}
                                                                   for p in self.posts if not p.get("scheduled")]})
        self.add("GET", r"/v21.0/(\w+)/scheduled_posts", lambda r, m: {"data": [{"id": p["id"], "message": p["text"]}
                                                                              for p in self.posts if p.get("scheduled")]})

    def _sched(self, f):
        if f.get("published") == "false":
            import time

            ts = int(f.get("scheduled_publish_time", 0))
            if not time.time() + 600 <= ts <= time.time() + 30 * 86400:
                return graph_error(100, 1363168, "The specified scheduled publish time is invalid.")
            return ts
        return None

    def feed(self, req, m):
        bad = self.check_token(req)
        if bad:
            return bad
        f = req.form()
        ts = self._sched(f)
        if isinstance(ts, Response):
            return ts
        pid = self.record_publish(f["message"], scheduled=ts, kind="feed")
        return {"id": f"{m.group(1)}_{pid}"}

    def photo(self, req, m):
        bad = self.check_token(req)
        if bad:
            return bad
        f = req.form()
        if not isinstance(f.get("source"), bytes):
            return graph_error(324, msg="Requires upload file")
        ts = self._sched(f)
        if isinstance(ts, Response):
            return ts
        pid = self.record_publish(f["caption"], scheduled=ts, kind="photo", bytes=len(f["source"]))
        return {"id": pid, "post_id": f"{m.group(1)}_{pid}"}

    def video(self, req, m):
        bad = self.check_token(req)
        if bad:
            return bad
        f = req.form()
        ts = self._sched(f)
        if isinstance(ts, Response):
            return ts
        return {"id": self.record_publish(f["description"], scheduled=ts, kind="video")}

    def reel(self, req, m):
        bad = self.check_token(req)
        if bad:
            return bad
        f = req.form()
        if f["upload_phase"] == "start":
            vid = str(next(self.ids))
            self.reels[vid] = {"uploaded": False}
            return {"video_id": vid, "upload_url": f"{self.url}/video-upload/v21.0/{vid}"}
        r = self.reels[f["video_id"]]
        if not r["uploaded"]:
            return graph_error(6000, 1363130, "Video upload not complete")
        self.record_publish(f.get("description", ""), kind="reel", video_id=f["video_id"])
        return {"success": True}

    def reel_upload(self, req, m):
        self.reels[m.group(1)]["uploaded"] = int(req.headers["file_size"]) == len(req.body)
        return {"success": True}
