"""Pages of the Settings section. Each module here exposes ``PAGE = SettingsPage(...)``."""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget


@dataclass(frozen=True)
class SettingsPage:
    id: str
    title: str
    order: int
    factory: Callable[..., QWidget]  # factory(ctx) -> QWidget


def discover() -> list[SettingsPage]:
    pages = []
    for info in pkgutil.iter_modules(__path__):
        module = importlib.import_module(f"{__name__}.{info.name}")
        page = getattr(module, "PAGE", None)
        if isinstance(page, SettingsPage):
            pages.append(page)
    return sorted(pages, key=lambda p: (p.order, p.id))
