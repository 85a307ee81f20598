"""Content › checks: "Add translation…" on a "safety text not in <language>" finding — the seller types the
mandatory sentence in the market's language, it is kept in Translations and the draft is written again without
the error (issue 16 item 4, round-4 review class 1). pytest-qt, offscreen."""

from __future__ import annotations

import pytest

from studio.services import translations
from tests.support.gen_products import add_product

ODD = "Remove the drawstring before giving the hood to a child under 7"
GERMAN = "Vor der Weitergabe an ein Kind unter 7 Jahren die Kordel aus der Kapuze entfernen."


@pytest.fixture
def view(ctx, qtbot):
    from ui.sections.content import ContentView

    add_product(ctx.db, "kids-hoodie", title="Kids Cotton Hoodie", product_type="Hoodie",
                facts=[{"key": "material", "value": "100% cotton"}, {"key": "warning", "value": ODD + "."}])
    v = ContentView(ctx)
    qtbot.addWidget(v)
    v.resize(1400, 900)
    qtbot.waitUntil(lambda: v.product_id is not None and v.facts.rowCount() > 0)
    return v


def _select(panel, rule_id: str) -> None:
    for row in range(panel.model.rowCount()):
        if panel.model.finding(row).rule_id == rule_id:
            panel.table.setCurrentIndex(panel.model.index(row, 0))
            return
    raise AssertionError(f"no {rule_id} finding: {[f.rule_id for f in panel.findings()]}")


def test_add_translation_from_the_finding_rewrites_the_draft(view, qtbot):
    tabs = [view.market_tabs.tabText(i) for i in range(view.market_tabs.count())]
    view.market_tabs.setCurrentIndex(tabs.index("de-DE"))
    view.kind.setCurrentText("listing")
    view.target.setCurrentText("amazon")
    with qtbot.waitSignal(view.draft_shown, timeout=20000):
        view.load_draft()
    with qtbot.waitSignal(view.generated, timeout=20000):
        view.generate_button.click()
    panel = view.checks_panel
    qtbot.waitUntil(lambda: any(f.rule_id == "generation.safety-untranslated" for f in panel.findings()))
    button = panel.translate_button
    assert not button.isHidden() and not button.isEnabled()  # nothing selected yet
    _select(panel, "generation.safety-untranslated")
    assert button.isEnabled()
    first = view.draft.latest.number
    assert ODD in view.field_editors["description"].toPlainText() or any(
        ODD in ed.toPlainText() for ed in view.field_editors.values())
    button.click()
    dlg = view._translation_dialog
    ok = dlg.buttons.button(dlg.buttons.StandardButton.Ok)
    assert dlg.sentence == ODD and not ok.isEnabled()  # nothing typed yet
    dlg.translation.setPlainText(GERMAN)
    assert ok.isEnabled()
    with qtbot.waitSignal(view.draft_shown, timeout=20000):
        ok.click()
    assert view.draft.latest.number == first + 1
    assert not any(f.rule_id == "generation.safety-untranslated" for f in panel.findings())
    assert any(GERMAN.rstrip(".") in ed.toPlainText() for ed in view.field_editors.values())
    assert not any(ODD in ed.toPlainText() for ed in view.field_editors.values())
    assert "translation saved" in view.status.text()
    # kept in the memory for every product of the market
    assert [t.value for t in translations.list_translations(view.ctx.db, market="de-DE")] == [GERMAN]
    # another finding cannot be translated this way
    if panel.model.rowCount():
        panel.table.setCurrentIndex(panel.model.index(0, 0))
        assert not button.isEnabled()


def test_review_queue_add_translation(ctx, qtbot):
    """Review › a draft with the error → select the finding → Add translation… → saved, rewritten, error gone."""
    from studio.services import drafts, generation
    from ui.app import MainWindow

    pid = add_product(ctx.db, "kids-hoodie", title="Kids Cotton Hoodie", product_type="Hoodie",
                      facts=[{"key": "warning", "value": ODD + "."}])
    d = generation.generate_one(ctx.db, pid, "fr-FR", "listing", "amazon", "offline", use_cache=False)
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    view = w.open_on("review")
    qtbot.waitUntil(lambda: view.rows_loaded and view.detail is not None, timeout=60000)
    assert not view.translate_button.isEnabled()
    row = next(i for i, c in enumerate(view._checks) if c["rule_id"] == "generation.safety-untranslated")
    view.findings_view.setCurrentIndex(view.findings.index(row, 0))
    assert view.translate_button.isEnabled()
    view.translate_button.click()
    dlg = view._dialog
    french = "Retirer le cordon de la capuche avant de la donner à un enfant de moins de 7 ans."
    dlg.translation.setPlainText(french)
    with qtbot.waitSignal(view.decided, timeout=60000):
        dlg.buttons.button(dlg.buttons.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: view.detail is not None and view.detail["draft"].current_version == 2, timeout=60000)
    assert not any(c["rule_id"] == "generation.safety-untranslated" for c in view._checks)
    assert "Translation saved" in view.message.text()
    assert french.rstrip(".") in str(drafts.get_draft(ctx.db, d.id).latest.content)
