"""Shared helpers for the channels' metrics readers (issue 20; Qt-free, no studio.services/storage imports).

Each platform's reader lives in ``channels/<platform>/metrics.py`` as a mixin the adapter class puts before
``HttpAdapter``; it implements ``studio.ports.ChannelAdapter.fetch_metrics`` against the platform's documented
endpoint and maps the platform's own metric names onto the ``post_metrics`` columns. A metric the platform
did not return stays absent (unknown) — never 0.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from studio import clock


def number(value: Any) -> int | float | None:
    """A metric value as a number, or None when the platform sent none (or something that is not one)."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return value
    try:
        f = float(str(value))
    except ValueError:
        return None
    return int(f) if f.is_integer() else f


def pick(source: dict[str, Any], mapping: dict[str, str]) -> dict[str, int | float]:
    """``{column: value}`` for every platform name in ``mapping`` (platform name → column) that has a value."""
    out: dict[str, int | float] = {}
    for name, column in mapping.items():
        v = number(source.get(name))
        if v is not None:
            out[column] = v
    return out


def day_of(value: Any) -> date | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return (value if value.tzinfo else value.replace(tzinfo=UTC)).astimezone(UTC).date()
    if isinstance(value, date):
        return value
    try:
        return datetime.fromisoformat(str(value)).date()
    except ValueError:
        return None


def age_hours(published_at: Any, now: datetime | None = None) -> float | None:
    if not isinstance(published_at, datetime):
        return None
    now = now or clock.now()
    p = published_at if published_at.tzinfo else published_at.replace(tzinfo=UTC)
    return (now - p).total_seconds() / 3600.0
