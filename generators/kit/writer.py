"""The offline livestream-kit writer: grounded only in the product facts and the listing price.

Every benefit, proof point and answer is a product fact read back with a label in the kit's language;
nothing is invented. When the store has not given a shipping or returns policy the answer is left as a
visible fill-in marker rather than made up. Phrase banks live in ``assets/kit/phrases.json``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

from generators.kit.plan import RunOfShow, timecode

# facts worth saying on air, most useful first
BENEFIT_KEYS = ("features", "material", "capacity", "battery", "compatibility", "dimensions", "weight",
                "ingredients", "colour", "color", "in_the_box", "care", "certification")
PROOF_KEYS = ("certification", "dimensions", "weight", "capacity", "material")
QA_KEYS = (("size", "q_size"), ("material", "q_material"), ("dimensions", "q_dimensions"),
           ("weight", "q_weight"), ("care", "q_care"), ("compatibility", "q_compat"), ("in_the_box", "q_box"))


@lru_cache(maxsize=1)
def phrase_bank() -> dict[str, Any]:
    text = resources.files("assets").joinpath("kit/phrases.json").read_text(encoding="utf-8")
    return {k: v for k, v in json.loads(text).items() if not k.startswith("_")}


def languages() -> list[str]:
    return sorted(phrase_bank())


def phrases(lang: str) -> dict[str, Any]:
    bank = phrase_bank()
    base = lang.split("-")[0].lower()
    if base not in bank:
        raise ValueError(f"the offline kit writer has no phrases for '{lang}'; available: {', '.join(sorted(bank))}")
    return bank[base]


@dataclass(frozen=True)
class KitProduct:
    handle: str
    title: str
    vendor: str
    facts: tuple[tuple[str, str], ...]  # (key, value) as stored
    price_text: str  # the listing price, formatted for the market
    price: str  # the listing price as a decimal string (for checks)
    currency: str
    compare_text: str | None = None
    options: tuple[str, ...] = ()  # "Size: S, M, L" lines
    link: str = ""
    sku: str | None = None


@dataclass
class KitInputs:
    language: str
    host: str
    products: list[KitProduct]
    plan: RunOfShow
    flash_price_texts: dict[int, str] = field(default_factory=dict)  # product index → formatted deal price
    shipping_policy: str | None = None
    returns_policy: str | None = None
    giveaways: int = 1
    platform_notes: tuple[str, ...] = ()
    isolate: Any = None  # callable wrapping LTR runs for RTL output
    # product index → segment written by the generation engine (demo_action, benefits, proof_point, cta)
    segments: dict[int, dict[str, Any]] = field(default_factory=dict)


def _fact_map(p: KitProduct) -> dict[str, str]:
    out: dict[str, str] = {}
    for k, v in p.facts:
        key = k.strip().lower().replace(" ", "_").replace("-", "_")
        if v and key not in out:
            out[key] = v.strip()
    return out


def write_kit(inp: KitInputs) -> dict[str, Any]:
    ph = phrases(inp.language)
    labels = ph["labels"]
    iso = inp.isolate or (lambda s: s)
    n = len(inp.products)

    def fill(key: str, **kw: Any) -> str:
        return ph[key].format(**kw)

    kit: dict[str, Any] = {
        "language": inp.language.split("-")[0].lower(),
        "host": inp.host,
        "total_s": inp.plan.total_s,
        "opening": {"hook": fill("opening_hook", count=n), "intro": fill("opening_intro", host=inp.host)},
        "segments": [],
        "products": [],
        "flash_sales": [],
        "giveaways": [],
        "qa": [],
        "objections": [],
        "comment_replies": [],
        "compliance": list(ph["compliance"]) + list(inp.platform_notes),
        "closing": {"recap": fill("closing_recap", count=n), "cta": fill("closing_cta")},
    }
    for seg in inp.plan.segments:
        kit["segments"].append({"kind": seg.kind, "start": seg.start, "end": seg.end, "start_tc": seg.start_tc,
                                "end_tc": seg.end_tc, "product_index": seg.product_index})

    for i, p in enumerate(inp.products):
        facts = _fact_map(p)
        title = iso(p.title)
        benefits: list[str] = []
        for key in BENEFIT_KEYS:
            if key in facts and len(benefits) < 3:
                benefits.append(fill("benefit", label=labels.get(key, key), value=iso(facts[key])))
        extra = [k for k in facts if k not in BENEFIT_KEYS and k not in ("size", "warning")]
        for key in extra:
            if len(benefits) >= 3:
                break
            benefits.append(fill("benefit", label=labels.get(key, key.replace("_", " ")), value=iso(facts[key])))
        proof = None
        for key in PROOF_KEYS:
            if key in facts:
                proof = fill("proof_fact", label=labels.get(key, key), value=iso(facts[key]))
                break
        demo_key = next((k for k in BENEFIT_KEYS if k in facts), "features")
        price_line = (fill("price_compare", price=iso(p.price_text), compare=iso(p.compare_text))
                      if p.compare_text else fill("price_line", price=iso(p.price_text)))
        variants = fill("variants", options="; ".join(iso(o) for o in p.options)) if p.options else None
        seg = inp.plan.product_segment(i)
        written = inp.segments.get(i)
        if written:
            benefits = list(written.get("benefits") or benefits)
            proof = written.get("proof_point") or None
        demo_action = written["demo_action"] if written else fill("demo_action", title=title,
                                                                   label=labels.get(demo_key, demo_key))
        cta = written["cta"] if written else fill("cta", title=title)
        kit["products"].append({
            "index": i, "handle": p.handle, "sku": p.sku, "title": p.title, "vendor": p.vendor,
            "start_tc": seg.start_tc, "end_tc": seg.end_tc, "start": seg.start, "end": seg.end,
            "demo_action": demo_action,
            "benefits": benefits, "proof_point": proof, "price": p.price, "currency": p.currency,
            "price_text": p.price_text, "compare_text": p.compare_text, "price_line": price_line,
            "variant_guidance": variants, "warning": facts.get("warning"),
            "cta": cta, "link": p.link, "pin_order": i + 1,
        })
        # Q&A from the facts
        for key, qkey in QA_KEYS:
            if key in facts:
                answer = fill("a_size", value=iso(facts[key])) if key == "size" else fill("a_fact", value=iso(facts[key]))
                kit["qa"].append({"product": p.handle, "topic": key, "question": ph[qkey], "answer": answer,
                                  "source": f"fact:{key}"})
        kit["qa"].append({"product": p.handle, "topic": "shipping", "question": ph["q_shipping"],
                          "answer": inp.shipping_policy or ph["a_policy_missing"],
                          "source": "store policy" if inp.shipping_policy else "missing"})
        kit["qa"].append({"product": p.handle, "topic": "returns", "question": ph["q_returns"],
                          "answer": inp.returns_policy or ph["a_policy_missing"],
                          "source": "store policy" if inp.returns_policy else "missing"})
        # objections
        strongest = next((k for k in BENEFIT_KEYS if k in facts), None)
        if strongest:
            kit["objections"].append({"product": p.handle, "objection": ph["obj_price"],
                                      "response": fill("obj_price_r", price=iso(p.price_text),
                                                       label=labels.get(strongest, strongest),
                                                       value=iso(facts[strongest]))})
        if "size" in facts:
            kit["objections"].append({"product": p.handle, "objection": ph["obj_fit"],
                                      "response": fill("obj_fit_r", value=iso(facts["size"]))})
        if p.vendor:
            kit["objections"].append({"product": p.handle, "objection": ph["obj_genuine"],
                                      "response": fill("obj_genuine_r", vendor=iso(p.vendor))})
        kit["comment_replies"].append({"keyword": ph["kw_price"], "product": p.handle,
                                       "reply": fill("kw_price_r", title=title, price=iso(p.price_text)),
                                       "action": ph["kw_action_reply"]})

    for key, action in (("kw_link", "kw_action_pin"), ("kw_size", "kw_action_reply"), ("kw_ship", "kw_action_reply")):
        kit["comment_replies"].append({"keyword": ph[key], "product": None, "reply": ph[key + "_r"],
                                       "action": ph[action]})

    for slot in inp.plan.flash_sales:
        p = inp.products[slot.spec.product_index]
        deal_text = inp.flash_price_texts.get(slot.spec.product_index, p.price_text)
        kit["flash_sales"].append({
            "product": p.handle, "product_index": slot.spec.product_index,
            "countdown_start_tc": timecode(slot.countdown_start), "sale_start_tc": timecode(slot.sale_start),
            "sale_end_tc": timecode(slot.sale_end), "countdown_s": slot.spec.countdown_s,
            "duration_min": slot.spec.duration_min, "deal_price": slot.spec.deal_price or p.price,
            "deal_price_text": deal_text, "stock_cap": slot.spec.stock_cap,
            "per_customer_cap": slot.spec.per_customer_cap,
            "script": fill("flash", title=iso(p.title), countdown=slot.spec.countdown_s,
                           minutes=slot.spec.duration_min, price=iso(deal_text),
                           limit=slot.spec.per_customer_cap or 1),
        })

    # giveaways in the middle and just before the closing
    product_segments = [s for s in inp.plan.segments if s.kind == "product"]
    moments = []
    if inp.giveaways >= 1 and product_segments:
        moments.append(product_segments[len(product_segments) // 2].start)
    if inp.giveaways >= 2:
        moments.append(inp.plan.segments[-1].start)
    for t in moments[: inp.giveaways]:
        kit["giveaways"].append({"at_tc": timecode(t), "keyword": ph["giveaway_keyword"],
                                 "script": fill("giveaway", time=timecode(t), keyword=ph["giveaway_keyword"])})
    kit["warnings"] = list(inp.plan.warnings)
    if not inp.shipping_policy or not inp.returns_policy:
        kit["warnings"].append("shipping/returns answers are fill-in markers: add your store policy before the live")
    return kit


def talking_points(kit: dict[str, Any]) -> str:
    """Plain-text talking points (also the teleprompter's source), one block per segment."""
    lines: list[str] = []
    lines.append(f"[{kit['segments'][0]['start_tc']}] {kit['opening']['hook']}")
    lines.append(kit["opening"]["intro"])
    for p in kit["products"]:
        lines.append("")
        lines.append(f"[{p['start_tc']}–{p['end_tc']}] #{p['pin_order']} {p['title']}")
        lines.append(f"  ▸ {p['demo_action']}")
        for b in p["benefits"]:
            lines.append(f"  • {b}")
        if p["proof_point"]:
            lines.append(f"  ✓ {p['proof_point']}")
        lines.append(f"  {p['price_line']}")
        if p["variant_guidance"]:
            lines.append(f"  {p['variant_guidance']}")
        lines.append(f"  → {p['cta']}")
        for f in kit["flash_sales"]:
            if f["product"] == p["handle"]:
                lines.append(f"  ⚡ [{f['countdown_start_tc']}] {f['script']}")
    for g in kit["giveaways"]:
        lines.append("")
        lines.append(f"🎁 [{g['at_tc']}] {g['script']}")
    closing = kit["segments"][-1]
    lines.append("")
    lines.append(f"[{closing['start_tc']}] {kit['closing']['recap']}")
    lines.append(kit["closing"]["cta"])
    return "\n".join(lines) + "\n"
