"""Found in the s21 walkthrough of the real app at 1366×768 (Xvfb + openbox): Review › Findings gave the finding's
own text ~35 px once a row read "Warning · model-suggested" (the findings sat beside the source facts), and Video's
product list read one word a line ("Cera… Bud Vase") beside the scene table. Every section's lists and tables keep
a readable text column (``ui.widgets.fit.cramped_views``: a table's stretched column or a list's text beside its
icons at least ``READABLE_PX``), in English and in Arabic (right to left)."""

from __future__ import annotations

import pytest

from studio.services import sample
from ui.widgets.fit import READABLE_PX, cramped_views


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_every_section_keeps_a_readable_text_column_at_1366x768(qtbot, ctx, lang):
    from ui.screenshots import open_window, set_language, settle

    sample.import_sample(ctx.db)
    set_language(lang)
    try:
        win = open_window(ctx, (1366, 768))
        qtbot.addWidget(win)
        qtbot.waitExposed(win)
        found: list[str] = []
        for section in win.sections:
            view = win.show_section(section.id)
            if section.id == "review":  # a finding as the walkthrough saw it (a model's suggestion, a long rule id)
                view.findings.set_rows([("Warning\nmodel-suggested", "generation.fact-untranslated",
                                         "Natural rubber base is kept in the source language", "Description (HTML)")])
            settle(lambda cond, timeout=10.0: qtbot.waitUntil(cond, timeout=int(timeout * 1000)), 200)
            found += [f"{section.id}: {line}" for line in cramped_views(win)]
        assert not found, "\n".join(found)
    finally:
        set_language("en")


def test_cramped_views_finds_a_squeezed_stretch_column(qtbot):
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QHeaderView, QTableView

    model = QStandardItemModel(1, 3)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    view.resize(300, 200)
    view.setColumnWidth(0, 120)
    view.setColumnWidth(2, 120)
    view.show()
    qtbot.waitExposed(view)
    assert view.columnWidth(1) < READABLE_PX
    assert len(cramped_views(view)) == 1
    view.resize(600, 200)
    qtbot.waitUntil(lambda: view.columnWidth(1) >= READABLE_PX)
    assert cramped_views(view) == []


def test_a_price_without_currency_reads_whole_in_the_catalog(qtbot, ctx, window):
    """s21: a price the file named no currency for read "349 (no curren…" at 1366×768."""
    from decimal import Decimal

    from PySide6.QtCore import Qt

    from ui.catalog.models import format_money

    sample.import_sample(ctx.db)
    window.show_section("catalog")
    view = window.section_widget("catalog")
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=15000)
    col = next(c for c in range(view.model.columnCount())
               if view.model.headerData(c, Qt.Orientation.Horizontal) == "Price")
    need = view.table.fontMetrics().horizontalAdvance(format_money(Decimal("9999.9"), None))
    assert view.table.columnWidth(col) >= need + 8, (view.table.columnWidth(col), need)
