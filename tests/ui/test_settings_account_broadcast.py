"""An account added anywhere is broadcast as a ChangeSummary(entity="account") so the Calendar's quotas,
Settings › Accounts and Review's schedule dialog refresh at once (walkthrough defects 8 and 9); adding one from
the schedule dialog keeps the dialog (and the post being scheduled) and picks the new account; a Folder account
is "ready", not "Next: Connect"."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from studio.services import accounts


def _no_accounts_shown(view) -> bool:
    return any(lbl.text() == "No accounts yet." for lbl in view.quota_box.findChildren(QLabel) if lbl.isVisibleTo(view))


def test_add_from_the_schedule_dialog_keeps_the_task_and_refreshes_every_view(ctx, qtbot, tmp_path):
    from ui.review.schedule import ScheduleDialog
    from ui.sections.calendar import CalendarView
    from ui.settings_pages.accounts import AccountsPage

    calendar = CalendarView(ctx)
    qtbot.addWidget(calendar)
    calendar.show()
    qtbot.waitUntil(lambda: _no_accounts_shown(calendar), timeout=20000)
    page = AccountsPage(ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: "No accounts yet" in page.status.text(), timeout=20000)
    seen = []
    ctx.bus.changed.connect(seen.append)

    dlg = ScheduleDialog(ctx)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitUntil(lambda: dlg.add_account.isVisible(), timeout=20000)
    add = dlg.open_accounts()
    assert add.current() == "folder"  # the one kind that needs no sign-in comes first
    add.name.setText("my-folder")
    add.base_url.setText(str(tmp_path / "bundles"))
    add.accept()
    qtbot.waitUntil(lambda: dlg.account.count() == 1, timeout=20000)
    assert dlg.isVisible()  # the user is still scheduling
    assert dlg.account.currentText().startswith("my-folder")
    assert "Added my-folder" in dlg.message.text() and "Connect" not in dlg.message.text()
    assert any(s.entity == "account" and s.created for s in seen)
    # the other views caught up without a restart
    qtbot.waitUntil(lambda: not _no_accounts_shown(calendar), timeout=20000)
    qtbot.waitUntil(lambda: [h.name for h in page.health] == ["my-folder"], timeout=20000)
    assert page.table.item(0, 2).text() == "connected"


def test_settings_add_of_a_folder_says_ready_and_a_sign_in_account_says_connect(ctx, qtbot, tmp_path):
    from ui.sections.calendar import CalendarView
    from ui.settings_pages.accounts import AccountsPage

    calendar = CalendarView(ctx)
    qtbot.addWidget(calendar)
    calendar.show()
    qtbot.waitUntil(lambda: _no_accounts_shown(calendar), timeout=20000)
    page = AccountsPage(ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: "No accounts yet" in page.status.text(), timeout=20000)
    with qtbot.waitSignal(ctx.bus.changed, timeout=20000) as sig:
        page.add_account({"platform": "folder", "name": "my-folder", "base_url": str(tmp_path / "b"),
                          "extra": {"path": str(tmp_path / "b")}})
    assert sig.args[0].entity == "account"
    qtbot.waitUntil(lambda: "my-folder" in page.status.text(), timeout=20000)
    assert "Next: Connect" not in page.status.text() and "ready" in page.status.text()
    qtbot.waitUntil(lambda: not _no_accounts_shown(calendar), timeout=20000)
    with qtbot.waitSignal(ctx.bus.changed, timeout=20000):
        page.add_account({"platform": "tiktok", "name": "shop-tt", "client_id": "app", "client_secret": "s"})
    qtbot.waitUntil(lambda: "shop-tt" in page.status.text(), timeout=20000)
    assert "Next: Connect" in page.status.text()


def test_settings_catches_up_with_accounts_added_elsewhere(ctx, qtbot, tmp_path):
    from studio.domain import ChangeSummary
    from ui.settings_pages.accounts import AccountsPage

    page = AccountsPage(ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: "No accounts yet" in page.status.text(), timeout=20000)
    acc = accounts.add_account(ctx.db, "folder", "sample-folder", base_url=str(tmp_path / "s"))
    with qtbot.waitSignal(page.refreshed, timeout=20000):
        ctx.bus.broadcast(ChangeSummary(created=(acc.id,), entity="account"), None)
    assert [h.name for h in page.health] == ["sample-folder"]
