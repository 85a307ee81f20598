"""Insights tells "not reported" from zero (s15 UI leftovers, item 4): a rate the platform did not report has no
bar — "—" stands over its slot and the chart's note says what it means — while a real zero is a "0.0 %" bar; every
bar carries its rate. The Best times heat map has a legend: a colour strip from the lowest to the highest cell's
rate with both figures (right to left in Arabic) and a grey swatch for cells without a figure."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication

from studio.services import sample
from studio.services.insights_sample import load_sample


def test_an_unreported_rate_is_a_dash_and_a_zero_is_a_bar(qtbot):
    from ui.insights.charts import NO_FIGURE, RateBars

    chart = RateBars()
    qtbot.addWidget(chart.panel)
    chart.panel.show()
    chart.set(["a", "b", "c"], [0.339, None, 0.0])
    assert chart.labels == ["33.9 %", NO_FIGURE, "0.0 %"] and chart.missing == [1]
    heights = list(chart.bars.opts["height"])
    xs = list(chart.bars.opts["x"])
    assert xs == [0.0, 2.0] and [round(h, 1) for h in heights] == [33.9, 0.0]  # no bar at all in slot 1
    assert chart.note.isVisibleTo(chart.panel)
    assert chart.note.text() == "— = no engagement figure reported (not zero)"
    chart.set(["a", "b"], [0.1, 0.2])
    assert not chart.note.isVisibleTo(chart.panel) and chart.labels == ["10.0 %", "20.0 %"]


def _cells():
    return [{"weekday": d, "hour": h, "rate": 0.029 + 0.001 * (d * 24 + h) / 5.6, "posts": 5}
            for d in range(7) for h in (9, 12, 18)]


def test_the_heat_map_legend_reads_lowest_to_highest(qtbot):
    from ui.insights.charts import HeatMap

    heat = HeatMap()
    qtbot.addWidget(heat.panel)
    heat.panel.show()
    heat.set(_cells(), min_posts=3)
    lo, hi = heat.range
    assert heat.legend_low.text() == f"{lo:.1f} %" and heat.legend_high.text() == f"{hi:.1f} %" and lo < hi
    assert heat.legend_grey_note.text() == "fewer than 3 posts, or none: no figure"
    img = heat.legend_strip.pixmap().toImage()
    left, right = QColor(img.pixel(1, 5)), QColor(img.pixel(img.width() - 2, 5))
    assert left.lightness() < right.lightness()  # viridis: dark (lowest) on the left, yellow (highest) on the right
    assert heat.legend_low.x() < heat.legend_strip.x() < heat.legend_high.x()
    grey = QColor(heat.legend_grey.pixmap().toImage().pixel(2, 2))
    assert (grey.red(), grey.green(), grey.blue()) == (220, 220, 220)


def test_the_heat_map_legend_runs_right_to_left_in_arabic(qtbot):
    from ui.insights.charts import HeatMap

    QGuiApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        heat = HeatMap()
        qtbot.addWidget(heat.panel)
        heat.panel.show()
        heat.set(_cells(), min_posts=3)
        img = heat.legend_strip.pixmap().toImage()
        left, right = QColor(img.pixel(1, 5)), QColor(img.pixel(img.width() - 2, 5))
        assert left.lightness() > right.lightness()  # the lowest on the right
        assert heat.legend_high.x() < heat.legend_strip.x() < heat.legend_low.x()
    finally:
        QGuiApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_the_section_shows_rates_dashes_and_the_legend(qtbot, window, ctx):
    sample.import_sample(ctx.db)
    load_sample(ctx.db, products=2, now=datetime(2026, 11, 30, tzinfo=UTC))
    view = window.show_section("insights")
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=20000)
    shown = view.model.rows()[:12]
    expected = ["—" if r.engagement_rate.value is None else f"{r.engagement_rate.value * 100:.1f} %" for r in shown]
    assert view.rate_chart.labels == expected
    assert view.rate_chart.note.isVisibleTo(view) == ("—" in expected)
    qtbot.waitUntil(lambda: view.best is not None, timeout=20000)
    view.tabs.setCurrentIndex(1)
    assert view.best["shown"] and view.heat.legend.isVisibleTo(view)
    assert view.heat.legend_grey_note.text() == f"fewer than {view.best['min_cell']} posts, or none: no figure"
    assert view.heat.legend_low.text().endswith(" %") and view.heat.legend_high.text().endswith(" %")
