"""Loopback emulators of the social platforms' documented contracts (ThreadingHTTPServer on 127.0.0.1).

Each emulator counts publishes per caption (``published[text]``) so tests can prove "never twice", and
can be told to misbehave: ``fail(route, status, body, headers, times)`` queues faults (429 with reset
headers, 5xx, rejections, quota errors); tokens in ``expired_tokens`` answer 401 like the platform does.
The OAuth token endpoint (``/oauth/token``) issues rotating refresh tokens.
"""

from __future__ import annotations

import itertools
import json
import re
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlparse


class Request:
    def __init__(self, handler: BaseHTTPRequestHandler | None, body: bytes, *, method: str = "GET",
                 target: str = "/", headers: Any = None) -> None:
        self.method = handler.command if handler is not None else method
        self.target = handler.path if handler is not None else target
        url = urlparse(self.target)
        self.path = url.path
        self.query = {k: v[0] for k, v in parse_qs(url.query).items()}
        self.headers = handler.headers if handler is not None else headers
        self.body = body

    @classmethod
    def from_httpx(cls, request) -> Request:
        """The same view of a request that reached an ``httpx.MockTransport`` instead of the socket."""
        target = request.url.raw_path.decode("ascii")
        return cls(None, request.read(), method=request.method, target=target, headers=request.headers)

    def json(self) -> Any:
        return json.loads(self.body or b"{}")

    def form(self) -> dict[str, str]:
        ctype = self.headers.get("Content-Type", "")
        if ctype.startswith("multipart/form-data"):
            return parse_multipart(self.body, ctype)
        return {k: v[0] for k, v in parse_qs(self.body.decode("utf-8")).items()}

    @property
    def token(self) -> str | None:
        auth = self.headers.get("Authorization", "")
        if auth.startswith("Bearer "):
            return auth[7:]
        return self.query.get("access_token")


def parse_multipart(body: bytes, ctype: str) -> dict[str, Any]:
    boundary = ctype.split("boundary=", 1)[1].strip().strip('"').encode()
    out: dict[str, Any] = {}
    # RFC 2046 §5.1.1: each body part sits between "--boundary" CRLF and CRLF "--boundary"; exactly one CRLF
    # belongs to the delimiter. Stripping every CR/LF (as this did) cut binary parts whose last byte is 0x0A or
    # 0x0D, so a random 4 MB video chunk failed "segments do not add up" about once in 60 runs.
    for part in body.split(b"--" + boundary)[1:]:
        if part.startswith(b"--"):
            break  # the closing delimiter
        part = part[2:] if part.startswith(b"\r\n") else part
        part = part[:-2] if part.endswith(b"\r\n") else part
        head, _, data = part.partition(b"\r\n\r\n")
        m = re.search(rb'name="([^"]+)"', head)
        if not m:
            continue
        name = m.group(1).decode()
        out[name] = data if b"filename=" in head else data.decode("utf-8")
    return out


class Response:
    def __init__(self, status: int = 200, body: Any = None, headers: dict[str, str] | None = None) -> None:
        self.status = status
        self.body = body
        self.headers = headers or {}


