"""A loopback OpenAI-compatible server (``/v1/chat/completions``, ``/v1/models``) for tests and the bench.

It follows the OpenAI chat-completions contract closely enough for the official ``openai`` SDK: JSON
responses with ``usage``, SSE streaming (``data: {chunk}`` lines, an optional usage chunk when
``stream_options.include_usage`` is set, ``data: [DONE]``), error bodies ``{"error": {...}}`` with the HTTP
status, and ``Retry-After`` on 429. Behaviour is scripted per test:

- ``server.responder = fn(request) -> Reply`` decides each answer (default: echo the prompt as JSON);
- ``server.script([...])`` queues replies that are used first, in order (then the responder);
- ``server.reject_structured = True`` answers 400 to any request carrying ``response_format`` json_schema;
- ``server.latency`` adds a fixed delay to every answer (the bench uses 0.2 s);
- every request is recorded in ``server.requests`` (path, headers, JSON body).

Built on ``http.server.ThreadingHTTPServer`` (one thread per connection, HTTP/1.1 keep-alive, a deep
listen backlog) so it sustains 32+ concurrent requests on loopback.
"""

from __future__ import annotations

import json
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Reply:
    content: str = ""
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    error: dict[str, Any] | None = None  # error body for non-200
    delay: float = 0.0  # extra seconds before answering (timeouts)
    raw_body: bytes | None = None  # send exactly these bytes (broken responses)
    usage: dict[str, int] | None = None  # None → computed; {} → omitted


def json_reply(obj: Any, **kw: Any) -> Reply:
    return Reply(content=json.dumps(obj, ensure_ascii=False), **kw)


def error_reply(status: int, message: str, *, code: str | None = None, headers: dict[str, str] | None = None,
                param: str | None = None) -> Reply:
    return Reply(status=status, headers=headers or {},
                 error={"message": message, "type": "invalid_request_error" if status < 500 else "server_error",
                        "param": param, "code": code})


@dataclass
class Request:
    path: str
    headers: dict[str, str]
    body: dict[str, Any]

    @property
    def system(self) -> str:
        return "\n".join(m["content"] for m in self.body.get("messages", []) if m.get("role") == "system")

    @property
    def user(self) -> str:
        return "\n".join(m["content"] for m in self.body.get("messages", []) if m.get("role") == "user")

    @property
    def structured(self) -> bool:
        rf = self.body.get("response_format") or {}
        return rf.get("type") == "json_schema"


def echo_responder(req: Request) -> Reply:
    return json_reply({"system": req.system, "user": req.user})


