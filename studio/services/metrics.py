"""Post metrics (issue 20 item 1): sync every published post's metrics from its platform into ``post_metrics``,
and read the latest numbers per post.

The sync is a job (``run(progress, cancel)``, ``sync_job``) and resumable:

- a run is a ``metric_sync_runs`` row; ``sync`` continues the latest unfinished run with the same filters
  (cancelled, crashed or stopped by a long rate-limit wait) instead of starting again, and the unique
  (run_id, post_id) key keeps a post from being written twice in one run;
- each batch (one platform call: X 100 posts, TikTok 20, YouTube 50, the others 1) is committed with the run's
  cursor in one transaction, so a crash loses at most the batch in flight;
- it paces itself per account by the platform's documented read limit (``adapter.metrics_limit``: requests per
  window, overridable with the account setting ``metrics_limit = {"limit": N, "window_s": S}``) and waits out a
  429 for the time the platform names (``retry_after``, cancel-aware); a wait longer than ``max_wait_s`` stops that
  account for this run (state ``incomplete``: run the sync again later and it resumes);
- a platform error on one post is recorded for that post with its reason (``failures``) and the others go on;
  a post whose numbers are not there yet (Instagram's 48 h lag, YouTube Analytics' two to three days, a TikTok
  video still in moderation) is ``pending`` with the platform's reason, never a row of zeros.

``latest`` gives the newest row per post with its product, market and channel; a metric the platform did not
report is None (shown as "unknown"), never 0.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import and_, func, insert, or_, select

from studio import clock
from studio.domain import StudioError
from studio.jobs import Cancelled, CancelToken, ProgressFn, no_progress
from studio.ports import AuthExpired, ChannelError, MetricsResult, MetricsTarget, TransientError
from studio.services import accounts as accounts_svc
from studio.storage import models as m
from studio.storage import models_metrics as mm
from studio.storage.db import Database

log = logging.getLogger("studio.metrics")

UNFINISHED = ("running", "cancelled", "failed", "incomplete")
MAX_WAIT_S = 900.0  # the longest rate-limit wait a sync sits through before leaving the account for later
MAX_RETRIES = 5  # transient errors of one batch in a row
ACCOUNT_WORKERS = 4  # accounts synced side by side (each keeps to its own platform's limit)
REQUEST_WORKERS = 4  # requests in flight per account on platforms that answer one post per request
GROUP_POSTS = 50  # posts per transaction on those platforms (a crash loses at most one group's fetches)
summary_lock = threading.RLock()


@dataclass
class SyncSummary:
    run_id: int
    state: str
    total: int = 0
    fetched: int = 0
    failed: int = 0
    pending: int = 0
    resumed: bool = False
    requests: int = 0
    waited_s: float = 0.0
    failures: list[dict[str, Any]] = field(default_factory=list)
    pending_posts: list[dict[str, Any]] = field(default_factory=list)
    stopped: list[str] = field(default_factory=list)  # accounts left for later, with the reason
    stopped_reason: str = ""
    seconds: float = 0.0
    skipped_accounts: list[str] = field(default_factory=list)  # left out, with the reason
    # per account: {"platform", "posts", "requests", "seconds", "waited_s"} (the bench reads it)
    per_account: dict[str, dict[str, Any]] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in self.__dataclass_fields__}


@dataclass(frozen=True)
class PostMetricsDTO:
    post_id: int
    account: str
    platform: str
    product_id: int | None
    product: str | None
    market: str | None
    published_at: datetime | None
    fetched_at: datetime | None
    metrics: dict[str, float | int | None]
    engagement: float | int | None
    note: str | None
    url: str | None

    def as_dict(self) -> dict[str, Any]:
        d = dict(self.__dict__)
        for k in ("published_at", "fetched_at"):
            d[k] = d[k].isoformat() if d[k] else None
        return d


def engagement(metrics: dict[str, Any]) -> float | int | None:
    """Likes + comments + shares + reposts + quotes + saves over the metrics the platform reported (None: none)."""
    vals = [metrics.get(c) for c in mm.ENGAGEMENT_COLUMNS]
    known = [v for v in vals if v is not None]
    return sum(known) if known else None


# --------------------------------------------------------------------------- pacing


class Pacer:
    """At most ``limit`` requests in any ``window_s`` (a sliding window), waits that wake up on cancel."""

    def __init__(self, limit: int, window_s: float, clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[CancelToken, float], None] | None = None) -> None:
        self.limit, self.window_s = max(1, int(limit)), float(window_s)
        self.clock = clock
        self.sleep = sleep or _wait
        self.sent: deque[float] = deque()
        self.waited = 0.0
        self.lock = threading.Lock()

    def acquire(self, cancel: CancelToken) -> None:
        while True:
            with self.lock:
                now = self.clock()
                while self.sent and now - self.sent[0] >= self.window_s:
                    self.sent.popleft()
                if len(self.sent) < self.limit:
                    self.sent.append(now)
                    return
                pause = self.window_s - (now - self.sent[0])
                self.waited += pause
            self.sleep(cancel, pause)


def _wait(cancel: CancelToken, seconds: float) -> None:
    ev: threading.Event | None = getattr(cancel, "_event", None)
    if ev is not None:
        ev.wait(max(0.0, seconds))
    else:
        time.sleep(max(0.0, seconds))
    cancel.raise_if_cancelled()


def limit_for(adapter: Any, settings: dict[str, Any]) -> tuple[int, float]:
    o = (settings or {}).get("metrics_limit") or {}
    base = getattr(adapter, "metrics_limit", None) or (60, 60, "")
    return int(o.get("limit", base[0])), float(o.get("window_s", base[1]))


# --------------------------------------------------------------------------- runs


def _since(value: str | date | datetime | None) -> datetime | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day, tzinfo=UTC)
    try:
        d = datetime.fromisoformat(str(value).strip())
    except ValueError:
        raise StudioError(f"--since {value!r} is not a date: use YYYY-MM-DD (e.g. 2026-11-01)") from None
    return d if d.tzinfo else d.replace(tzinfo=UTC)


def _aware(d: datetime | None) -> datetime | None:
    return d.replace(tzinfo=UTC) if d is not None and d.tzinfo is None else d


def _iso(d: datetime | None) -> str | None:
    a = _aware(d)
    return a.isoformat() if a is not None else None


def _posts_query(account_id: int | None, since: datetime | None, skip: list[int] | None = None):
    P, A = m.Post, m.Account
    q = (select(P.id, P.account_id, P.platform_post_id, P.published_at, P.receipt, A.platform)
         .join(A, A.id == P.account_id)
         .where(P.state == "published", P.platform_post_id.is_not(None), P.platform_post_id != "")
         .order_by(P.account_id, P.id))
    if account_id is not None:
        q = q.where(P.account_id == account_id)
    if skip:
        q = q.where(P.account_id.not_in(skip))
    if since is not None:
        q = q.where(or_(P.published_at >= since, and_(P.published_at.is_(None), P.created_at >= since)))
    return q


def _has_metrics(platform: str) -> bool:
    from studio import registry

    try:
        return int(getattr(registry.channel(platform), "metrics_batch", 0) or 0) > 0
    except StudioError:
        return False


def _open_run(db: Database, account_id: int | None, since: datetime | None, resume: bool) -> tuple[int, bool]:
    R = mm.MetricSyncRun
    with db.session() as s:
        if resume:
            q = select(R).where(R.state.in_(UNFINISHED))
            q = q.where(R.account_id == account_id) if account_id is not None else q.where(R.account_id.is_(None))
            q = q.where(R.since == since) if since is not None else q.where(R.since.is_(None))
            row = s.scalar(q.order_by(R.id.desc()).limit(1))
            if row is not None:
                row.state = "running"
                row.finished_at = None
                return row.id, True
        row = R(account_id=account_id, since=since, state="running", cursor={"done": []}, failures=[])
        s.add(row)
        s.flush()
        return row.id, False


def _handled(db: Database, run_id: int) -> set[int]:
    with db.session() as s:
        run = s.get(mm.MetricSyncRun, run_id)
        done = set((run.cursor or {}).get("done") or []) if run is not None else set()
        done |= set(s.scalars(select(mm.PostMetric.post_id).where(mm.PostMetric.run_id == run_id)))
    return done


# --------------------------------------------------------------------------- the sync


def sync(db: Database, *, account: str | int | None = None, since: str | date | datetime | None = None,
         progress: ProgressFn = no_progress, cancel: CancelToken | None = None, resume: bool = True,
         max_wait_s: float = MAX_WAIT_S, transport=None, now: Callable[[], datetime] | None = None,
         sleep: Callable[[CancelToken, float], None] | None = None) -> SyncSummary:
    """Fetch the metrics of every published post (of ``account``; published on/after ``since``)."""
    cancel = cancel or CancelToken()
    clock_now = now or clock.now
    since_dt = _since(since)
    acc = accounts_svc.get_account(db, account) if account is not None else None
    # accounts studio demo emulated on 127.0.0.1 live only while the demo runs (synced by the demo, or when
    # named), and accounts whose platform offers no metrics API (Folder, Webhook) are left out, with the reason
    skip, skipped = [], []
    for a in ([acc] if acc else accounts_svc.list_accounts(db)):
        if not _has_metrics(a.platform):
            if acc:
                raise StudioError(f"account '{a.name}' is a {a.platform} account: {a.platform} offers no metrics "
                                  "API (metrics come from the social platforms' accounts)")
            skip.append(a.id)
            skipped.append(f"{a.name}: {a.platform} offers no metrics API")
        elif not acc and (a.settings or {}).get("emulated"):
            skip.append(a.id)
            skipped.append(f"{a.name}: emulated by studio demo, synced by the demo")
    run_id, resumed = _open_run(db, acc.id if acc else None, since_dt, resume)
    started = time.monotonic()
    summary = SyncSummary(run_id=run_id, state="running", resumed=resumed)
    summary.skipped_accounts = skipped
    with db.session() as s:
        posts = s.execute(_posts_query(acc.id if acc else None, since_dt, skip)).all()
        run = s.get(mm.MetricSyncRun, run_id)
        assert run is not None
        summary.failures = list(run.failures or [])
        summary.fetched = int(run.fetched or 0) if resumed else 0
        summary.failed = int(run.failed or 0) if resumed else 0
        run.total = len(posts)
    summary.total = len(posts)
    done = _handled(db, run_id)
    todo = [p for p in posts if p.id not in done]
    by_account: dict[int, list] = {}
    for p in todo:
        by_account.setdefault(p.account_id, []).append(p)
    handled = len(posts) - len(todo)
    progress(handled / max(1, len(posts)), f"{handled} of {len(posts)} posts already synced in this run"
             if resumed else f"{len(posts)} published posts")
    state = "done"
    try:
        counter = {"handled": handled}

        def one(account_id: int, items: list) -> None:
            cancel.raise_if_cancelled()
            t0 = time.monotonic()
            stats: dict[str, Any] = {"requests": 0, "waited_s": 0.0, "posts": 0}
            try:
                _sync_account(db, run_id, account_id, items, summary, progress, cancel, counter, len(posts),
                              max_wait_s, transport, clock_now, sleep, stats)
            finally:
                acc_row = accounts_svc.get_account(db, account_id)
                with summary_lock:
                    summary.per_account[acc_row.name] = {
                        "platform": acc_row.platform, "posts": stats["posts"], "requests": stats["requests"],
                        "seconds": round(time.monotonic() - t0, 3), "waited_s": round(stats["waited_s"], 3)}

        with ThreadPoolExecutor(max_workers=max(1, min(ACCOUNT_WORKERS, len(by_account))),
                                thread_name_prefix="metrics") as pool:
            futures = [pool.submit(one, aid, items) for aid, items in by_account.items()]
            errors = []
            for f in futures:
                try:
                    f.result()
                except BaseException as exc:  # noqa: BLE001 - re-raised below, after every account stopped
                    errors.append(exc)
            cancelled = [e for e in errors if isinstance(e, Cancelled)]
            others = [e for e in errors if not isinstance(e, Cancelled)]
            if others:
                raise others[0]
            if cancelled:
                raise cancelled[0]
        if summary.stopped:
            state = "incomplete"
    except Cancelled:
        state = "cancelled"
    except Exception:
        state = "failed"
        _finish(db, run_id, "failed", summary)
        raise
    _finish(db, run_id, state, summary)
    summary.state = state
    summary.seconds = time.monotonic() - started
    progress(1.0, f"{summary.fetched} posts with metrics, {summary.pending} pending, {summary.failed} failed"
             + (f" — {state}" if state != "done" else ""))
    return summary


def _finish(db: Database, run_id: int, state: str, summary: SyncSummary) -> None:
    with db.session() as s:
        run = s.get(mm.MetricSyncRun, run_id)
        if run is not None:
            run.state = state
            run.finished_at = clock.now()
            run.fetched, run.failed = summary.fetched, summary.failed
            run.failures = summary.failures[-5000:]
            cur = dict(run.cursor or {})
            cur["stopped"] = summary.stopped
            run.cursor = cur


def _sync_account(db, run_id, account_id, items, summary, progress, cancel, counter, total, max_wait_s, transport,
                  clock_now, sleep, stats) -> None:
    acc = accounts_svc.get_account(db, account_id)
    try:
        adapter = accounts_svc.adapter_for(db, account_id, transport=transport)
    except ChannelError as exc:
        reason = f"account '{acc.name}': {exc.describe()}"
        _record(db, run_id, [], [(p.id, reason) for p in items], [], summary, clock_now())
        _advance(counter, stats, len(items), progress, total, acc.name)
        return
    try:
        batch = int(getattr(adapter, "metrics_batch", 0) or 0)
        if batch <= 0:
            reason = f"{acc.platform} offers no metrics API (account '{acc.name}')"
            _record(db, run_id, [], [(p.id, reason) for p in items], [], summary, clock_now())
            _advance(counter, stats, len(items), progress, total, acc.name)
            return
        limit, window = limit_for(adapter, acc.settings)
        pacer = Pacer(limit, window, sleep=sleep)
        known = _known_media_ids(db, [p.id for p in items])
        # per-post platforms ask a few posts at once (still within the pacer's window); one transaction per group
        workers = REQUEST_WORKERS
        group = GROUP_POSTS if batch == 1 else batch * workers
        chunks = [items[i:i + batch] for i in range(0, len(items), batch)]
        per_group = max(1, group // batch)
        with ThreadPoolExecutor(max_workers=workers, thread_name_prefix=f"metrics-{acc.platform}") as pool:
            for g in range(0, len(chunks), per_group):
                cancel.raise_if_cancelled()
                wave = chunks[g:g + per_group]
                futures = [pool.submit(_fetch, adapter, _targets(chunk, known), pacer, cancel, summary, max_wait_s,
                                       acc.name, stats) for chunk in wave]
                outcomes = [f.result() for f in futures]
                rows, failures, pending, stop, done = [], [], [], None, 0
                for chunk, results in zip(wave, outcomes, strict=True):
                    if results is None:  # rate limited for longer than we wait: leave it for a later run
                        stop = stop or summary.stopped_reason
                        continue
                    done += len(chunk)
                    if isinstance(results, str):  # the call failed as a whole (auth, a refused batch)
                        failures += [(p.id, results) for p in chunk]
                        continue
                    got = {r.key: r for r in results}
                    for p in chunk:
                        r = got.get(str(p.id)) or MetricsResult(str(p.id),
                                                                error=f"{acc.platform} did not answer for it")
                        if r.error:
                            failures.append((p.id, r.error))
                        elif not r.metrics and (r.retry or r.note):
                            pending.append((p.id, r.note or "not available yet"))
                        else:
                            rows.append((p.id, acc.platform, r))
                _record(db, run_id, rows, failures, pending, summary, clock_now())
                _advance(counter, stats, done, progress, total, acc.name)
                if stop:
                    with summary_lock:
                        summary.stopped.append(f"{acc.name}: {stop}")
                    return
    finally:
        adapter.close()


def _targets(chunk, known: dict[int, str] | None = None) -> list[MetricsTarget]:
    """The posts as the adapters see them; a platform id an earlier fetch learnt (TikTok's video id for a post
    that holds the publish id) rides along as ``receipt["video_id"]``, so it is not asked for again."""
    known = known or {}
    out = []
    for p in chunk:
        receipt = dict(p.receipt or {})
        if p.id in known and known[p.id] != str(p.platform_post_id):
            receipt["video_id"] = known[p.id]
        out.append(MetricsTarget(key=str(p.id), platform_post_id=str(p.platform_post_id),
                                 published_at=_aware(p.published_at), receipt=receipt))
    return out


def _known_media_ids(db: Database, post_ids: list[int]) -> dict[int, str]:
    """post id → the platform id its newest row was fetched under (where it differs from the post's own)."""
    PM = mm.PostMetric
    out: dict[int, str] = {}
    with db.session() as s:
        for i in range(0, len(post_ids), 500):
            part = post_ids[i:i + 500]
            newest = (select(PM.post_id, func.max(PM.id).label("mid")).where(PM.post_id.in_(part),
                                                                              PM.media_id.is_not(None))
                      .group_by(PM.post_id).subquery())
            for pid, media in s.execute(select(PM.post_id, PM.media_id).join(newest, newest.c.mid == PM.id)):
                if media:
                    out[pid] = media
    return out


def _advance(counter, stats, n: int, progress: ProgressFn, total: int, name: str) -> None:
    with summary_lock:
        counter["handled"] += n
        stats["posts"] += n
        handled = counter["handled"]
    progress(handled / max(1, total), f"{name}: {handled} of {total} posts")


def _fetch(adapter, targets, pacer: Pacer, cancel, summary: SyncSummary, max_wait_s: float, name: str, stats):
    tries = 0
    while True:
        before = pacer.waited
        pacer.acquire(cancel)
        with summary_lock:
            summary.requests += 1
            stats["requests"] += 1
            paced = max(0.0, pacer.waited - before)
            summary.waited_s += paced
            stats["waited_s"] += paced
        try:
            return adapter.fetch_metrics(targets, cancel)
        except AuthExpired as exc:
            return f"account '{name}' needs to be reconnected: {exc.describe()}"
        except TransientError as exc:
            tries += 1
            wait = exc.retry_after if exc.retry_after is not None else min(60.0, 2.0 ** tries)
            if wait > max_wait_s or tries > MAX_RETRIES:
                with summary_lock:
                    summary.stopped_reason = (
                        f"{exc.describe()} — waiting {wait:.0f} s is longer than this sync waits; run it again "
                        "later and it resumes")
                return None
            log.info("metrics: %s — waiting %.1f s", exc.describe(), wait)
            with summary_lock:
                summary.waited_s += wait
                stats["waited_s"] += wait
            pacer.sleep(cancel, wait)
        except ChannelError as exc:
            return exc.describe()


def _record(db: Database, run_id: int, rows, failures, pending, summary: SyncSummary, at: datetime) -> None:
    """One batch in one transaction: its rows, the posts it handled, its failures (the resume cursor)."""
    # the cursor lists only the posts handled WITHOUT a row (failed, pending): a row of this run marks the others
    ids = [pid for pid, _ in failures] + [pid for pid, _ in pending]
    with db.session() as s:
        have = set(s.scalars(select(mm.PostMetric.post_id).where(
            mm.PostMetric.run_id == run_id, mm.PostMetric.post_id.in_([pid for pid, _p, _r in rows])))) if rows else set()
        values = [{"post_id": pid, "run_id": run_id, "platform": platform, "media_id": r.media_id, "fetched_at": at,
                   "raw": _jsonable(r.raw), "note": r.note, **{c: r.metrics.get(c) for c in mm.METRIC_COLUMNS}}
                  for pid, platform, r in rows if pid not in have]
        if values:
            s.execute(insert(mm.PostMetric), values)
        run = s.get(mm.MetricSyncRun, run_id)
        assert run is not None
        cur = dict(run.cursor or {})
        if ids:
            cur["done"] = sorted(set(cur.get("done") or []) | set(ids))
        if pending:
            cur["pending"] = {**(cur.get("pending") or {}), **{str(pid): why for pid, why in pending}}
        run.cursor = cur
        new_failures = [{"post_id": pid, "reason": why} for pid, why in failures]
        run.failures = [*(run.failures or []), *new_failures][-5000:]
        with summary_lock:
            summary.fetched += len(rows)
            summary.failed += len(failures)
            summary.pending += len(pending)
            summary.failures.extend(new_failures)
            summary.pending_posts.extend({"post_id": pid, "reason": why} for pid, why in pending)
            run.fetched, run.failed = summary.fetched, summary.failed


def _jsonable(d: Any) -> Any:
    if isinstance(d, dict):
        return {str(k): _jsonable(v) for k, v in d.items()}
    if isinstance(d, list | tuple):
        return [_jsonable(v) for v in d]
    if isinstance(d, int | float | str | bool) or d is None:
        return d
    return str(d)


def sync_job(db: Database, *, account: str | int | None = None, since: str | date | datetime | None = None,
             transport=None):
    """The sync as a job for ``ui.tasks`` / ``ui.ops``: ``run(progress, cancel) -> SyncSummary``."""

    def run(progress: ProgressFn, cancel: CancelToken) -> SyncSummary:
        return sync(db, account=account, since=since, progress=progress, cancel=cancel, transport=transport)

    return run


# --------------------------------------------------------------------------- reading


def latest(db: Database, *, product: str | None = None, market: str | None = None, channel: str | None = None,
           limit: int | None = None) -> list[PostMetricsDTO]:
    """The newest metrics row of every published post (posts never synced are listed with no numbers)."""
    from studio.services import catalog

    P, A, PM, PR = m.Post, m.Account, mm.PostMetric, m.Product
    newest = (select(PM.post_id, func.max(PM.id).label("mid")).group_by(PM.post_id).subquery())
    q = (select(P.id, A.name, A.platform, P.product_id, PR.handle, P.market, P.published_at, P.platform_url,
                PM)
         .join(A, A.id == P.account_id)
         .outerjoin(PR, PR.id == P.product_id)
         .outerjoin(newest, newest.c.post_id == P.id)
         .outerjoin(PM, PM.id == newest.c.mid)
         .where(P.state == "published")
         .order_by(P.published_at.desc().nullslast(), P.id.desc()))
    if product:
        pid = catalog.find_product_id(db, product)
        if pid is None:
            raise StudioError(f"no product with handle or SKU '{product}'", hint="see studio products")
        q = q.where(P.product_id == pid)
    if market:
        q = q.where(P.market == market)
    if channel:
        ch = channel.strip().lower()
        q = q.where(or_(A.platform == ch, A.name == channel))
    if limit:
        q = q.limit(limit)
    out = []
    with db.session() as s:
        for pid_, name, platform, product_id, handle, mkt, published, url, row in s.execute(q).all():
            metrics = {c: (getattr(row, c) if row is not None else None) for c in mm.METRIC_COLUMNS}
            out.append(PostMetricsDTO(
                post_id=pid_, account=name, platform=platform, product_id=product_id, product=handle, market=mkt,
                published_at=_aware(published), fetched_at=_aware(row.fetched_at) if row is not None else None,
                metrics=metrics, engagement=engagement(metrics), note=row.note if row is not None else None,
                url=url))
    return out


def series(db: Database, post_id: int) -> list[dict[str, Any]]:
    """Every fetch of one post, oldest first (the time series)."""
    with db.session() as s:
        rows = s.scalars(select(mm.PostMetric).where(mm.PostMetric.post_id == post_id)
                         .order_by(mm.PostMetric.fetched_at, mm.PostMetric.id)).all()
        return [{"fetched_at": _iso(r.fetched_at),
                 **{c: getattr(r, c) for c in mm.METRIC_COLUMNS}, "note": r.note} for r in rows]


def runs(db: Database, limit: int = 10) -> list[dict[str, Any]]:
    R = mm.MetricSyncRun
    with db.session() as s:
        rows = s.scalars(select(R).order_by(R.id.desc()).limit(limit)).all()
        return [{"id": r.id, "state": r.state, "total": r.total, "fetched": r.fetched, "failed": r.failed,
                 "started_at": _iso(r.started_at), "finished_at": _iso(r.finished_at)} for r in rows]
