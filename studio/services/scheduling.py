"""The publishing queue: posts, states, budgets, recurring slots, CSV and iCalendar.

States: ``scheduled → publishing → published``; ``failed`` (the platform rejected it, or transient errors
ran out of retries), ``needs-attention`` (a person must look: missed window, unknown outcome after a
crash, account to reconnect), ``cancelled``. The worker (``studio.services.worker``) moves posts between
them; everything here is a plain function over the database, used by the CLI, the Calendar and the demo.

Per-platform budgets cite platform-specs.md section A; every default can be overridden per account with
``settings["budgets"] = {"<name>": {"limit": N, "window_s": S}}``.
"""

from __future__ import annotations

import csv
import io
import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, select

from studio import settings as app_settings
from studio.csvsafe import escape_formula, unescape_formula
from studio.domain import ChangeSummary, NotFound, StudioError
from studio.safepath import confined, safe_component, safe_suffix, user_file
from studio.storage import media as media_store
from studio.storage import models as m
from studio.storage.db import Database

STATES = ("scheduled", "publishing", "published", "failed", "needs-attention", "cancelled")
OPEN_STATES = ("scheduled", "publishing")
DEFAULT_GRACE_MINUTES = 60


def utc(dt: datetime | None) -> datetime | None:
    if dt is None:
        return None
    return dt.replace(tzinfo=UTC) if dt.tzinfo is None else dt.astimezone(UTC)


def now_utc() -> datetime:
    return datetime.now(UTC)


MAX_AHEAD_DAYS = 5 * 366  # the queue plans at most five years ahead (platforms' own schedulers: days to months)
PAST_TOLERANCE_S = 60  # "now" typed a few seconds late is still now


def parse_when(value: str | datetime) -> datetime:
    """ISO 8601; a time without an offset is read in the machine's local zone.

    A local time that does not exist (the hour skipped when clocks go forward) or happens twice (clocks go
    back) is refused: which moment was meant cannot be known, so an explicit offset is asked for."""
    if isinstance(value, datetime):
        dt = value
    else:
        raw = str(value).strip()
        shown = raw if len(raw) <= 40 else raw[:40] + "…"
        try:
            if len(raw) > 64:
                raise ValueError
            dt = datetime.fromisoformat(raw.replace("Z", "+00:00"))
        except ValueError:
            raise StudioError(f"'{shown}' is not an ISO 8601 time; use e.g. 2026-12-01T18:30+01:00") from None
    try:
        if dt.tzinfo is None:
            dt = _local_aware(dt)
        return dt.astimezone(UTC)
    except (OverflowError, ValueError, OSError):
        raise StudioError(f"'{value}' is outside the times this machine can schedule; pick a time within the "
                          f"next {MAX_AHEAD_DAYS // 366} years") from None


def _local_aware(naive: datetime) -> datetime:
    """A naive wall-clock time in this machine's zone, refusing DST gaps and repeated hours."""
    early = naive.replace(fold=0).astimezone()
    late = naive.replace(fold=1).astimezone()
    shown = naive.isoformat(timespec="minutes")
    if early.replace(tzinfo=None) != naive and late.replace(tzinfo=None) != naive:
        raise StudioError(f"{shown} does not exist in this machine's time zone (the clocks skip that hour); "
                          f"add an offset, e.g. {shown}{_offset(early)}")
    if early.utcoffset() != late.utcoffset():
        raise StudioError(f"{shown} happens twice in this machine's time zone (the clocks go back); add the "
                          f"offset you mean: {shown}{_offset(early)} or {shown}{_offset(late)}")
    return early


