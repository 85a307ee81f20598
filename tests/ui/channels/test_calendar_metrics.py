"""Issue 20 item 6: "Sync metrics" in the Calendar runs the metrics sync off the GUI thread (ui.metrics_sync
through ui.ops) against a loopback emulator, shows progress and the outcome, and writes the rows."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select

from studio.services import accounts
from studio.storage import models as m
from studio.storage import models_metrics as mm
from tests.support.platforms import metrics as em
from tests.support.platforms.x import XEmulator
from ui.sections.calendar import CalendarView


def test_sync_metrics_button_fetches_and_reports(ctx, sqlite_db, qtbot):
    with XEmulator() as x:
        ids = em.seed(x, 3)
        acc = accounts.add_account(sqlite_db, "x", "brand-x", base_url=x.url, token="tok-1")
        with sqlite_db.session() as s:
            for i, pid in enumerate(ids):
                s.add(m.Post(account_id=acc.id, text=f"p{i}", scheduled_at=datetime.now(UTC) - timedelta(days=2),
                             state="published", platform_post_id=pid, idempotency_key=f"ui-{pid}",
                             published_at=datetime.now(UTC) - timedelta(days=2), media=[], options={}))
        view = CalendarView(ctx)
        qtbot.addWidget(view)
        assert view.metrics_btn.text() and view.metrics_btn.isEnabled()
        view.metrics_btn.click()
        qtbot.waitUntil(lambda: "3" in view.status.text() and view.metrics_btn.isEnabled(), timeout=15000)
        assert x.metrics_calls == 1 and not x.violations
        with sqlite_db.session() as s:
            assert s.scalar(select(func.count()).select_from(mm.PostMetric)) == 3
