"""``studio demo``: an end-to-end showcase on the embedded defaults.

Each feature adds a step module in ``studio/services/demo_steps/`` exposing ``ORDER`` (int), ``TITLE`` (str)
and ``run(ctx: DemoContext) -> dict``; steps run in ORDER and share the context (later steps use what
earlier ones made). The returned dict is printed (``--json``) and must name where to see the results.
"""

from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from studio.jobs import CancelToken, ProgressFn, no_progress
from studio.storage.db import Database


@dataclass
class DemoContext:
    db: Database
    out: Path
    progress: ProgressFn = no_progress
    cancel: CancelToken = field(default_factory=CancelToken)
    state: dict[str, Any] = field(default_factory=dict)  # shared between steps (e.g. product ids)


@dataclass
class StepResult:
    order: int
    title: str
    ok: bool
    details: dict[str, Any]
    error: str | None = None


def steps() -> list[Any]:
    import studio.services.demo_steps as pkg

    mods = []
    for info in pkgutil.iter_modules(pkg.__path__):
        mod = importlib.import_module(f"{pkg.__name__}.{info.name}")
        if hasattr(mod, "run") and hasattr(mod, "ORDER"):
            mods.append(mod)
    return sorted(mods, key=lambda m: m.ORDER)


def run_demo(db: Database, out: Path, progress: ProgressFn = no_progress,
             cancel: CancelToken | None = None) -> list[StepResult]:
    out.mkdir(parents=True, exist_ok=True)
    ctx = DemoContext(db=db, out=out, progress=progress, cancel=cancel or CancelToken())
    results: list[StepResult] = []
    mods = steps()
    for i, mod in enumerate(mods):
        ctx.cancel.raise_if_cancelled()
        progress(i / max(1, len(mods)), getattr(mod, "TITLE", mod.__name__))
        details = mod.run(ctx)
        results.append(StepResult(mod.ORDER, getattr(mod, "TITLE", mod.__name__), True, details or {}))
    progress(1.0, "done")
    return results
