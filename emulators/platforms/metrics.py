"""The platforms' metrics endpoints, added to each loopback emulator (issue 20).

``install(emu)`` adds the endpoint of ``emu.name`` (X ``GET /2/tweets``, Pinterest pin analytics, YouTube
Analytics ``/v2/reports``, Instagram/Facebook/Threads ``/{id}/insights``, TikTok ``/v2/video/query/``) behind
the emulator's contract check (the request must pass it first), and a rate window with the platform's
documented read limit answered the platform's way when exceeded (X 429 + ``x-rate-limit-reset``, Pinterest 429,
Google 403 ``rateLimitExceeded``, Meta code 4 with ``X-App-Usage``, TikTok 429 ``rate_limit_exceeded``).

Numbers are realistic rather than fixed: each post's counters grow with its age from a seed of its id; Instagram
answers an empty data set for 48 h after publishing, YouTube has no row for a video younger than two days,
a TikTok post has no video id until ``moderated`` says so. Tests override a post with ``book.set(id, …)``,
hide metrics with ``book.unknown(id, names)`` and add many posts with ``seed(emu, n)``.
"""

from __future__ import annotations

import hashlib
import threading
import time
from dataclasses import dataclass, field
from typing import Any

from emulators.platforms import Response

# documented read limits (requests, window seconds): the adapters' metrics_limit cite the same pages
LIMITS = {"x": (5000, 900), "pinterest": (100, 1), "youtube": (720, 60), "instagram": (200, 3600),
          "facebook": (200, 3600), "threads": (48000, 86400), "tiktok": (600, 60)}


@dataclass
class Entry:
    published: float
    values: dict[str, float] = field(default_factory=dict)  # fixed values (tests)
    hidden: set[str] = field(default_factory=set)  # metrics the platform does not return for this post
    video_id: str | None = None  # TikTok: set once moderation is done


class Book:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.entries: dict[str, Entry] = {}

    def add(self, pid: str, published: float | None = None, **values: float) -> Entry:
        with self.lock:
            e = self.entries.setdefault(str(pid), Entry(published if published is not None else time.time()))
            e.values.update(values)
            return e

    def set(self, pid: str, **values: float) -> None:
        self.add(pid).values.update(values)

    def unknown(self, pid: str, names) -> None:
        self.add(pid).hidden.update(names)

    def get(self, pid: str) -> Entry | None:
        with self.lock:
            return self.entries.get(str(pid))


def grown(pid: str, name: str, age_s: float) -> int:
    """A counter that grows with age: seeded by id and metric name (same answer for the same age)."""
    seed = int(hashlib.sha256(f"{pid}:{name}".encode()).hexdigest()[:8], 16)
    scale = {"views": 400, "impressions": 900, "likes": 30, "comments": 4, "shares": 3, "saves": 6,
             "clicks": 12, "reposts": 2, "quotes": 1, "minutes": 300, "pin_clicks": 20}.get(name, 10)
    hours = max(0.0, age_s / 3600.0)
    return int((seed % 1000) / 1000.0 * scale * min(hours, 24 * 30) ** 0.5 + (seed % 7 == 0))


def value(emu, pid: str, name: str) -> int | float | None:
    e = emu.metrics_book.get(pid)
    if e is None:
        return None
    if name in e.hidden:
        return None
    if name in e.values:
        return e.values[name]
    return grown(pid, name, time.time() - e.published)


class Window:
    def __init__(self, limit: int, window_s: float) -> None:
        self.limit, self.window_s = limit, window_s
        self.start = time.time()
        self.used = 0
        self.lock = threading.Lock()
        self.refused = 0
        self.peak = 0  # the most requests answered in one window (the bench shows it against the limit)

    def hit(self) -> tuple[bool, int, float]:
        with self.lock:
            now = time.time()
            if now - self.start >= self.window_s:
                self.start, self.used = now, 0
            self.used += 1
            self.peak = max(self.peak, min(self.used, self.limit))
            ok = self.used <= self.limit
            if not ok:
                self.refused += 1
            return ok, max(0, self.limit - self.used), self.start + self.window_s


def seed(emu, n: int, *, age_s: float = 7 * 86400, prefix: str = "") -> list[str]:
    """Add ``n`` published posts the platform knows (ids in its own shape); returns their ids."""
    ids = []
    now = time.time()
    for i in range(n):
        if emu.name == "x":
            pid = str(1_800_000_000_000_000_000 + i)
        elif emu.name == "youtube":
            pid = f"v{prefix}{i:09d}"
        else:
            pid = f"{prefix}{9_000_000 + i}"
        e = emu.metrics_book.add(pid, published=now - age_s)
        if emu.name == "tiktok":
            e.video_id = pid
        ids.append(pid)
    return ids


def published_posts(emu) -> None:
    """Posts published through the emulator become known to the metrics book (the platform has them)."""
    with emu.lock:
        posts = list(emu.posts)
    ahead = float(getattr(emu, "metrics_age_s", 0.0) or 0.0)  # the demo's emulated clock runs ahead
    for p in posts:
        if emu.metrics_book.get(p["id"]) is None:
            emu.metrics_book.add(p["id"], published=(p.get("at") or time.time()) - ahead)


