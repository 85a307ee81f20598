"""Known bug (issue 19): Home read the OS keyring on each refresh; now once, then again after an account
change (or the Refresh button)."""

from __future__ import annotations

import pytest

from studio import secrets
from studio.domain import ChangeSummary
from studio.services import accounts, home
from tests.integration.home.test_home_service import seed


@pytest.fixture
def keyring_reads(monkeypatch):
    reads: list[str] = []
    real = secrets.get_secret
    monkeypatch.setattr(secrets, "get_secret", lambda key, *a, **kw: reads.append(key) or real(key, *a, **kw))
    home.forget_account_issues()
    yield reads
    home.forget_account_issues()


def test_home_refreshes_without_reading_the_keyring_again(qtbot, ctx, window, keyring_reads):
    seed(ctx.db)
    view = window.section_widget("home")
    with qtbot.waitSignal(view.loaded, timeout=15000):
        view.refresh()
    assert any(a.name == "brand-x" for a in view.summary.account_issues)
    n = len(keyring_reads)
    assert n > 0
    for _ in range(3):  # a draft saved, a task started and ended: Home refreshes
        with qtbot.waitSignal(view.loaded, timeout=15000):
            ctx.bus.broadcast(ChangeSummary(updated=(1,), entity="draft"))
            view._refresh_timer.start(0)
    assert len(keyring_reads) == n
    accounts.update_settings(ctx.db, "brand-x", note="reconnected elsewhere")  # an account changed
    with qtbot.waitSignal(view.loaded, timeout=15000):
        view.refresh()
    assert len(keyring_reads) > n
    m = len(keyring_reads)
    with qtbot.waitSignal(view.loaded, timeout=15000):
        view.refresh_button.click()  # Refresh asks the keyring again
    assert len(keyring_reads) > m
