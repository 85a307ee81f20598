"""The Catalog section: search and filters, the virtualized product table, the detail panel."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QItemSelectionModel, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from studio.domain import ChangeSummary
from studio.services import catalog as svc
from ui import plain
from ui.catalog.detail import DetailPanel
from ui.catalog.models import STATUS_LABELS, CatalogTableModel
from ui.catalog.thumbnails import ThumbnailLoader
from ui.i18n import tr
from ui.ops import Op
from ui.startup import view_state

SEARCH_DELAY_MS = 250
ROW_HEIGHT = 44
THUMB = 40



def price_width(table) -> int:
    """The Price column's width: a five-digit price with its currency code (``99,999.99 EUR``) or the header,
    whichever is wider, in the table's font — in Arabic too, where the header and the isolates differ."""
    from decimal import Decimal

    from ui.catalog.models import format_money

    fm = table.fontMetrics()
    # a price the file gave no currency reads "349 (no currency)": whole, not "349 (no curren…" (s21, 1366x768)
    text = max(fm.horizontalAdvance(format_money(Decimal("99999.99"), "EUR")),
               fm.horizontalAdvance(format_money(Decimal("9999.9"), None)))
    header = table.horizontalHeader().fontMetrics().horizontalAdvance(tr("Price")) + 24  # the sort arrow
    return max(text + 16, header)  # the cell's margins

class CatalogTable(QTableView):
    """The product table; the title column takes the width the other columns leave (at least 200 px)."""

    TITLE_MIN = 200

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.fit_title()
        self.report_visible_rows()

    def report_visible_rows(self) -> None:
        model = self.model()
        if model is None or not hasattr(model, "set_visible_rows"):
            return
        first = self.rowAt(0)
        last = self.rowAt(self.viewport().height() - 1)
        if first >= 0:
            model.set_visible_rows(first, last if last >= 0 else model.rowCount() - 1)

    # columns that step aside, in this order, when the title would get less than TITLE_MIN (1366 px with the detail
    # panel open: the title was the narrowest column, "Ceramic Bud V…"); the handle is in the row's tooltip and
    # the detail panel, the type in the filter box and the detail panel
    YIELDING = (2, 4)

    def fit_title(self) -> None:
        model = self.model()
        if model is None or model.columnCount() < 2:
            return
        room = self.viewport().width()
        for col in self.YIELDING:
            if col < model.columnCount():
                self.setColumnHidden(col, False)
        for col in self.YIELDING:
            others = sum(self.columnWidth(c) for c in range(model.columnCount())
                         if c != 1 and not self.isColumnHidden(c))
            if room - others >= self.TITLE_MIN or col >= model.columnCount():
                break
            self.setColumnHidden(col, True)
        others = sum(self.columnWidth(c) for c in range(model.columnCount()) if c != 1 and not self.isColumnHidden(c))
        self.setColumnWidth(1, max(self.TITLE_MIN, room - others))


