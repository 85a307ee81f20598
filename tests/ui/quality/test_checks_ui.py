"""ChecksPanel (exact highlights, one-click fixes) and the Checks section (report, exports, pad, rules)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

from studio.quality import lint_text


def _selected_texts(editor):
    return [sel.cursor.selectedText() for sel in editor.extraSelections()]


@pytest.mark.parametrize("editor_cls", [QPlainTextEdit, QTextEdit])
def test_highlight_spans_are_exact_for_arabic_thai_and_emoji(qtbot, editor_cls):
    from ui.widgets.checks_panel import highlight

    text = "👍🏽 قميص الأفضل\nเสื้อที่ดีที่สุด 👨‍👩‍👧 the best"
    editor = editor_cls()
    qtbot.addWidget(editor)
    editor.setPlainText(text)
    found = [f for f in lint_text(text, "instagram", "ar-SA") if f.rule_id == "claims.superlatives"]
    assert len(found) == 3
    highlight(editor, found)
    assert sorted(_selected_texts(editor)) == sorted(text[f.start:f.end] for f in found)
    assert {"الأفضل", "ดีที่สุด", "the best"} == set(_selected_texts(editor))


def test_panel_lists_findings_and_fix_applies_to_editor(qtbot, qtmodeltester):
    from ui.widgets.checks_panel import ChecksPanel

    editor = QPlainTextEdit()
    panel = ChecksPanel()
    qtbot.addWidget(editor)
    qtbot.addWidget(panel)
    editor.setPlainText("اطلب من www.example.com الآن 👍🏽")
    panel.bind(editor, lambda t: lint_text(t, "instagram", "ar-SA"))
    qtmodeltester.check(panel.model)
    rules = [panel.model.finding(r).rule_id for r in range(panel.model.rowCount())]
    assert "locale.rtl-isolation" in rules
    assert "www.example.com" in _selected_texts(editor)
    row = rules.index("locale.rtl-isolation")
    panel.table.selectRow(row)
    assert panel.fix_button.isEnabled()
    assert editor.textCursor().selectedText() == "www.example.com"
    with qtbot.waitSignal(panel.fix_applied):
        panel.fix_button.click()
    assert "\u2068www.example.com\u2069" in editor.toPlainText()
    assert "locale.rtl-isolation" not in [panel.model.finding(r).rule_id for r in range(panel.model.rowCount())]
    editor.undo()
    assert editor.toPlainText() == "اطلب من www.example.com الآن 👍🏽"


def test_panel_relints_live_and_fix_all(qtbot):
    from ui.widgets.checks_panel import ChecksPanel

    editor = QPlainTextEdit()
    panel = ChecksPanel()
    qtbot.addWidget(editor)
    qtbot.addWidget(panel)
    panel.bind(editor, lambda t: lint_text(t, "amazon-title", "en-GB"))
    assert panel.model.rowCount() == 0
    editor.setPlainText("Riviera Linen Shirt! Sky Blue {M} PREMIUM")
    qtbot.waitUntil(lambda: panel.model.rowCount() >= 4, timeout=60000)
    assert panel.fix_all_button.isEnabled()
    assert panel.fix_all() >= 4
    assert editor.toPlainText() == "Riviera Linen Shirt Sky Blue M Premium"
    assert panel.model.rowCount() == 0 and "No problems" in panel.summary.text()


def test_checks_section_report_exports_pad_and_rules(qtbot, qtmodeltester, ctx, tmp_path):
    from sqlalchemy import insert

    from studio.services import drafts
    from studio.storage import models as m
    from ui.sections import discover

    section = next(s for s in discover() if s.id == "checks")
    assert section.order == 35
    with ctx.db.engine.begin() as conn:
        conn.execute(insert(m.Product.__table__), [{
            "id": 1, "handle": "=shirt", "title": "Shirt", "body_html": "", "body_text": "", "vendor": "", "product_type": "",
            "category": "", "tags": [], "status": "active", "published": True, "seo_title": "", "seo_description": "",
            "currency": "EUR", "extra": {}}])
    drafts.save_version(ctx.db, 1, "en-GB", "listing", "amazon", {"title": "Shirt! Free Shipping"}, author="offline",
                        ai_generated=False)
    drafts.save_version(ctx.db, 1, "ar-SA", "caption", "tiktok", {"text": "قميص SKU-1234 جديد"}, author="ai",
                        ai_generated=True)
    view = section.factory(ctx)
    qtbot.addWidget(view)
    report = view.report
    # the first report compiles the rule packs on a worker thread: seconds of CPU, 10 s was missed at load 14
    with qtbot.waitSignal(report.report_ready, timeout=60000):
        report.run_button.click()
    qtmodeltester.check(report.model)
    rows = report.model.rows()
    assert [(r.market, r.target) for r in rows] == [("ar-SA", "tiktok"), ("en-GB", "amazon")]
    assert rows[1].errors >= 2 and rows[0].warnings >= 1
    assert report.csv_button.isEnabled()
    assert report.table.currentIndex().row() == 0 and report.details.findings()  # first row's findings shown
    report.table.selectRow(1)
    details = report.details.findings()
    assert {f.rule_id for f in details} >= {"amazon.title.banned-chars", "amazon.promotional"}
    assert all(f.field.startswith("#") and "listing · title" in f.field for f in details)
    qtmodeltester.check(report.details.model)
    csv_text = report.export("csv", tmp_path / "q.csv").read_text(encoding="utf-8-sig")
    assert "'=shirt" in csv_text  # formula-safe
    assert "<table>" in report.export("html", tmp_path / "q.html").read_text(encoding="utf-8")

    pad = view.pad
    pad.set_target("x")
    pad.set_market("ar-SA")
    pad.editor.setPlainText("قميص الأفضل من @riviera.studio")
    qtbot.waitUntil(lambda: pad.panel.model.rowCount() >= 2, timeout=60000)
    assert {"claims.superlatives", "locale.rtl-isolation"} <= {f.rule_id for f in pad.panel.findings()}
    pad.sponsored.setChecked(True)
    assert "disclosure.sponsored" in {f.rule_id for f in pad.panel.findings()}

    rules = view.rules
    rules.add_word("riviera", "error", "")
    rules.add_pattern("bad", "(unclosed", "warning", "*", "")
    assert not rules.save() and "invalid regular expression" in rules.status.text()
    rules.patterns.removeRow(0)
    assert rules.save()
    assert "user.banned-word" in {f.rule_id for f in pad.panel.findings()}
    assert ctx.settings.get("quality.user_rules")["banned_words"][0]["word"] == "riviera"


def test_lint_pad_second_opinion_from_the_model(ctx, qtbot, monkeypatch):
    """"Ask the model" sends the text to the configured OpenAI-compatible model (loopback HTTP) and shows
    its suggestions as model-suggested warnings beside the rules' findings."""
    from studio.services import claims_review
    from tests.support.llm_server import LLMServer, json_reply
    from ui.checks_view import LintPad

    srv = LLMServer().start()
    try:
        monkeypatch.setenv("STUDIO_LLM_BASE_URL", srv.base_url)
        monkeypatch.setenv("STUDIO_LLM_MODEL", "test-model")
        monkeypatch.setenv("STUDIO_LLM_API_KEY", "sk-test")
        claims_review._memory.clear()
        srv.script([json_reply({"suspects": [{"family": "health", "quote": "feel brand new",
                                              "reason": "implied recovery"}]})])
        pad = LintPad(ctx)
        qtbot.addWidget(pad)
        pad.second_mode.setCurrentIndex(pad.second_mode.findData("llm"))  # no offline opinion as you type
        pad.set_target("instagram")
        pad.editor.setPlainText("Your knees will feel brand new")
        with qtbot.waitSignal(pad.second_opinion_ready, timeout=60000) as blocker:
            pad.second_button.click()
        assert blocker.args == [1]
        model = [f for f in pad.panel.findings() if f.data.get("model_suggested")]
        assert [(f.rule_id, f.severity) for f in model] == [("model.health", "warning")]
        assert "1 model suggestion" in pad.second_status.text()
        assert srv.requests and srv.requests[0].structured
    finally:
        claims_review._memory.clear()
        srv.stop()


