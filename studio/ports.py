"""Ports: the Protocols through which ``studio.services`` talk to generators and channels.

One Protocol per adapter group, holding exactly what the services use, optional capabilities included
(declared with their defaults instead of being probed with ``getattr``). Adapters are found through
``studio.registry``, which reads the entry points ``commerce_studio.<group>`` (the built-ins are declared in
pyproject.toml like any third-party plug-in), so the services never import an adapter module.

| group                     | Protocol           | what an entry point loads                         |
|---------------------------|--------------------|---------------------------------------------------|
| ``commerce_studio.llm``     | ``LLMFactory``       | a callable ``(**config) -> LLMProvider``          |
| ``commerce_studio.copy``    | ``CopyEngine``       | the engine (a module or an object)                |
| ``commerce_studio.video``   | ``VideoRenderer``    | the renderer                                      |
| ``commerce_studio.mockup``  | ``MockupEngine``     | the mockup engine                                 |
| ``commerce_studio.kit``     | ``KitBuilder``       | the livestream-kit builder                        |
| ``commerce_studio.channel`` | ``ChannelFactory``   | a callable ``(ChannelAccount, **kw) -> ChannelAdapter`` |
| ``commerce_studio.signin``  | ``ChannelSignIn``    | OAuth sign-in and platform metadata for channels  |
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
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
    """A text model. Built-in providers subclass this Protocol, so the optional capabilities below have
    their defaults; a third-party provider declares the ones it changes."""

    name: str
    model: str
    #: the model can take follow-up rounds (repair, shorten, rewrite in the right language)
    supports_followups: bool = True
    #: what it writes is AI-generated (travels to the platforms' AI-content fields)
    ai_generated: bool = True

    @property
    def last_stream_result(self) -> CompletionResult | None:
        """The full result of the last ``stream`` (tokens, cost, notes), once the stream is consumed; a provider
        overrides it with a property (per thread) or a plain attribute."""
        return None

    def complete(self, request: CompletionRequest) -> CompletionResult: ...

    def stream(self, request: CompletionRequest) -> Iterator[str]: ...

    def test_connection(self) -> dict[str, Any]:
        return {"ok": True, "message": "", "models": [self.model]}

    def list_models(self) -> list[str]:
        return [self.model]

    def languages(self) -> list[str] | None:
        """The languages it can write (None: any)."""
        return None

    def close(self) -> None:
        return None


class LLMFactory(Protocol):
    def __call__(self, **config: Any) -> LLMProvider: ...


class CopyEngine(Protocol):
    """Prompt templates, task building, parsing and limits for every kind × target (``generators.copy``)."""

    OutputError: type[Exception]

    def kinds(self) -> list[str]: ...

    def targets(self, kind: str) -> list[str]: ...

    def get_spec(self, kind: str, target: str) -> Any: ...

    def build_task(self, product: Any, market: str, spec: Any, *, brand_voice: dict[str, Any] | None = None,
                   campaign_date: date | None = None, extra: dict[str, Any] | None = None) -> dict[str, Any]: ...

    def render_prompt(self, spec: Any, task: dict[str, Any], override_dir: Path | None = None) -> Any: ...

    def inputs_hash(self, spec: Any, task: dict[str, Any], prompt: Any, provider: str, model: str) -> str: ...

    def prompt_schema(self, spec: Any) -> dict[str, Any]:
        """The kind's JSON schema with a description on every field (in the prompt and as structured output)."""
        ...

    def extract_json(self, text: str) -> Any: ...

    def validate(self, spec: Any, obj: Any) -> dict[str, Any]: ...

    def parse(self, spec: Any, text: str, task: dict[str, Any]) -> dict[str, Any]: ...

    def finish(self, spec: Any, content: dict[str, Any], task: dict[str, Any]) -> dict[str, Any]: ...

    def limit_issues(self, spec: Any, content: dict[str, Any]) -> list[Any]: ...

    def repair_prompt(self, spec: Any, previous: str, error: str) -> tuple[str, str]: ...

    def shorten_prompt(self, spec: Any, content: dict[str, Any], issue: Any,
                       task: dict[str, Any]) -> tuple[str, str, str]:
        """(system, user, the field to rewrite) for a text over its limit."""
        ...

    def language_prompt(self, spec: Any, content: dict[str, Any], task: dict[str, Any],
                        detected: str | None) -> tuple[str, str]: ...

    def field_prompt(self, spec: Any, prompt: Any, content: dict[str, Any], field: str) -> tuple[str, str]: ...

    def text_for_language_check(self, spec: Any, content: dict[str, Any]) -> str: ...

    def language_words(self, language: str) -> frozenset[str]:
        """Words that are ``language``'s own for the writer (the language share counts others against a draft)."""
        ...

    def glossary_term(self, language: str, value: str) -> str:
        """``value`` as the writers state it in ``language`` (the value itself when there is no term)."""
        ...

    def warning_forms(self, source: str, lang: str, own: dict[str, str] | None = None) -> list[dict[str, Any]]:
        """A warning's sentences as the writers state them, each with its wording in ``lang``: the seller's
        translation memory (``own``), else the legal/label text (``legal/warnings.json``), else ``None``."""
        ...

    def cert_names(self, text: str) -> list[list[str]]:
        """The certification names in ``text``, one group of interchangeable names per certifying body."""
        ...


