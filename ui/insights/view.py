"""Insights (issue 20 item 3): what was posted, how it did, what sold — and the next variant from the winner.

Three tabs over ``studio.services.insights`` (every read and write through ``ui.ops.Op``; the GUI thread never
waits on the database or a file):

- **Products × markets × channels** — posts, views, engagement rate, clicks, orders via UTM and revenue, and
  correlation orders, each with its sample size (n posts; the views behind a rate), and a bar chart of the rates.
- **Best times** — an account's weekday × hour heat map from its own posts, shown only above the minimum, with
  the best cells' 95 % bootstrap intervals and the method in words.
- **Variants** — two versions of a draft on its channel: the Mann-Whitney verdict (beyond noise or not), a chart
  of the mean rates with Wilson intervals, and "Write the next variant" (a new version that keeps the winner's
  angle, through the generation service).

"Import orders…" reads a Shopify/WooCommerce/CSV order export (personal data dropped as read; the report says
which columns); "Export…" writes the market's CSV and one-page PDF into a folder the user picks.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from studio.domain import ChangeSummary
from studio.services import insights
from studio.services.insights import SliceRow
from studio.services.insights_sample import describe, is_sample_account
from ui import plain
from ui.i18n import N_, tr
from ui.insights.charts import HeatMap, RateBars
from ui.models import RIGHT, Column, RowModel
from ui.ops import Op, message_of
from ui.widgets import files
from ui.widgets.fit import ElidedLabel

CHANNELS = ("tiktok", "instagram", "facebook", "youtube", "x", "pinterest", "threads")


def _n(value: Any, n: int, fmt: str = "{:,}") -> str:
    return f"— (n={n})" if value is None else f"{fmt.format(value)} (n={n})"


def _money(d: dict[str, str]) -> str:
    return "; ".join(f"{v} {k}" for k, v in sorted(d.items())) or "0"


#: what an orders file must hold (``studio.importers.orders.missing_fields``), in words for the user
ORDER_COLUMNS = N_("A Shopify or WooCommerce order export as downloaded, or a CSV with the columns order_id, "
                   "ordered_at (date and time), sku or item_name, revenue or unit_price; optional: quantity, "
                   "currency, status, country, utm_source, utm_medium, utm_campaign, utm_content or landing_site. "
                   "Names, e-mails, phones and addresses are dropped as the file is read.")


def chart_label(r: SliceRow) -> str:
    """A bar's label: product · market · channel, short enough to sit under a bar."""
    product = str(r.product)
    if len(product) > 14:
        product = product[:13] + "…"
    return f"{product}\n{r.market} · {r.channel}"


SLICE_COLUMNS = (
    Column(N_("Product"), lambda r: r.product, tip=lambda r: r.title),
    Column(N_("Market"), lambda r: r.market),
    Column(N_("Channel"), lambda r: r.channel),
    Column(N_("Posts"), lambda r: r.posts, align=RIGHT),
    Column(N_("Views (n)"), lambda r: _n(r.views.value, r.views.n), align=RIGHT,
           sort_key=lambda r: r.views.value or 0),
    Column(N_("Engagement (n; views)"),
           lambda r: _n(r.engagement_rate.value, r.engagement_rate.n, "{:.2%}")
           + (f"; {r.engagement_rate.base:,}" if r.engagement_rate.base else ""), align=RIGHT,
           sort_key=lambda r: r.engagement_rate.value or 0,
           header_tip=N_("Engagements ÷ views over the posts that reported both; n = those posts")),
    Column(N_("Clicks (n)"), lambda r: _n(r.clicks.value, r.clicks.n), align=RIGHT,
           sort_key=lambda r: r.clicks.value or 0),
    Column(N_("Orders via UTM (n)"), lambda r: _n(r.orders.value, r.orders.n), align=RIGHT,
           sort_key=lambda r: r.orders.value or 0,
           header_tip=N_("Orders whose UTM tags match the post's shop link; n = posts with such a link")),
    Column(N_("Revenue via UTM"), lambda r: _money(r.revenue)),
    Column(N_("Correlation orders (n)"), lambda r: _n(r.corr_orders.value, r.corr_orders.n), align=RIGHT,
           sort_key=lambda r: r.corr_orders.value or 0,
           header_tip=N_("Orders of the product in the 72 h after posts without a UTM link: correlation, "
                         "not attribution; n = those posts")),
    Column(N_("Correlation revenue"), lambda r: _money(r.corr_revenue)),
)


