"""Recurring weekly slots per account, and the next one no post has taken yet."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select

from studio import clock
from studio.domain import StudioError
from studio.services.scheduling.clock import utc
from studio.services.scheduling.queue import OPEN_STATES
from studio.storage import models as m
from studio.storage.db import Database


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
    after = utc(after) or clock.now()
    slots = list_slots(db, account_id)
    if not slots:
        raise StudioError("this account has no weekly slots; add some in the Calendar", hint="or pass --at")
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
