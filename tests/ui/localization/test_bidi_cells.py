"""Catalog text in the Arabic UI keeps its reading order: item views get the isolating delegate, which wraps a
right-to-left cell's text in a first-strong isolate (520 g stayed 'g 520' before), and leaves LTR cells alone."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QTableView, QWidget

from ui import bidi


def _shown_text(view: QTableView, row: int, col: int) -> str:
    option = QStyleOptionViewItem()
    option.initFrom(view)
    view.itemDelegate().initStyleOption(option, view.model().index(row, col))
    return option.text


def _view(qtbot, direction, keep: list) -> QTableView:
    root = QWidget()
    keep.append(root)
    qtbot.addWidget(root)
    root.setLayoutDirection(direction)
    view = QTableView(root)
    model = QStandardItemModel(view)
    model.appendRow([QStandardItem("weight"), QStandardItem("520 g")])
    model.appendRow([QStandardItem("ingredients"), QStandardItem("Pea protein\nsoy")])
    view.setModel(model)
    assert bidi.sweep(root) is root
    return view


def test_rtl_cells_are_first_strong_isolates(qtbot):
    keep: list = []
    view = _view(qtbot, Qt.LayoutDirection.RightToLeft, keep)
    assert isinstance(view.itemDelegate(), bidi.IsolatingDelegate)
    assert _shown_text(view, 0, 1) == "\u2068520 g\u2069"
    assert _shown_text(view, 1, 1) == "\u2068Pea protein\u2069\u2028\u2068soy\u2069"  # each line isolated
    assert view.model().index(0, 1).data() == "520 g"  # the data is unchanged


def test_ltr_cells_are_untouched_and_own_delegates_kept(qtbot):
    keep: list = []
    view = _view(qtbot, Qt.LayoutDirection.LeftToRight, keep)
    assert _shown_text(view, 0, 1) == "520 g"

    class Mine(QStyledItemDelegate):
        pass

    other = QTableView()
    qtbot.addWidget(other)
    mine = Mine(other)
    other.setItemDelegate(mine)
    bidi.sweep(other)
    assert other.itemDelegate() is mine


def test_sections_get_the_isolating_delegate(qtbot, ctx):
    from ui.app import MainWindow

    w = MainWindow(ctx)
    qtbot.addWidget(w)
    catalog = w.section_widget("catalog")
    views = [v for v in catalog.findChildren(QTableView) if v.model() is not None]
    assert views and any(isinstance(v.itemDelegate(), bidi.IsolatingDelegate) for v in views)
    w.close()
