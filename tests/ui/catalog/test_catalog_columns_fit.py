"""The Catalog table at 1366×768 in English and Arabic: every column is inside the table (the last one — Status,
on the left in Arabic — was cut at the edge, and the Price column cut a price with its currency code); the title
column gives and takes the room."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from studio.services import sample
from ui.catalog.models import format_money


@pytest.fixture(params=["en", "ar"])
def language(request):
    from ui import i18n, startup

    i18n.set_language(request.param)
    startup.apply_locale(request.param)
    if request.param == "ar":
        QApplication.instance().setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    yield request.param
    i18n.set_language("en")
    startup.apply_locale("en")
    QApplication.instance().setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_every_column_fits_and_a_price_is_whole(language, qtbot, ctx, window):
    sample.import_sample(ctx.db)
    window.show_section("catalog")
    view = window.section_widget("catalog")
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=15000)
    table = view.table
    qtbot.waitUntil(lambda: table.horizontalScrollBar().maximum() == 0, timeout=5000)  # nothing past the edge
    price = table.fontMetrics().horizontalAdvance(format_money(Decimal("12345.50"), "EUR"))
    assert table.columnWidth(6) >= price + 12  # the cell's margins: "12,345.50 EUR" is not elided
    assert table.columnWidth(1) >= 100  # the title keeps a readable width
