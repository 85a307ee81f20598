"""A product's facts in the forms the rules use: normalized dicts, a hashable key, one text (a leaf)."""

from __future__ import annotations

from functools import lru_cache


def facts_key(facts: list[dict] | None) -> tuple | None:
    if facts is None:
        return None
    return tuple((str(f.get("key", "")), str(f.get("value", "")), f.get("unit"), f.get("type", "text"))
                 for f in facts)


def facts_from_key(key: tuple | None) -> list[dict]:
    return [{"key": k, "value": v, "unit": u, "type": t} for k, v, u, t in key or ()]


@lru_cache(maxsize=256)
def fact_text(key: tuple) -> str:
    return " ".join(f"{k} {v} {u or ''}" for k, v, u, _t in key)


def normalize_facts(facts) -> list[dict] | None:
    """FactDTOs, dicts with key/value, or a plain {key: value} mapping → list of dicts."""
    if facts is None:
        return None
    if isinstance(facts, dict):
        return [{"key": str(k), "value": str(v), "unit": None, "type": "text"} for k, v in facts.items()]
    out = []
    for f in facts:
        if isinstance(f, dict):
            out.append({"key": str(f.get("key", "")), "value": str(f.get("value", "")), "unit": f.get("unit"),
                        "type": f.get("type", "text")})
        else:
            out.append({"key": str(getattr(f, "key", "")), "value": str(getattr(f, "value", "")),
                        "unit": getattr(f, "unit", None), "type": getattr(f, "type", "text")})
    return out
