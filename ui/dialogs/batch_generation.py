"""Batch generation from the app: products (picked, or all matching a search) × markets × kinds × targets,
with provider, concurrency and brand voice; runs ``studio.services.generation.generate`` on ``ctx.tasks``
with progress + ETA and Cancel, then shows the run's totals. Running it again resumes: items whose inputs
hash already has a version are skipped by the service.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

import ui.qtcompat  # noqa: F401 - PySide6 6.12 / CPython 3.11 refcount defect with data() returning None
from studio.domain import ChangeSummary, StudioError
from ui import ops
from ui.i18n import N_, tr
from ui.labels import country_label, kind_label, target_label
from ui.models import Column, RowModel
from ui.ops import Op
from ui.tasks import TaskHandle

PAGE_SIZE = 500


class CheckListModel(RowModel):
    """(label, value, tooltip) rows with a check box each; ``checked()`` returns the values ticked."""

    changed = Signal()
    ROW_ROLES = {Qt.ItemDataRole.UserRole: lambda r: r[1]}

    def __init__(self, parent=None) -> None:
        self._checked: set = set()
        super().__init__(parent, columns=(
            Column(N_("Name"), lambda r: r[0], tip=lambda r: r[2] or r[0],
                   check=lambda r: r[1] in self._checked, set_check=self._tick),))

    def _tick(self, row: tuple[str, Any, str], on: bool) -> None:
        if on:
            self._checked.add(row[1])
        else:
            self._checked.discard(row[1])

    def set_rows(self, rows: Iterable[Any] | None, checked: Iterable[Any] = ()) -> None:
        rows = list(rows or ())
        values = {r[1] for r in rows}
        self._checked = {v for v in checked if v in values}
        super().set_rows(rows)
        self.changed.emit()

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802 - Qt API
        if role != Qt.ItemDataRole.CheckStateRole or not super().setData(index, value, role):
            return False
        self.changed.emit()
        return True

    def set_checked(self, values, checked: bool = True) -> None:
        for i, r in enumerate(self._rows):
            if r[1] in values:
                self.setData(self.index(i), Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked,
                             Qt.ItemDataRole.CheckStateRole)

    def checked(self) -> list:
        return [r[1] for r in self._rows if r[1] in self._checked]

    def values(self) -> list:
        return [r[1] for r in self._rows]


def _list(model: CheckListModel, height: int = 150) -> QListView:
    v = QListView()
    v.setModel(model)
    v.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    v.setMinimumHeight(height)
    return v


class BatchDialog(QDialog):
    """Pick what to generate, run it, watch progress, cancel, see the totals."""

    run_finished = Signal(object)  # studio.services.generation.RunResult

    def __init__(self, ctx, parent=None, *, query: str = "", product_ids: list[int] | None = None,
                 markets: list[str] | None = None, kinds: list[str] | None = None, brand_voice: Any = None) -> None:
        super().__init__(parent)
        from studio.services import generation, providers

        self.ctx = ctx
        self.setWindowTitle(tr("Batch generation"))
        self._handle: TaskHandle | None = None
        self.result: Any = None
        self._brand_voice = brand_voice

        self.search = QLineEdit(query, placeholderText=tr("Search products…"))
        self.all_matching = QCheckBox(tr("All products matching the search"))
        self.products = CheckListModel(self)
        self.products_view = _list(self.products, 200)
        self.markets = CheckListModel(self)
        self.kinds = CheckListModel(self)
        self.targets = CheckListModel(self)
        self.targets_hint = QLabel(tr("No target ticked: each market's own marketplaces and channels."))
        self.targets_hint.setWordWrap(True)
        self.provider = QComboBox()
        for p in providers.list_providers(ctx.settings):
            if p["available"] is True:
                self.provider.addItem(tr(p["title"]), p["name"])
                if p["active"]:
                    self.provider.setCurrentIndex(self.provider.count() - 1)
        self.concurrency = QSpinBox(minimum=1, maximum=64, value=4)
        self.concurrency.setToolTip(tr("How many items are written at the same time"))

        pbox = QGroupBox(tr("Products"))
        pl = QVBoxLayout(pbox)
        pl.addWidget(self.search)
        pl.addWidget(self.all_matching)
        pl.addWidget(self.products_view)
        grid = QGridLayout()
        grid.addWidget(pbox, 0, 0, 2, 1)
        for col, (title, model) in enumerate(((tr("Markets"), self.markets), (tr("Kinds"), self.kinds),
                                              (tr("Targets"), self.targets)), start=1):
            box = QGroupBox(title)
            bl = QVBoxLayout(box)
            bl.addWidget(_list(model))
            if model is self.targets:
                bl.addWidget(self.targets_hint)
            grid.addWidget(box, 0, col)
        form = QFormLayout()
        form.addRow(tr("Writer"), self.provider)
        form.addRow(tr("Concurrency"), self.concurrency)
        voice = tr("default profile") if brand_voice is None else (tr("none") if brand_voice is False
                                                                   else str(brand_voice))
        self.voice_label = QLabel(voice + "  " + tr("(choose it with Voice in the Content toolbar)"))
        form.addRow(tr("Brand voice"), self.voice_label)
        grid.addLayout(form, 1, 1, 1, 3)

        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setValue(0)
        self.progress_label = QLabel(tr("Pick products, markets and kinds, then Run."))
        self.progress_label.setWordWrap(True)
        self.totals = QLabel()
        self.totals.setObjectName("BatchTotals")
        self.totals.setWordWrap(True)
        self.errors = QPlainTextEdit(readOnly=True)
        self.errors.setMaximumHeight(90)
        self.errors.hide()
        self.run_button = QPushButton(tr("Run"))
        self.run_button.setDefault(True)
        self.cancel_button = QPushButton(tr("Cancel run"))
        self.cancel_button.setEnabled(False)
        self.close_button = QPushButton(tr("Close"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for b in (self.run_button, self.cancel_button, self.close_button):
            buttons.addWidget(b)
        lay = QVBoxLayout(self)
        lay.addLayout(grid)
        lay.addWidget(self.progress)
        lay.addWidget(self.progress_label)
        lay.addWidget(self.totals)
        lay.addWidget(self.errors)
        lay.addLayout(buttons)
        self.resize(1000, 640)

        from localization.markets import all_markets

        all_tags = [(m.tag, country_label(m)) for m in all_markets()]
        self.markets.set_rows([(f"{t}  {name}".strip(), t, name) for t, name in all_tags], markets or [])
        self.kinds.set_rows([(kind_label(k), k, k) for k in generation.kinds()], kinds or [])
        self._wanted_products = list(product_ids or [])
        self.kinds.changed.connect(self._fill_targets)
        self._fill_targets()
        self.search.textChanged.connect(self.reload_products)
        self.all_matching.toggled.connect(self.products_view.setDisabled)
        self.run_button.clicked.connect(self.run)
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.reject)
        self.reload_products()

    # ------------------------------------------------------------------ choices
    def _fill_targets(self) -> None:
        from studio.services import generation

        keep = self.targets.checked()
        ts: list[str] = []
        for k in self.kinds.checked():
            ts += [t for t in generation.targets(k) if t != "*" and t not in ts]
        self.targets.set_rows([(target_label(t), t, t) for t in ts], keep)

    def reload_products(self) -> None:
        from studio.services import catalog

        db, query = self.ctx.db, self.search.text().strip()

        def job(progress, cancel):
            return catalog.list_products(db, 0, PAGE_SIZE, query)

        Op(self.ctx, self, job).named("batch: products").quiet().latest_only("products") \
            .success(self._products_loaded).run_in_background()

    def _products_loaded(self, rows) -> None:
        keep = set(self.products.checked()) | set(self._wanted_products)
        self._wanted_products = []
        self.products.set_rows([(r.title or r.handle, r.id, r.handle) for r in rows], keep)

    # ------------------------------------------------------------------ run
    def run(self) -> None:
        from studio.services import catalog, generation

        markets, kinds, targets = self.markets.checked(), self.kinds.checked(), self.targets.checked()
        all_matching, query = self.all_matching.isChecked(), self.search.text().strip()
        products = self.products.checked()
        missing = [name for name, ok in ((tr("products"), all_matching or products), (tr("markets"), markets),
                                         (tr("kinds"), kinds)) if not ok]
        if missing:
            self.progress_label.setText(tr("Pick at least one of: ") + ", ".join(missing))
            return
        db, provider, concurrency, voice = self.ctx.db, self.provider.currentData(), self.concurrency.value(), \
            self._brand_voice

        def job(progress, cancel):
            ids = products
            if all_matching:
                ids, offset = [], 0
                while True:
                    page = catalog.list_products(db, offset, PAGE_SIZE, query)
                    ids += [r.id for r in page]
                    if len(page) < PAGE_SIZE:
                        break
                    offset += PAGE_SIZE
                if not ids:
                    raise StudioError(f"no product matches '{query}'")
            return generation.generate(db, ids, markets, kinds, targets or None, provider=provider,
                                       concurrency=concurrency, progress=progress, cancel=cancel,
                                       brand_voice=voice)

        self.totals.clear()
        self.errors.hide()
        self.progress.setValue(0)
        self.progress_label.setText(tr("Planning…"))
        self._handle = Op(self.ctx, self, job).named("batch generation").on_busy(self._running) \
            .success(self._done).failure(self._failed).progress(self._progress).cancelled(self._cancelled) \
            .changes(_draft_changes).run_in_background()

    def _progress(self, fraction: float, message: str) -> None:
        self.progress.setValue(int(max(0.0, min(1.0, fraction)) * 1000))
        if message:
            self.progress_label.setText(message)

    def _running(self, busy: bool) -> None:
        self.run_button.setEnabled(not busy)
        self.cancel_button.setEnabled(busy)
        if not busy:
            self._handle = None

    def _done(self, res) -> None:  # the op broadcasts the drafts written after this
        self.result = res
        status = {"finished": tr("Finished"), "cancelled": tr("Cancelled"), "failed": tr("Failed")}.get(res.status,
                                                                                                       res.status)
        self.totals.setText(
            f"{status} · {tr('run')} #{res.run_id} · {res.total} {tr('items')}: {res.done} {tr('done')}, "
            f"{res.skipped} {tr('skipped')}, {res.failed} {tr('failed')} · {tr('tokens')} {res.tokens_in} "
            f"{tr('in')} / {res.tokens_out} {tr('out')} · {tr('cost')} ${res.cost:.4f} · {res.elapsed:.1f} s")
        if res.errors:
            self.errors.setPlainText("\n".join(f"{e['item']}: {e['error']}" for e in res.errors))
            self.errors.show()
        self.run_finished.emit(res)

    def _failed(self, exc: BaseException) -> None:
        self.progress_label.setText(tr("Batch failed: ") + ops.message_of(exc))

    def _cancelled(self) -> None:
        self.progress_label.setText(tr("Cancelled."))

    def cancel(self) -> None:
        if self._handle is not None:
            self._handle.cancel.cancel()
            self.progress_label.setText(tr("Cancelling… items being written finish first."))

    def reject(self) -> None:
        self.cancel()
        super().reject()


def _draft_changes(res) -> ChangeSummary | None:
    if not res.draft_ids:
        return None
    return ChangeSummary(updated=tuple(res.draft_ids), entity="draft", message="batch generated")
