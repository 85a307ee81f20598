"""The registry of code rules: functions a pack names with ``{"type": "code", "function": "..."}``.

Each function takes ``(ctx: LintContext, params: dict)`` and yields ``(start, end, fix, message_params)``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

Hit = tuple[int, int, str | None, dict]
REGISTRY: dict[str, Callable[..., Iterator[Hit]]] = {}


def code_rule(fn):
    REGISTRY[fn.__name__] = fn
    return fn