def test_lint_pad_offline_second_opinion_as_you_type(ctx, qtbot):
    """The offline classifier's suggestion shows beside the rules' findings, marked model-suggested (italic,
    'Warning · model-suggested', dotted underline), and the mode is the quality.second_opinion setting."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QTextCharFormat

    from ui.checks_view import LintPad

    pad = LintPad(ctx)
    qtbot.addWidget(pad)
    assert pad.mode() == "local"  # the default
    pad.set_target("instagram")
    pad.editor.setPlainText("Helps your kids stay healthy all winter long")
    qtbot.waitUntil(lambda: any(f.data.get("model_suggested") for f in pad.panel.findings()), timeout=60000)
    [f] = [f for f in pad.panel.findings() if f.data.get("model_suggested")]
    assert (f.rule_id, f.severity) == ("model.claims", "warning")
    row = pad.panel.findings().index(f)
    model = pad.panel.model
    assert "model-suggested" in model.data(model.index(row, 0))
    assert model.data(model.index(row, 1), Qt.ItemDataRole.FontRole).italic()
    assert "1 model-suggested" in pad.panel.summary.text()
    dotted = [s for s in pad.editor.extraSelections()
              if s.format.underlineStyle() == QTextCharFormat.UnderlineStyle.DotLine]
    assert len(dotted) == 1
    pad.second_mode.setCurrentIndex(pad.second_mode.findData("off"))
    assert ctx.settings.get("quality.second_opinion") == "off"
    assert not any(x.data.get("model_suggested") for x in pad.panel.findings())
