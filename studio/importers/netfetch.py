"""Image downloads that are safe to point at any catalog: who we connect to, for how long, and what we keep.

* Only ``http``/``https`` URLs, on the first request and on every redirect (at most ``MAX_REDIRECTS``).
* The host name is resolved **once** per host (a bounded wait); every address is checked and loopback,
  private, shared (CGNAT), link-local, multicast, reserved, unspecified and site-local addresses — and
  IPv4 addresses hidden in IPv6 (mapped, 6to4, Teredo) — are refused. The socket is then opened to an
  address that passed the check (``_Backend.connect_tcp``), so a second DNS answer cannot redirect the
  connection between the check and the connect (DNS rebinding). TLS still verifies the host name (SNI).
* A self-hosted shop on the LAN is allowed explicitly: ``STUDIO_IMAGE_ALLOW_HOSTS`` or the setting
  ``images.allow_hosts`` lists hosts (``shop.lan``, ``192.168.1.20``, ``127.0.0.1:8080``) whose private
  addresses may be used. Nothing else bypasses the checks; proxies from the environment are not used.
* One **deadline per file** covers DNS, connect, TLS, redirects and the whole body: a server that trickles
  bytes is cut off when it passes (every socket wait is clamped to what is left, in slices of at most
  ``SLICE`` seconds so a cancel is noticed quickly).
* Responses larger than ``MAX_DOWNLOAD`` (by header or by count, after any gzip/deflate decoding) are
  refused, and the bytes must decode as an image (``images.inspect_image``) before anything is stored.
* **Per-host circuit breaker**: a host that does not resolve, refuses or times out the connection, fails
  the TLS handshake, resolves only to refused addresses, or overruns the deadline ``SLOW_TRIPS`` times,
  fails at once for all its remaining URLs with the same reason.
"""

from __future__ import annotations

import ipaddress
import os
import select
import socket
import ssl
import threading
import time
import zlib
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from typing import TypeVar
from urllib.parse import urljoin, urlsplit

import httpcore
import httpx

from studio.importers.images import MAX_DOWNLOAD, NotAnImage, ResolvedImage, store_image

_Key = TypeVar("_Key")  # what a caller tags each URL with (fetch_all hands it back)
ALLOW_ENV = "STUDIO_IMAGE_ALLOW_HOSTS"
ALLOW_SETTING = "images.allow_hosts"
MAX_REDIRECTS = 5
SLICE = 0.5  # longest single socket wait (cancel is noticed within this)
SLOW_TRIPS = 3  # deadline overruns on one host before its remaining URLs fail at once
DEFAULT_DEADLINE = 20.0
USER_AGENT = "CommerceStudio/0.1 (catalog images)"


class Refused(Exception):
    """This URL is not fetched (scheme, address, allow-list, or its host's circuit breaker is open)."""


# --------------------------------------------------------------------------- the allow-list


@dataclass(frozen=True)
class AllowEntry:
    host: str
    port: int | None = None

    def __str__(self) -> str:
        return self.host if self.port is None else f"{self.host}:{self.port}"


def parse_allow_entry(text: str) -> AllowEntry | None:
    t = text.strip().lower()
    if not t:
        return None
    if "://" in t:
        u = urlsplit(t)
        return AllowEntry((u.hostname or "").strip("[]"), u.port) if u.hostname else None
    if t.startswith("["):  # [v6]:port
        host, _, rest = t[1:].partition("]")
        return AllowEntry(host, int(rest[1:]) if rest.startswith(":") and rest[1:].isdigit() else None)
    if t.count(":") == 1:
        host, port = t.split(":")
        return AllowEntry(host, int(port) if port.isdigit() else None)
    return AllowEntry(t)


class AllowList:
    """Hosts (by URL host name or by address) whose private/loopback addresses the user allowed."""

    def __init__(self, entries: Iterable[str | AllowEntry] = ()) -> None:
        self.entries: list[AllowEntry] = []
        for e in entries:
            entry = e if isinstance(e, AllowEntry) else parse_allow_entry(str(e))
            if entry is not None and entry.host:
                self.entries.append(entry)

    def __bool__(self) -> bool:
        return bool(self.entries)

    def permits(self, host: str, port: int, ip: str) -> bool:
        host = host.lower().strip("[]")
        for e in self.entries:
            if e.port is not None and e.port != port:
                continue
            if e.host in (host, ip):
                return True
        return False

    @classmethod
    def from_config(cls, settings=None) -> AllowList:
        """``STUDIO_IMAGE_ALLOW_HOSTS`` (comma-separated) plus the ``images.allow_hosts`` setting."""
        items: list[str] = [x for x in os.environ.get(ALLOW_ENV, "").split(",") if x.strip()]
        try:
            if settings is None:
                from studio.settings import Settings

                settings = Settings()
            value = settings.get(ALLOW_SETTING) or []
        except Exception:  # noqa: BLE001 - an unreadable settings file allows nothing extra
            value = []
        if isinstance(value, str):
            value = value.split(",")
        items.extend(str(x) for x in value if str(x).strip())
        return cls(items)


