"""The kind registry: every kind of generated copy (listing, caption, faq, video-script, kit…) per target.

A *kind spec* ties together everything the generation engine needs for one ``(kind, target)`` pair:

- ``schema``: a pydantic model of what the model must return (the JSON schema sent as structured output
  and used to validate — one repair round, then a clear failure);
- ``prompt_id``: the template file ``assets/prompts/<prompt_id>.v<prompt_version>.md`` (users override it by
  putting a file with the same name in ``<STUDIO_HOME>/prompts/``);
- ``fields``: the limits of each text field in the target's own unit (chars, UTF-16 units, UTF-8 bytes or
  X-weighted chars), each with the platform-specs row it comes from; the engine asks the model to shorten
  an over-limit field instead of cutting it;
- ``offline``: the routine the built-in offline writer uses: ``offline(task, bank) -> dict`` (grounded only
  in ``task["facts"]``, written from the phrase bank of ``task["language"]``);
- ``finish``: optional ``finish(content, task) -> content`` that adds derived fields (e.g. a caption's
  assembled ``text``) after validation — the same for model and offline output.

Registering a new kind (video scripts, livestream kits…) from another module::

    from generators.copy.kinds import FieldSpec, KindSpec, register

    class ScriptOut(BaseModel):
        model_config = ConfigDict(extra="forbid")
        hook: str
        scenes: list[Scene]

    register(KindSpec(kind="video-script", target="tiktok", schema=ScriptOut,
                      prompt_id="video-script-tiktok", fields=(FieldSpec("hook", 150),),
                      offline=write_script_offline, description="15–60 s vertical video script"))

and ship ``assets/prompts/video-script-tiktok.v1.md``. A module placed in this package is imported by
``load_all()`` automatically; a module elsewhere must be imported once (or named in ``EXTRA_MODULES``) —
``generators.copy.engine`` calls ``load_all()`` before every lookup. Use ``target="*"`` to register a kind
that accepts every target (the target is then passed through in ``task["target"]``).
"""

from __future__ import annotations

import importlib
import pkgutil
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel

# modules outside this package that register kinds (other issues may append their module path here)
EXTRA_MODULES: list[str] = []


@dataclass(frozen=True)
class FieldSpec:
    """One text field of a kind: limits in the target's unit. ``items`` marks a list of strings."""

    name: str
    limit: int | None = None  # max length of the field (or of each item when ``items``)
    unit: str = "graphemes"  # graphemes | utf16 | utf8 | x
    items: bool = False
    max_items: int | None = None
    min_items: int | None = None
    min_length: int | None = None
    joined_limit: int | None = None  # limit of all items joined with ``joiner`` (e.g. search terms)
    joiner: str = " "
    source: str = ""  # platform-specs.md row the rule comes from
    prompt_hint: str = ""  # extra sentence for the prompt


@dataclass(frozen=True)
class KindSpec:
    kind: str
    target: str
    schema: type[BaseModel]
    prompt_id: str
    offline: Callable[[dict[str, Any], Any], dict[str, Any]]
    fields: tuple[FieldSpec, ...] = ()
    prompt_version: int = 1
    finish: Callable[[dict[str, Any], dict[str, Any]], dict[str, Any]] | None = None
    description: str = ""
    max_tokens: int = 1500
    extras: dict[str, Any] = field(default_factory=dict)  # target rules a finish/offline routine reads

    @property
    def key(self) -> tuple[str, str]:
        return (self.kind, self.target)

    def field(self, name: str) -> FieldSpec | None:
        for f in self.fields:
            if f.name == name:
                return f
        return None


_REGISTRY: dict[tuple[str, str], KindSpec] = {}
_lock = threading.Lock()
_loaded = False


def register(spec: KindSpec, *, replace: bool = False) -> KindSpec:
    with _lock:
        if spec.key in _REGISTRY and not replace and _REGISTRY[spec.key] is not spec:
            raise ValueError(f"kind {spec.kind}/{spec.target} is already registered")
        _REGISTRY[spec.key] = spec
    return spec


def load_all() -> None:
    """Import every module of this package (and EXTRA_MODULES) so their ``register`` calls run."""
    global _loaded
    if _loaded:
        return
    for info in pkgutil.iter_modules(__path__):
        if not info.name.startswith("_"):
            importlib.import_module(f"{__name__}.{info.name}")
    for mod in EXTRA_MODULES:
        importlib.import_module(mod)
    _loaded = True


def get(kind: str, target: str) -> KindSpec:
    load_all()
    spec = _REGISTRY.get((kind, target)) or _REGISTRY.get((kind, "*"))
    if spec is None:
        known = ", ".join(t for k, t in sorted(_REGISTRY) if k == kind)
        if not known:
            raise KeyError(f"unknown kind '{kind}'; known kinds: {', '.join(kinds())}")
        raise KeyError(f"kind '{kind}' has no target '{target}'; known targets: {known}")
    return spec


def kinds() -> list[str]:
    load_all()
    return sorted({k for k, _ in _REGISTRY})


def targets(kind: str) -> list[str]:
    load_all()
    return sorted(t for k, t in _REGISTRY if k == kind)


def all_specs() -> list[KindSpec]:
    load_all()
    return [v for _, v in sorted(_REGISTRY.items())]
