"""Settings › Accounts: each account state has its own words in every UI language (walkthrough defect 6: an
account that was never connected read "مرتبط" = connected in Arabic, only coloured red)."""

from __future__ import annotations

import pytest
from sqlalchemy import update

from localization import ui_strings
from studio.services import accounts
from studio.services.account_setup import AccountHealth
from studio.storage import models as m
from ui.settings_pages.accounts import STATES, AccountsPage, state_text


@pytest.fixture
def arabic():
    before = ui_strings.current_language()
    ui_strings.set_language("ar")
    yield
    ui_strings.set_language(before)


def _health(**kw) -> AccountHealth:
    h = AccountHealth(name="a", platform="instagram", status=kw.pop("status", "connected"), token_expires_at=None,
                      last_refresh=None)
    for k, v in kw.items():
        setattr(h, k, v)
    return h


def test_state_follows_the_health_not_the_stored_status():
    assert _health().state == "connected"
    assert _health(connected=False).state == "not-connected"
    assert _health(status="needs-reconnect").state == "needs-reconnect"
    assert _health(problems=[{"message": "the token has expired", "action": "x", "severity": "error"}]).state \
        == "needs-reconnect"
    assert _health(problems=[{"message": "no Facebook Page picked", "action": "x", "severity": "error"}]).state \
        == "needs-attention"
    assert _health(problems=[{"message": "expires soon", "action": "x", "severity": "warning"}]).state == "connected"


@pytest.mark.parametrize("lang", ["en", "ar", "es", "zh"])
def test_every_state_has_its_own_words_in_every_language(lang):
    before = ui_strings.current_language()
    ui_strings.set_language(lang)
    try:
        words = {state: state_text(_health(**{"connected": state != "not-connected",
                                              "status": "needs-reconnect" if state == "needs-reconnect"
                                              else "connected",
                                              "problems": [{"message": "no Page", "action": "x", "severity": "error"}]
                                              if state == "needs-attention" else []}))
                 for state in STATES}
    finally:
        ui_strings.set_language(before)
    assert list(words) == list(STATES) and len(set(words.values())) == len(STATES), words
    if lang != "en":  # translated, not the English fallback
        assert all(words[s] != STATES[s] for s in STATES), words
    if lang == "ar":
        assert words["connected"] == "مرتبط" and words["not-connected"] != "مرتبط"
        assert "غير" in words["not-connected"]


def test_a_never_connected_account_is_not_shown_as_connected_in_arabic(ctx, qtbot, arabic):
    accounts.add_account(ctx.db, "facebook", "sample-fb", settings_={"client_id": "app"})
    with ctx.db.session() as s:  # what the Insights sample left behind: stored "connected", no token
        s.execute(update(m.Account).where(m.Account.name == "sample-fb").values(status="connected"))
    page = AccountsPage(ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: bool(page.health), timeout=15000)
    status = page.table.item(0, 2).text()
    assert status == "غير مرتبط", status
    assert page.health[0].state == "not-connected"
