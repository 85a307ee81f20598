"""Livestream segments (kind ``kit``): what the host says and shows for one product in a selling live.

One draft per product × market × live platform (``tiktok-shop``, ``youtube``, ``shopee``, ``lazada``): a demo
action, three benefits, one proof point and a call to action, grounded only in the product's facts. The
livestream service assembles the run of show (timecodes, prices from the listing, flash sales, Q&A) around
these segments; the offline routine writes them from ``assets/kit/phrases.json``.
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from generators.copy.kinds import FieldSpec, KindSpec, register
from generators.copy.phrasebank import canonical_key
from generators.kit.writer import BENEFIT_KEYS, PROOF_KEYS, phrases

B = "platform-specs.md B: "
LIVE_TARGETS = {
    "tiktok-shop": B + "TikTok Shop LIVE / Violations to avoid",
    "youtube": B + "YouTube Live / Product tagging",
    "shopee": B + "Shopee Live / Setup",
    "lazada": B + "Lazada LazLive / Setup",
}


class LiveSegmentOut(BaseModel):
    model_config = ConfigDict(extra="forbid")
    demo_action: str = Field(min_length=1, max_length=240)
    benefits: list[str] = Field(min_length=1, max_length=3)
    proof_point: str | None = Field(default=None, max_length=240)
    cta: str = Field(min_length=1, max_length=160)


_NUM = r"\d+(?:[.,]\d+)?"
_METRIC = re.compile(rf"(?<![\w.,(])({_NUM}(?:\s?[x×]\s?{_NUM}){{0,2}})\s?(ml|mL|l|L|cm|mm|m|kg|g)(?![\w(])(?!\s*\()")
_TO_IMPERIAL = {"ml": (1 / 29.5735, "fl oz"), "l": (1000 / 29.5735, "fl oz"), "cm": (1 / 2.54, "in"),
                "mm": (1 / 25.4, "in"), "m": (3.28084, "ft"), "kg": (2.20462, "lb"), "g": (1 / 28.3495, "oz")}


def imperial_first(text: str) -> str:
    """US copy: "350 ml" → "11.8 fl oz (350 ml)", "45 x 45 cm" → "17.7 x 17.7 in (45 x 45 cm)"."""

    def shown(v: float) -> str:
        return f"{v:.1f}".rstrip("0").rstrip(".") if v < 100 else f"{v:.0f}"

    def repl(mt: re.Match) -> str:
        factor, unit = _TO_IMPERIAL[mt.group(2).lower()]
        parts = re.split(r"\s?[x×]\s?", mt.group(1))
        conv = " x ".join(shown(float(p.replace(",", ".")) * factor) for p in parts)
        return f"{conv} {unit} ({mt.group(0)})"

    return _METRIC.sub(repl, text)


def offline_segment(task: dict[str, Any], _bank: Any) -> dict[str, Any]:
    ph = phrases(task["language"])
    labels = ph["labels"]
    facts: dict[str, tuple[str, str]] = {}
    for f in task.get("facts", []):
        key = canonical_key(f["key"])
        value = (f.get("display") or f.get("value") or "").strip()
        if task.get("measurement") == "imperial":
            value = imperial_first(value)
        if value and key not in facts:
            facts[key] = (f.get("label") or labels.get(key, key), value)
    title = task["product"]["title"]
    benefits: list[str] = []
    for key in BENEFIT_KEYS + tuple(k for k in facts if k not in BENEFIT_KEYS and k not in ("size", "warning")):
        if key in facts and len(benefits) < 3:
            label = labels.get(key) or facts[key][0]
            benefits.append(ph["benefit"].format(label=label, value=facts[key][1]))
    proof = None
    for key in PROOF_KEYS:
        if key in facts:
            proof = ph["proof_fact"].format(label=labels.get(key) or facts[key][0], value=facts[key][1])
            break
    demo_key = next((k for k in BENEFIT_KEYS if k in facts), "features")
    if not benefits:
        benefits = [ph["cta"].format(title=title)]
    out = {"demo_action": ph["demo_action"].format(title=title, label=labels.get(demo_key, demo_key)),
           "benefits": benefits, "proof_point": proof, "cta": ph["cta"].format(title=title)}
    if task.get("direction") == "rtl":
        # Latin runs (brand names, units, model numbers) keep their order inside right-to-left text
        from localization.text import isolate_ltr_runs

        out = {k: ([isolate_ltr_runs(x) for x in v] if isinstance(v, list) else
                   isolate_ltr_runs(v) if isinstance(v, str) else v) for k, v in out.items()}
    return out


for _target, _source in LIVE_TARGETS.items():
    register(KindSpec(
        "kit", _target, LiveSegmentOut, "kit-live", offline_segment,
        fields=(FieldSpec("demo_action", 240, source=_source), FieldSpec("benefits", 160, items=True, max_items=3,
                                                                         source=_source),
                FieldSpec("proof_point", 240, source=_source), FieldSpec("cta", 160, source=_source)),
        description=f"{_target} livestream segment for one product: demo action, 3 benefits, 1 proof point, CTA",
        max_tokens=900))
