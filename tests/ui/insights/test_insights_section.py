"""The Insights section: registered in the sidebar, the table with sample sizes, best times shown only above the
minimum, the variant verdict, "Write the next variant", "Import orders…" and "Export…" — all off the GUI thread."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from studio.services import sample
from studio.services.insights_sample import load_sample

SHOPIFY = Path(__file__).resolve().parents[2] / "data" / "real" / "orders" / "shopify_orders_export_devstore.csv"
WOO = SHOPIFY.with_name("woocommerce_advanced_order_export_header.csv")


def _open(qtbot, w):
    assert "insights" in [s.id for s in w.sections]
    view = w.show_section("insights")
    qtbot.waitUntil(lambda: view.summary.text() != "", timeout=20000)
    return view


def test_empty_insights_offers_sample_data_and_says_what_is_missing(qtbot, window, ctx):
    view = _open(qtbot, window)
    assert view.sample_button.isVisible()
    assert view.model.rowCount() == 0
    assert "No posted drafts" in view.verdict.text()
    assert not view.next_button.isEnabled()


def test_table_best_times_variants_and_next_variant(qtbot, window, ctx, qtmodeltester):
    sample.import_sample(ctx.db)
    load_sample(ctx.db, products=2, now=datetime(2026, 11, 30, tzinfo=UTC))
    view = _open(qtbot, window)
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=20000)
    qtmodeltester.check(view.model)
    assert view.model.rowCount() == 2 * 2 * 2  # products × markets × channels
    row = view.rows[0]
    cells = [view.model.index(0, c).data() for c in range(view.model.columnCount())]
    assert f"(n={row.views.n})" in cells[4] and f"(n={row.engagement_rate.n})" in cells[5]
    assert "sample data" in view.summary.text()
    assert len(view.rate_chart.values) == view.model.rowCount()
    # best times: the sample accounts have 60 posts each, above the minimum of 20
    qtbot.waitUntil(lambda: view.best is not None, timeout=20000)
    assert view.best["shown"] and view.heat.grid.shape == (24, 7)
    assert "bootstrap" in view.best_label.text()
    # variants: two versions per draft; the verdict names the test
    qtbot.waitUntil(lambda: view.comparison is not None, timeout=20000)
    assert "Mann-Whitney" in view.verdict.text() or "too few posts" in view.verdict.text()
    assert view.next_button.isEnabled()
    before = view.comparison["draft_id"]
    seen = []  # the new version is announced: Review and Content show it without a restart
    ctx.bus.changed_by.connect(lambda summary, _by: seen.append((summary.entity, summary.updated)))
    with qtbot.waitSignal(view.variant_written, timeout=60000):
        view.next_button.click()
    assert view.next_result.draft_id == before and view.next_result.new_version == 3
    qtbot.waitUntil(lambda: ("draft", (before,)) in seen, timeout=5000)
    assert "angle kept" in view.next_text.toPlainText()


def test_import_orders_and_export_from_the_section(qtbot, window, ctx, tmp_path):
    view = _open(qtbot, window)
    with qtbot.waitSignal(view.loaded, timeout=30000):
        view.import_orders(str(SHOPIFY))
    assert view.last_report.lines == 40 and "Billing Name" in view.last_report.dropped_columns
    assert "40 order lines" in view.summary.text()
    # export needs a market: with none chosen it says so and writes nothing
    sample.import_sample(ctx.db)
    load_sample(ctx.db, products=1, now=datetime(2026, 11, 30, tzinfo=UTC))
    with qtbot.waitSignal(view.loaded, timeout=30000):
        view.reload()
    view.market_combo.setCurrentIndex(view.market_combo.findData("de-DE"))
    with qtbot.waitSignal(view.loaded, timeout=30000):
        view.reload()
    out = tmp_path / "report"
    view.export(str(out))
    qtbot.waitUntil(lambda: hasattr(view, "last_export"), timeout=30000)
    assert (out / "insights-de-DE.csv").is_file() and (out / "insights-de-DE.pdf").is_file()


def test_product_detail_has_an_insights_tab(qtbot, window, ctx):
    sample.import_sample(ctx.db)
    load_sample(ctx.db, products=1, now=datetime(2026, 11, 30, tzinfo=UTC))
    from ui.insights.product_panel import ProductInsightsPanel

    panel = ProductInsightsPanel(ctx)
    qtbot.addWidget(panel)
    panel.show()
    panel.set_product(1)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 4, timeout=20000)
    assert "published posts" in panel.label.text()


def test_sync_metrics_button_runs_the_sync_and_refreshes(qtbot, window, ctx):
    view = _open(qtbot, window)
    assert view.sync_button.isVisible()
    with qtbot.waitSignal(view.loaded, timeout=60000):
        view.sync_button.click()  # no published posts: the sync has nothing to fetch and ends; Insights reloads
    qtbot.waitUntil(lambda: view.sync_button.isEnabled(), timeout=30000)


def test_refused_rows_then_import_the_valid_rows(qtbot, window, ctx):
    view = _open(qtbot, window)
    with qtbot.waitSignal(view.loaded, timeout=30000):
        view.import_orders(str(WOO))
    assert view.last_report.status == "refused" and view.last_report.lines == 0
    box = view.import_report_box
    assert "woocommerce_advanced_order_export_header.csv:6" in box.text()
    button = box.findChild(type(view.import_button), "InsightsImportValidRows")
    with qtbot.waitSignal(view.loaded, timeout=30000):
        button.click()
    assert view.last_report.status == "committed" and view.last_report.lines == 4 and view.last_report.refused == 1
    # export without a market chosen says so (a non-modal box) and writes nothing
    view.market_combo.setCurrentIndex(0)
    view.export("/nonexistent-never-written")
    assert not hasattr(view, "last_export")