def address_problem(ip: str) -> str | None:
    """Why an address is not one to fetch images from (None: a public unicast address)."""
    try:
        a = ipaddress.ip_address(ip.split("%", 1)[0])
    except ValueError:
        return "not an IP address"
    if isinstance(a, ipaddress.IPv6Address):
        inner = a.ipv4_mapped or a.sixtofour or (a.teredo[1] if a.teredo else None)
        if inner is not None:
            why = address_problem(str(inner))
            if why:
                return f"{why} (inside an IPv6 address)"
        if a.is_site_local:
            return "site-local"
    for flag, name in (("is_loopback", "loopback"), ("is_unspecified", "unspecified"),
                       ("is_link_local", "link-local"), ("is_multicast", "multicast"), ("is_private", "private"),
                       ("is_reserved", "reserved")):
        if getattr(a, flag):
            return name
    if not a.is_global:
        return "not public (shared or special-purpose)"
    return None


# --------------------------------------------------------------------------- DNS once, checks, circuit breaker


class HostGate:
    """Per host: one resolution (bounded wait), the checked addresses, and the circuit breaker."""

    def __init__(self, allow: AllowList | None = None, dns_timeout: float = 5.0) -> None:
        self.allow = allow or AllowList()
        self.dns_timeout = dns_timeout
        self._lock = threading.Lock()
        self._lookups: dict[str, Future] = {}
        self._down: dict[str, str] = {}
        self._slow: dict[str, int] = {}
        self._dns = ThreadPoolExecutor(max_workers=4, thread_name_prefix="studio-dns")

    def close(self) -> None:
        self._dns.shutdown(wait=False, cancel_futures=True)

    def down(self, host: str) -> str | None:
        with self._lock:
            return self._down.get(host.lower())

    def trip(self, host: str, reason: str) -> None:
        with self._lock:
            self._down.setdefault(host.lower(), reason)

    def slow(self, host: str, deadline: float) -> None:
        with self._lock:
            n = self._slow[host.lower()] = self._slow.get(host.lower(), 0) + 1
        if n >= SLOW_TRIPS:
            self.trip(host, f"{host} is too slow: {n} downloads took longer than {deadline:g} s each")

    @property
    def hosts_down(self) -> dict[str, str]:
        with self._lock:
            return dict(self._down)

    def _lookup(self, host: str) -> Future:
        key = host.lower()
        with self._lock:
            fut = self._lookups.get(key)
            if fut is None:
                fut = self._lookups[key] = self._dns.submit(
                    socket.getaddrinfo, host, None, 0, socket.SOCK_STREAM, socket.IPPROTO_TCP)
            return fut

    def addresses(self, host: str, port: int, wait_s: float) -> list[str]:
        """The addresses of ``host`` this app may connect to, or ``Refused`` (and the breaker opens)."""
        why = self.down(host)
        if why:
            raise Refused(why)
        fut = self._lookup(host)
        try:
            infos = fut.result(timeout=max(0.0, min(wait_s, self.dns_timeout)))
        except TimeoutError:
            if fut.done() or wait_s >= self.dns_timeout:
                self.trip(host, f"host {host} did not resolve (no DNS answer in {self.dns_timeout:g} s)")
                raise Refused(self.down(host) or "") from None
            raise httpcore.ConnectTimeout(f"no DNS answer for {host} before the download's deadline") from None
        except socket.gaierror as exc:
            self.trip(host, f"host {host} did not resolve ({exc.strerror or exc})")
            raise Refused(self.down(host) or "") from None
        except OSError as exc:
            self.trip(host, f"host {host} did not resolve ({exc})")
            raise Refused(self.down(host) or "") from None
        ok: list[str] = []
        refused: list[str] = []
        for info in infos:
            ip = str(info[4][0])
            if ip in ok:
                continue
            problem = address_problem(ip)
            if problem is None or self.allow.permits(host, port, ip):
                ok.append(ip)
            else:
                refused.append(f"{ip} ({problem})")
        if not ok:
            hint = (f"; to allow a shop on your own network add it to {ALLOW_ENV} or the {ALLOW_SETTING} setting"
                    if refused else "")
            self.trip(host, f"host {host} resolves only to refused addresses: {', '.join(refused[:3]) or 'none'}"
                            f"{hint}")
            raise Refused(self.down(host) or "")
        return ok


