"""Instagram, Facebook Pages and Threads emulators (Graph API error shape, containers, rupload).

They refuse what tests/contracts/{instagram,facebook,threads}.rules.json refuse: refreshing a token younger
than 24 h or a short-lived one, publishing to a Page with a user token, resumable Reels on the Instagram-Login
host, a first comment without the comments permission. Routes accept any ``vNN.N`` Graph version.
"""

from __future__ import annotations

import time

from emulators import doc_rules
from emulators.platforms import Emulator, Response
from emulators.platforms.doc_contract import DocRulesContract

V = r"/v\d+\.\d+"  # any Graph API version in the path


class _Live:
    def __init__(self, fn):
        self.fn = fn

    def __contains__(self, item):
        return item in self.fn()


class MetaTokens(DocRulesContract):
    """Meta's token life cycle: code → short-lived (1 h) → long-lived (60 d) → refresh once ≥ 24 h old.

    Also the contract check for Meta emulators: requests are validated against the platform's rule fixture."""

    graph_host = "graph.facebook.com"

    def contract_error(self, violations):
        return graph_error(100, msg="(#100) " + "; ".join(str(v) for v in violations))

    def doc_context(self):
        return doc_rules.Context(tokens={"short_lived": self.short_tokens,
                                         "long_lived": _Live(lambda: self.valid_tokens - self.short_tokens)},
                                 issued=self.issued, now=time.time())

    def real_host(self, req):
        p = req.path
        if p.startswith("/ig-api-upload/") or p.startswith("/video-upload/"):
            return "rupload.facebook.com"
        if p == "/oauth/access_token":
            return "api.instagram.com" if self.doc_platform == "instagram" else self.graph_host
        return self.graph_host

    exchange_grant = "ig_exchange_token"
    refresh_grant = "ig_refresh_token"
    wrap_code_answer = False  # Instagram Login answers {"data": [{...}]}

    def init_tokens(self):
        self.short_tokens: set[str] = set()
        self.issued: dict[str, float] = {"tok-1": time.time() - 2 * 86400}
        self.client_secret = "app-secret"
        self.token_calls: list[tuple[str, dict]] = []
        self.add("POST", r"/oauth/access_token", self.code_exchange)
        self.add("GET", r"/access_token", self.long_lived_exchange)
        self.add("GET", r"/refresh_access_token", self.refresh_long_lived)

    def code_exchange(self, req, m):
        f = req.form()
        self.token_calls.append(("code", f))
        if f.get("code") != "code-1" or f.get("grant_type") != "authorization_code" or not f.get("redirect_uri"):
            return graph_error(100, msg="Invalid verification code format.")
        if f.get("client_secret") != self.client_secret:
            return graph_error(101, msg="Error validating client secret.")
        tok = f"short-{next(self.ids)}"
        with self.lock:
            self.short_tokens.add(tok)
            self.valid_tokens.add(tok)
            self.issued[tok] = time.time()
        body = {"access_token": tok, "user_id": "17841", "permissions": "instagram_business_basic"}
        return {"data": [body]} if self.wrap_code_answer else body

    def long_lived_exchange(self, req, m):
        q = req.query
        self.token_calls.append(("exchange", q))
        if q.get("grant_type") != self.exchange_grant or q.get("client_secret") != self.client_secret:
            return graph_error(100, msg="Unsupported grant_type or bad client_secret")
        if q.get("access_token") not in self.short_tokens:
            return graph_error(190, msg="Invalid OAuth access token.")
        tok = f"long-{next(self.ids)}"
        with self.lock:
            self.valid_tokens.add(tok)
            self.issued[tok] = time.time()
        return {"access_token": tok, "token_type": "bearer", "expires_in": 5183944}

    def refresh_long_lived(self, req, m):
        q = req.query
        self.token_calls.append(("refresh", q))
        old = q.get("access_token")
        if q.get("grant_type") != self.refresh_grant or old in self.short_tokens or old not in self.valid_tokens:
            return graph_error(190, msg="Only a valid long-lived token can be refreshed")
        if time.time() - self.issued.get(old, 0) < 86400:
            return graph_error(100, msg="The token must be at least 24 hours old to be refreshed")
        tok = f"long-{next(self.ids)}"
        with self.lock:
            self.valid_tokens.add(tok)
            self.issued[tok] = time.time()
        return {"access_token": tok, "token_type": "bearer", "expires_in": 5183944}


