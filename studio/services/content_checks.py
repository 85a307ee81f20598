"""Checks for the Content editor: the findings generation stores on a version (brand glossary, don't-words,
do-not-translate terms and the quality engine), run on content that is being edited and not saved yet.

``checker(db, product_id, market, kind, target)`` prepares the slot once (facts, grounding facts, brand voice
— a few DB reads); ``check_content(checker, content)`` is then pure CPU and safe to run on any thread.
Qt-free; the UI calls it through ``ctx.tasks``.
"""

from __future__ import annotations

from typing import Any

from studio import quality
from studio.quality import Finding
from studio.services import generation
from studio.storage.db import Database


def checker(db: Database, product_id: int, market: str, kind: str, target: str, *, brand_voice: Any = None) -> Any:
    """Everything the checks of one product × market × kind × target need (a ``generation.Item``)."""
    from studio.services.providers import get_provider

    return generation.prepare(db, product_id, market, kind, target, get_provider("offline", concurrency=1),
                              brand_voice=brand_voice)


def finding_from_dict(d: dict[str, Any]) -> Finding:
    """A stored check (``DraftVersionDTO.checks`` item) as a ``Finding``; findings without a span get 0–0."""
    start, end = d.get("start"), d.get("end")
    if not isinstance(start, int) or not isinstance(end, int):
        start = end = 0
    raw = d.get("data")
    data: dict[str, Any] = dict(raw) if isinstance(raw, dict) else {}
    if d.get("model_suggested"):  # the model's second opinion keeps its mark (shown as "model-suggested")
        data = {**data, "model_suggested": True}
    return Finding(str(d.get("rule_id") or ""), str(d.get("severity") or "info"), str(d.get("message") or ""),
                   start, end, d.get("fix"), str(d.get("source") or ""), d.get("field"),
                   family=str(d.get("family") or ""), data=dict(data))


def check_content(item: Any, content: dict[str, Any], *, dismissed: frozenset[str] = frozenset()) -> list[Finding]:
    """Brand-voice findings plus the quality engine's field-aware findings and the model's second opinion
    (model-suggested warnings unless a rule agrees; ``dismissed``: the draft's dismissed suggestions), sorted by
    field and position."""
    from studio.services import model_checks

    found = [finding_from_dict(d) for d in generation._glossary_findings(item, content)]
    rules = quality.lint_content(item.kind, item.target, item.market, content, generation.grounding_facts(item))
    found += rules
    found += model_checks.without_dismissed(model_checks.suggest(item.kind, item.target, item.market, content, rules),
                                            dismissed)
    return quality.sort_findings(found)
