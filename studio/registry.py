"""Finds adapters (LLM providers, channel adapters, the copy engine, renderer…) without the services
importing them: every adapter, built-in or third-party, is an entry point in the group
``commerce_studio.<group>`` (the built-ins are declared in pyproject.toml). What each group's object must
offer is its Protocol in ``studio.ports``; the typed accessors below return it as that Protocol.

Names are normalised (``openai-compat`` = ``openai_compat``); when two distributions declare the same name,
the first one found wins. The table is read once per process; ``refresh()`` reads it again (after a
plug-in was installed, or in a test that adds one).
"""

from __future__ import annotations

import functools
from importlib.metadata import EntryPoint, entry_points
from typing import Any, cast

from studio.domain import StudioError
from studio.ports import (
    ChannelFactory,
    ChannelSignIn,
    CopyEngine,
    KitBuilder,
    LLMFactory,
    MockupEngine,
    PlatformEmulators,
    VideoRenderer,
)

GROUPS = ("llm", "copy", "video", "mockup", "kit", "channel", "signin", "emulators")


def _norm(name: str) -> str:
    return name.strip().lower().replace("-", "_")


@functools.cache
def _table(group: str) -> dict[str, EntryPoint]:
    found: dict[str, EntryPoint] = {}
    for ep in entry_points(group=f"commerce_studio.{group}"):
        found.setdefault(_norm(ep.name), ep)
    return found


@functools.cache
def _load(group: str, key: str) -> Any:
    return _table(group)[key].load()


def refresh() -> None:
    """Forget what was read and loaded (a plug-in was installed or removed)."""
    _table.cache_clear()
    _load.cache_clear()


def find(group: str, name: str) -> Any:
    """Return the adapter object registered as ``name`` in ``group``."""
    key = _norm(name)
    if key not in _table(group):
        raise StudioError(f"no {group} adapter named '{name}'; known: {', '.join(names(group)) or 'none'}")
    return _load(group, key)


def names(group: str) -> list[str]:
    return sorted(_table(group))


# --------------------------------------------------------------------------- typed accessors


def llm(name: str) -> LLMFactory:
    return cast(LLMFactory, find("llm", name))


def channel(platform: str) -> ChannelFactory:
    return cast(ChannelFactory, find("channel", platform))


def copy_engine() -> CopyEngine:
    return cast(CopyEngine, find("copy", "engine"))


def video_renderer() -> VideoRenderer:
    return cast(VideoRenderer, find("video", "renderer"))


def mockup_engine() -> MockupEngine:
    return cast(MockupEngine, find("mockup", "engine"))


def kit_builder() -> KitBuilder:
    return cast(KitBuilder, find("kit", "builder"))


def signin() -> ChannelSignIn:
    return cast(ChannelSignIn, find("signin", "oauth"))


def emulators() -> PlatformEmulators | None:
    """A fresh set of the platforms' loopback emulators, or None when no distribution offers them."""
    names_ = names("emulators")
    if not names_:
        return None
    return cast(PlatformEmulators, find("emulators", names_[0])())
