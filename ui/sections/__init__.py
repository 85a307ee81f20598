"""Sidebar sections. Each module here exposes ``SECTION = Section(...)``; the shell discovers them.

Only sections that work are shown: a module that is not ready simply does not define ``SECTION``.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget


@dataclass(frozen=True)
class Section:
    id: str
    title: str  # English source string; translated through ui.i18n when shown
    order: int
    factory: Callable[..., QWidget]  # factory(ctx) -> QWidget
    shortcut: str | None = None  # e.g. "Ctrl+1"
    icon: str | None = None  # a Lucide icon name (assets/icons/*.svg); default: ui.icons.SECTIONS[id]


def discover() -> list[Section]:
    sections: list[Section] = []
    for info in pkgutil.iter_modules(__path__):
        module = importlib.import_module(f"{__name__}.{info.name}")
        spec = getattr(module, "SECTION", None)
        if isinstance(spec, Section):
            sections.append(spec)
    return sorted(sections, key=lambda s: (s.order, s.id))
