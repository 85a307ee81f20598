"""How the offline writer speaks to an audience segment (issue 21): a segment ("first-time-buyers", "eco-minded",
"returning-buyers"…) is seller guidance applied like a brand voice. A model reads the whole guidance in its prompt;
the offline writer cannot, so it maps the segment — its name, description, angles, tone and notes as the seller
typed them — to a kind of audience (first-time, returning, eco, gift, value, tech) and takes that kind's hook and
call to action from a small per-language phrase bank (``assets/segments/phrases.json``: en, de, fr, es, it, pt,
ja, zh, ar, th), plus the kind of fact the caption leads with (eco → material, value → price, tech → specs).
A segment of no known kind gets one of the language's neutral hooks and calls to action, chosen by its name, so two
segments' variants still read differently. The phrases state nothing about the product — no claim, number or
promise — so every variant passes the same checks; a phrase with one of the segment's "don't" words is skipped.
"""

from __future__ import annotations

import hashlib
import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parents[2] / "assets" / "segments" / "phrases.json"
KINDS = ("first_time", "returning", "eco", "gift", "value", "tech")
#: the fact keys a "specs first" caption leads with, in this order
SPEC_KEYS = ("dimensions", "capacity", "battery", "power", "volume", "size", "features", "weight")


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    return json.loads(DATA.read_text(encoding="utf-8"))


def languages() -> list[str]:
    return [k for k in _data() if len(k) <= 3 and not k.startswith("_")]


def _hit(word: str, text: str) -> bool:
    w = word.casefold().replace("-", " ")
    if re.search(r"[^\x00-\u024f]", w):  # CJK, Arabic, Thai: no word boundaries to rely on
        return w in text
    return re.search(rf"(?<![^\W\d_]){re.escape(w)}", text) is not None  # "eco" in "eco-minded", not "second"


def kind_of(segment: dict[str, Any]) -> str:
    """The kind of audience a segment's guidance names — its name decides first, then its description, angles,
    tone and notes — or ``generic``."""
    keywords = _data()["keywords"]
    for part in ("name", "description", "angles", "tone", "notes"):
        value = segment.get(part) or ""
        text = " ".join(value) if isinstance(value, list) else str(value)
        text = text.casefold().replace("-", " ").replace("_", " ")
        for kind in KINDS:
            if any(_hit(w, text) for w in keywords[kind]):
                return kind
    return "generic"


def voice(segment: dict[str, Any] | None, lang: str) -> dict[str, Any] | None:
    """``{"kind", "hook", "cta", "lead"}`` for ``segment`` in ``lang`` (templates with ``{name}`` and the caption
    banks' article placeholders), or None when the language has no segment phrases."""
    if not segment:
        return None
    bank = _data().get(lang)
    if not bank:
        return None
    kind = kind_of(segment)
    name = str(segment.get("name") or "")
    start = int(hashlib.sha256(name.encode()).hexdigest()[:8], 16)
    hooks, ctas = bank["generic"]["hooks"], bank["generic"]["ctas"]
    options = [(hooks[(start + k) % len(hooks)], ctas[(start + k) % len(ctas)]) for k in range(len(hooks))]
    if kind != "generic":
        options.insert(0, (bank[kind]["hook"], bank[kind]["cta"]))
    dont = [w.casefold() for w in segment.get("dont_words") or [] if str(w).strip()]
    hook, cta = next(((h, c) for h, c in options if not any(w in (h + " " + c).casefold() for w in dont)),
                     options[0])
    return {"kind": kind, "hook": hook, "cta": cta, "lead": _data()["lead"].get(kind)}


def lead_key(lead: str | None, keys: list[str]) -> str | None:
    """The fact key a caption for this audience leads with, among ``keys`` (canonical keys of the chosen facts)."""
    if lead == "material":
        return "material" if "material" in keys else None
    if lead == "specs":
        return next((k for k in SPEC_KEYS if k in keys), None)
    return None
