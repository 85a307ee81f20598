"""OAuth 2.0 for a desktop app: authorization code (+ PKCE where the platform supports it) with a loopback redirect.

- Redirect URIs must match what the user registered with the platform. Where the platform demands an exact
  match (X, Meta, Google web clients) we listen on a FIXED loopback port (``DEFAULT_LOOPBACK_PORT``, or the
  ``redirect_port`` the user configured) and Settings › Accounts shows the exact URI to register. TikTok's
  desktop kit accepts a registered wildcard port, ``http://127.0.0.1:*/callback/`` (developers.tiktok.com/doc/
  login-kit-desktop), so a free port is picked at run time (``OAuthSpec.redirect_port == "any"``).
- PKCE: RFC 7636 S256 is base64url(SHA-256(verifier)); TikTok's desktop Login Kit wants the SHA-256 as HEX
  (login-kit-desktop) — ``OAuthSpec.pkce_encoding``.
- Where a platform demands a client secret for the exchange (TikTok, Meta, Pinterest — A: "Keep client
  secrets off the desktop"), the user either keeps their OWN app's secret in the keyring, or runs a small
  token-exchange URL that adds the secret server-side; we then POST the same form there without a secret.
- Instagram and Threads answer the code exchange with a 1-hour token; it is swapped at once for the 60-day
  token (``ig_exchange_token`` / ``th_exchange_token``), and a long-lived token is refreshed only once it is
  at least 24 h old (developers.facebook.com/documentation/instagram-platform/reference/access_token,
  …/refresh_access_token; developers.facebook.com/docs/threads/get-started/long-lived-tokens). Facebook user
  tokens are swapped for a ~60-day token with ``fb_exchange_token`` (…/facebook-login/guides/access-tokens/
  get-long-lived); Page tokens derived from it do not expire.
- Refresh tokens may rotate (A: TikTok / Token lifetime): the caller must store the newest one we return.

Qt-free; no studio.services/storage imports. The accounts service (studio.services.accounts) stores what
these functions return in the keyring.
"""

from __future__ import annotations

import base64
import hashlib
import html
import secrets
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlencode, urlparse

import httpx

from studio import clock
from studio.ports import AuthExpired, TransientError

DEFAULT_LOOPBACK_PORT = 51219  # the fixed port for platforms that demand an exact redirect URI (configurable)
LOOPBACK_HOST = "127.0.0.1"
MIN_REFRESH_AGE = 24 * 3600.0  # Instagram / Threads: a long-lived token can be refreshed once it is >= 24 h old
SHORT_LIVED_MAX = 2 * 86400.0  # a token that expires sooner than this after the code exchange is "short-lived"
_VERIFIER_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~"  # RFC 7636 unreserved


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
    pkce_encoding: str = "base64url"  # base64url (RFC 7636) | hex (TikTok desktop Login Kit)
    redirect_path: str = "/callback"
    redirect_port: str = "fixed"  # fixed: exact-match platforms, register the port | any: wildcard port registered
    long_lived: str | None = None  # swap the code-exchange token at once: ig | threads | fb
    long_lived_url: str | None = None
    console_url: str = ""  # where the user registers their app (shown in Settings › Accounts)
    optional_scopes: tuple[str, ...] = ()  # asked for, but posting works without them (e.g. first comments)
    token_method: str = "POST"  # Facebook Login's code exchange is a GET with query parameters


@dataclass(frozen=True)
class TokenSet:
    access_token: str
    refresh_token: str | None = None
    expires_at: float | None = None  # epoch seconds
    refresh_expires_at: float | None = None
    scope: str | None = None
    raw: dict[str, Any] = field(default_factory=dict)
    issued_at: float | None = None  # when this access token was obtained (refresh needs age for ig/threads)
    user_id: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {"access_token": self.access_token, "refresh_token": self.refresh_token,
                "expires_at": self.expires_at, "refresh_expires_at": self.refresh_expires_at, "scope": self.scope,
                "issued_at": self.issued_at, "user_id": self.user_id}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> TokenSet:
        return cls(d["access_token"], d.get("refresh_token"), d.get("expires_at"), d.get("refresh_expires_at"),
                   d.get("scope"), issued_at=d.get("issued_at"), user_id=d.get("user_id"))


def pkce_pair(encoding: str = "base64url") -> tuple[str, str]:
    """A 64-char verifier (RFC 7636 unreserved chars) and its S256 challenge.

    ``encoding="hex"``: TikTok's desktop Login Kit expects the SHA-256 digest as lower-case hex
    (developers.tiktok.com/doc/login-kit-desktop), not RFC 7636's base64url.
    """
    verifier = "".join(secrets.choice(_VERIFIER_CHARS) for _ in range(64))
    return verifier, code_challenge(verifier, encoding)


