"""One severity policy (issue 17): every claims/disclosure rule names a claim kind of studio.quality.severity,
its declared severity is the policy's, and the same violation gets the same severity in every language."""

from __future__ import annotations

import pytest

from studio.quality import engine, lint_text
from studio.quality.severity import POLICY, severities_for_rule, severity_for
from studio.quality.targets import TARGET_IDS

RULES = [r for r in engine.all_rules() if r.family in ("claims", "disclosure")]


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_every_claims_rule_has_the_policy_severity(rule):
    kind = rule.params.get("claim")
    assert kind in POLICY, f"{rule.id} names no claim kind of the severity policy (add \"claim\": …)"
    targets = tuple(t for t in TARGET_IDS if rule.applies(t, "en-US") or rule.applies(t, "de-DE"))
    sevs = severities_for_rule(kind, rule.targets, targets) if targets else {POLICY[kind][0]}
    if len(sevs) == 1:
        assert rule.severity in sevs, f"{rule.id}: declared {rule.severity}, policy says {sevs}"
    else:
        assert rule.severity == POLICY[kind][0], f"{rule.id}: declared {rule.severity}, policy default {POLICY[kind][0]}"


def _severities(text: str, target: str, market: str, family: str = "claims") -> set[str]:
    return {f.severity for f in lint_text(text, target, market, context={"user_rules": False}) if f.family == family}


@pytest.mark.parametrize("target", ["instagram", "generic", "amazon-title", "tiktok-shop-title"])
def test_a_ranking_claim_has_one_severity_in_every_language(target):
    cases = [("The #1 kettle", "en-US"), ("Der Nr. 1 Wasserkocher", "de-DE"), ("全网销量第一的电水壶", "zh-SG"),
             ("Il bollitore numero uno", "it-IT"), ("판매량 1위 전기포트", "ko-KR"), ("Ấm đun số 1", "vi-VN")]
    want = severity_for("superlative", target)
    for text, market in cases:
        assert _severities(text, target, market) == {want}, (text, target)


def test_policy_rows_differ_by_platform_not_language():
    assert severity_for("superlative", "amazon-title") == "error"
    assert severity_for("superlative", "instagram") == "warning"
    assert severity_for("guarantee", "amazon-bullet") == "error"
    assert severity_for("guarantee", "generic") == "warning"
    assert severity_for("health", "instagram") == severity_for("health", "amazon-title") == "error"
    for text, market in [("Garantia de resultados", "pt-BR"), ("Results guaranteed", "en-US"),
                         ("効果を100%保証します", "ja-JP")]:
        assert _severities(text, "generic", market) == {"warning"}, text
        assert _severities(text, "amazon-bullet", market) == {"error"}, text


def test_merchant_stated_green_word_stays_a_warning():
    facts = [{"key": "material", "value": "recycled polyester"}]
    found = lint_text("Made from recycled polyester", "generic", "en-US", facts=facts, context={"user_rules": False})
    assert {f.severity for f in found if f.rule_id == "claims.greenwashing"} == {"warning"}
