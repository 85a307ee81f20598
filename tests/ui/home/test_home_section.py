"""The Home section: first in the sidebar and where the app opens, its counts, and buttons and coverage cells
that open the right section on the right product and market."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from tests.integration.home.test_home_service import seed
from ui.app import MainWindow


def _window(qtbot, ctx) -> MainWindow:
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    return w


def _home(qtbot, w):
    view = w.section_widget("home")
    qtbot.waitUntil(lambda: view.summary is not None, timeout=15000)
    return view


def test_home_is_first_and_the_app_opens_on_it(qtbot, ctx):
    w = _window(qtbot, ctx)
    assert w.sections[0].id == "home"
    view = _home(qtbot, w)
    assert w.stack.currentWidget() is view
    # an empty catalog says what to do next, with the buttons for it
    assert view.empty.isVisible() and view.import_button.isVisible() and view.sample_button.isVisible()
    assert not view.coverage_box.isVisible()
    assert view.findChild(type(view.import_button), "HomeConnect") is not None  # no accounts: Connect
    assert view.findChild(type(view.import_button), "HomeGenerate") is not None  # no drafts: Generate
    w.close()


def test_home_shows_the_counts(qtbot, ctx):
    seed(ctx.db)
    w = _window(qtbot, ctx)
    view = _home(qtbot, w)
    s = view.summary
    assert not view.empty.isVisible()
    assert view.review.count.text() == "3"
    assert view.errors.count.text() == "1"
    assert view.failed.count.text() == "1" and "render the video again, then Retry" in \
        " ".join(lbl.text() for lbl in view.failed.findChildren(QLabel))
    assert view.due.count.text() == str(s.posts_due_today)
    names = {b.objectName() for b in view.review.buttons}
    assert names == {"HomeReview-de-DE", "HomeReview-fr-FR"}
    assert any(b.objectName() == "HomeAccount-brand-x-reconnect" for b in view.accounts.buttons)
    assert {b.objectName() for b in view.catalog.buttons} == {"HomeMissingImages", "HomeMissingFacts"}
    w.close()


def test_a_button_opens_the_section_on_the_product(qtbot, ctx):
    ids = seed(ctx.db)
    w = _window(qtbot, ctx)
    view = _home(qtbot, w)
    (button,) = [b for b in view.errors.buttons if b.objectName().startswith("HomeErrorDraft-")]
    button.click()  # the mug's de-DE Instagram caption has an error finding: the review queue opens on it
    review = w.section_widget("review")
    assert w.stack.currentWidget() is review
    qtbot.waitUntil(lambda: review.detail is not None, timeout=15000)
    row = review.current_row()
    assert (row.product_id, row.market, row.kind, row.target) == (ids["mug"], "de-DE", "caption", "instagram")
    assert review.errors.currentData() is True and review.status.currentData() == "awaiting"
    assert all(r.errors for r in review.model.rows())  # pre-filtered: drafts with errors
    # "Open in Content" from the queue goes on to Content on that slot
    review.content_button.click()
    content = w.section_widget("content")
    assert w.stack.currentWidget() is content
    qtbot.waitUntil(lambda: content.product_id == ids["mug"]
                    and content.product_view.currentIndex().isValid(), timeout=15000)
    assert content.products.product_id(content.product_view.currentIndex().row()) == ids["mug"]
    assert content.market_tabs.tabText(content.market_tabs.currentIndex()) == "de-DE"
    assert content.kind.currentText() == "caption" and content.target.currentText() == "instagram"
    # an awaiting-review market row opens the queue filtered to that market
    w.show_section("home")
    next(b for b in view.review.buttons if b.objectName() == "HomeReview-de-DE").click()
    qtbot.waitUntil(lambda: w.stack.currentWidget() is review and review.market.currentData() == "de-DE"
                    and review.rows_loaded and review.model.rowCount() > 0
                    and {r.market for r in review.model.rows()} == {"de-DE"}, timeout=15000)
    assert review.errors.currentData() is None
    # the missing-images button opens the Catalog with that product selected
    w.show_section("home")
    next(b for b in view.catalog.buttons if b.objectName() == "HomeMissingImages").click()
    catalog = w.section_widget("catalog")
    assert w.stack.currentWidget() is catalog
    qtbot.waitUntil(lambda: catalog.detail.product_id == ids["lamp"], timeout=15000)
    assert catalog.missing_images.isChecked()  # filtered to the products Home counted
    qtbot.waitUntil(lambda: catalog.model.rowCount() == 2, timeout=15000)
    w.close()


def test_coverage_matrix_pages_and_opens_the_cell(qtbot, ctx, qtmodeltester):
    ids = seed(ctx.db)
    ctx.settings.set("content.markets", ["de-DE", "fr-FR"])
    w = _window(qtbot, ctx)
    view = _home(qtbot, w)
    qtbot.waitUntil(lambda: view.page is not None and view.matrix_model.rowCount() == 4, timeout=15000)
    qtmodeltester.check(view.matrix_model)
    model = view.matrix_model
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())] == \
        ["Product", "de-DE", "fr-FR"]
    row = next(i for i in range(4) if model.row(i).handle == "mug")
    idx = model.index(row, 1)
    assert model.data(idx) == "L · V ·"
    assert "Approved listing copy: yes" in model.data(idx, Qt.ItemDataRole.ToolTipRole)
    assert view.page_label.text() == "1–4 of 4" and not view.next_button.isEnabled()
    # the mug in de-DE has its listing but no caption: a double-click opens Content on the caption
    view.matrix.doubleClicked.emit(idx)
    content = w.section_widget("content")
    assert w.stack.currentWidget() is content
    qtbot.waitUntil(lambda: content.product_id == ids["mug"] and content.product_view.currentIndex().isValid(),
                    timeout=15000)
    assert content.market_tabs.tabText(content.market_tabs.currentIndex()) == "de-DE"
    assert content.kind.currentText() == "caption"
    # the filter narrows the page
    w.show_section("home")
    with qtbot.waitSignal(view.coverage_loaded, timeout=15000):
        view.filter.setText("lamp")
    assert [model.row(i).handle for i in range(model.rowCount())] == ["lamp"]
    w.close()


def test_paging_over_many_products(qtbot, ctx):
    from tests.ui.catalog.conftest import insert_products
    from ui.home import view as home_view

    insert_products(ctx.db, home_view.PAGE_SIZE + 7)
    w = _window(qtbot, ctx)
    view = _home(qtbot, w)
    qtbot.waitUntil(lambda: view.page is not None, timeout=15000)
    assert view.matrix_model.rowCount() == home_view.PAGE_SIZE and view.next_button.isEnabled()
    with qtbot.waitSignal(view.coverage_loaded, timeout=15000):
        view.next_button.click()
    assert view.matrix_model.rowCount() == 7 and view.prev_button.isEnabled()
    assert view.page_label.text() == f"{home_view.PAGE_SIZE + 1}–{home_view.PAGE_SIZE + 7} of {home_view.PAGE_SIZE + 7}"
    w.close()


def test_open_on_calendar_selects_the_failed_post(qtbot, ctx):
    seed(ctx.db)
    w = _window(qtbot, ctx)
    view = _home(qtbot, w)
    (failed,) = view.summary.failed
    view.failed.buttons[0].click()
    cal = w.section_widget("calendar")
    assert w.stack.currentWidget() is cal
    qtbot.waitUntil(lambda: cal.list.currentIndex().isValid(), timeout=15000)
    assert cal.list_model.posts[cal.list.currentIndex().row()].id == failed.post_id
    w.close()


def test_running_lists_long_jobs_only():
    from ui.home.view import is_long_job

    assert is_long_job("render video") and is_long_job("batch generation") and is_long_job("Import: shop.csv")
    assert is_long_job("livestream kit") and is_long_job("Downloading images")
    assert not is_long_job("content: products") and not is_long_job("load calendar") and not is_long_job("home")


def test_markets_past_the_list_limit_are_named_with_a_way_to_them(qtbot, ctx):
    """Found in the s17 walkthrough: the card counted 8 drafts awaiting review but listed 5 markets (7 drafts);
    th-TH's draft had no row and no way to it. The markets past the limit are named, with *Review all*."""
    from studio.services import drafts, home
    from tests.support.gen_products import add_product

    pid = add_product(ctx.db, "tee-many")
    markets = ["de-DE", "fr-FR", "ja-JP", "ar-SA", "hi-IN", "th-TH", "es-ES"][:home.LIST_LIMIT + 2]
    for mk in markets:
        drafts.save_version(ctx.db, pid, mk, "caption", "instagram", {"text": "x"}, author="offline",
                            ai_generated=False)
    w = _window(qtbot, ctx)
    view = _home(qtbot, w)
    assert view.review.count.text() == str(len(markets))
    more = next(b for b in view.review.buttons if b.objectName() == "HomeReviewMore")
    label = " ".join(lbl.text() for lbl in view.review.findChildren(QLabel))
    shown = {b.objectName().removeprefix("HomeReview-") for b in view.review.buttons} - {"HomeReviewMore"}
    hidden = set(markets) - shown
    assert len(hidden) == 2 and "2 more markets: " in label and all(mk in label for mk in hidden)
    more.click()
    review = w.section_widget("review")
    qtbot.waitUntil(lambda: w.stack.currentWidget() is review and review.rows_loaded, timeout=30000)
    assert review.model.rowCount() == len(markets)  # every market, not one
    w.close()
