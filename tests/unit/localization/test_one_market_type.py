"""One market type: the writers (generators.copy) and the quality rules read the localization registry's
``Market`` itself, and a tag the registry lacks gets its direction, script and units from CLDR — not from
hand-written language or country lists that disagree with each other (three copies once had three different
sets of right-to-left languages)."""

from __future__ import annotations

import pytest
from babel import Locale

from generators.copy import textutil
from localization.markets import IMPERIAL_COUNTRIES, Market, all_markets, get_market, market_or_provisional
from studio.quality import locale_info


@pytest.mark.parametrize("market", all_markets(), ids=lambda m: m.tag)
def test_writers_and_rules_see_the_registry_market(market):
    assert textutil.market_info(market.tag) is get_market(market.tag)
    assert locale_info.market_info(market.tag) is get_market(market.tag)
    assert market_or_provisional(market.tag.lower().replace("-", "_")) is get_market(market.tag)


@pytest.mark.parametrize("market", all_markets(), ids=lambda m: m.tag)
def test_registry_agrees_with_cldr_on_direction_and_units(market):
    """The registry's own data against CLDR: a wrong direction or unit system is caught here."""
    cldr_rtl = Locale.parse(market.babel_locale).character_order == "right-to-left"
    assert market.is_rtl == cldr_rtl
    assert (market.measurement == "imperial") == (market.country in IMPERIAL_COUNTRIES)


@pytest.mark.parametrize("tag, script, direction", [
    ("he-IL", "Hebr", "rtl"), ("fa-IR", "Arab", "rtl"), ("ur-PK", "Arab", "rtl"), ("ps-AF", "Arab", "rtl"),
    ("ckb-IQ", "Arab", "rtl"), ("dv-MV", "Thaa", "rtl"), ("yi-US", "Hebr", "rtl"), ("sr-RS", "Cyrl", "ltr"),
    ("sd-PK", "Arab", "rtl"), ("ug-CN", "Arab", "rtl"), ("el-GR", "Grek", "ltr"), ("sv-SE", "Latn", "ltr"),
])
def test_a_tag_the_registry_lacks_gets_cldr_facts(tag, script, direction):
    with pytest.raises(ValueError):
        get_market(tag)
    m = market_or_provisional(tag)
    assert isinstance(m, Market) and (m.tag, m.script, m.direction) == (tag, script, direction)
    assert locale_info.market_info(tag).direction == direction  # what the bidi rules read


def test_units_and_currency_of_an_unregistered_tag():
    assert market_or_provisional("en-LR").measurement == "imperial"
    assert market_or_provisional("sv-SE").currency == "SEK"
    assert locale_info.market_matches("sv-SE", ["EU"]) and not locale_info.market_matches("nb-NO", ["EU"])


def test_the_rules_name_each_registered_script():
    for m in all_markets():
        assert locale_info.script_name(m.tag) in ("Latin", "Arabic", "Devanagari", "Han", "Japanese", "Korean",
                                                  "Thai"), m.tag
    assert locale_info.script_name("ar-SA") == "Arabic" and locale_info.script_name("he-IL") == "Hebrew"