class InsightsView(QWidget):
    """The Insights section."""

    status_message = Signal(str)
    loaded = Signal()  # the table was shown
    best_times_loaded = Signal()
    variants_loaded = Signal()
    variant_written = Signal()

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[SliceRow] = []
        self.best: dict[str, Any] | None = None
        self.comparison: dict[str, Any] | None = None
        self.next_result: Any = None

        outer = QVBoxLayout(self)
        head = QHBoxLayout()
        title = QLabel(tr("Insights"))
        f = title.font()
        f.setPointSizeF(f.pointSizeF() * 1.4)
        f.setBold(True)
        title.setFont(f)
        self.summary = ElidedLabel("", lines=2)
        self.summary.setObjectName("InsightsSummary")
        self.refresh_button = QPushButton(tr("Refresh"))
        self.refresh_button.setObjectName("InsightsRefresh")
        self.refresh_button.clicked.connect(self.reload)
        self.import_button = QPushButton(tr("Import orders…"))
        self.import_button.setObjectName("InsightsImportOrders")
        self.import_button.setToolTip(tr("Shopify or WooCommerce order export, or a CSV; names, e-mails, phones and "
                                         "addresses are dropped as the file is read"))
        self.import_button.clicked.connect(self.import_orders)
        self.export_button = QPushButton(tr("Export…"))
        self.export_button.setObjectName("InsightsExport")
        self.export_button.setToolTip(tr("CSV and a one-page PDF report for the market chosen in the filter"))
        self.export_button.clicked.connect(self.export)
        self.sync_button = QPushButton(tr("Sync metrics"))
        self.sync_button.setObjectName("InsightsSyncMetrics")
        self.sync_button.setToolTip(tr("Fetch every published post's numbers from its platform (background, "
                                       "with progress and Cancel); Insights refreshes when it ends"))
        self.sync_button.clicked.connect(self.sync_metrics)
        self.sample_button = QPushButton(tr("Load sample data…"))
        self.sample_button.setObjectName("InsightsSample")
        self.sample_button.setToolTip(tr("Sample posts, metrics and orders on two sample accounts, to look around; "
                                         "asks first, and Remove sample data takes them out again"))
        self.sample_button.clicked.connect(self.ask_load_sample)
        self.sample_button.hide()
        self.remove_sample_button = QPushButton(tr("Remove sample data"))
        self.remove_sample_button.setObjectName("InsightsRemoveSample")
        self.remove_sample_button.setToolTip(tr("Delete the sample accounts, posts, drafts and orders — exactly what "
                                                "Load sample data added; your own data stays"))
        self.remove_sample_button.clicked.connect(self.remove_sample)
        self.remove_sample_button.hide()
        self.has_sample = False
        head.addWidget(title)
        head.addWidget(self.summary, 1)
        for b in (self.sample_button, self.remove_sample_button, self.sync_button, self.import_button, self.export_button, self.refresh_button):
            head.addWidget(b)
        outer.addLayout(head)

        filters = QHBoxLayout()
        self.product_edit = QLineEdit()
        self.product_edit.setObjectName("InsightsProduct")
        self.product_edit.setPlaceholderText(tr("Product handle or SKU (all)"))
        self.product_edit.setClearButtonEnabled(True)
        self.product_edit.returnPressed.connect(self.reload)
        self.market_combo = QComboBox()
        self.market_combo.setObjectName("InsightsMarket")
        self.market_combo.addItem(tr("All markets"), None)
        self.channel_combo = QComboBox()
        self.channel_combo.setObjectName("InsightsChannel")
        self.channel_combo.addItem(tr("All channels"), None)
        for c in CHANNELS:
            self.channel_combo.addItem(c, c)
        self.market_combo.activated.connect(lambda _i: self.reload())
        self.channel_combo.activated.connect(lambda _i: self.reload())
        filters.addWidget(self.product_edit, 2)
        filters.addWidget(self.market_combo, 1)
        filters.addWidget(self.channel_combo, 1)
        outer.addLayout(filters)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("InsightsTabs")
        outer.addWidget(self.tabs, 1)

        # tab 1: the table and its chart, or what to do while there is nothing to show
        self.empty = QWidget()
        self.empty.setObjectName("InsightsEmpty")
        ev = QVBoxLayout(self.empty)
        self.empty_label = QLabel(
            tr("No published posts yet. Insights fills in as your posts are published and their numbers come in:")
            + "\n\n• " + tr("schedule posts (Review › Schedule…, or Calendar › New post…);")
            + "\n• " + tr("Sync metrics to fetch the published posts' views, likes and clicks;")
            + "\n• " + tr("Import orders… to see what sold after each post.") + "\n\n" + tr(ORDER_COLUMNS)
            + "\n\n" + tr("Or load sample data to look around first (it can be removed again)."))
        self.empty_label.setObjectName("InsightsEmptyText")
        self.empty_label.setWordWrap(True)
        self.empty_label.setTextFormat(Qt.TextFormat.PlainText)
        ev.addWidget(self.empty_label)
        eb = QHBoxLayout()
        self.empty_import = QPushButton(tr("Import orders…"))
        self.empty_import.setObjectName("InsightsEmptyImport")
        self.empty_import.clicked.connect(lambda: self.import_orders())
        self.empty_sync = QPushButton(tr("Sync metrics"))
        self.empty_sync.setObjectName("InsightsEmptySync")
        self.empty_sync.clicked.connect(self.sync_metrics)
        self.empty_sample = QPushButton(tr("Load sample data…"))
        self.empty_sample.setObjectName("InsightsEmptySample")
        self.empty_sample.clicked.connect(self.ask_load_sample)
        for b in (self.empty_import, self.empty_sync, self.empty_sample):
            eb.addWidget(b)
        eb.addStretch(1)
        ev.addLayout(eb)
        ev.addStretch(1)
        t1 = QSplitter(Qt.Orientation.Vertical)
        self.model = RowModel(self, columns=SLICE_COLUMNS)
        self.table = QTableView()
        self.table.setObjectName("InsightsTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # the arrow and the rows agree from the start
        self.model.layoutChanged.connect(self._draw_chart)  # a click on a header re-sorts: the bars follow
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.rate_chart = RateBars(xlabel=tr("product, market · channel (the table's first 12 rows, in its order)"))
        self.note = ElidedLabel(tr("n = posts behind each figure. Orders via UTM are attributed through the shop "
                                   "link's UTM tags; correlation orders are the product's sales in the 72 h after "
                                   "posts without such a link — correlation, not attribution. The chart's bars are "
                                   "the table's first rows in table order, labelled product, market · channel."),
                                lines=2)
        box = QWidget()
        bv = QVBoxLayout(box)
        bv.setContentsMargins(0, 0, 0, 0)
        bv.addWidget(self.note)
        bv.addWidget(self.rate_chart.panel, 1)
        t1.addWidget(self.table)
        t1.addWidget(box)
        t1.setSizes([300, 200])
        self.page1 = QStackedWidget()
        self.page1.addWidget(self.empty)
        self.page1.addWidget(t1)
        self.page1_table = t1
        self.page1.setCurrentWidget(t1)
        self.tabs.addTab(self.page1, tr("Products × markets × channels"))

        # tab 2: best times
        t2 = QWidget()
        v2 = QVBoxLayout(t2)
        bar2 = QHBoxLayout()
        self.account_combo = QComboBox()
        self.account_combo.setObjectName("InsightsAccount")
        self.account_combo.activated.connect(lambda _i: self.load_best_times())
        bar2.addWidget(QLabel(tr("Account")))
        bar2.addWidget(self.account_combo, 1)
        v2.addLayout(bar2)
        self.best_label = ElidedLabel("", lines=4)
        self.best_label.setObjectName("InsightsBestText")
        self.heat = HeatMap()
        v2.addWidget(self.best_label)
        v2.addWidget(self.heat.panel, 1)
        self.tabs.addTab(t2, tr("Best times"))

        # tab 3: variants
        t3 = QWidget()
        v3 = QVBoxLayout(t3)
        bar3 = QHBoxLayout()
        self.draft_combo = QComboBox()
        self.draft_combo.setObjectName("InsightsDraft")
        self.draft_combo.activated.connect(lambda _i: self.load_comparison())
        self.next_button = QPushButton(tr("Write the next variant"))
        self.next_button.setObjectName("InsightsNextVariant")
        self.next_button.setToolTip(tr("A new version of this draft that keeps the better version's angle: hook "
                                       "type, first benefit, call to action, length and hashtags"))
        self.next_button.clicked.connect(self.write_next_variant)
        self.next_button.setEnabled(False)
        bar3.addWidget(QLabel(tr("Draft")))
        bar3.addWidget(self.draft_combo, 1)
        bar3.addWidget(self.next_button)
        v3.addLayout(bar3)
        self.verdict = ElidedLabel("", lines=3)
        self.verdict.setObjectName("InsightsVerdict")
        v3.addWidget(self.verdict)
        split3 = QSplitter(Qt.Orientation.Horizontal)
        self.variant_chart = RateBars("InsightsVariantChart", tr("version (posts with a rate); bars: pooled rate, "
                                                                 "whiskers: 95% Wilson interval"))
        self.next_text = QPlainTextEdit()
        self.next_text.setObjectName("InsightsNextText")
        self.next_text.setReadOnly(True)
        self.next_text.setPlaceholderText(tr("The next variant appears here."))
        split3.addWidget(self.variant_chart.panel)
        split3.addWidget(self.next_text)
        v3.addWidget(split3, 1)
        self.tabs.addTab(t3, tr("Variants"))

        ctx.bus.changed.connect(self._on_changes)
        self.reload()

    # ------------------------------------------------------------------ loading
    def _filters(self) -> tuple[str | None, str | None, str | None]:
        return (self.product_edit.text().strip() or None, self.market_combo.currentData(),
                self.channel_combo.currentData())

    def reload(self) -> None:
        db = self.ctx.db
        product, market, channel = self._filters()

        def job(progress, cancel):
            over = insights.overview(db)
            rows = insights.table(db, product, market, channel, refresh_first=False)
            return over, rows, insights.markets_with_posts(db), insights.posted_drafts(db)

        Op(self.ctx, self, job).named("insights").quiet().latest_only("table").busy(self.refresh_button) \
            .success(self._show).failure(self._failed).run_in_background()

    def _failed(self, exc: BaseException) -> None:
        self.summary.setText(tr("Could not read insights") + f": {message_of(exc)}")
        self.status_message.emit(message_of(exc))

    def _show(self, result: tuple[dict[str, Any], list[SliceRow], list[str], list[dict[str, Any]]]) -> None:
        over, rows, markets, drafts = result
        self.rows = rows
        self.model.set_rows(rows)
        header = self.table.horizontalHeader()  # keep the order the header's arrow shows
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self.table.resizeColumnsToContents()
        self._draw_chart()
        orders = over["orders"]
        sample = any(is_sample_account(name) for _i, name, _p in over["accounts"])
        self.has_sample = sample
        nothing = over["posts"] == 0 and orders["lines"] == 0 and not rows
        self.page1.setCurrentWidget(self.empty if nothing else self.page1_table)
        self.summary.setText(
            tr("{posts} published posts, {metrics} with metrics · {lines} order lines, {att} attributed via UTM")
            .replace("{posts}", str(over["posts"])).replace("{metrics}", str(over["posts_with_metrics"]))
            .replace("{lines}", str(orders["lines"])).replace("{att}", str(orders["attributed"].get("utm-post", 0)))
            + (" · " + tr("includes sample data") if sample else ""))
        self.sample_button.setVisible(over["posts"] == 0 and not sample)
        self.empty_sample.setVisible(not sample)
        self.remove_sample_button.setVisible(sample)
        current = self.market_combo.currentData()
        self.market_combo.clear()
        self.market_combo.addItem(tr("All markets"), None)
        for mk in markets:
            self.market_combo.addItem(mk, mk)
        if current in markets:
            self.market_combo.setCurrentIndex(markets.index(current) + 1)
        acc_now = self.account_combo.currentData()
        self.account_combo.clear()
        for _i, name, platform in over["accounts"]:
            self.account_combo.addItem(f"{name} ({platform})", name)
        idx = self.account_combo.findData(acc_now)
        if idx >= 0:
            self.account_combo.setCurrentIndex(idx)
        draft_now = self.draft_combo.currentData()
        self.draft_combo.clear()
        for d in drafts:
            counts = tr("{versions} versions, {posts} posts").format(versions=d["versions"], posts=d["posts"])
            self.draft_combo.addItem(f"#{d['draft_id']} {d['product']} · {d['market']} · {d['kind']}/{d['target']} "
                                     f"· {counts}", d["draft_id"])
        idx = self.draft_combo.findData(draft_now)
        if idx >= 0:
            self.draft_combo.setCurrentIndex(idx)
        self.loaded.emit()
        self.load_best_times()
        self.load_comparison()

    def _draw_chart(self) -> None:
        shown = self.model.rows()[:12]
        self.rate_chart.set([chart_label(r) for r in shown], [r.engagement_rate.value for r in shown])

    def load_best_times(self) -> None:
        name = self.account_combo.currentData()
        if not name:
            self.best_label.setText(tr("No accounts yet: add one in Settings › Accounts."))
            return
        db = self.ctx.db

        def job(progress, cancel):
            return insights.best_times(db, name, refresh_first=False)

        Op(self.ctx, self, job).named("insights: best times").quiet().latest_only("best") \
            .success(self._show_best).failure(self._failed).run_in_background()

    def _show_best(self, res: dict[str, Any]) -> None:
        self.best = res
        if not res["shown"]:  # an empty state, not a black map (walkthrough s14 finding 21)
            self.heat.set([])
            self.heat.panel.hide()
            self.best_label.setText(res["reason"] + (tr(" — sync them in Calendar › Sync metrics.")
                                                     if res.get("sync") else "."))
        else:
            self.heat.panel.show()
            self.heat.set(res["cells"], res["min_cell"])
            days = self.heat.weekdays  # the core's Mon…Sun in the UI language (CLDR, as on the heat map)
            best = "; ".join(f"{days[int(c['weekday'])]} {c['hour']:02d}:00 {c['rate']:.2%} "
                             f"[{c['ci_low']:.2%}–{c['ci_high']:.2%}], n={c['posts']}" for c in res["best"])
            self.best_label.setText(
                tr("Best (mean engagement rate, 95% bootstrap interval, posts): ") + best + ".\n"
                + tr("Overall {rate} over {n} posts; colour from dark (lowest cell) to yellow (highest); grey cells "
                     "have fewer than {min} posts. ")
                .replace("{rate}", f"{res['overall_rate']:.2%}").replace("{n}", str(res["posts_with_rate"]))
                .replace("{min}", str(res["min_cell"])) + res["method"])
        self.best_times_loaded.emit()

    def load_comparison(self) -> None:
        draft_id = self.draft_combo.currentData()
        if draft_id is None:
            self.verdict.setText(tr("No posted drafts yet: publish two versions of a caption to compare them."))
            self.next_button.setEnabled(False)
            return
        db = self.ctx.db

        def job(progress, cancel):
            return insights.compare(db, int(draft_id))

        Op(self.ctx, self, job).named("insights: compare").quiet().latest_only("compare") \
            .success(self._show_comparison).failure(self._failed).run_in_background()

    def _show_comparison(self, res: dict[str, Any]) -> None:
        self.comparison = res
        sides = res["variants"]
        self.variant_chart.set([f"v{s['version']} (n={s['posts_with_rate']})" for s in sides],
                               [s["pooled_rate"] for s in sides], [s["wilson_95"][0] for s in sides],
                               [s["wilson_95"][1] for s in sides])
        self.verdict.setText(res["verdict"] + "\n" + res["assumptions"])
        self.next_button.setEnabled(bool(sides))
        self.variants_loaded.emit()

    # ------------------------------------------------------------------ actions
    def write_next_variant(self) -> None:
        draft_id = self.draft_combo.currentData()
        if draft_id is None:
            return
        db = self.ctx.db

        def job(progress, cancel):
            progress(0.1, "writing the next variant")
            return insights.next_variant(db, int(draft_id))  # the configured writer (offline by default)

        self.status_message.emit(tr("Writing the next variant…"))
        Op(self.ctx, self, job).named("insights: next variant").writes().busy(self.next_button) \
            .changes(lambda nv: ChangeSummary(updated=(nv.draft_id,), entity="draft", message="next variant")) \
            .success(self._written).failure(self._next_failed).run_in_background()

    def _written(self, nv: Any) -> None:
        self.next_result = nv
        a = nv.angle
        self.next_text.setPlainText(
            tr("Version {new} of draft {draft}, from version {src}, angle kept: hook {hook}, first benefit {fb}, "
               "CTA {cta}, about {len} characters, {tags} hashtags.")
            .replace("{new}", str(nv.new_version)).replace("{draft}", str(nv.draft_id))
            .replace("{src}", str(nv.from_version)).replace("{hook}", str(a["hook_type"]))
            .replace("{fb}", str(a["first_benefit"] or "—")).replace("{cta}", str(a["cta"]))
            .replace("{len}", str(a["length"])).replace("{tags}", str(len(a["hashtags"]))) + "\n\n" + nv.text)
        self.status_message.emit(tr("Next variant written: draft {id} version {v} (see Content)")
                                 .replace("{id}", str(nv.draft_id)).replace("{v}", str(nv.new_version)))
        self.variant_written.emit()

    def _next_failed(self, exc: BaseException) -> None:
        self.next_text.setPlainText(tr("Could not write the next variant") + f": {message_of(exc)}")
        self.status_message.emit(message_of(exc))

    def sync_metrics(self) -> None:
        """The same background sync as Calendar › Sync metrics (``ui.metrics_sync``); refresh when it ends."""
        from ui import metrics_sync

        self.sync_button.setEnabled(False)

        def done(result: object) -> None:
            self.sync_button.setEnabled(True)
            self.status_message.emit(metrics_sync.summary_text(result))
            self.reload()

        def failed(exc: BaseException) -> None:
            self.sync_button.setEnabled(True)
            self.status_message.emit(message_of(exc))

        metrics_sync.start(self.ctx, on_done=done, on_error=failed)

    def import_orders(self, path: str | None = None, valid_rows_only: bool = False) -> None:
        if not path:  # a non-modal picker that says what the file must hold (the GUI never waits)
            dlg = QFileDialog(self, tr("Import orders"), str(files.start_dir(self.ctx.settings, "orders-import")),
                              tr("Order exports (*.csv *.tsv *.txt);;All files (*)"))
            dlg.setObjectName("InsightsImportDialog")
            dlg.setOption(QFileDialog.Option.DontUseNativeDialog, True)
            dlg.setFileMode(QFileDialog.FileMode.ExistingFile)
            dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            hint = QLabel(tr(ORDER_COLUMNS))
            hint.setObjectName("InsightsImportColumns")
            hint.setWordWrap(True)
            hint.setTextFormat(Qt.TextFormat.PlainText)
            grid = dlg.layout()
            if isinstance(grid, QGridLayout):  # the Qt file dialog's own grid: the hint under its fields
                grid.addWidget(hint, grid.rowCount(), 0, 1, -1)
            dlg.fileSelected.connect(lambda chosen: files.remember(self.ctx.settings, "orders-import", chosen))
            dlg.fileSelected.connect(lambda chosen: self.import_orders(chosen, valid_rows_only))
            self.import_dialog = dlg
            dlg.open()
            return
        db = self.ctx.db
        self._import_path = path

        def job(progress, cancel):
            from studio.services import orders

            return orders.import_orders(db, path, skip_invalid=valid_rows_only, progress=progress, cancel=cancel)

        Op(self.ctx, self, job).named(f"import orders: {path}").writes().busy(self.import_button) \
            .success(self._imported).failure(self._failed).run_in_background()

    def _imported(self, report: Any) -> None:
        text = report.summary() + "\n\n" + report.privacy_note()
        if report.errors:
            text += "\n\n" + "\n".join(f"{e['file']}:{e['line']} {e.get('column') or ''}: {e['message']} — "
                                        f"{e['hint']}" for e in report.errors[:15])
        refused = report.status == "refused"
        box = plain.message_box(self, QMessageBox.Icon.Warning if refused else QMessageBox.Icon.Information,
                                tr("Import orders"), text,
                                QMessageBox.StandardButton.Cancel if refused else QMessageBox.StandardButton.Ok)
        box.setObjectName("InsightsImportReport")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if refused:  # nothing was written: the user may import the valid rows (the refused ones stay listed)
            valid = box.addButton(tr("Import the valid rows"), QMessageBox.ButtonRole.AcceptRole)
            valid.setObjectName("InsightsImportValidRows")
            path = self._import_path
            valid.clicked.connect(lambda: self.import_orders(path, valid_rows_only=True))
        self.import_report_box = box
        box.show()
        self.last_report = report
        self.status_message.emit(report.summary())
        self.reload()

    def export(self, folder: str | None = None) -> None:
        market = self.market_combo.currentData()
        if not market:
            self.status_message.emit(tr("Choose a market in the filter to export its report"))
            box = plain.message_box(self, QMessageBox.Icon.Information, tr("Export"),
                                    tr("Choose a market in the filter first: the report is one page per market."))
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.show()  # not modal: the GUI never waits
            return
        if not folder:
            folder = files.folder(self, self.ctx.settings, "insights-report", tr("Folder for the insights report"))
        if not folder:
            return
        db = self.ctx.db
        channel = self.channel_combo.currentData()

        def job(progress, cancel):
            return insights.export(db, market, folder, channel=channel)

        Op(self.ctx, self, job).named("insights: export").busy(self.export_button) \
            .success(self._exported).failure(self._failed).run_in_background()

    def _exported(self, res: dict[str, str]) -> None:
        self.last_export = res
        self.status_message.emit(tr("Wrote {csv} and {pdf}").replace("{csv}", res["csv"]).replace("{pdf}", res["pdf"]))

    def ask_load_sample(self) -> None:
        """Say what Load sample data adds and how to take it out again; load only on Yes (non-modal)."""
        db = self.ctx.db

        def job(progress, cancel):
            return describe(db)

        Op(self.ctx, self, job).named("insights: sample data").quiet().success(self._confirm_sample) \
            .failure(self._failed).run_in_background()

    def _confirm_sample(self, info: dict[str, Any]) -> None:
        if info["present"]:
            self.status_message.emit(tr("Sample data is loaded already; Remove sample data takes it out"))
            return
        if not info["products"]:
            text = tr("Sample data needs products: load the sample catalog (File › Load sample catalog) or import "
                      "your catalog first.")
            box = plain.message_box(self, QMessageBox.Icon.Information, tr("Load sample data"), text)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.sample_box = box
            box.show()
            return
        text = (tr("This adds, marked as sample data:") + "\n• "
                + tr("2 sample accounts ({names}), never connected and never posted to")
                .replace("{names}", ", ".join(info["accounts"])) + "\n• "
                + tr("{n} sample caption drafts of your first {p} products in {markets}, approved (they do not "
                     "wait in the Review queue)").replace("{n}", str(info["drafts"]))
                .replace("{p}", str(info["products"])).replace("{markets}", ", ".join(info["markets"])) + "\n• "
                + tr("60 days of published sample posts with metrics, and sample orders") + "\n\n"
                + tr("Remove sample data deletes exactly these again; your own data is not touched."))
        box = plain.message_box(self, QMessageBox.Icon.Question, tr("Load sample data"), text,
                                QMessageBox.StandardButton.Cancel)
        box.setObjectName("InsightsSampleConfirm")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        ok = box.addButton(tr("Add sample data"), QMessageBox.ButtonRole.AcceptRole)
        ok.setObjectName("InsightsSampleConfirmAdd")
        ok.clicked.connect(self.load_sample)
        self.sample_box = box
        box.show()

    def load_sample(self) -> None:
        db = self.ctx.db

        def job(progress, cancel):
            from studio.services.insights_sample import load_sample

            return load_sample(db)

        Op(self.ctx, self, job).named("insights: sample data").writes().busy(self.sample_button) \
            .success(self._sample_loaded).failure(self._failed).run_in_background()

    def _sample_loaded(self, res: dict[str, Any]) -> None:
        if res.get("created"):
            self.status_message.emit(tr("Sample data added: {posts} posts, {lines} order lines (Remove sample data "
                                        "takes them out)").replace("{posts}", str(res.get("posts", 0)))
                                     .replace("{lines}", str(res.get("order_lines", 0))))
        elif res.get("reason"):
            self.status_message.emit(str(res["reason"]))
        self.reload()

    def remove_sample(self) -> None:
        db = self.ctx.db

        def job(progress, cancel):
            from studio.services.insights_sample import remove_sample

            return remove_sample(db)

        def done(res: dict[str, Any]) -> None:
            self.status_message.emit(
                tr("Sample data removed: {posts} posts, {drafts} drafts, {lines} order lines, {acc} accounts")
                .replace("{posts}", str(res["posts"])).replace("{drafts}", str(res["drafts"]))
                .replace("{lines}", str(res["order_lines"])).replace("{acc}", str(res["accounts"])))
            self.reload()

        Op(self.ctx, self, job).named("insights: remove sample data").writes().busy(self.remove_sample_button) \
            .success(done).failure(self._failed).run_in_background()

    def _on_changes(self, *_args: object) -> None:
        if self.isVisible():
            self.reload()
