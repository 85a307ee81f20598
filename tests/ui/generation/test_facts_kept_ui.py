"""Content › checks: a person's edit that drops the product's mandatory warning sentence — or a number of its
facts — shows the facts-kept findings live, before anything is saved (issue 16, "Gates that do not gate").
pytest-qt, offscreen."""

from __future__ import annotations

import pytest

from studio.services import generation
from tests.support.gen_products import add_product

WARNING = "Contains natural rubber latex — not suitable for people with a latex allergy."


@pytest.fixture
def view(ctx, qtbot):
    from ui.sections.content import ContentView

    add_product(ctx.db, "yoga-mat", title="Natural Rubber Yoga Mat", product_type="Yoga Mat", facts=[
        {"key": "material", "value": "Natural rubber base, polyurethane top layer"},
        {"key": "dimensions", "value": "183 x 61 cm, 4 mm thick", "unit": "cm"},
        {"key": "warning", "value": WARNING}])
    v = ContentView(ctx)
    qtbot.addWidget(v)
    v.resize(1400, 900)
    qtbot.waitUntil(lambda: v.product_id is not None and v.facts.rowCount() > 0)
    return v


def test_dropping_the_warning_in_the_editor_shows_the_error_live(view, qtbot):
    tabs = [view.market_tabs.tabText(i) for i in range(view.market_tabs.count())]
    view.market_tabs.setCurrentIndex(tabs.index("de-DE"))
    view.kind.setCurrentText("listing")
    view.target.setCurrentText("amazon")
    with qtbot.waitSignal(view.draft_shown, timeout=20000):
        view.load_draft()
    with qtbot.waitSignal(view.generated, timeout=20000):
        view.generate_button.click()
    panel = view.checks_panel
    assert not [f for f in panel.findings() if f.source == "facts-kept"]  # the offline writer kept every fact
    wording = [f["text"] for f in generation.engine().warning_forms(WARNING, "de")]
    assert all(wording)
    edited = []
    for key, ed in view.field_editors.items():
        text = ed.toPlainText()
        new = text
        for w in wording:
            new = new.replace(w, "")
        new = new.replace("4 mm", "").replace("4\u00a0mm", "")
        if new != text:
            edited.append(key)
            ed.setPlainText(new)
    assert edited, "the listing stated the warning somewhere"
    with qtbot.waitSignal(view.checked, timeout=20000) as sig:
        view.recheck()
    found = [f for f in sig.args[0] if f.source == "facts-kept"]
    errors = [f for f in found if f.rule_id == "generation.warning-missing"]
    assert [f.severity for f in errors] == ["error"] * len(wording), found
    assert [f.data.get("wording") for f in errors] == wording and all(f.fix is None for f in errors)
    assert any(f.rule_id == "generation.fact-missing" and f.data.get("fact") == "dimensions" for f in found)
    assert any(f.rule_id == "generation.warning-missing" for f in panel.findings())


def test_review_shows_the_refusal_of_an_edit_without_the_warning(ctx, qtbot):
    """Review › the draft a person edited without the warning: the facts-kept error is among its checks."""
    from studio.services import drafts
    from ui.app import MainWindow

    pid = add_product(ctx.db, "yoga-mat-r", title="Natural Rubber Yoga Mat", product_type="Yoga Mat",
                      facts=[{"key": "warning", "value": WARNING}])
    d = generation.generate_one(ctx.db, pid, "fr-FR", "listing", "amazon", "offline", use_cache=False)
    wording = [f["text"] for f in generation.engine().warning_forms(WARNING, "fr")]

    def drop(v):
        if isinstance(v, list):
            return [drop(x) for x in v]
        if isinstance(v, str):
            for w in wording:
                v = v.replace(w, "")
        return v

    drafts.edit(ctx.db, d.id, {k: drop(v) for k, v in d.latest.content.items() if k != "language"})
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    view = w.open_on("review")
    qtbot.waitUntil(lambda: view.rows_loaded and view.detail is not None, timeout=60000)
    errs = [c for c in view._checks if c["rule_id"] == "generation.warning-missing"]
    assert [c["severity"] for c in errs] == ["error"] * len(wording), view._checks
    assert all("the label wording" in c["message"] for c in errs)
