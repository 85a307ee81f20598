"""Fixtures for the shell tests (icons, palettes, help, notifications); ``ctx`` and ``window`` come from
tests/ui/conftest.py."""

from __future__ import annotations

import pytest


@pytest.fixture
def light(qapp):
    """The light palette for the test, whatever an earlier test left (restored afterwards)."""
    from ui import theme

    before = theme.current()
    theme.apply(qapp, "light")
    yield
    theme.apply(qapp, before)
