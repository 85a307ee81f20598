"""The publisher: claims due posts atomically, records intent before every platform call, never posts twice.

One post's life in ``_process`` (each numbered step is its own committed transaction):
1. claim — PostgreSQL ``SELECT … FOR UPDATE SKIP LOCKED`` then UPDATE; SQLite a conditional
   ``UPDATE posts SET state='publishing' … WHERE id=? AND state='scheduled'`` with a rowcount check;
2. pre-flight — missed window (grace), account state, live quota, per-account budgets (over budget →
   deferred with ``next_attempt_at``, not failed);
3. intent — ``PostEvent(kind='intent')`` + ``post.intent_at`` committed BEFORE the platform is called;
4. the platform call (adapters may commit checkpoints, e.g. an uploaded container id);
5. receipt — published with the platform id, or the error mapped by type: transient → retry with
   exponential backoff + jitter (or the platform's reset time), auth → refresh once and retry, else
   needs-attention; rejected → failed with the platform's code and the action that fixes it; quota →
   deferred.
On start-up ``reconcile`` looks at posts left in ``publishing`` by a dead worker: no intent → back to the
queue; intent → ``adapter.lookup`` asks the platform; found → published, otherwise needs-attention (we never
re-post blindly). A post whose last call ended ambiguously (timeout on the final create) is looked up
before it is ever sent again.

A busy database (SQLite while a long catalog import writes; a PostgreSQL lock timeout or deadlock) is not
a publishing failure: every bookkeeping write is a short transaction retried with backoff for up to
``LOCK_PATIENCE_S``. A receipt the platform gave us is never dropped: if it still cannot be written it is
kept and written at the start of the next round, and the post counts as published. A claimed post that hits
a busy database before the platform call goes back to the queue; after the intent it goes back marked
ambiguous, so it is looked up before it is ever sent again — never needs-attention because of a local lock.
"""

from __future__ import annotations

import logging
import os
import random
import socket
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import and_, func, or_, select, text, update

from studio import clock
from studio.jobs import CancelToken, ProgressFn, no_progress
from studio.ports import (
    AuthExpired,
    ChannelError,
    PublishReceipt,
    PublishRequest,
    QuotaReached,
    Rejected,
    TransientError,
)
from studio.services import accounts as accounts_svc
from studio.services.scheduling import budgets, hosting, queue
from studio.services.scheduling.clock import grace_minutes, utc
from studio.storage import models as m
from studio.storage.db import Database, affected, get_row

log = logging.getLogger("studio.publish")  # the publisher (studio.logs names the subsystems)

MAX_ATTEMPTS = 5
BASE_BACKOFF = 60.0  # seconds; BrightBean retries 60 s → 5 min → 30 min (peers.md A3)
MAX_BACKOFF = 3600.0
LEASE_S = 1800.0  # a claim by a worker on another host is considered dead after this long
LOCK_PATIENCE_S = 900.0  # how long bookkeeping writes wait out a busy database (a long import) before giving up
BUSY_RETRY_S = 30.0  # a post handed back because the database stayed busy is tried again after this
_LOCK_WORDS = ("database is locked", "database table is locked", "database is busy", "deadlock detected",
               "could not serialize access", "lock timeout", "could not obtain lock", "lock not available")

# writes that must still happen (a receipt the platform gave us, a claim to hand back) when the database
# stayed busy longer than LOCK_PATIENCE_S: retried at the start of every round, by post id
_pending: dict[int, Any] = {}
_pending_lock = threading.Lock()


def is_lock_error(exc: BaseException) -> bool:
    """A busy / locked database (SQLite's lock, PostgreSQL lock timeouts, deadlocks, serialisation)."""
    from sqlalchemy.exc import DBAPIError

    if not isinstance(exc, DBAPIError):
        return False
    text = str(getattr(exc, "orig", None) or exc).lower()
    return any(w in text for w in _LOCK_WORDS)


