"""Measuring and fitting text in a target's unit, and market facts, through ``localization``.

Every count goes through ``localization.text`` (graphemes, UTF-16 units, UTF-8 bytes, X-weighted chars).
"""

from __future__ import annotations

import unicodedata

from localization import text as lt
from localization.markets import Market, get_market

UNITS = ("graphemes", "utf16", "utf8", "x")


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s or "")


def measure(s: str, unit: str = "graphemes") -> int:
    fn = {"graphemes": lt.grapheme_len, "utf16": lt.utf16_len, "utf8": lt.utf8_len, "x": lt.x_weighted_len}[unit]
    return int(fn(nfc(s)))


def fit(s: str, limit: int, unit: str = "graphemes", lang: str | None = None) -> str:
    """Shorten at a word (or Thai/CJK segment) boundary so ``s`` fits ``limit``; never mid-grapheme."""
    s = nfc(s).strip()
    if measure(s, unit) <= limit:
        return s
    return lt.truncate(s, limit, unit=unit, lang=lang, ellipsis="").strip()


def unit_label(unit: str) -> str:
    return {"graphemes": "characters", "utf16": "UTF-16 code units", "utf8": "UTF-8 bytes",
            "x": "X-weighted characters (CJK and emoji count 2)"}.get(unit, unit)


# --------------------------------------------------------------------------- markets

MarketInfo = Market  # the one market type (localization.markets); the name the engine's signatures use


def market_info(tag: str) -> Market:
    """Market facts from ``localization.markets`` (raises its UnknownMarket for unknown tags)."""
    return get_market(tag)