class CatalogView(QWidget):
    status_message = Signal(str)

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.thumbnails = ThumbnailLoader(THUMB, self)

        # ---------------------------------------------------------------- filter bar
        self.search = QLineEdit(self)
        self.search.setObjectName("CatalogSearch")
        self.search.setPlaceholderText(tr("Search title, handle, vendor or SKU (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.vendor = QComboBox(self)
        self.vendor.setObjectName("VendorFilter")
        self.vendor.setMinimumContentsLength(9)
        self.vendor.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.ptype = QComboBox(self)
        self.ptype.setObjectName("TypeFilter")
        self.ptype.setMinimumContentsLength(9)
        self.ptype.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.status = QComboBox(self)
        self.status.setObjectName("StatusFilter")
        self.status.addItem(tr("Any status"), "")
        for s in ("active", "draft", "archived"):
            self.status.addItem(tr(STATUS_LABELS[s]), s)
        self.missing_images = QCheckBox(tr("Missing images"), self)
        self.missing_images.setToolTip(tr("Products without images or with an image that could not be found"))
        self._reset_choices()
        self.images_btn = QPushButton(tr("Download images"), self)
        self.images_btn.setObjectName("DownloadImages")
        self.images_btn.setToolTip(tr("Download the image URLs that wait and retry the ones that failed, in the "
                                      "background (progress and Cancel in the status bar)"))
        self.localize_btn = QPushButton(tr("Localize…"), self)
        self.localize_btn.setObjectName("CatalogLocalize")
        self.localize_btn.setToolTip(tr("Write the whole pack for the selected products in the markets and "
                                        "channels you choose (Ctrl+L); the drafts land in Review"))
        self.import_btn = QPushButton(tr("Import…"), self)
        self.import_btn.setToolTip(tr("Import a catalog file (Ctrl+I)"))
        self.count_label = QLabel(self)
        self.count_label.setObjectName("CatalogCount")
        self.count_label.setMinimumWidth(110)
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        bar = QHBoxLayout()
        bar.setContentsMargins(8, 8, 8, 4)
        bar.addWidget(self.search, 3)
        bar.addWidget(self.vendor, 1)
        bar.addWidget(self.ptype, 1)
        bar.addWidget(self.status)
        bar.addWidget(self.missing_images)
        bar.addWidget(self.count_label)
        bar.addWidget(self.images_btn)
        bar.addWidget(self.localize_btn)
        bar.addWidget(self.import_btn)

        # ---------------------------------------------------------------- table
        self.model = CatalogTableModel(ctx.db, ctx.tasks, self.thumbnails, self)
        self.table = CatalogTable(self)
        self.table.setObjectName("CatalogTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)  # Localize… a selection
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setIconSize(QSize(THUMB, THUMB))
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(1, Qt.SortOrder.AscendingOrder)
        vh = self.table.verticalHeader()
        vh.hide()
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # uniform rows: 100k rows cost nothing
        vh.setDefaultSectionSize(ROW_HEIGHT)
        hh = self.table.horizontalHeader()
        hh.setHighlightSections(False)
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        hh.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        for col, width in ((0, THUMB + 12), (1, 240), (2, 120), (3, 115), (4, 100), (5, 64), (6, price_width(self.table)),
                           (7, 64)):
            self.table.setColumnWidth(col, width)
        # the title gives and takes the room left, so the columns after it (price, status) are never cut at the
        # table's edge — the right one in English, the left one in Arabic
        hh.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

        self.empty = QWidget(self)
        ev = QVBoxLayout(self.empty)
        ev.addStretch(1)
        self.empty_label = QLabel(self.empty)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        ev.addWidget(self.empty_label)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.empty_import = QPushButton(tr("Import a catalog file…"), self.empty)
        self.empty_sample = QPushButton(tr("Load the sample catalog"), self.empty)
        buttons.addWidget(self.empty_import)
        buttons.addWidget(self.empty_sample)
        buttons.addStretch(1)
        ev.addLayout(buttons)
        ev.addStretch(2)

        self.table_stack = QStackedWidget(self)
        self.table_stack.addWidget(self.table)
        self.table_stack.addWidget(self.empty)

        self.detail = DetailPanel(ctx, self.thumbnails, self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.table_stack)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        saved = view_state().value("catalog/splitter")
        if not (isinstance(saved, QByteArray) and self.splitter.restoreState(saved)):
            sizes = ctx.settings.get("ui.catalog.splitter")  # a version-1 settings file's value
            self.splitter.setSizes(sizes if isinstance(sizes, list) and len(sizes) == 2 else [820, 420])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)

        # ---------------------------------------------------------------- behaviour
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.search.returnPressed.connect(self.apply_filters)
        for combo in (self.vendor, self.ptype, self.status):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.missing_images.toggled.connect(lambda _b: self.apply_filters())
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row)
        self.table.verticalScrollBar().valueChanged.connect(lambda _v: self.table.report_visible_rows())
        self.model.loaded.connect(self._on_loaded)
        self.model.page_loaded.connect(self._on_page_loaded)
        self.model.load_failed.connect(lambda m: self.status_message.emit(tr("Could not load the catalog") + f": {m}"))
        self.detail.status_message.connect(self.status_message)
        self.import_btn.clicked.connect(self.open_import)
        self.localize_btn.clicked.connect(self.localize)
        self.images_btn.clicked.connect(self.download_images)
        self.empty_import.clicked.connect(self.open_import)
        self.empty_sample.clicked.connect(self.load_sample)
        ctx.bus.changed.connect(self._on_changes)
        self._pending_select: int | None = None

        def action(text: str, keys, slot, context=Qt.ShortcutContext.WidgetWithChildrenShortcut) -> QAction:
            a = QAction(text, self)
            a.setShortcut(QKeySequence(keys))
            a.setShortcutContext(context)
            a.triggered.connect(slot)
            self.addAction(a)
            return a

        self.find_action = action(tr("Search"), QKeySequence.StandardKey.Find, self.focus_search)
        self.refresh_action = action(tr("Refresh"), QKeySequence.StandardKey.Refresh, self.refresh)
        self.localize_action = action(tr("Localize selected products"), "Ctrl+L", self.localize)

        self.model.refresh()
        self._load_choices()

    # ------------------------------------------------------------------ actions
    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def filters(self) -> dict:
        f: dict = {}
        if self.vendor.currentData():
            f["vendor"] = self.vendor.currentData()
        if self.ptype.currentData():
            f["product_type"] = self.ptype.currentData()
        if self.status.currentData():
            f["status"] = self.status.currentData()
        if self.missing_images.isChecked():
            f["has_missing_images"] = True
        return f

    def apply_filters(self) -> None:
        self._debounce.stop()
        query, filters = self.search.text().strip(), self.filters()
        if query == self.model.query and filters == self.model.filters:
            return
        self.model.set_query(query, filters)

    def refresh(self) -> None:
        self.model.refresh()
        self._load_choices()
        if self.detail.product_id is not None:
            self.detail.load(self.detail.product_id)
        self.status_message.emit(tr("Catalog refreshed"))

    def download_images(self):
        """Fetch the images that wait and retry failed ones (``studio images sync --retry-missing``)."""
        from ui import image_sync

        return image_sync.start(self.ctx, retry_missing=True)

    def open_import(self) -> None:
        from ui.dialogs.import_dialog import open_import_dialog

        plain.sweep(open_import_dialog(self.window(), self.ctx))

    def load_sample(self) -> None:
        from ui.first_run import load_sample

        load_sample(self.ctx, self.window())

    def selected_products(self) -> list[tuple[int, str, str]]:
        """(id, handle, title) of the selected rows that are loaded, in table order."""
        out = []
        for idx in sorted(self.table.selectionModel().selectedRows(1), key=lambda i: i.row()):
            r = self.model.summary(idx.row())
            if r is not None:
                out.append((r.id, r.handle, r.title))
        return out

    def localize(self) -> None:
        """Localize… the selected products (ui.review.localize): the whole pack for chosen markets/channels."""
        from ui.review.localize import open_localize

        products = self.selected_products()
        if not products:
            self.status_message.emit(tr("Select the products to localize first (Ctrl+click, Shift+click)."))
            return
        open_localize(self.ctx, self, products)

    def select_product(self, product_id: int) -> None:
        """Select a product if its row is loaded (used after imports and by other sections)."""
        row = self.model.row_of(product_id)
        if row is None:
            self._pending_select = product_id
            return
        self.select_row(row)
        self.table.scrollTo(self.model.index(row, 1))

    def select_row(self, row: int) -> None:
        """Make ``row`` current and selected. (QTableView.selectRow picks its column from the viewport
        edge, which finds no column in a right-to-left layout when the columns are narrower than the view.)"""
        idx = self.model.index(row, 1)
        if idx.isValid():
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            self.table.selectionModel().setCurrentIndex(idx, flags)

    # ------------------------------------------------------------------ model events
    def _on_current_row(self, current, _previous) -> None:
        if not current.isValid():
            return
        pid = self.model.product_id(current.row())
        if pid is not None and pid != self.detail.product_id:
            self.detail.load(pid)

    def _on_loaded(self) -> None:
        n = self.model.rowCount()
        self.count_label.setText(tr("{n} products").replace("{n}", f"{n:,}") if n != 1 else tr("1 product"))
        filtered = bool(self.model.query or self.model.filters)
        if n == 0 and not filtered:
            self.empty_label.setText(tr("Your catalog is empty.") + "\n\n"
                                     + tr("Import a Shopify, WooCommerce, CSV, Excel or JSON export (Ctrl+I), "
                                          "or load the sample catalog to look around."))
            self.table_stack.setCurrentWidget(self.empty)
        else:
            self.table_stack.setCurrentWidget(self.table)
        if n and not self.table.currentIndex().isValid() and self.detail.product_id is None:
            self.select_row(0)

    def _on_page_loaded(self, page: int) -> None:
        cur = self.table.currentIndex()
        if cur.isValid() and self.detail.product_id is None:
            self._on_current_row(cur, None)
        if self._pending_select is not None and self.model.row_of(self._pending_select) is not None:
            pid, self._pending_select = self._pending_select, None
            self.select_product(pid)

    def _on_changes(self, summary: ChangeSummary) -> None:
        self.model.apply_changes(summary)
        if summary.created or summary.deleted:
            self._load_choices()

    # ------------------------------------------------------------------ filter choices
    def _reset_choices(self) -> None:
        for combo, label in ((self.vendor, tr("All vendors")), (self.ptype, tr("All types"))):
            combo.blockSignals(True)
            current = combo.currentData()
            combo.clear()
            combo.addItem(label, "")
            if current:
                combo.addItem(current, current)
                combo.setCurrentIndex(1)
            combo.blockSignals(False)

    def _load_choices(self) -> None:
        db = self.ctx.db

        def job(progress, cancel):
            return svc.distinct_values(db, "vendor"), svc.distinct_values(db, "product_type")

        Op(self.ctx, self, job).named("filter choices").quiet().latest_only("choices").success(self._on_choices) \
            .run_in_background()

    def _on_choices(self, result) -> None:
        if not self.model._alive:
            return
        vendors, types = result
        for combo, label, values in ((self.vendor, tr("All vendors"), vendors), (self.ptype, tr("All types"), types)):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(label, "")
            for v in values[:2000]:
                combo.addItem(v, v)
            i = combo.findData(current) if current else 0
            combo.setCurrentIndex(max(0, i))
            combo.blockSignals(False)

    def shutdown(self) -> None:
        view_state().setValue("catalog/splitter", self.splitter.saveState())
        self.model.shutdown()
        self.detail.shutdown()
        self.thumbnails.shutdown()
