"""Findings 14 and 15 (walkthrough s14): Arabic and Thai wording in campaign, share and brief copy — the tatweel
of 'لـرمضان', a Latin comma in an Arabic list, 'มีสีสีอิฐ', '12 x 12 x 24 cm' in a Thai brief whose caption says
'ซม.', no spaces around 11.11 in the Thai hook."""

from __future__ import annotations

from generators.copy.kinds.caption import _arabic_for
from generators.copy.phrasebank import load
from studio.services.briefs import _local_marks


def test_arabic_preposition_joins_without_tatweel():
    assert _arabic_for("رمضان") == "لرمضان"
    assert _arabic_for("العيد") == "للعيد"
    assert _arabic_for("11.11") == "لـ11.11"  # the tatweel stays before digits
    assert "{festival_for}" in load("ar").get("caption.festival_hook")


def test_thai_colour_and_festival_spacing():
    assert load("th").fill("มีสี{v}", v="สีอิฐ") == "มีสีอิฐ"
    assert load("th").fill("มีสี{v}", v="แดง") == "มีสีแดง"
    assert " {festival} " in load("th").get("caption.festival_hook")


def test_brief_fact_marks():
    assert _local_marks("فخار حجري, matte exterior", "ar") == "فخار حجري، matte exterior"
    assert _local_marks("12 x 12 x 24 cm", "th") == "12 × 12 × 24 ซม."
    assert _local_marks("640 g", "th") == "640 ก."
    assert _local_marks("12 x 12 x 24 cm", "de") == "12 x 12 x 24 cm"  # other languages as they were
