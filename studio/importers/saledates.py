"""When a sale runs: the sale dates of every format we read, each by its own documented rule, in one place.

* Google Merchant / Meta feed, ``sale_price_effective_date`` (XML and TSV/CSV): ``start/end`` in ISO 8601. Google's
  help (support.google.com/merchants/answer/6324460, "Sale price effective date", best practices): without a time
  the sale starts at midnight of the start date and ends at 11:59 p.m. of the end date; without a time zone it is
  read in UTC.
* WooCommerce CSV, ``Date sale price starts`` / ``Date sale price ends`` (``date_on_sale_from`` /
  ``date_on_sale_to``): the product CSV import schema says "Date (start of day)" and "Date (end of day)"; the
  dates are in the site's time zone, which the export does not carry: read in UTC (stated in the docs).
* WXR, ``_sale_price_dates_from`` / ``_sale_price_dates_to``: Unix timestamps, which WooCommerce already stores at
  the start and the end of the day: taken as they are.
* Magento, ``special_price_from_date`` / ``special_price_to_date``: the special price applies through the whole
  "to" day (``Timezone::isScopeDateInInterval`` adds a day to the end date; magento/magento2 issue 39169). The
  store's time zone is not in the export: read in UTC.

A window is ``(start, end)`` with either side None when the file leaves it open; ``end`` is the last moment the
sale runs (inclusive).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, time

from studio import clock

Window = tuple[datetime | None, datetime | None]

_END_OF_DAY = time(23, 59, 59, 999999)
_DATE_ONLY = re.compile(r"\d{4}-\d{2}-\d{2}")
_US_DATE = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]M)?)?", re.I)


def _moment(text: str, *, end: bool) -> datetime | None:
    """One ISO 8601 date or time; a date alone is the start (or, for an end, the last moment) of that day; no
    time zone is UTC. None when unreadable."""
    p = text.strip()
    if _DATE_ONLY.fullmatch(p):
        day = datetime.fromisoformat(p)
        return datetime.combine(day.date(), _END_OF_DAY if end else time(0), tzinfo=UTC)
    p = re.sub(r"([+-]\d\d)(\d\d)$", r"\1:\2", p.replace("Z", "+00:00"))
    try:
        d = datetime.fromisoformat(p)
    except ValueError:
        return None
    return d if d.tzinfo else d.replace(tzinfo=UTC)


def feed_window(text: str) -> Window | None:
    """Google's ``sale_price_effective_date``: ``start/end`` (module docstring), or None if unreadable."""
    parts = text.split("/")
    if len(parts) != 2:
        return None
    start, end = _moment(parts[0], end=False), _moment(parts[1], end=True)
    if start is None or end is None:
        return None
    return start, end


def _day(text: str, *, end: bool) -> datetime | None:
    """A shop's sale date (WooCommerce ``2024-05-31``, Magento ``2024-05-31 00:00:00`` or ``5/31/24``): the day
    it names, its start or (``end``) its last moment, in UTC. A time written with the date is ignored: both
    shops schedule sales by the day. None when unreadable."""
    t = text.strip()
    m = _US_DATE.fullmatch(t)
    if m:
        month, day, year = int(m[1]), int(m[2]), int(m[3])
        year += 2000 if year < 100 else 0
        try:
            d = datetime(year, month, day, tzinfo=UTC)
        except ValueError:
            return None
    else:
        m2 = re.match(r"(\d{4}-\d{2}-\d{2})(?:[ T].*)?$", t)
        if not m2:
            return None
        try:
            d = datetime.fromisoformat(m2[1]).replace(tzinfo=UTC)
        except ValueError:
            return None
    return datetime.combine(d.date(), _END_OF_DAY, tzinfo=UTC) if end else d


def day_window(start: str, end: str) -> Window | None:
    """WooCommerce's and Magento's sale dates: whole days (module docstring); an empty side is open. None when a
    given date is unreadable."""
    s = _day(start, end=False) if start.strip() else None
    e = _day(end, end=True) if end.strip() else None
    if (start.strip() and s is None) or (end.strip() and e is None):
        return None
    return s, e


def timestamp_window(start: str, end: str) -> Window | None:
    """WXR's ``_sale_price_dates_from`` / ``_to``: Unix timestamps (WooCommerce stores the day's bounds)."""
    out: list[datetime | None] = []
    for raw in (start, end):
        raw = raw.strip()
        if not raw:
            out.append(None)
            continue
        try:
            out.append(datetime.fromtimestamp(int(raw), tz=UTC))
        except (ValueError, OverflowError, OSError):
            return None
    return out[0], out[1]


def running(window: Window, now: datetime | None = None) -> bool:
    """True when the sale runs at ``now`` (the app's clock, ``studio.clock``), both bounds included."""
    at = now or clock.now()
    start, end = window
    return (start is None or start <= at) and (end is None or at <= end)


def written(window: Window) -> str:
    """The window as a message shows it: ``2024-05-01 00:00 UTC – 2024-05-31 23:59 UTC``."""
    def one(d: datetime | None) -> str:
        return d.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC") if d else "open"
    return f"{one(window[0])} – {one(window[1])}"


__all__ = ["Window", "day_window", "feed_window", "running", "timestamp_window", "written"]
