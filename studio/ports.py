"""Ports: the Protocols through which ``studio.services`` talk to generators and channels.

Adapters are found through the registry in ``studio.registry`` (entry points plus built-ins), so the
services never import an adapter module by name.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, Protocol, runtime_checkable

from studio.jobs import CancelToken, ProgressFn


@dataclass(frozen=True)
class CompletionRequest:
    system: str
    user: str
    json_schema: dict | None = None  # structured output wanted
    schema_name: str = "output"
    temperature: float = 0.4
    max_tokens: int = 1500
    language: str | None = None  # target language code, for the offline writer
    task: dict[str, Any] = field(default_factory=dict)  # structured task description (offline writer uses it)


@dataclass(frozen=True)
class CompletionResult:
    text: str
    provider: str
    model: str
    tokens_in: int = 0
    tokens_out: int = 0
    cost: float = 0.0
    ai_generated: bool = True
    raw: dict[str, Any] = field(default_factory=dict)


@runtime_checkable
class LLMProvider(Protocol):
    name: str

    def complete(self, request: CompletionRequest) -> CompletionResult: ...

    def stream(self, request: CompletionRequest) -> Iterator[str]: ...


@dataclass(frozen=True)
class PublishRequest:
    text: str
    media: tuple[dict, ...] = ()
    options: dict[str, Any] = field(default_factory=dict)
    idempotency_key: str = ""
    scheduled_at: Any = None
    first_comment: str | None = None
    # checkpoints recorded by earlier attempts of the same post (e.g. an uploaded container id), so a
    # retry resumes instead of creating a second object on the platform
    state: dict[str, Any] = field(default_factory=dict)
    # called by multi-step adapters to persist a checkpoint (committed before the next platform call)
    checkpoint: Callable[[dict], None] | None = None


@dataclass(frozen=True)
class PublishReceipt:
    platform_post_id: str
    url: str | None = None
    raw: dict[str, Any] = field(default_factory=dict)
    state: str = "published"  # published|processing|scheduled-natively


class ChannelAdapter(Protocol):
    platform: str

    def publish(self, request: PublishRequest, progress: ProgressFn, cancel: CancelToken) -> PublishReceipt: ...

    def lookup(self, idempotency_key: str, request: PublishRequest) -> PublishReceipt | None:
        """Ask the platform whether a post we may have sent already exists (reconciliation)."""
        ...


RendererFn = Callable[..., Any]


# --------------------------------------------------------------------------- channel errors and accounts
# Typed errors every channel adapter raises; the worker (studio.services.worker) decides from the type
# alone what to do: retry (transient), refresh the token (auth), fail with the platform's own code and
# the fixing action (rejected), or defer until the quota window frees (quota).


class ChannelError(Exception):
    def __init__(self, message: str, *, platform: str = "", code: str | None = None, action: str | None = None,
                 retry_after: float | None = None, raw: Any = None) -> None:
        super().__init__(message)
        self.message = message
        self.platform = platform
        self.code = code
        self.action = action
        self.retry_after = retry_after
        self.raw = raw

    def describe(self) -> str:
        parts = [f"{self.platform}: " if self.platform else ""]
        parts.append(self.message)
        if self.code:
            parts.append(f" [{self.code}]")
        if self.action:
            parts.append(f" → {self.action}")
        return "".join(parts)


class TransientError(ChannelError):
    """429, 5xx, timeouts. ``ambiguous`` = the platform may have acted on the request (a timeout on the
    final create call): the worker asks ``lookup`` before any retry."""

    def __init__(self, message: str, *, ambiguous: bool = False, **kw: Any) -> None:
        super().__init__(message, **kw)
        self.ambiguous = ambiguous


class AuthExpired(ChannelError):
    """401 / expired or revoked token: refresh, or ask the user to reconnect."""


class Rejected(ChannelError):
    """The platform refused this post (bad media, policy, validation); retrying will not help."""


class QuotaReached(ChannelError):
    """A publishing quota is used up; ``retry_after`` seconds until the window frees (if known)."""


@dataclass(frozen=True)
class ChannelAccount:
    """What an adapter gets: no database, no keyring; the token and non-secret settings are passed in."""

    name: str
    platform: str
    base_url: str | None = None
    settings: dict[str, Any] = field(default_factory=dict)
    access_token: str | None = None