def patiently(fn, what: str = "write", patience_s: float | None = None):
    """Run ``fn`` (one short transaction); while the database is busy, retry with backoff up to the patience."""
    deadline = time.monotonic() + (LOCK_PATIENCE_S if patience_s is None else patience_s)
    delay = 0.02
    while True:
        try:
            return fn()
        except Exception as exc:
            if not is_lock_error(exc) or time.monotonic() >= deadline:
                raise
            log.info("%s: the database is busy; retrying in %.2f s", what, delay)
            time.sleep(delay)
            delay = min(1.0, delay * 2)


def _keep_for_later(post_id: int, fn) -> None:
    with _pending_lock:
        _pending[post_id] = fn


def flush_pending(db: Database) -> int:
    """Write what an earlier round could not (the database was busy); returns how many are still waiting."""
    with _pending_lock:
        items = list(_pending.items())
    for post_id, fn in items:
        try:
            patiently(fn, f"post {post_id}: pending write", patience_s=2.0)
        except Exception as exc:  # noqa: BLE001 - still busy (or gone): try again next round
            if is_lock_error(exc):
                continue
            log.warning("post %s: pending write failed: %s", post_id, exc)
        with _pending_lock:
            _pending.pop(post_id, None)
    with _pending_lock:
        return len(_pending)


def new_worker_id() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"


@dataclass
class WorkerOptions:
    concurrency: int = 1
    max_attempts: int = MAX_ATTEMPTS
    base_backoff: float = BASE_BACKOFF
    max_backoff: float = MAX_BACKOFF
    grace_minutes: int | None = None
    transport: Any = None  # httpx transport for tests
    worker_id: str = field(default_factory=new_worker_id)
    max_posts: int | None = None


@dataclass
class RunSummary:
    worker_id: str
    published: int = 0
    failed: int = 0
    deferred: int = 0
    retrying: int = 0
    needs_attention: int = 0
    reconciled: dict[str, int] = field(default_factory=dict)
    messages: list[str] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def add(self, what: str, message: str | None = None) -> None:
        with self._lock:
            setattr(self, what, getattr(self, what) + 1)
            if message:
                self.messages.append(message)

    def as_dict(self) -> dict[str, Any]:
        return {"worker_id": self.worker_id, "published": self.published, "failed": self.failed,
                "deferred": self.deferred, "retrying": self.retrying, "needs_attention": self.needs_attention,
                "reconciled": self.reconciled, "messages": self.messages[-50:]}


# --------------------------------------------------------------------------- claim


def _due(cutoff: datetime):
    return and_(m.Post.state == "scheduled",
                or_(and_(m.Post.next_attempt_at.is_(None), m.Post.scheduled_at <= cutoff),
                    m.Post.next_attempt_at <= cutoff))


def claim_one(db: Database, worker_id: str, cutoff: datetime) -> int | None:
    return patiently(lambda: _claim_one(db, worker_id, cutoff), "claim")


def _claim_one(db: Database, worker_id: str, cutoff: datetime) -> int | None:
    now = clock.now()
    with db.session() as s:
        if not db.is_sqlite:
            # one round trip: lock the oldest due row nobody else holds, claim it, return its id
            pick = (select(m.Post.id).where(_due(cutoff)).order_by(m.Post.scheduled_at, m.Post.id)
                    .limit(1).with_for_update(skip_locked=True).scalar_subquery())
            return s.scalar(update(m.Post).where(m.Post.id == pick)
                            .values(state="publishing", claimed_by=worker_id, claimed_at=now)
                            .returning(m.Post.id))
        candidates = s.scalars(select(m.Post.id).where(_due(cutoff)).order_by(m.Post.scheduled_at, m.Post.id)
                               .limit(8)).all()
        for pid in candidates:
            res = s.execute(text("UPDATE posts SET state='publishing', claimed_by=:w, claimed_at=:now "
                                 "WHERE id=:id AND state='scheduled'"),
                            {"w": worker_id, "now": _sqlite_dt(now), "id": pid})
            if affected(res) == 1:
                return pid
        return None


