"""OAuth 2.0 desktop flow: PKCE S256 + loopback redirect on 127.0.0.1, code exchange, rotating refresh."""

from __future__ import annotations

import time
from urllib.parse import parse_qs, urlparse

import httpx
import pytest

from studio.domain import StudioError
from studio.ports import AuthExpired
from studio.services import accounts
from tests.support.platforms.x import XEmulator


@pytest.fixture
def emu():
    with XEmulator() as e:
        yield e


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _account(db, emu, platform="x", **extra):
    # exact-match platforms listen on the fixed port the user registered: a free one here
    return accounts.add_account(db, platform, f"{platform}-oauth", base_url=emu.url, settings_={
        "client_id": "my-client", "authorize_url": emu.url + "/authorize", "token_url": emu.url + "/oauth/token",
        "redirect_port": free_port(), **extra})


def browser(emu, approve=True, state_override=None):
    """Plays the user's browser: checks the authorize URL, then follows the redirect to the loopback."""
    seen = {}

    def open_url(url: str) -> None:
        q = {k: v[0] for k, v in parse_qs(urlparse(url).query).items()}
        seen.update(q)
        assert q["code_challenge_method"] == "S256" and len(q["code_challenge"]) == 43
        redirect = urlparse(q["redirect_uri"])
        assert redirect.hostname == "127.0.0.1" and redirect.port  # explicit loopback port
        emu.expected_challenge = q["code_challenge"]
        params = {"code": "code-1", "state": state_override or q["state"]} if approve else \
            {"error": "access_denied", "error_description": "user said no", "state": q["state"]}
        r = httpx.get(q["redirect_uri"], params=params, timeout=5)
        assert r.status_code == (400 if state_override else 200)
        assert "Connected" not in r.text and "<script" not in r.text

    return open_url, seen


def test_pkce_loopback_flow_stores_tokens_in_keyring(db, emu):
    _account(db, emu)
    open_url, seen = browser(emu)
    acc = accounts.connect(db, "x-oauth", open_url=open_url, timeout=10)
    assert acc.status == "connected" and acc.token_expires_at is not None
    tokens = accounts.load_tokens("x-oauth")
    assert tokens["access_token"].startswith("tok-r") and tokens["refresh_token"].startswith("refresh-r")
    assert "offline.access" in seen["scope"]


def test_wrong_verifier_or_state_is_refused(db, emu):
    _account(db, emu)
    open_url, _ = browser(emu, state_override="forged")
    with pytest.raises(AuthExpired, match="state"):
        accounts.connect(db, "x-oauth", open_url=open_url, timeout=10)
    open_url, _ = browser(emu, approve=False)
    with pytest.raises(AuthExpired, match="user said no"):
        accounts.connect(db, "x-oauth", open_url=open_url, timeout=10)
    assert accounts.load_tokens("x-oauth") is None


def test_refresh_before_expiry_keeps_newest_rotating_token(db, emu):
    acc = _account(db, emu)
    accounts.store_tokens("x-oauth", {"access_token": "tok-1", "refresh_token": "refresh-1",
                                      "expires_at": time.time() + 60})  # inside the 5-minute margin
    tok = accounts.access_token(db, acc.id)
    assert tok != "tok-1"
    first = accounts.load_tokens("x-oauth")["refresh_token"]
    assert first != "refresh-1" and "refresh-1" in emu.spent_refresh
    tok2 = accounts.access_token(db, acc.id, force_refresh=True)
    assert tok2 != tok and accounts.load_tokens("x-oauth")["refresh_token"] not in (first, "refresh-1")
    # a token far from expiry is used as is
    assert accounts.access_token(db, acc.id) == tok2


def test_platform_demanding_a_secret_needs_own_credentials_or_exchange_url(db, emu):
    accounts.add_account(db, "tiktok", "tt", settings_={"client_id": "ck"})
    with pytest.raises(StudioError, match="client secret"):
        accounts.connect(db, "tt", open_url=lambda u: None, timeout=1)
    from tests.support.platforms.tiktok import TikTokEmulator

    with TikTokEmulator() as tt:
        accounts.add_account(db, "tiktok", "tt2", settings_={
            # the user's own token-exchange service (adds the secret server-side), played by /oauth/token
            "client_id": "ck", "exchange_url": tt.url + "/oauth/token", "authorize_url": tt.url + "/authorize"})
        calls = []

        def open_url(url):
            q = {k: v[0] for k, v in parse_qs(urlparse(url).query).items()}
            calls.append(q)
            assert q["client_key"] == "ck"  # TikTok names the client id client_key
            tt.expected_challenge = q["code_challenge"]  # the emulator checks it the desktop kit's way (hex)
            httpx.get(q["redirect_uri"], params={"code": "code-1", "state": q["state"]}, timeout=5)

        assert accounts.connect(db, "tt2", open_url=open_url, timeout=10).status == "connected"
        assert calls and calls[0]["redirect_uri"].endswith("/callback/")
