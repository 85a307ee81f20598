"""X API v2 emulator: POST /2/tweets, chunked media upload (v2), users/me, user timeline, OAuth token.

Every request is first validated against the vendored X API v2 OpenAPI contract (``contract = "x"``): what
the contract refuses is answered 400 with X's problem JSON. Behaviour follows X as published:
- links in a post are rewritten to ``https://t.co/…`` and listed in ``entities.urls`` (with
  ``expanded_url``) — only when ``post.fields=entities`` is asked for; an attached photo or video adds a
  trailing t.co link with a ``media_key``; ``&``, ``<`` and ``>`` come back HTML-escaped;
- media processing answers ``processing_info`` with ``check_after_secs`` (``processing_polls`` polls
  until ``succeeded``);
- rate limits: ``x-rate-limit-*`` headers, 429 over ``window_limit``; 403 for duplicate content.
"""

from __future__ import annotations

import html
import itertools
import re
import time

from emulators.platforms import Emulator, Response

URL_RE = re.compile(r"(?:https?://[^\s]+|\b(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|shop|store|io|co|de)"
                    r"(?:/[^\s]*)?)", re.IGNORECASE)


def weighted_length(text: str) -> int:
    """X counts every link as 23 characters (t.co), whatever its length."""
    return len(URL_RE.sub("x" * 23, text))