class Emulator:
    """Base emulator: routes ``(METHOD, regex) -> handler(req, match) -> Response | dict``."""

    name = "platform"
    # the published contract this emulator enforces (tests/support/contracts.py); None = no machine-readable
    # contract. Every request is validated first: a violation is answered 400 in the platform's own shape
    # and kept in ``violations`` (tests assert it stays empty).
    contract: str | None = None
    host = "127.0.0.1"  # a second loopback address (127.0.0.2) plays a third-party host, e.g. S3

    def __init__(self) -> None:
        self.violations: list = []
        self.public_url: str | None = None  # origin used in URLs we hand out (Location, upload_url…)
        self.routes: list[tuple[str, re.Pattern, Any]] = []
        self.published: Counter[str] = Counter()
        self.posts: list[dict] = []
        self.calls: list[tuple[str, str]] = []
        self.faults: list[dict] = []
        self.valid_tokens = {"tok-1"}
        self.expired_tokens: set[str] = set()
        self.refresh_tokens = {"refresh-1"}
        self.spent_refresh: set[str] = set()
        self.lock = threading.Lock()
        self.ids = itertools.count(1000)
        self.publish_event = threading.Condition()
        self.delay = 0.0
        self.add("POST", r"/oauth/token/?", self.oauth_token)
        self.setup()
        from emulators.platforms import metrics  # the platform's metrics endpoint (issue 20)

        if self.name in metrics.LIMITS:
            metrics.install(self)
        self.server = _Server((self.host, 0), self._handler())
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)

    # ------------------------------------------------------------------ lifecycle
    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def origin(self) -> str:
        """Where clients reach us: the loopback URL, or the real API origin when served by ``transport()``."""
        return self.public_url or self.url

    def transport(self, origin: str | None = None):
        """Serve this emulator in-process through an ``httpx.MockTransport`` (no socket): the adapter keeps
        its real API base URL, and URLs we hand out use ``origin``."""
        import httpx

        self.public_url = origin

        def handler(request: httpx.Request) -> httpx.Response:
            resp = self.for_host(request.url.host).handle(Request.from_httpx(request))
            data, ctype = _encode(resp)
            headers = {"Content-Type": resp.headers.pop("Content-Type", ctype), **resp.headers}
            return httpx.Response(resp.status, headers=headers, content=data)

        return httpx.MockTransport(handler)

    def start(self) -> Emulator:
        self.thread.start()
        return self

    def stop(self) -> None:
        if self.thread.is_alive():  # shutdown() of a server that never served would wait forever
            self.server.shutdown()
        self.server.server_close()

    def __enter__(self):
        return self.start()

    def __exit__(self, *a):
        self.stop()

    def setup(self) -> None:  # subclasses add routes
        pass

    def add(self, method: str, pattern: str, handler) -> None:
        self.routes.append((method, re.compile(pattern + "$"), handler))

    def fail(self, route: str, status: int, body: Any = None, headers: dict | None = None, times: int = 1,
             method: str | None = None) -> None:
        self.faults.append({"route": re.compile(route), "status": status, "body": body, "headers": headers or {},
                            "times": times, "method": method})

    # ------------------------------------------------------------------ bookkeeping
    def record_publish(self, text: str, **extra: Any) -> str:
        with self.lock:
            pid = str(next(self.ids))
            self.published[text] += 1
            self.posts.append({"id": pid, "text": text, "at": time.time(), **extra})
        with self.publish_event:
            self.publish_event.notify_all()
        return pid

    def total_published(self) -> int:
        with self.lock:
            return sum(self.published.values())

    def wait_published(self, n: int, timeout: float = 30.0) -> bool:
        import time

        deadline = time.monotonic() + timeout
        with self.publish_event:
            while self.total_published() < n:
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self.publish_event.wait(left)
        return True

    def for_host(self, host: str) -> Emulator:
        """The emulator that answers for ``host`` under ``transport()`` (subclasses own third-party hosts)."""
        return self

    # ------------------------------------------------------------------ contract
    def contract_url(self, req: Request) -> str | None:
        """The URL a request is validated as (the contract's API origin + our path); None = not validated."""
        from emulators.contracts import contract

        c = contract(self.contract)
        if req.path in c.emulator_token_paths():
            return c.token_url
        return c.api_origins[0] + req.target

    def check_contract(self, req: Request) -> Response | None:
        if self.contract is None:
            return None
        url = self.contract_url(req)
        if url is None:
            return None
        import httpx

        from emulators.contracts import validate

        headers = [(k, v) for k, v in req.headers.items() if k.lower() not in ("host", "transfer-encoding")]
        found = validate(self.contract, httpx.Request(req.method, url, headers=headers, content=req.body))
        if not found:
            return None
        with self.lock:
            self.violations.extend(found)
        return self.contract_error(found)

    def contract_error(self, violations: list) -> Response:
        """What the platform answers to a request its contract refuses (subclasses use the platform's shape)."""
        return Response(400, {"error": "invalid_request", "error_description": "; ".join(map(str, violations))})

    def auth_error(self) -> Response:
        return Response(401, {"error": "invalid_token"})

    def check_token(self, req: Request) -> Response | None:
        tok = req.token
        if tok in self.expired_tokens or tok not in self.valid_tokens:
            return self.auth_error()
        return None

    # ------------------------------------------------------------------ OAuth (rotating refresh tokens)
    def oauth_token(self, req: Request, match) -> Response:
        form = req.form()
        grant = form.get("grant_type")
        with self.lock:
            if grant == "refresh_token":
                rt = form.get("refresh_token")
                if rt not in self.refresh_tokens:
                    return Response(400, {"error": "invalid_grant", "error_description": "refresh token revoked"})
                self.refresh_tokens.discard(rt)
                self.spent_refresh.add(rt)
            elif grant == "authorization_code":
                if form.get("code") != getattr(self, "expected_code", "code-1"):
                    return Response(400, {"error": "invalid_grant"})
                verifier = form.get("code_verifier")
                challenge = getattr(self, "expected_challenge", None)
                if challenge is not None:
                    import base64
                    import hashlib

                    digest = hashlib.sha256((verifier or "").encode())
                    # RFC 7636 S256 = base64url; TikTok's desktop Login Kit wants the digest as hex
                    calc = digest.hexdigest() if getattr(self, "pkce_encoding", "base64url") == "hex" else \
                        base64.urlsafe_b64encode(digest.digest()).rstrip(b"=").decode()
                    if calc != challenge:
                        return Response(400, {"error": "invalid_grant", "error_description": "PKCE verifier mismatch"})
            else:
                return Response(400, {"error": "unsupported_grant_type"})
            n = next(self.ids)
            access, refresh = f"tok-r{n}", f"refresh-r{n}"
            self.valid_tokens.add(access)
            self.refresh_tokens.add(refresh)
        return Response(200, {"access_token": access, "refresh_token": refresh, "expires_in": 7200,
                              "refresh_expires_in": 15552000, "token_type": "Bearer", "scope": "x"})

    # ------------------------------------------------------------------ HTTP
    def handle(self, req: Request) -> Response:
        """One request, from the socket or from ``transport()``: contract first, then faults, then routes."""
        self.calls.append((req.method, req.path))
        resp = self.check_contract(req)
        if resp is None:
            with self.lock:
                for f in self.faults:
                    if f["times"] > 0 and f["route"].search(req.path) and f["method"] in (None, req.method):
                        f["times"] -= 1
                        resp = Response(f["status"], f["body"], dict(f["headers"]))
                        break
        if resp is None:
            for method, pattern, handler in self.routes:
                m = pattern.match(req.path)
                if m and method == req.method:
                    if self.delay:
                        import time

                        time.sleep(self.delay)
                    resp = handler(req, m)
                    break
            else:
                resp = Response(404, {"error": f"no route {req.method} {req.path}"})
        if not isinstance(resp, Response):
            resp = Response(200, resp)
        return resp

    def _handler(self):
        emu = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _dispatch(self):
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                if len(body) < length:
                    # the client died mid-request (the crash test SIGKILLs workers): a real server never
                    # sees a request here, so neither does the emulator (nor its contract check)
                    self.close_connection = True
                    return
                self._send(emu.handle(Request(self, body)))

            def _send(self, resp: Response):
                data, ctype = _encode(resp)
                self.send_response(resp.status)
                self.send_header("Content-Type", resp.headers.pop("Content-Type", ctype))
                for k, v in resp.headers.items():
                    self.send_header(k, str(v))
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_POST = do_PUT = do_DELETE = _dispatch

            def log_message(self, *a):
                pass

        return Handler


class _Server(ThreadingHTTPServer):
    def handle_error(self, request, client_address) -> None:
        import sys

        if isinstance(sys.exc_info()[1], ConnectionError):
            return  # a client killed mid-request (the crash test's SIGKILL): not an emulator error
        super().handle_error(request, client_address)


def _encode(resp: Response) -> tuple[bytes, str]:
    if isinstance(resp.body, bytes):
        return resp.body, "application/octet-stream"
    return json.dumps(resp.body if resp.body is not None else {}).encode(), "application/json"
