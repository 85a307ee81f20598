"""Product pickers (issue 19): Video and Mockups reach every product (a search box over a first page, not the
first 500/1,000 only), and every picker shows product thumbnails loaded off the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from tests.ui.catalog.conftest import insert_products
from ui.catalog import thumbnails


def _images(tmp_path):
    d = tmp_path / "imgs"
    d.mkdir()
    for i in range(4):
        img = QImage(64, 64, QImage.Format.Format_RGB32)
        img.fill(Qt.GlobalColor.red if i % 2 else Qt.GlobalColor.blue)
        img.save(str(d / f"img{i}.png"))
    return d


def test_video_lists_a_page_and_the_search_reaches_the_rest(qtbot, ctx, monkeypatch, tmp_path):
    from ui.sections import video

    monkeypatch.setattr(video, "PRODUCT_LIMIT", 5)
    insert_products(ctx.db, 12, image_dir=_images(tmp_path))
    view = video.VideoView(ctx)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.products.count() == 5, timeout=15000)
    assert not view.more_label.isHidden() and "5 of 12" in view.more_label.text()
    listed = {view.products.item(i).data(Qt.ItemDataRole.UserRole) for i in range(5)}
    assert "p-000011" not in listed
    view.products.item(0).setCheckState(Qt.CheckState.Checked)
    first = view.products.item(0).data(Qt.ItemDataRole.UserRole)
    view.search.setText("p-000011")
    qtbot.waitUntil(lambda: view.products.count() == 1, timeout=15000)
    assert view.products.item(0).data(Qt.ItemDataRole.UserRole) == "p-000011" and view.more_label.isHidden()
    view.products.item(0).setCheckState(Qt.CheckState.Checked)
    assert view.checked_handles() == [first, "p-000011"]  # a check survives the search
    # thumbnails: a placeholder first, the product's image once loaded off the GUI thread
    from studio.services import catalog

    path = catalog.list_products(ctx.db, 0, 1, "p-000010")[0].thumbnail
    assert path
    view.search.setText("p-000010")
    qtbot.waitUntil(lambda: view.products.count() == 1
                    and view.products.item(0).data(Qt.ItemDataRole.UserRole) == "p-000010", timeout=15000)
    loader = thumbnails.shared()
    qtbot.waitUntil(lambda: loader.cached(path) is not None, timeout=10000)
    qtbot.waitUntil(lambda: view.products.item(0).icon().pixmap(32, 32).toImage().pixelColor(16, 16)
                    == loader.cached(path).toImage().pixelColor(16, 16), timeout=10000)


def test_mockups_search_reaches_the_rest_and_shows_thumbnails(qtbot, ctx, monkeypatch, tmp_path):
    from ui.mockups import view as mview

    monkeypatch.setattr(mview, "PRODUCT_LIMIT", 4)
    insert_products(ctx.db, 9, image_dir=_images(tmp_path))
    v = mview.MockupsView(ctx)
    qtbot.addWidget(v)
    qtbot.waitUntil(lambda: v.products.rowCount() == 4, timeout=15000)
    assert not v.more_label.isHidden() and "4 of 9" in v.more_label.text()
    v.search.setText("Product 000008")
    qtbot.waitUntil(lambda: v.products.rowCount() == 1, timeout=15000)
    row = v.products.rows()[0]
    assert row.handle == "p-000008" and row.thumbnail
    loader = thumbnails.shared()
    v.products.data(v.products.index(0, 0), Qt.ItemDataRole.DecorationRole)  # asks for it
    qtbot.waitUntil(lambda: loader.cached(row.thumbnail) is not None, timeout=10000)
    pm = v.products.data(v.products.index(0, 0), Qt.ItemDataRole.DecorationRole)
    assert pm.toImage().pixelColor(16, 16) == loader.cached(row.thumbnail).toImage().pixelColor(16, 16)


def test_a_product_without_an_image_gets_the_placeholder(qtbot, ctx):
    from studio.domain import ProductSummary  # noqa: F401 - the rows the pickers show
    from ui.models import ProductListModel

    insert_products(ctx.db, 1)
    from studio.services import catalog

    model = ProductListModel(None)
    model.set_rows(catalog.list_products(ctx.db, 0, 10))
    pm = model.data(model.index(0, 0), Qt.ItemDataRole.DecorationRole)
    assert pm is not None and not pm.isNull()
    assert pm.toImage() == thumbnails.placeholder(thumbnails.PICKER_SIZE, "none").toImage()


def test_livestream_search_runs_off_the_gui_thread(qtbot, ctx, monkeypatch):
    import threading

    from studio.services import catalog
    from ui.sections.livestream import LivestreamView

    insert_products(ctx.db, 3)
    threads: list[str] = []
    real = catalog.list_products

    def spy(*a, **kw):
        threads.append(threading.current_thread().name)
        return real(*a, **kw)

    monkeypatch.setattr(catalog, "list_products", spy)
    view = LivestreamView(ctx)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.found.count() == 3, timeout=15000)
    view.search.setText("Product 000002")
    qtbot.waitUntil(lambda: view.found.count() == 1, timeout=15000)
    assert threads and threading.main_thread().name not in threads
