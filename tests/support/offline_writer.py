"""Shared helpers of the offline writer's tests (tests/unit/generation/test_offline_*.py): the registry's markets by
language, a made-up product, the writer fixture (import it by name: ``from tests.support.offline_writer import
writer as writer``) and one draft written as the app writes it (engine spec, grounded task) without storing it."""

from __future__ import annotations

from decimal import Decimal

import pytest

from studio import registry
from studio.domain import FactDTO, ProductDTO, VariantDTO
from studio.services import generation

MARKETS = {"en": "en-US", "de": "de-DE", "fr": "fr-FR", "es": "es-ES", "it": "it-IT", "pt": "pt-BR",
           "ja": "ja-JP", "zh": "zh-SG", "nl": "nl-NL", "pl": "pl-PL", "tr": "tr-TR", "ko": "ko-KR", "ar": "ar-SA",
           "th": "th-TH", "hi": "hi-IN", "vi": "vi-VN", "id": "id-ID", "ms": "ms-MY", "sw": "sw-KE", "fil": "fil-PH"}


def product(title: str, facts: list[tuple[str, str]] = (), *, vendor: str = "Fenwick", product_type: str = "",
            grams: int | None = None, pid: int = 12) -> ProductDTO:
    """A one-variant product with ``facts`` as (key, value) pairs; ``grams`` adds a parsed weight fact. ``pid`` is
    its id (handle ``f-<pid>``): each round's file keeps the id its cases were written with."""
    read = [FactDTO(k, v, None, None, {}) for k, v in facts]
    if grams:
        read.append(FactDTO("weight", f"{grams} g", "weight", "g", {"value": grams, "unit": "g", "grams": grams}))
    return ProductDTO(id=pid, handle=f"f-{pid}", title=title, body_text="", body_html="", vendor=vendor,
                      product_type=product_type, category="", tags=(), status="active", seo_title="",
                      seo_description="", source_language="en", currency="USD",
                      variants=variants([{"Title": "Default Title"}], title="Default"), facts=tuple(read))


def variants(opts: list[dict], *, title: str = "V") -> tuple:
    """One variant per option dict, SKUs F-1, F-2 …, 24.00 USD."""
    return tuple(VariantDTO(i, f"F-{i}", title, o, Decimal("24.00"), None, "USD", {}, None, None, None)
                 for i, o in enumerate(opts, 1))


@pytest.fixture(scope="module")
def writer():
    return registry.find("llm", "offline")()


def task_of(p: ProductDTO, market: str, kind: str = "listing", target: str = "amazon") -> dict:
    """The task the app builds for ``p`` in ``market`` (the engine's spec of ``kind`` for ``target``, grounded)."""
    eng = generation.engine()
    spec = eng.get_spec(kind, target)
    task = eng.build_task(p, market, spec, extra={"target": target})
    task["target"] = target
    return task


def draft(writer, p: ProductDTO, market: str, kind: str = "listing", target: str = "amazon", **task) -> tuple:
    """(content, notes) the offline writer gives for ``p`` in ``market``; ``task`` adds keys to the task (e.g.
    ``translations``)."""
    return writer._content({**task_of(p, market, kind, target), **task})


def write(writer, p: ProductDTO, lang: str, kind: str = "listing", target: str = "amazon") -> dict:
    """The content the offline writer gives for ``p`` in ``lang``'s market (its findings are not kept)."""
    return draft(writer, p, MARKETS[lang], kind, target)[0]


def checked_text(writer, p: ProductDTO, lang: str, kind: str = "listing", target: str = "amazon") -> str:
    """What the language check reads of that content (``text_for_language_check``), then its title."""
    content = write(writer, p, lang, kind, target)
    eng = generation.engine()
    return eng.text_for_language_check(eng.get_spec(kind, target), content) + "\n" + str(content.get("title") or "")


def text_of(content: dict) -> str:
    """Every text of a draft's content, one per line (list items: their strings, or a dict's values joined)."""
    parts = []
    for v in content.values():
        if isinstance(v, str):
            parts.append(v)
        elif isinstance(v, list):
            parts.extend(x if isinstance(x, str) else " ".join(str(y) for y in x.values()) for x in v)
    return "\n".join(parts)
