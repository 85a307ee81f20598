"""Review section (issue 19 item 3): a queue over drafts with a keyboard flow.

Filters: product (handle or SKU), market, kind, target, status (default: awaiting review) and errors. The
current draft shows its text with the word-level changes against the previous version (``DiffView``), its
findings, the product's source facts beside it (incl. what the description states) and its history (versions,
approvals, rejections with their reasons). Keys (QActions of this view, so Help › Keyboard shortcuts lists
them): A approve and go to the next, R reject with a reason, E edit, N / P next / previous, Ctrl+Shift+A
approve every draft in the filter without findings. Approval goes through ``drafts.approve``: a draft with
error findings is refused (the reason is shown), never approved from here.

The queue, its count and the filter boxes are read again whenever they may be stale: when the section is shown
again, when drafts, products, campaigns or translations change (the change bus), and when the app becomes active
again (the CLI may have written drafts meanwhile). The market, kind and target boxes are rebuilt from
``review.choices`` on every load, so a value no draft has any more leaves them — except the one the user chose.

Only ``studio.services.review`` / ``drafts`` are used; work runs as ``ui.ops.Op``s.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
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
    QTableView,
    QVBoxLayout,
    QWidget,
)

from studio.domain import ChangeSummary
from ui import ops
from ui.fields import field_label
from ui.finding_text import finding_message
from ui.i18n import N_, tr
from ui.labels import author_label, fact_label, kind_label, slot_label, target_label
from ui.models import RIGHT, Column, RowModel, text, tuple_columns
from ui.ops import Op
from ui.review.dialogs import ApproveReasonDialog, EditDialog, RejectDialog
from ui.review.diff_view import DiffView, diff_labels
from ui.widgets.fit import ElidedLabel

STATUS_CHOICES = ((N_("Awaiting review"), "awaiting"), (N_("Draft"), "draft"), (N_("In review"), "in-review"),
                  (N_("Approved"), "approved"), (N_("Rejected"), "rejected"), (N_("Any status"), ""))
ERROR_CHOICES: tuple[tuple[str, bool | None], ...] = (
    (N_("Any findings"), None), (N_("With errors"), True), (N_("Without errors"), False))
RELOAD_MS = 300
RELOAD_ON = ("draft", "product", "campaign", "translations")  # change-bus entities the queue or its boxes show
QUEUE_PAGE = 1000  # rows the queue shows at once (the newest first); filters narrow it
# values shown with tr() at run time: history entries and where a source fact was read
_RUNTIME_WORDS = (N_("version"), N_("approved"), N_("rejected"), N_("catalog"), N_("user"), N_("description"),
                  N_("title"), N_("error"), N_("warning"), N_("info"))


def _rtl(market: str) -> bool:
    try:
        from localization.markets import get_market

        return get_market(market).is_rtl
    except ValueError:
        return False


def _combo(name: str) -> QComboBox:
    box = QComboBox()
    box.setObjectName(name)
    return box


# the history's time stamp: digits only, as Content's versions and the Calendar write it ("%b" read "Dec" in the
# Chinese and Arabic UI, s19 walkthrough)
HISTORY_STAMP = "%Y-%m-%d %H:%M"


class QueueTable(QTableView):
    """The queue: narrower than NARROW px (1366×768 with the draft beside it: the product read "Cera…"), the Status
    column steps aside for the product's name — the status is in the heading, the filter and the row's tooltip."""

    NARROW = 460
    STATUS = 3

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if self.model() is not None and self.model().columnCount() > self.STATUS:
            self.setColumnHidden(self.STATUS, self.viewport().width() < self.NARROW)


class QueueModel(RowModel):
    COLUMNS = (
        Column(N_("Product"), lambda r: r.title or r.handle,
               tip=lambda r: f"{r.title or r.handle} · {tr(r.status)}\n{r.handle} · {r.preview}"),
        Column(N_("Market"), lambda r: r.market),
        Column(N_("Kind / target"), lambda r: slot_label(r.kind, r.target) + (f" · {r.variant}" if r.variant else ""),
               tip=lambda r: f"{r.kind}/{r.target}" if r.target else r.kind),
        Column(N_("Status"), lambda r: r.status, fmt=lambda s: tr(s)),
        Column(N_("Err"), lambda r: r.errors, align=RIGHT, header_tip=N_("Error findings")),
        Column(N_("Warn"), lambda r: r.warnings, align=RIGHT, header_tip=N_("Warnings")),
    )
    ROW_ROLES = {Qt.ItemDataRole.UserRole: lambda r: r.draft_id}

    def row_of(self, draft_id: int) -> int:
        return self.find(lambda r: r.draft_id == draft_id)


class ReviewView(QWidget):
    status_message = Signal(str)
    loaded = Signal()  # the queue's rows are shown
    detail_loaded = Signal(int)  # the current draft's detail is shown (its id)
    decided = Signal(int, str)  # draft id, "approved" | "rejected" | "edited"

    def __init__(self, ctx) -> None:
        super().__init__()
        self.ctx = ctx
        self.rows_loaded = False
        self.detail: dict[str, Any] | None = None
        self._select_after: int | None = None
        self._dialog: Any = None
        self._warmed = False
        self._last_caption: int | None = None  # the caption approved last here: what Schedule… offers first

        # ---------------------------------------------------------------- filters
        self.product = QLineEdit(placeholderText=tr("Product handle or SKU"))
        self.product.setObjectName("ReviewProduct")
        self.product.setClearButtonEnabled(True)
        self.market = _combo("ReviewMarket")
        self.kind = _combo("ReviewKind")
        self.target = _combo("ReviewTarget")
        for combo, any_text in ((self.market, N_("Any market")), (self.kind, N_("Any kind")),
                                (self.target, N_("Any target"))):
            combo.addItem(tr(any_text), "")
            combo.setMinimumContentsLength(8)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.status = _combo("ReviewStatus")
        for label, value in STATUS_CHOICES:
            self.status.addItem(tr(label), value)
        self.errors = _combo("ReviewErrors")
        for err_label, err_value in ERROR_CHOICES:
            self.errors.addItem(tr(err_label), err_value)
        self.count_label = ElidedLabel(min_chars=6)
        self.count_label.setObjectName("ReviewCount")
        self.bulk_warnings = QCheckBox(tr("incl. warnings"))
        self.bulk_warnings.setToolTip(tr("Bulk approve also drafts whose only findings are warnings (never errors)"))
        self.bulk_button = QPushButton(tr("Approve all without findings"))
        self.bulk_button.setObjectName("ReviewBulkApprove")
        bar = QHBoxLayout()
        bar.addWidget(self.product, 2)
        for w in (self.market, self.kind, self.target, self.status, self.errors):
            bar.addWidget(w, 1)
        bar.addWidget(self.count_label)
        bar.addStretch(0)
        bar.addWidget(self.bulk_warnings)
        bar.addWidget(self.bulk_button)

        # ---------------------------------------------------------------- queue
        self.model = QueueModel(self)
        self.table = QueueTable()
        self.table.setObjectName("ReviewQueue")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setSortingEnabled(False)
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        hh.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col, width in ((1, 54), (2, 118), (3, 68), (4, 34), (5, 40)):
            self.table.setColumnWidth(col, width)
        self.table.setMinimumWidth(260)
        self.empty_label = ElidedLabel("", lines=3)
        self.empty_label.setObjectName("ReviewEmpty")
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.table, 1)
        lv.addWidget(self.empty_label)

        # ---------------------------------------------------------------- the current draft
        self.heading = ElidedLabel(tr("Pick a draft in the queue."))
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setObjectName("ReviewHeading")
        self.diff = DiffView()
        self.findings = RowModel(self, columns=tuple_columns(N_("Severity"), N_("Rule"), N_("Finding"), N_("Field")))
        self.findings_view = self._small_table(self.findings, "ReviewFindings", stretch=2)
        # the rule id is not sized to its contents: "generation.fact-untranslated" left the finding's own text a
        # 45 px column in the Arabic UI at 1366 px (elided in the middle; the whole id in the detail line)
        rules = self.findings_view.horizontalHeader()
        for col, width in ((1, 150), (3, 110)):  # the rule id and the field ("Scene 1 · On-screen text") wrap
            rules.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            self.findings_view.setColumnWidth(col, width)
        self.findings_view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.facts = RowModel(self, columns=tuple_columns(N_("Fact"), N_("Value"), N_("From")))
        self.facts_view = self._small_table(self.facts, "ReviewFacts", stretch=1)
        self.history = RowModel(self, columns=(
            Column(N_("When"), lambda h: h.time.astimezone().strftime(HISTORY_STAMP) if h.time else "", fmt=text),
            Column(N_("What"), lambda h: tr(h.what), fmt=text),
            Column(N_("Version"), lambda h: f"v{h.version}"),
            Column(N_("Who / reason"), lambda h: " — ".join(x for x in (author_label(h.author), h.reason) if x),
                   tip=lambda h: h.reason or author_label(h.author)),
        ))
        self.history_view = self._small_table(self.history, "ReviewHistory", stretch=3)

        self.approve_button = QPushButton(tr("Approve") + "  [A]")
        self.approve_button.setObjectName("ReviewApprove")
        self.reject_button = QPushButton(tr("Reject…") + "  [R]")
        self.reject_button.setObjectName("ReviewReject")
        self.edit_button = QPushButton(tr("Edit…") + "  [E]")
        self.edit_button.setObjectName("ReviewEdit")
        self.prev_button = QPushButton(tr("Previous") + "  [P]")
        self.next_button = QPushButton(tr("Next") + "  [N]")
        self.next_button.setObjectName("ReviewNext")
        self.schedule_button = QPushButton(tr("Schedule…") + "  [S]")
        self.schedule_button.setObjectName("ReviewSchedule")
        self.content_button = QPushButton(tr("Open in Content"))
        # a warning/direction sentence still in the source language: the seller gives theirs (stored, rewritten)
        self.translate_button = QPushButton(tr("Add translation…"))
        self.translate_button.setObjectName("ReviewAddTranslation")
        self.translate_button.setToolTip(tr("Give your translation of the selected 'safety text not in …' finding: "
                                            "kept in Translations, then the draft is written and checked again"))
        self.translate_button.setEnabled(False)
        self._checks: list[dict[str, Any]] = []
        buttons = QHBoxLayout()
        for b in (self.approve_button, self.reject_button, self.edit_button, self.prev_button, self.next_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.translate_button)
        buttons.addWidget(self.schedule_button)
        buttons.addWidget(self.content_button)
        self.message = ElidedLabel(tr("Keys: A approve · R reject · E edit · N next · P previous"), lines=2)
        self.message.setObjectName("ReviewMessage")

        draft_box = QWidget()
        dv = QVBoxLayout(draft_box)
        dv.setContentsMargins(0, 0, 0, 0)
        dv.addWidget(QLabel(tr("Draft — changes against the previous version")))
        dv.addWidget(self.diff, 1)
        side = QWidget()
        sv = QVBoxLayout(side)
        sv.setContentsMargins(0, 0, 0, 0)
        sv.addWidget(QLabel(tr("Source facts (what the copy may state)")))
        sv.addWidget(self.facts_view, 3)
        sv.addWidget(QLabel(tr("History")))
        sv.addWidget(self.history_view, 2)
        self.detail_split = QSplitter(Qt.Orientation.Horizontal)
        self.detail_split.addWidget(draft_box)
        self.detail_split.addWidget(side)
        self.detail_split.setStretchFactor(0, 3)
        self.detail_split.setStretchFactor(1, 2)
        self.detail_split.setChildrenCollapsible(False)
        self.detail_split.setSizes([440, 280])
        self.detail_split.setObjectName("ReviewDetailSplit")
        # the findings span the whole width under the diff and the facts: beside the facts (s20) the finding's own
        # text was a ~35 px column at 1366x768 once a row read "Warning · model-suggested" (walkthrough s21)
        findings_box = QWidget()
        fv = QVBoxLayout(findings_box)
        fv.setContentsMargins(0, 0, 0, 0)
        fv.addWidget(QLabel(tr("Findings")))
        fv.addWidget(self.findings_view, 1)
        self.findings_split = QSplitter(Qt.Orientation.Vertical)
        self.findings_split.setObjectName("ReviewFindingsSplit")
        self.findings_split.addWidget(self.detail_split)
        self.findings_split.addWidget(findings_box)
        self.findings_split.setStretchFactor(0, 3)
        self.findings_split.setStretchFactor(1, 1)
        self.findings_split.setChildrenCollapsible(False)
        self.findings_split.setSizes([420, 170])
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(self.heading)
        rv.addWidget(self.findings_split, 1)
        rv.addLayout(buttons)
        rv.addWidget(self.message)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("ReviewSplit")
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([480, 720])
        lay = QVBoxLayout(self)
        lay.addLayout(bar)
        lay.addWidget(self.splitter, 1)

        # ---------------------------------------------------------------- keys (listed by Help › Keyboard shortcuts)
        def action(label: str, keys, slot, name: str) -> QAction:
            a = QAction(label, self)
            a.setObjectName(name)
            a.setShortcut(QKeySequence(keys))
            a.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            a.triggered.connect(slot)
            self.addAction(a)
            return a

        self.approve_action = action(tr("Approve draft and go to the next"), "A", self.approve, "ReviewApproveAction")
        self.reject_action = action(tr("Reject draft with a reason"), "R", self.ask_reject, "ReviewRejectAction")
        self.edit_action = action(tr("Edit draft"), "E", self.edit, "ReviewEditAction")
        self.next_action = action(tr("Next draft"), "N", self.next, "ReviewNextAction")
        self.prev_action = action(tr("Previous draft"), "P", self.previous, "ReviewPrevAction")
        self.schedule_action = action(tr("Schedule an approved caption"), "S", self.schedule, "ReviewScheduleAction")
        self.bulk_action = action(tr("Approve all drafts without findings"), "Ctrl+Shift+A", self.approve_clean,
                                  "ReviewBulkAction")
        self.approve_button.clicked.connect(self.approve)
        self.reject_button.clicked.connect(self.ask_reject)
        self.edit_button.clicked.connect(self.edit)
        self.translate_button.clicked.connect(self.add_translation)
        self.findings_view.selectionModel().currentRowChanged.connect(lambda *_: self._update_translate())
        self.next_button.clicked.connect(self.next)
        self.prev_button.clicked.connect(self.previous)
        self.bulk_button.clicked.connect(self.approve_clean)
        self.content_button.clicked.connect(self.open_in_content)
        self.schedule_button.clicked.connect(self.schedule)
        for b, a in ((self.approve_button, self.approve_action), (self.reject_button, self.reject_action),
                     (self.edit_button, self.edit_action), (self.next_button, self.next_action),
                     (self.prev_button, self.prev_action), (self.bulk_button, self.bulk_action),
                     (self.schedule_button, self.schedule_action)):
            b.setToolTip(f"{a.text()} ({a.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})")

        # ---------------------------------------------------------------- behaviour
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(RELOAD_MS)
        self._reload_timer.timeout.connect(self.reload)
        self.product.textChanged.connect(lambda _t: self._reload_timer.start())
        self.product.returnPressed.connect(self.reload)
        for combo in (self.market, self.kind, self.target, self.status, self.errors):
            combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        ctx.bus.changed_by.connect(self._on_changes)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._on_app_state)
        self._set_actions_enabled(False)
        self.reload()

    @staticmethod
    def _small_table(model: RowModel, name: str, stretch: int) -> QTableView:
        v = QTableView()
        v.setObjectName(name)
        v.setModel(model)
        v.verticalHeader().hide()
        # rows as tall as their wrapped text: a reject reason was cut to 'app — …' in the history (s14 finding 27)
        v.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        v.setWordWrap(True)
        v.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        v.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        hh = v.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(min(stretch, model.columnCount() - 1), QHeaderView.ResizeMode.Stretch)
        v.setMinimumHeight(60)
        return v

    # ------------------------------------------------------------------ filters
    def queue_filter(self):
        from studio.services.review import QueueFilter

        return QueueFilter(product=self.product.text().strip() or None, market=self.market.currentData() or None,
                           kind=self.kind.currentData() or None, target=self.target.currentData() or None,
                           status=self.status.currentData() or None, has_errors=self.errors.currentData())

    def set_filter(self, *, product: str | None = None, market: str | None = None, kind: str | None = None,
                   target: str | None = None, status: str | None = "awaiting", has_errors: bool | None = None,
                   draft_id: int | None = None) -> None:
        """Show the queue filtered (what Home's cards and the Localize dialog open); unset filters show any."""
        widgets = (self.product, self.market, self.kind, self.target, self.status, self.errors)
        for w in widgets:
            w.blockSignals(True)
        try:
            self.product.setText(product or "")
            for combo, value in ((self.market, market), (self.kind, kind), (self.target, target)):
                value = value or ""
                if combo.findData(value) < 0:
                    combo.addItem(value, value)
                combo.setCurrentIndex(combo.findData(value))
            self.status.setCurrentIndex(max(0, self.status.findData(status or "")))
            self.errors.setCurrentIndex(max(0, self.errors.findData(has_errors)))
        finally:
            for w in widgets:
                w.blockSignals(False)
        self._select_after = draft_id
        self.reload()

    def open_on(self, **t: Any) -> bool:
        """``MainWindow.open_on("review", market=…, kind=…, target=…, status=…, has_errors=…, handle=…,
        draft_id=…)``."""
        self.set_filter(product=t.get("handle") or (str(t["product_id"]) if t.get("product_id") else None),
                        market=t.get("market"), kind=t.get("kind"), target=t.get("target"),
                        status=t.get("status", "awaiting"), has_errors=t.get("has_errors"),
                        draft_id=t.get("draft_id"))
        return True

    # ------------------------------------------------------------------ loading
    def reload(self) -> None:
        from studio.services import review

        db, f = self.ctx.db, self.queue_filter()

        def job(progress, cancel):  # the choices cost ~2 ms against ~120 ms for a 1,000-row page
            return review.queue(db, f, limit=QUEUE_PAGE), review.choices(db)

        Op(self.ctx, self, job).named("review queue").quiet().latest_only("queue") \
            .success(self._loaded).failure(self._load_failed).run_in_background()

    def _load_failed(self, exc: BaseException) -> None:
        self.model.set_rows([])
        self.count_label.setText("")
        self.empty_label.setText(ops.message_of(exc))
        self.empty_label.show()
        self._show_none()
        self.rows_loaded = True
        self.loaded.emit()

    def _loaded(self, result) -> None:
        rows, choices = result
        if choices is not None:
            self._fill_choices(choices)
        current = self.current_id()
        want = self._select_after if self._select_after is not None else current
        self._select_after = None
        self.model.set_rows(rows)
        n = len(rows)
        self.count_label.setText(tr("{n} drafts").replace("{n}", f"{n:,}" if n < QUEUE_PAGE else f"{n:,}+"))
        self.count_label.setToolTip(tr("The first {n} drafts: narrow the filters to see the others")
                                    .replace("{n}", f"{n:,}") if n >= QUEUE_PAGE else "")
        if not rows:
            self.empty_label.setText(tr("Nothing to review here. Generate drafts with Localize… in Content or the "
                                        "Catalog, or change the filters."))
        self.empty_label.setVisible(not rows)
        row = self.model.row_of(want) if want is not None else -1
        if row < 0 and rows:
            row = 0
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, 0))
            self.table.scrollTo(self.model.index(row, 0))
            if self.model.row(row).draft_id == current:
                self.load_detail()  # the same draft: its detail may have changed
        else:
            self._show_none()
        self.rows_loaded = True
        self.loaded.emit()

    def _fill_choices(self, choices: dict[str, list[str]]) -> None:
        """Rebuild the market, kind and target boxes from ``choices`` ("Any …" first); the chosen value stays
        chosen (and listed) even when no draft has it any more."""
        for combo, values in ((self.market, choices["markets"]), (self.kind, choices["kinds"]),
                              (self.target, choices["targets"])):
            keep = combo.currentData() or ""
            wanted = [""] + sorted(set(values) | ({keep} - {""}))
            if [combo.itemData(i) for i in range(combo.count())] == wanted:
                continue
            combo.blockSignals(True)
            try:
                any_text = combo.itemText(0)
                combo.clear()
                combo.addItem(any_text, "")
                name = kind_label if combo is self.kind else target_label if combo is self.target else str
                for v in wanted[1:]:
                    combo.addItem(name(v), v)  # "Video script", "TikTok Shop"; the id is the data
                combo.setCurrentIndex(max(0, combo.findData(keep)))
            finally:
                combo.blockSignals(False)

    def _on_changes(self, summary: ChangeSummary, initiator: object) -> None:
        if summary.entity in RELOAD_ON and initiator is not self:
            self._reload_timer.start()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        """Shown again (another section was in front): read the queue and the boxes again."""
        super().showEvent(event)
        if self.rows_loaded and not event.spontaneous():
            self.reload()

    def _on_app_state(self, state: Qt.ApplicationState) -> None:
        """Back in the app (e.g. from a terminal where ``studio generate`` wrote drafts): read the queue again."""
        if state == Qt.ApplicationState.ApplicationActive and self.isVisible():
            self.reload()

    def current_id(self) -> int | None:
        idx = self.table.currentIndex()
        if not idx.isValid() or idx.row() >= self.model.rowCount():
            return None
        return self.model.row(idx.row()).draft_id

    def current_row(self):
        idx = self.table.currentIndex()
        return self.model.row(idx.row()) if idx.isValid() and idx.row() < self.model.rowCount() else None

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.load_detail()
        else:
            self._show_none()

    def load_detail(self) -> None:
        from studio.services import drafts, review

        row = self.current_row()
        if row is None:
            return
        db, did, pid = self.ctx.db, row.draft_id, row.product_id
        labels = diff_labels()  # in the UI language, read here on the GUI thread

        def job(progress, cancel):
            d = drafts.get_draft(db, did)
            return {"draft": d, "diff": review.word_diff(db, did, labels=labels), "facts": review.source_facts(db, pid),
                    "history": review.history(db, did)}

        Op(self.ctx, self, job).named("review: draft").quiet().latest_only("detail") \
            .success(self._show_detail).failure(lambda exc: self.message.setText(ops.message_of(exc))) \
            .run_in_background()

    def _selected_sentence(self) -> str:
        idx = self.findings_view.currentIndex()
        c = self._checks[idx.row()] if idx.isValid() and 0 <= idx.row() < len(self._checks) else {}
        if c.get("rule_id") != "generation.safety-untranslated":
            return ""
        return str((c.get("data") or {}).get("sentence") or "")

    def _update_translate(self) -> None:
        self.translate_button.setEnabled(bool(self.detail is not None and self._selected_sentence()))

    def add_translation(self) -> None:
        """Add translation… on a "safety text not in …" finding (as in Content): the sentence in the market's
        language, stored in the translation memory; the draft is written again (offline) or checked again."""
        from ui.dialogs.sentence_translation import SentenceTranslationDialog

        sentence = self._selected_sentence()
        if not sentence or self.detail is None:
            return
        d = self.detail["draft"]
        dlg = SentenceTranslationDialog(sentence, d.market, self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.accepted.connect(partial(self._save_translation, d.id, sentence, dlg))
        self._dialog = dlg
        dlg.open()

    def _save_translation(self, did: int, sentence: str, dlg: Any) -> None:
        from studio.services import translations

        text, only, db = dlg.text(), dlg.only_product.isChecked(), self.ctx.db

        def job(progress, cancel):
            return translations.supply_sentence(db, did, sentence, text, this_product_only=only)

        def done(result) -> None:
            _d, found = result
            left = sum(1 for f in found if f.get("rule_id") == "generation.safety-untranslated")
            self.message.setText(tr("Translation saved; the draft was written again.") + (
                " " + tr("{n} safety sentence(s) still to translate").replace("{n}", str(left)) if left else ""))
            self._select_after = did
            self.decided.emit(did, "edited")
            self.reload()

        Op(self.ctx, self, job).named("review: add translation").writes().success(done) \
            .failure(lambda exc: self.message.setText(tr("Translation not saved: ") + ops.message_of(exc))) \
            .run_in_background()

    def _show_none(self) -> None:
        self.detail = None
        self._checks = []
        self.translate_button.setEnabled(False)
        self.heading.setText(tr("Pick a draft in the queue."))
        self.diff.clear()
        self.findings.set_rows([])
        self.facts.set_rows([])
        self.history.set_rows([])
        self._set_actions_enabled(False)

    def _show_detail(self, detail: dict[str, Any]) -> None:
        d = detail["draft"]
        if d.id != self.current_id():
            return
        self.detail = detail
        v = d.latest
        title = " · ".join(x for x in (d.product_title or d.product_handle, d.market, slot_label(d.kind, d.target),
                                       getattr(d, "variant", "") or "", tr(d.status), f"v{d.current_version}") if x)
        self.heading.setText(title)
        note = "" if d.current_version > 1 else tr("First version: nothing to compare with.")
        self.diff.show_diff(detail["diff"], rtl=_rtl(d.market), note=note)
        checks = v.checks if v else []
        order = {"error": 0, "warning": 1, "info": 2}
        # a model's suggestion (the offline classifier's second opinion, not a rule) is marked as such
        self._checks = sorted(checks, key=lambda c: order.get(c.get("severity", ""), 3))
        from ui.widgets.checks_panel import SEVERITY_WORDS

        self.findings.set_rows([(tr(SEVERITY_WORDS.get(c.get("severity", ""), c.get("severity", ""))) + ("\n" + tr("model-suggested") if c.get("model_suggested")
                                                              else ""), c.get("rule_id", ""), finding_message(c.get("message")),
                                 field_label(c.get("field")))
                                for c in self._checks])
        self._update_translate()
        self.facts.set_rows([(fact_label(f["key"]), f["value"] + (f" {f['unit']}" if f.get("unit") and f["unit"] not in
                                                      f["value"] else ""), tr(f["source"]))
                             for f in detail["facts"]])
        self.history.set_rows(list(reversed(detail["history"])))
        self._set_actions_enabled(True)
        if not self._warmed:
            self._warm_up(d.id)
        self.detail_loaded.emit(d.id)

    def _warm_up(self, did: int) -> None:
        """Run the draft's checks once in the background: approval re-runs them, and the first run loads the
        quality engine (seconds) — so the first A after opening the queue answers at once."""
        from studio.services import drafts

        self._warmed, db = True, self.ctx.db
        Op(self.ctx, self, lambda progress, cancel: drafts.current_checks(db, did)).named("review: warm up") \
            .quiet().success(lambda _r: None).failure(lambda _exc: None).run_in_background()

    def _set_actions_enabled(self, on: bool) -> None:
        for w in (self.approve_button, self.reject_button, self.edit_button, self.content_button,
                  self.approve_action, self.reject_action, self.edit_action):
            w.setEnabled(on)

    # ------------------------------------------------------------------ moving
    def _move(self, step: int) -> None:
        n = self.model.rowCount()
        if not n:
            return
        idx = self.table.currentIndex()
        row = idx.row() + step if idx.isValid() else 0
        row = max(0, min(n - 1, row))
        self.table.setCurrentIndex(self.model.index(row, 0))
        self.table.setFocus()

    def next(self) -> None:
        self._move(1)

    def previous(self) -> None:
        self._move(-1)

    def _neighbour(self) -> int | None:
        """The draft to show after the current one is decided: the next, or the previous at the end."""
        idx = self.table.currentIndex()
        if not idx.isValid():
            return None
        for r in (idx.row() + 1, idx.row() - 1):
            if 0 <= r < self.model.rowCount():
                return self.model.row(r).draft_id
        return None

    # ------------------------------------------------------------------ decisions
    def approve(self) -> None:
        """A: approve. A draft whose current version has error findings asks for the reason it may go out
        anyway (recorded in its provenance and history); cancelling the question approves nothing."""
        from studio.services import drafts

        row = self.current_row()
        if row is None or self.detail is None:
            return
        v = self.detail["draft"].latest
        errors = drafts.error_findings(v.checks if v is not None else [])
        if not errors:
            self._approve(None)
            return
        dlg = ApproveReasonDialog(self.heading.text(), errors, self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.accepted.connect(lambda: self._approve(dlg.text()))
        dlg.rejected.connect(lambda: self._approve(None))  # the refusal says why, and the draft stays
        self._dialog = dlg
        dlg.open()

    def _approve(self, reason: str | None) -> None:
        from studio.services import review

        row = self.current_row()
        if row is None or self.detail is None:
            return
        db, did, after = self.ctx.db, row.draft_id, self._neighbour()

        def job(progress, cancel):
            return review.approve(db, [did], reason=reason, by="app")

        kind = row.kind

        def done(summary) -> None:
            if kind == "caption":
                self._last_caption = did
                self.message.setText(tr("Approved: ") + self.heading.text() + "  ·  " + tr("Schedule it: S"))
            else:
                self.message.setText(tr("Approved: ") + self.heading.text())
            self.status_message.emit(summary.message)
            self._decided(did, "approved", after)

        def failed(exc: BaseException) -> None:
            self.message.setText(ops.message_of(exc))

        Op(self.ctx, self, job).named("approve draft").writes().busy(self.approve_button) \
            .success(done).failure(failed).run_in_background()

    def _decided(self, did: int, what: str, after: int | None) -> None:
        # stays on the queue's next draft when the decided one leaves the filter (awaiting review)
        self._select_after = after if self.status.currentData() in ("awaiting", "draft", "in-review") else did
        self.decided.emit(did, what)
        self.reload()

    def ask_reject(self) -> None:
        row = self.current_row()
        if row is None or self.detail is None:
            return
        dlg = RejectDialog(self.heading.text(), self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.accepted.connect(partial(self._reject, row.draft_id, dlg))
        self._dialog = dlg
        dlg.open()

    def _reject(self, did: int, dlg: RejectDialog) -> None:
        from studio.services import review

        reason, db, after = dlg.text(), self.ctx.db, self._neighbour()

        def job(progress, cancel):
            return review.reject(db, [did], reason, by="app")

        def done(summary) -> None:
            self.message.setText(tr("Rejected: ") + reason)
            self._decided(did, "rejected", after)

        Op(self.ctx, self, job).named("reject draft").writes().success(done) \
            .failure(lambda exc: self.message.setText(ops.message_of(exc))).run_in_background()

    def edit(self) -> None:
        row = self.current_row()
        if row is None or self.detail is None:
            return
        from studio.services.draft_fields import voice_language

        d = self.detail["draft"]
        dlg = EditDialog(self.heading.text(), d.content, _rtl(d.market), self,
                         lang=voice_language(d.market, d.content))
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.accepted.connect(partial(self._save_edit, d.id, dlg))
        self._dialog = dlg
        dlg.open()

    def _save_edit(self, did: int, dlg: EditDialog) -> None:
        from studio.services import drafts

        changes, db = dlg.changes(), self.ctx.db
        if not changes:
            self.message.setText(tr("Nothing changed."))
            return

        def job(progress, cancel):
            return drafts.edit(db, did, changes, note="review queue")

        def done(d) -> None:
            self.message.setText(tr("Saved as a new version; its findings are checked again."))
            self._select_after = did
            self.decided.emit(did, "edited")
            self.reload()

        Op(self.ctx, self, job).named("edit draft").writes().success(done) \
            .changes(lambda d: ChangeSummary(updated=(d.id,), entity="draft", message="edited")) \
            .failure(lambda exc: self.message.setText(ops.message_of(exc))).run_in_background()

    def approve_clean(self) -> None:
        from studio.services import review

        db, f, allow = self.ctx.db, self.queue_filter(), self.bulk_warnings.isChecked()

        def job(progress, cancel):
            return review.approve_clean(db, f, allow_warnings=allow, by="app: bulk")

        def done(res) -> None:
            text_ = tr("{a} approved, {s} passed over (findings to look at)").replace(
                "{a}", str(len(res.approved))).replace("{s}", str(len(res.skipped)))
            self.message.setText(text_)
            self.status_message.emit(text_)
            self.reload()

        Op(self.ctx, self, job).named("approve drafts without findings").writes().busy(self.bulk_button) \
            .success(done).changes(lambda res: res.summary) \
            .failure(lambda exc: self.message.setText(ops.message_of(exc))).run_in_background()

    def schedule(self) -> None:
        """Schedule an approved caption (the current draft when it is one) — ui.review.schedule."""
        from ui.review.schedule import open_schedule

        row = self.current_row()
        want = row.draft_id if row is not None and row.kind == "caption" and row.approved_version else None
        self._dialog = open_schedule(self.ctx, self, want if want is not None else self._last_caption)

    def open_in_content(self) -> None:
        row = self.current_row()
        win = getattr(self.ctx, "main_window", None)
        if row is None or win is None:
            return
        win.open_on("content", product_id=row.product_id, handle=row.handle, market=row.market, kind=row.kind,
                    target=row.target)
