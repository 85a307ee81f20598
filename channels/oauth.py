"""OAuth 2.0 for a desktop app: authorization code + PKCE (S256) with a loopback redirect.

- The redirect is ``http://127.0.0.1:<port>/callback`` (platform-specs.md A: TikTok / Desktop redirect —
  host ``127.0.0.1`` with an explicit port; A: YouTube / Auth — loopback + PKCE for desktop apps).
- Where a platform demands a client secret for the exchange (TikTok, Meta, Pinterest — A: "Keep client
  secrets off the desktop"), the user either keeps their OWN app's secret in the keyring, or runs a small
  token-exchange URL that adds the secret server-side; we then POST the same form there without a secret.
- Refresh tokens may rotate (A: TikTok / Token lifetime): the caller must store the newest one we return.

Qt-free; no studio.services/storage imports. The accounts service (studio.services.accounts) stores what
these functions return in the keyring.
"""

from __future__ import annotations

import base64
import hashlib
import secrets
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlencode, urlparse

import httpx

from studio.ports import AuthExpired, TransientError


@dataclass(frozen=True)
class OAuthSpec:
    authorize_url: str
    token_url: str
    scopes: tuple[str, ...] = ()
    pkce: bool = True
    needs_secret: bool = False  # the token endpoint demands client_secret (use own credentials or exchange URL)
    client_id_param: str = "client_id"  # TikTok calls it client_key
    scope_sep: str = " "
    refresh_style: str = "standard"  # standard | ig (ig_refresh_token) | threads (th_refresh_token) | none
    refresh_url: str | None = None  # for ig/threads styles
    basic_auth: bool = False  # client credentials in an HTTP Basic header (Pinterest, X confidential clients)
    extra_authorize: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class TokenSet:
    access_token: str
    refresh_token: str | None = None
    expires_at: float | None = None  # epoch seconds
    refresh_expires_at: float | None = None
    scope: str | None = None
    raw: dict[str, Any] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {"access_token": self.access_token, "refresh_token": self.refresh_token,
                "expires_at": self.expires_at, "refresh_expires_at": self.refresh_expires_at, "scope": self.scope}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> TokenSet:
        return cls(d["access_token"], d.get("refresh_token"), d.get("expires_at"), d.get("refresh_expires_at"),
                   d.get("scope"))


def pkce_pair() -> tuple[str, str]:
    """RFC 7636: a 43–128 char verifier and its S256 challenge."""
    verifier = base64.urlsafe_b64encode(secrets.token_bytes(48)).rstrip(b"=").decode("ascii")
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode("ascii")).digest()).rstrip(b"=").decode()
    return verifier, challenge


def build_authorize_url(spec: OAuthSpec, client_id: str, redirect_uri: str, state: str, challenge: str | None,
                        authorize_url: str | None = None, scopes: tuple[str, ...] | None = None) -> str:
    params = {spec.client_id_param: client_id, "response_type": "code", "redirect_uri": redirect_uri,
              "state": state, "scope": spec.scope_sep.join(scopes or spec.scopes)}
    if spec.pkce and challenge:
        params.update(code_challenge=challenge, code_challenge_method="S256")
    params.update(spec.extra_authorize)
    base = authorize_url or spec.authorize_url
    return base + ("&" if "?" in base else "?") + urlencode(params)


def _tokens_from(data: dict[str, Any], previous_refresh: str | None = None) -> TokenSet:
    if "access_token" not in data:
        # TikTok nests errors as {"error": "...", "error_description": "..."}; Meta as {"error": {...}}
        raise AuthExpired(f"token endpoint returned no access token: {str(data)[:300]}", code="token-error",
                          action="reconnect the account (studio accounts connect NAME)")
    now = time.time()
    expires_in = data.get("expires_in")
    refresh_in = data.get("refresh_expires_in") or data.get("refresh_token_expires_in")
    return TokenSet(
        access_token=data["access_token"],
        # rotating refresh tokens: keep the new one when sent, else the one we had
        refresh_token=data.get("refresh_token") or previous_refresh,
        expires_at=now + float(expires_in) if expires_in else None,
        refresh_expires_at=now + float(refresh_in) if refresh_in else None,
        scope=data.get("scope"),
        raw={k: v for k, v in data.items() if "token" not in k},
    )


def _post_token(url: str, form: dict[str, str], spec: OAuthSpec, client_id: str, client_secret: str | None,
                transport: httpx.BaseTransport | None) -> dict[str, Any]:
    auth = None
    if client_secret and spec.basic_auth:
        auth = (client_id, client_secret)
    elif client_secret:
        form["client_secret"] = client_secret
    try:
        with httpx.Client(transport=transport, timeout=30) as c:
            resp = c.post(url, data=form, auth=auth, headers={"Accept": "application/json"})
    except httpx.TransportError as exc:
        raise TransientError(f"token endpoint unreachable: {exc}", code="network") from exc
    if resp.status_code >= 500 or resp.status_code == 429:
        raise TransientError(f"token endpoint error HTTP {resp.status_code}", code=str(resp.status_code))
    try:
        data = resp.json()
    except ValueError:
        data = {"error": resp.text[:200]}
    if resp.status_code >= 400 or "access_token" not in data:
        raise AuthExpired(f"the platform refused the token request (HTTP {resp.status_code}): "
                          f"{data.get('error_description') or data.get('error') or data}",
                          code=str(data.get("error") or resp.status_code),
                          action="reconnect the account (studio accounts connect NAME)")
    return data