def code_challenge(verifier: str, encoding: str = "base64url") -> str:
    digest = hashlib.sha256(verifier.encode("ascii"))
    if encoding == "hex":
        return digest.hexdigest()
    return base64.urlsafe_b64encode(digest.digest()).rstrip(b"=").decode("ascii")


def loopback_port(spec: OAuthSpec, configured: int | str | None = None) -> int:
    """The port to listen on: the user's configured port, else 0 (any) where a wildcard port is registered,
    else the fixed default that the user registered."""
    if configured not in (None, "", 0, "0"):
        return int(configured)
    return 0 if spec.redirect_port == "any" else DEFAULT_LOOPBACK_PORT


def registered_redirect_uri(spec: OAuthSpec, configured: int | str | None = None) -> str:
    """The redirect URI the user must register in the platform's app console."""
    if spec.redirect_port == "any" and configured in (None, "", 0, "0"):
        return f"http://{LOOPBACK_HOST}:*{spec.redirect_path}"
    return f"http://{LOOPBACK_HOST}:{loopback_port(spec, configured)}{spec.redirect_path}"


def build_authorize_url(spec: OAuthSpec, client_id: str, redirect_uri: str, state: str, challenge: str | None,
                        authorize_url: str | None = None, scopes: tuple[str, ...] | None = None) -> str:
    params = {spec.client_id_param: client_id, "response_type": "code", "redirect_uri": redirect_uri,
              "state": state, "scope": spec.scope_sep.join(scopes or (spec.scopes + spec.optional_scopes))}
    if spec.pkce and challenge:
        params.update(code_challenge=challenge, code_challenge_method="S256")
    params.update(spec.extra_authorize)
    base = authorize_url or spec.authorize_url
    return base + ("&" if "?" in base else "?") + urlencode(params)


def _unwrap(data: dict[str, Any]) -> dict[str, Any]:
    # Instagram Login answers the code exchange as {"data": [{"access_token", "user_id", "permissions"}]}
    if "access_token" not in data and isinstance(data.get("data"), list) and data["data"] \
            and isinstance(data["data"][0], dict):
        return data["data"][0]
    return data


def _tokens_from(data: dict[str, Any], previous_refresh: str | None = None, default_expires_in: float | None = None,
                 user_id: str | None = None) -> TokenSet:
    data = _unwrap(data)
    if "access_token" not in data:
        # TikTok nests errors as {"error": "...", "error_description": "..."}; Meta as {"error": {...}}
        raise AuthExpired(f"token endpoint returned no access token: {str(data)[:300]}", code="token-error",
                          action="reconnect the account (Settings › Accounts › Reconnect)")
    now = clock.now().timestamp()
    expires_in = data.get("expires_in") or default_expires_in
    refresh_in = data.get("refresh_expires_in") or data.get("refresh_token_expires_in")
    scope = data.get("scope")
    if scope is None and data.get("permissions") is not None:
        perms = data["permissions"]
        scope = ",".join(perms) if isinstance(perms, list) else str(perms)
    uid = data.get("user_id") or data.get("open_id") or user_id
    return TokenSet(
        access_token=data["access_token"],
        # rotating refresh tokens: keep the new one when sent, else the one we had
        refresh_token=data.get("refresh_token") or previous_refresh,
        expires_at=now + float(expires_in) if expires_in else None,
        refresh_expires_at=now + float(refresh_in) if refresh_in else None,
        scope=scope,
        raw={k: v for k, v in data.items() if "token" not in k},
        issued_at=now,
        user_id=str(uid) if uid is not None else None,
    )


def _post_token(url: str, form: dict[str, str], spec: OAuthSpec, client_id: str, client_secret: str | None,
                transport: httpx.BaseTransport | None, direct: bool = True) -> dict[str, Any]:
    auth = None
    if client_secret and spec.basic_auth:
        auth = (client_id, client_secret)
    elif client_secret:
        form["client_secret"] = client_secret
    try:
        with httpx.Client(transport=transport, timeout=30) as c:
            if spec.token_method == "GET" and direct:  # to the platform itself (not a token-exchange service)
                resp = c.get(url, params=form, headers={"Accept": "application/json"})
            else:
                resp = c.post(url, data=form, auth=auth if auth is not None else httpx.USE_CLIENT_DEFAULT,
                              headers={"Accept": "application/json"})
    except httpx.TransportError as exc:
        raise TransientError(f"token endpoint unreachable: {exc}", code="network") from exc
    return _token_answer(resp)


