"""The Catalog section as a user drives it: search box, filters, detail panel, facts editing round trip."""

from __future__ import annotations

from PySide6.QtCore import Qt

from studio.services import catalog as svc
from tests.ui.catalog.conftest import insert_products
from ui.catalog.models import FactsModel, VariantsModel
from ui.catalog.view import CatalogView


def _view(qtbot, ctx) -> CatalogView:
    view = CatalogView(ctx)
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    qtbot.waitUntil(lambda: view.model.rowCount() > 0 or view.table_stack.currentWidget() is view.empty, timeout=10000)
    return view


def _close(view):
    view.shutdown()
    view.close()


def test_search_box_is_debounced_and_filters_the_table(qtbot, ctx):
    insert_products(ctx.db, 1200)
    view = _view(qtbot, ctx)
    assert view.count_label.text() == "1,200 products"
    counts = []
    view.model.loaded.connect(lambda: counts.append(view.model.rowCount()))
    qtbot.keyClicks(view.search, "000777")
    assert counts == []  # nothing queried per keystroke
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=5000)
    assert counts == [1]  # one query after the typing stopped
    assert view.model.data(view.model.index(0, 1)) == "Product 000777"

    view.search.clear()
    qtbot.waitUntil(lambda: view.model.rowCount() == 1200, timeout=5000)
    qtbot.waitUntil(lambda: view.vendor.count() == 4, timeout=5000)  # "All vendors" + 3
    view.vendor.setCurrentIndex(view.vendor.findData("Acme"))
    qtbot.waitUntil(lambda: view.model.rowCount() == 400, timeout=5000)
    view.missing_images.setChecked(True)
    qtbot.waitUntil(lambda: view.model.filters.get("has_missing_images") is True, timeout=5000)
    assert view.model.rowCount() == 400
    _close(view)


def test_empty_catalog_shows_what_to_do(qtbot, ctx):
    view = _view(qtbot, ctx)
    assert view.table_stack.currentWidget() is view.empty
    assert "empty" in view.empty_label.text()
    _close(view)


def test_detail_panel_and_facts_round_trip(qtbot, qtmodeltester, ctx):
    ids = insert_products(ctx.db, 50)
    view = _view(qtbot, ctx)
    detail = view.detail
    qtbot.waitUntil(lambda: detail.product is not None, timeout=5000)  # first row selected on load
    assert detail.product.id == ids[0] and detail.title.text() == "Product 000000"
    assert detail.variants_model.rowCount() == 1
    qtmodeltester.check(detail.facts_model, force_py=True)
    qtmodeltester.check(detail.variants_model, force_py=True)

    # edit the value in place: saved on the writes executor, broadcast once, the table row refreshed
    facts = detail.facts_model
    assert facts.fact(0).key == "material" and facts.fact(0).source == "import"
    with qtbot.waitSignal(ctx.bus.changed, timeout=5000) as changed:
        assert facts.setData(facts.index(0, 1), "organic cotton")
    assert changed.args[0].updated == (ids[0],)
    stored = svc.get_product(ctx.db, ids[0]).fact("material")
    assert stored.value == "organic cotton" and stored.user_edited and stored.source == "user"
    qtbot.waitUntil(lambda: detail.facts_model.fact(0).value == "organic cotton"
                    and detail.facts_model.fact(0).source == "user", timeout=5000)

    # add a fact, then delete it with the Delete shortcut
    with qtbot.waitSignal(ctx.bus.changed, timeout=5000):
        detail.save_new_fact("weight", "250 g", "weight", "g")
    qtbot.waitUntil(lambda: detail.facts_model.rowCount() == 2, timeout=5000)
    assert svc.get_product(ctx.db, ids[0]).fact("weight").value == "250 g"
    detail.tabs.setCurrentIndex(0)
    detail.facts_view.setFocus()
    detail.facts_view.selectRow(1)
    with qtbot.waitSignal(ctx.bus.changed, timeout=5000):
        detail.delete_action.trigger()
    qtbot.waitUntil(lambda: detail.facts_model.rowCount() == 1, timeout=5000)
    assert svc.get_product(ctx.db, ids[0]).fact("weight") is None

    # a refused edit is reported and the panel shows what is stored
    messages = []
    detail.status_message.connect(messages.append)
    with qtbot.waitSignal(detail.status_message, timeout=5000):
        detail.save_new_fact("", "x")
    assert "Could not save" in messages[-1] and "key" in messages[-1]
    _close(view)


def test_selecting_another_product_loads_it(qtbot, ctx):
    ids = insert_products(ctx.db, 30)
    view = _view(qtbot, ctx)
    qtbot.waitUntil(lambda: view.detail.product is not None, timeout=5000)
    with qtbot.waitSignal(view.detail.product_loaded, timeout=5000) as loaded:
        view.table.selectRow(7)
    assert loaded.args == [ids[7]]
    assert view.detail.meta.text().startswith("p-000007")
    _close(view)


