"""The offline writer's segment kinds (issue 21): a segment's own words decide its kind; every main language and
the demo markets' ar and th have the phrases; no phrase states a number or a claim; a "don't" word is avoided."""

from __future__ import annotations

import re

import pytest

from generators.copy import segments

LANGS = ("en", "de", "fr", "es", "it", "pt", "ja", "zh", "ar", "th")


@pytest.mark.parametrize("seg,kind", [
    ({"name": "first-time-buyers"}, "first_time"),
    ({"name": "newbies", "description": "never bought from us"}, "first_time"),
    ({"name": "eco-minded"}, "eco"),
    ({"name": "second-hand-fans", "description": "like things that last"}, "generic"),  # "eco" not in "second"
    ({"name": "returning-buyers"}, "returning"),
    ({"name": "stammkunden", "description": "kaufen wieder"}, "returning"),
    ({"name": "ลูกค้าใหม่"}, "first_time"),
    ({"name": "gifting", "description": "buying a present"}, "gift"),
    ({"name": "bargain-hunters"}, "value"),
    ({"name": "gadget-fans", "tone": "precise"}, "tech"),
    ({"name": "vip", "description": "our inner circle"}, "generic"),
])
def test_kind_of(seg, kind):
    assert segments.kind_of(seg) == kind


def test_every_language_has_every_kind_and_no_claims():
    assert set(LANGS) <= set(segments.languages())
    data = segments._data()
    numbers = re.compile(r"\d")
    claims = re.compile(r"\bbest\b|guarantee|free|eco-friendly|sustainable|natural|cure|100|最|ベスト|أفضل|ดีที่สุด|"
                        r"\bbeste\b|meilleur|mejor|migliore|melhor|gratis|gratuit|kostenlos", re.I)
    for lang in LANGS:
        for kind in (*segments.KINDS, "generic"):
            entry = data[lang][kind]
            texts = [entry["hook"], entry["cta"]] if kind != "generic" else entry["hooks"] + entry["ctas"]
            for t in texts:
                assert not numbers.search(t) and not claims.search(t), (lang, kind, t)
            if kind != "generic":
                assert "{name}" in entry["hook"], (lang, kind)


def test_voices_differ_by_segment_and_skip_dont_words():
    for lang in LANGS:
        first = segments.voice({"name": "first-time-buyers"}, lang)
        eco = segments.voice({"name": "eco-minded"}, lang)
        back = segments.voice({"name": "returning-buyers"}, lang)
        assert len({first["hook"], eco["hook"], back["hook"]}) == 3, lang
        assert len({first["cta"], eco["cta"], back["cta"]}) == 3, lang
    # two segments of no known kind still read differently (chosen by name)
    a, b = segments.voice({"name": "vip"}, "en"), segments.voice({"name": "insiders"}, "en")
    assert (a["hook"], a["cta"]) != (b["hook"], b["cta"])
    # a phrase with a word the segment must not hear is skipped
    shy = segments.voice({"name": "returning-buyers", "dont_words": ["welcome"]}, "en")
    assert "welcome" not in (shy["hook"] + shy["cta"]).lower()
    assert segments.voice({"name": "eco-minded"}, "ko") is None  # no phrases: the writer says so in a finding
