"""The virtualized catalog table model: paging, search, filters, sorting, selective refresh."""

from __future__ import annotations

from PySide6.QtCore import Qt

from studio.domain import ChangeSummary
from studio.services import catalog as svc
from tests.ui.catalog.conftest import insert_products
from ui.catalog.models import CatalogTableModel

N = 3000


def _loaded_model(qtbot, ctx, thumbnails=None) -> CatalogTableModel:
    model = CatalogTableModel(ctx.db, ctx.tasks, thumbnails)
    with qtbot.waitSignal(model.loaded, timeout=10000):
        model.refresh()
    return model


def _title(model, row):
    return model.data(model.index(row, 1))


def test_model_passes_qtmodeltester(qtbot, qtmodeltester, ctx):
    insert_products(ctx.db, 500)
    model = _loaded_model(qtbot, ctx)
    qtmodeltester.check(model, force_py=True)
    # rows not loaded yet say so instead of showing blanks; once loaded they show the product
    with qtbot.waitSignal(model.page_loaded, timeout=10000):
        assert _title(model, 450) == "Loading…"
    qtmodeltester.check(model, force_py=True)
    assert _title(model, 450) == "Product 000450"


def test_pages_are_fetched_on_demand_not_all_at_once(qtbot, ctx):
    insert_products(ctx.db, N)
    model = _loaded_model(qtbot, ctx)
    assert model.rowCount() == N
    assert list(model._pages) == [0]  # only the first page was read
    assert _title(model, 0) == "Product 000000"
    assert model.summary(2_950) is None  # not cached: a request goes out
    qtbot.waitUntil(lambda: model.summary(2_950) is not None, timeout=10000)
    assert _title(model, 2_950) == "Product 002950"
    assert len(model._pages) == 2
    # walking the whole table keeps at most MAX_PAGES pages in memory
    model.MAX_PAGES = 5
    for row in range(0, N, model.PAGE_SIZE):
        if model.summary(row) is None:
            qtbot.waitUntil(lambda r=row: model.summary(r) is not None, timeout=10000)
        assert len(model._pages) <= 5
    assert _title(model, N - 1) == f"Product {N - 1:06d}"


def test_search_filters_and_sort(qtbot, ctx):
    insert_products(ctx.db, N)
    model = _loaded_model(qtbot, ctx)

    with qtbot.waitSignal(model.loaded, timeout=10000):
        model.set_query("000123")
    assert model.rowCount() == 1 and _title(model, 0) == "Product 000123"

    with qtbot.waitSignal(model.loaded, timeout=10000):
        model.set_query("sku-00012")  # variant SKU search, case-insensitive: SKU-000120..129
    assert model.rowCount() == 10

    with qtbot.waitSignal(model.loaded, timeout=10000):
        model.set_query("", {"vendor": "Borealis", "status": "draft"})
    expected = sum(1 for i in range(N) if i % 3 == 1 and i % 7 == 0)
    assert model.rowCount() == expected == svc.count_products(ctx.db, "", {"vendor": "Borealis", "status": "draft"})
    assert all(model.summary(r).vendor == "Borealis" for r in range(model.rowCount()))

    with qtbot.waitSignal(model.loaded, timeout=10000):
        model.set_query("", {"has_missing_images": True})
    assert model.rowCount() == N  # no product has an image

    with qtbot.waitSignal(model.loaded, timeout=10000):
        model.set_query("", {})
    with qtbot.waitSignal(model.loaded, timeout=10000):
        model.sort(1, Qt.SortOrder.DescendingOrder)
    assert model.order == "-title"
    assert _title(model, 0) == f"Product {N - 1:06d}"
    model.sort(5, Qt.SortOrder.AscendingOrder)  # variants column is not sortable: nothing happens
    assert model.order == "-title"


def test_updates_refresh_only_changed_rows(qtbot, ctx):
    ids = insert_products(ctx.db, 300)
    model = _loaded_model(qtbot, ctx)
    resets, changed = [], []
    model.modelReset.connect(lambda: resets.append(1))
    model.dataChanged.connect(lambda a, b, roles=(): changed.append((a.row(), b.row())))
    summary = svc.update_product(ctx.db, ids[5], title="Product 000005 renamed")
    model.apply_changes(summary)
    qtbot.waitUntil(lambda: _title(model, 5) == "Product 000005 renamed", timeout=10000)
    assert resets == [] and changed == [(5, 5)]

    # rows that came in: counted again without a reset, the scroll position stays
    new = insert_products(ctx.db, 5, start=300, prefix="Zebra")
    with qtbot.waitSignal(model.loaded, timeout=10000):
        model.apply_changes(ChangeSummary(created=tuple(new)))
    assert model.rowCount() == 305 and resets == []


def test_thumbnails_load_off_the_gui_thread(qtbot, ctx, images):
    from ui.catalog.thumbnails import ThumbnailLoader

    insert_products(ctx.db, 20, image_dir=images)
    loader = ThumbnailLoader(40)
    model = _loaded_model(qtbot, ctx, loader)
    first = model.data(model.index(0, 0), Qt.ItemDataRole.DecorationRole)  # placeholder while loading
    assert first.width() == 40
    path = model.summary(0).thumbnail
    qtbot.waitUntil(lambda: loader.cached(path) is not None, timeout=10000)
    pm = model.data(model.index(0, 0), Qt.ItemDataRole.DecorationRole)
    color = pm.toImage().pixelColor(pm.width() // 2, pm.height() // 2)
    assert (color.red(), color.green(), color.blue()) == (221, 51, 51)  # img0.png is #d33
    assert pm.cacheKey() != first.cacheKey()
    # products without an image get the "no image" placeholder, never a load
    no_image = model.data(model.index(1, 0), Qt.ItemDataRole.DecorationRole)
    assert no_image.cacheKey() != pm.cacheKey()
    loader.shutdown()


def test_pages_scrolled_out_of_view_are_skipped(qtbot, ctx):
    """A fast drag over the scroll bar queues many pages; those out of view by their turn cost no query."""
    insert_products(ctx.db, 2000)
    model = _loaded_model(qtbot, ctx)
    model.set_visible_rows(1500, 1515)  # the view is at page 7 now
    with qtbot.waitSignal(model.page_skipped, timeout=10000) as skipped:
        assert model.summary(200) is None  # page 1 was asked for on the way down
    assert skipped.args == [1] and 1 not in model._pages and 1 not in model._pending
    with qtbot.waitSignal(model.page_loaded, timeout=10000) as loaded:
        assert model.summary(1510) is None
    assert loaded.args == [7] and _title(model, 1510) == "Product 001510"
    # a loaded page prefetches the next one (scrolling usually continues downwards)
    qtbot.waitUntil(lambda: 8 in model._pages, timeout=10000)
    model.set_visible_rows(0, 10)
    qtbot.waitUntil(lambda: model.summary(200) is not None, timeout=10000)  # page 1 is wanted again
    model.set_visible_rows(0, 10)
    with qtbot.waitSignal(model.page_loaded, timeout=10000) as loaded:
        model.ensure_row(1900)  # asked for explicitly: read even though it is off screen
    assert loaded.args == [9]