# --------------------------------------------------------------------------- one deadline per file

_local = threading.local()


def _budget(default: float | None, exc: type[Exception] = httpcore.ReadTimeout) -> float:
    """What is left of this thread's download deadline (clamped to ``default``); raises ``exc`` past it."""
    at = getattr(_local, "deadline", None)
    cancel = getattr(_local, "cancel", None)
    if cancel is not None and cancel.cancelled:
        raise exc("cancelled")
    if at is None:
        return default if default is not None else 30.0
    left = at - time.monotonic()
    if left <= 0:
        raise exc("the download's deadline passed")
    return left if default is None else min(default, left)


class _Stream(httpcore.NetworkStream):
    """A socket whose every wait fits in the current download's deadline, in slices of at most ``SLICE``
    seconds (a cancel is noticed within one slice)."""

    def __init__(self, sock: socket.socket, gate: HostGate, host: str) -> None:
        self._sock, self._gate, self._host = sock, gate, host

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        start = time.monotonic()
        while True:
            left = _budget(None if timeout is None else timeout - (time.monotonic() - start))
            try:
                self._sock.settimeout(min(left, SLICE))
                return self._sock.recv(max_bytes)
            except TimeoutError:
                if timeout is not None and time.monotonic() - start >= timeout:
                    raise httpcore.ReadTimeout("the server sent nothing for too long") from None
            except OSError as exc:
                raise httpcore.ReadError(str(exc)) from exc

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        try:
            while buffer:
                self._sock.settimeout(_budget(timeout, httpcore.WriteTimeout))
                n = self._sock.send(buffer)
                buffer = buffer[n:]
        except TimeoutError:
            raise httpcore.WriteTimeout("the server accepted nothing for too long") from None
        except OSError as exc:
            raise httpcore.WriteError(str(exc)) from exc

    def close(self) -> None:
        self._sock.close()

    def start_tls(self, ssl_context: ssl.SSLContext, server_hostname: str | None = None,
                  timeout: float | None = None) -> httpcore.NetworkStream:
        try:
            self._sock.settimeout(_budget(timeout, httpcore.ConnectTimeout))
            sock = ssl_context.wrap_socket(self._sock, server_hostname=server_hostname)
        except TimeoutError:
            self._sock.close()
            raise httpcore.ConnectTimeout(f"TLS handshake with {self._host} timed out") from None
        except OSError as exc:  # ssl.SSLError included: a bad certificate fails every URL of the host
            self._sock.close()
            self._gate.trip(self._host, f"TLS handshake with {self._host} failed ({exc})")
            raise httpcore.ConnectError(f"TLS handshake with {self._host} failed ({exc})") from exc
        return _Stream(sock, self._gate, self._host)

    def get_extra_info(self, info: str):
        if info == "ssl_object" and isinstance(self._sock, ssl.SSLSocket):
            # what httpcore's own stream returns (ALPN, TLS version); typeshed does not declare the private attribute
            return self._sock._sslobj  # type: ignore[attr-defined]
        if info == "client_addr":
            return self._sock.getsockname()
        if info == "server_addr":
            return self._sock.getpeername()
        if info == "socket":
            return self._sock
        if info == "is_readable":  # a pooled keep-alive connection the server closed (or sent junk on)
            try:
                return bool(select.select([self._sock], [], [], 0)[0])
            except (OSError, ValueError):
                return True
        return None


class _Backend(httpcore.NetworkBackend):
    """Connects only to addresses the gate checked; the host name never reaches a second resolver."""

    def __init__(self, gate: HostGate) -> None:
        self.gate = gate

    def connect_tcp(self, host: str, port: int, timeout: float | None = None, local_address: str | None = None,
                    socket_options=None) -> httpcore.NetworkStream:
        wait_s = _budget(timeout, httpcore.ConnectTimeout)
        addrs = self.gate.addresses(host, port, wait_s)
        errors: list[str] = []
        for ip in addrs:
            try:
                sock = socket.create_connection((ip, port), _budget(timeout, httpcore.ConnectTimeout))
            except TimeoutError:
                errors.append(f"{ip}: timed out")
                continue
            except OSError as exc:
                errors.append(f"{ip}: {exc.strerror or exc}")
                continue
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            return _Stream(sock, self.gate, host)
        cancel = getattr(_local, "cancel", None)
        at = getattr(_local, "deadline", None)
        if not (cancel is not None and cancel.cancelled) and not (at is not None and time.monotonic() >= at):
            self.gate.trip(host, f"cannot connect to {host}:{port} ({'; '.join(errors[:2])})")
        raise httpcore.ConnectError(f"cannot connect to {host}:{port} ({'; '.join(errors[:2])})")

    def connect_unix_socket(self, path, timeout=None, socket_options=None):  # pragma: no cover - never used
        raise httpcore.ConnectError("unix sockets are not used for image downloads")

    def sleep(self, seconds: float) -> None:  # pragma: no cover - retries are off
        time.sleep(seconds)


