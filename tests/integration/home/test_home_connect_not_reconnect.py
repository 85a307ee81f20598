"""Walkthrough s14 finding 24: Home offered Reconnect for accounts that were never connected, and its line read
'not connected yet' in English in the Arabic UI. A never-connected sign-in account is a 'connect' issue (the
button says Connect); the line is translated."""

from __future__ import annotations

from pathlib import Path

from localization import ui_strings
from studio.services import accounts, home


def test_a_never_connected_account_asks_to_connect(db):
    accounts.add_account(db, "x", "brand-new-x")
    home.forget_account_issues()
    issues = [i for i in home.account_issues(db) if i.name == "brand-new-x"]
    assert [(i.reason, i.message) for i in issues] == [("connect", "not connected yet")]


def test_the_line_is_translated_in_arabic():
    po = Path(ui_strings.__file__).parent / "locale" / "ar" / "LC_MESSAGES" / "studio.po"
    text = po.read_text(encoding="utf-8")
    assert 'msgid "not connected yet"\nmsgstr "غير مربوط بعد"' in text