def _token_answer(resp: httpx.Response) -> dict[str, Any]:
    if resp.status_code >= 500 or resp.status_code == 429:
        raise TransientError(f"token endpoint error HTTP {resp.status_code}", code=str(resp.status_code))
    try:
        data = resp.json()
    except ValueError:
        data = {"error": resp.text[:200]}
    if not isinstance(data, dict):
        data = {"error": str(data)[:200]}
    if resp.status_code >= 400 or "access_token" not in _unwrap(data):
        err = data.get("error")
        if isinstance(err, dict):  # Meta: {"error": {"message", "code", ...}}
            detail, code = err.get("message") or str(err), str(err.get("code") or resp.status_code)
        else:
            detail, code = data.get("error_description") or err or data, str(err or resp.status_code)
        raise AuthExpired(f"the platform refused the token request (HTTP {resp.status_code}): {detail}",
                          code=code, action="reconnect the account (Settings › Accounts › Reconnect)")
    return data


def exchange_code(spec: OAuthSpec, code: str, verifier: str | None, redirect_uri: str, client_id: str,
                  client_secret: str | None = None, token_url: str | None = None, exchange_url: str | None = None,
                  transport: httpx.BaseTransport | None = None, long_lived_url: str | None = None) -> TokenSet:
    form = {spec.client_id_param: client_id, "grant_type": "authorization_code", "code": code,
            "redirect_uri": redirect_uri}
    if spec.pkce and verifier:
        form["code_verifier"] = verifier
    url = exchange_url or token_url or spec.token_url
    data = _post_token(url, form, spec, client_id, None if exchange_url else client_secret, transport,
                       direct=not exchange_url)
    # Instagram / Threads / Facebook: the code exchange gives a short-lived (1 h) token with no expires_in
    tokens = _tokens_from(data, default_expires_in=3600.0 if spec.long_lived else None)
    if spec.long_lived:
        tokens = exchange_long_lived(spec, tokens, client_id, client_secret, exchange_url=exchange_url,
                                     long_lived_url=long_lived_url, transport=transport)
    return tokens


def exchange_long_lived(spec: OAuthSpec, tokens: TokenSet, client_id: str, client_secret: str | None = None,
                        exchange_url: str | None = None, long_lived_url: str | None = None,
                        transport: httpx.BaseTransport | None = None, now: float | None = None) -> TokenSet:
    """Swap a short-lived (1 h) Meta token for the 60-day one; a token already long-lived is kept as is.

    - Instagram: ``GET graph.instagram.com/access_token?grant_type=ig_exchange_token&client_secret&access_token``
    - Threads: ``GET graph.threads.net/access_token?grant_type=th_exchange_token&client_secret&access_token``
    - Facebook: ``GET graph.facebook.com/{ver}/oauth/access_token?grant_type=fb_exchange_token&client_id&
      client_secret&fb_exchange_token``
    With a token-exchange URL (no secret on the desktop) the same parameters are POSTed there, without the
    secret; the service adds it.
    """
    now = clock.now().timestamp() if now is None else now
    if tokens.expires_at is not None and tokens.expires_at - now > SHORT_LIVED_MAX:
        return tokens  # the exchange service already returned the long-lived token
    kind = spec.long_lived
    if kind == "fb":
        params = {"grant_type": "fb_exchange_token", "client_id": client_id, "fb_exchange_token": tokens.access_token}
    else:
        grant = "ig_exchange_token" if kind == "ig" else "th_exchange_token"
        params = {"grant_type": grant, "access_token": tokens.access_token}
    try:
        with httpx.Client(transport=transport, timeout=30) as c:
            if exchange_url:
                resp = c.post(exchange_url, data=params, headers={"Accept": "application/json"})
            else:
                if not client_secret:
                    raise AuthExpired("the long-lived token exchange needs your app's secret or a token-exchange URL",
                                      code="no-client-secret",
                                      action="store the app secret, or set a token-exchange URL, then reconnect")
                resp = c.get(long_lived_url or spec.long_lived_url or "", params={**params,
                                                                                "client_secret": client_secret})
    except httpx.TransportError as exc:
        raise TransientError(f"long-lived token exchange unreachable: {exc}", code="network") from exc
    data = _token_answer(resp)
    new = _tokens_from(data, tokens.refresh_token, user_id=tokens.user_id)
    return TokenSet(new.access_token, new.refresh_token, new.expires_at, new.refresh_expires_at,
                    new.scope or tokens.scope, new.raw, new.issued_at, new.user_id or tokens.user_id)


