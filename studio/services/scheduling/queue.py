"""Posts and their states: the rows of the publishing queue and what a person may do with them.

States: ``scheduled → publishing → published``; ``failed`` (the platform rejected it, or transient errors
ran out of retries), ``needs-attention`` (a person must look: missed window, unknown outcome after a
crash, account to reconnect), ``cancelled``. The worker (``studio.services.worker``) moves posts between
them; ``studio.services.scheduling.gate`` is the only way a user's post gets in (``insert_post`` is its writer).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select

from studio import clock
from studio.domain import NotFound, StudioError
from studio.services.scheduling.clock import DAY, parse_when, utc
from studio.storage import models as m
from studio.storage.db import Database, get_row

OPEN_STATES = ("scheduled", "publishing")


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
    campaign: str | None = None  # the campaign this post belongs to (issue 21), with its phase and segment
    campaign_phase: str | None = None
    segment: str | None = None

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
    s.add(m.PostEvent(post_id=post_id, kind=kind, detail=jsonable(detail), at=clock.now()))


def jsonable(d: Any) -> Any:
    if isinstance(d, dict):
        return {str(k): jsonable(v) for k, v in d.items()}
    if isinstance(d, list | tuple):
        return [jsonable(v) for v in d]
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
        return insert_post(s, acc, text, when, media=media, options=options, first_comment=first_comment,
                            product_id=product_id, market=market, draft_version_id=draft_version_id,
                            override_reason=override_reason, findings=findings, idempotency_key=idempotency_key)


def insert_post(s, acc: m.Account, text: str, when: datetime, *, media: list[dict] | None = None,
                 options: dict[str, Any] | None = None, first_comment: str | None = None,
                 product_id: int | None = None, market: str | None = None, draft_version_id: int | None = None,
                 override_reason: str | None = None, findings: list[dict] | None = None,
                 idempotency_key: str | None = None) -> PostDTO:
    opts = dict(options or {})
    native_next = None
    if _wants_native(acc.platform, opts, when):
        opts["native_schedule"] = True
        native_next = clock.now()  # hand it to the platform now; the platform publishes at ``when``
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
    lead = (when - clock.now()).total_seconds()
    if platform == "facebook":
        return 15 * 60 <= lead <= 29 * DAY and opts.get("format", "feed") in ("feed", "photo", "video")
    if platform == "youtube":
        return lead >= 15 * 60
    return False


def _post_row(s, post_id: int) -> m.Post:
    row = s.get(m.Post, post_id)
    if row is None:
        raise NotFound(f"no post {post_id}")
    return row


def get_post(db: Database, post_id: int) -> PostDTO:
    with db.session() as s:
        row = _post_row(s, post_id)
        return _dto(row, get_row(s, m.Account, row.account_id))


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
        return _with_campaigns(s, [_dto(p, a) for p, a in s.execute(q).all()])


def _with_campaigns(s, posts: list[PostDTO]) -> list[PostDTO]:
    """Posts with the campaign, phase and segment they were planned for (the Calendar marks them), and the segment
    of a segment variant's post."""
    from dataclasses import replace

    from studio.storage.models_campaigns import Campaign, CampaignItem

    marks: dict[int, tuple[str, str, str]] = {}
    ids = [p.id for p in posts]
    for i in range(0, len(ids), 500):
        q = (select(CampaignItem.post_id, Campaign.name, CampaignItem.phase, CampaignItem.segment)
             .join(Campaign, Campaign.id == CampaignItem.campaign_id).where(CampaignItem.post_id.in_(ids[i:i + 500])))
        marks.update({pid: (name, phase, seg) for pid, name, phase, seg in s.execute(q).all()})
    # a segment variant scheduled outside a campaign: its segment is its draft's (drafts.segment)
    segs: dict[int, str] = {}
    vids = [p.draft_version_id for p in posts if p.draft_version_id and p.id not in marks]
    for i in range(0, len(vids), 500):
        q2 = (select(m.DraftVersion.id, m.Draft.segment).join(m.Draft, m.Draft.id == m.DraftVersion.draft_id)
              .where(m.DraftVersion.id.in_(vids[i:i + 500]), m.Draft.segment.is_not(None)))
        segs.update({vid: seg for vid, seg in s.execute(q2).all() if seg})
    if not marks and not segs:
        return posts
    out = []
    for p in posts:
        if p.id in marks:
            name, phase, seg = marks[p.id]
            p = replace(p, campaign=name, campaign_phase=phase, segment=seg or None)
        elif segs.get(p.draft_version_id or 0):
            p = replace(p, segment=segs[p.draft_version_id or 0])
        out.append(p)
    return out


