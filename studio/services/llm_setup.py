"""Setting up a real model in one step: find OpenAI-compatible servers already running on this machine, list
their models, test one, save the choice — or take an API key for a hosted endpoint (keyring only).

Qt-free (the app runs these on its task runner, never on the GUI thread). Discovery probes 127.0.0.1 only, in
parallel, with short timeouts: Ollama (11434; also ``/api/tags``), LM Studio (1234), llama.cpp's server (8080)
and vLLM (8000), each with ``GET /v1/models``. The port list is ``KNOWN_SERVERS`` unless
``STUDIO_LLM_DISCOVER_PORTS`` (``11434,8000`` or ``Name=port,…``) or the caller says otherwise. A test is one
short chat completion through the official ``openai`` SDK, timed.
"""

from __future__ import annotations

import os
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from studio.domain import StudioError

HOST = "127.0.0.1"
KNOWN_SERVERS: tuple[tuple[str, int], ...] = (("Ollama", 11434), ("LM Studio", 1234), ("llama.cpp", 8080),
                                              ("vLLM", 8000))
PROBE_TIMEOUT = 0.8  # seconds per request: a local server answers in milliseconds
TEST_PROMPT = "Reply with the single word OK."


@dataclass
class FoundServer:
    name: str
    port: int
    base_url: str  # …/v1, what the OpenAI-compatible provider takes
    models: list[str] = field(default_factory=list)
    ok: bool = True  # answered as an OpenAI-compatible server
    note: str = ""  # e.g. "needs an API key", "no models loaded"
    seconds: float = 0.0

    @property
    def label(self) -> str:
        what = f"{len(self.models)} model{'s' if len(self.models) != 1 else ''}" if self.models else (
            self.note or "no models")
        return f"{self.name} on {HOST}:{self.port} — {what}"


@dataclass
class TestResult:
    ok: bool
    message: str
    base_url: str
    model: str
    seconds: float = 0.0
    reply: str = ""


def candidates(ports: list[int] | list[tuple[str, int]] | None = None) -> list[tuple[str, int]]:
    """The (name, port) pairs to probe: ``ports`` if given, else ``STUDIO_LLM_DISCOVER_PORTS``, else the known
    servers' default ports."""
    if ports:
        return [(p if isinstance(p, tuple) else (_name_for(int(p)), int(p))) for p in ports]
    env = os.environ.get("STUDIO_LLM_DISCOVER_PORTS", "").strip()
    if not env:
        return list(KNOWN_SERVERS)
    out: list[tuple[str, int]] = []
    for part in env.split(","):
        name, _, port = part.strip().rpartition("=")
        try:
            n = int(port)
        except ValueError:
            raise StudioError(f"STUDIO_LLM_DISCOVER_PORTS: {part.strip()!r} is not a port (use e.g. 11434,8000 "
                              "or Ollama=11434)") from None
        out.append((name.strip() or _name_for(n), n))
    return out


def _name_for(port: int) -> str:
    return next((n for n, p in KNOWN_SERVERS if p == port), f"OpenAI-compatible server (port {port})")


def _models_from(payload: Any) -> list[str]:
    if isinstance(payload, dict):
        items = payload.get("data") if isinstance(payload.get("data"), list) else payload.get("models")
        if isinstance(items, list):
            names = [str(i.get("id") or i.get("name") or i.get("model") or "") for i in items if isinstance(i, dict)]
            return sorted({n for n in names if n})
    return []


def probe(name: str, port: int, *, host: str = HOST, timeout: float = PROBE_TIMEOUT) -> FoundServer | None:
    """One server: ``None`` when nothing listens there (or it is not an OpenAI-compatible server)."""
    import httpx

    base = f"http://{host}:{port}"
    started = time.perf_counter()
    found: FoundServer | None = None
    try:
        with httpx.Client(timeout=httpx.Timeout(timeout, connect=timeout), trust_env=False) as c:
            try:
                r = c.get(f"{base}/v1/models")
            except httpx.HTTPError:
                return None  # nothing listens (connection refused) or it does not answer in time
            if r.status_code in (401, 403):
                found = FoundServer(name, port, f"{base}/v1", [], True, "answers, but needs an API key")
            elif r.status_code == 200:
                try:
                    models = _models_from(r.json())
                except ValueError:
                    return None  # a web page, not an API
                found = FoundServer(name, port, f"{base}/v1", models, True, "" if models else "no models loaded")
            if port == 11434 or name.casefold() == "ollama":  # Ollama's own list (names like llama3.2:3b)
                try:
                    t = c.get(f"{base}/api/tags")
                    tags = _models_from(t.json()) if t.status_code == 200 else []
                except (httpx.HTTPError, ValueError):
                    tags = []
                if tags:
                    if found is None:
                        found = FoundServer(name, port, f"{base}/v1", tags, True,
                                            "answers /api/tags but not /v1/models; update Ollama")
                    else:
                        found.models = sorted(set(found.models) | set(tags))
                        found.note = ""
    finally:
        if found is not None:
            found.seconds = time.perf_counter() - started
    return found


