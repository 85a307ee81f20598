"""Shared plumbing for the HTTP channel adapters (Qt-free; no studio.services / storage imports).

Every adapter gets a :class:`studio.ports.ChannelAccount` (token + non-secret settings, API base URL
override) and speaks to the platform with one ``httpx.Client``. Responses are mapped to the typed errors
of ``studio.ports``: 401 → AuthExpired, 429/5xx/timeouts → TransientError (with ``retry_after`` read from
``Retry-After`` / ``x-rate-limit-reset`` / Meta's usage headers), platform codes → Rejected or QuotaReached.
"""

from __future__ import annotations

import email.utils
import json
import mimetypes
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx

from studio.jobs import CancelToken
from studio.ports import (
    AuthExpired,
    ChannelAccount,
    ChannelAdapter,
    ChannelError,
    PublishReceipt,
    PublishRequest,
    Rejected,
    TransientError,
)

USER_AGENT = "CommerceStudio/0.1 (+desktop)"
_ssl_lock = threading.Lock()
_ssl_context = None


def ssl_context():
    """One verified TLS context for every client (building one loads the CA bundle: ~ms each time)."""
    global _ssl_context
    with _ssl_lock:
        if _ssl_context is None:
            _ssl_context = httpx.create_ssl_context()  # the same trust store httpx would build per client
        return _ssl_context


def retry_after_from(headers: httpx.Headers, now: float | None = None) -> float | None:
    """Seconds to wait, from the headers platforms use for rate limits."""
    now = time.time() if now is None else now
    ra = headers.get("retry-after")
    if ra:
        try:
            return max(0.0, float(ra))
        except ValueError:
            try:
                dt = email.utils.parsedate_to_datetime(ra)
                return max(0.0, dt.timestamp() - now)
            except (TypeError, ValueError):
                pass
    # platform-specs.md A: X / Rate limits — x-rate-limit-reset is an epoch second
    reset = headers.get("x-rate-limit-reset")
    if reset:
        try:
            return max(0.0, float(reset) - now)
        except ValueError:
            pass
    # platform-specs.md A: Meta (FB/IG) / Rate-limit signals — estimated_time_to_regain_access (minutes)
    buc = headers.get("x-business-use-case-usage")
    if buc:
        try:
            data = json.loads(buc)
            mins = [int(e.get("estimated_time_to_regain_access", 0)) for v in data.values() for e in v]
            if mins and max(mins) > 0:
                return max(mins) * 60.0
        except (ValueError, AttributeError, TypeError):
            pass
    return None


def wait(cancel: CancelToken | None, seconds: float) -> None:
    """Sleep that wakes up when the job is cancelled."""
    ev: threading.Event | None = getattr(cancel, "_event", None)
    if cancel is not None and ev is not None:
        ev.wait(max(0.0, seconds))
        cancel.raise_if_cancelled()
    else:
        time.sleep(max(0.0, seconds))


def media_kind(item: dict) -> str:
    kind = item.get("kind") or ""
    if kind in ("video", "image"):
        return kind
    mime = item.get("mime") or mimetypes.guess_type(item.get("path") or item.get("url") or "")[0] or ""
    if mime.startswith("video/"):
        return "video"
    if kind in ("mockup", "cover", "photo"):
        return "image"
    return "image" if mime.startswith("image/") else (kind or "file")


def media_mime(item: dict) -> str:
    return item.get("mime") or mimetypes.guess_type(item.get("path") or item.get("url") or "")[0] \
        or "application/octet-stream"


def read_chunks(path: str | Path, size: int) -> Iterator[tuple[int, bytes]]:
    with open(path, "rb") as fh:
        offset = 0
        while True:
            block = fh.read(size)
            if not block:
                return
            yield offset, block
            offset += len(block)


def public_url(item: dict, platform: str, what: str = "media") -> str:
    url = item.get("url")
    if not url:
        raise Rejected(f"{platform} fetches {what} from a public URL, and none is configured",
                       platform=platform, code="media-url-missing",
                       action="set a media host URL prefix (studio accounts add … or Settings → Channels) "
                              "and sync the media folder to it")
    return url


