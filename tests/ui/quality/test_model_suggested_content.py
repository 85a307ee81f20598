"""Content › checks show the model's second opinion on a draft as "model-suggested" (italic, with the classifier's
reason) and a user can dismiss one for that draft (issue 17, build 2); the dismissal is kept in the draft's review
history and the re-check leaves it out."""

from __future__ import annotations

from PySide6.QtCore import Qt

from studio.services import drafts, model_checks, review
from tests.ui.generation.test_content_section import _pick, view  # noqa: F401 - fixtures

MODEL_ONLY = "Helps your kids stay healthy all winter long."  # a fresh sentence the rules miss


def _model_rows(panel) -> list[int]:
    return [i for i, f in enumerate(panel.findings()) if f.data.get("model_suggested")]


def test_content_marks_a_model_suggestion_and_dismisses_it_for_the_draft(view, qtbot):  # noqa: F811
    d = drafts.save_version(view.ctx.db, view.product_id, "en-US", "caption", "instagram",
                            {"text": "", "hook": "", "body": "", "cta": "", "hashtags": [], "language": "en"},
                            author="human", ai_generated=False, provenance={})
    drafts.edit(view.ctx.db, d.id, {"text": MODEL_ONLY, "body": MODEL_ONLY})  # stores its checks
    _pick(view, "en-US", "caption", "instagram", qtbot)
    panel = view.checks_panel
    rows = _model_rows(panel)
    assert len(rows) == 1
    model = panel.model
    sev = model.data(model.index(rows[0], 0))
    assert "model-suggested" in sev and sev.startswith("Warning")
    assert model.data(model.index(rows[0], 0), Qt.ItemDataRole.FontRole).italic()
    assert "offline classifier" in model.data(model.index(rows[0], 3))  # the reason, in the message
    assert "model-suggested" in panel.summary.text() or "model-suggested" in panel.summary.toolTip()
    assert panel.dismiss_button.isVisibleTo(panel) and not panel.dismiss_button.isEnabled()
    rule_rows = [i for i in range(model.rowCount()) if i not in rows]
    if rule_rows:  # a rule's finding cannot be dismissed
        panel.table.setCurrentIndex(model.index(rule_rows[0], 0))
        assert not panel.dismiss_button.isEnabled()
    panel.table.setCurrentIndex(model.index(rows[0], 0))
    assert "[model-suggested]" in panel.detail.text()
    assert panel.dismiss_button.isEnabled()
    panel.dismiss_button.click()
    qtbot.waitUntil(lambda: any(h.what == model_checks.DISMISSED for h in review.history(view.ctx.db, d.id)),
                    timeout=20000)
    qtbot.waitUntil(lambda: not _model_rows(panel), timeout=20000)  # re-checked without it
    assert "dismissed" in view.status.text()


def test_review_marks_a_model_suggestion(qtbot, ctx):
    from tests.support.gen_products import add_product
    from ui.app import MainWindow

    add_product(ctx.db, "kids-scarf")
    pid = next(p.id for p in __import__("studio.services.catalog", fromlist=["x"]).list_products(ctx.db, 0, 10)
               if p.handle == "kids-scarf")
    d = drafts.save_version(ctx.db, pid, "en-US", "caption", "instagram",
                            {"text": "", "hook": "", "body": "", "cta": "", "hashtags": [], "language": "en"},
                            author="human", ai_generated=False, provenance={})
    drafts.edit(ctx.db, d.id, {"text": MODEL_ONLY, "body": MODEL_ONLY})
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    rv = w.open_on("review")
    qtbot.waitUntil(lambda: rv.rows_loaded and rv.detail is not None and rv.detail["draft"].id == d.id,
                    timeout=60000)
    cells = [(rv.findings.data(rv.findings.index(r, 0)), rv.findings.data(rv.findings.index(r, 1)))
             for r in range(rv.findings.rowCount())]
    assert [c for c in cells if c[1] == "model.claims"] == [("Warning\nmodel-suggested", "model.claims")]
    # at 1366x768 the finding's own text is readable beside a model-suggested severity (it was ~35 px: s21)
    qtbot.waitUntil(lambda: rv.findings_view.columnWidth(2) >= 300, timeout=5000)
