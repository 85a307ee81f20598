"""The product detail panel shows the seller's short description (read-only, plain text) above the description,
and nothing of it for a product that has none."""

from __future__ import annotations

from studio.services import catalog as svc
from tests.ui.catalog.conftest import insert_products
from ui.catalog.view import CatalogView


def test_detail_shows_the_short_description_read_only_only_when_there_is_one(qtbot, ctx):
    ids = insert_products(ctx.db, 2)
    svc.update_product(ctx.db, ids[0], extra={"short_description": "<p>Soft &amp; <b>warm</b></p>"})
    view = CatalogView(ctx)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.detail.product is not None, timeout=10000)
    detail = view.detail
    if detail.product.id != ids[0]:
        with qtbot.waitSignal(detail.product_loaded, timeout=5000):
            view.table.selectRow(0)
    assert detail.product.id == ids[0]
    assert detail.short_description.toPlainText() == "Soft & warm"
    assert detail.short_description.isReadOnly() and not detail.short_description.isHidden()
    assert not detail.short_description_label.isHidden()
    with qtbot.waitSignal(detail.product_loaded, timeout=5000):
        view.table.selectRow(1)
    assert detail.product.id == ids[1]
    assert detail.short_description.toPlainText() == "" and detail.short_description.isHidden()
    assert detail.short_description_label.isHidden()
    view.shutdown()
    view.close()