def _sqlite_dt(dt: datetime) -> str:
    # the format SQLAlchemy's SQLite DateTime type stores (UTC, no offset)
    return dt.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def _set(db: Database, post_id: int, worker_id: str, event: tuple[str, dict] | None = None, **values: Any) -> bool:
    """Update a post we hold (state publishing, claimed by us); False if we lost it (reconciled elsewhere).
    One short transaction, retried while the database is busy."""
    def write() -> bool:
        with db.session() as s:
            res = s.execute(update(m.Post).where(m.Post.id == post_id, m.Post.state == "publishing",
                                                 m.Post.claimed_by == worker_id).values(**values))
            if affected(res) != 1:
                log.warning("post %s: claim lost before %s", post_id, values.get("state"))
                return False
            if event:
                queue.add_event(s, post_id, event[0], **event[1])
            return True
    return patiently(write, f"post {post_id}: {values.get('state') or 'update'}")


def _save_receipt(db: Database, post_id: int, worker_id: str, event: tuple[str, dict], values: dict) -> bool:
    """Record what the platform accepted. If the database stays busy past the patience, the receipt is kept
    and written next round: the post is published (the platform has it), never needs-attention."""
    try:
        return _set(db, post_id, worker_id, event, **values)
    except Exception as exc:
        if not is_lock_error(exc):
            raise
        log.warning("post %s: published; the receipt waits for the database (%s)", post_id, exc)
        _keep_for_later(post_id, lambda: _set(db, post_id, worker_id, event, **values))
        return True


# --------------------------------------------------------------------------- processing


def _request(row: m.Post, checkpoints: dict, db: Database, platform: str = "") -> PublishRequest:
    def checkpoint(data: dict) -> None:
        def write() -> None:
            with db.session() as s:
                queue.add_event(s, row.id, "checkpoint", **data)
        patiently(write, f"post {row.id}: checkpoint")

    media = hosting.with_public_urls(list(row.media or ()), platform)
    return PublishRequest(text=row.text, media=tuple(media), options=dict(row.options or {}),
                          idempotency_key=row.idempotency_key, scheduled_at=utc(row.scheduled_at),
                          first_comment=row.first_comment, state=checkpoints, checkpoint=checkpoint)


def _checkpoints(s, post_id: int) -> dict:
    merged: dict = {}
    for (detail,) in s.execute(select(m.PostEvent.detail).where(m.PostEvent.post_id == post_id,
                                                                 m.PostEvent.kind == "checkpoint")
                               .order_by(m.PostEvent.id)):
        merged.update(detail or {})
    return merged


def _error_detail(exc: ChannelError) -> dict:
    return {"platform": exc.platform, "code": exc.code, "message": exc.message, "action": exc.action,
            "type": exc.__class__.__name__, "retry_after": exc.retry_after,
            "ambiguous": getattr(exc, "ambiguous", False)}


def _receipt_values(receipt: PublishReceipt, now: datetime) -> dict:
    raw = dict(receipt.raw or {})
    raw["state"] = receipt.state
    # published, but part of it did not go out (e.g. Instagram's first comment): the post shows it
    warnings = [w for w in raw.get("warnings") or [] if isinstance(w, dict)]
    note = "; ".join(f"{w.get('message')} → {w.get('action')}" for w in warnings) or None
    return {"state": "published", "platform_post_id": receipt.platform_post_id, "platform_url": receipt.url,
            "receipt": queue.jsonable(raw), "published_at": now, "last_error": note, "claimed_by": None,
            "next_attempt_at": None}


def _backoff(attempts: int, opts: WorkerOptions, retry_after: float | None) -> float:
    if retry_after is not None:
        return max(1.0, retry_after) * random.uniform(1.0, 1.1)
    delay = min(opts.max_backoff, opts.base_backoff * (2 ** max(0, attempts - 1)))
    return delay * random.uniform(0.8, 1.2)  # jitter: workers that failed together do not retry together


