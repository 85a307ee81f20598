"""Any OpenAI-compatible chat endpoint through the official ``openai`` SDK (OpenAI, Ollama, vLLM, LM Studio,
llama.cpp server, OpenRouter…).

- One ``AsyncOpenAI`` client on a private event-loop thread; every call goes through an ``asyncio.Semaphore``
  of ``concurrency`` slots, so a batch of N worker threads never has more than ``concurrency`` requests in
  flight. ``complete``/``stream`` are the sync port; ``acomplete`` is there for async callers.
- Timeouts per request (``timeout`` seconds; connect 10 s).
- Retries are ours (the SDK's ``max_retries=0``): 429, 408, 409 and 5xx and connection errors/timeouts are
  retried up to ``max_retries`` times, waiting what the server asks (``retry-after-ms`` / ``Retry-After``
  seconds or HTTP date, capped at ``max_retry_after``) or exponential backoff with jitter otherwise.
- Structured output: ``response_format={"type": "json_schema", ...}`` when the request carries a schema; an
  endpoint that rejects it (HTTP 400/422 naming response_format/json_schema) is remembered and the prompt-stated
  JSON (every template states the schema) is used from then on.
- Token usage from the response (estimated at ~4 characters per token when the server sends none, flagged in
  ``raw``); cost from a per-model price table (USD per 1M tokens) the user can edit.
"""

from __future__ import annotations

import asyncio
import email.utils
import queue
import random
import threading
import time
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from studio.domain import StudioError
from studio.ports import CompletionRequest, CompletionResult, LLMProvider

if TYPE_CHECKING:
    from openai import AsyncOpenAI

NAME = "openai_compat"
DEFAULT_BASE_URL = "https://api.openai.com/v1"
RETRY_STATUS = {408, 409, 429, 500, 502, 503, 504}


class ProviderError(StudioError):
    pass


def parse_retry_after(headers: Any) -> float | None:
    """Seconds to wait from ``retry-after-ms`` or ``Retry-After`` (delta-seconds or an HTTP date)."""
    if headers is None:
        return None
    ms = headers.get("retry-after-ms")
    if ms:
        try:
            return max(0.0, float(ms) / 1000.0)
        except ValueError:
            pass
    ra = headers.get("retry-after")
    if not ra:
        return None
    try:
        return max(0.0, float(ra))
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(ra)
        except (TypeError, ValueError):
            return None
        return max(0.0, when.timestamp() - time.time())


