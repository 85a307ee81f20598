"""Stop 22 review: false errors the round-13 rules gave on ordinary seller posts (findings 4, 5 and 7), each
reproduced by the reviewer on the committed code, and the violations the same rules must still catch."""
from __future__ import annotations

import pytest

from studio.quality.api import lint_text


def _ids(text: str, market: str = "en-US", target: str = "instagram") -> set[str]:
    return {f.rule_id for f in lint_text(text, target, market) if f.rule_id.startswith(("claims", "disclosure"))}


@pytest.mark.parametrize("text", [
    "Thanks @maria for the purchase!",                      # finding 4: a customer thanked, no gift
    "Thank you @anna_k for the support 💕",
    "thanks @tom for the inspiration on this layout",
    "Danke @lena_m für den Einkauf!",
    "Been using @glowlab serum daily, AMAZING results",     # finding 5: capitals are emphasis, not a code
    "I LOVE this jacket from @northtrail",
])
def test_no_relationship_error_without_a_gift_or_a_code(text):
    assert not {i for i in _ids(text, "de-DE" if "Danke" in text else "en-US") if i.startswith("disclosure")}, text


@pytest.mark.parametrize("text", [
    "Omega-3 fish oil capsules, high quality and third-party tested.",   # finding 7: a nutrient, not the watch
    "Off-white linen shirt, top quality stitching.",                    # a colour, not the label
    "Coach handbag inspired by vintage saddle bags",                    # the maker's bag, inspired by a style
])
def test_no_counterfeit_error_on_words_that_are_also_brands(text):
    assert not {i for i in _ids(text) if "counterfeit" in i}, text


@pytest.mark.parametrize("text,market,family", [
    ("Rolex Submariner top quality, nobody can tell the difference", "en-US", "counterfeit"),
    ("Bag inspired by Chanel classic flap, same as the original", "en-US", "counterfeit"),
    ("Obrigada @vinhosdouro pela garrafa maravilhosa 🍷 link na bio", "pt-BR", "disclosure"),
    ("Been using @glowlab serum daily, use code GLOWMARIA for 15% off", "en-US", "disclosure"),
])
def test_the_violations_are_still_caught(text, market, family):
    assert any(family in i for i in _ids(text, market)), text