def _process(db: Database, post_id: int, opts: WorkerOptions, summary: RunSummary, cancel: CancelToken,
             grace: int) -> None:
    wid = opts.worker_id
    now = clock.now()
    with db.session() as s:
        row = get_row(s, m.Post, post_id)
        acc = get_row(s, m.Account, row.account_id)
        checkpoints = _checkpoints(s, post_id)
        platform, account_id, account_name = acc.platform, acc.id, acc.name
        acc_settings = dict(acc.settings or {})
        acc_dto = accounts_svc.AccountDTO(acc.id, acc.platform, acc.name, acc.base_url, acc_settings, acc.status,
                                          utc(acc.token_expires_at), True)
        post_opts = dict(row.options or {})
        req = _request(row, checkpoints, db, acc.platform)
        scheduled_at = utc(row.scheduled_at)
        first_try = row.attempts == 0 and row.next_attempt_at is None

    def attention(message: str, code: str, action: str, **extra: Any) -> None:
        err = {"code": code, "message": message, "action": action, **extra}
        if _set(db, post_id, wid, ("needs-attention", err), state="needs-attention", last_error=f"{message} → {action}",
                receipt={"error": err}, claimed_by=None):
            summary.add("needs_attention", f"post {post_id}: {message}")

    # -- missed window (the app or worker was not running at post time)
    late = (now - scheduled_at).total_seconds() / 60
    if first_try and not post_opts.get("native_schedule") and not post_opts.get("missed_ok") and late > grace:
        attention(f"missed its time by {int(late)} min (grace {grace} min); not published",
                  "missed-window", "reschedule it, or press Retry to publish now")
        return

    # -- a previous call ended ambiguously: ask the platform before sending anything again
    if post_opts.get("_ambiguous"):
        try:
            adapter = accounts_svc.adapter_for(db, account_id, transport=opts.transport)
            try:
                found = adapter.lookup(req.idempotency_key, req)
            finally:
                adapter.close()
        except NotImplementedError:
            attention("the last send timed out and the platform cannot be asked whether it arrived",
                      "unknown-outcome", "check the account; if the post is missing, confirm it absent and Retry")
            return
        except ChannelError as exc:
            _retry_later(db, post_id, wid, exc, opts, summary, attempts=1)
            return
        if found is not None:
            if _save_receipt(db, post_id, wid, ("reconcile", {"outcome": "found", "id": found.platform_post_id}),
                             _receipt_values(found, clock.now())):
                summary.add("published")
            return
        post_opts.pop("_ambiguous", None)
        _save_options(db, post_id, post_opts)

    if acc_settings.get("paused"):
        _defer(db, post_id, wid, now + timedelta(minutes=15), "account paused", summary)
        return

    # -- token (refreshed before expiry)
    try:
        token = accounts_svc.access_token(db, account_id, transport=opts.transport, account=acc_dto)
        adapter = accounts_svc.make_adapter(acc_dto, token, opts.transport)
    except AuthExpired as exc:
        attention(exc.message, exc.code or "auth", exc.action or f"run: studio accounts connect {account_name}")
        return
    except TransientError as exc:
        _retry_later(db, post_id, wid, exc, opts, summary, attempts=1)
        return
    except Rejected as exc:  # adapter refused its configuration (e.g. a folder account without a folder)
        _fail(db, post_id, wid, exc, summary)
        return

    try:
        try:
            live = adapter.quota()  # None: the platform offers no live quota (the port's default)
        except ChannelError:
            live = None  # fall back to the budgets we count ourselves

        # -- intent (own transaction, committed before the platform call), under the account row lock
        outcome = patiently(lambda: _intent(db, post_id, wid, account_id, platform, acc_settings, now, live,
                                            post_opts.get("format")), f"post {post_id}: intent")
        if outcome == "deferred":
            summary.add("deferred")
            return
        if outcome != "ok":
            return

        # -- the platform call
        try:
            receipt = adapter.publish(req, no_progress, cancel)
        except AuthExpired:
            try:
                token = accounts_svc.access_token(db, account_id, force_refresh=True, transport=opts.transport)
            except AuthExpired as exc2:
                attention(exc2.message, exc2.code or "auth", exc2.action or f"run: studio accounts connect {account_name}")
                return
            adapter.close()
            adapter = accounts_svc.make_adapter(acc_dto, token, opts.transport)

            def again() -> None:
                with db.session() as s:
                    queue.add_event(s, post_id, "intent", worker=wid, platform=platform, after="token refresh")
            patiently(again, f"post {post_id}: intent")
            receipt = adapter.publish(req, no_progress, cancel)
        if _save_receipt(db, post_id, wid, ("receipt", {"id": receipt.platform_post_id, "url": receipt.url,
                                                        "state": receipt.state}),
                         _receipt_values(receipt, clock.now())):
            summary.add("published")
    except QuotaReached as exc:
        until = clock.now() + timedelta(seconds=exc.retry_after or 3600)
        _defer(db, post_id, wid, until, exc.describe(), summary, error=_error_detail(exc))
    except TransientError as exc:
        if exc.ambiguous:
            try:
                found = adapter.lookup(req.idempotency_key, req)
            except NotImplementedError:
                attention(f"{exc.message}; the platform cannot be asked whether the post arrived",
                          "unknown-outcome", "check the account; if the post is missing, confirm it absent and Retry")
                return
            except ChannelError:
                found = None
                post_opts["_ambiguous"] = True
            if found is not None:
                if _save_receipt(db, post_id, wid, ("reconcile", {"outcome": "found", "id": found.platform_post_id}),
                                 _receipt_values(found, clock.now())):
                    summary.add("published")
                return
            if post_opts.get("_ambiguous"):
                _save_options(db, post_id, post_opts)
        _retry_later(db, post_id, wid, exc, opts, summary)
    except Rejected as exc:
        _fail(db, post_id, wid, exc, summary)
    except AuthExpired as exc:
        accounts_svc.mark_needs_reconnect(db, account_id)
        attention(exc.message, exc.code or "auth", exc.action or f"run: studio accounts connect {account_name}")
    except ChannelError as exc:
        _fail(db, post_id, wid, exc, summary)
    finally:
        try:
            adapter.close()
        except Exception:  # noqa: BLE001
            pass