class SafeTransport(httpx.HTTPTransport):
    """``httpx.HTTPTransport`` whose connection pool connects through ``_Backend`` (checked addresses)."""

    def __init__(self, gate: HostGate, limits: httpx.Limits) -> None:
        super().__init__(limits=limits, trust_env=False, retries=0)
        import certifi

        self._pool.close()
        self._pool = httpcore.ConnectionPool(
            ssl_context=ssl.create_default_context(cafile=certifi.where()),
            max_connections=limits.max_connections, max_keepalive_connections=limits.max_keepalive_connections,
            keepalive_expiry=limits.keepalive_expiry, http1=True, http2=False, retries=0,
            network_backend=_Backend(gate))


# --------------------------------------------------------------------------- fetching


def url_problem(url: str) -> str | None:
    try:
        u = urlsplit(url)
        u.port  # noqa: B018 - raises ValueError for a port that is not a number
    except ValueError as exc:
        return f"not a valid URL ({exc})"
    if u.scheme.lower() not in ("http", "https"):
        return f"{u.scheme or 'a missing'} scheme: only http and https images are downloaded"
    if not u.hostname:
        return "the URL has no host"
    return None


class _Decoder:
    """Content-Encoding gzip/deflate decoded with a bound on the output (no decompression bombs)."""

    def __init__(self, encoding: str) -> None:
        enc = encoding.strip().lower()
        if enc in ("", "identity"):
            self._z = None
        elif enc in ("gzip", "x-gzip", "deflate"):
            self._z = zlib.decompressobj(zlib.MAX_WBITS | 32)  # zlib or gzip header, detected
        else:
            raise NotAnImage(f"unsupported Content-Encoding {encoding!r}")

    def feed(self, chunk: bytes, room: int) -> bytes:
        if self._z is None:
            return chunk
        out = self._z.decompress(chunk, room + 1)
        if self._z.unconsumed_tail:
            return out + b"\0"  # more than room: the caller's size check refuses it
        return out