class LLMServer:
    def __init__(self, host: str = "127.0.0.1", port: int = 0, *, latency: float = 0.0,
                 models: tuple[str, ...] = ("test-model", "other-model")) -> None:
        self.latency = latency
        self.models = list(models)
        self.responder: Callable[[Request], Reply] = echo_responder
        self.reject_structured = False
        self.requests: list[Request] = []
        self._queue: deque[Reply] = deque()
        self._lock = threading.Lock()
        self.in_flight = 0
        self.peak_in_flight = 0
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True  # headers and body are separate writes: no 40 ms delayed-ACK stalls

            def log_message(self, *args: Any) -> None:  # quiet
                pass

            def _send(self, status: int, body: bytes, headers: dict[str, str] | None = None,
                      ctype: str = "application/json") -> None:
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                for k, v in (headers or {}).items():
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(body)

            def do_GET(self) -> None:
                if self.path.rstrip("/").endswith("/models"):
                    data = {"object": "list", "data": [{"id": m, "object": "model", "created": 0, "owned_by": "test"}
                                                       for m in server.models]}
                    self._send(200, json.dumps(data).encode())
                else:
                    self._send(404, json.dumps({"error": {"message": "not found", "type": "not_found"}}).encode())

            def do_POST(self) -> None:
                n = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(n) if n else b""
                try:
                    body = json.loads(raw or b"{}")
                except ValueError:
                    self._send(400, b'{"error": {"message": "invalid JSON body"}}')
                    return
                req = Request(self.path, {k.lower(): v for k, v in self.headers.items()}, body)
                with server._lock:
                    server.requests.append(req)
                    server.in_flight += 1
                    server.peak_in_flight = max(server.peak_in_flight, server.in_flight)
                try:
                    self._answer(req)
                finally:
                    with server._lock:
                        server.in_flight -= 1

            def _answer(self, req: Request) -> None:
                if not self.path.rstrip("/").endswith("/chat/completions"):
                    self._send(404, b'{"error": {"message": "unknown endpoint"}}')
                    return
                if server.latency:
                    time.sleep(server.latency)
                if server.reject_structured and req.structured:
                    r = error_reply(400, "response_format json_schema is not supported by this server",
                                    param="response_format")
                else:
                    with server._lock:
                        r = server._queue.popleft() if server._queue else None
                    if r is None:
                        r = server.responder(req)
                if r.delay:
                    time.sleep(r.delay)
                if r.raw_body is not None:
                    self._send(r.status, r.raw_body, r.headers)
                    return
                if r.status != 200:
                    self._send(r.status, json.dumps({"error": r.error or {"message": "error"}}).encode(), r.headers)
                    return
                model = req.body.get("model", "test-model")
                usage = r.usage if r.usage is not None else {
                    "prompt_tokens": max(1, len(req.system + req.user) // 4),
                    "completion_tokens": max(1, len(r.content) // 4)}
                if usage:
                    usage = dict(usage, total_tokens=usage["prompt_tokens"] + usage["completion_tokens"])
                created = int(time.time())
                if req.body.get("stream"):
                    self._stream(req, r, model, created, usage)
                    return
                data = {"id": "chatcmpl-test", "object": "chat.completion", "created": created, "model": model,
                        "choices": [{"index": 0, "message": {"role": "assistant", "content": r.content},
                                     "finish_reason": "stop"}]}
                if usage:
                    data["usage"] = usage
                self._send(200, json.dumps(data, ensure_ascii=False).encode("utf-8"), r.headers)

            def _stream(self, req: Request, r: Reply, model: str, created: int, usage: dict | None) -> None:
                self.send_response(200)
                self.send_header("Content-Type", "text/event-stream")
                self.send_header("Cache-Control", "no-cache")
                self.send_header("Connection", "close")
                self.end_headers()
                self.close_connection = True

                def event(obj: Any) -> None:
                    self.wfile.write(b"data: " + json.dumps(obj, ensure_ascii=False).encode("utf-8") + b"\n\n")
                    self.wfile.flush()

                base = {"id": "chatcmpl-test", "object": "chat.completion.chunk", "created": created, "model": model}
                event(dict(base, choices=[{"index": 0, "delta": {"role": "assistant", "content": ""},
                                           "finish_reason": None}]))
                text = r.content
                step = 16
                for i in range(0, len(text), step):
                    event(dict(base, choices=[{"index": 0, "delta": {"content": text[i:i + step]},
                                               "finish_reason": None}]))
                event(dict(base, choices=[{"index": 0, "delta": {}, "finish_reason": "stop"}]))
                if usage and (req.body.get("stream_options") or {}).get("include_usage"):
                    event(dict(base, choices=[], usage=usage))
                self.wfile.write(b"data: [DONE]\n\n")
                self.wfile.flush()

        class Server(ThreadingHTTPServer):
            daemon_threads = True
            request_queue_size = 256
            allow_reuse_address = True

        self._httpd = Server((host, port), Handler)
        self.host, self.port = self._httpd.server_address[:2]
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05},
                                        name="llm-server", daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}/v1"

    def script(self, replies: list[Reply]) -> None:
        with self._lock:
            self._queue.extend(replies)

    def start(self) -> LLMServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> LLMServer:
        return self.start()

    def __exit__(self, *exc: Any) -> None:
        self.stop()