def _intent(db: Database, post_id: int, wid: str, account_id: int, platform: str, acc_settings: dict,
            now: datetime, live: dict | None, fmt: str | None) -> str:
    """One transaction under the account row lock: defer when a budget is used up, else record the intent.
    Returns ``ok``, ``deferred`` or ``lost`` (the claim went elsewhere)."""
    with db.session() as s:
        s.execute(text("UPDATE accounts SET status = status WHERE id = :id"), {"id": account_id})
        usage = budgets.budget_usage(s, account_id, platform, acc_settings, now, live)
        over = [u for u in usage if u["used"] >= u["limit"] and (u["only_format"] in (None, fmt))]
        if over:
            u = over[0]
            oldest = s.scalar(select(func.min(m.Post.intent_at)).where(
                m.Post.account_id == account_id, m.Post.state.in_(("publishing", "published")),
                m.Post.intent_at >= now - timedelta(seconds=u["window_s"])))
            free_at = (utc(oldest) or now) + timedelta(seconds=u["window_s"]) + timedelta(seconds=1)
            res = s.execute(update(m.Post).where(m.Post.id == post_id, m.Post.claimed_by == wid,
                                                 m.Post.state == "publishing")
                            .values(state="scheduled", next_attempt_at=free_at, claimed_by=None))
            if affected(res) != 1:
                return "lost"
            queue.add_event(s, post_id, "deferred", budget=u["name"], used=u["used"], limit=u["limit"],
                            until=free_at.isoformat(), source=u["source"])
            return "deferred"
        res = s.execute(update(m.Post).where(m.Post.id == post_id, m.Post.claimed_by == wid,
                                             m.Post.state == "publishing")
                        .values(intent_at=clock.now(), attempts=m.Post.attempts + 1))
        if affected(res) != 1:
            return "lost"
        queue.add_event(s, post_id, "intent", worker=wid, platform=platform)
        return "ok"


