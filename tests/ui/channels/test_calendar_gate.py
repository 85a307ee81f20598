"""The Calendar's CSV import goes through the queue gate (issue 13, item 7); the app states a secret read
from the environment (item 8)."""

from __future__ import annotations

from studio import clock
from studio.services import accounts
from studio.services.scheduling import gate, queue


def test_calendar_csv_import_is_refused_by_the_gate(ctx, qtbot, tmp_path, monkeypatch):
    from ui import plain
    from ui.sections.calendar import CalendarView

    accounts.add_account(ctx.db, "folder", "bundle", base_url=str(tmp_path / "bundles"))
    f = tmp_path / "posts.csv"
    f.write_text("account,scheduled_at,text,media\n"
                 f"bundle,{clock.now().isoformat()},Cures cancer guaranteed,/etc/shadow\n", encoding="utf-8")
    shown = []
    monkeypatch.setattr(plain, "warn", lambda parent, title, text: shown.append(text))
    view = CalendarView(ctx)
    qtbot.addWidget(view)
    view.show()
    calls = []
    real = gate.enqueue
    monkeypatch.setattr(gate, "enqueue", lambda *a, **kw: calls.append(1) or real(*a, **kw))
    qtbot.waitUntil(lambda: view.status.text() != "", timeout=10000)  # the first load
    view.import_csv(str(f))
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert calls == [1]
    assert "posts.csv row 2, media" in shown[0] and "outside" in shown[0] and "approved caption" in shown[0]
    assert queue.list_posts(ctx.db) == []


def test_the_app_says_when_secrets_come_from_the_environment(ctx, qtbot, monkeypatch):
    import keyring
    from keyring.backends import null

    from studio import secrets
    from ui.app import MainWindow

    before = keyring.get_keyring()
    keyring.set_keyring(null.Keyring())
    secrets._reset_notice()
    monkeypatch.setattr(secrets, "_listeners", [])
    monkeypatch.setenv("STUDIO_SECRET_LLM_API_KEY", "sk-test")
    try:
        w = MainWindow(ctx)
        qtbot.addWidget(w)
        assert secrets.get_secret("llm.api_key") == "sk-test"
        qtbot.waitUntil(lambda: "STUDIO_SECRET_LLM_API_KEY" in w.statusBar().currentMessage(), timeout=5000)
        assert secrets.get_secret("llm.api_key") == "sk-test"  # stated once per run, not on every read
    finally:
        keyring.set_keyring(before)
        secrets._reset_notice()


def test_add_account_dialog_offers_unsigned_delivery_for_webhooks(ctx, qtbot):
    from studio.services import account_setup
    from ui.settings_pages.accounts import AddAccountDialog

    dlg = AddAccountDialog()
    qtbot.addWidget(dlg)
    dlg.platform.setCurrentIndex(dlg.platform.findData("webhook"))
    assert not dlg.unsigned.isHidden() and not dlg.unsigned.isChecked()  # signed unless the user chooses
    dlg.name.setText("hook")
    dlg.base_url.setText("https://you.example/hook")
    dlg.token.setText("ignored when unsigned")
    dlg.unsigned.setChecked(True)
    v = dlg.values()
    assert v["token"] is None and v["extra"]["unsigned"] is True
    acc = account_setup.add(ctx.db, v["platform"], v["name"], base_url=v["base_url"], token=v["token"],
                            extra=v["extra"])
    assert acc.delivery == "unsigned" and acc.status == "connected"
    dlg.platform.setCurrentIndex(dlg.platform.findData("x"))
    assert dlg.unsigned.isHidden()
