"""The app's clock: every "now" and "today" of the core and the app is read here, never from ``datetime.now()``,
``date.today()`` or ``time.time()`` directly (tests/unit/test_clock.py checks it). One place decides what time it
is, so a test sets the time the whole app sees (the ``clock`` marker of tests/conftest.py) instead of depending on
the machine's date."""

from __future__ import annotations

from datetime import UTC, date, datetime


def now() -> datetime:
    """This moment, in UTC (aware). Local wall-clock time: ``now().astimezone()``."""
    return datetime.now(UTC)


def today() -> date:
    """Today's date on this machine's local clock."""
    return now().astimezone().date()