def _save_options(db: Database, post_id: int, options: dict) -> None:
    def write() -> None:
        with db.session() as s:
            s.execute(update(m.Post).where(m.Post.id == post_id).values(options=options))
    patiently(write, f"post {post_id}: options")


def _hand_back(db: Database, post_id: int, wid: str, exc: BaseException) -> None:
    """The database stayed busy while we held this post: give it back to the queue (looked up first if the
    platform may already have it). Never needs-attention because of a local lock."""
    def write() -> None:
        with db.session() as s:
            row = s.get(m.Post, post_id)
            if row is None or row.state != "publishing" or row.claimed_by != wid:
                return
            claimed, intent = utc(row.claimed_at), utc(row.intent_at)
            opts = dict(row.options or {})
            if intent is not None and (claimed is None or intent >= claimed):
                opts["_ambiguous"] = True  # the platform may have it: ask before sending again
            row.options = opts
            row.state = "scheduled"
            row.claimed_by = None
            row.next_attempt_at = clock.now() + timedelta(seconds=BUSY_RETRY_S)
            queue.add_event(s, post_id, "retry", code="database-busy", message=str(exc)[:300], in_s=BUSY_RETRY_S)
    try:
        patiently(write, f"post {post_id}: hand back")
    except Exception as exc2:
        if not is_lock_error(exc2):
            raise
        _keep_for_later(post_id, write)


def _defer(db, post_id, wid, until: datetime, reason: str, summary: RunSummary, error: dict | None = None) -> None:
    values: dict[str, Any] = {"state": "scheduled", "next_attempt_at": until, "claimed_by": None}
    if error:
        values["last_error"] = reason
        values["receipt"] = {"error": error}
    if _set(db, post_id, wid, ("deferred", {"reason": reason, "until": until.isoformat()}), **values):
        summary.add("deferred")


def _fail(db, post_id, wid, exc: ChannelError, summary: RunSummary) -> None:
    detail = _error_detail(exc)
    if _set(db, post_id, wid, ("error", detail), state="failed", last_error=exc.describe(),
            receipt={"error": detail}, claimed_by=None):
        summary.add("failed", f"post {post_id}: {exc.describe()}")


def _retry_later(db, post_id, wid, exc: ChannelError, opts: WorkerOptions, summary: RunSummary,
                 attempts: int | None = None) -> None:
    n = attempts
    if n is None:
        with db.session() as s:
            n = int(s.scalar(select(m.Post.attempts).where(m.Post.id == post_id)) or 1)
    detail = _error_detail(exc)
    if n >= opts.max_attempts:
        if _set(db, post_id, wid, ("error", {**detail, "final": True}), state="failed",
                last_error=f"{exc.describe()} (gave up after {n} attempts)", receipt={"error": detail}, claimed_by=None):
            summary.add("failed", f"post {post_id}: gave up after {n} attempts: {exc.describe()}")
        return
    delay = _backoff(n, opts, exc.retry_after)
    until = clock.now() + timedelta(seconds=delay)
    if _set(db, post_id, wid, ("retry", {**detail, "in_s": round(delay, 1), "until": until.isoformat()}),
            state="scheduled", next_attempt_at=until, last_error=exc.describe(), receipt={"error": detail},
            claimed_by=None):
        summary.add("retrying")


# --------------------------------------------------------------------------- reconcile


