"""Localize…: the whole pack for chosen markets and channels in one go (issue 19 item 3).

Opened on a product in Content or on the selected products in the Catalog. Every kind the generation service
supports is ticked (listing, captions, FAQ, video script, kit); the markets start as Content's market tabs;
channels (targets) left unticked mean each market's own marketplaces and channels. The markets ticked last time
(``view_state`` "localize/markets", saved on Run) are ticked again and listed first, and a line above the buttons
names every chosen market and the number of drafts a run writes, so nothing runs that the user cannot see. Run calls
``studio.services.generation.generate`` (its bounded concurrency, resume and cancel) as one ``ui.ops.Op`` with
progress; Cancel stops before the next item — the items being written finish and are saved whole (each draft
version is one transaction), so nothing is left half-written. The drafts land in the review queue:
"Open review queue" shows them there.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from studio.domain import ChangeSummary
from ui import ops
from ui.dialogs.batch_generation import CheckListModel, _list
from ui.i18n import tr
from ui.labels import country_label, kind_label, target_label
from ui.ops import Op
from ui.tasks import TaskHandle
from ui.widgets.fit import ElidedLabel

CONCURRENCY = 4
MARKETS_STATE = "localize/markets"  # view_state key: the markets of the last run


def remembered_markets() -> list[str] | None:
    from ui.startup import view_state

    value = view_state().value(MARKETS_STATE)
    if value is None or value == "":
        return None
    return [str(value)] if isinstance(value, str) else [str(v) for v in value]


class LocalizeDialog(QDialog):
    run_finished = Signal(object)  # generation.RunResult

    def __init__(self, ctx, products: list[tuple[int, str, str]], parent: QWidget | None = None,
                 markets: list[str] | None = None) -> None:
        """``products``: (id, handle, title) of each product to localize."""
        super().__init__(parent)
        from localization.markets import all_markets
        from studio.services import generation
        from ui.content.pickers import DEFAULT_MARKETS, MARKETS_SETTING

        self.ctx = ctx
        self.product_ids = [int(p[0]) for p in products]
        self.handles = [p[1] for p in products]
        self.result: Any = None
        self._handle: TaskHandle | None = None
        self.setObjectName("LocalizeDialog")
        self.setWindowTitle(tr("Localize"))
        names = ", ".join(p[2] or p[1] for p in products)
        self.heading = ElidedLabel(tr("Localize {n} product(s): ").replace("{n}", str(len(self.product_ids)))
                                   + names)
        self.markets = CheckListModel(self)
        self.targets = CheckListModel(self)
        self.kinds = CheckListModel(self)
        tags = [(m.tag, country_label(m)) for m in all_markets()]
        wanted = markets or remembered_markets() or list(ctx.settings.get(MARKETS_SETTING, DEFAULT_MARKETS)
                                                         or DEFAULT_MARKETS)
        # the ticked markets first: none hides below the visible part of the list
        tags.sort(key=lambda tn: tn[0] not in wanted)
        self.markets.set_rows([(f"{t}  {name}".strip(), t, name) for t, name in tags], wanted)
        kinds = generation.kinds()
        self.kinds.set_rows([(kind_label(k), k, k) for k in kinds], kinds)  # the whole pack, by label
        ts: list[str] = []
        for k in kinds:
            ts += [t for t in generation.targets(k) if t != "*" and t not in ts]
        self.targets.set_rows([(target_label(t), t, t) for t in ts], [])
        grid = QGridLayout()
        hint = QLabel(tr("No channel ticked: each market's own marketplaces and channels."))
        hint.setWordWrap(True)
        for col, (title, model, extra) in enumerate(((tr("Markets"), self.markets, None),
                                                     (tr("Channels"), self.targets, hint),
                                                     (tr("What to write"), self.kinds, None))):
            box = QGroupBox(title)
            bl = QVBoxLayout(box)
            bl.addWidget(_list(model, 180))
            if extra is not None:
                bl.addWidget(extra)
            grid.addWidget(box, 0, col)
        self.progress = QProgressBar()
        self.progress.setObjectName("LocalizeProgress")
        self.progress.setRange(0, 1000)
        self.progress_label = ElidedLabel(tr("Pick markets (and channels), then Localize."), lines=2)
        self.totals = ElidedLabel("", lines=2)
        self.totals.setObjectName("LocalizeTotals")
        self.chosen = ElidedLabel("", lines=2)
        self.chosen.setObjectName("LocalizeChosen")
        self.run_button = QPushButton(tr("Localize"))
        self.run_button.setObjectName("LocalizeRun")
        self.run_button.setDefault(True)
        self.cancel_button = QPushButton(tr("Cancel run"))
        self.cancel_button.setObjectName("LocalizeCancel")
        self.cancel_button.setEnabled(False)
        self.queue_button = QPushButton(tr("Open review queue"))
        self.queue_button.setObjectName("LocalizeOpenQueue")
        self.queue_button.setEnabled(False)
        self.close_button = QPushButton(tr("Close"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for b in (self.run_button, self.cancel_button, self.queue_button, self.close_button):
            buttons.addWidget(b)
        lay = QVBoxLayout(self)
        lay.addWidget(self.heading)
        lay.addLayout(grid, 1)
        lay.addWidget(self.progress)
        lay.addWidget(self.progress_label)
        lay.addWidget(self.totals)
        lay.addWidget(self.chosen)
        lay.addLayout(buttons)
        self.resize(820, 520)
        self.run_button.clicked.connect(self.run)
        self.cancel_button.clicked.connect(self.cancel)
        self.queue_button.clicked.connect(self.open_queue)
        self.close_button.clicked.connect(self.reject)
        for model in (self.markets, self.targets, self.kinds):
            model.changed.connect(self._update_chosen)
        self._update_chosen()

    def _update_chosen(self) -> None:
        """Name every chosen market and the drafts a run writes; the Run button says products × markets."""
        from studio.services import generation

        markets, kinds, targets = self.markets.checked(), self.kinds.checked(), self.targets.checked()
        n = len(self.product_ids)
        drafts = generation.count_items(n, markets, kinds, targets or None) if markets and kinds else 0
        self.planned_drafts = drafts
        self.chosen.setText(
            (tr("{n} markets: {list}").replace("{n}", str(len(markets))).replace("{list}", ", ".join(markets))
             if markets else tr("No market ticked."))
            + " · " + tr("{d} drafts will be written").replace("{d}", str(drafts)))
        self.run_button.setText(tr("Localize {p} product(s) × {m} market(s)").replace("{p}", str(n))
                                .replace("{m}", str(len(markets))))
        self.run_button.setEnabled(bool(markets and kinds and n) and self._handle is None)

    # ------------------------------------------------------------------ run
    def run(self) -> None:
        from studio.services import generation

        markets, kinds, targets = self.markets.checked(), self.kinds.checked(), self.targets.checked()
        missing = [name for name, ok in ((tr("markets"), markets), (tr("kinds"), kinds),
                                         (tr("products"), self.product_ids)) if not ok]
        if missing:
            self.progress_label.setText(tr("Pick at least one of: ") + ", ".join(missing))
            return
        db, ids = self.ctx.db, list(self.product_ids)
        from ui.startup import view_state

        view_state().setValue(MARKETS_STATE, markets)  # ticked again (and listed first) next time

        def job(progress, cancel):
            return generation.generate(db, ids, markets, kinds, targets or None, concurrency=CONCURRENCY,
                                       progress=progress, cancel=cancel)

        self.totals.setText("")
        self.progress.setValue(0)
        self.progress_label.setText(tr("Planning…"))
        self._handle = Op(self.ctx, self, job).named("localize").on_busy(self._running) \
            .success(self._done).failure(self._failed).progress(self._progress).cancelled(self._cancelled) \
            .changes(_draft_changes).run_in_background()

    def _running(self, busy: bool) -> None:
        self.run_button.setEnabled(not busy)
        self.cancel_button.setEnabled(busy)
        if not busy:
            self._handle = None
            self._update_chosen()

    def _progress(self, fraction: float, message: str) -> None:
        self.progress.setValue(int(max(0.0, min(1.0, fraction)) * 1000))
        if message:
            self.progress_label.setText(message)

    def _done(self, res) -> None:
        self.result = res
        status = {"finished": tr("Finished"), "cancelled": tr("Cancelled"), "failed": tr("Failed")}.get(
            res.status, res.status)
        self.totals.setText(f"{status} · {res.total} {tr('items')}: {res.done} {tr('done')}, {res.skipped} "
                            f"{tr('skipped')}, {res.failed} {tr('failed')} · {res.elapsed:.1f} s")
        # one summary line: the progress line's last message said the same as the totals
        self.progress_label.setText("; ".join(f"{e['item']}: {e['error']}" for e in res.errors[:3])
                                    if res.errors else "")
        self.queue_button.setEnabled(bool(res.done or res.skipped))
        self.run_finished.emit(res)

    def _failed(self, exc: BaseException) -> None:
        self.progress_label.setText(tr("Localize failed: ") + ops.message_of(exc))

    def _cancelled(self) -> None:
        self.progress_label.setText(tr("Cancelled."))

    def cancel(self) -> None:
        if self._handle is not None:
            self._handle.cancel.cancel()
            self.progress_label.setText(tr("Cancelling… items being written finish first."))

    def reject(self) -> None:
        self.cancel()
        super().reject()

    def open_queue(self) -> None:
        win = getattr(self.ctx, "main_window", None)
        if win is not None:
            target: dict[str, Any] = {"status": "awaiting"}
            if len(self.product_ids) == 1:
                target["product_id"], target["handle"] = self.product_ids[0], self.handles[0]
            win.open_on("review", **target)
        self.accept()


def _draft_changes(res) -> ChangeSummary | None:
    if not res.draft_ids:
        return None
    return ChangeSummary(updated=tuple(res.draft_ids), entity="draft", message="localized")


def open_localize(ctx, parent: QWidget, products: list[tuple[int, str, str]]) -> LocalizeDialog:
    """Open the dialog on (id, handle, title) products (window-modal with ``open()``); returns it."""
    from ui import bidi, plain

    dlg = LocalizeDialog(ctx, products, parent)
    dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    bidi.sweep(plain.sweep(dlg))
    dlg.open()
    return dlg
