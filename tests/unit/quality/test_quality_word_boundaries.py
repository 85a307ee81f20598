"""False positives users reported: words found inside other words.

"bio" is organic only when it qualifies a material or product ("coton bio", "Bio-Baumwolle"), not in
"link in bio"; แก้ว (glass) inside แก้วมัค (mug); 金 (gold) inside 金曜日 (Friday); 有机 (organic) inside
有机玻璃 (acrylic glass). Spans stay exact in multi-byte text.
"""

from __future__ import annotations

import pytest

from studio.quality import lint_text
from studio.quality.code_rules import inside_longer_word, thai_words_of

CERAMIC = [{"key": "material", "value": "ceramic"}]


def _hits(text, market, rule, facts=CERAMIC):
    return [text[f.start:f.end] for f in lint_text(text, "generic", market, facts=facts) if f.rule_id == rule]


@pytest.mark.parametrize("text,market", [
    ("New colours every Friday, link in bio", "en-US"),
    ("Alle Farben über den Link in der Bio", "de-DE"),
    ("Lien en bio pour commander", "fr-FR"),
    ("Mehr Infos: Bio-Link oben", "de-DE"),
])
def test_bio_as_profile_is_not_greenwashing(text, market):
    assert _hits(text, market, "claims.greenwashing") == []


@pytest.mark.parametrize("text,market,span", [
    ("Hemd aus Bio-Baumwolle", "de-DE", "Bio"),
    ("Hemd aus Bio Baumwolle", "de-DE", "Bio"),
    ("T-shirt en coton bio, coupe droite", "fr-FR", "bio"),
    ("Savon bio au lait d'ânesse", "fr-FR", "bio"),
    ("Soft bio cotton tee", "en-US", "bio"),
])
def test_bio_qualifying_a_material_is_greenwashing(text, market, span):
    assert _hits(text, market, "claims.greenwashing") == [span]


@pytest.mark.parametrize("text,market", [
    ("แก้วมัคเซรามิก ใบใหญ่", "th-TH"),
    ("แก้วกาแฟลายดอกไม้", "th-TH"),
    ("แก้วเซรามิกเคลือบด้าน", "th-TH"),
    ("金曜日限定セール！陶器のマグ", "ja-JP"),
    ("棉花糖色的陶瓷杯", "zh-CN"),
    ("铜锣湾门店有售 陶瓷杯", "zh-HK"),
    ("金属のような光沢の陶器", "ja-JP"),
])
def test_terms_inside_longer_words_are_not_materials(text, market):
    assert _hits(text, market, "grounding.materials") == []


@pytest.mark.parametrize("text,market,span", [
    ("ขวดแก้วใส ฝาไม้", "th-TH", "แก้ว"),
    ("ทำจากแก้วคุณภาพดี", "th-TH", "แก้ว"),
    ("纯金项链", "zh-CN", "纯金"),
    ("金のネックレス", "ja-JP", "金"),
    ("纯棉T恤 🙂 舒适", "zh-CN", "棉"),
])
def test_materials_standing_as_words_still_count(text, market, span):
    assert _hits(text, market, "grounding.materials")[:1] == [span]


def test_chinese_acrylic_is_not_organic_but_organic_cotton_is():
    assert _hits("有机玻璃收纳盒", "zh-CN", "claims.greenwashing") == []
    assert _hits("有机棉T恤", "zh-CN", "claims.greenwashing") == ["有机"]


def test_thai_claim_inside_a_compound_of_two_words_still_counts():
    assert _hits("ชาช่วยรักษาโรคเบาหวาน", "th-TH", "claims.health") == ["รักษาโรค"]


def test_segmentation_spans_are_exact():
    text = "🙂 แก้วมัค"
    words = thai_words_of(text)
    assert [text[a:b] for a, b, _w in words] == ["แก้วมัค"]
    assert inside_longer_word(text, 2, 6)  # แก้ว inside แก้วมัค