def refresh_due(spec: OAuthSpec | None, tokens: dict[str, Any], now: float | None = None,
                margin: float = 300.0) -> bool:
    """Whether a stored token set should be refreshed before use.

    Standard OAuth: when it expires within ``margin``. Instagram / Threads long-lived tokens: only once the
    token is at least 24 h old (the platforms refuse younger ones) and still unexpired — then refreshing keeps
    the account alive for another 60 days, so an app that runs at least once in 60 days never loses it.
    """
    now = clock.now().timestamp() if now is None else now
    exp = tokens.get("expires_at")
    if spec is None or spec.refresh_style == "none":
        return False
    if spec.refresh_style in ("ig", "threads"):
        issued = tokens.get("issued_at")
        if exp is not None and exp <= now:
            return False  # expired: cannot be refreshed, only reconnected
        if issued is None:
            return exp is not None and exp - now <= margin
        return now - float(issued) >= MIN_REFRESH_AGE
    return exp is not None and exp - now <= margin


def refresh(spec: OAuthSpec, tokens: TokenSet, client_id: str, client_secret: str | None = None,
            token_url: str | None = None, refresh_url: str | None = None, exchange_url: str | None = None,
            transport: httpx.BaseTransport | None = None, now: float | None = None) -> TokenSet:
    """Refresh an access token. Returns the NEW set — store its refresh_token (it may have rotated)."""
    if spec.refresh_style == "none":
        return tokens
    if spec.refresh_style in ("ig", "threads"):
        # platform-specs.md A: Instagram / Tokens (ig_refresh_token); A: Threads / Auth (th_refresh_token).
        # Only a long-lived token at least 24 h old can be refreshed; a younger one is still good for ~60 days.
        now = clock.now().timestamp() if now is None else now
        if tokens.issued_at is not None and now - tokens.issued_at < MIN_REFRESH_AGE:
            return tokens
        grant = "ig_refresh_token" if spec.refresh_style == "ig" else "th_refresh_token"
        url = refresh_url or spec.refresh_url or ""
        try:
            with httpx.Client(transport=transport, timeout=30) as c:
                resp = c.get(url, params={"grant_type": grant, "access_token": tokens.access_token})
        except httpx.TransportError as exc:
            raise TransientError(f"token refresh unreachable: {exc}", code="network") from exc
        try:
            data = resp.json() if resp.content else {}
        except ValueError:
            data = {}
        if resp.status_code >= 400 or "access_token" not in data:
            raise AuthExpired(f"token refresh refused (HTTP {resp.status_code}): {str(data)[:300]}",
                              code="refresh-failed", action="reconnect the account (Settings › Accounts › Reconnect)")
        new = _tokens_from(data, tokens.refresh_token, user_id=tokens.user_id)
        return TokenSet(new.access_token, new.refresh_token, new.expires_at, new.refresh_expires_at,
                        new.scope or tokens.scope, new.raw, new.issued_at, new.user_id)
    if not tokens.refresh_token:
        raise AuthExpired("no refresh token stored", code="no-refresh-token",
                          action="reconnect the account (Settings › Accounts › Reconnect)")
    form = {spec.client_id_param: client_id, "grant_type": "refresh_token", "refresh_token": tokens.refresh_token}
    url = exchange_url or token_url or spec.token_url
    data = _post_token(url, form, spec, client_id, None if exchange_url else client_secret, transport)
    new = _tokens_from(data, tokens.refresh_token, user_id=tokens.user_id)
    return TokenSet(new.access_token, new.refresh_token, new.expires_at, new.refresh_expires_at,
                    new.scope or tokens.scope, new.raw, new.issued_at, new.user_id)


# --------------------------------------------------------------------------- loopback receiver

_PAGE_HEADERS = {
    "Content-Type": "text/html; charset=utf-8",
    # the page reflects platform input: no scripts, no styles from anywhere, no framing, no caching
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}


def _page(title: str, message: str, ok: bool) -> bytes:
    """The page the browser shows after the redirect. Everything reflected is HTML-escaped."""
    colour = "#1b7a33" if ok else "#a12020"
    return ("<!doctype html><html><head><meta charset='utf-8'><title>Commerce Studio</title></head>"
            "<body style='font-family:sans-serif;max-width:40em;margin:3em auto'>"
            f"<h2>Commerce Studio</h2><h3 style='color:{colour}'>{html.escape(title)}</h3>"
            f"<p>{html.escape(message)}</p></body></html>").encode()


