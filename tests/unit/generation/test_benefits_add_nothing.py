"""Walkthrough s14 finding 3: 'Double-wall bamboo fibre mug … Keeps drinks warm' became 'Doppelwandig
vakuumisoliert' / '真空断熱二重構造' — the phrase bank's double-wall entry matched 'double-wall' alone and said
'double-wall vacuum insulation' in every language, a property the seller never stated. Each selling phrase now
says only what every wording it matches states; an audit over the bank finds an entry whose rendering names a
product property (vacuum, induction, double wall, waterproof, leak-proof, BPA-free, dishwasher, …) that one of
the wordings it matches does not contain."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.unit.generation.test_offline_round4 import MAIN, product, text_of, write, writer  # noqa: F401

BANK = Path(__file__).resolve().parents[3] / "assets" / "phrasebanks" / "prose" / "benefits.json"
PROPERTIES = ("vacuum", "induction", "double", "waterproof", "leak", "bpa", "organic", "antibacterial",
              "hypoallergenic", "dishwasher", "microwave", "oven", "freezer", "stainless", "insulat", "recycl",
              "biodegrad", "vegan", "certified", "spf", "uv")
VACUUM = ("vacuum", "vakuum", "sous vide", "vacío", "sottovuoto", "vácuo", "真空")


def _alternatives(rx: str) -> list[str]:
    parts, depth, cur = [], 0, ""
    for ch in rx:
        depth += (ch == "(") - (ch == ")")
        if ch == "|" and depth == 0:
            parts.append(cur)
            cur = ""
        else:
            cur += ch
    return [*parts, cur]


def _least(alt: str) -> str:
    """The words every match of one alternative contains: optional groups dropped."""
    prev = None
    while prev != alt:
        prev = alt
        alt = re.sub(r"\((?:\?:|\?P<\w+>)?[^()]*\)\?", " ", alt)
        alt = re.sub(r"\((?:\?:)?([^()|]*)\)(?!\?)", r"\1", alt)
    return re.sub(r"\\[bsdw]|[?*+^$]|\[[^\]]*\]\??|\{\d*,?\d*\}", " ", alt).casefold()


def test_no_selling_phrase_says_a_property_its_wording_does_not():
    bad = []
    for p in json.loads(BANK.read_text(encoding="utf-8"))["phrases"]:
        said = p["text"].get("en", "").casefold()
        for alt in _alternatives(p["en"]):
            least = _least(alt)
            added = [w for w in PROPERTIES if re.search(rf"\b{w}", said) and not re.search(rf"\b{w}", least)]
            if added:
                bad.append(f"{p['id']}: {alt!r} is said as {said!r} ({', '.join(added)} added)")
    assert not bad, "\n".join(bad)


@pytest.mark.parametrize("lang", MAIN)
def test_a_double_wall_mug_is_not_called_vacuum_insulated(writer, lang):  # noqa: F811
    p = product("Bamboo Travel Mug", "Double-wall bamboo fibre mug with silicone lid. Keeps drinks warm.",
                vendor="Leaf & Co")
    text = text_of(write(writer, p, lang)[0])
    assert not any(v in text.casefold() for v in VACUUM), text
    vac = product("Bamboo Travel Mug", "Double-wall vacuum insulated steel mug with silicone lid. Keeps drinks warm.")
    assert any(v in text_of(write(writer, vac, lang)[0]).casefold() for v in VACUUM)
