"""Time in the publishing queue: every stored time is UTC; what a user types is read in the machine's zone
(a moment that does not exist or happens twice is refused), and a queue time is now-ish or later."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import overload

from studio import clock
from studio import settings as app_settings
from studio.domain import StudioError

DEFAULT_GRACE_MINUTES = 60


DAY = 24 * 3600


MAX_AHEAD_DAYS = 5 * 366  # the queue plans at most five years ahead (platforms' own schedulers: days to months)


PAST_TOLERANCE_S = 60  # "now" typed a few seconds late is still now


@overload
def utc(dt: datetime) -> datetime: ...
@overload
def utc(dt: None) -> None: ...
@overload
def utc(dt: datetime | None) -> datetime | None: ...


def utc(dt: datetime | None) -> datetime | None:
    """``dt`` in UTC (a naive value is taken as UTC, as SQLite gives it back); None stays None."""
    if dt is None:
        return None
    return dt.replace(tzinfo=UTC) if dt.tzinfo is None else dt.astimezone(UTC)


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
    now = now or clock.now()
    if when < now - timedelta(seconds=PAST_TOLERANCE_S):
        raise StudioError(f"{when:%Y-%m-%d %H:%M} UTC is in the past; pick a later time, or use {now_hint} to "
                          "publish at once")
    if when > now + timedelta(days=MAX_AHEAD_DAYS):
        raise StudioError(f"{when:%Y-%m-%d} is more than {MAX_AHEAD_DAYS // 366} years ahead; the queue plans at "
                          f"most {MAX_AHEAD_DAYS // 366} years ahead")
    return when


def grace_minutes() -> int:
    try:
        return int(app_settings.Settings().get("channels.grace_minutes", DEFAULT_GRACE_MINUTES))
    except (TypeError, ValueError):
        return DEFAULT_GRACE_MINUTES