class LoopbackReceiver:
    """Waits for the browser to come back to ``http://127.0.0.1:<port><path>``.

    The page never says the account is connected before the ``state`` is verified (issue 13 item 9): an
    answer with a wrong or missing state is refused, and anything the platform sends back
    (``error_description``…) is escaped before it is shown.
    """

    def __init__(self, port: int = 0, path: str = "/callback", state: str | None = None,
                 platform: str = "the platform") -> None:
        self.path = path
        self.state = state
        self.platform = platform
        self.result: dict[str, str] = {}
        self._done = threading.Event()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                url = urlparse(self.path)
                if url.path.rstrip("/") != receiver.path.rstrip("/") or receiver._done.is_set():
                    self._send(404, _page("Nothing here", "This address only receives one sign-in answer.", False))
                    return
                q = {k: v[0] for k, v in parse_qs(url.query).items()}
                verified = receiver.state is None or secrets.compare_digest(q.get("state", ""), receiver.state)
                if not verified:
                    q = {"_state_mismatch": "1", **{k: v for k, v in q.items() if k != "code"}}
                    page = _page("Not connected",
                                 "This answer does not belong to the sign-in Commerce Studio started (the state "
                                 "did not match), so it was refused and nothing was stored. Start the connection "
                                 "again from the app.", False)
                    status = 400
                elif "code" in q:
                    page = _page(f"Signed in to {receiver.platform}",
                                 "The answer was verified. Commerce Studio is finishing the connection; you can "
                                 "close this tab and return to the app, which shows the result.", True)
                    status = 200
                else:
                    reason = q.get("error_description") or q.get("error") or "no reason given"
                    page = _page("Not connected", f"{receiver.platform} did not grant access: {reason}", False)
                    status = 200
                receiver.result = q
                self._send(status, page)
                receiver._done.set()

            def _send(self, status: int, body: bytes) -> None:
                self.send_response(status)
                for k, v in _PAGE_HEADERS.items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        try:
            self.server = ThreadingHTTPServer((LOOPBACK_HOST, port), Handler)
        except OSError as exc:
            raise AuthExpired(f"cannot listen on {LOOPBACK_HOST}:{port} for the sign-in answer ({exc.strerror})",
                              code="port-in-use",
                              action="close the program using that port, or choose another redirect port in "
                                     "Settings › Accounts (and register the new redirect URI with the platform)"
                              ) from exc
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        self._thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self._thread.start()

    @property
    def redirect_uri(self) -> str:
        return f"http://{LOOPBACK_HOST}:{self.port}{self.path}"

    def wait(self, timeout: float = 300.0) -> dict[str, str]:
        if not self._done.wait(timeout):
            raise AuthExpired(f"no answer from the browser within {int(timeout)} s", code="timeout",
                              action="start the connection again and finish the sign-in in the browser")
        return self.result

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def run_desktop_flow(spec: OAuthSpec, client_id: str, *, client_secret: str | None = None,
                     exchange_url: str | None = None, authorize_url: str | None = None,
                     token_url: str | None = None, port: int | None = None, open_url=None, timeout: float = 300.0,
                     transport: httpx.BaseTransport | None = None, long_lived_url: str | None = None,
                     platform: str = "the platform") -> TokenSet:
    """The whole browser flow: PKCE pair → authorize URL (``open_url(url)``) → loopback → code → tokens.

    ``port``: the configured redirect port; ``None``/0 means the spec's default (a fixed port the user
    registered, or any free port where the platform accepts a wildcard port).
    """
    verifier, challenge = pkce_pair(spec.pkce_encoding) if spec.pkce else (None, None)
    state = secrets.token_urlsafe(24)
    receiver = LoopbackReceiver(loopback_port(spec, port), spec.redirect_path, state=state, platform=platform)
    try:
        url = build_authorize_url(spec, client_id, receiver.redirect_uri, state, challenge, authorize_url)
        if open_url is not None:
            open_url(url)
        result = receiver.wait(timeout)
    finally:
        receiver.close()
    if result.get("_state_mismatch") or result.get("state") != state:
        raise AuthExpired("the sign-in answer carried the wrong state (possible CSRF); nothing was stored",
                          code="state-mismatch", action="start the connection again")
    if "code" not in result:
        raise AuthExpired(f"the platform did not grant access: {result.get('error_description') or result.get('error')}",
                          code=result.get("error", "access_denied"), action="approve the requested permissions")
    return exchange_code(spec, result["code"], verifier, receiver.redirect_uri, client_id, client_secret,
                         token_url=token_url, exchange_url=exchange_url, transport=transport,
                         long_lived_url=long_lived_url)
