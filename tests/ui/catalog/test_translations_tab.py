"""Catalog › product › Translations (issue 16 item 4): the seller edits a product's name, option values and fact
values per market; Shopify's translation export is imported from the tab."""

from __future__ import annotations

from pathlib import Path

from studio.services import catalog, translations
from tests.ui.catalog.conftest import insert_products
from ui.catalog.view import CatalogView

SAMPLE = Path(__file__).resolve().parents[2] / "data" / "real" / "shopify_translations_de.csv"


def test_translations_tab_edit_and_import(qtbot, qtmodeltester, ctx):
    ids = insert_products(ctx.db, 3)  # product 0 has a material fact and a Size=M variant
    view = CatalogView(ctx)
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    detail = view.detail
    qtbot.waitUntil(lambda: detail.product is not None, timeout=10000)
    panel = detail.translations
    assert detail.tabs.tabText(detail.tabs.indexOf(panel)) == "Translations"
    panel.market.setCurrentIndex(panel.market.findData("de-DE"))
    model = panel.model
    qtbot.waitUntil(lambda: model.rowCount() == 3, timeout=5000)  # name, option Size=M, fact material
    qtmodeltester.check(model, force_py=True)
    assert [model.row(i).kind for i in range(3)] == ["name", "option", "fact"]
    assert model.index(0, 1).data() == "Product 000000" and model.index(0, 2).data() == ""

    # edit the name in place: stored for this product × market and used by the writers
    with qtbot.waitSignal(panel.status_message, timeout=5000):
        assert model.setData(model.index(0, 2), "Produkt null")
    assert translations.overrides_for(ctx.db, ids[0], "de-DE")["name"] == "Produkt null"
    qtbot.waitUntil(lambda: model.index(0, 3).data() == "this product", timeout=5000)

    # a fact translation; when the fact changes afterwards the row says the translation is outdated
    with qtbot.waitSignal(panel.status_message, timeout=5000):
        model.setData(model.index(2, 2), "100 % Baumwolle")
    catalog.set_fact(ctx.db, ids[0], "material", "linen")
    panel.reload()
    qtbot.waitUntil(lambda: "outdated" in (model.index(2, 3).data() or ""), timeout=5000)

    # import Shopify's export from the tab: the summary and the located error lines are shown
    panel.import_file(str(SAMPLE))
    qtbot.waitUntil(lambda: "rows read" in panel.result.text(), timeout=10000)
    assert "shopify_translations_de.csv: 23 rows read" in panel.result.text()
    view.shutdown()
    view.close()


def test_translations_import_error_is_shown(qtbot, ctx, tmp_path):
    from ui.catalog.translations import TranslationsPanel

    insert_products(ctx.db, 1)
    panel = TranslationsPanel(ctx)
    qtbot.addWidget(panel)
    f = tmp_path / "products.csv"
    f.write_text("Handle,Title\nx,X\n", encoding="utf-8")
    panel.import_file(str(f))
    qtbot.waitUntil(lambda: panel.result.text().startswith("✘"), timeout=5000)
    assert "products.csv, row 1: not a Shopify translation export" in panel.result.text()
    assert panel.import_btn.isEnabled()