def _claim_alive(claimed_by: str | None, claimed_at: datetime | None, lease_s: float) -> bool:
    if not claimed_by:
        return False
    try:
        host, pid_s, _ = claimed_by.split(":", 2)
        pid = int(pid_s)
    except ValueError:
        host, pid = "", -1
    if host == socket.gethostname():
        try:
            import psutil

            proc = psutil.Process(pid)
            started = proc.create_time()
            if claimed_at is not None and started > utc(claimed_at).timestamp() + 1:
                return False  # the pid was reused by a newer process
            return proc.status() != psutil.STATUS_ZOMBIE
        except Exception:  # noqa: BLE001 - no such process
            return False
    return claimed_at is not None and (clock.now() - utc(claimed_at)).total_seconds() < lease_s


def reconcile(db: Database, *, transport: Any = None, lease_s: float = LEASE_S, worker_id: str | None = None
              ) -> dict[str, int]:
    """Posts left in ``publishing`` by a dead worker: ask the platform, never re-post blindly."""
    out = {"requeued": 0, "found": 0, "needs_attention": 0}
    wid = worker_id or new_worker_id()
    with db.session() as s:
        stuck = s.execute(select(m.Post.id, m.Post.claimed_by, m.Post.claimed_at).where(
            m.Post.state == "publishing")).all()
    for post_id, claimed_by, claimed_at in stuck:
        if _claim_alive(claimed_by, claimed_at, lease_s):
            continue
        def take_over(post_id=post_id, claimed_by=claimed_by, claimed_at=claimed_at):
            with db.session() as s:  # take the post over from the dead worker
                res = s.execute(update(m.Post).where(m.Post.id == post_id, m.Post.state == "publishing",
                                                     m.Post.claimed_by == claimed_by)
                                .values(claimed_by=wid, claimed_at=clock.now()))
                if affected(res) != 1:
                    return None
                row = s.get(m.Post, post_id)
                return (utc(row.intent_at), utc(claimed_at),
                        _request(row, _checkpoints(s, post_id), db, s.get(m.Account, row.account_id).platform),
                        row.account_id)
        try:
            taken = patiently(take_over, f"post {post_id}: reconcile", patience_s=30.0)
        except Exception as exc:
            if not is_lock_error(exc):
                raise
            continue  # busy: the next reconcile looks again
        if taken is None:
            continue
        intent_at, claimed, req, account_id = taken
        if intent_at is None or (claimed is not None and intent_at < claimed):
            # the dead worker never reached the platform for this claim: safe to queue again
            if _set(db, post_id, wid, ("reconcile", {"outcome": "not-sent", "dead_worker": claimed_by}),
                    state="scheduled", claimed_by=None):
                out["requeued"] += 1
            continue
        try:
            adapter = accounts_svc.adapter_for(db, account_id, transport=transport)
            try:
                found = adapter.lookup(req.idempotency_key, req)
            finally:
                adapter.close()
        except NotImplementedError:
            found, why = None, "the platform cannot be asked whether it arrived"
        except ChannelError as exc:
            found, why = None, f"asking the platform failed: {exc.describe()}"
        else:
            why = "the platform shows no such post"
        if found is not None:
            if _save_receipt(db, post_id, wid, ("reconcile", {"outcome": "found", "id": found.platform_post_id,
                                                              "dead_worker": claimed_by}),
                             _receipt_values(found, clock.now())):
                out["found"] += 1
            continue
        err = {"code": "unknown-outcome", "message": f"the worker stopped while sending this post; {why}",
               "action": "check the account; if the post is missing, confirm it absent and Retry"}
        if _set(db, post_id, wid, ("reconcile", {"outcome": "unknown", "dead_worker": claimed_by, **err}),
                state="needs-attention", last_error=f"{err['message']} → {err['action']}", receipt={"error": err},
                claimed_by=None):
            out["needs_attention"] += 1
    return out


