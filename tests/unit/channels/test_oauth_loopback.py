"""The OAuth loopback page (issue 13 item 9): everything reflected is escaped; nothing says the account is
connected before the state is verified; the redirect URI is the one the user registered."""

from __future__ import annotations

import threading

import httpx
import pytest

from channels import oauth
from studio.ports import AuthExpired

HOSTILE = "<script>alert(1)</script><img src=x onerror=alert(2)><a href='https://evil.example'>fix</a>"


def _receiver(state="good-state"):
    return oauth.LoopbackReceiver(0, "/callback", state=state, platform="Instagram")


def test_error_description_is_escaped_and_the_page_is_locked_down():
    rec = _receiver()
    try:
        r = httpx.get(rec.redirect_uri, params={"error": "access_denied", "error_description": HOSTILE,
                                                "state": "good-state"}, timeout=5)
    finally:
        rec.close()
    assert "<script>" not in r.text and "<img" not in r.text and "<a href" not in r.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in r.text
    assert "Connected" not in r.text and "Not connected" in r.text
    assert "default-src 'none'" in r.headers["content-security-policy"]
    assert r.headers["x-content-type-options"] == "nosniff" and r.headers["cache-control"] == "no-store"


def test_a_forged_state_is_refused_and_never_called_connected():
    rec = _receiver()
    try:
        r = httpx.get(rec.redirect_uri, params={"code": "stolen", "state": HOSTILE}, timeout=5)
        result = rec.wait(1)
    finally:
        rec.close()
    assert r.status_code == 400 and "did not match" in r.text and "Signed in" not in r.text
    assert "<script>" not in r.text
    assert "code" not in result and result["_state_mismatch"] == "1"


def test_a_verified_answer_is_acknowledged_and_a_second_one_ignored():
    rec = _receiver()
    try:
        ok = httpx.get(rec.redirect_uri, params={"code": "c", "state": "good-state"}, timeout=5)
        again = httpx.get(rec.redirect_uri, params={"code": "c2", "state": "good-state"}, timeout=5)
    finally:
        rec.close()
    assert ok.status_code == 200 and "Signed in to Instagram" in ok.text and "verified" in ok.text
    assert again.status_code == 404 and rec.result["code"] == "c"


def test_run_desktop_flow_refuses_a_wrong_state_without_exchanging():
    from channels.x import OAUTH

    calls = []

    def browser(url):
        q = dict(httpx.URL(url).params)
        threading.Thread(target=lambda: httpx.get(q["redirect_uri"], params={"code": "c", "state": "forged"},
                                                  timeout=5)).start()

    transport = httpx.MockTransport(lambda req: calls.append(req) or httpx.Response(500))
    with pytest.raises(AuthExpired, match="state"):
        oauth.run_desktop_flow(OAUTH, "cid", port=_free_port(), open_url=browser, timeout=5, transport=transport)
    assert not calls  # no token request was made


def _free_port():
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_redirect_uris_match_what_the_user_registers():
    from channels.tiktok import OAUTH as TIKTOK
    from channels.x import OAUTH as X

    assert oauth.registered_redirect_uri(TIKTOK) == "http://127.0.0.1:*/callback/"
    assert oauth.loopback_port(TIKTOK) == 0  # any free port: the wildcard was registered
    assert oauth.registered_redirect_uri(X) == f"http://127.0.0.1:{oauth.DEFAULT_LOOPBACK_PORT}/callback"
    assert oauth.registered_redirect_uri(X, 8123) == "http://127.0.0.1:8123/callback"
    assert oauth.loopback_port(X, "8123") == 8123


def test_a_busy_fixed_port_explains_what_to_do():
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        port = s.getsockname()[1]
        with pytest.raises(AuthExpired) as e:
            oauth.LoopbackReceiver(port)
    assert e.value.code == "port-in-use" and "Settings › Accounts" in e.value.action
