"""Found in the s18 walkthrough of the real app at 1366×768 (en and ar): the Catalog's Title column was the narrowest
("Ceramic Bud V…"), Review's Product column read "Cera…", Content's Kind and Target boxes were squeezed
("Livestream l", "Own webs") and its writer label wrapped onto three to five lines, Settings › Accounts showed the
"Graph API version" label without its control, the Arabic Calendar's date/time field read "30:10 04-12-2026" for
10:30 on 4 December, and Settings' file paths read "tmp/…/markets.json/" in Arabic."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QApplication

from studio.services import sample


@pytest.fixture
def arabic(qapp):
    from ui import i18n, startup

    i18n.set_language("ar")
    startup.apply_locale("ar")
    QApplication.instance().setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    yield
    i18n.set_language("en")
    startup.apply_locale("en")
    QApplication.instance().setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_catalog_title_gets_the_room_and_the_handle_steps_aside(qtbot, ctx, window):
    sample.import_sample(ctx.db)
    window.show_section("catalog")
    view = window.section_widget("catalog")
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=15000)
    table = view.table
    qtbot.waitUntil(lambda: table.columnWidth(1) >= table.TITLE_MIN, timeout=5000)
    assert table.isColumnHidden(2)  # the handle, at 1366 px with the detail panel open
    tip = view.model.data(view.model.index(0, 1), Qt.ItemDataRole.ToolTipRole)
    assert view.model.data(view.model.index(0, 2)) in tip  # the hidden handle is in the title's tooltip
    window.resize(2400, 1000)  # room again: the handle comes back
    qtbot.waitUntil(lambda: not table.isColumnHidden(2), timeout=5000)


def test_review_product_gets_the_status_columns_room(qtbot, ctx, window):
    from ui.review.view import QueueTable

    window.show_section("review")
    view = window.section_widget("review")
    table = view.table
    assert isinstance(table, QueueTable)
    qtbot.waitUntil(lambda: table.isColumnHidden(QueueTable.STATUS), timeout=5000)  # 1366 px
    window.resize(2400, 1000)
    qtbot.waitUntil(lambda: not table.isColumnHidden(QueueTable.STATUS), timeout=5000)


def test_content_pickers_are_never_squeezed_and_the_writer_label_sits_by_the_tabs(qtbot, ctx, window):
    from tests.support.gen_products import add_product

    add_product(ctx.db, "linen-tee")
    window.show_section("content")
    view = window.section_widget("content")
    qtbot.waitUntil(lambda: view.kind.count() > 0, timeout=10000)
    view.kind.setCurrentText("kit")
    for combo in (view.kind, view.target):
        label = combo.itemText(combo.currentIndex())
        assert combo.width() >= combo.fontMetrics().horizontalAdvance(label) + 20, label
    assert view.provider_label.height() <= view.provider_label.fontMetrics().lineSpacing() * 2 + 8


def test_graph_api_label_only_with_its_control(qtbot, ctx, tmp_path):
    from studio.services import accounts
    from tests.ui.channels.test_accounts_page import page_for

    accounts.add_account(ctx.db, "folder", "Shop folder", base_url=str(tmp_path / "posts"))
    page = page_for(ctx, qtbot)
    page.show()
    qtbot.waitUntil(lambda: page.table.model().rowCount() == 1, timeout=10000)
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: "Shop folder" in page.detail_title.text(), timeout=10000)
    assert page.graph_row.isHidden() and page.graph_label.isHidden()


def test_arabic_calendar_stamp_reads_left_to_right(arabic, qtbot, ctx):
    from ui.calendar.view import CalendarView

    view = CalendarView(ctx)
    qtbot.addWidget(view)
    view.when_edit.setDateTime(QDateTime(2026, 12, 4, 10, 30, 0))
    text = view.when_edit.text()
    assert text.translate(str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")) == "2026-12-04 10:30", text


def test_arabic_settings_paths_are_isolated(arabic, qtbot, ctx):
    from ui.settings_pages.general import GeneralPage

    page = GeneralPage(ctx)
    qtbot.addWidget(page)
    assert "\u2068/" in page.paths.text() and "\u2069" in page.paths.text()
