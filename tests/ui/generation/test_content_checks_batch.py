"""Content section: checks beside the editors (exact spans, one-click fixes, live re-check), batch generation
from the app, and the brand voice editor (pytest-qt, offscreen)."""

from __future__ import annotations

import threading

import pytest

from studio.services import brand_voice, drafts, generation
from tests.support.gen_products import add_product


@pytest.fixture
def view(ctx, qtbot):
    from ui.sections.content import ContentView

    add_product(ctx.db, "linen-tee")
    v = ContentView(ctx)
    qtbot.addWidget(v)
    v.resize(1400, 900)
    qtbot.waitUntil(lambda: v.product_id is not None and v.facts.rowCount() > 0 and v.brand_voice.count() > 0)
    return v


def _generate(view, qtbot, market: str, kind: str = "listing", target: str = "amazon") -> None:
    tabs = [view.market_tabs.tabText(i) for i in range(view.market_tabs.count())]
    view.market_tabs.setCurrentIndex(tabs.index(market))
    view.kind.setCurrentText(kind)
    view.target.setCurrentText(target)
    with qtbot.waitSignal(view.draft_shown, timeout=20000):
        view.load_draft()
    with qtbot.waitSignal(view.generated, timeout=20000):
        view.generate_button.click()


def _edit(view, qtbot, field: str, text: str) -> list:
    """Type into a field editor and wait for the debounced live re-check."""
    with qtbot.waitSignal(view.checked, timeout=20000) as blocker:
        view.field_editors[field].setPlainText(text)
    return blocker.args[0]


def _underlined(editor) -> list[str]:
    return [sel.cursor.selectedText() for sel in editor.extraSelections()]


def test_arabic_and_emoji_spans_are_highlighted_exactly(view, qtbot, qtmodeltester):
    _generate(view, qtbot, "ar-SA")
    qtmodeltester.check(view.checks_panel.model)
    title = view.field_editors["title"]
    # the generated Arabic listing already carries a finding on the title (LTR run not isolated)
    assert "Nordhem Linen Tee" in _underlined(title)
    text = "🌿🌿 تيشيرت من الكتان Nordhem الأفضل"
    found = _edit(view, qtbot, "title", text)
    f = next(f for f in found if f.field == "title" and f.rule_id == "locale.rtl-isolation")
    assert text[f.start:f.end] == "Nordhem"
    # two emoji before them: UTF-16 positions differ from str indices; "the best" is a superlative claim
    assert set(_underlined(title)) == {"Nordhem", "الأفضل"}
    # a list field: bullets[2] lands on the third line of the bullets editor
    bullets = view.field_editors["bullets"].toPlainText().splitlines()
    bullets[2] = "  الوزن: ١٨٠ غرامًا من Nordhem 🌿"
    found = _edit(view, qtbot, "bullets", "\n".join(bullets))
    assert any(f.field == "bullets[2]" and f.rule_id == "locale.rtl-isolation" for f in found)
    assert "Nordhem" in _underlined(view.field_editors["bullets"])
    # the field label counts its findings
    assert "●" in view.field_labels["bullets"].text()

    _generate(view, qtbot, "en-US")
    emoji = "🔥🔥 Linen Tee! Best seller"
    found = _edit(view, qtbot, "title", emoji)
    assert {(f.rule_id, emoji[f.start:f.end]) for f in found if f.field == "title"} >= {
        ("amazon.title.banned-chars", "!"), ("amazon.promotional", "Best seller")}
    assert set(_underlined(view.field_editors["title"])) == {"!", "Best seller"}  # one span, several rules


def test_one_click_fix_edits_the_right_editor_and_the_finding_disappears(view, qtbot):
    _generate(view, qtbot, "ar-SA")
    panel = view.checks_panel
    title = view.field_editors["title"]
    before = title.toPlainText()
    row = next(i for i, f in enumerate(panel.findings()) if f.field == "title" and f.fix is not None)
    fixed = panel.findings()[row]
    others = {k: ed.toPlainText() for k, ed in view.field_editors.items() if k != "title"}
    panel.table.selectRow(row)
    assert panel.fix_button.isEnabled() and title.textCursor().selectedText() == before[fixed.start:fixed.end]
    # typed since the last check: the span is stale, so Fix waits for the re-check instead of hitting wrong text
    with qtbot.waitSignal(view.checked, timeout=20000):
        title.setPlainText("« " + before)
        assert panel.fix_selected() is False and title.toPlainText() == "« " + before
    with qtbot.waitSignal(view.checked, timeout=20000):
        title.setPlainText(before)
    row = next(i for i, f in enumerate(panel.findings()) if f.field == "title" and f.fix is not None)
    panel.table.selectRow(row)
    with qtbot.waitSignal(view.checked, timeout=20000) as blocker:
        panel.fix_button.click()
    assert title.toPlainText() == before[:fixed.start] + fixed.fix + before[fixed.end:]
    assert {k: ed.toPlainText() for k, ed in view.field_editors.items() if k != "title"} == others
    assert not [f for f in blocker.args[0] if f.field == "title" and f.rule_id == fixed.rule_id]
    assert not [f for f in panel.findings() if f.field == "title" and f.rule_id == fixed.rule_id]
    with qtbot.waitSignal(view.checked, timeout=20000) as blocker:
        title.undo()  # one undo step restores the text
    assert title.toPlainText() == before
    assert [f for f in blocker.args[0] if f.field == "title" and f.rule_id == fixed.rule_id]  # and it is back
    # Fix all fixes every field; after the re-check no fixable finding is left
    with qtbot.waitSignal(view.checked, timeout=20000) as blocker:
        assert panel.fix_all_button.isEnabled() and panel.fix_all() >= 3
    assert not [f for f in blocker.args[0] if f.fix is not None]


