"""Finds adapters (LLM providers, channel adapters, renderers…) without the services importing them.

Lookup order for ``find(group, name)``:
1. entry points in the group ``commerce_studio.<group>`` (third-party plug-ins);
2. the built-in convention: ``<package>.<name>`` module exposing ``ADAPTER`` (a class or factory),
   where package is ``generators.llm`` for ``llm``, ``channels`` for ``channel`` and so on.
Names are normalised (``x`` / ``twitter`` aliases are the adapter's own business).
"""

from __future__ import annotations

import importlib
import pkgutil
from importlib.metadata import entry_points
from typing import Any

from studio.domain import StudioError

BUILTIN_PACKAGES: dict[str, str] = {
    "llm": "generators.llm",
    "channel": "channels",
    "copy": "generators.copy",
    "video": "generators.video",
    "mockup": "generators.mockup",
    "kit": "generators.kit",
}


def _norm(name: str) -> str:
    return name.strip().lower().replace("-", "_")


def find(group: str, name: str) -> Any:
    """Return the adapter object registered as ``name`` in ``group``."""
    key = _norm(name)
    for ep in entry_points(group=f"commerce_studio.{group}"):
        if _norm(ep.name) == key:
            return ep.load()
    package = BUILTIN_PACKAGES.get(group)
    if package:
        try:
            module = importlib.import_module(f"{package}.{key}")
        except ModuleNotFoundError as exc:
            if exc.name and exc.name.startswith(f"{package}.{key}"):
                raise StudioError(f"no {group} adapter named '{name}'; known: {', '.join(names(group))}") from None
            raise
        adapter = getattr(module, "ADAPTER", None)
        if adapter is not None:
            return adapter
    raise StudioError(f"no {group} adapter named '{name}'; known: {', '.join(names(group)) or 'none'}")


def names(group: str) -> list[str]:
    found = {ep.name for ep in entry_points(group=f"commerce_studio.{group}")}
    package = BUILTIN_PACKAGES.get(group)
    if package:
        pkg = importlib.import_module(package)
        for info in pkgutil.iter_modules(pkg.__path__):
            if info.name.startswith("_"):
                continue
            try:
                module = importlib.import_module(f"{package}.{info.name}")
            except ImportError:
                continue
            if getattr(module, "ADAPTER", None) is not None:
                found.add(info.name)
    return sorted(found)


def module(group: str, name: str) -> Any:
    """Import a built-in adapter package module by name (for helpers that sit beside the adapter)."""
    package = BUILTIN_PACKAGES[group]
    return importlib.import_module(f"{package}.{_norm(name)}")
