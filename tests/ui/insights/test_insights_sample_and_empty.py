"""Insights (walkthrough defects 2, 21, 22): the empty state says what to do, Load sample data asks first and
Remove sample data takes it out again, the sort arrow agrees with the rows, and the bars are labelled by
product, market and channel."""

from __future__ import annotations

from sqlalchemy import func, select

from studio.services import sample
from studio.storage import models as m
from ui.app import MainWindow
from ui.insights.view import ORDER_COLUMNS


def _counts(db) -> dict[str, int]:
    with db.session() as s:
        return {t.name: int(s.scalar(select(func.count()).select_from(t)) or 0) for t in m.Base.metadata.sorted_tables}


def _open(qtbot, w: MainWindow):
    view = w.show_section("insights")
    qtbot.waitUntil(lambda: view.summary.text() != "", timeout=20000)
    return view


def test_empty_state_says_what_to_do_and_import_names_the_columns(qtbot, window, ctx):
    view = _open(qtbot, window)
    assert view.page1.currentWidget() is view.empty and view.empty.isVisible()
    text = view.empty_label.text()
    assert "No published posts yet" in text and "Sync metrics" in text and "order_id" in text
    assert view.empty_import.isVisible() and view.empty_sync.isVisible() and view.empty_sample.isVisible()
    view.empty_import.click()
    qtbot.waitUntil(lambda: getattr(view, "import_dialog", None) is not None and view.import_dialog.isVisible(),
                    timeout=5000)
    hint = view.import_dialog.findChild(type(view.empty_label), "InsightsImportColumns")
    assert hint is not None and hint.text() == ORDER_COLUMNS and "utm_campaign" in hint.text()
    view.import_dialog.reject()


def test_sample_data_asks_first_is_labelled_and_removes_exactly_what_it_added(qtbot, window, ctx):
    sample.import_sample(ctx.db)
    view = _open(qtbot, window)
    before = _counts(ctx.db)  # after Insights' first read (it keeps its own refresh mark)
    view.sample_button.click()
    qtbot.waitUntil(lambda: getattr(view, "sample_box", None) is not None and view.sample_box.isVisible(),
                    timeout=20000)
    assert "sample-instagram" in view.sample_box.text() and "12 sample caption drafts" in view.sample_box.text()
    assert _counts(ctx.db) == before  # nothing written before the user says yes
    add = view.sample_box.findChild(type(view.sample_button), "InsightsSampleConfirmAdd")
    add.click()
    qtbot.waitUntil(lambda: view.model.rowCount() > 0 and view.remove_sample_button.isVisible(), timeout=120000)
    assert "sample data" in view.summary.text() and not view.sample_button.isVisible()
    assert view.page1.currentWidget() is not view.empty
    # the sort arrow and the rows agree; the bars carry product, market and channel in table order
    header = view.table.horizontalHeader()
    col = header.sortIndicatorSection()
    shown = [view.model.index(i, col).data() for i in range(view.model.rowCount())]
    key = sorted(shown, reverse=header.sortIndicatorOrder().value == 1)
    assert shown == key
    ticks = view.rate_chart.widget.getAxis("bottom")._tickLevels[0]
    first = view.model.rows()[0]
    assert first.product[:10] in ticks[0][1] and first.market in ticks[0][1] and first.channel in ticks[0][1]
    view.table.sortByColumn(0, view.table.horizontalHeader().sortIndicatorOrder().__class__.DescendingOrder)
    assert [r.product for r in view.model.rows()] == sorted((r.product for r in view.model.rows()), reverse=True)
    assert view.model.rows()[0].product[:10] in view.rate_chart.widget.getAxis("bottom")._tickLevels[0][0][1]
    with qtbot.waitSignal(view.loaded, timeout=60000):
        view.remove_sample_button.click()
    qtbot.waitUntil(lambda: _counts(ctx.db) == before, timeout=20000)
    qtbot.waitUntil(lambda: view.page1.currentWidget() is view.empty, timeout=20000)
