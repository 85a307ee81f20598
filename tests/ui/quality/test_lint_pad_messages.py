"""Walkthrough s14 findings 19 and 20: Checks › Lint a text said "No problems found." before any text was typed
and "The model found nothing more" beside model findings already listed; "cures acne" gave three overlapping
errors; sources named the project's research files ("platform-specs.md C") instead of the platform or law."""

from __future__ import annotations

from studio.quality import lint_text
from studio.quality.sources import readable


def test_an_empty_pad_says_there_is_nothing_to_check(ctx, qtbot):
    from ui.checks_view import LintPad

    pad = LintPad(ctx)
    qtbot.addWidget(pad)
    assert "No problems" not in pad.panel.summary.text()
    assert "type or paste" in pad.panel.summary.text()
    pad.set_target("instagram")
    pad.editor.setPlainText("A linen shirt in blue.")
    qtbot.waitUntil(lambda: pad.panel.summary.text() == "No problems found.", timeout=5000)


def test_the_language_model_adding_nothing_is_not_told_as_no_model_finding(ctx, qtbot, monkeypatch):
    """No model configured: the offline classifier's suggestions stay listed and the status says the language
    model added nothing to them (not "found nothing more")."""
    from ui.checks_view import LintPad

    for key in ("STUDIO_LLM_BASE_URL", "STUDIO_LLM_MODEL", "STUDIO_LLM_API_KEY"):
        monkeypatch.delenv(key, raising=False)
    pad = LintPad(ctx)
    qtbot.addWidget(pad)
    pad.set_target("x")
    pad.editor.setPlainText("only 2 left!! best serum in the world, cures acne")
    qtbot.waitUntil(lambda: any(f.data.get("model_suggested") for f in pad.panel.findings()), timeout=10000)
    with qtbot.waitSignal(pad.second_opinion_ready, timeout=20000):
        pad.second_button.click()
    status = pad.second_status.text()
    assert "nothing more" not in status and ("added nothing" in status or "No second opinion" in status)
    assert any(f.data.get("model_suggested") for f in pad.panel.findings())
    assert all(".md" not in pad.panel.model.data(pad.panel.model.index(r, 4))
               for r in range(pad.panel.model.rowCount()))


def test_overlapping_claims_of_one_span_are_one_finding_with_a_readable_source():
    found = [f for f in lint_text("only 2 left!! best serum in the world, cures acne", "x", "en-US")
             if f.family == "claims" and f.start < 49 and 39 < f.end]
    assert len(found) == 1 and {"claims.health", "claims.health-pattern"} <= set(found[0].rules)
    assert readable("platform-specs.md C: Amazon / Bullets") == "Amazon / Bullets"
    assert readable("EU consumer law: UCPD Art. 7(4)(c); market-research.md G14 (the same price on every "
                    "channel)") == "EU consumer law: UCPD Art. 7(4)(c); the same price on every channel"
    assert ".md" not in readable("platform-specs.md B: Q&A bank; DESIGN.md §2 grounded generation")
