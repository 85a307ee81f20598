"""In a left-to-right UI a cell whose text starts right to left (an Arabic product title, even after emoji) is laid
out right to left, so Qt elides it at its own end — on the left — instead of cutting its last words under a "…"
drawn on the right of the Arabic. Latin text keeps the view's direction; right-to-left views keep the isolates."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyleOptionViewItem, QTableWidget, QTableWidgetItem

from ui import bidi

ARABIC = "🌿🌿 تيشيرت من الكتان Nordhem الأفضل للصيف والشتاء والربيع"
LATIN = "Ceramic Bud Vase with a very long title that goes on"


def _option(table: QTableWidget, row: int) -> QStyleOptionViewItem:
    option = QStyleOptionViewItem()
    option.initFrom(table.viewport())
    table.itemDelegate().initStyleOption(option, table.model().index(row, 0))
    return option


def test_first_strong_direction():
    assert bidi.first_strong_rtl(ARABIC) and bidi.first_strong_rtl("١٢ قطعة")
    assert not bidi.first_strong_rtl(LATIN) and not bidi.first_strong_rtl("100% Nordhem كتان")
    assert not bidi.first_strong_rtl("") and not bidi.first_strong_rtl("123 …")


def test_arabic_cells_are_right_to_left_in_a_left_to_right_view(qtbot):
    table = QTableWidget(2, 1)
    qtbot.addWidget(table)
    table.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    table.setItem(0, 0, QTableWidgetItem(ARABIC))
    table.setItem(1, 0, QTableWidgetItem(LATIN))
    bidi.sweep(table)
    arabic, latin = _option(table, 0), _option(table, 1)
    assert arabic.direction == Qt.LayoutDirection.RightToLeft and arabic.text == ARABIC
    assert latin.direction == Qt.LayoutDirection.LeftToRight and latin.text == LATIN


def test_right_to_left_views_still_isolate_each_text(qtbot):
    table = QTableWidget(1, 1)
    qtbot.addWidget(table)
    table.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    table.setItem(0, 0, QTableWidgetItem(LATIN))
    bidi.sweep(table)
    option = _option(table, 0)
    assert option.direction == Qt.LayoutDirection.RightToLeft and option.text == bidi.isolate(LATIN)