class VideoRenderer(Protocol):
    """Timelines, preview frames, the render worker and the tools/fonts it needs (``generators.video``)."""

    FPS: int
    MOVES: Sequence[str]
    #: run as ``python -m <worker_module>``: reads a job (JSON) on stdin, reports JSON lines
    worker_module: str

    def size_for(self, aspect: str, scale: float = 1.0) -> tuple[int, int]: ...

    def transition_seconds(self) -> float: ...

    def validate_timeline(self, timeline: dict[str, Any]) -> None: ...

    def timeline_duration(self, timeline: dict[str, Any]) -> float: ...

    def render_frame(self, timeline: dict[str, Any], t: float, max_height: int = 960) -> bytes: ...

    def pick_music(self, seed: str) -> Path | None: ...

    def voice_engine(self, voice: dict[str, Any], language: str | None) -> str: ...

    def ffmpeg_exe(self) -> str | None: ...

    def ffprobe_exe(self) -> str | None: ...

    def espeak_exe(self) -> str | None: ...

    def script_for_language(self, language: str | None) -> str: ...

    def font_package(self, script: str) -> str: ...

    def font_path(self, script: str) -> str | None: ...

    def forget_fonts(self) -> None: ...


class MockupEngine(Protocol):
    """Scenes, cut-outs, composition, exports and AR files (``generators.mockup``)."""

    Placement: type
    Scene: type
    TARGETS: Mapping[str, Any]
    SOURCE_COMPOSITE: str
    SOURCE_COMPOSITE_AI: str
    errors: tuple[type[Exception], ...]

    builtin_scenes_dir: Callable[[], Path]
    load_scene: Callable[..., Any]
    load_scenes: Callable[..., Any]
    scene_from_dict: Callable[..., Any]
    photo_scene_dict: Callable[..., Any]
    cut_out: Callable[..., Any]
    compose: Callable[..., Any]
    scene_background: Callable[..., Any]
    photo_camera: Callable[..., Any]
    plane_quad: Callable[..., Any]
    fitted_quad: Callable[..., Any]
    calibrate_plane: Callable[..., Any]
    quad_is_convex: Callable[..., bool]
    save_image: Callable[..., Any]
    to_srgb: Callable[..., Any]
    fill_fraction: Callable[..., float]
    write_glb: Callable[..., Any]
    write_usdz: Callable[..., Any]
    usdz_available: Callable[[], bool]
    face_size_m: Callable[..., Any]


class KitBuilder(Protocol):
    """Live platforms, the run of show, shop links, the kit text and its export (``generators.kit``)."""

    PLATFORMS: Mapping[str, Any]
    FlashSaleSpec: Callable[..., Any]
    ShortLinkProvider: Callable[..., Any]
    KitProduct: Callable[..., Any]
    KitInputs: Callable[..., Any]

    get_platform: Callable[[str], Any]
    plan_run_of_show: Callable[..., Any]
    product_url: Callable[..., str]
    shop_link: Callable[..., str]
    phrases: Callable[[str], dict[str, Any]]
    write_kit: Callable[[Any], dict[str, Any]]
    export_kit: Callable[..., dict[str, Any]]
    write_brief_pdf: Callable[..., Path]  # (brief dict, path) -> path: a creator brief as PDF (issue 21)


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