def test_batch_two_products_two_markets_with_totals_and_resume(ctx, qtbot, qtmodeltester):
    from ui.dialogs.batch_generation import BatchDialog

    a = add_product(ctx.db, "linen-tee")
    b = add_product(ctx.db, "canvas-tote", title="Canvas Tote", product_type="Tote Bag")
    add_product(ctx.db, "wool-cap", title="Wool Cap", product_type="Cap")
    dlg = BatchDialog(ctx, query="", product_ids=[a, b], markets=["en-US", "de-DE"], kinds=["listing"])
    qtbot.addWidget(dlg)
    qtbot.waitUntil(lambda: dlg.products.rowCount() == 3)
    for model in (dlg.products, dlg.markets, dlg.kinds, dlg.targets):
        qtmodeltester.check(model)
    assert sorted(dlg.products.checked()) == sorted([a, b]) and sorted(dlg.markets.checked()) == ["de-DE", "en-US"]
    dlg.targets.set_checked(["amazon"])
    assert dlg.provider.currentData() == "offline"
    with qtbot.waitSignal(dlg.run_finished, timeout=60000) as blocker:
        dlg.run_button.click()
    res = blocker.args[0]
    assert (res.status, res.total, res.done, res.skipped, res.failed) == ("finished", 4, 4, 0, 0)
    assert "4 done, 0 skipped, 0 failed" in dlg.totals.text() and "$0.0000" in dlg.totals.text()
    made = drafts.list_drafts(ctx.db)
    assert sorted((d.product_id, d.market, d.target) for d in made) == sorted(
        (p, m, "amazon") for p in (a, b) for m in ("en-US", "de-DE"))
    assert dlg.progress.value() == 1000
    # run again: finished items are skipped by their inputs hash (resume)
    with qtbot.waitSignal(dlg.run_finished, timeout=60000) as blocker:
        dlg.run_button.click()
    assert (blocker.args[0].done, blocker.args[0].skipped) == (0, 4)
    assert "0 done, 4 skipped" in dlg.totals.text()


def test_batch_cancel_stops_the_run(ctx, qtbot, monkeypatch):
    from ui.dialogs.batch_generation import BatchDialog

    add_product(ctx.db, "linen-tee")
    add_product(ctx.db, "canvas-tote", title="Canvas Tote", product_type="Tote Bag")
    entered, gate = threading.Event(), threading.Event()
    real = generation.produce

    def slow_produce(*args, **kw):  # the first item waits until the test has pressed Cancel
        entered.set()
        assert gate.wait(20)
        return real(*args, **kw)

    monkeypatch.setattr(generation, "produce", slow_produce)
    dlg = BatchDialog(ctx, markets=["en-US", "de-DE"], kinds=["listing"])
    qtbot.addWidget(dlg)
    dlg.all_matching.setChecked(True)
    dlg.concurrency.setValue(1)
    dlg.targets.set_checked(["amazon"])
    dlg.run_button.click()
    qtbot.waitUntil(entered.is_set, timeout=20000)
    assert dlg.cancel_button.isEnabled()
    dlg.cancel_button.click()
    gate.set()
    with qtbot.waitSignal(dlg.run_finished, timeout=20000) as blocker:
        pass
    res = blocker.args[0]
    # the item in flight noticed the cancel; nothing else was started
    assert res.status == "cancelled" and res.total == 4 and res.done == 0 and res.failed == 0
    assert drafts.list_drafts(ctx.db) == [] and "Cancelled" in dlg.totals.text()
    assert dlg.run_button.isEnabled() and not dlg.cancel_button.isEnabled()