def test_facts_model_edits_only_value_type_unit(qtbot, qtmodeltester):
    from studio.domain import FactDTO

    model = FactsModel()
    model.set_facts([FactDTO("material", "cotton"), FactDTO("dimensions", "80 x 40 cm", "dimensions", "cm")])
    qtmodeltester.check(model, force_py=True)
    edits = []
    model.fact_edited.connect(lambda *a: edits.append(a))
    assert not model.setData(model.index(0, 0), "fabric")  # the key is not edited in place
    assert not model.setData(model.index(0, 4), "user")  # nor the source
    assert not model.setData(model.index(0, 2), "colour")  # not a fact type
    assert not model.setData(model.index(0, 1), "   ")  # an empty value is refused (delete instead)
    assert model.setData(model.index(1, 3), "mm")
    assert edits == [("dimensions", "80 x 40 cm", "dimensions", "mm")]
    assert model.data(model.index(1, 4)) == "edited"
    assert model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable == Qt.ItemFlag.NoItemFlags


def test_variants_model(qtmodeltester):
    from decimal import Decimal

    from studio.domain import VariantDTO

    v = VariantDTO(1, "TS-M", "M / Red", {"Size": "M", "Color": "Red"}, Decimal("19.9"), Decimal("25"), "EUR",
                   {"Germany": "19.90"}, "4006381333931", Decimal("1250"), "kg", 4)
    model = VariantsModel()
    model.set_variants([v])
    qtmodeltester.check(model, force_py=True)
    row = [model.data(model.index(0, c)) for c in range(model.columnCount())]
    assert row == ["TS-M", "Size: M / Color: Red", "19.90 EUR", "25.00 EUR", "4006381333931", "1.25 kg", "4"]


def test_right_to_left_layout_selects_and_isolates_user_text(qtbot, qapp, ctx):
    """Arabic UI: the first product is selected (QTableView.selectRow finds no column there) and LTR user
    content is isolated so "12 x 12 x 24 cm" is not reordered to "x 12 x 24 cm 12"."""
    from studio.domain import FactDTO

    insert_products(ctx.db, 5)
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        view = _view(qtbot, ctx)
        qtbot.waitUntil(lambda: view.detail.product is not None, timeout=5000)
        assert view.table.currentIndex().row() == 0
        model = FactsModel()
        model.set_facts([FactDTO("dimensions", "12 x 12 x 24 cm", "dimensions", "cm")])
        assert model.data(model.index(0, 1)) == "\u206812 x 12 x 24 cm\u2069"
        assert model.data(model.index(0, 1), Qt.ItemDataRole.EditRole) == "12 x 12 x 24 cm"  # edits stay clean
        _close(view)
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    assert FactsModel.data(model, model.index(0, 1)) == "12 x 12 x 24 cm"


def test_catalog_and_fact_edit_on_both_databases(qtbot, ctx_both):
    ctx = ctx_both
    ids = insert_products(ctx.db, 450)
    with ctx.db.engine.begin() as conn:  # ids were given explicitly: move PostgreSQL's sequence past them
        if ctx.db.engine.dialect.name == "postgresql":
            conn.exec_driver_sql("SELECT setval('products_id_seq', (SELECT max(id) FROM products))")
    view = _view(qtbot, ctx)
    assert view.model.rowCount() == 450
    view.table.scrollTo(view.model.index(420, 1))  # rows are read when they come into view
    qtbot.waitUntil(lambda: view.model.summary(420) is not None, timeout=10000)
    assert view.model.data(view.model.index(420, 1)) == "Product 000420"
    qtbot.waitUntil(lambda: view.detail.product is not None, timeout=5000)
    facts = view.detail.facts_model
    with qtbot.waitSignal(ctx.bus.changed, timeout=10000):
        facts.setData(facts.index(0, 1), "linen")
    assert svc.get_product(ctx.db, ids[0]).fact("material").value == "linen"
    qtbot.waitUntil(lambda: view.detail.facts_model.fact(0).source == "user", timeout=5000)
    _close(view)


def test_edit_product_fields(qtbot, ctx):
    ids = insert_products(ctx.db, 20)
    view = _view(qtbot, ctx)
    qtbot.waitUntil(lambda: view.detail.product is not None, timeout=5000)
    dlg = view.detail.edit_product()
    assert dlg is not None and dlg.changes() == {}  # nothing changed yet
    dlg.title.setText("")
    dlg._accept()
    assert dlg.isVisible() and "title" in dlg.error.text()  # refused, still open
    dlg.title.setText("Aaa renamed product")
    dlg.tags.setText("summer, linen")
    dlg.status.setCurrentIndex(dlg.status.findData("archived"))
    assert dlg.changes() == {"title": "Aaa renamed product", "tags": ["summer", "linen"], "status": "archived"}
    with qtbot.waitSignal(ctx.bus.changed, timeout=5000) as changed:
        dlg._accept()
    assert changed.args[0].updated == (ids[0],)
    p = svc.get_product(ctx.db, ids[0])
    assert (p.title, p.tags, p.status) == ("Aaa renamed product", ("summer", "linen"), "archived")
    assert set(p.extra["user_edited_fields"]) == {"title", "tags", "status"}  # kept by re-imports
    qtbot.waitUntil(lambda: view.model.data(view.model.index(0, 1)) == "Aaa renamed product", timeout=5000)
    qtbot.waitUntil(lambda: view.detail.title.text() == "Aaa renamed product", timeout=5000)
    _close(view)
