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
