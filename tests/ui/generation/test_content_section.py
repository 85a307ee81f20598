"""Content section and Settings › LLM page (pytest-qt, offscreen)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from studio.services import drafts
from tests.support.gen_products import add_product
from tests.support.llm_server import LLMServer, Reply
from ui import plain


@pytest.fixture
def view(ctx, qtbot):
    from ui.sections.content import ContentView

    add_product(ctx.db, "linen-tee")
    add_product(ctx.db, "canvas-tote", title="Canvas Tote", product_type="Tote Bag")
    v = ContentView(ctx)
    qtbot.addWidget(v)
    v.resize(1280, 860)
    qtbot.waitUntil(lambda: v.products.rowCount() == 2 and v.product_id is not None and v.facts.rowCount() > 0)
    return v


def _pick(view, market: str, kind: str, target: str, qtbot=None) -> None:
    """Choose the slot; drafts load off the GUI thread, so wait until the editors show this slot."""
    tabs = [view.market_tabs.tabText(i) for i in range(view.market_tabs.count())]
    view.market_tabs.setCurrentIndex(tabs.index(market))
    view.kind.setCurrentText(kind)
    view.target.setCurrentText(target)
    if qtbot is not None:
        with qtbot.waitSignal(view.draft_shown, timeout=20000):
            view.load_draft()


def test_generate_streams_shows_fields_checks_rtl(view, qtbot, qtmodeltester):
    qtmodeltester.check(view.products)
    qtmodeltester.check(view.facts)
    assert view.facts.rowCount() == 5 and view.facts.data(view.facts.index(0, 0)) == "Material"  # the key's label
    _pick(view, "ar-SA", "caption", "instagram", qtbot)
    assert not view.approve_button.isEnabled()  # nothing to approve yet
    with qtbot.waitSignal(view.generated, timeout=20000):
        view.generate_button.click()
    live = view.live.toPlainText()  # the streamed output, shown live as readable fields (not JSON)
    assert live.startswith("Hook: ") and "{" not in live and '"hook"' not in live
    text = view.field_editors["text"]
    assert text.layoutDirection() == Qt.RightToLeft
    assert text.document().defaultTextOption().textDirection() == Qt.RightToLeft
    assert "تعرّف" in text.toPlainText() or "جديد" in text.toPlainText() or "نقدّم" in text.toPlainText()
    qtmodeltester.check(view.checks)
    qtmodeltester.check(view.versions)
    assert view.versions.rowCount() == 1 and "offline" in view.status.text()
    _pick(view, "en-US", "listing", "amazon", qtbot)
    assert view.field_editors == {}  # no draft for this slot yet
    with qtbot.waitSignal(view.generated, timeout=20000):
        view.generate_button.click()
    assert view.field_editors["title"].layoutDirection() == Qt.LeftToRight
    assert "bullets" in view.field_editors and view.regen_field.findData("bullets") >= 0
    # fields are shown by their labels, never their keys (search_terms, bullets[2])
    assert view.field_labels["search_terms"].text() == "Search terms"
    assert view.regen_field.itemText(view.regen_field.findData("bullets")) == "Bullet points"
    assert "search_terms" not in view.live.toPlainText() and "Search terms:" in view.live.toPlainText()


def test_edit_saves_a_human_version_diff_and_approve(view, qtbot):
    _pick(view, "de-DE", "listing", "amazon", qtbot)
    with qtbot.waitSignal(view.generated, timeout=20000):
        view.generate_button.click()
    old = plain.text_of(view.field_editors["title"])
    before = drafts.get_draft(view.ctx.db, view.draft.id).latest.content
    view.field_editors["title"].setPlainText("Nordhem Leinen-Shirt")
    with qtbot.waitSignal(view.saved, timeout=20000):
        view.save_button.click()
    d = drafts.get_draft(view.ctx.db, view.draft.id)
    assert d.current_version == 2 and d.latest.author == "human" and d.latest.content["title"] == "Nordhem Leinen-Shirt"
    # the fields the user did not touch come back exactly, no-break spaces included (Qt's toPlainText turns
    # U+00A0 into a space: "100 %" and "20 €" lost their typography on every save)
    assert {k: v for k, v in d.latest.content.items() if k != "title"} == \
        {k: v for k, v in before.items() if k != "title"}
    assert isinstance(d.latest.content["bullets"], list)  # list fields round-trip one item per line
    assert view.versions.rowCount() == 2
    diff = view.diff_text(1)
    assert f"-{old}" in diff and "+Nordhem Leinen-Shirt" in diff
    with qtbot.waitSignal(view.saved, timeout=20000):
        view.approve_button.click()
    assert drafts.get_draft(view.ctx.db, view.draft.id).status == "approved"
    assert "approved" in view.status.text()
    # regenerate one field: a new version where only that field changed
    view.regen_field.setCurrentIndex(view.regen_field.findData("bullets"))
    with qtbot.waitSignal(view.generated, timeout=20000):
        view.regen_button.click()
    d3 = drafts.get_draft(view.ctx.db, view.draft.id)
    assert d3.current_version == 3 and d3.latest.provenance["regenerated_field"] == "bullets"
    assert d3.latest.content["title"] == "Nordhem Leinen-Shirt"


def test_failure_is_shown_not_raised(view, qtbot, monkeypatch):
    monkeypatch.setenv("STUDIO_LLM_BASE_URL", "http://127.0.0.1:9/v1")
    monkeypatch.setenv("STUDIO_LLM_MODEL", "m")
    view.ctx.settings.set("llm.max_retries", 0)
    view.generate_button.click()
    qtbot.waitUntil(lambda: "failed" in view.status.text(), timeout=20000)
    assert "cannot reach" in view.status.text() and view.generate_button.isEnabled()


def test_llm_settings_page_test_list_save(ctx, qtbot):
    from studio import secrets
    from studio.services import providers
    from ui.settings_pages.llm import LLMSettings

    with LLMServer() as srv:
        page = LLMSettings(ctx)
        qtbot.addWidget(page)
        page.provider.setCurrentIndex(page.provider.findData("openai_compat"))
        assert page.base_url.isVisibleTo(page) and not page.local_path.isVisibleTo(page)
        page.base_url.setText(srv.base_url)
        page.model.setEditText("test-model")
        page.key.setText("sk-ui")
        srv.script([Reply(content="OK")])
        page.test_button.click()
        qtbot.waitUntil(lambda: page.result.text().startswith("✔"), timeout=15000)
        assert [page.model.itemText(i) for i in range(page.model.count())] == ["other-model", "test-model"]
        assert srv.requests[-1].headers["authorization"] == "Bearer sk-ui"
        page.save_button.click()
        assert page.result.text() == "Saved." and page.key.text() == ""
        assert secrets.get_secret(providers.KEY_NAME) == "sk-ui"
        cfg = providers.config(ctx.settings)
        assert (cfg["provider"], cfg["base_url"], cfg["model"]) == ("openai_compat", srv.base_url, "test-model")
        page.approval.setChecked(False)
        assert drafts.approval_required(ctx.settings) is False


def test_approve_with_errors_asks_for_a_reason(view, qtbot):
    from PySide6.QtWidgets import QDialogButtonBox, QLineEdit

    d = drafts.save_version(view.ctx.db, view.product_id, "de-DE", "caption", "instagram",
                            {"hook": "h", "body": "b", "cta": "c", "hashtags": [], "text": "h b c"},
                            author="ai", ai_generated=True, provenance={"provider": "p"},
                            checks=[{"rule_id": "grounding.certifications", "severity": "error",
                                     "message": "OEKO-TEX is not among the product's certifications"}])
    _pick(view, "de-DE", "caption", "instagram", qtbot)
    assert view.draft.id == d.id
    view.approve_button.click()
    dlg = view._last_dialog
    assert dlg.objectName() == "ApproveReasonDialog" and dlg.isVisible()
    ok = dlg.findChild(QDialogButtonBox).button(QDialogButtonBox.Ok)
    assert not ok.isEnabled()  # no reason, no approval
    dlg.findChild(QLineEdit, "ApproveReason").setText("certificate checked with the supplier")
    assert ok.isEnabled()
    with qtbot.waitSignal(view.saved, timeout=20000):
        ok.click()
    got = drafts.get_draft(view.ctx.db, d.id)
    assert got.status == "approved"
    assert got.latest.provenance["approval_override"]["reason"] == "certificate checked with the supplier"
    assert "approved despite errors" in view.status.text()
    # the decision and its reason are in the draft's review history too (s17 walkthrough: Review showed none)
    from studio.services import review

    assert any(e.what == "approved" and e.reason == "certificate checked with the supplier"
               for e in review.history(view.ctx.db, d.id))


def test_writer_label_and_market_coverage(view):
    assert "offline" in view.provider_label.text() and "no AI" in view.provider_label.toolTip()
    texts = [view.add_market.itemText(i) for i in range(view.add_market.count())]
    assert any(t.startswith("de-DE") and "✓" in t for t in texts)
    i = next(i for i, t in enumerate(texts) if t.startswith("de-DE"))
    assert view.add_market.itemData(i) == "de-DE"
