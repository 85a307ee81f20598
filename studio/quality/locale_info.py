"""What the quality rules need to know about a market, read from the one ``Market`` type of
``localization.markets`` (the registry is the source of truth; a tag it lacks gets a provisional market
from CLDR, so text written for it can still be checked)."""

from __future__ import annotations

from localization.markets import Market, market_or_provisional

EU_COUNTRIES = frozenset(
    "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE".split()
)
# ISO 15924 codes of ``Market.script`` → the script families the rules allow (Unicode script names, with
# Japanese and Korean standing for their mixed writing systems)
_SCRIPT_NAMES = {
    "Latn": "Latin", "Arab": "Arabic", "Hebr": "Hebrew", "Thai": "Thai", "Jpan": "Japanese", "Hans": "Han",
    "Hant": "Han", "Kore": "Korean", "Cyrl": "Cyrillic", "Grek": "Greek", "Deva": "Devanagari", "Khmr": "Khmer",
    "Laoo": "Lao", "Mymr": "Myanmar",
}


def market_info(tag: str) -> Market:
    return market_or_provisional((tag or "").strip())


def script_name(tag: str) -> str:
    """The market's writing system as the rules name it (``Arabic``, ``Han``, ``Japanese``…)."""
    return _SCRIPT_NAMES.get(market_info(tag).script, "Latin")


def market_matches(tag: str, entries) -> bool:
    """``entries``: exact tags (``en-US``), countries (``US``), languages (``ms``), ``EU`` or ``*``."""
    if not entries:
        return True
    info = market_info(tag)
    for e in entries:
        if e == "*" or e == tag:
            return True
        if e == "EU" and info.country in EU_COUNTRIES:
            return True
        if len(e) == 2 and e.isupper() and e == info.country:
            return True
        if e.islower() and e == info.language:
            return True
    return False