def graph_error(code, sub=None, msg="error", status=400, transient=False):
    e = {"message": msg, "type": "OAuthException" if code == 190 else "GraphMethodException", "code": code,
         "is_transient": transient, "fbtrace_id": "x"}
    if sub:
        e["error_subcode"] = sub
        e["error_user_msg"] = msg
    return Response(status, {"error": e})


class InstagramEmulator(MetaTokens, Emulator):
    """platform-specs.md A: Instagram / Flow, media_type, Image spec (JPEG only), Publish quota, Errors.

    ``login_type="instagram"`` plays graph.instagram.com (no resumable upload); ``"facebook"`` plays
    graph.facebook.com + rupload.facebook.com."""

    name = "instagram"
    wrap_code_answer = True
    doc_platform = "instagram"

    @property
    def graph_host(self):
        return "graph.facebook.com" if self.login_type == "facebook" else "graph.instagram.com"

    def __init__(self, quota_total=100, login_type="instagram", comments_granted=True) -> None:
        self.quota_total = quota_total
        self.quota_usage = 0
        self.containers: dict[str, dict] = {}
        self.login_type = login_type
        self.comments_granted = comments_granted
        self.comments: list[dict] = []
        super().__init__()

    def auth_error(self):
        return graph_error(190, msg="Error validating access token: Session has expired", status=400)

    def setup(self):
        self.init_tokens()
        self.add("GET", V + r"/(\w+)/content_publishing_limit", self.limit)
        self.add("POST", V + r"/(\w+)/media", self.create)
        self.add("POST", V + r"/(\w+)/media_publish", self.publish)
        self.add("GET", V + r"/(\w+)/media", self.list_media)
        self.add("POST", r"/ig-api-upload" + V + r"/(\w+)", self.rupload)
        self.add("POST", V + r"/(\w+)/comments", self.comment)
        self.add("GET", V + r"/me/accounts", self.accounts)
        self.add("GET", V + r"/(\w+)", self.get_obj)

    def accounts(self, req, m):
        bad = self.check_token(req)
        if bad:
            return bad
        if self.login_type != "facebook":
            return graph_error(100, msg="(#100) Tried accessing nonexisting field (accounts)")
        return {"data": [{"id": "55", "name": "Shop Page", "tasks": ["CREATE_CONTENT"],
                          "instagram_business_account": {"id": "17841", "username": "shop"}},
                         {"id": "77", "name": "No IG Page", "tasks": ["CREATE_CONTENT"]}]}

    def comment(self, req, m):
        bad = self.check_token(req)
        if bad:
            return bad
        if not self.comments_granted:
            return graph_error(10, msg="(#10) Application does not have permission for this action")
        self.comments.append({"media": m.group(1), "message": req.form().get("message")})
        return {"id": str(next(self.ids))}

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
            if self.login_type != "facebook":
                return graph_error(100, msg="Resumable upload is only available with Facebook Login for Business")
            c["status_code"] = "UPLOAD_PENDING"
        elif f.get("media_type") in ("REELS", "VIDEO"):
            if not f.get("video_url", "").startswith("https://"):
                return graph_error(9004, 2207052, "The media could not be fetched from this URI")
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


class ThreadsEmulator(MetaTokens, Emulator):
    """platform-specs.md A: Threads / Flow and Limits (text ≤500)."""

    name = "threads"
    doc_platform = "threads"
    graph_host = "graph.threads.net"
    exchange_grant = "th_exchange_token"
    refresh_grant = "th_refresh_token"

    def __init__(self) -> None:
        self.containers: dict[str, dict] = {}
        super().__init__()

    def auth_error(self):
        return graph_error(190, msg="Invalid OAuth access token", status=401)

    def setup(self):
        self.init_tokens()
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


