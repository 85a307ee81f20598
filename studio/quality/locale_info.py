"""What the quality rules need to know about a market (language, script, direction, units, currency).

Reads ``localization.markets.get_market`` when available; falls back to Babel/CLDR so the rules work
before (or without) the localization package.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

EU_COUNTRIES = frozenset(
    "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE".split()
)
_RTL = frozenset({"ar", "he", "fa", "ur", "yi", "ps", "ckb", "dv"})
_SCRIPT = {
    "ar": "Arabic", "fa": "Arabic", "ur": "Arabic", "he": "Hebrew", "th": "Thai", "ja": "Japanese",
    "zh": "Han", "ko": "Korean", "ru": "Cyrillic", "uk": "Cyrillic", "bg": "Cyrillic", "el": "Greek",
    "hi": "Devanagari", "km": "Khmer", "lo": "Lao", "my": "Myanmar",
}
_IMPERIAL = frozenset({"US", "LR", "MM"})


@dataclass(frozen=True)
class MarketInfo:
    tag: str
    language: str
    country: str
    direction: str
    script: str
    measurement: str
    currency: str | None

    @property
    def in_eu(self) -> bool:
        return self.country in EU_COUNTRIES


@lru_cache(maxsize=256)
def market_info(tag: str) -> MarketInfo:
    tag = (tag or "").strip()
    parts = tag.replace("_", "-").split("-")
    language = parts[0].lower() if parts and parts[0] else "en"
    country = next((p.upper() for p in parts[1:] if len(p) == 2 and p.isalpha()), "")
    m = None
    try:
        from localization import markets

        m = markets.get_market(tag)
    except (ImportError, AttributeError, ValueError, LookupError):
        m = None
    if m is not None:
        return MarketInfo(
            tag=getattr(m, "tag", tag), language=getattr(m, "language", language) or language,
            country=(getattr(m, "country", country) or country).upper(),
            direction=getattr(m, "direction", "rtl" if language in _RTL else "ltr") or "ltr",
            script=_SCRIPT.get(getattr(m, "language", language), "Latin"),
            measurement=getattr(m, "measurement", "imperial" if country in _IMPERIAL else "metric") or "metric",
            currency=getattr(m, "currency", None) or _currency(country),
        )
    return MarketInfo(tag=tag, language=language, country=country,
                      direction="rtl" if language in _RTL else "ltr", script=_SCRIPT.get(language, "Latin"),
                      measurement="imperial" if country in _IMPERIAL else "metric", currency=_currency(country))


def _currency(country: str) -> str | None:
    if not country:
        return None
    try:
        from babel.numbers import get_territory_currencies

        cur = get_territory_currencies(country)
        return cur[0] if cur else None
    except Exception:  # noqa: BLE001 - unknown territory
        return None


def market_matches(tag: str, entries) -> bool:
    """``entries``: exact tags (``en-US``), countries (``US``), languages (``ms``), ``EU`` or ``*``."""
    if not entries:
        return True
    info = market_info(tag)
    for e in entries:
        if e == "*" or e == tag:
            return True
        if e == "EU" and info.in_eu:
            return True
        if len(e) == 2 and e.isupper() and e == info.country:
            return True
        if e.islower() and e == info.language:
            return True
    return False
