"""Walkthrough s14 finding 2: 'AeroGrip Yoga Strap' became 'Yogauhrenarmband' / 'ヨガ時計バンド' (a yoga watch
strap): the names lexicon keyed the bare nouns 'strap' and 'band' to the watch-band row, so every strap took
that sense. A bare noun whose row names one specific sense (watch band, phone case, phone stand, charging cable,
cooking pot) no longer stands for it alone: the title keeps the seller's words unless the sense is named."""

from __future__ import annotations

import pytest

from generators.copy import names

WRONG = ("Uhr", "時計", "Handy", "スマホ", "Lade", "充電", "鍋")


@pytest.mark.parametrize("title", ["AeroGrip Yoga Strap", "Camera Strap", "Hair Band", "Yoga Band", "Pencil Case",
                                   "Plant Stand", "Flower Pot", "HDMI Cable"])
@pytest.mark.parametrize("lang", ["de", "fr", "es", "it", "pt", "ja", "zh"])
def test_a_bare_noun_never_takes_a_sense_the_title_does_not_name(title, lang):
    built = names.build(title, lang)
    name = built.name if built else title
    assert not any(w in name for w in WRONG), (title, lang, name)


@pytest.mark.parametrize(("title", "de", "ja"), [
    ("Leather Watch Strap", "Uhrenarmband", "時計バンド"), ("Silicone Watch Band", "Uhrenarmband", "時計バンド"),
    ("Phone Case", "Handyhülle", "スマホケース"), ("Laptop Stand", "Laptopständer", "スタンド"),
    ("Charging Cable", "Ladekabel", "充電ケーブル"),
])
def test_the_sense_named_in_the_title_is_still_translated(title, de, ja):
    assert de in names.build(title, "de").name and ja in names.build(title, "ja").name
