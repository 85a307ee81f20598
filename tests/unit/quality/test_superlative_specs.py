"""A specification's maximum in Japanese and Chinese is not a superlative claim ("最大耐荷重5kg", "最大24時間"):
the offline writer's own label wording drew superlative errors on Amazon bullets (bench copy, issue 16 round 5)."""

import pytest

from studio.quality import lint_text


def _superlatives(text: str, market: str, target: str = "amazon-bullet") -> list[str]:
    return [text[f.start:f.end] for f in lint_text(text, target, market, context={"user_rules": False})
            if f.family == "claims" and "superlative" in f.rule_id]


@pytest.mark.parametrize(("text", "market"), [
    ("最大耐荷重5kg。", "ja-JP"), ("最大承重5公斤。", "zh-SG"), ("最大24時間保冷できます。", "ja-JP"),
    ("最大出力10W", "ja-JP"), ("连续播放最长12小时", "zh-SG"), ("最大 10 W の出力", "ja-JP"),
])
def test_a_stated_maximum_is_a_specification(text, market):
    assert _superlatives(text, market) == []


@pytest.mark.parametrize(("text", "market"), [
    ("日本最大のセール", "ja-JP"), ("最大級の品揃え", "ja-JP"), ("最高品質のタオル", "ja-JP"), ("最强充电宝", "zh-SG"),
])
def test_a_ranking_is_still_a_superlative(text, market):
    assert _superlatives(text, market)
