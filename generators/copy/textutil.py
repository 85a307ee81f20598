"""Measuring and fitting text in a target's unit, and market facts, through ``localization``.

Every count goes through ``localization.text`` (graphemes, UTF-16 units, UTF-8 bytes, X-weighted chars);
the fallbacks below only keep the engine importable while that package is incomplete.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

UNITS = ("graphemes", "utf16", "utf8", "x")


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s or "")


def measure(s: str, unit: str = "graphemes") -> int:
    s = nfc(s)
    try:
        from localization import text as lt

        fn = {"graphemes": lt.grapheme_len, "utf16": lt.utf16_len, "utf8": lt.utf8_len,
              "x": lt.x_weighted_len}[unit]
        return int(fn(s))
    except (ImportError, AttributeError):
        if unit == "utf16":
            return len(s.encode("utf-16-le")) // 2
        if unit == "utf8":
            return len(s.encode("utf-8"))
        if unit == "x":
            return sum(1 if ord(c) <= 0x10FF or 0x2000 <= ord(c) <= 0x201F else 2 for c in s)
        return len(s)


def fit(s: str, limit: int, unit: str = "graphemes", lang: str | None = None) -> str:
    """Shorten at a word (or Thai/CJK segment) boundary so ``s`` fits ``limit``; never mid-grapheme."""
    s = nfc(s).strip()
    if measure(s, unit) <= limit:
        return s
    try:
        from localization import text as lt

        return lt.truncate(s, limit, unit=unit, lang=lang, ellipsis="").strip()
    except (ImportError, AttributeError):
        words = re.split(r"(\s+)", s)
        out = ""
        for w in words:
            if measure(out + w, unit) > limit:
                break
            out += w
        return out.strip()


def unit_label(unit: str) -> str:
    return {"graphemes": "characters", "utf16": "UTF-16 code units", "utf8": "UTF-8 bytes",
            "x": "X-weighted characters (CJK and emoji count 2)"}.get(unit, unit)


# --------------------------------------------------------------------------- markets

_RTL = {"ar", "he", "fa", "ur"}


@dataclass(frozen=True)
class MarketInfo:
    tag: str
    language: str
    language_name: str
    country: str
    country_name: str
    direction: str
    currency: str | None
    measurement: str
    culture: dict[str, Any] = field(default_factory=dict)
    festivals: tuple[dict[str, Any], ...] = ()
    channels: tuple[str, ...] = ()
    marketplaces: tuple[str, ...] = ()


def market_info(tag: str) -> MarketInfo:
    """Market facts from ``localization.markets`` (raises its UnknownMarket for unknown tags)."""
    try:
        from localization import markets as lm
    except ImportError:
        lm = None
    if lm is not None and hasattr(lm, "get_market"):
        mk = lm.get_market(tag)
        return MarketInfo(
            tag=mk.tag, language=mk.language, language_name=getattr(mk, "language_name", mk.language),
            country=getattr(mk, "country", ""), country_name=getattr(mk, "country_name", ""),
            direction=getattr(mk, "direction", "ltr"), currency=getattr(mk, "currency", None),
            measurement=getattr(mk, "measurement", "metric"), culture=dict(getattr(mk, "culture", None) or {}),
            festivals=tuple(dict(f) if isinstance(f, dict) else _obj_dict(f) for f in getattr(mk, "festivals", ()) or ()),
            channels=tuple(getattr(mk, "channels", ()) or ()), marketplaces=tuple(getattr(mk, "marketplaces", ()) or ()),
        )
    lang, _, country = tag.partition("-")
    return MarketInfo(tag=tag, language=lang.lower(), language_name=lang, country=country.upper(),
                      country_name=country.upper(), direction="rtl" if lang.lower() in _RTL else "ltr",
                      currency=None, measurement="imperial" if country.upper() in ("US", "LR", "MM") else "metric")


def _obj_dict(o: Any) -> dict[str, Any]:
    if hasattr(o, "__dict__"):
        return dict(vars(o))
    try:
        from dataclasses import asdict

        return asdict(o)
    except TypeError:
        return {"name": str(o)}


def base_language(code: str | None) -> str:
    return (code or "").split("-")[0].split("_")[0].lower()
