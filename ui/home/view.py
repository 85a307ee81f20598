"""Home: what needs me now (issue 19 item 2).

Cards answer at a glance — drafts awaiting review by market, drafts with errors, posts due today, failed posts
with the action that fixes them (the Calendar's), accounts to reconnect or near a publishing budget, products
with missing images or facts, jobs running — each with buttons that open the right section on the right object
(``MainWindow.open_on``). Below, the coverage matrix: products × markets, one page at a time, a cell showing
which of approved listing copy (L), an approved caption (C), a video (V) and a mockup (M) exist; double-click
opens the section that makes the first missing one. An empty catalog, no drafts or no accounts each say what to
do next, with the button for it.

The figures come from ``studio.services.home`` (one summary call, one paged coverage call) run through
``ui.ops.Op``; Home refreshes when shown, when a change is broadcast, and when a background task starts or ends.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from studio.services import home
from ui import plain
from ui.i18n import N_, tr
from ui.labels import slot_label
from ui.models import Column, RowModel
from ui.ops import Op

PAGE_SIZE = 50
MARKETS_SETTING = "content.markets"  # the markets of the Content section's tabs (ui.content.pickers)
# what each letter of a coverage cell stands for, in the order shown
COVERAGE_PARTS: tuple[tuple[str, str, str], ...] = (
    ("listing", N_("L"), N_("Approved listing copy")),
    ("caption", N_("C"), N_("Approved caption")),
    ("video", N_("V"), N_("Video")),
    ("mockup", N_("M"), N_("Mockup")),
)
# account lines whose message the service writes (studio.services.home.account_issues), shown with tr(a.message)
ACCOUNT_MESSAGES = (N_("not connected yet"),)


# task names (``Op.named``) of the long jobs Home lists as running; the import dialog's are "<step>: <file>"
LONG_JOBS = ("batch", "render", "livestream kit", "export kit", "mockups: batch", "mockup glb", "generate",
             "import", "downloading images", "sample catalog", "schedule teasers", "publish due posts")


def is_long_job(name: str) -> bool:
    low = name.lower()
    translated = (tr("Import"), tr("Downloading images"), tr("Sample catalog"))  # names given through tr()
    return any(low.startswith(p) for p in LONG_JOBS) or any(low.startswith(t.lower()) for t in translated)


def _n(template: str, n: int) -> str:
    return tr(template).replace("{n}", f"{n:,}")


def cell_text(cell: home.CoverageCell) -> str:
    return " ".join(tr(letter) if cell.has(kind) else "·" for kind, letter, _label in COVERAGE_PARTS)


def cell_tip(cell: home.CoverageCell) -> str:
    yes, no = tr("yes"), tr("missing")
    lines = [f"{tr(label)}: {yes if cell.has(kind) else no}" for kind, _l, label in COVERAGE_PARTS]
    return "\n".join(lines + [tr("Double-click to open it")])


def cell_target(row: home.CoverageRow, market: str, cell: home.CoverageCell) -> tuple[str, dict[str, Any]]:
    """The section and object a double-click on a coverage cell opens: what makes the first missing piece."""
    base: dict[str, Any] = {"product_id": row.product_id, "handle": row.handle, "market": market}
    if not cell.listing:
        return "content", {**base, "kind": "listing"}
    if not cell.caption:
        return "content", {**base, "kind": "caption"}
    if not cell.video:
        return "video", base
    if not cell.mockup:
        return "mockups", base
    return "content", {**base, "kind": "listing"}


class ElidedLine(QLabel):
    """One line of plain text elided to the width it gets (the whole text in its tooltip): a long error message
    or a translated heading never widens the window."""

    def __init__(self, text: str = "") -> None:
        super().__init__()
        self.setTextFormat(Qt.TextFormat.PlainText)
        self._full = ""
        self.setText(text)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt API
        self._full = " ".join((text or "").split())
        self._elide()
        self.updateGeometry()

    def text(self) -> str:
        return self._full

    def _elide(self) -> None:
        width = self.contentsRect().width()
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, width) if width > 0 \
            else self._full
        super().setText(shown)
        self.setToolTip(plain.tip(self._full) or "" if shown != self._full else "")

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._elide()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        m = self.contentsMargins()
        return QSize(self.fontMetrics().horizontalAdvance(self._full) + m.left() + m.right() + 2,
                     super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        m = self.contentsMargins()
        fm = self.fontMetrics()
        return QSize(fm.averageCharWidth() * 8 + m.left() + m.right(), fm.height() + m.top() + m.bottom())


class CoverageModel(RowModel):
    """Rows: ``CoverageRow``; columns: the product, then one per market of the page."""

    def set_page(self, page: home.CoveragePage) -> None:
        cols = [Column(N_("Product"), lambda r: r.title or r.handle, tip=lambda r: r.handle)]
        cols += [_market_column(i, market) for i, market in enumerate(page.markets)]
        self.beginResetModel()
        self.columns = tuple(cols)
        self._rows = list(page.rows)
        self.endResetModel()

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and section > 0 \
                and section < len(self.columns):
            return self.columns[section].header  # a market tag, not translated
        return super().headerData(section, orientation, role)


def _market_column(i: int, market: str) -> Column:
    def cell(r: home.CoverageRow) -> home.CoverageCell:
        return r.cells[i]

    return Column(market, lambda r: cell_text(cell(r)), tip=lambda r: cell_tip(cell(r)),
                  align=Qt.AlignmentFlag.AlignCenter,
                  roles={Qt.ItemDataRole.BackgroundRole: lambda r: _complete_brush(cell(r))})


def _complete_brush(cell: home.CoverageCell) -> QBrush | None:
    return QBrush(QColor(46, 160, 67, 60)) if cell.complete else None


class Card(QGroupBox):
    """A titled box: a big count, a line of detail, and rows of (text, button)."""

    def __init__(self, title: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(tr(title), parent)
        self.setObjectName(f"HomeCard-{name}")
        self.source_title = title
        lay = QVBoxLayout(self)
        self.count = QLabel("0")
        self.count.setObjectName(f"HomeCount-{name}")
        font = self.count.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.count.setFont(font)
        self.detail = plain.label("")
        self.detail.setWordWrap(True)
        self.rows = QVBoxLayout()
        self.rows.setSpacing(2)
        lay.setSpacing(4)
        top = QHBoxLayout()  # the count with its line beside it: two rows of cards fit a 768 px screen
        top.addWidget(self.count, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.detail, 1)
        lay.addLayout(top)
        lay.addLayout(self.rows)
        lay.addStretch(1)
        self.buttons: list[QPushButton] = []

    def set(self, count: int | None, detail: str = "") -> None:
        self.count.setText("" if count is None else f"{count:,}")
        self.count.setVisible(count is not None)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        while self.rows.count():
            item = self.rows.takeAt(0)
            w = item.widget() if item is not None else None
            if w is not None:
                w.deleteLater()
        self.buttons = []

    def add(self, text: str, button: str, slot: Callable[[], object], name: str = "", tip: str = "") -> QPushButton:
        row = QWidget()
        h = QHBoxLayout(row)
        h.setContentsMargins(0, 0, 0, 0)
        if text:
            label = plain.label(text)
            label.setWordWrap(True)
            h.addWidget(label, 1)
        b = QPushButton(button)
        if name:
            b.setObjectName(name)
        if tip:
            b.setToolTip(plain.tip(tip) or "")
        b.clicked.connect(lambda _=False: slot())
        h.addWidget(b, 0 if text else 1)
        self.rows.addWidget(row)
        self.buttons.append(b)
        return b


COVERAGE_MIN_HEIGHT = 210  # the filter bar, the legend, the header and three rows


class _ContentHeightScroll(QScrollArea):
    """A scroll area that asks for its content's whole height (QScrollArea caps its hint at 24 lines), so the
    layout gives the cards what they need and scrolls only when the window really is too small."""

    def setWidget(self, widget: QWidget) -> None:  # noqa: N802 - Qt API
        super().setWidget(widget)
        widget.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt API
        if obj is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # the cards changed height: the Home layout asks this hint again
        return super().eventFilter(obj, event)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()  # wrapped lines: the cards' height depends on the width

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        hint = super().sizeHint()
        inner = self.widget()
        if inner is None:
            return hint
        m = self.contentsMargins()
        height = inner.heightForWidth(self.viewport().width()) if inner.hasHeightForWidth() else -1
        return QSize(hint.width(), (height if height > 0 else inner.sizeHint().height()) + m.top() + m.bottom())


class HomeView(QWidget):
    """The Home section."""

    status_message = Signal(str)
    loaded = Signal()  # after a summary was shown
    coverage_loaded = Signal()

    def __init__(self, ctx) -> None:
        super().__init__()
        self.ctx = ctx
        self.summary: home.HomeSummary | None = None
        self.page: home.CoveragePage | None = None
        self.offset = 0
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(400)
        self._refresh_timer.timeout.connect(self.refresh)

        outer = QVBoxLayout(self)
        head = QHBoxLayout()
        self.heading = ElidedLine(tr("What needs you now"))
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.updated = ElidedLine("")
        self.refresh_button = QPushButton(tr("Refresh"))
        self.refresh_button.setObjectName("HomeRefresh")
        self.refresh_button.clicked.connect(self.refresh_all)
        head.addWidget(self.heading, 2)
        head.addStretch(1)
        head.addWidget(self.updated, 1)
        head.addWidget(self.refresh_button)
        outer.addLayout(head)

        # empty catalog: what to do first
        self.empty = QFrame()
        self.empty.setObjectName("HomeEmpty")
        ev = QVBoxLayout(self.empty)
        self.empty_label = QLabel(tr("Your catalog is empty. Import a Shopify, WooCommerce, CSV, Excel or JSON "
                                     "export, or load the sample catalog to look around."))
        self.empty_label.setWordWrap(True)
        eb = QHBoxLayout()
        self.import_button = QPushButton(tr("Import catalog…"))
        self.import_button.setObjectName("HomeImport")
        self.import_button.clicked.connect(self._import)
        self.sample_button = QPushButton(tr("Load sample catalog"))
        self.sample_button.setObjectName("HomeSample")
        self.sample_button.clicked.connect(self._sample)
        eb.addWidget(self.import_button)
        eb.addWidget(self.sample_button)
        eb.addStretch(1)
        ev.addWidget(self.empty_label)
        ev.addLayout(eb)
        outer.addWidget(self.empty)

        # the cards, in a scroll area so that nothing widens or heightens the window
        self.cards_box = QWidget()
        grid = QGridLayout(self.cards_box)
        self.review = Card(N_("Drafts awaiting review"), "review")
        self.errors = Card(N_("Drafts with errors"), "errors")
        self.due = Card(N_("Posts due today"), "due")
        self.failed = Card(N_("Failed posts"), "failed")
        self.accounts = Card(N_("Accounts"), "accounts")
        self.catalog = Card(N_("Catalog"), "catalog")
        self.jobs = Card(N_("Running"), "jobs")
        self.cards = [self.review, self.errors, self.failed, self.due, self.accounts, self.catalog, self.jobs]
        for i, card in enumerate(self.cards):
            grid.addWidget(card, i // 4, i % 4)
        for c in range(4):
            grid.setColumnStretch(c, 1)
        scroll = _ContentHeightScroll()
        self.cards_scroll = scroll
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.cards_box)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer.addWidget(scroll, 0)  # the cards' own height first (_ContentHeightScroll): they are the first screen

        # coverage matrix
        self.coverage_box = QGroupBox(tr("Coverage: products × markets"))
        cv = QVBoxLayout(self.coverage_box)
        bar = QHBoxLayout()
        self.filter = QLineEdit()
        self.filter.setObjectName("HomeCoverageFilter")
        self.filter.setPlaceholderText(tr("Filter products by title, handle, vendor or SKU"))
        self.filter.setClearButtonEnabled(True)
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(250)
        self._filter_timer.timeout.connect(lambda: self.load_coverage(0))
        self.filter.textChanged.connect(lambda _t: self._filter_timer.start())
        self.prev_button = QPushButton(tr("Previous"))
        self.prev_button.setObjectName("HomeCoveragePrev")
        self.prev_button.clicked.connect(lambda: self.load_coverage(max(0, self.offset - PAGE_SIZE)))
        self.next_button = QPushButton(tr("Next"))
        self.next_button.setObjectName("HomeCoverageNext")
        self.next_button.clicked.connect(lambda: self.load_coverage(self.offset + PAGE_SIZE))
        self.page_label = ElidedLine("")
        bar.addWidget(self.filter, 1)
        bar.addWidget(self.page_label)
        bar.addWidget(self.prev_button)
        bar.addWidget(self.next_button)
        # one line (elided, full text in the tooltip): a wrapping label would give the box a height-for-width
        # that outbids the cards above it for the screen
        self.legend = ElidedLine(" · ".join(f"{tr(letter)} = {tr(label)}" for _k, letter, label in COVERAGE_PARTS))
        self.matrix_model = CoverageModel(self)
        self.matrix = QTableView()
        self.matrix.setObjectName("HomeCoverage")
        self.matrix.setModel(self.matrix_model)
        self.matrix.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.matrix.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.matrix.verticalHeader().hide()
        self.matrix.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.matrix.horizontalHeader().setStretchLastSection(False)
        self.matrix.doubleClicked.connect(self._open_cell)
        cv.addLayout(bar)
        cv.addWidget(self.legend)
        cv.addWidget(self.matrix, 1)
        # the matrix takes the rest, never less than a few rows (its own scroll bar pages through the products)
        self.coverage_box.setMinimumHeight(COVERAGE_MIN_HEIGHT)
        self.coverage_box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        outer.addWidget(self.coverage_box, 1)

        ctx.bus.changed.connect(self._on_task)  # hidden, Home catches up when shown (showEvent)
        ctx.tasks.task_started.connect(self._on_task)
        ctx.tasks.task_finished.connect(self._on_task)
        self.refresh()

    # ------------------------------------------------------------------ loading
    def markets(self) -> list[str]:
        """The markets the user works with: the Content section's market tabs (when set) and markets with drafts."""
        chosen = self.ctx.settings.get(MARKETS_SETTING) or []
        found = list(self.summary.markets) if self.summary is not None else []
        return list(dict.fromkeys([str(t) for t in chosen] + found)) or ["en-US"]

    def _running(self) -> list[home.JobRef]:
        """This app's long jobs now running (renders, kit builds, batches, imports, image downloads) — not the
        short reads and saves a section does."""
        return [home.JobRef("task", h.name) for h in self.ctx.tasks.active() if is_long_job(h.name)]

    def refresh(self) -> None:
        db = self.ctx.db
        running = self._running()
        chosen = [str(t) for t in (self.ctx.settings.get(MARKETS_SETTING) or [])]

        def job(progress, cancel):
            # the account issues read the OS keyring: asked again only when an account or a post changed
            return home.summary(db, markets=None, running=running, accounts="cached"), chosen

        Op(self.ctx, self, job).named("home").quiet().latest_only("summary").success(self._show) \
            .failure(self._failed).run_in_background()

    def refresh_all(self) -> None:
        """The Refresh button: everything again, the accounts' keyring entries included."""
        home.forget_account_issues()
        self.refresh()

    def _failed(self, exc: BaseException) -> None:
        from ui.ops import message_of

        self.updated.setText(tr("Could not read the summary") + f": {message_of(exc)}")

    def _on_task(self, *_args: object) -> None:
        if self.isVisible():
            self._refresh_timer.start()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if self.summary is not None:
            self._refresh_timer.start(0)

    def load_coverage(self, offset: int | None = None) -> None:
        if offset is not None:
            self.offset = max(0, offset)
        db = self.ctx.db
        markets, query, off = self.markets(), self.filter.text().strip(), self.offset

        def job(progress, cancel):
            return home.coverage(db, markets, query=query, offset=off, limit=PAGE_SIZE)

        Op(self.ctx, self, job).named("home: coverage").quiet().latest_only("coverage") \
            .busy(self.prev_button, self.next_button).success(self._show_coverage) \
            .failure(self._failed).run_in_background()

    # ------------------------------------------------------------------ showing
    def _show(self, result: tuple[home.HomeSummary, list[str]]) -> None:
        s, _chosen = result
        self.summary = s
        self.updated.setText(tr("Updated {time}").replace("{time}", s.now.astimezone().strftime("%H:%M")))
        empty = s.products == 0
        self.empty.setVisible(empty)
        self._fill_review(s)
        self._fill_errors(s)
        self._fill_failed(s)
        self._fill_due(s)
        self._fill_accounts(s)
        self._fill_catalog(s)
        self._fill_jobs(s)
        self.coverage_box.setVisible(not empty)
        self.loaded.emit()
        if not empty:
            self.load_coverage()

    def _fill_review(self, s: home.HomeSummary) -> None:
        c = self.review
        if not s.drafts:
            c.set(None, tr("No drafts yet. Generate listings, captions and video scripts for your markets in "
                           "Content."))
            c.add("", tr("Generate"), partial(self.open, "content"), "HomeGenerate")
            return
        c.set(s.awaiting_total, tr("Nothing to review.") if not s.awaiting_total else "")
        for mc in s.awaiting_review[:home.LIST_LIMIT]:
            c.add(_n(N_("{n} awaiting"), mc.count), mc.market,
                  partial(self.open, "review", market=mc.market, status="awaiting"),
                  f"HomeReview-{mc.market}", tr("Open the review queue on this market"))
        rest = s.awaiting_review[home.LIST_LIMIT:]
        if rest:  # the count covers them: say so, and open the whole queue (th-TH was simply missing before)
            c.add(_n(N_("{n} more markets: "), len(rest)) + ", ".join(mc.market for mc in rest), tr("Review all"),
                  partial(self.open, "review", status="awaiting"), "HomeReviewMore",
                  tr("Open the review queue on every market"))

    def _fill_errors(self, s: home.HomeSummary) -> None:
        c = self.errors
        c.set(s.drafts_with_errors, "" if s.drafts_with_errors else tr("No draft has an error finding."))
        if s.drafts_with_errors:
            c.add("", tr("Review all"), partial(self.open, "review", status="awaiting", has_errors=True),
                  "HomeReviewErrors", tr("Open the review queue on the drafts with error findings"))
        for d in s.error_drafts:
            label = " · ".join(x for x in (d.handle, d.market, slot_label(d.kind, d.target)) if x)
            c.add(label, tr("Open"), partial(self.open, "review", status="awaiting", has_errors=True,
                                             draft_id=d.draft_id),
                  f"HomeErrorDraft-{d.draft_id}", tr("Open this draft in the review queue"))

    def _fill_failed(self, s: home.HomeSummary) -> None:
        c = self.failed
        c.set(s.failed_posts, "" if s.failed_posts else tr("No post failed."))
        for p in s.failed:
            text = f"{p.account} · {p.market or ''}: {p.error or tr(p.state)}"
            if p.action:
                text += f"\n{tr('What fixes it')}: {p.action}"
            c.add(text, tr("Open in Calendar"), partial(self.open, "calendar", post_id=p.post_id, when=p.scheduled_at),
                  f"HomeFailed-{p.post_id}")

    def _fill_due(self, s: home.HomeSummary) -> None:
        c = self.due
        c.set(s.posts_due_today, "" if s.posts_due_today else tr("Nothing is scheduled for today."))
        for p in s.due_today:
            text = f"{p.scheduled_at.astimezone():%H:%M} · {p.account} · {p.market or ''}"
            c.add(text, tr("Open"), partial(self.open, "calendar", post_id=p.post_id, when=p.scheduled_at),
                  f"HomeDue-{p.post_id}")

    def _fill_accounts(self, s: home.HomeSummary) -> None:
        c = self.accounts
        if not s.accounts:
            c.set(None, tr("No channel accounts yet. Connect one to schedule and publish posts."))
            c.add("", tr("Connect"), partial(self.open, "settings", page="accounts"), "HomeConnect")
            return
        c.set(len(s.account_issues), tr("All accounts are connected and within their budgets.")
              if not s.account_issues else "")
        for a in s.account_issues:
            where = partial(self.open, "settings", page="accounts") if a.reason in ("connect", "reconnect") \
                else partial(self.open, "calendar")
            button = {"connect": tr("Connect"), "reconnect": tr("Reconnect")}.get(a.reason, tr("Open"))
            c.add(f"{a.name} ({a.platform}): {tr(a.message)}",  # what fixes it is the button (and its tooltip)
                  button, where,
                  f"HomeAccount-{a.name}-{a.reason}", tip=a.action)

    def _fill_catalog(self, s: home.HomeSummary) -> None:
        c = self.catalog
        c.set(None, _n(N_("{n} products"), s.products) if s.products != 1 else tr("1 product"))
        if s.products_missing_images and s.first_missing_image is not None:
            pid = s.first_missing_image
            c.add(_n(N_("{n} with missing images"), s.products_missing_images), tr("Show"),
                  partial(self.open, "catalog", product_id=pid, missing_images=True), "HomeMissingImages")
        if s.products_missing_facts and s.first_missing_facts is not None:
            pid2 = s.first_missing_facts
            c.add(_n(N_("{n} without facts"), s.products_missing_facts), tr("Show"),
                  partial(self.open, "catalog", product_id=pid2), "HomeMissingFacts")

    def _fill_jobs(self, s: home.HomeSummary) -> None:
        c = self.jobs
        c.set(len(s.jobs), "" if s.jobs else tr("No renders, kits or batches running."))
        for j in s.jobs[:home.LIST_LIMIT]:
            done = f" ({j.done:,}/{j.total:,})" if j.total else ""
            c.add(f"{j.label}{done}", tr("Open"), partial(self._open_job, j))

    def _open_job(self, j: home.JobRef) -> None:
        label = j.label.lower()
        if j.kind == "import":
            self.open("catalog")
        elif "render" in label or "video" in label:
            self.open("video")
        elif "kit" in label or "live" in label:
            self.open("livestream")
        elif "mockup" in label:
            self.open("mockups")
        else:
            self.open("content")

    def _show_coverage(self, page: home.CoveragePage) -> None:
        self.page = page
        self.offset = page.offset
        self.matrix_model.set_page(page)
        if page.total:
            first, last = page.offset + 1, page.offset + len(page.rows)
            self.page_label.setText(tr("{first}–{last} of {total}").replace("{first}", f"{first:,}")
                                    .replace("{last}", f"{last:,}").replace("{total}", f"{page.total:,}"))
        else:
            self.page_label.setText(tr("No product matches"))
        self.prev_button.setEnabled(page.offset > 0)
        self.next_button.setEnabled(page.offset + len(page.rows) < page.total)
        self.matrix.resizeColumnToContents(0)
        self.matrix.setColumnWidth(0, max(160, min(self.matrix.columnWidth(0), 320)))
        for c in range(1, self.matrix_model.columnCount()):
            self.matrix.setColumnWidth(c, 88)
        self.coverage_loaded.emit()

    # ------------------------------------------------------------------ actions
    def open(self, section_id: str, **target: Any) -> QWidget | None:
        win = self.ctx.main_window
        opener = getattr(win, "open_on", None)
        if callable(opener):
            return opener(section_id, **target)
        return None

    def _open_cell(self, index: QModelIndex) -> None:
        if not index.isValid() or self.page is None:
            return
        row: home.CoverageRow = self.matrix_model.row(index.row())
        if index.column() == 0:
            self.open("catalog", product_id=row.product_id, handle=row.handle)
            return
        i = index.column() - 1
        section, target = cell_target(row, self.page.markets[i], row.cells[i])
        self.open(section, **target)

    def _import(self) -> None:
        win = self.ctx.main_window
        if win is not None and hasattr(win, "open_import"):
            win.open_import()

    def _sample(self) -> None:
        win = self.ctx.main_window
        if win is not None and hasattr(win, "load_sample"):
            win.load_sample()
