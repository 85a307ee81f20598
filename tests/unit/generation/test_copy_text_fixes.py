"""Issue 16 B: text clean-up that also hits model output — hashtags keep combining marks, Thai unit
abbreviations keep their dots."""

from __future__ import annotations

import pytest

from generators.copy.kinds import caption, video_script
from generators.copy.kinds._common import hashtag, strip_end
from generators.copy.phrasebank import load


@pytest.mark.parametrize("tag", ["#เสื้อยืด", "#टीशर्ट", "#ผ้าลินิน", "#لِبَاس", "#Tシャツ", "#티셔츠", "#áothun"])
def test_model_hashtags_keep_marks(tag):
    task = {"target": "instagram", "product": {"link": ""}, "language": "th"}
    out = caption.finish({"hook": "h", "body": "b", "cta": "c", "hashtags": [tag]}, task)
    assert out["hashtags"] == [tag]
    script = video_script.finish({"hook": "h", "scenes": [], "cta": "c", "hashtags": [tag]}, {"target": "tiktok"})
    assert script["hashtags"] == [tag]


def test_offline_hashtags_keep_marks():
    assert hashtag("เสื้อยืด") == "#เสื้อยืด"
    assert hashtag("टी शर्ट") == "#टीशर्ट"
    assert caption._norm_tag("#เสื้อ ยืด!") == "#เสื้อยืด"


def test_thai_unit_abbreviations_keep_their_dot():
    assert strip_end("180 ก.") == "180 ก."
    assert strip_end("80 × 40 × 75 ซม.") == "80 × 40 × 75 ซม."
    assert strip_end("machine wash.") == "machine wash"
    th = load("th")
    assert th.fact_sentence("weight", "180 ก.").endswith("180 ก.")
    en = load("en")
    assert en.fill("Weighs {v}.", v="approx.") == "Weighs approx."
