"""Insights on one product (the Catalog detail's "Insights" tab): its rows per market × channel with sample
sizes, read through ``ui.ops.Op`` when the product changes or the tab is shown."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QPushButton, QTableView, QVBoxLayout, QWidget

from studio.services import insights
from ui.i18n import tr
from ui.models import RowModel
from ui.ops import Op, message_of
from ui.widgets.fit import ElidedLabel


class ProductInsightsPanel(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from ui.insights.view import SLICE_COLUMNS

        self.ctx = ctx
        self.product_id: int | None = None
        v = QVBoxLayout(self)
        self.label = ElidedLabel("", lines=2)
        self.label.setObjectName("ProductInsightsLabel")
        self.model = RowModel(self, columns=tuple(c for c in SLICE_COLUMNS if str(c.header) != "Product"))
        self.table = QTableView()
        self.table.setObjectName("ProductInsightsTable")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.open_button = QPushButton(tr("Open in Insights"))
        self.open_button.clicked.connect(self._open)
        v.addWidget(self.label)
        v.addWidget(self.table, 1)
        v.addWidget(self.open_button)
        self.rows: list = []

    def set_product(self, product_id: int | None) -> None:
        self.product_id = product_id
        if product_id is None or not self.isVisible():
            return
        self.reload()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if self.product_id is not None:
            self.reload()

    def reload(self) -> None:
        pid = self.product_id
        if pid is None:
            return
        db = self.ctx.db

        def job(progress, cancel):
            return insights.table(db, pid)

        Op(self.ctx, self, job).named("product insights").quiet().latest_only("product-insights") \
            .success(self._show).failure(lambda e: self.label.setText(message_of(e))).run_in_background()

    def _show(self, rows) -> None:
        self.rows = rows
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        if rows:
            self.label.setText(tr("{posts} published posts in {n} market × channel slices; n = posts behind each "
                                  "figure").replace("{posts}", str(sum(r.posts for r in rows)))
                               .replace("{n}", str(len(rows))))
        else:
            self.label.setText(tr("No published posts of this product yet."))

    def _open(self) -> None:
        win = self.window()
        if hasattr(win, "show_section"):
            view = win.show_section("insights")
            if view is not None and hasattr(view, "product_edit") and self.rows:
                view.product_edit.setText(self.rows[0].product)
                view.reload()
