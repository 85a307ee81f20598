"""Review's queue, count and filter boxes are never stale (s15 UI leftovers, item 2): they are read again when the
section is shown again, when drafts/products/campaigns/translations change, and when the app becomes active again
(the CLI wrote drafts in a terminal). The market, kind and target boxes are rebuilt from ``review.choices``: a
value no draft has any more leaves them, except the one the user chose."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from studio.domain import ChangeSummary
from studio.services import drafts
from tests.integration.review.test_review_service import _fixture, _save


def _items(box) -> list[str]:
    return [box.itemData(i) for i in range(box.count())]


def _review(qtbot, window):
    view = window.show_section("review")
    qtbot.waitUntil(lambda: view.rows_loaded and view.model.rowCount() == 4, timeout=30000)
    return view


def test_returning_to_review_shows_what_changed_meanwhile(qtbot, ctx, window):
    a, _b, ids = _fixture(ctx.db)
    view = _review(qtbot, window)
    assert _items(view.market) == ["", "ar-SA", "de-DE", "fr-FR"]
    assert _items(view.target) == ["", "amazon", "instagram", "tiktok"]
    view.market.setCurrentIndex(view.market.findData("ar-SA"))  # the user's choice
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=30000)
    window.show_section("catalog")
    # written elsewhere, without a broadcast (a terminal, another view): a new market, two drafts gone
    _save(ctx.db, a, "es-ES", "caption", "pinterest", {"text": "Camiseta de lino"})
    drafts.delete_drafts(ctx.db, [ids["fr"], ids["error"]])
    window.show_section("review")
    qtbot.waitUntil(lambda: "es-ES" in _items(view.market), timeout=30000)
    # fr-FR left the box; ar-SA has no draft any more but stays, chosen
    assert _items(view.market) == ["", "ar-SA", "de-DE", "es-ES"]
    assert view.market.currentData() == "ar-SA" and view.model.rowCount() == 0
    assert _items(view.target) == ["", "amazon", "instagram", "pinterest"]
    view.market.setCurrentIndex(0)
    qtbot.waitUntil(lambda: view.model.rowCount() == 3, timeout=30000)
    assert view.count_label.text() == "3 drafts"


def test_a_broadcast_change_refreshes_the_boxes(qtbot, ctx, window):
    a, _b, ids = _fixture(ctx.db)
    view = _review(qtbot, window)
    drafts.delete_drafts(ctx.db, [ids["fr"]])
    ctx.bus.changed_by.emit(ChangeSummary(deleted=(ids["fr"],), entity="campaign"), None)
    qtbot.waitUntil(lambda: "fr-FR" not in _items(view.market), timeout=30000)
    assert view.model.rowCount() == 3 and view.count_label.text() == "3 drafts"


def test_coming_back_to_the_app_shows_what_the_cli_wrote(qtbot, ctx, window):
    a, _b, _ids = _fixture(ctx.db)
    view = _review(qtbot, window)
    _save(ctx.db, a, "es-ES", "caption", "pinterest", {"text": "Camiseta de lino"})  # `studio generate` meanwhile
    QGuiApplication.instance().applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)
    qtbot.waitUntil(lambda: view.model.rowCount() == 5 and "es-ES" in _items(view.market), timeout=30000)
    assert view.count_label.text() == "5 drafts"
