"""Catalog › Facts: a fact read from the description with a doubt shows "from description — confirm" (its reason in
the Source tip), and Confirm / Reject / Confirm all act in one click each (issue 16, stop 21)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from studio.services import catalog as svc
from studio.storage import models as m
from tests.ui.catalog.conftest import insert_products
from ui.catalog.view import CatalogView


def _add(db, pid: int, key: str, value: str, certainty: str | None) -> None:
    data = {"from": "description", "span": [0, 3]}
    if certainty:
        data.update(certainty=certainty, doubt="part")
    with db.session() as s:
        s.add(m.Fact(product_id=pid, key=key, value=value, type="text", data=data, source="html", position=9))


def _row(detail, key: str) -> int:
    return next(i for i, f in enumerate(detail.facts_model.facts()) if f.key == key)


def test_confirm_reject_and_confirm_all_in_the_facts_tab(qtbot, ctx):
    pid = insert_products(ctx.db, 1)[0]
    _add(ctx.db, pid, "certification", "FSC", "confirm")
    _add(ctx.db, pid, "ingredients", "leather", "confirm")
    _add(ctx.db, pid, "origin", "France", None)
    _add(ctx.db, pid, "capacity", "30 ml", "confirm")
    view = CatalogView(ctx)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.detail.product is not None, timeout=10000)
    detail = view.detail
    model, src = detail.facts_model, detail.facts_model.columnCount() - 1
    assert model.data(model.index(_row(detail, "certification"), src)) == "from description — confirm"
    assert model.data(model.index(_row(detail, "origin"), src)) == "from description"
    tip = model.data(model.index(_row(detail, "certification"), src), Qt.ItemDataRole.ToolTipRole)
    assert "packaging" in tip and "until you confirm" in tip
    assert "3 to confirm" in detail.tabs.tabText(0)
    assert detail.confirm_all_btn.isEnabled() and not detail.confirm_fact_btn.isEnabled()

    detail.facts_view.selectRow(_row(detail, "origin"))  # a sure fact: nothing to confirm
    assert not detail.confirm_fact_btn.isEnabled() and detail.reject_fact_btn.isEnabled()
    detail.facts_view.selectRow(_row(detail, "certification"))
    assert detail.confirm_fact_btn.isEnabled()
    with qtbot.waitSignal(detail.product_loaded, timeout=10000):
        detail.confirm_fact_btn.click()
    assert model.data(model.index(_row(detail, "certification"), src)) == "from description, confirmed"
    assert svc.get_product(ctx.db, pid).facts  # stored
    stored = {f.key: f for f in svc.get_product(ctx.db, pid).facts}
    assert stored["certification"].data["certainty"] == "confirmed" and stored["certification"].user_edited

    detail.facts_view.selectRow(_row(detail, "ingredients"))
    with qtbot.waitSignal(detail.product_loaded, timeout=10000):
        detail.reject_fact_btn.click()
    stored = {f.key: f for f in svc.get_product(ctx.db, pid).facts}
    assert "ingredients" not in stored
    assert "ingredients" in (svc.get_product(ctx.db, pid).extra or {}).get("deleted_facts", [])

    with qtbot.waitSignal(detail.product_loaded, timeout=10000):
        detail.confirm_all_btn.click()
    stored = {f.key: f for f in svc.get_product(ctx.db, pid).facts}
    assert stored["capacity"].data["certainty"] == "confirmed"
    assert "to confirm" not in detail.tabs.tabText(0) and not detail.confirm_all_btn.isEnabled()
    view.shutdown()
    view.close()