@dataclass(frozen=True)
class MetricsTarget:
    """One published post whose metrics we ask for (issue 20). ``key`` is echoed back in its result."""

    key: str
    platform_post_id: str
    published_at: Any = None  # datetime (UTC) or None
    receipt: dict[str, Any] = field(default_factory=dict)  # the publish receipt (TikTok: publish_id)
    since: Any = None  # date: the earliest day a period-based report should cover (None: since publishing)


@dataclass(frozen=True)
class MetricsResult:
    """What the platform said about one post. ``metrics`` uses ``post_metrics`` column names; a metric the
    platform did not return is ABSENT (unknown), never 0. ``error`` set = this post failed (with the reason);
    ``retry`` = worth asking again later (not yet available, still in moderation)."""

    key: str
    metrics: dict[str, float | int] = field(default_factory=dict)
    raw: dict[str, Any] = field(default_factory=dict)
    media_id: str | None = None
    note: str | None = None
    error: str | None = None
    retry: bool = False


@runtime_checkable
class ChannelAdapter(Protocol):
    """One account's connection to a platform. Built-in adapters subclass this Protocol, so the optional
    capabilities (``info``, ``quota``, ``pages``, ``boards``, ``close``) have their defaults."""

    platform: str

    def publish(self, request: PublishRequest, progress: ProgressFn, cancel: CancelToken) -> PublishReceipt: ...

    def lookup(self, idempotency_key: str, request: PublishRequest) -> PublishReceipt | None:
        """Ask the platform whether a post we may have sent already exists (reconciliation)."""
        ...

    def info(self) -> dict[str, Any]:
        """What the user must choose before posting (e.g. TikTok's creator privacy options)."""
        return {}

    def quota(self) -> dict[str, Any] | None:
        """Live publishing quota from the platform, where it offers one: {used, limit, window_s}."""
        return None

    def pages(self) -> list[dict[str, Any]] | None:
        """The Facebook Pages the signed-in user manages (None: the platform has no Pages)."""
        return None

    def boards(self) -> list[dict[str, Any]] | None:
        """The Pinterest boards of the account (None: the platform has no boards)."""
        return None

    #: metrics (issue 20): how many posts one ``fetch_metrics`` call takes (0: the platform offers none), and
    #: the documented read limit ``(requests, window seconds, source)`` the sync paces itself by
    metrics_batch: int = 0
    metrics_limit: tuple[int, int, str] | None = None

    def fetch_metrics(self, targets: Sequence[MetricsTarget], cancel: CancelToken) -> list[MetricsResult]:
        """Lifetime metrics of up to ``metrics_batch`` published posts, one result per target (in any order).
        A failure of the whole call raises the typed errors below (TransientError with ``retry_after`` on 429)."""
        return [MetricsResult(t.key, error=f"{self.platform} offers no metrics API") for t in targets]

    def close(self) -> None:
        return None


class PlatformEmulators(Protocol):
    """Loopback emulators of the platforms' APIs (entry point group ``commerce_studio.emulators``; the built-in
    ``emulators`` package). ``studio demo`` publishes to them and syncs their metrics."""

    platforms: Sequence[str]

    def unavailable(self) -> str | None:
        """Why they cannot run here (None: they can)."""
        ...

    def start(self, platforms: Sequence[str], *, age_s: float = 0.0) -> dict[str, dict[str, Any]]:
        """Start them on 127.0.0.1: per platform ``{"url", "token", "settings"}`` for an account."""
        ...

    def remember(self, platform: str, posts: Sequence[tuple[str, float]]) -> None:
        """Posts the platform holds from an earlier run: (platform post id, published at, epoch seconds)."""
        ...

    def stop(self) -> None: ...


class ChannelFactory(Protocol):
    def __call__(self, account: ChannelAccount, **kw: Any) -> ChannelAdapter: ...


class ChannelSignIn(Protocol):
    """OAuth sign-in for the channels and the platforms' API metadata (``channels``)."""

    DEFAULT_LOOPBACK_PORT: int
    GRAPH_VERSION: str
    GRAPH_VERSIONS: Mapping[str, str | None]
    TokenSet: Any

    def oauth_spec(self, platform: str, settings: dict[str, Any]) -> Any | None:
        """The platform's sign-in (None: the platform needs none)."""
        ...

    refresh_due: Callable[..., bool]
    refresh: Callable[..., Any]
    run_desktop_flow: Callable[..., Any]
    registered_redirect_uri: Callable[..., str]
    graph_version_of: Callable[[dict[str, Any]], str]
    graph_version_warning: Callable[[str], str | None]


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