def install(emu, limit: tuple[int, float] | None = None) -> None:
    emu.metrics_book = Book()
    emu.metrics_window = Window(*(limit or LIMITS[emu.name]))
    emu.metrics_calls = 0
    {"x": _x, "pinterest": _pinterest, "youtube": _youtube, "instagram": _meta, "facebook": _meta,
     "threads": _meta, "tiktok": _tiktok}[emu.name](emu)


def _count(emu) -> tuple[bool, int, float]:
    with emu.lock:
        emu.metrics_calls += 1
    return emu.metrics_window.hit()


# --------------------------------------------------------------------------- X
def _x(emu) -> None:
    def lookup(req, m):
        bad = emu.check_token(req)
        if bad:
            return bad
        ok, left, reset = _count(emu)
        headers = {"x-rate-limit-limit": str(emu.metrics_window.limit), "x-rate-limit-remaining": str(left),
                   "x-rate-limit-reset": str(int(reset) + 1)}
        if not ok:
            return emu.problem(429, "rate-limit-exceeded", "Too Many Requests", headers)
        published_posts(emu)
        fields = set((req.query.get("post.fields") or "").split(","))
        data, errors = [], []
        for pid in req.query["ids"].split(","):
            if emu.metrics_book.get(pid) is None:
                errors.append({"value": pid, "detail": f"Could not find post with ids: [{pid}].",
                               "title": "Not Found Error", "resource_type": "post", "parameter": "ids",
                               "resource_id": pid, "type": "https://api.x.com/2/problems/resource-not-found"})
                continue
            item: dict[str, Any] = {"id": pid, "text": "…", "edit_history_tweet_ids": [pid]}
            if "public_metrics" in fields:
                item["public_metrics"] = {
                    k: value(emu, pid, n) or 0 for k, n in (
                        ("retweet_count", "reposts"), ("repost_count", "reposts"), ("reply_count", "comments"),
                        ("like_count", "likes"), ("quote_count", "quotes"), ("bookmark_count", "saves"),
                        ("impression_count", "views"))}
                item["public_metrics"].pop("retweet_count")
            data.append(item)
        body: dict[str, Any] = {}
        if data:
            body["data"] = data
        if errors:
            body["errors"] = errors
        return Response(200, body, headers)

    emu.add("GET", r"/2/tweets", lookup)


# --------------------------------------------------------------------------- Pinterest
def _pinterest(emu) -> None:
    from datetime import date, timedelta

    def analytics(req, m):
        bad = emu.check_token(req)
        if bad:
            return bad
        ok, left, reset = _count(emu)
        if not ok:
            return Response(429, {"code": 8, "message": "Rate limit exceeded. Please try again later."},
                            {"Retry-After": str(max(1, int(reset - time.time() + 1)))})
        published_posts(emu)
        pid = m.group(1)
        e = emu.metrics_book.get(pid)
        if e is None:
            return Response(404, {"code": 50, "message": "Pin not found."})
        start, end = date.fromisoformat(req.query["start_date"]), date.fromisoformat(req.query["end_date"])
        names = req.query["metric_types"].split(",")
        cols = {"IMPRESSION": "impressions", "OUTBOUND_CLICK": "clicks", "PIN_CLICK": "pin_clicks", "SAVE": "saves"}
        days, summary = [], {n: 0 for n in names}
        pub = date.fromtimestamp(e.published)
        d = start
        while d <= end:
            ready = d >= pub and d < date.today()
            day_metrics = {}
            if ready:
                for n in names:
                    v = value(emu, pid, cols.get(n, n.lower()))
                    share = (v or 0) // max(1, (end - max(start, pub)).days + 1)
                    day_metrics[n] = share
                    summary[n] += share
            days.append({"date": d.isoformat(), "data_status": "READY" if ready else
                         ("BEFORE_PIN_DATA" if d < pub else "PROCESSING"), "metrics": day_metrics})
            d += timedelta(days=1)
        return {"all": {"daily_metrics": days, "summary_metrics": summary, "lifetime_metrics": {}}}

    emu.add("GET", r"/v5/pins/(\w+)/analytics", analytics)


