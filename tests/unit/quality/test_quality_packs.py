"""Every rule in every pack has a passing and a failing example, and they behave as labelled."""

from __future__ import annotations

import fnmatch

import pytest

from studio.quality import engine, lint_content, lint_text
from studio.quality.targets import TARGET_IDS

RULES = [r for r in engine.all_rules()]
_RANK = {"error": 0, "warning": 1, "info": 2}


def _default_target(rule: engine.Rule) -> str:
    for t in rule.targets:
        if "*" not in t and "?" not in t:
            return t
    return next(tid for tid in TARGET_IDS if any(fnmatch.fnmatchcase(tid, t) for t in rule.targets))


def _default_market(rule: engine.Rule) -> str:
    for m in rule.markets:
        if "-" in m:
            return m
    table = {"US": "en-US", "EU": "de-DE", "MY": "ms-MY", "ms": "ms-MY"}
    for m in rule.markets:
        if m in table:
            return table[m]
    return "en-US"


def _example(rule: engine.Rule, ex) -> dict:
    if isinstance(ex, str):
        ex = {"text": ex}
    ex = dict(ex)
    if "repeat" in ex:
        piece, n = ex.pop("repeat")
        ex["text"] = ex.get("prefix", "") + piece * n + ex.get("suffix", "")
    ex.setdefault("target", _default_target(rule))
    ex.setdefault("market", _default_market(rule))
    return ex


def _fired(rule: engine.Rule, ex: dict) -> list:
    if "content" in ex:
        found = lint_content(ex.get("kind", (rule.kinds or ("listing",))[0]), ex["target"], ex["market"], ex["content"],
                             ex.get("facts"), context=ex.get("context"))
    else:
        facts = ex.get("facts")
        if facts is None and rule.family == "grounding":
            facts = []
        found = lint_text(ex["text"], ex["target"], ex["market"], facts=facts, context=ex.get("context"))
    # a finding names every rule that reported its span (a phrase rule and a frame agreeing are one finding)
    return [f for f in found if rule.id in f.rules]


def _cases(kind: str):
    for rule in RULES:
        for i, ex in enumerate(rule.examples.get(kind, [])):
            yield pytest.param(rule, ex, id=f"{rule.id}-{kind}{i}")


def test_every_rule_has_examples_of_both_kinds():
    missing = [r.id for r in RULES if not r.examples.get("pass") or not r.examples.get("fail")]
    assert not missing, f"rules without a passing and a failing example: {missing}"


def test_every_rule_cites_a_source():
    bad = [r.id for r in RULES if not (r.source.startswith("platform-specs.md ") or "CFR" in r.source
                                        or "Regulation" in r.source or "Act" in r.source or "law" in r.source.lower())]
    assert not bad


def _source(rule, market: str) -> str:
    """The source a finding cites: the rule's, except for the disclosure advice, which cites the market's own law
    outside the US (round 12: de-DE UWG § 5a / MStV § 22, fr-FR loi 2023-451, not the FTC)."""
    from studio.quality.disclosure_table import advice_for

    if rule.params.get("claim") in ("sponsorship", "sponsorship-label", "disclosure-weak"):
        adv = advice_for(market)
        return rule.source if adv.us else adv.law
    return rule.source


@pytest.mark.parametrize(("rule", "ex"), list(_cases("fail")))
def test_failing_example_fires(rule, ex):
    ex = _example(rule, ex)
    hits = _fired(rule, ex)
    assert hits, f"{rule.id} did not fire on {ex.get('text', ex.get('content'))!r}"
    for f in hits:
        text = ex.get("text")
        if text is not None:
            assert 0 <= f.start <= f.end <= len(text)
        if f.rule_id == rule.id:
            assert f.severity == rule.severity and f.source == _source(rule, ex["market"]) and f.message
        else:  # merged into another rule's finding on the same span: at least as severe, this rule named
            assert _RANK[f.severity] <= _RANK[rule.severity] and rule.id in f.also and f.message


@pytest.mark.parametrize(("rule", "ex"), list(_cases("pass")))
def test_passing_example_is_clean(rule, ex):
    ex = _example(rule, ex)
    hits = _fired(rule, ex)
    assert not hits, f"{rule.id} fired on a passing example: {[(h.start, h.end, h.message) for h in hits]}"
