"""Notifications: a failed post and a finished batch job raise one (in-app here: offscreen has no tray), and the
setting turns them off."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import select, update

from studio.domain import ChangeSummary
from studio.storage import models as m
from tests.integration.home.test_home_service import seed
from ui import notify


@pytest.fixture
def notifier(qtbot, window, monkeypatch):
    monkeypatch.setattr(notify, "MIN_SECONDS", 0.0)
    n = window.notifier
    qtbot.waitUntil(lambda: n._known_failed is not None, timeout=15000)  # the first read of failed posts
    return n


def _run(ctx, name, job):
    return ctx.tasks.submit(job, name=name)


def test_a_finished_batch_job_notifies(qtbot, ctx, notifier):
    with qtbot.waitSignal(notifier.notified, timeout=10000) as sig:
        _run(ctx, "batch render", lambda progress, cancel: 3)
    notice, how = sig.args
    assert notice.title == "Batch render finished" and how == "in-app"
    toast = notifier.toasts[-1]
    assert toast.isVisible() and toast.title.text() == "Batch render finished"
    assert "Batch render finished" in notifier.window.statusBar().currentMessage()


def test_a_failed_batch_job_says_failed_and_a_short_read_says_nothing(qtbot, ctx, notifier):
    def boom(progress, cancel):
        raise RuntimeError("disk full")

    seen = []
    notifier.notified.connect(lambda n, how: seen.append(n))
    handle = _run(ctx, "content: products", lambda p, c: 1)  # not a batch job
    with qtbot.waitSignal(notifier.notified, timeout=10000) as sig:
        ctx.tasks.submit(boom, name="mockups: batch", on_error=lambda exc: None)
    assert sig.args[0].title == "Mockup batch failed" and sig.args[0].kind == "error"
    assert handle.future is not None and [n.title for n in seen] == ["Mockup batch failed"]


def test_a_post_that_fails_notifies_once_with_the_account_and_opens_the_calendar(qtbot, ctx, notifier, window):
    seed(ctx.db)  # one post already failed before: not news ...
    with qtbot.waitSignal(notifier.notified, timeout=10000, raising=False) as first:
        ctx.bus.broadcast(ChangeSummary(updated=(0,), entity="post"))
    # ... but the seed's failed post was not known at start, so it is reported once; then nothing more
    assert first.signal_triggered
    with qtbot.waitSignal(notifier.notified, timeout=1500, raising=False) as again:
        ctx.bus.broadcast(ChangeSummary(updated=(0,), entity="post"))
    assert not again.signal_triggered
    with ctx.db.session() as s:
        pid = s.scalar(select(m.Post.id).where(m.Post.state == "scheduled").order_by(m.Post.id))
        s.execute(update(m.Post).where(m.Post.id == pid).values(state="failed", last_error="the token was revoked"))
        s.commit()
    with qtbot.waitSignal(notifier.notified, timeout=10000) as sig:
        ctx.bus.broadcast(ChangeSummary(updated=(pid,), entity="post"))
    notice, _how = sig.args
    assert notice.title == "A post failed" and "shop-folder" in notice.body and "token was revoked" in notice.body
    toast = notifier.toasts[-1]
    toast.open_button.click()
    assert window.stack.currentWidget() is window.section_widget("calendar")


def test_the_setting_turns_them_off(qtbot, ctx, notifier):
    ctx.settings.set("ui.notifications", False)
    gate = threading.Event()
    with qtbot.waitSignal(ctx.tasks.task_finished, timeout=10000):
        _run(ctx, "batch generation", lambda p, c: gate.set())
    assert gate.is_set() and notifier.toasts == []
    assert notifier.notify(notify.Notice("x", "y")) is None


def test_job_names_read_as_words():
    assert notify.job_label("mockups: batch") == "Mockup batch"
    assert notify.job_label("import: shop.csv") == "Catalog import"
    assert notify.job_label("import orders: /tmp/o.csv") == "Order import"
    assert notify.job_label("something new") == "Something new"