def exchange_code(spec: OAuthSpec, code: str, verifier: str | None, redirect_uri: str, client_id: str,
                  client_secret: str | None = None, token_url: str | None = None, exchange_url: str | None = None,
                  transport: httpx.BaseTransport | None = None) -> TokenSet:
    form = {spec.client_id_param: client_id, "grant_type": "authorization_code", "code": code,
            "redirect_uri": redirect_uri}
    if spec.pkce and verifier:
        form["code_verifier"] = verifier
    url = exchange_url or token_url or spec.token_url
    data = _post_token(url, form, spec, client_id, None if exchange_url else client_secret, transport)
    return _tokens_from(data)


def refresh(spec: OAuthSpec, tokens: TokenSet, client_id: str, client_secret: str | None = None,
            token_url: str | None = None, refresh_url: str | None = None, exchange_url: str | None = None,
            transport: httpx.BaseTransport | None = None) -> TokenSet:
    """Refresh an access token. Returns the NEW set — store its refresh_token (it may have rotated)."""
    if spec.refresh_style == "none":
        return tokens
    if spec.refresh_style in ("ig", "threads"):
        # platform-specs.md A: Instagram / Tokens (ig_refresh_token); A: Threads / Auth (th_refresh_token)
        grant = "ig_refresh_token" if spec.refresh_style == "ig" else "th_refresh_token"
        url = refresh_url or spec.refresh_url or ""
        try:
            with httpx.Client(transport=transport, timeout=30) as c:
                resp = c.get(url, params={"grant_type": grant, "access_token": tokens.access_token})
        except httpx.TransportError as exc:
            raise TransientError(f"token refresh unreachable: {exc}", code="network") from exc
        data = resp.json() if resp.content else {}
        if resp.status_code >= 400 or "access_token" not in data:
            raise AuthExpired(f"token refresh refused (HTTP {resp.status_code}): {data}", code="refresh-failed",
                              action="reconnect the account (studio accounts connect NAME)")
        return _tokens_from(data, tokens.refresh_token)
    if not tokens.refresh_token:
        raise AuthExpired("no refresh token stored", code="no-refresh-token",
                          action="reconnect the account (studio accounts connect NAME)")
    form = {spec.client_id_param: client_id, "grant_type": "refresh_token", "refresh_token": tokens.refresh_token}
    url = exchange_url or token_url or spec.token_url
    data = _post_token(url, form, spec, client_id, None if exchange_url else client_secret, transport)
    return _tokens_from(data, tokens.refresh_token)


# --------------------------------------------------------------------------- loopback receiver


class LoopbackReceiver:
    """Waits for the browser to come back to ``http://127.0.0.1:<port>/callback``."""

    def __init__(self, port: int = 0, path: str = "/callback") -> None:
        self.path = path
        self.result: dict[str, str] = {}
        self._done = threading.Event()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                url = urlparse(self.path)
                if url.path != receiver.path:
                    self.send_response(404)
                    self.end_headers()
                    return
                q = {k: v[0] for k, v in parse_qs(url.query).items()}
                receiver.result = q
                ok = "code" in q
                body = ("<html><body><h2>Commerce Studio</h2><p>"
                        + ("Connected. You can close this window and return to the app." if ok else
                           "The platform did not grant access: " + q.get("error_description", q.get("error", "?")))
                        + "</p></body></html>").encode("utf-8")
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
                receiver._done.set()

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
        self.port = self.server.server_address[1]
        self._thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self._thread.start()

    @property
    def redirect_uri(self) -> str:
        return f"http://127.0.0.1:{self.port}{self.path}"

    def wait(self, timeout: float = 300.0) -> dict[str, str]:
        if not self._done.wait(timeout):
            raise AuthExpired(f"no answer from the browser within {int(timeout)} s", code="timeout",
                              action="run studio accounts connect NAME again and finish the sign-in")
        return self.result

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def run_desktop_flow(spec: OAuthSpec, client_id: str, *, client_secret: str | None = None,
                     exchange_url: str | None = None, authorize_url: str | None = None,
                     token_url: str | None = None, port: int = 0, open_url=None, timeout: float = 300.0,
                     transport: httpx.BaseTransport | None = None) -> TokenSet:
    """The whole browser flow: PKCE pair → authorize URL (``open_url(url)``) → loopback → code → tokens."""
    verifier, challenge = pkce_pair() if spec.pkce else (None, None)
    state = secrets.token_urlsafe(16)
    receiver = LoopbackReceiver(port)
    try:
        url = build_authorize_url(spec, client_id, receiver.redirect_uri, state, challenge, authorize_url)
        if open_url is not None:
            open_url(url)
        result = receiver.wait(timeout)
    finally:
        receiver.close()
    if result.get("state") != state:
        raise AuthExpired("the sign-in answer carried the wrong state (possible CSRF); nothing was stored",
                          code="state-mismatch", action="start the connection again")
    if "code" not in result:
        raise AuthExpired(f"the platform did not grant access: {result.get('error_description') or result.get('error')}",
                          code=result.get("error", "access_denied"), action="approve the requested permissions")
    return exchange_code(spec, result["code"], verifier, receiver.redirect_uri, client_id, client_secret,
                         token_url=token_url, exchange_url=exchange_url, transport=transport)