def test_brand_voice_editor_saves_versions_and_generate_uses_it(view, qtbot):
    from ui.settings_pages.brand_voice import BrandVoicePage

    with view.ctx.db.session() as s:
        from studio.storage import models as m

        s.get(m.Product, view.product_id).title = "Linen Tee AirWeave 3"
    page = BrandVoicePage(view.ctx)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=10000):
        pass
    page.new_profile()
    page.name.setText("Nordhem")
    page.tone.setText("warm, plain")
    page.do_not_translate.setPlainText("AirWeave 3")
    page.glossary.setPlainText("tee = T-shirt")
    with qtbot.waitSignal(page.saved, timeout=10000):
        page.save_button.click()
    page.samples.setPlainText("Made to last.\n\nWorn for years.")
    page.dont_words.setPlainText("cheap")
    with qtbot.waitSignal(page.saved, timeout=10000) as blocker:
        page.save_button.click()
    assert blocker.args[0].version == 2
    versions = brand_voice.list_brand_voices(view.ctx.db, all_versions=True)
    assert [(v.name, v.version) for v in versions] == [("Nordhem", 2), ("Nordhem", 1)]
    latest = brand_voice.get_brand_voice(view.ctx.db, "Nordhem")
    assert latest.data["glossary"] == {"tee": "T-shirt"} and latest.data["samples"] == ["Made to last.", "Worn for years."]
    qtbot.waitUntil(lambda: "v2" in page.versions.text() and "v1" in page.versions.text())
    page.glossary.setPlainText("no separator here")
    page.save_button.click()
    assert "glossary line 1" in page.result.text()

    # the Content section lists it (the save was broadcast) and Generate applies the chosen profile
    qtbot.waitUntil(lambda: view.brand_voice.findData("Nordhem") >= 0, timeout=10000)
    view.brand_voice.setCurrentIndex(view.brand_voice.findData("Nordhem"))
    _generate(view, qtbot, "de-DE")
    v = drafts.get_draft(view.ctx.db, view.draft.id).latest
    assert v.provenance["brand_voice"] == {"id": latest.id, "name": "Nordhem", "version": 2}
    assert "AirWeave 3" in v.content["title"]  # the do-not-translate term is kept as written
    assert "Keep these terms exactly as written, never translated or re-spelled: AirWeave 3" in v.prompt
    # live checks use the draft's brand voice: an altered do-not-translate term is flagged, with its fix
    found = _edit(view, qtbot, "title", view.field_editors["title"].toPlainText().replace("AirWeave 3", "Airweave 3"))
    dnt = [f for f in found if f.rule_id == "generation.brand.dnt-altered"]
    assert dnt and dnt[0].fix == "AirWeave 3" and "Airweave 3" in _underlined(view.field_editors["title"])


def test_map_to_editor_for_list_and_json_fields(qtbot):
    import json

    from PySide6.QtWidgets import QPlainTextEdit

    from studio.quality import Finding
    from ui.sections.content import map_to_editor

    items = QPlainTextEdit("first\n\n   😀 second with !\nthird")
    items.setProperty("list_lines", True)
    faq = [{"q": "Ist es \"weich\"?", "a": "Ja 😀 sehr — 100% Leinen!"}]
    js = QPlainTextEdit(json.dumps(faq, ensure_ascii=False, indent=1))
    js.setProperty("json_field", True)
    for ed in (items, js):
        qtbot.addWidget(ed)
    editors = {"bullets": items, "faqs": js}
    # bullets[1] is the second non-empty line, stripped
    i = "😀 second with !".index("!")
    ed, a, b = map_to_editor(Finding("r", "error", "m", i, i + 1, field="bullets[1]"), editors)
    assert ed is items and items.toPlainText()[a:b] == "!"
    answer = faq[0]["a"]
    i = answer.index("100%")
    ed, a, b = map_to_editor(Finding("r", "warning", "m", i, i + 4, field="faqs[0].a"), editors)
    assert ed is js and js.toPlainText()[a:b] == "100%"
    q = faq[0]["q"]
    i = q.index("weich")
    ed, a, b = map_to_editor(Finding("r", "info", "m", i, i + 5, field="faqs[0].q"), editors)
    assert js.toPlainText()[a:b] == "weich"  # after an escaped quote
    assert map_to_editor(Finding("r", "info", "m", 0, 3, field="bullets[7]"), editors) is None
    assert map_to_editor(Finding("r", "info", "m", 0, 3, field="title"), editors) is None
    assert map_to_editor(Finding("r", "info", "m", 0, 3, field="faqs"), editors) is None


def test_brand_voice_page_lists_profiles_and_sets_the_default(ctx, qtbot):
    from ui.settings_pages import discover
    from ui.settings_pages.brand_voice import BrandVoicePage

    assert "brand_voice" in [p.id for p in discover()]  # Settings › Brand voice
    brand_voice.save_brand_voice(ctx.db, "Nordhem", {"tone": "warm"})
    brand_voice.save_brand_voice(ctx.db, "Outlet", {"tone": "brisk", "dont_words": ["cheap"]})
    page = BrandVoicePage(ctx)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=10000):
        pass
    labels = [page.profiles.item(i).text() for i in range(page.profiles.count())]
    assert labels[0].startswith("Nordhem  v1") and "default" in labels[0] and labels[1] == "Outlet  v1"
    page.profiles.setCurrentRow(1)
    assert page.tone.text() == "brisk" and page.dont_words.toPlainText() == "cheap"
    assert page.default_button.isEnabled()
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.default_button.click()
    assert brand_voice.get_brand_voice(ctx.db).name == "Outlet"
    assert "default" in page.profiles.item(1).text() and "default" not in page.profiles.item(0).text()
    assert page.profiles.currentRow() == 1 and not page.default_button.isEnabled()