def _offset(dt: datetime) -> str:
    off = int((dt.utcoffset() or timedelta()).total_seconds() // 60)
    sign = "+" if off >= 0 else "-"
    return f"{sign}{abs(off) // 60:02d}:{abs(off) % 60:02d}"


def check_time(when: datetime, *, now: datetime | None = None, now_hint: str = "--now") -> datetime:
    """A queue time must be now-ish or later, and within ``MAX_AHEAD_DAYS``."""
    now = now or now_utc()
    if when < now - timedelta(seconds=PAST_TOLERANCE_S):
        raise StudioError(f"{when:%Y-%m-%d %H:%M} UTC is in the past; pick a later time, or use {now_hint} to "
                          "publish at once")
    if when > now + timedelta(days=MAX_AHEAD_DAYS):
        raise StudioError(f"{when:%Y-%m-%d} is more than {MAX_AHEAD_DAYS // 366} years ahead; the queue plans at "
                          f"most {MAX_AHEAD_DAYS // 366} years ahead")
    return when


# --------------------------------------------------------------------------- budgets


@dataclass(frozen=True)
class Budget:
    name: str
    limit: int
    window_s: int
    source: str  # the platform-specs.md row
    only_format: str | None = None  # counts only posts with options["format"] == this


DAY = 24 * 3600
DEFAULT_BUDGETS: dict[str, tuple[Budget, ...]] = {
    # platform-specs.md A: TikTok / Rate / caps — init endpoints 6 req/min per token; ~15 posts/day (U)
    "tiktok": (Budget("init per minute", 6, 60, "A: TikTok / Rate / caps"),
               Budget("posts per day", 15, DAY, "A: TikTok / Rate / caps (U)")),
    # platform-specs.md A: Instagram / Publish quota — read live from content_publishing_limit; 100 fallback
    "instagram": (Budget("posts per 24 h", 100, DAY, "A: Instagram / Publish quota (live when offered)"),),
    # platform-specs.md A: X / Rate limits — POST /2/tweets 100 per 15 min per user
    "x": (Budget("posts per 15 min", 100, 900, "A: X / Rate limits"),),
    # platform-specs.md A: YouTube / Quota — videos.insert bucket, 100 per day (reset midnight PT; we use 24 h)
    "youtube": (Budget("uploads per day", 100, DAY, "A: YouTube / Quota"),),
    # platform-specs.md A: Threads / Limits — 250 API posts per rolling 24 h
    "threads": (Budget("posts per 24 h", 250, DAY, "A: Threads / Limits"),),
    # platform-specs.md A: Facebook Page / Reels spec and cap — 30 API reels per rolling 24 h per Page
    "facebook": (Budget("reels per 24 h", 30, DAY, "A: Facebook Page / Reels spec and cap", "reels"),),
    # platform-specs.md A: Pinterest / Rate limits — trial access 1,000 requests/day (a pin takes ~1–4)
    "pinterest": (Budget("pins per day (trial access)", 250, DAY, "A: Pinterest / Rate limits"),),
}


def budgets_for(platform: str, account_settings: dict | None = None) -> list[Budget]:
    out = []
    overrides = (account_settings or {}).get("budgets") or {}
    for b in DEFAULT_BUDGETS.get(platform, ()):
        o = overrides.get(b.name) or {}
        out.append(Budget(b.name, int(o.get("limit", b.limit)), int(o.get("window_s", b.window_s)),
                          b.source + (" (overridden)" if o else ""), b.only_format))
    return out


def _counts(s, account_id: int, budget: Budget, start: datetime, end: datetime, *, sent: bool) -> int:
    """Posts of an account that used (sent) or will use (planned) the budget in [start, end)."""
    if sent:
        q = select(m.Post.options).where(m.Post.account_id == account_id, m.Post.intent_at >= start,
                                         m.Post.intent_at < end, m.Post.state.in_(("publishing", "published")))
    else:
        q = select(m.Post.options).where(m.Post.account_id == account_id, m.Post.scheduled_at >= start,
                                         m.Post.scheduled_at < end, m.Post.state.in_(OPEN_STATES + ("published",)))
    if budget.only_format is None:
        return int(s.scalar(select(func.count()).select_from(q.subquery())) or 0)
    return sum(1 for (opts,) in s.execute(q) if (opts or {}).get("format") == budget.only_format)


def budget_usage(s, account_id: int, platform: str, account_settings: dict, at: datetime,
                 live: dict | None = None) -> list[dict[str, Any]]:
    """Used vs limit per budget for a send at ``at`` (rolling windows ending at ``at``)."""
    rows = []
    for b in budgets_for(platform, account_settings):
        used = _counts(s, account_id, b, at - timedelta(seconds=b.window_s), at + timedelta(microseconds=1), sent=True)
        limit = b.limit
        source = b.source
        if live and b.window_s == DAY and platform == "instagram":
            limit = int(live.get("limit", limit))
            used = max(used, int(live.get("used", used)))
            source = "live: content_publishing_limit"
        rows.append({"name": b.name, "limit": limit, "window_s": b.window_s, "used": used, "source": source,
                     "only_format": b.only_format})
    return rows


def quota_status(db: Database, account_id: int, at: datetime | None = None) -> list[dict[str, Any]]:
    """For the Calendar's quota bars: per budget, posts planned in the window that contains ``at``."""
    at = utc(at) or now_utc()
    with db.session() as s:
        acc = s.get(m.Account, account_id)
        if acc is None:
            raise NotFound(f"no account {account_id}")
        out = []
        for b in budgets_for(acc.platform, acc.settings):
            if b.window_s >= DAY:
                start = at - timedelta(hours=12)
                end = start + timedelta(seconds=b.window_s)
                planned = _counts(s, account_id, b, start, end, sent=False)
            else:  # short windows: the busiest window of the day around ``at``
                start, end = at - timedelta(hours=12), at + timedelta(hours=12)
                times = sorted(utc(t) for (t, opts) in s.execute(
                    select(m.Post.scheduled_at, m.Post.options).where(
                        m.Post.account_id == account_id, m.Post.scheduled_at >= start, m.Post.scheduled_at < end,
                        m.Post.state.in_(OPEN_STATES + ("published",))))
                    if b.only_format is None or (opts or {}).get("format") == b.only_format)
                planned, j = 0, 0
                for i, t in enumerate(times):
                    while times[j] <= t - timedelta(seconds=b.window_s):
                        j += 1
                    planned = max(planned, i - j + 1)
            out.append({"name": b.name, "limit": b.limit, "window_s": b.window_s, "planned": planned,
                        "start": start, "end": end, "source": b.source,
                        "level": "over" if planned > b.limit else ("warn" if planned >= 0.8 * b.limit else "ok")})
        return out


# --------------------------------------------------------------------------- posts


@dataclass(frozen=True)
class PostDTO:
    id: int
    account_id: int
    account_name: str
    platform: str
    product_id: int | None
    market: str | None
    text: str
    first_comment: str | None
    media: list[dict]
    options: dict[str, Any]
    scheduled_at: datetime
    state: str
    attempts: int
    next_attempt_at: datetime | None
    platform_post_id: str | None
    platform_url: str | None
    last_error: str | None
    error_code: str | None
    error_action: str | None
    override_reason: str | None
    published_at: datetime | None
    idempotency_key: str
    draft_version_id: int | None = None
    receipt_state: str | None = None  # published | processing | scheduled-natively (handed to the platform)

    @property
    def display_state(self) -> str:
        if self.state == "published" and self.receipt_state == "scheduled-natively":
            return "scheduled on the platform"
        return self.state


def _dto(row: m.Post, acc: m.Account) -> PostDTO:
    err = (row.receipt or {}).get("error") if row.state in ("failed", "needs-attention", "scheduled") else None
    return PostDTO(row.id, row.account_id, acc.name, acc.platform, row.product_id, row.market, row.text,
                   row.first_comment, list(row.media or []), dict(row.options or {}), utc(row.scheduled_at),
                   row.state, row.attempts, utc(row.next_attempt_at), row.platform_post_id, row.platform_url,
                   row.last_error, (err or {}).get("code"), (err or {}).get("action"), row.override_reason,
                   utc(row.published_at), row.idempotency_key, row.draft_version_id,
                   (row.receipt or {}).get("state") if row.state == "published" else None)


def add_event(s, post_id: int, kind: str, **detail: Any) -> None:
    s.add(m.PostEvent(post_id=post_id, kind=kind, detail=_jsonable(detail), at=now_utc()))


def _jsonable(d: Any) -> Any:
    if isinstance(d, dict):
        return {str(k): _jsonable(v) for k, v in d.items()}
    if isinstance(d, list | tuple):
        return [_jsonable(v) for v in d]
    if isinstance(d, datetime):
        return d.isoformat()
    if isinstance(d, str | int | float | bool) or d is None:
        return d
    return str(d)


def create_post(db: Database, account_id: int, text: str, scheduled_at: datetime, *, media: list[dict] | None = None,
                options: dict[str, Any] | None = None, first_comment: str | None = None, product_id: int | None = None,
                market: str | None = None, draft_version_id: int | None = None, override_reason: str | None = None,
                findings: list[dict] | None = None, idempotency_key: str | None = None) -> PostDTO:
    """Write one post row as given. Not a way into the queue by itself: user-facing paths call ``enqueue``
    (the gate); this is its writer, also used by tests and by callers that ran the same checks."""
    when = parse_when(scheduled_at)
    with db.session() as s:
        acc = s.get(m.Account, account_id)
        if acc is None:
            raise NotFound(f"no account {account_id}")
        return _insert_post(s, acc, text, when, media=media, options=options, first_comment=first_comment,
                            product_id=product_id, market=market, draft_version_id=draft_version_id,
                            override_reason=override_reason, findings=findings, idempotency_key=idempotency_key)


def _insert_post(s, acc: m.Account, text: str, when: datetime, *, media: list[dict] | None = None,
                 options: dict[str, Any] | None = None, first_comment: str | None = None,
                 product_id: int | None = None, market: str | None = None, draft_version_id: int | None = None,
                 override_reason: str | None = None, findings: list[dict] | None = None,
                 idempotency_key: str | None = None) -> PostDTO:
    opts = dict(options or {})
    native_next = None
    if _wants_native(acc.platform, opts, when):
        opts["native_schedule"] = True
        native_next = now_utc()  # hand it to the platform now; the platform publishes at ``when``
    row = m.Post(account_id=acc.id, product_id=product_id, market=market, text=text,
                 first_comment=first_comment, media=list(media or []), options=opts, scheduled_at=when,
                 state="scheduled", attempts=0, next_attempt_at=native_next, override_reason=override_reason,
                 idempotency_key=idempotency_key or uuid.uuid4().hex, draft_version_id=draft_version_id)
    s.add(row)
    s.flush()
    add_event(s, row.id, "scheduled", at=when.isoformat(), findings=findings or [])
    if override_reason:
        add_event(s, row.id, "override", reason=override_reason,
                  warnings=[f.get("rule_id") for f in (findings or [])])
    return _dto(row, acc)


def _wants_native(platform: str, opts: dict, when: datetime) -> bool:
    """Native scheduling where offered: platform-specs.md A: Facebook Page / Native scheduling (window
    ~10 min–30 days) and A: YouTube / Status fields (publishAt with privacyStatus=private)."""
    if opts.get("native_schedule") is False:
        return False
    lead = (when - now_utc()).total_seconds()
    if platform == "facebook":
        return 15 * 60 <= lead <= 29 * DAY and opts.get("format", "feed") in ("feed", "photo", "video")
    if platform == "youtube":
        return lead >= 15 * 60
    return False


def get_post(db: Database, post_id: int) -> PostDTO:
    with db.session() as s:
        row = s.get(m.Post, post_id)
        if row is None:
            raise NotFound(f"no post {post_id}")
        return _dto(row, s.get(m.Account, row.account_id))


def list_posts(db: Database, *, start: datetime | None = None, end: datetime | None = None,
               account_id: int | None = None, states: tuple[str, ...] | None = None, limit: int | None = None) -> list[PostDTO]:
    with db.session() as s:
        q = select(m.Post, m.Account).join(m.Account, m.Account.id == m.Post.account_id).order_by(
            m.Post.scheduled_at, m.Post.id)
        if start is not None:
            q = q.where(m.Post.scheduled_at >= utc(start))
        if end is not None:
            q = q.where(m.Post.scheduled_at < utc(end))
        if account_id is not None:
            q = q.where(m.Post.account_id == account_id)
        if states:
            q = q.where(m.Post.state.in_(states))
        if limit:
            q = q.limit(limit)
        return [_dto(p, a) for p, a in s.execute(q).all()]


def post_events(db: Database, post_id: int) -> list[dict[str, Any]]:
    with db.session() as s:
        rows = s.scalars(select(m.PostEvent).where(m.PostEvent.post_id == post_id).order_by(m.PostEvent.id)).all()
        return [{"at": utc(r.at), "kind": r.kind, "detail": dict(r.detail or {})} for r in rows]


def reschedule(db: Database, post_id: int, when: datetime | str) -> PostDTO:
    when = parse_when(when)
    with db.session() as s:
        row = s.get(m.Post, post_id)
        if row is None:
            raise NotFound(f"no post {post_id}")
        if row.state not in ("scheduled", "failed", "needs-attention", "cancelled"):
            raise StudioError(f"post {post_id} is {row.state}; only scheduled, failed, needs-attention or cancelled "
                              "posts can be moved")
        if row.state == "needs-attention" and row.intent_at is not None and not row.options.get("confirmed_absent"):
            _guard_unknown(s, row)
        acc = s.get(m.Account, row.account_id)
        opts = dict(row.options or {})
        opts.pop("native_schedule", None)
        native = _wants_native(acc.platform, opts, when)
        if native:
            opts["native_schedule"] = True
        row.options = opts
        row.scheduled_at = when
        row.state = "scheduled"
        row.next_attempt_at = now_utc() if native else None
        add_event(s, post_id, "rescheduled", at=when.isoformat())
        return _dto(row, acc)


def _guard_unknown(s, row: m.Post) -> None:
    last = s.scalar(select(m.PostEvent).where(m.PostEvent.post_id == row.id).order_by(m.PostEvent.id.desc()).limit(1))
    if last is not None and last.kind == "reconcile" and (last.detail or {}).get("outcome") == "unknown":
        raise StudioError(f"post {row.id} may already be on {s.get(m.Account, row.account_id).platform} (the worker "
                          "stopped while sending it); check the account, then run studio queue --confirm-absent "
                          f"{row.id} before retrying")


def retry(db: Database, post_id: int) -> PostDTO:
    """Put a failed / needs-attention post back in the queue (due now)."""
    with db.session() as s:
        row = s.get(m.Post, post_id)
        if row is None:
            raise NotFound(f"no post {post_id}")
        if row.state not in ("failed", "needs-attention", "cancelled"):
            raise StudioError(f"post {post_id} is {row.state}; only failed, needs-attention or cancelled posts "
                              "can be retried")
        if not (row.options or {}).get("confirmed_absent"):
            _guard_unknown(s, row)
        row.state = "scheduled"
        row.next_attempt_at = now_utc()
        row.options = {**(row.options or {}), "missed_ok": True}
        add_event(s, post_id, "retry", by="user")
        return _dto(row, s.get(m.Account, row.account_id))


def confirm_absent(db: Database, post_id: int) -> PostDTO:
    """The user checked the platform: a post of unknown outcome is NOT there, so it may be sent again."""
    with db.session() as s:
        row = s.get(m.Post, post_id)
        if row is None:
            raise NotFound(f"no post {post_id}")
        row.options = {**(row.options or {}), "confirmed_absent": True}
        add_event(s, post_id, "confirmed-absent", by="user")
        return _dto(row, s.get(m.Account, row.account_id))


def cancel(db: Database, post_id: int) -> PostDTO:
    with db.session() as s:
        row = s.get(m.Post, post_id)
        if row is None:
            raise NotFound(f"no post {post_id}")
        if row.state not in ("scheduled", "failed", "needs-attention"):
            raise StudioError(f"post {post_id} is {row.state} and cannot be cancelled")
        row.state = "cancelled"
        add_event(s, post_id, "cancelled", by="user")
        return _dto(row, s.get(m.Account, row.account_id))


def counts_by_state(db: Database) -> dict[str, int]:
    with db.session() as s:
        return {k: int(v) for k, v in s.execute(select(m.Post.state, func.count()).group_by(m.Post.state)).all()}


# --------------------------------------------------------------------------- scheduling from drafts


@dataclass(frozen=True)
class ScheduleResult:
    post: PostDTO
    warnings: list[str] = field(default_factory=list)
    findings: list[dict] = field(default_factory=list)


CAPTION_TARGETS = ("tiktok", "instagram", "facebook", "youtube", "x", "pinterest", "threads")


def lint_target(target: str) -> str:
    """The quality engine's target id for a channel's caption."""
    return {"youtube": "youtube-description", "pinterest": "pinterest-description"}.get(target, target)


def caption_target(platform: str, account_settings: dict) -> str | None:
    if platform in CAPTION_TARGETS:
        return platform
    return account_settings.get("caption_target")  # folder / webhook: whichever channel's caption to use


def _finding_dict(f: Any) -> dict:
    if isinstance(f, dict):
        return f
    return {"rule_id": getattr(f, "rule_id", "?"), "severity": getattr(f, "severity", "warning"),
            "message": getattr(f, "message", str(f)), "source": getattr(f, "source", None)}


def _lint(target: str, market: str, content: dict, facts, media: list[dict] | None = None) -> list[dict]:
    """Run the quality engine on the caption (and the media, when given); findings as dicts."""
    try:
        from studio import quality
    except ImportError:
        return [{"rule_id": "lint-unavailable", "severity": "info", "message": "quality engine not installed"}]
    out = [_finding_dict(f) for f in quality.lint_content("caption", target, market, content, list(facts or []))]
    lint_media = getattr(quality, "lint_media", None)
    for item in media or []:
        info = media_info(item)
        if lint_media is not None and info:
            out += [_finding_dict(f) for f in lint_media(target.split("-")[0], info)]
    return out


def media_info(item: dict) -> dict | None:
    """What the media linter needs (kind, format, size, width, height, duration) from a post's media item."""
    path = Path(item.get("path") or "")
    if not path.is_file():
        return None
    kind = item.get("kind") if item.get("kind") in ("video", "image") else (
        "video" if path.suffix.lower() in (".mp4", ".mov", ".webm") else "image")
    fmt = path.suffix.lower().lstrip(".").replace("jpg", "jpeg")
    info = {"kind": kind, "format": fmt, "size": path.stat().st_size}
    for k in ("width", "height", "duration", "fps", "codec"):
        if item.get(k) is not None:
            info[k] = float(item[k]) if k == "duration" else item[k]
    return info


def check_findings(findings: list[dict], override_reason: str | None, raw=None, *,
                   override_hint: str = "--override-warnings REASON") -> list[str]:
    """Refuse on errors; warnings need a recorded override reason. Returns the accepted warning lines.

    The gate is the quality engine's ``check_publishable``; the messages add what to do next."""
    findings = [_finding_dict(f) for f in findings]
    errors = [f for f in findings if f.get("severity") == "error"]
    warnings = [f for f in findings if f.get("severity") == "warning"]
    try:
        from studio.services.quality import check_publishable
    except ImportError:  # pragma: no cover - the quality engine ships with the app
        check_publishable = None
    if check_publishable is not None:
        ok, reason = check_publishable(findings, override_reason)
    else:
        ok = not errors and (not warnings or bool((override_reason or "").strip()))
        reason = ""
    if not ok:
        rules = ", ".join(f["rule_id"] for f in (errors or warnings)[:4])
        if errors:
            raise StudioError(f"not scheduled: {reason or 'errors block publishing'} [{rules}] — fix the caption "
                              "or media and approve it again")
        raise StudioError(f"not scheduled: {reason or 'warnings need a reason'} [{rules}] — fix them, or give "
                          f"{override_hint} (the reason is recorded with the post)")
    return [f"{f['rule_id']}: {f['message']}" for f in warnings]


def with_public_urls(media: list[dict], platform: str) -> list[dict]:
    """Give each media item a public URL from the media host (for platforms that fetch media by URL):
    the file is copied (content-addressed name) into the folder the user syncs to ``media_url_prefix``."""
    if platform not in URL_PLATFORMS or not media:
        return media
    from studio.services import accounts as accounts_svc

    prefix, folder = accounts_svc.media_host()
    if not prefix:
        return media
    import shutil

    out = []
    for item in media:
        src = Path(item.get("path") or "")
        if item.get("url") or not src.is_file():
            out.append(item)
            continue
        name = safe_component(item.get("sha256") or _sha(src)) + safe_suffix(src.suffix)
        dest = confined(folder, name, make_parents=True)
        if not dest.exists():
            tmp = dest.with_suffix(dest.suffix + ".part")
            shutil.copyfile(src, tmp)
            tmp.replace(dest)
        out.append({**item, "url": prefix.rstrip("/") + "/" + name})
    return out


# platform-specs.md A: "Some platforms need media at a public URL" (Instagram images, Threads, TikTok photos)
URL_PLATFORMS = ("instagram", "threads", "tiktok")


def _sha(path: Path) -> str:
    import hashlib

    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def pick_media(db: Database, product_id: int, market: str | None, platform: str) -> list[dict]:
    """The product's latest video (or mockup) asset: video first for video-first channels."""
    from studio.services import assets

    order = ("video", "mockup") if platform not in ("pinterest",) else ("mockup", "video")
    for kind in order:
        found = assets.list_assets(db, product_id=product_id, kind=kind)
        found = [a for a in found if Path(a.path).is_file()]
        if market:
            same = [a for a in found if a.market == market]
            found = same or found
        if found:
            a = found[0]
            return [{"path": a.path, "kind": "video" if kind == "video" else "image", "mime": a.mime,
                     "width": a.width, "height": a.height, "duration": a.duration, "asset_id": a.id,
                     "sha256": a.sha256, "ai_generated": a.ai_generated}]
    return []


# --------------------------------------------------------------------------- the gate

# How each way into the queue names the fields of a request, so a refusal names what the user typed.
FIELD_NAMES = {
    "cli": {"account": "--account", "at": "--at", "product": "--product", "market": "--market", "text": "caption",
            "draft_version": "draft version", "first_comment": "first comment", "media": "media",
            "override": "--override-warnings REASON", "now": "--now"},
    "csv": {"account": "account", "at": "scheduled_at", "product": "product", "market": "market", "text": "text",
            "draft_version": "draft_version", "first_comment": "first_comment", "media": "media",
            "override": "an override_warnings reason", "now": "'now' in scheduled_at", "quality": "quality gate"},
}
VIDEO_SUFFIXES = (".mp4", ".mov", ".m4v", ".webm")


@dataclass(frozen=True)
class QueueRequest:
    """One post someone wants in the queue, as they gave it (CLI flags, a CSV row, the app)."""

    account: str | int
    at: datetime | str | None = None
    product: str | int | None = None
    market: str | None = None
    draft_version_id: int | str | None = None
    text: str | None = None  # must equal the approved caption when given
    first_comment: str | None = None  # must equal the approved first comment when given
    media: tuple[str, ...] | None = None  # None: the product's latest video or mockup, as studio schedule picks
    override_reason: str | None = None
    options: dict[str, Any] | None = None
    publish_now: bool = False
    where: str = ""  # "posts.csv row 3": the prefix of every refusal
    source: str = "cli"  # which FIELD_NAMES apply
    base_dir: str | None = None  # relative media paths are read from here (the CSV's folder)


class QueueRefused(StudioError):
    """The gate refused one or more requests; ``problems`` holds one located line each."""

    def __init__(self, message: str, problems: list[str]) -> None:
        super().__init__(message)
        self.problems = problems


class _Problem(Exception):
    def __init__(self, field_: str, message: str) -> None:
        super().__init__(message)
        self.field = field_
        self.message = message


@dataclass
class _Admitted:
    account: Any
    when: datetime
    text: str
    first_comment: str | None
    product_id: int
    market: str
    version_id: int
    media: list[dict]
    options: dict[str, Any]
    findings: list[dict]
    warnings: list[str]
    override_reason: str | None


def allowed_media_roots() -> list[Path]:
    """Folders the app itself fills: the media store (imported images, queued media) and generated assets."""
    from studio import settings as _settings

    return [_settings.media_dir(), _settings.assets_out_dir()]


def enqueue(db: Database, requests: list[QueueRequest], *, media_roots: list[str | Path] | tuple = ()
            ) -> list[ScheduleResult]:
    """THE way into the publishing queue (``studio schedule``, ``studio queue --import-csv``, the Calendar's
    CSV import). Every request must pass, or nothing is queued:

    - account: exists; a webhook has a signing secret or explicitly chose unsigned delivery; a folder account
      has its folder;
    - time: a real moment (no DST gap, no repeated hour), not in the past unless ``publish_now``, at most
      ``MAX_AHEAD_DAYS`` ahead;
    - text: the approved caption of a product × market (given by product + market, by draft version, or by
      its exact text); edited or unapproved text is refused;
    - quality gate on caption and media: errors refuse, warnings need a recorded override reason;
    - media: only files inside the media store or ``media_roots`` (the folders the user pointed at), after
      resolving symlinks, that decode as an image or carry a video container signature; they are copied into
      the media store, so what is published cannot change or point elsewhere later.

    Refusals name the request (``where``), the field and what to do next."""
    roots = [Path(r).expanduser() for r in media_roots]
    cache: dict[str, Any] = {}
    admitted: list[_Admitted] = []
    problems: list[str] = []
    for req in requests:
        names = FIELD_NAMES.get(req.source, FIELD_NAMES["cli"])
        found: list[_Problem] = []
        try:
            adm = _admit(db, req, roots, cache, found)
        except _Problem as p:
            found.append(p)
            adm = None
        for p in found:
            label = names.get(p.field, p.field)
            prefix = f"{req.where}, {label}" if req.where else (label if p.field not in ("text", "quality") else "")
            problems.append(f"{prefix}: {p.message}" if prefix else p.message)
        if adm is not None and not found:
            admitted.append(adm)
    if problems:
        if len(requests) == 1 and not requests[0].where:
            raise QueueRefused("not scheduled: " + "; ".join(problems), problems)
        more = f"; … and {len(problems) - 5} more" if len(problems) > 5 else ""
        raise QueueRefused(f"nothing queued; {len(problems)} problem(s): " + "; ".join(problems[:5]) + more, problems)
    with db.session() as s:
        posts = []
        for adm in admitted:
            media = [_into_store(item) for item in adm.media]
            acc_row = s.get(m.Account, adm.account.id)
            posts.append((adm, _insert_post(
                s, acc_row, adm.text, adm.when, media=media, options=adm.options, first_comment=adm.first_comment,
                product_id=adm.product_id, market=adm.market, draft_version_id=adm.version_id,
                override_reason=adm.override_reason if adm.warnings else None, findings=adm.findings)))
    results = []
    for adm, post in posts:
        warnings = list(adm.warnings)
        for q in quota_status(db, adm.account.id, post.scheduled_at):
            if q["level"] == "over":
                warnings.append(f"over budget: {q['planned']} posts planned for {q['name']} (limit {q['limit']}); "
                                "the extra ones will be deferred, not failed")
        results.append(ScheduleResult(post, warnings, adm.findings))
    return results


def _admit(db: Database, req: QueueRequest, roots: list[Path], cache: dict, found: list[_Problem]) -> _Admitted | None:
    from studio.services import accounts as accounts_svc
    from studio.services import catalog

    names = FIELD_NAMES.get(req.source, FIELD_NAMES["cli"])

    def check(fn):
        try:
            return fn()
        except _Problem as p:
            found.append(p)
        except StudioError as exc:
            found.append(_Problem(getattr(fn, "field", "?"), str(exc)))
        return None

    # -- account
    def account():
        key = f"acc:{req.account}"
        if key not in cache:
            try:
                cache[key] = accounts_svc.get_account(db, req.account)
            except StudioError as exc:
                raise _Problem("account", str(exc)) from None
        acc = cache[key]
        why = accounts_svc.publish_blocker(acc)
        if why:
            raise _Problem("account", why)
        return acc
    acc = check(account)

    # -- time
    def when():
        if req.publish_now:
            return now_utc()
        if req.at is None or (isinstance(req.at, str) and not req.at.strip()):
            raise _Problem("at", f"missing; give a time, or {names['now']} to publish at once")
        try:
            return check_time(parse_when(req.at), now_hint=names["now"])
        except StudioError as exc:
            raise _Problem("at", str(exc)) from None
    at = check(when)

    # -- media the request names (checked even when the caption is refused: report every problem at once)
    def named_media():
        return [vet_media(item, base_dir=req.base_dir, roots=roots) for item in req.media if item.strip()]
    named = check(named_media) if req.media is not None else None

    # -- the approved caption
    def caption():
        return _approved_caption(db, req, acc, cache)
    cap = check(caption)
    if cap is None or (req.media is not None and named is None):
        return None
    version, product_id, market, target = cap
    content = dict(version.content)
    text = content.get("text") or ""
    if not text.strip():
        found.append(_Problem("text", f"the approved caption (version {version.id}) has no text"))
        return None
    if req.first_comment and _norm(req.first_comment) != _norm(content.get("first_comment") or ""):
        found.append(_Problem("first_comment", f"differs from the approved caption's first comment (version "
                                               f"{version.id}); approve the edit first, or leave it empty"))
    product = cache.get(f"product:{product_id}") or catalog.get_product(db, product_id)
    cache[f"product:{product_id}"] = product

    items = named if req.media is not None else pick_media(db, product_id, market, acc.platform if acc else "")

    # -- quality gate (caption and media)
    from studio.importers.facts import grounding_facts  # the facts generation grounds on (issue 16)
    from studio.services.quality import localized_facts  # with their values in the market's language

    findings = _lint(lint_target(target or (acc.platform if acc else "generic")), market, content,
                     localized_facts(grounding_facts(product), market), items)
    try:
        warnings = check_findings(findings, req.override_reason, override_hint=names["override"])
    except StudioError as exc:
        found.append(_Problem("quality", str(exc).removeprefix("not scheduled: ")))
        return None
    if acc is None or at is None or found:
        return None
    opts = dict(acc.settings.get("default_options") or {})
    opts.update(req.options or {})
    if target and acc.platform in ("folder", "webhook"):
        opts.setdefault("caption_target", target)
    opts.setdefault("is_aigc", bool(getattr(version, "ai_generated", False)))
    if any(mm.get("ai_generated") for mm in items):
        opts["is_aigc"] = True
    return _Admitted(acc, at, text, content.get("first_comment") or None, product_id, market, version.id, items,
                     opts, findings, warnings, req.override_reason)


def _norm(text: str) -> str:
    return "\n".join(line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").strip().split("\n"))


def _approved_caption(db: Database, req: QueueRequest, acc, cache: dict):
    """(approved version, product id, market, target) for the request, or a located refusal."""
    from studio.services import catalog, drafts

    target = caption_target(acc.platform, acc.settings) if acc is not None else None
    given = _norm(req.text or "")
    if req.draft_version_id not in (None, ""):
        try:
            vid = int(req.draft_version_id)
        except (TypeError, ValueError):
            raise _Problem("draft_version", f"'{req.draft_version_id}' is not a draft version id") from None
        with db.session() as s:
            row = s.get(m.DraftVersion, vid)
            draft = s.get(m.Draft, row.draft_id) if row is not None else None
            if draft is None or draft.kind != "caption":
                raise _Problem("draft_version", f"no caption version {vid}")
            if draft.approved_version != row.number:
                raise _Problem("draft_version", f"version {vid} is not the approved version of its caption; "
                                                "approve it first (studio drafts approve ID)")
            product_id, market, dtarget = draft.product_id, draft.market, draft.target
        if target and dtarget and dtarget != target:
            raise _Problem("draft_version", f"version {vid} is a {dtarget} caption; account '{acc.name}' posts "
                                            f"{target} captions")
        version = drafts.latest_approved(db, product_id, market, "caption", dtarget)
    elif req.product not in (None, ""):
        if not (req.market or "").strip():
            raise _Problem("market", "needed with a product (a locale tag such as de-DE)")
        market = req.market.strip()
        try:
            product = catalog.get_product_by_ref(db, str(req.product).strip())
        except StudioError as exc:
            raise _Problem("product", str(exc)) from None
        cache[f"product:{product.id}"] = product
        product_id = product.id
        version, dtarget = None, target
        if target:
            version = drafts.latest_approved(db, product.id, market, "caption", target)
        else:
            for d in drafts.list_drafts(db, product=product.id, market=market, kind="caption", status="approved"):
                version = drafts.latest_approved(db, product.id, market, "caption", d.target)
                if version is not None:
                    dtarget = d.target
                    break
        if version is None:
            raise _Problem("text", f"no approved caption for {product.handle} in {market} for "
                                   f"{target or 'any channel'}; generate and approve one first (studio generate "
                                   f"--products {product.handle} --markets {market} --kinds caption, then studio "
                                   "drafts approve ID)")
    elif given:
        version, product_id, market, dtarget = _caption_with_text(db, given, target, cache)
    else:
        raise _Problem("text", "say which approved caption to post: a product and market, a draft version, or the "
                               "exact text of an approved caption")
    if version is None:
        raise _Problem("text", "the caption is no longer approved")
    if given and given != _norm(version.content.get("text") or ""):
        raise _Problem("text", f"differs from the approved caption (version {version.id}); approve the edited text "
                               "first (studio drafts), or leave the text empty to post the approved one")
    return version, product_id, market, dtarget


def _caption_with_text(db: Database, text: str, target: str | None, cache: dict):
    """The approved caption whose text is exactly ``text`` (the account's channel first)."""
    from studio.services import drafts

    if "approved" not in cache:
        with db.session() as s:
            rows = s.execute(select(m.Draft.product_id, m.Draft.market, m.Draft.target, m.DraftVersion.id,
                                    m.DraftVersion.content)
                             .join(m.DraftVersion, (m.DraftVersion.draft_id == m.Draft.id)
                                   & (m.DraftVersion.number == m.Draft.approved_version))
                             .where(m.Draft.kind == "caption", m.Draft.approved_version.is_not(None))).all()
        index: dict[str, list] = {}
        for pid, market, dtarget, vid, content in rows:
            index.setdefault(_norm((content or {}).get("text") or ""), []).append((pid, market, dtarget, vid))
        cache["approved"] = index
    hits = cache["approved"].get(text) or []
    hits = sorted(hits, key=lambda h: (h[2] != target, h[3]))
    if not hits or (target and hits[0][2] not in (target, "")):
        shown = text if len(text) <= 60 else text[:60] + "…"
        raise _Problem("text", f"'{shown}' is not an approved caption{' for ' + target if target else ''}; only "
                               "approved captions are queued: approve it first (studio drafts approve ID), or give "
                               "the product and market of an approved caption")
    pid, market, dtarget, _vid = hits[0]
    return drafts.latest_approved(db, pid, market, "caption", dtarget), pid, market, dtarget


def vet_media(path_text: str, *, base_dir: str | Path | None = None, roots: list[Path] | tuple = ()) -> dict:
    """A media file the user named, checked: inside an allowed folder after resolving symlinks (the media store
    or ``roots``), a regular file, and an image Pillow decodes or a video container. Returns a media item."""
    raw = path_text.strip()
    p = Path(raw).expanduser()
    if not p.is_absolute():
        p = Path(base_dir or ".") / p
    real = p.resolve()
    allowed = [r.resolve() for r in (*roots, *allowed_media_roots())]
    if not any(real.is_relative_to(r) for r in allowed):
        raise _Problem("media", f"{raw} is outside the folders you pointed at ({', '.join(str(r) for r in allowed)}); "
                                "copy it into the CSV's folder or name its folder with --media-dir")
    if not real.exists():
        raise _Problem("media", f"file not found: {raw}")
    if not real.is_file():
        raise _Problem("media", f"{raw} is not a regular file")
    if real.suffix.lower() in VIDEO_SUFFIXES:
        with open(real, "rb") as fh:
            head = fh.read(12)
        if not (head[4:8] in (b"ftyp", b"moov", b"mdat", b"wide", b"free") or head.startswith(b"\x1a\x45\xdf\xa3")):
            raise _Problem("media", f"{raw} is not a video (no MP4/MOV/WebM container)")
        return {"path": str(real), "kind": "video"}
    try:
        from PIL import Image

        with Image.open(real) as im:
            fmt, size = im.format, im.size
            im.verify()
    except Exception:  # noqa: BLE001 - anything Pillow cannot decode is not an image
        raise _Problem("media", f"{raw} is not an image (Pillow cannot decode it)") from None
    mime = {"JPEG": "image/jpeg", "PNG": "image/png", "WEBP": "image/webp", "GIF": "image/gif"}.get(fmt or "")
    return {"path": str(real), "kind": "image", "mime": mime, "width": size[0], "height": size[1]}


def _into_store(item: dict) -> dict:
    """Queued media lives in the media store (content-addressed), never at a path the user can change later."""
    import shutil

    src = Path(item.get("path") or "")
    if not src.is_file() or any(src.resolve().is_relative_to(r.resolve()) for r in allowed_media_roots()):
        return item
    digest = item.get("sha256") or _sha(src)
    store = allowed_media_roots()[0]
    dest = media_store.store_path(store, digest, src.suffix)  # confined, private
    if not dest.exists():
        tmp = dest.with_name(dest.name + f".{uuid.uuid4().hex[:8]}.part")
        shutil.copyfile(src, tmp)
        media_store.commit(tmp, dest)
    return {**item, "path": str(dest), "sha256": digest, "source": str(src)}


def schedule_from_draft(db: Database, *, product_ref: str, market: str, account: str, at: datetime | str | None,
                        override_reason: str | None = None, options: dict[str, Any] | None = None,
                        publish_now: bool = False) -> ScheduleResult:
    """``studio schedule``: the latest approved caption of a product for an account, through the gate."""
    return enqueue(db, [QueueRequest(account=account, at=at, product=product_ref, market=market,
                                     override_reason=override_reason, options=options, publish_now=publish_now)])[0]


# --------------------------------------------------------------------------- recurring slots


def add_slot(db: Database, account_id: int, weekday: int, time_of_day: str, timezone: str = "UTC") -> int:
    if not 0 <= weekday <= 6:
        raise StudioError("weekday is 0 (Monday) … 6 (Sunday)")
    try:
        hh, mm = (int(x) for x in time_of_day.split(":"))
        assert 0 <= hh < 24 and 0 <= mm < 60
        ZoneInfo(timezone)
    except Exception:  # noqa: BLE001
        raise StudioError(f"bad slot {time_of_day} {timezone}: use HH:MM and an IANA zone like Europe/Berlin") from None
    with db.session() as s:
        row = m.RecurringSlot(account_id=account_id, weekday=weekday, time_of_day=f"{hh:02d}:{mm:02d}",
                              timezone=timezone)
        s.add(row)
        s.flush()
        return row.id


def list_slots(db: Database, account_id: int | None = None) -> list[dict[str, Any]]:
    with db.session() as s:
        q = select(m.RecurringSlot).order_by(m.RecurringSlot.weekday, m.RecurringSlot.time_of_day)
        if account_id is not None:
            q = q.where(m.RecurringSlot.account_id == account_id)
        return [{"id": r.id, "account_id": r.account_id, "weekday": r.weekday, "time": r.time_of_day,
                 "timezone": r.timezone} for r in s.scalars(q).all()]


def next_free_slot(db: Database, account_id: int, after: datetime | None = None, horizon_weeks: int = 12) -> datetime:
    """The first weekly slot after ``after`` not yet taken by a post of this account."""
    after = utc(after) or now_utc()
    slots = list_slots(db, account_id)
    if not slots:
        raise StudioError("this account has no weekly slots; add some in the Calendar or pass --at")
    with db.session() as s:
        taken = {utc(t).replace(second=0, microsecond=0) for (t,) in s.execute(
            select(m.Post.scheduled_at).where(m.Post.account_id == account_id, m.Post.scheduled_at >= after,
                                              m.Post.state.in_(OPEN_STATES + ("published",))))}
    candidates = []
    for slot in slots:
        tz = ZoneInfo(slot["timezone"])
        local_after = after.astimezone(tz)
        hh, mm = (int(x) for x in slot["time"].split(":"))
        for week in range(horizon_weeks):
            d = local_after.date() + timedelta(days=(slot["weekday"] - local_after.weekday()) % 7 + 7 * week)
            cand = datetime.combine(d, time(hh, mm), tz).astimezone(UTC)
            if cand > after and cand not in taken:
                candidates.append(cand)
                break
    if not candidates:
        raise StudioError(f"every weekly slot of the next {horizon_weeks} weeks is taken")
    return min(candidates)


# --------------------------------------------------------------------------- CSV and iCalendar

CSV_FIELDS = ("id", "account", "platform", "scheduled_at", "state", "product", "market", "draft_version", "text",
              "first_comment", "media", "platform_post_id", "platform_url", "last_error")
def export_csv(db: Database, path: Path | None = None, **filters: Any) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(CSV_FIELDS)
    posts = list_posts(db, **filters)
    with db.session() as s:
        ids = sorted({p.product_id for p in posts if p.product_id is not None})
        handles = {}
        for i in range(0, len(ids), 900):
            handles.update(s.execute(select(m.Product.id, m.Product.handle).where(m.Product.id.in_(ids[i:i + 900]))).all())
    for p in posts:
        media = "|".join(mm.get("path", "") for mm in p.media)
        cells = (p.id, p.account_name, p.platform, p.scheduled_at.isoformat(), p.state, handles.get(p.product_id, ""),
                 p.market or "", p.draft_version_id or "", p.text, p.first_comment or "", media,
                 p.platform_post_id or "", p.platform_url or "", p.last_error or "")
        w.writerow([escape_formula(str(v)) for v in cells])
    data = buf.getvalue()
    if path is not None:
        user_file(path).write_text(data, encoding="utf-8-sig")
    return data


CSV_IMPORT_COLUMNS = ("account", "scheduled_at", "product", "market", "draft_version", "text", "first_comment",
                      "media", "override_warnings")
CSV_MAX_BYTES = 20 * 1024 * 1024


def import_csv(db: Database, path: Path | str, *, media_roots: list[str | Path] | tuple = ()) -> ChangeSummary:
    """Posts from a CSV, through ``enqueue`` (the same gate as ``studio schedule``); all or nothing.

    Columns: ``account``, ``scheduled_at`` (ISO 8601, or ``now``), and which approved caption to post —
    ``product`` + ``market``, ``draft_version``, or the exact approved ``text``; optional ``first_comment``
    (must match the approved one), ``media`` (paths joined by ``|``, relative to the CSV's folder; only from
    that folder, ``media_roots`` and the media store; empty: the product's latest video or mockup; ``none``:
    no media) and ``override_warnings`` (the recorded reason for accepting quality warnings)."""
    path = Path(path)
    name = path.name
    try:
        if path.stat().st_size > CSV_MAX_BYTES:
            raise StudioError(f"{name}: larger than {CSV_MAX_BYTES // (1024 * 1024)} MB; split the file")
        data = path.read_bytes()
    except OSError as exc:
        raise StudioError(f"{name}: cannot read ({exc.strerror or exc})") from None
    try:
        raw = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        raise StudioError(f"{name} line {line}: byte 0x{data[exc.start]:02x} at offset {exc.start} is not UTF-8; "
                          "save the file as UTF-8") from None
    reader = csv.DictReader(io.StringIO(raw, newline=""), strict=True)
    try:
        header = [h.strip() for h in (reader.fieldnames or ())]
        reader.fieldnames = header
        missing = {"account", "scheduled_at"} - set(header)
        if missing or not {"text", "product", "draft_version"} & set(header):
            raise StudioError(f"{name}: missing column(s) {', '.join(sorted(missing) or ['text, product or draft_version'])}; "
                              "need account, scheduled_at and product + market, draft_version or text")
        requests = []
        last = reader.line_num
        for row in reader:
            n, last = last + 1, reader.line_num  # the row's first line (a quoted field may span lines)
            if None in row:
                raise StudioError(f"{name} row {n}: {len(header) + len(row[None])} fields, the header has "
                                  f"{len(header)}")
            row = {k: unescape_formula((v or "").strip()) for k, v in row.items() if k}
            if not any(row.values()):
                continue
            media_cell = row.get("media", "")
            if "media" not in row or not media_cell:
                media = None
            elif media_cell.lower() == "none":
                media = ()
            else:
                media = tuple(x for x in media_cell.split("|") if x.strip())
            when = row.get("scheduled_at", "")
            requests.append(QueueRequest(
                account=row.get("account", ""), at=when, publish_now=when.lower() == "now",
                product=row.get("product") or None, market=row.get("market") or None,
                draft_version_id=row.get("draft_version") or None, text=row.get("text") or None,
                first_comment=row.get("first_comment") or None, media=media,
                override_reason=row.get("override_warnings") or None, where=f"{name} row {n}", source="csv",
                base_dir=str(path.parent)))
    except csv.Error as exc:
        raise StudioError(f"{name} line {reader.line_num}: {exc}") from None
    if not requests:
        raise StudioError(f"{name}: no rows to import")
    results = enqueue(db, requests, media_roots=[path.parent, *media_roots])
    created = tuple(r.post.id for r in results)
    return ChangeSummary(created=created, entity="post", message=f"imported {len(created)} posts")


def _ics_escape(text: str) -> str:
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n")
            .replace("\n", "\\n"))


def _ics_fold(line: str) -> str:
    """RFC 5545 §3.1: lines longer than 75 octets are folded (CRLF + space), never inside a UTF-8 sequence."""
    out, cur, size = [], "", 0
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > 75:
            out.append(cur)
            cur, size = " ", 1
        cur += ch
        size += n
    out.append(cur)
    return "\r\n".join(out)


def _ics_time(dt: datetime) -> str:
    # explicit widths: strftime("%Y") gives "1", not "0001", for year 1 on glibc
    dt = dt.astimezone(UTC)
    return f"{dt.year:04d}{dt.month:02d}{dt.day:02d}T{dt.hour:02d}{dt.minute:02d}{dt.second:02d}Z"


def export_ics(db: Database, path: Path | None = None, **filters: Any) -> str:
    """The schedule as iCalendar (RFC 5545): one VEVENT per post, 15 minutes long."""
    stamp = now_utc().strftime("%Y%m%dT%H%M%SZ")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Commerce Studio//Schedule//EN", "CALSCALE:GREGORIAN",
             "METHOD:PUBLISH", "X-WR-CALNAME:Commerce Studio schedule"]
    for p in list_posts(db, **filters):
        if p.state == "cancelled":
            continue
        start = p.scheduled_at
        summary = f"[{p.platform}] {p.account_name}: {p.text.splitlines()[0] if p.text else ''}"[:120]
        desc = f"State: {p.state}\n{p.text}"
        if p.last_error:
            desc += f"\nLast error: {p.last_error}"
        try:
            end = start + timedelta(minutes=15)
        except OverflowError:  # a post in the last minutes of year 9999 (old data, a shared database)
            end = start
        lines += ["BEGIN:VEVENT", f"UID:post-{p.idempotency_key}@commerce-studio", f"DTSTAMP:{stamp}",
                  f"DTSTART:{_ics_time(start)}", f"DTEND:{_ics_time(end)}",
                  f"SUMMARY:{_ics_escape(summary)}", f"DESCRIPTION:{_ics_escape(desc)}",
                  f"CATEGORIES:{_ics_escape(p.platform)},{_ics_escape(p.state)}",
                  "STATUS:" + ("CONFIRMED" if p.state == "published" else "TENTATIVE")]
        if p.platform_url and p.platform_url.startswith("http"):
            lines.append(f"URL:{p.platform_url}")
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    data = "\r\n".join(_ics_fold(line) for line in lines) + "\r\n"
    if path is not None:
        user_file(path).write_bytes(data.encode("utf-8"))
    return data


def grace_minutes() -> int:
    try:
        return int(app_settings.Settings().get("channels.grace_minutes", DEFAULT_GRACE_MINUTES))
    except (TypeError, ValueError):
        return DEFAULT_GRACE_MINUTES


def month_grid(day: date) -> list[date]:
    """42 days (6 weeks, Monday first) covering the month of ``day``."""
    first = day.replace(day=1)
    start = first - timedelta(days=first.weekday())
    return [start + timedelta(days=i) for i in range(42)]
