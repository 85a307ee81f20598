"""Settings › Accounts (pytest-qt): add with the exact redirect URI to register, connect in the "browser", pick
the Facebook Page, see scopes granted vs needed and the health of each account, remove — no CLI. The
Calendar's "No accounts yet" opens this page."""

from __future__ import annotations

import socket
from urllib.parse import parse_qs, urlparse

import httpx
from PySide6.QtWidgets import QPushButton

from studio.services import accounts
from tests.support.platforms.meta import FacebookEmulator
from ui.settings_pages.accounts import AccountsPage


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def page_for(ctx, qtbot) -> AccountsPage:
    page = AccountsPage(ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: bool(page.health) or page.status.text() != "", timeout=10000)
    return page


def reloaded(page, qtbot, action):
    with qtbot.waitSignal(page.refreshed, timeout=15000):
        action()


def test_add_dialog_shows_console_link_and_the_redirect_uri_to_register(ctx, qtbot):
    page = page_for(ctx, qtbot)
    assert "No accounts yet" in page.status.text()
    dlg = page.open_add()
    dlg.platform.setCurrentIndex(dlg.platform.findData("tiktok"))
    assert dlg.redirect.text() == "http://127.0.0.1:*/callback/" and "wildcard" in dlg.redirect_note.text()
    assert "developers.tiktok.com" in dlg.console.text() and dlg.client_secret.isVisibleTo(dlg)
    dlg.platform.setCurrentIndex(dlg.platform.findData("facebook"))
    assert dlg.redirect.text().startswith("http://127.0.0.1:") and "exact match" in dlg.redirect_note.text()
    dlg.platform.setCurrentIndex(dlg.platform.findData("webhook"))
    assert not dlg.client_id.isVisibleTo(dlg) and dlg.base_url.isVisibleTo(dlg)
    dlg.platform.setCurrentIndex(dlg.platform.findData("facebook"))
    dlg.name.setText("shop-fb")
    dlg.client_id.setText("app")
    dlg.client_secret.setText("app-secret")
    reloaded(page, qtbot, dlg.accept)
    acc = accounts.get_account(ctx.db, "shop-fb")
    assert acc.settings["client_id"] == "app" and acc.status == "needs-reconnect"
    assert page.table.item(0, 0).text() == "shop-fb"
    assert "not connected yet" in page.problems.text() and "Connect" in page.problems.text()
    assert "app-secret" not in str(acc.settings)  # the secret went to the keyring only


def test_connect_pick_page_scopes_health_and_remove(ctx, qtbot):
    with FacebookEmulator() as emu:
        ver = "v27.0"
        accounts.add_account(ctx.db, "facebook", "shop-fb", base_url=emu.url, settings_={
            "client_id": "app", "authorize_url": emu.url + f"/{ver}/dialog/oauth",
            "token_url": emu.url + f"/{ver}/oauth/access_token", "long_lived_url": emu.url + f"/{ver}/oauth/access_token",
            "redirect_port": free_port()})
        accounts.set_client_secret("shop-fb", "app-secret")
        page = page_for(ctx, qtbot)
        page.table.selectRow(0)
        seen = {}

        def browser(url):  # the user's browser: approve, then follow the redirect to the loopback
            q = {k: v[0] for k, v in parse_qs(urlparse(url).query).items()}
            seen.update(q)
            r = httpx.get(q["redirect_uri"], params={"code": "code-1", "state": q["state"]}, timeout=5)
            seen["page"] = r.text

        page.browser = browser
        reloaded(page, qtbot, page.connect_selected)
        assert "Signed in" in seen["page"] and "pages_manage_posts" in seen["scope"]
        assert accounts.load_tokens("shop-fb")["access_token"].startswith("long-")
        page.table.selectRow(0)
        assert "no Facebook Page picked" in page.problems.text() and page.pick_btn.isEnabled()
        page.pick_selected()
        qtbot.waitUntil(lambda: page.pick_dialog is not None and page.pick_dialog.isVisible(), timeout=10000)
        labels = [page.pick_dialog.list.item(i).text() for i in range(page.pick_dialog.list.count())]
        assert labels[0] == "Shop Page (55)" and "cannot post" in labels[1]
        reloaded(page, qtbot, page.pick_dialog.accept)
        acc = accounts.get_account(ctx.db, "shop-fb")
        assert acc.settings["page_id"] == "55" and accounts.load_tokens("shop-fb")["access_token"] == "page-tok-55"
        page.table.selectRow(0)
        assert page.table.item(0, 3).text() == "Shop Page"
        assert "no Facebook Page picked" not in page.problems.text()
        scopes = [page.scopes.item(i).text() for i in range(page.scopes.count())]
        assert any(s.startswith("✓") or s.startswith("✗") for s in scopes) and any("pages_manage_posts" in s
                                                                                  for s in scopes)
        assert page.graph_row.isVisibleTo(page) and page.graph_version.currentData() == "v27.0"
        assert page.redirect_uri.text().startswith("http://127.0.0.1:")
        reloaded(page, qtbot, lambda: page.remove_selected(confirm=False))
        assert page.table.rowCount() == 0 and accounts.load_tokens("shop-fb") is None


def test_platform_errors_are_plain_text(ctx, qtbot):
    accounts.add_account(ctx.db, "x", "brand-x", settings_={
        "client_id": "c", "last_auth_error": {"message": "<b style='font-size:40px'>boom</b>", "action": "reconnect"}})
    accounts.mark_needs_reconnect(ctx.db, accounts.get_account(ctx.db, "brand-x").id)
    accounts.store_tokens("brand-x", {"access_token": "t"})
    page = page_for(ctx, qtbot)
    page.table.selectRow(0)
    assert "<b style='font-size:40px'>boom</b>" in page.problems.text()
    assert page.problems.textFormat().name == "PlainText"


def test_calendar_no_accounts_points_to_settings_accounts(ctx, qtbot):
    from ui.sections.calendar import CalendarView
    from ui.sections.settings import SettingsView

    settings_view = SettingsView(ctx)
    qtbot.addWidget(settings_view)

    class Window:
        def show_section(self, sid):
            return settings_view if sid == "settings" else None

    ctx.main_window = Window()
    view = CalendarView(ctx)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded, timeout=10000):
        pass
    button = view.findChild(QPushButton, "OpenAccountsSettings")
    assert button is not None and "Settings › Accounts" in button.text()
    assert not any("studio accounts add" in w.text() for w in view.findChildren(type(view.status)))
    button.click()
    assert isinstance(settings_view.tabs.currentWidget(), AccountsPage)