class OpenAICompatProvider(LLMProvider):
    name = NAME
    ai_generated = True
    supports_followups = True

    def __init__(self, *, base_url: str | None = None, api_key: str | None = None, model: str | None = None,
                 timeout: float = 60.0, max_retries: int = 4, concurrency: int = 4,
                 prices: dict[str, dict[str, float]] | None = None, structured_output: str | bool = "auto",
                 max_retry_after: float = 120.0, sleep: Any = None, **_ignored: Any) -> None:
        if not model:
            raise ValueError("no model configured: set STUDIO_LLM_MODEL or choose a model in Settings › LLM")
        self.base_url = (base_url or DEFAULT_BASE_URL).rstrip("/")
        self.model = model
        self.timeout = float(timeout)
        self.max_retries = max(0, int(max_retries))
        self.concurrency = max(1, int(concurrency))
        self.prices = prices or {}
        self.max_retry_after = float(max_retry_after)
        self._api_key = api_key or "not-needed"  # local servers accept any key; the SDK insists on one
        self._structured: bool | None = None if structured_output in ("auto", None) else bool(structured_output)
        self._sleep = sleep or asyncio.sleep
        self.retry_log: list[dict[str, Any]] = []  # (status, delay) of every retry, for tests and the UI
        self._tls = threading.local()
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="studio-llm-loop", daemon=True)
        self._thread.start()
        self._client: AsyncOpenAI | None = None
        self._sem: asyncio.Semaphore | None = None
        self._closed = False
        self.in_flight = 0
        self.peak_in_flight = 0

    # ------------------------------------------------------------------ plumbing
    def _ensure(self) -> AsyncOpenAI:
        if self._client is None:
            import httpx
            from openai import AsyncOpenAI

            self._client = AsyncOpenAI(
                base_url=self.base_url, api_key=self._api_key, max_retries=0,
                # openai 3 is typed against httpx2 (its own fork); it uses the timeout and client by their
                # interface (no isinstance check), which httpx's classes have
                timeout=httpx.Timeout(self.timeout, connect=min(10.0, self.timeout)),  # type: ignore[arg-type]
                http_client=httpx.AsyncClient(limits=httpx.Limits(  # type: ignore[arg-type]
                    max_connections=self.concurrency + 4, max_keepalive_connections=self.concurrency + 4),
                    timeout=httpx.Timeout(self.timeout, connect=min(10.0, self.timeout))))
            self._sem = asyncio.Semaphore(self.concurrency)
        return self._client

    def _run(self, coro: Any) -> Any:
        if self._closed:
            raise ProviderError("the LLM provider was closed")
        return asyncio.run_coroutine_threadsafe(coro, self._loop).result()

    @property
    def last_stream_result(self) -> CompletionResult | None:
        return getattr(self._tls, "last", None)

    def _messages(self, req: CompletionRequest) -> list[dict[str, str]]:
        msgs = []
        if req.system:
            msgs.append({"role": "system", "content": req.system})
        msgs.append({"role": "user", "content": req.user})
        return msgs

    def _kwargs(self, req: CompletionRequest, structured: bool) -> dict[str, Any]:
        kw: dict[str, Any] = {"model": self.model, "messages": self._messages(req), "temperature": req.temperature,
                              "max_tokens": req.max_tokens}
        if structured and req.json_schema:
            kw["response_format"] = {"type": "json_schema",
                                     "json_schema": {"name": req.schema_name or "output", "schema": req.json_schema,
                                                     "strict": False}}
        return kw

    def cost(self, tokens_in: int, tokens_out: int) -> float:
        p = self.prices.get(self.model) or {}
        return tokens_in * float(p.get("input", 0)) / 1e6 + tokens_out * float(p.get("output", 0)) / 1e6

    async def _retrying(self, make: Any) -> Any:
        import openai

        attempt = 0
        while True:
            try:
                return await make()
            except openai.APIStatusError as exc:
                status = exc.status_code
                if status not in RETRY_STATUS or attempt >= self.max_retries:
                    raise
                delay = parse_retry_after(exc.response.headers)
                if delay is not None and delay > self.max_retry_after:
                    raise ProviderError(f"{self.base_url} asks to wait {delay:.0f}s (Retry-After); more than "
                                        f"{self.max_retry_after:.0f}s, so giving up for now") from None
            except (openai.APIConnectionError, openai.APITimeoutError):
                if attempt >= self.max_retries:
                    raise
                status, delay = 0, None
            if delay is None:
                delay = min(30.0, 0.5 * (2 ** attempt)) * (0.75 + random.random() / 2)
            self.retry_log.append({"status": status, "delay": delay, "attempt": attempt + 1})
            attempt += 1
            await self._sleep(delay)

    @staticmethod
    def _rejects_structured(exc: Exception) -> bool:
        import openai

        if not isinstance(exc, openai.APIStatusError) or exc.status_code not in (400, 404, 415, 422, 501):
            return False
        text = f"{exc.message} {getattr(exc, 'body', '')}".lower()
        return any(w in text for w in ("response_format", "json_schema", "structured", "not supported",
                                        "unsupported"))

    def _wrap_error(self, exc: Exception) -> ProviderError:
        import openai

        if isinstance(exc, openai.APITimeoutError):
            return ProviderError(f"{self.base_url} did not answer within {self.timeout:.0f}s "
                                 f"(after {self.max_retries} retries)")
        if isinstance(exc, openai.APIConnectionError):
            return ProviderError(f"cannot reach {self.base_url}: {exc.__cause__ or exc}")
        if isinstance(exc, openai.AuthenticationError):
            return ProviderError(f"{self.base_url} rejected the API key (401); set it in Settings › LLM "
                                 "or STUDIO_LLM_API_KEY")
        if isinstance(exc, openai.NotFoundError):
            return ProviderError(f"{self.base_url}: model '{self.model}' or endpoint not found (404)")
        if isinstance(exc, openai.APIStatusError):
            return ProviderError(f"{self.base_url} answered HTTP {exc.status_code}: {exc.message}"[:400])
        return ProviderError(f"{exc.__class__.__name__}: {exc}")

    # ------------------------------------------------------------------ async API
    async def acomplete(self, req: CompletionRequest) -> CompletionResult:
        import openai

        client = self._ensure()
        assert self._sem is not None
        async with self._sem:
            self.in_flight += 1
            self.peak_in_flight = max(self.peak_in_flight, self.in_flight)
            try:
                structured = self._structured is not False and bool(req.json_schema)
                try:
                    resp = await self._retrying(lambda: client.chat.completions.create(
                        **self._kwargs(req, structured)))
                except openai.APIStatusError as exc:
                    if structured and self._rejects_structured(exc):
                        self._structured = False
                        resp = await self._retrying(lambda: client.chat.completions.create(
                            **self._kwargs(req, False)))
                    else:
                        raise
                if structured and self._structured is None:
                    self._structured = True
            except ProviderError:
                raise
            except Exception as exc:  # noqa: BLE001 - turned into one clear line
                raise self._wrap_error(exc) from None
            finally:
                self.in_flight -= 1
        text = (resp.choices[0].message.content or "") if resp.choices else ""
        return self._result(text, getattr(resp, "usage", None), req, getattr(resp, "model", None),
                            {"structured": structured, "finish_reason": resp.choices[0].finish_reason if resp.choices else None})

    def _result(self, text: str, usage: Any, req: CompletionRequest, model: str | None,
                raw: dict[str, Any]) -> CompletionResult:
        if usage is not None and getattr(usage, "prompt_tokens", None) is not None:
            tin, tout = int(usage.prompt_tokens or 0), int(usage.completion_tokens or 0)
        else:
            tin, tout = (len(req.system) + len(req.user)) // 4, len(text) // 4
            raw = dict(raw, usage_estimated=True)
        return CompletionResult(text=text, provider=NAME, model=model or self.model, tokens_in=tin, tokens_out=tout,
                                cost=self.cost(tin, tout), ai_generated=True, raw=raw)

    async def _astream(self, req: CompletionRequest, out: queue.Queue) -> None:
        import openai

        client = self._ensure()
        assert self._sem is not None
        parts: list[str] = []
        usage = None
        model = None
        async with self._sem:
            structured = self._structured is not False and bool(req.json_schema)
            try:
                async def open_stream(structured: bool, with_usage: bool) -> Any:
                    kw = self._kwargs(req, structured)
                    kw["stream"] = True
                    if with_usage:
                        kw["stream_options"] = {"include_usage": True}
                    return await client.chat.completions.create(**kw)

                try:
                    stream = await self._retrying(lambda: open_stream(structured, True))
                except openai.APIStatusError as exc:
                    if exc.status_code in (400, 422):
                        if structured and self._rejects_structured(exc):
                            self._structured = False
                            structured = False
                        stream = await self._retrying(lambda: open_stream(structured, False))
                    else:
                        raise
                async for chunk in stream:
                    model = getattr(chunk, "model", None) or model
                    if getattr(chunk, "usage", None) is not None:
                        usage = chunk.usage
                    for choice in chunk.choices or []:
                        delta = getattr(choice.delta, "content", None)
                        if delta:
                            parts.append(delta)
                            out.put(("delta", delta))
            except ProviderError as exc:
                out.put(("error", exc))
                return
            except Exception as exc:  # noqa: BLE001
                out.put(("error", self._wrap_error(exc)))
                return
        out.put(("done", self._result("".join(parts), usage, req, model, {"structured": structured, "stream": True})))

    # ------------------------------------------------------------------ sync port
    def complete(self, request: CompletionRequest) -> CompletionResult:
        return self._run(self.acomplete(request))

    def stream(self, request: CompletionRequest) -> Iterator[str]:
        if self._closed:
            raise ProviderError("the LLM provider was closed")
        q: queue.Queue = queue.Queue()
        asyncio.run_coroutine_threadsafe(self._astream(request, q), self._loop)
        self._tls.last = None
        while True:
            kind, value = q.get(timeout=self.timeout * (self.max_retries + 2) + 30)
            if kind == "delta":
                yield value
            elif kind == "error":
                raise value
            else:
                self._tls.last = value
                return

    def list_models(self) -> list[str]:
        async def go() -> list[str]:
            client = self._ensure()
            page = await self._retrying(lambda: client.models.list())
            return sorted(m.id for m in page.data)

        try:
            return self._run(go())
        except ProviderError:
            raise
        except Exception as exc:  # noqa: BLE001
            raise self._wrap_error(exc) from None

    def test_connection(self) -> dict[str, Any]:
        models: list[str] = []
        try:
            models = self.list_models()
        except ProviderError:
            models = []  # many servers have no /models; the completion below decides
        try:
            started = time.perf_counter()
            res = self.complete(CompletionRequest(system="", user="Reply with the single word OK.", max_tokens=5,
                                                  temperature=0.0))
            ms = (time.perf_counter() - started) * 1000
        except ProviderError as exc:
            return {"ok": False, "message": str(exc), "models": models}
        return {"ok": True, "message": f"{self.base_url} answered with model {res.model} in {ms:.0f} ms",
                "models": models}

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True

        async def shutdown() -> None:
            if self._client is not None:
                await self._client.close()

        try:
            asyncio.run_coroutine_threadsafe(shutdown(), self._loop).result(timeout=10)
        except Exception:  # noqa: BLE001 - closing is best effort
            pass
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=10)
        self._loop.close()

    def __del__(self) -> None:  # pragma: no cover - safety net
        try:
            if not self._closed and self._thread.is_alive():
                self._loop.call_soon_threadsafe(self._loop.stop)
        except Exception:  # noqa: BLE001
            pass


def create(**config: Any) -> OpenAICompatProvider:
    return OpenAICompatProvider(**config)


ADAPTER = create