class Fetcher:
    """Downloads image URLs safely (see the module doc). Use as a context manager; thread-safe."""

    def __init__(self, *, concurrency: int = 4, deadline: float = DEFAULT_DEADLINE, allow: AllowList | None = None,
                 max_bytes: int = MAX_DOWNLOAD, connect_timeout: float = 5.0, dns_timeout: float = 5.0) -> None:
        self.concurrency = max(1, int(concurrency))
        self.deadline = float(deadline)
        self.max_bytes = max_bytes
        self.gate = HostGate(allow if allow is not None else AllowList.from_config(), dns_timeout)
        limits = httpx.Limits(max_connections=self.concurrency, max_keepalive_connections=self.concurrency)
        self.client = httpx.Client(
            transport=SafeTransport(self.gate, limits), follow_redirects=False, trust_env=False,
            timeout=httpx.Timeout(self.deadline, connect=min(connect_timeout, self.deadline)),
            headers={"User-Agent": USER_AGENT, "Accept": "image/*", "Accept-Encoding": "identity"})

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self.client.close()
        self.gate.close()

    # -- one URL
    def fetch(self, url: str, cancel=None) -> ResolvedImage:
        """Download, check and store one URL; never raises. ``status``: ok, missing (with ``reason``), or
        remote (cancelled: left for the next run)."""
        _local.deadline = time.monotonic() + self.deadline
        _local.cancel = cancel
        host = ""
        current = url
        try:
            for _hop in range(MAX_REDIRECTS + 1):
                problem = url_problem(current)
                if problem:
                    return ResolvedImage(url, "missing", reason=problem if current == url else
                                         f"redirected to {current}: {problem}")
                host = urlsplit(current).hostname or ""
                down = self.gate.down(host)
                if down:
                    return ResolvedImage(url, "missing", reason=down)
                with self.client.stream("GET", current) as resp:
                    if resp.is_redirect:
                        location = resp.headers.get("location", "")
                        if not location:
                            return ResolvedImage(url, "missing", reason=f"HTTP {resp.status_code} without a Location")
                        current = urljoin(current, location)
                        continue
                    if resp.status_code != 200:
                        return ResolvedImage(url, "missing", reason=f"HTTP {resp.status_code}"
                                             + (f" {resp.reason_phrase}" if resp.reason_phrase else ""))
                    data = self._body(resp)
                res = store_image(data)
                res.src = url
                return res
            return ResolvedImage(url, "missing", reason=f"more than {MAX_REDIRECTS} redirects")
        except NotAnImage as exc:
            return ResolvedImage(url, "missing", reason=str(exc))
        except Refused as exc:
            via = f"redirected to {current}: " if current != url else ""
            return ResolvedImage(url, "missing", reason=f"{via}{exc}")
        except httpx.TimeoutException as exc:
            if cancel is not None and cancel.cancelled:
                return ResolvedImage(url, "remote", reason="cancelled")
            if time.monotonic() >= _local.deadline - 0.05:
                self.gate.slow(host, self.deadline)
                return ResolvedImage(url, "missing", reason=f"took longer than {self.deadline:g} s (deadline per "
                                                            "image)")
            return ResolvedImage(url, "missing", reason=f"timed out ({exc or type(exc).__name__})")
        except (httpx.HTTPError, httpcore.ConnectError) as exc:
            if cancel is not None and cancel.cancelled:
                return ResolvedImage(url, "remote", reason="cancelled")
            via = f"redirected to {current}: " if current != url else ""
            return ResolvedImage(url, "missing", reason=f"{via}{exc or type(exc).__name__}")
        except OSError as exc:  # the media store refused (a link, a full disk…)
            return ResolvedImage(url, "missing", reason=f"could not store it ({exc})")
        finally:
            _local.deadline = None
            _local.cancel = None

    def _body(self, resp: httpx.Response) -> bytes:
        length = resp.headers.get("content-length", "")
        if length.isdigit() and int(length) > self.max_bytes:
            raise NotAnImage(f"{int(length) / 1048576:.1f} MB is larger than the "
                             f"{self.max_bytes // 1048576} MB accepted")
        ctype = resp.headers.get("content-type", "").split(";")[0].strip().lower()
        if ctype and not ctype.startswith(("image/", "application/octet-stream", "binary/", "application/binary")):
            raise NotAnImage(f"the server sent {ctype}, not an image")
        decoder = _Decoder(resp.headers.get("content-encoding", ""))
        chunks: list[bytes] = []
        total = 0
        for raw in resp.iter_raw(65536):
            chunk = decoder.feed(raw, self.max_bytes - total)
            total += len(chunk)
            if total > self.max_bytes:
                raise NotAnImage(f"larger than the {self.max_bytes // 1048576} MB accepted")
            chunks.append(chunk)
            # a trickling server: stop at the deadline even if bytes keep coming. This check is in our own loop,
            # outside httpx's mapping of httpcore errors, so it raises httpx's own timeout (a cancel here is a
            # cancelled download, not an exception out of fetch)
            _budget(None, httpx.ReadTimeout)
        return b"".join(chunks)

    # -- many URLs
    def fetch_all(self, items: Iterable[tuple[_Key, str]], *, cancel=None,
                  progress=None) -> Iterator[tuple[_Key, ResolvedImage]]:
        """``(key, outcome)`` for each ``(key, url)`` as they finish, ``concurrency`` at a time. After a cancel
        no new URL starts and the ones under way stop within ``SLICE`` seconds (reported as ``remote``)."""
        items = list(items)
        total = len(items)
        if not total:
            return
        done = 0
        it = iter(items)
        with ThreadPoolExecutor(max_workers=self.concurrency, thread_name_prefix="studio-img") as pool:
            running: dict[Future, _Key] = {}

            def top_up() -> None:
                while len(running) < self.concurrency * 2 and not (cancel is not None and cancel.cancelled):
                    try:
                        key, url = next(it)
                    except StopIteration:
                        return
                    running[pool.submit(self.fetch, url, cancel)] = key

            top_up()
            while running:
                finished, _ = wait(list(running), return_when=FIRST_COMPLETED)
                for fut in finished:
                    key = running.pop(fut)
                    done += 1
                    yield key, fut.result()
                if progress is not None:
                    progress(done, total)
                top_up()
