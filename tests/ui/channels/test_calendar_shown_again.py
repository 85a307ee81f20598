"""Found in the s17 walkthrough: after `studio accounts add folder …` in a terminal, the Calendar (built earlier)
still said "No accounts yet." above its quotas when the user came back to it, while *New post…* already offered
the account. Shown again, the Calendar reads posts, accounts and quotas again (as Review does)."""

from __future__ import annotations

from studio.services import accounts
from ui.sections.calendar import CalendarView


def test_the_calendar_reads_accounts_again_when_shown_again(qtbot, ctx, tmp_path):
    view = CalendarView(ctx)
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    qtbot.waitUntil(lambda: getattr(view, "_loaded_once", False), timeout=20000)
    assert view.accounts == []
    view.hide()
    accounts.add_account(ctx.db, "folder", "shop-folder", base_url=str(tmp_path / "out"))  # elsewhere: no broadcast
    view.show()
    qtbot.waitUntil(lambda: [a.name for a in view.accounts] == ["shop-folder"], timeout=20000)