class HttpAdapter(ChannelAdapter):
    """Base class: one httpx client, error mapping, polling helpers."""

    platform = "http"
    default_base_url = ""
    native_scheduling = False
    supports_lookup = False
    poll_interval = 5.0
    poll_timeout = 300.0
    # hosts (besides the API base URL's) that may receive the account's credentials; an absolute URL on any
    # other host (an upload URL on third-party storage…) is sent WITHOUT the Authorization header
    auth_hosts: tuple[str, ...] = ()

    def __init__(self, account: ChannelAccount, transport: httpx.BaseTransport | None = None) -> None:
        self.account = account
        self.settings = dict(account.settings or {})
        self.base_url = (account.base_url or self.default_base_url).rstrip("/")
        self.poll_interval = float(self.settings.get("poll_interval", self.poll_interval))
        self.poll_timeout = float(self.settings.get("poll_timeout", self.poll_timeout))
        headers = {"User-Agent": USER_AGENT}
        headers.update(self.auth_headers())
        self.client = httpx.Client(base_url=self.base_url, headers=headers, transport=transport, verify=ssl_context(),
                                   timeout=httpx.Timeout(float(self.settings.get("timeout", 60)), connect=10.0))

    # ------------------------------------------------------------------ hooks
    def auth_headers(self) -> dict[str, str]:
        token = self.account.access_token
        return {"Authorization": f"Bearer {token}"} if token else {}

    def error_from(self, resp: httpx.Response, body: Any) -> ChannelError | None:
        """Platform-specific mapping of an error response (None = use the generic mapping)."""
        return None

    # ------------------------------------------------------------------ HTTP
    def may_authorize(self, host: str) -> bool:
        """Whether a request to ``host`` may carry the account's credentials."""
        own = httpx.URL(self.base_url).host if self.base_url else ""
        return host == own or host in self.auth_hosts

    def request(self, method: str, url: str, *, ambiguous: bool = False, **kw: Any) -> httpx.Response:
        try:
            req = self.client.build_request(method, url, **kw)
            if "authorization" in req.headers and not self.may_authorize(req.url.host):
                del req.headers["authorization"]  # never hand a token to a host that is not the platform's API
            resp = self.client.send(req)
        except httpx.TimeoutException as exc:
            raise TransientError(f"timed out talking to {self.platform} ({exc.__class__.__name__})",
                                 platform=self.platform, code="timeout", ambiguous=ambiguous) from exc
        except httpx.TransportError as exc:
            # connection refused/reset: if the request body was sent we cannot know whether it was acted on
            raise TransientError(f"network error talking to {self.platform}: {exc}", platform=self.platform,
                                 code="network", ambiguous=ambiguous and not isinstance(exc, httpx.ConnectError)
                                 ) from exc
        self.check(resp, ambiguous=ambiguous)
        return resp

    def json(self, method: str, url: str, **kw: Any) -> Any:
        resp = self.request(method, url, **kw)
        if not resp.content:
            return {}
        try:
            return resp.json()
        except ValueError:
            return {"_text": resp.text}

    def check(self, resp: httpx.Response, *, ambiguous: bool = False) -> None:
        if resp.status_code < 400:
            # some platforms (TikTok, Meta) report errors in a 200 body; the subclass hook sees those too
            body = _body(resp)
            err = self.error_from(resp, body)
            if err is not None:
                raise err
            return
        body = _body(resp)
        err = self.error_from(resp, body)
        if err is not None:
            raise err
        detail = _short(body)
        if resp.status_code == 401:
            raise AuthExpired(f"{self.platform} refused the access token (HTTP 401): {detail}",
                              platform=self.platform, code="401", action="reconnect the account", raw=body)
        if resp.status_code == 429:
            raise TransientError(f"{self.platform} rate limit (HTTP 429): {detail}", platform=self.platform,
                                 code="429", retry_after=retry_after_from(resp.headers), raw=body)
        if resp.status_code >= 500:
            raise TransientError(f"{self.platform} server error (HTTP {resp.status_code}): {detail}",
                                 platform=self.platform, code=str(resp.status_code),
                                 retry_after=retry_after_from(resp.headers), raw=body, ambiguous=ambiguous)
        raise Rejected(f"{self.platform} rejected the request (HTTP {resp.status_code}): {detail}",
                       platform=self.platform, code=str(resp.status_code), raw=body,
                       action="check the post's text and media against the platform's rules")

    # ------------------------------------------------------------------ optional API
    def quota(self) -> dict | None:
        """Live publishing quota from the platform, where it offers one: {used, limit, window_s}."""
        return None

    def info(self) -> dict:
        """What the user needs to choose before posting (TikTok privacy options, Pinterest boards…)."""
        return {}

    def lookup(self, idempotency_key: str, request: PublishRequest) -> PublishReceipt | None:
        raise NotImplementedError(f"{self.platform} offers no way to look a post up")

    def close(self) -> None:
        self.client.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    # ------------------------------------------------------------------ helpers
    def checkpoint(self, request: PublishRequest, data: dict) -> None:
        if request.checkpoint is not None:
            request.checkpoint(data)

    # the clock and the sleep polling uses (tests inject fakes: no real sleeping)
    clock = staticmethod(time.monotonic)
    sleep = staticmethod(wait)

    def poll(self, fetch, done, failed, cancel: CancelToken | None, what: str, interval=None):
        """Call ``fetch()`` until ``done(result)``; ``failed(result)`` returns an error or None.

        ``interval(result)`` may name the wait the platform asked for (X's ``check_after_secs``); else
        ``poll_interval``."""
        deadline = self.clock() + self.poll_timeout
        while True:
            result = fetch()
            err = failed(result)
            if err is not None:
                raise err
            if done(result):
                return result
            if self.clock() > deadline:
                raise TransientError(f"{self.platform}: {what} still processing after {self.poll_timeout:.0f} s",
                                     platform=self.platform, code="processing-timeout")
            asked = interval(result) if interval is not None else None
            self.sleep(cancel, float(asked) if asked is not None else self.poll_interval)


def _body(resp: httpx.Response) -> Any:
    if not resp.content:
        return {}
    ctype = resp.headers.get("content-type", "")
    if "json" in ctype or resp.content[:1] in (b"{", b"["):
        try:
            return resp.json()
        except ValueError:
            pass
    return {"_text": resp.text[:500]}


def _short(body: Any) -> str:
    text = json.dumps(body, ensure_ascii=False) if not isinstance(body, str) else body
    return text[:300]


def text_matches(a: str | None, b: str | None) -> bool:
    import unicodedata

    def norm(s: str | None) -> str:
        return unicodedata.normalize("NFC", (s or "")).strip()

    return norm(a) == norm(b) and bool(norm(a))