class FacebookEmulator(MetaTokens, Emulator):
    """platform-specs.md A: Facebook Page / Endpoints, Native scheduling, Reels (start → upload → finish).

    ``tok-1`` is a USER token; ``GET /me/accounts`` gives the Page tokens, and Page endpoints refuse anything
    but the Page's own token (developers.facebook.com/docs/pages-api/getting-started)."""

    name = "facebook"
    doc_platform = "facebook"
    exchange_grant = "fb_exchange_token"

    def doc_context(self):
        pages = {p["access_token"] for p in self.pages.values()}
        return doc_rules.Context(tokens={"page": pages, "user": _Live(lambda: self.valid_tokens - pages)},
                                 issued=self.issued, now=time.time())

    def real_host(self, req):
        import re as _re

        if _re.fullmatch(V + r"/\w+/videos", req.path):
            return "graph-video.facebook.com"
        return super().real_host(req)

    def __init__(self) -> None:
        self.scheduled: list[dict] = []
        self.reels: dict[str, dict] = {}
        self.pages = {"55": {"id": "55", "name": "Shop Page", "access_token": "page-tok-55",
                             "tasks": ["CREATE_CONTENT", "MANAGE", "MODERATE"]},
                      "66": {"id": "66", "name": "Other Page", "access_token": "page-tok-66",
                             "tasks": ["ANALYZE"]}}
        self.video_hosts: list[str] = []
        super().__init__()
        self.valid_tokens |= {p["access_token"] for p in self.pages.values()}

    def page_token_ok(self, req, page_id):
        bad = self.check_token(req)
        if bad:
            return bad
        page = self.pages.get(page_id)
        if page is None or req.token != page["access_token"]:
            return graph_error(200, msg="(#200) Publishing to a Page requires that Page's access token")
        return None

    def accounts(self, req, m):
        bad = self.check_token(req)
        if bad:
            return bad
        if req.token in {p["access_token"] for p in self.pages.values()}:
            return graph_error(100, msg="(#100) Tried accessing nonexisting field (accounts) on node type (Page)")
        return {"data": list(self.pages.values()), "paging": {"cursors": {"before": "a", "after": "b"}}}

    def fb_code_exchange(self, req, m):
        q = req.query
        if q.get("grant_type") == "fb_exchange_token":
            req.query = {**q, "access_token": q.get("fb_exchange_token")}
            if not q.get("client_id"):
                return graph_error(100, msg="Missing client_id")
            return self.long_lived_exchange(req, m)
        req_form = dict(q)
        req_form.setdefault("grant_type", "authorization_code")
        req.form = lambda: req_form
        return self.code_exchange(req, m)

    def auth_error(self):
        return graph_error(190, msg="Error validating access token", status=400)

    def setup(self):
        self.init_tokens()
        self.add("GET", V + r"/oauth/access_token", self.fb_code_exchange)
        self.add("GET", V + r"/me/accounts", self.accounts)
        self.add("POST", V + r"/(\w+)/feed", self.feed)
        self.add("POST", V + r"/(\w+)/photos", self.photo)
        self.add("POST", V + r"/(\w+)/videos", self.video)
        self.add("POST", V + r"/(\w+)/video_reels", self.reel)
        self.add("POST", r"/video-upload" + V + r"/(\w+)", self.reel_upload)
        self.add("GET", V + r"/(\w+)/feed", lambda r, m: {"data": [{"id": p["id"], "message": p["text"]}
                                                                  for p in self.posts if not p.get("scheduled")]})
        self.add("GET", V + r"/(\w+)/scheduled_posts", lambda r, m: {"data": [{"id": p["id"], "message": p["text"]}
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
        bad = self.page_token_ok(req, m.group(1))
        if bad:
            return bad
        f = req.form()
        ts = self._sched(f)
        if isinstance(ts, Response):
            return ts
        pid = self.record_publish(f["message"], scheduled=ts, kind="feed")
        return {"id": f"{m.group(1)}_{pid}"}

    def photo(self, req, m):
        bad = self.page_token_ok(req, m.group(1))
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
        bad = self.page_token_ok(req, m.group(1))
        if bad:
            return bad
        f = req.form()
        ts = self._sched(f)
        if isinstance(ts, Response):
            return ts
        self.video_hosts.append(req.headers.get("Host", ""))
        return {"id": self.record_publish(f["description"], scheduled=ts, kind="video")}

    def reel(self, req, m):
        bad = self.page_token_ok(req, m.group(1))
        if bad:
            return bad
        f = req.form()
        if f["upload_phase"] == "start":
            vid = str(next(self.ids))
            self.reels[vid] = {"uploaded": False}
            return {"video_id": vid, "upload_url": f"{self.url}/video-upload/{self.path_version(req)}/{vid}"}
        r = self.reels[f["video_id"]]
        if not r["uploaded"]:
            return graph_error(6000, 1363130, "Video upload not complete")
        self.record_publish(f.get("description", ""), kind="reel", video_id=f["video_id"])
        return {"success": True}

    @staticmethod
    def path_version(req):
        return req.path.split("/")[1]

    def reel_upload(self, req, m):
        if not req.headers.get("Authorization", "").startswith("OAuth "):
            return Response(401, {"debug_info": {"message": "Authorization: OAuth <page token> required"}})
        self.reels[m.group(1)]["uploaded"] = int(req.headers["file_size"]) == len(req.body)
        return {"success": True}