class XEmulator(Emulator):
    name = "x"
    contract = "x"

    def __init__(self, *, window_limit: int | None = None, reject_duplicates: bool = False,
                 processing_polls: int = 2, check_after_secs: int = 1) -> None:
        self.window_limit = window_limit
        self.reject_duplicates = reject_duplicates
        self.processing_polls = processing_polls
        self.check_after_secs = check_after_secs
        self.window_calls = 0
        self.media: dict[str, dict] = {}
        self.tco = itertools.count(1)
        super().__init__()
        self.ids = itertools.count(1_700_000_000_000_000_000)  # snowflake-sized ids (^[0-9]{1,19}$)

    def setup(self) -> None:
        self.add("POST", r"/2/oauth2/token", self.oauth_token)
        self.add("POST", r"/2/tweets", self.create)
        self.add("GET", r"/2/users/me", self.me)
        self.add("GET", r"/2/users/(\d+)/tweets", self.timeline)
        self.add("POST", r"/2/media/upload/initialize", self.m_init)
        self.add("POST", r"/2/media/upload/(\d+)/append", self.m_append)
        self.add("POST", r"/2/media/upload/(\d+)/finalize", self.m_finalize)
        self.add("GET", r"/2/media/upload", self.m_status)

    def problem(self, status: int, kind: str, detail: str, headers: dict | None = None) -> Response:
        return Response(status, {"title": kind, "detail": detail, "type": f"https://api.x.com/2/problems/{kind}"},
                        headers)

    def contract_error(self, violations: list) -> Response:
        return Response(400, {"title": "Invalid Request", "type": "https://api.x.com/2/problems/invalid-request",
                              "detail": "One or more parameters to your request was invalid.",
                              "errors": [{"message": f"{v.rule}: {v.detail}"} for v in violations]})

    def auth_error(self) -> Response:
        return self.problem(401, "unauthorized", "Unauthorized")

    # ------------------------------------------------------------------ posts
    def me(self, req, m):
        return self.check_token(req) or {"data": {"id": "42", "name": "Shop", "username": "shop"}}

    def rendered(self, text: str, media: list[str]) -> dict:
        """The post as X stores it: links → t.co with entities, a media link appended, text HTML-escaped."""
        urls = []
        out = ""
        last = 0
        for mm in URL_RE.finditer(text):
            short = f"https://t.co/{next(self.tco):010d}"
            out += html.escape(text[last:mm.start()], quote=False)
            expanded = mm.group(0) if mm.group(0).lower().startswith("http") else "http://" + mm.group(0)
            urls.append({"start": len(out), "end": len(out) + len(short), "url": short,
                         "expanded_url": expanded, "display_url": mm.group(0).split("://", 1)[-1][:26]})
            out += short
            last = mm.end()
        out += html.escape(text[last:], quote=False)
        if media:
            short = f"https://t.co/{next(self.tco):010d}"
            out += " "
            urls.append({"start": len(out), "end": len(out) + len(short), "url": short, "media_key": f"3_{media[0]}",
                         "expanded_url": "https://x.com/shop/status/0/photo/1", "display_url": "pic.x.com/abc"})
            out += short
        return {"text": out, "entities": {"urls": urls}} if urls else {"text": out}

    def create(self, req, m):
        bad = self.check_token(req)
        if bad:
            return bad
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
        if weighted_length(text) > 280:
            return self.problem(400, "invalid-request", "Your Tweet text is too long.")
        media = (body.get("media") or {}).get("media_ids", [])
        for mid in media:
            if self.media.get(mid, {}).get("state") != "succeeded":
                return self.problem(400, "invalid-request", f"media {mid} not ready")
        if self.reject_duplicates and self.published.get(text):
            return self.problem(403, "client-forbidden", "You are not allowed to create a Tweet with duplicate content.")
        if "reply" in body:
            return Response(201, {"data": {"id": str(next(self.ids)), "text": text}}, headers)
        view = self.rendered(text, media)
        pid = self.record_publish(text, media=media, view=view)
        return Response(201, {"data": {"id": pid, "text": view["text"], "edit_history_tweet_ids": [pid]}}, headers)

    def timeline(self, req, m):
        bad = self.check_token(req)
        if bad:
            return bad
        n = int(req.query.get("max_results", 10))
        fields = set((req.query.get("post.fields") or "").split(","))
        with self.lock:
            posts = list(reversed(self.posts))[:n]
        items = []
        for p in posts:
            view = p.get("view") or {"text": p["text"]}
            item = {"id": p["id"], "text": view["text"], "edit_history_tweet_ids": [p["id"]]}
            if "entities" in fields and view.get("entities"):
                item["entities"] = view["entities"]
            items.append(item)
        return {"data": items, "meta": {"result_count": len(items)}} if items else {"meta": {"result_count": 0}}

    # ------------------------------------------------------------------ media upload v2
    def m_init(self, req, m):
        bad = self.check_token(req)
        if bad:
            return bad
        b = req.json()
        mid = str(next(self.ids))
        self.media[mid] = {"total": int(b["total_bytes"]), "got": 0, "type": b["media_type"], "state": "init",
                           "segments": [], "polls": 0}
        return {"data": {"id": mid, "media_key": f"7_{mid}", "expires_after_secs": 86400}}

    def m_append(self, req, m):
        bad = self.check_token(req)
        if bad:
            return bad
        md = self.media.get(m.group(1))
        if md is None:
            return self.problem(400, "invalid-request", "unknown media id")
        f = req.form()
        md["segments"].append(int(f["segment_index"]))
        md["got"] += len(f["media"])
        return {"data": {"expires_at": int(time.time()) + 86400}}

    def m_finalize(self, req, m):
        bad = self.check_token(req)
        if bad:
            return bad
        md = self.media.get(m.group(1))
        if md is None:
            return self.problem(400, "invalid-request", "unknown media id")
        if md["got"] != md["total"] or md["segments"] != list(range(len(md["segments"]))):
            return self.problem(400, "invalid-request", "segments do not add up to total_bytes")
        if md["type"].startswith("video/"):
            md["state"] = "pending"
            return {"data": {"id": m.group(1), "media_key": f"7_{m.group(1)}", "size": md["total"],
                             "processing_info": {"state": "pending", "check_after_secs": self.check_after_secs}}}
        md["state"] = "succeeded"
        return {"data": {"id": m.group(1), "media_key": f"3_{m.group(1)}", "size": md["total"]}}

    def m_status(self, req, m):
        bad = self.check_token(req)
        if bad:
            return bad
        md = self.media.get(req.query["media_id"])
        if md is None:
            return self.problem(400, "invalid-request", "unknown media id")
        md["polls"] += 1
        if md["state"] != "succeeded":
            md["state"] = "succeeded" if md["polls"] >= self.processing_polls else "in_progress"
        info = {"state": md["state"]}
        if md["state"] != "succeeded":
            info.update(check_after_secs=self.check_after_secs + md["polls"],
                        progress_percent=min(99, 100 * md["polls"] // self.processing_polls))
        else:
            info["progress_percent"] = 100
        return {"data": {"id": req.query["media_id"], "processing_info": info}}
