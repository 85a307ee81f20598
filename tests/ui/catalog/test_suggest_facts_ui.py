"""Catalog › product › Facts › "Suggest facts…" (issue 16 item 1) over loopback HTTP: suggestions shown with their
source sentence and a checkbox, unverified ones greyed and not tickable, only ticked facts added (with their
source), and the one-line reason when no model is configured."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from studio.services import catalog
from tests.integration.catalog.test_fact_suggestions import ANSWER, DESC
from tests.support.gen_products import add_product
from tests.support.llm_server import LLMServer, json_reply
from ui.catalog.suggest_facts import SuggestFactsDialog
from ui.catalog.view import CatalogView


@pytest.fixture
def view(qtbot, ctx):
    add_product(ctx.db, "commuter-buds", title="Commuter Earbuds", body_text=DESC,
                facts=[{"key": "colour", "value": "black"}])
    v = CatalogView(ctx)
    qtbot.addWidget(v)
    v.resize(1200, 700)
    v.show()
    qtbot.waitUntil(lambda: v.detail.product is not None, timeout=10000)
    yield v
    v.shutdown()
    v.close()


def _open(qtbot, view) -> SuggestFactsDialog:
    detail = view.detail
    assert detail.suggest_facts_btn.text() == "Suggest facts…"
    qtbot.mouseClick(detail.suggest_facts_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: detail.findChild(SuggestFactsDialog) is not None, timeout=5000)
    return detail.findChild(SuggestFactsDialog)


def test_suggest_tick_and_add(qtbot, view, monkeypatch):
    srv = LLMServer().start()
    try:
        monkeypatch.setenv("STUDIO_LLM_BASE_URL", srv.base_url)
        monkeypatch.setenv("STUDIO_LLM_MODEL", "test-model")
        monkeypatch.setenv("STUDIO_LLM_API_KEY", "sk-test")
        srv.responder = lambda req: json_reply(ANSWER)
        dlg = _open(qtbot, view)
        qtbot.waitUntil(lambda: dlg.tree.topLevelItemCount() == 4, timeout=10000)
        rows = {dlg.tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole): dlg.tree.topLevelItem(i)
                for i in range(4)}
        good = rows["playback_time"]
        assert good.text(2) == "“The charging case gives you 30 hours in total.”"
        assert good.checkState(0) == Qt.CheckState.Unchecked and good.text(3) == "verified"  # nothing pre-ticked
        hostile = rows["certification"]
        assert not (hostile.flags() & Qt.ItemFlag.ItemIsUserCheckable)  # an injected instruction cannot be ticked
        assert hostile.text(3).startswith("not verified: its quote reads as an instruction")
        assert rows["water_resistance"].text(3).startswith("not verified: its quote does not occur")
        assert "4 suggestion(s) from test-model" in dlg.status.text()
        assert not dlg.add_btn.isEnabled()
        good.setCheckState(0, Qt.CheckState.Checked)
        assert dlg.add_btn.isEnabled() and dlg.ticked() == ["playback_time"]
        with qtbot.waitSignal(dlg.added, timeout=10000):
            qtbot.mouseClick(dlg.add_btn, Qt.MouseButton.LeftButton)
        pid = view.detail.product_id
        assert [f.key for f in catalog.get_product(view.ctx.db, pid).facts] == ["colour", "playback_time"]
        model = view.detail.facts_model
        qtbot.waitUntil(lambda: model.rowCount() == 2, timeout=10000)
        assert model.index(1, 4).data() == "suggested by test-model, accepted by user"
        assert "30 hours in total" in model.index(1, 4).data(Qt.ItemDataRole.ToolTipRole)
    finally:
        srv.stop()


def test_without_a_model_the_dialog_says_how_to_configure_one(qtbot, view, monkeypatch):
    for k in ("STUDIO_LLM_BASE_URL", "STUDIO_LLM_MODEL"):
        monkeypatch.delenv(k, raising=False)
    dlg = _open(qtbot, view)
    qtbot.waitUntil(lambda: dlg.status.text().startswith("✘"), timeout=10000)
    assert "no language model is configured" in dlg.status.text() and "Settings › LLM" in dlg.status.text()
    assert dlg.tree.topLevelItemCount() == 0 and not dlg.add_btn.isEnabled()
    dlg.reject()