def discover(ports: list[int] | list[tuple[str, int]] | None = None, *, host: str = HOST,
             timeout: float = PROBE_TIMEOUT) -> list[FoundServer]:
    """Every OpenAI-compatible server answering on this machine's usual ports (probed in parallel)."""
    pairs = candidates(ports)
    if not pairs:
        return []
    with ThreadPoolExecutor(max_workers=min(8, len(pairs)), thread_name_prefix="llm-probe") as pool:
        results = list(pool.map(lambda np: probe(np[0], np[1], host=host, timeout=timeout), pairs))
    return [r for r in results if r is not None]


def test_model(base_url: str, model: str, api_key: str | None = None, *, timeout: float = 60.0) -> TestResult:
    """One short chat completion through the ``openai`` SDK; never raises for network or API errors."""
    import openai

    base_url = (base_url or "").strip().rstrip("/")
    if not base_url:
        return TestResult(False, "no base URL: run `studio llm discover` or give --base-url", "", model or "")
    if not model:
        return TestResult(False, f"no model chosen for {base_url}: list them with `studio llm discover`",
                          base_url, "")
    client = openai.OpenAI(base_url=base_url, api_key=api_key or "not-needed", timeout=timeout, max_retries=0)
    started = time.perf_counter()
    try:
        res = client.chat.completions.create(model=model, max_tokens=8, temperature=0,
                                             messages=[{"role": "user", "content": TEST_PROMPT}])
    except openai.AuthenticationError:
        return TestResult(False, f"{base_url} refused the API key (401): store the right key in Settings › LLM or "
                                 "`studio llm key`", base_url, model)
    except openai.NotFoundError as exc:
        return TestResult(False, f"{base_url} has no model {model!r} ({_short(exc)}); pick one from "
                                 "`studio llm discover`", base_url, model)
    except openai.APITimeoutError:
        return TestResult(False, f"{base_url} did not answer within {timeout:.0f} s (a large model may still be "
                                 "loading; try again)", base_url, model, time.perf_counter() - started)
    except openai.APIConnectionError:
        return TestResult(False, f"nothing answers at {base_url}: is the server running?", base_url, model)
    except openai.APIStatusError as exc:
        return TestResult(False, f"{base_url} answered HTTP {exc.status_code}: {_short(exc)}", base_url, model)
    finally:
        client.close()
    seconds = time.perf_counter() - started
    choice = res.choices[0] if res.choices else None
    reply = ((choice.message.content if choice and choice.message else "") or "").strip()
    return TestResult(True, f"{model} at {base_url} answered {reply[:40]!r} in {seconds * 1000:.0f} ms", base_url,
                      res.model or model, seconds, reply)


def _short(exc: Exception) -> str:
    body = getattr(exc, "body", None)
    if isinstance(body, dict):
        err = body.get("error")
        msg = err.get("message") if isinstance(err, dict) else body.get("message")
        if msg:
            return str(msg)[:200]
    return str(exc)[:200]


def use(base_url: str, model: str, *, settings: Any = None, api_key: str | None = None) -> None:
    """Make this server and model the writer (settings; a key goes to the keyring only)."""
    from studio.services import providers

    if not base_url or not model:
        raise StudioError("choose a server and a model first", hint="`studio llm discover`")
    providers.save_settings(provider="openai_compat", base_url=base_url, model=model, api_key=api_key,
                            settings=settings)


def save_api_key(key: str, *, base_url: str | None = None, model: str | None = None, settings: Any = None) -> None:
    """Store an API key in the OS keyring (refused, naming the environment variable, when no keyring can store
    it); with ``base_url``/``model`` the hosted endpoint becomes the writer."""
    from studio import secrets
    from studio.services import providers

    key = (key or "").strip()
    if not key:
        raise StudioError("the API key is empty")
    if base_url or model:
        providers.save_settings(provider="openai_compat", base_url=base_url or "https://api.openai.com/v1",
                                model=model, api_key=key, settings=settings)
    else:
        secrets.set_secret(providers.KEY_NAME, key, "the API key")