# --------------------------------------------------------------------------- entry points


def run_once(db: Database, progress: ProgressFn = no_progress, cancel: CancelToken | None = None, *,
             options: WorkerOptions | None = None, reconcile_first: bool = True) -> RunSummary:
    """Publish everything due now (with ``concurrency`` threads), then return."""
    opts = options or WorkerOptions()
    cancel = CancelToken() if cancel is None else cancel
    summary = RunSummary(opts.worker_id)
    if _pending:
        left = flush_pending(db)
        if left:
            summary.messages.append(f"{left} write(s) still wait for the database (kept; retried next round)")
    if reconcile_first:
        summary.reconciled = reconcile(db, transport=opts.transport, worker_id=opts.worker_id)
    grace = opts.grace_minutes if opts.grace_minutes is not None else grace_minutes()
    cutoff = clock.now()
    done = [0]
    lock = threading.Lock()

    def loop() -> None:
        while not cancel.cancelled:
            with lock:
                if opts.max_posts is not None and done[0] >= opts.max_posts:
                    return
                done[0] += 1
            try:
                pid = claim_one(db, opts.worker_id, cutoff)
            except Exception as exc:
                if not is_lock_error(exc):
                    raise
                summary.messages.append(f"the database stayed busy for {LOCK_PATIENCE_S:.0f} s; nothing more "
                                        "claimed this round")
                return
            if pid is None:
                return
            try:
                _process(db, pid, opts, summary, cancel, grace)
            except Exception as exc:
                if is_lock_error(exc):  # a local lock is never the post's fault
                    log.warning("post %s: the database stayed busy (%s); back in the queue", pid, exc)
                    _hand_back(db, pid, opts.worker_id, exc)
                    summary.add("retrying", f"post {pid}: the local database was busy; it will be retried")
                    continue
                log.exception("post %s: unexpected error", pid)
                err = {"code": "internal", "message": f"{exc.__class__.__name__}: {exc}",
                       "action": "report this; the post was not retried automatically"}

                def mark(pid=pid, err=err) -> None:
                    with db.session() as s:
                        row = get_row(s, m.Post, pid)
                        # after intent we cannot know whether it went out: needs attention, never blind retry
                        if row.state == "publishing" and row.claimed_by == opts.worker_id:
                            row.state = "needs-attention"
                            row.last_error = f"{err['message']} → {err['action']}"
                            row.receipt = {"error": err}
                            row.claimed_by = None
                            queue.add_event(s, pid, "error", **err)
                patiently(mark, f"post {pid}: needs attention")
                summary.add("needs_attention", f"post {pid}: {err['message']}")
            progress(0.0, f"{summary.published} published")

    n = max(1, int(opts.concurrency))
    if n == 1:
        loop()
    else:
        with ThreadPoolExecutor(max_workers=n, thread_name_prefix="studio-publish") as pool:
            for f in [pool.submit(loop) for _ in range(n)]:
                f.result()
    progress(1.0, f"{summary.published} published, {summary.failed} failed, {summary.deferred} deferred")
    return summary


def serve(db: Database, *, options: WorkerOptions | None = None, poll_s: float = 5.0,
          cancel: CancelToken | None = None, on_summary=None) -> None:
    """Run until cancelled: reconcile at start and every 5 minutes, publish what is due every ``poll_s``."""
    opts = options or WorkerOptions()
    cancel = CancelToken() if cancel is None else cancel
    last_reconcile = 0.0
    while not cancel.cancelled:
        do_reconcile = time.monotonic() - last_reconcile > 300
        if do_reconcile:
            last_reconcile = time.monotonic()
        summary = run_once(db, cancel=cancel, options=opts, reconcile_first=do_reconcile)
        if on_summary is not None:
            on_summary(summary)
        if summary.published or summary.failed or summary.retrying or summary.deferred:
            continue  # more may be due right away
        cancel._event.wait(poll_s)