# --------------------------------------------------------------------------- YouTube Analytics
def _youtube(emu) -> None:
    from emulators.platforms.google import yt_error

    def reports(req, m):
        bad = emu.check_token(req)
        if bad:
            return bad
        ok, left, reset = _count(emu)
        if not ok:
            return yt_error(429, "rateLimitExceeded", "Quota exceeded for quota metric 'Queries' per minute")
        with emu.lock:
            for v in emu.videos:
                if emu.metrics_book.get(v["id"]) is None:
                    emu.metrics_book.add(v["id"], published=v.get("at") or time.time())
        metrics = req.query["metrics"].split(",")
        dims = (req.query.get("dimensions") or "").split(",")
        flt = req.query.get("filters") or ""
        ids = flt.split("==", 1)[1].split(",") if flt.startswith("video==") else []
        rows = []
        for vid in ids:
            e = emu.metrics_book.get(vid)
            if e is None or time.time() - e.published < 2 * 86400 and not e.values:
                continue  # no data yet: Analytics lags by two to three days
            row: list[Any] = [vid] if "video" in dims else []
            for name in metrics:
                col = {"estimatedMinutesWatched": "minutes", "averageViewDuration": "avg"}.get(name, name)
                v = value(emu, vid, col)
                if col == "avg":
                    mins, views = value(emu, vid, "minutes") or 0, value(emu, vid, "views") or 0
                    v = e.values.get("avg", round(60 * mins / views) if views else 0)
                row.append(v or 0)
            rows.append(row)
        headers = ([{"name": "video", "columnType": "DIMENSION", "dataType": "STRING"}] if "video" in dims else []) + \
            [{"name": n, "columnType": "METRIC", "dataType": "INTEGER"} for n in metrics]
        return {"kind": "youtubeAnalytics#resultTable", "columnHeaders": headers, "rows": rows}

    emu.add("GET", r"/v2/reports", reports)


# --------------------------------------------------------------------------- Meta (Instagram, Facebook, Threads)
def _meta(emu) -> None:
    import json

    from emulators.platforms.meta import graph_error

    cols = {"views": "views", "reach": "impressions", "likes": "likes", "comments": "comments", "shares": "shares",
            "saved": "saves", "replies": "comments", "reposts": "reposts", "quotes": "quotes",
            "post_media_view": "views", "post_clicks": "clicks", "post_reactions_by_type_total": "likes"}
    path = r"/v1\.0/(\w+)/insights" if emu.name == "threads" else r"/v\d+\.\d+/(\w+)/insights"

    def insights(req, m):
        bad = emu.check_token(req)
        if bad:
            return bad
        ok, left, reset = _count(emu)
        pct = int(100 * emu.metrics_window.used / max(1, emu.metrics_window.limit))
        usage = {"X-App-Usage": json.dumps({"call_count": min(100, pct), "total_cputime": 1, "total_time": 1})}
        if not ok:
            r = graph_error(4, msg="(#4) Application request limit reached", status=400)
            r.headers.update(usage)
            return r
        published_posts(emu)
        pid = m.group(1)
        e = emu.metrics_book.get(pid)
        if e is None:
            return graph_error(100, 33, f"Unsupported get request. Object with ID '{pid}' does not exist")
        if emu.name == "instagram" and time.time() - e.published < 48 * 3600 and not e.values:
            return Response(200, {"data": []}, usage)  # "empty data set instead of 0"; lags up to 48 h
        data = []
        for name in req.query["metric"].split(","):
            v = value(emu, pid, cols.get(name, name))
            if v is None:
                continue
            if name == "post_reactions_by_type_total":
                val: Any = {"like": v, "love": v // 3}
            else:
                val = v
            data.append({"name": name, "period": "lifetime", "values": [{"value": val}], "id": f"{pid}/insights/{name}/lifetime"})
        return Response(200, {"data": data}, usage)

    emu.add("GET", path, insights)


# --------------------------------------------------------------------------- TikTok
def _tiktok(emu) -> None:
    def query(req, m):
        bad = emu.check_token(req)
        if bad:
            return bad
        ok, left, reset = _count(emu)
        if not ok:
            return Response(429, {"data": {}, "error": {"code": "rate_limit_exceeded",
                                                        "message": "Too many requests", "log_id": "x"}})
        with emu.lock:
            posts = [p for p in emu.posts if p.get("publish_id")]
        for p in posts:  # what the status endpoint reports as publicaly_available_post_id once published
            if emu.metrics_book.get(p["publish_id"]) is None:
                e = emu.metrics_book.add(p["publish_id"], published=p.get("at"))
                e.video_id = str(int(p["publish_id"].split("_")[-1]) * 7)
        fields = req.query["fields"].split(",")
        videos = []
        for vid in req.json()["filters"]["video_ids"]:
            owner = next((e for e in emu.metrics_book.entries.values() if e.video_id == vid), None)
            if owner is None:
                continue
            key = next(k for k, e in emu.metrics_book.entries.items() if e is owner)
            item: dict[str, Any] = {}
            for f in fields:
                if f == "id":
                    item["id"] = vid
                elif f.endswith("_count"):
                    v = value(emu, key, f[:-6] + "s" if f != "view_count" else "views")
                    if v is not None:
                        item[f] = v
            videos.append(item)
        return {"data": {"videos": videos, "cursor": 0, "has_more": False},
                "error": {"code": "ok", "message": "", "log_id": "x"}}

    emu.add("POST", r"/v2/video/query/", query)


def moderated(emu, publish_id: str, video_id: str) -> None:
    """TikTok finished moderating ``publish_id``: the video id exists from now on."""
    emu.metrics_book.add(publish_id).video_id = video_id