def post_events(db: Database, post_id: int) -> list[dict[str, Any]]:
    with db.session() as s:
        rows = s.scalars(select(m.PostEvent).where(m.PostEvent.post_id == post_id).order_by(m.PostEvent.id)).all()
        return [{"at": utc(r.at), "kind": r.kind, "detail": dict(r.detail or {})} for r in rows]


def reschedule(db: Database, post_id: int, when: datetime | str) -> PostDTO:
    when = parse_when(when)
    with db.session() as s:
        row = _post_row(s, post_id)
        if row.state not in ("scheduled", "failed", "needs-attention", "cancelled"):
            raise StudioError(f"post {post_id} is {row.state}; only scheduled, failed, needs-attention or cancelled "
                              "posts can be moved")
        if row.state == "needs-attention" and row.intent_at is not None and not row.options.get("confirmed_absent"):
            _guard_unknown(s, row)
        acc = get_row(s, m.Account, row.account_id)
        opts = dict(row.options or {})
        opts.pop("native_schedule", None)
        native = _wants_native(acc.platform, opts, when)
        if native:
            opts["native_schedule"] = True
        row.options = opts
        row.scheduled_at = when
        row.state = "scheduled"
        row.next_attempt_at = clock.now() if native else None
        add_event(s, post_id, "rescheduled", at=when.isoformat())
        return _dto(row, acc)


def _guard_unknown(s, row: m.Post) -> None:
    last = s.scalar(select(m.PostEvent).where(m.PostEvent.post_id == row.id).order_by(m.PostEvent.id.desc()).limit(1))
    if last is not None and last.kind == "reconcile" and (last.detail or {}).get("outcome") == "unknown":
        raise StudioError(f"post {row.id} may already be on {get_row(s, m.Account, row.account_id).platform} (the worker "
                          "stopped while sending it); check the account, then run studio queue --confirm-absent "
                          f"{row.id} before retrying")


def retry(db: Database, post_id: int) -> PostDTO:
    """Put a failed / needs-attention post back in the queue (due now)."""
    with db.session() as s:
        row = _post_row(s, post_id)
        if row.state not in ("failed", "needs-attention", "cancelled"):
            raise StudioError(f"post {post_id} is {row.state}; only failed, needs-attention or cancelled posts "
                              "can be retried")
        if not (row.options or {}).get("confirmed_absent"):
            _guard_unknown(s, row)
        row.state = "scheduled"
        row.next_attempt_at = clock.now()
        row.options = {**(row.options or {}), "missed_ok": True}
        add_event(s, post_id, "retry", by="user")
        return _dto(row, get_row(s, m.Account, row.account_id))


def confirm_absent(db: Database, post_id: int) -> PostDTO:
    """The user checked the platform: a post of unknown outcome is NOT there, so it may be sent again."""
    with db.session() as s:
        row = _post_row(s, post_id)
        row.options = {**(row.options or {}), "confirmed_absent": True}
        add_event(s, post_id, "confirmed-absent", by="user")
        return _dto(row, get_row(s, m.Account, row.account_id))


def cancel(db: Database, post_id: int) -> PostDTO:
    with db.session() as s:
        row = _post_row(s, post_id)
        if row.state not in ("scheduled", "failed", "needs-attention"):
            raise StudioError(f"post {post_id} is {row.state} and cannot be cancelled")
        row.state = "cancelled"
        add_event(s, post_id, "cancelled", by="user")
        return _dto(row, get_row(s, m.Account, row.account_id))


def counts_by_state(db: Database) -> dict[str, int]:
    with db.session() as s:
        return {k: int(v) for k, v in s.execute(select(m.Post.state, func.count()).group_by(m.Post.state)).all()}
