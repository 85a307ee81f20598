"""Calendar section: month / week / day views of the publishing queue.

Drag a post (from a cell or the list of the selected cell) onto another cell to reschedule it; quota bars
per account warn before over-scheduling; colours show the state; every failure shows the platform's own
error and the action that fixes it; the preview shows the caption as the channel will (fold, hashtags,
media crop). Import/export posts as CSV, export the schedule as iCalendar. The app's in-process worker
(ui.app_worker) publishes due posts while the app is open.

The view is split by concern: ``models`` (cells and post list), ``preview`` (selection, preview, errors),
``actions`` (reschedule, retry, publish, import/export).
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from PySide6.QtCore import (
    QDateTime,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDateTimeEdit,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from studio import clock
from ui import ops, plain, theme
from ui.calendar.actions import PostActions
from ui.calendar.models import CalendarModel, PostListModel
from ui.calendar.planned import PlannedListModel, PlannedSlots
from ui.calendar.preview import PostPreview
from ui.i18n import N_, tr
from ui.ops import Op
from ui.widgets.fit import ElidedLabel, wrap_items

# the platforms' publishing budgets by name (studio/services/scheduling/budgets.py), shown with tr(q["name"])
BUDGET_NAMES = (N_("init per minute"), N_("posts per day"), N_("posts per 24 h"), N_("posts per 15 min"),
                N_("uploads per day"), N_("reels per 24 h"), N_("pins per day (trial access)"))


class CalendarView(PostPreview, PostActions, PlannedSlots, QWidget):
    loaded = Signal()

    def __init__(self, ctx) -> None:
        super().__init__()
        self.ctx = ctx
        self.model = CalendarModel(self)
        self.list_model = PostListModel(self)
        self.planned_model = PlannedListModel(self)
        self.accounts: list[Any] = []
        self.quotas: dict[int, list[dict]] = {}
        self._selected_post = None

        root = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.mode_buttons = QButtonGroup(self)
        for mode, label in (("month", "Month"), ("week", "Week"), ("day", "Day")):
            b = QPushButton(tr(label))
            b.setCheckable(True)
            b.setChecked(mode == "month")
            b.setObjectName(f"mode-{mode}")
            self.mode_buttons.addButton(b)
            b.clicked.connect(lambda _=False, m=mode: self.set_mode(m))
            bar.addWidget(b)
        self.prev_btn = QPushButton("‹")
        self.today_btn = QPushButton(tr("Today"))
        self.next_btn = QPushButton("›")
        self.prev_btn.clicked.connect(lambda: self.step(-1))
        self.next_btn.clicked.connect(lambda: self.step(1))
        self.today_btn.clicked.connect(lambda: self.go(clock.today()))
        self.period_label = ElidedLabel(min_chars=12)  # "Wednesday 02 December 2026" in any language
        self.period_label.setObjectName("period")
        for w in (self.prev_btn, self.today_btn, self.next_btn, self.period_label):
            bar.addWidget(w)
        bar.addStretch(1)
        self.import_btn = QPushButton(tr("Import CSV…"))
        self.export_btn = QPushButton(tr("Export CSV…"))
        self.ics_btn = QPushButton(tr("Export iCalendar…"))
        self.publish_btn = QPushButton(tr("Publish due now"))
        self.import_btn.clicked.connect(self.import_csv)
        self.export_btn.clicked.connect(self.export_csv)
        self.ics_btn.clicked.connect(self.export_ics)
        self.publish_btn.clicked.connect(self.publish_now)
        # issue 20: fetch the published posts' metrics (ui.metrics_sync; progress and Cancel in the status bar)
        self.metrics_btn = QPushButton(tr("Sync metrics"))
        self.metrics_btn.setObjectName("CalendarSyncMetrics")
        self.metrics_btn.setToolTip(tr("Fetch the published posts' metrics from their platforms (Cancel keeps what "
                                       "was fetched; the next sync resumes)"))
        self.metrics_btn.clicked.connect(self.sync_metrics)
        for w in (self.import_btn, self.export_btn, self.ics_btn, self.publish_btn, self.metrics_btn):
            bar.addWidget(w)
        root.addLayout(bar)

        self.quota_box = QGroupBox(tr("Quotas (planned in the platform's window around the selected day)"))
        self.quota_grid = QGridLayout(self.quota_box)
        root.addWidget(self.quota_box)

        split = QSplitter(Qt.Orientation.Horizontal, self)
        self.table = QTableView()
        self.table.setObjectName("calendar-grid")
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setDragEnabled(True)
        self.table.setAcceptDrops(True)
        self.table.setDropIndicatorShown(True)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.table.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentChanged.connect(self._cell_selected)
        self.table.doubleClicked.connect(self._cell_double_clicked)
        split.addWidget(self.table)

        side = QWidget()
        sv = QVBoxLayout(side)
        # above the day's posts, not in the toolbar: the toolbar's buttons already fill a 1366 px screen
        self.new_post_btn = QPushButton(tr("New post…"))
        self.new_post_btn.setObjectName("CalendarNewPost")
        self.new_post_btn.setToolTip(tr("Schedule an approved caption on an account"))
        self.new_post_btn.clicked.connect(self.new_post)
        new_row = QHBoxLayout()
        new_row.addStretch(1)
        new_row.addWidget(self.new_post_btn)
        sv.addLayout(new_row)
        self.list = wrap_items(QListView())
        self.list.setObjectName("cell-posts")
        self.list.setModel(self.list_model)
        self.list.setDragEnabled(True)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.list.selectionModel().currentChanged.connect(self._post_selected)
        sv.addWidget(self.list, 1)
        # a campaign's planned slots in the selected cell (not queued yet): a click opens the campaign
        self.planned_list = wrap_items(QListView())
        self.planned_list.setObjectName("cell-planned")
        self.planned_list.setModel(self.planned_model)
        self.planned_list.setToolTip(tr("Planned campaign posts, not scheduled yet: click one to open its campaign"))
        self.planned_list.clicked.connect(self._planned_clicked)
        self.planned_list.activated.connect(self._planned_clicked)
        self.planned_list.setVisible(False)
        sv.addWidget(self.planned_list)
        self.error_label = QLabel()
        self.error_label.setTextFormat(Qt.TextFormat.RichText)  # our markup; every piece of post text escaped
        self.error_label.setObjectName("post-error")
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        sv.addWidget(self.error_label)
        self.preview = QTextBrowser()
        self.preview.setObjectName("post-preview")
        sv.addWidget(self.preview, 2)
        self.crop_label = QLabel()
        self.crop_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.crop_label.setWordWrap(True)
        sv.addWidget(self.crop_label)
        actions = QHBoxLayout()
        self.when_edit = QDateTimeEdit()
        self.when_edit.setCalendarPopup(True)
        # an ISO stamp reads left to right in every UI language: in the Arabic UI the right-to-left field showed
        # 09:46 on 3 December as "46:09 03-12-2026" (Qt reverses the format's sections in a right-to-left field
        # when the format is set, so the direction comes first)
        self.when_edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.when_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when_edit.setDateTime(QDateTime(clock.now().astimezone().replace(tzinfo=None)))  # not Qt's 2000-01-01 before a post is picked
        self.move_btn = QPushButton(tr("Move"))
        self.retry_btn = QPushButton(tr("Retry"))
        self.absent_btn = QPushButton(tr("Not on the platform"))
        self.absent_btn.setToolTip(tr("You checked the account: this post of unknown outcome is not there"))
        self.cancel_btn = QPushButton(tr("Cancel post"))
        self.move_btn.clicked.connect(self._move_selected)
        self.retry_btn.clicked.connect(lambda: self._act("retry"))
        self.absent_btn.clicked.connect(lambda: self._act("confirm_absent"))
        self.cancel_btn.clicked.connect(lambda: self._act("cancel"))
        for w in (self.when_edit, self.move_btn, self.retry_btn, self.absent_btn, self.cancel_btn):
            actions.addWidget(w)
        sv.addLayout(actions)
        split.addWidget(side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        root.addWidget(split, 1)
        # a CSV refusal lists every row: one line widened the window off the screen; three lines at most, the
        # whole text in the tooltip
        self.status = ElidedLabel(lines=3)
        self.status.setObjectName("calendar-status")
        root.addWidget(self.status)

        self.model.reschedule_requested.connect(self.reschedule)
        ctx.bus.changed_by.connect(self._on_change)
        self._update_buttons()
        self.go(clock.today())
        from ui import app_worker

        app_worker.start(ctx)  # no-op when already running or disabled

    def set_mode(self, mode: str) -> None:
        for b in self.mode_buttons.buttons():
            b.setChecked(b.objectName() == f"mode-{mode}")
        self.model.set_view(mode, self.model.anchor)
        self._fit_rows()
        self.reload()

    def _fit_rows(self) -> None:
        """Week and day views: an hour row tall enough for a post's time, icon and title (two lines), the grid
        scrolling instead of squeezing 24 rows into the window (at 768 px they were too short to show any text);
        the month's six rows stretch as before."""
        from PySide6.QtGui import QFontMetrics

        header = self.table.verticalHeader()
        if self.model.mode == "month":
            header.setMinimumSectionSize(-1)  # the style's default
            header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
            return
        line = max(QFontMetrics(self.table.font()).height(), 14) + 1
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setDefaultSectionSize(2 * line + 8)

    def _scroll_to_first(self) -> None:
        """Week and day views open on the first hour holding a post or a planned slot (else 08:00)."""
        if self.model.mode == "month":
            return
        hours = [c[0] for c in (self.model.cell_of(p.scheduled_at) for p in self.model.posts) if c is not None]
        hours += [c[0] for c in (self.model.cell_of(sl.planned_at) for sl in self.model.planned) if c is not None]
        self.table.scrollTo(self.model.index(min(hours) if hours else 8, 0),
                            QAbstractItemView.ScrollHint.PositionAtTop)

    def step(self, n: int) -> None:
        a = self.model.anchor
        if self.model.mode == "month":
            m = a.month - 1 + n
            a = date(a.year + m // 12, m % 12 + 1, 1)
        else:
            a = a + timedelta(days=7 * n if self.model.mode == "week" else n)
        self.go(a)

    def go(self, d: date) -> None:
        self.model.set_view(self.model.mode, d)
        self.reload()

    def _period_text(self) -> str:
        # in the UI language, CLDR's own pattern (localization/ui_dates.py): 2026年12月, ديسمبر 2026
        from localization import ui_dates

        s, e = self.model.period()
        if self.model.mode == "month":
            return ui_dates.month_heading(self.model.anchor)
        if self.model.mode == "week":
            return ui_dates.week_heading(s.date(), (e - timedelta(days=1)).date())
        return ui_dates.day_heading(s.date())

    def reload(self) -> None:
        self.period_label.setText(self._period_text())
        start, end = self.model.period()
        db = self.ctx.db
        anchor = datetime.combine(self.model.anchor, time(12), clock.now().astimezone().tzinfo)

        def job(progress, cancel):
            from studio.services import accounts
            from studio.services.scheduling import budgets, queue

            posts = queue.list_posts(db, start=start, end=end)
            accs = accounts.list_accounts(db)
            quotas = {a.id: budgets.quota_status(db, a.id, anchor) for a in accs}
            try:
                from studio.services import campaigns

                planned = campaigns.planned_slots(db, start, end)
            except ImportError:  # pragma: no cover - campaigns not installed
                planned = []
            return posts, accs, quotas, queue.counts_by_state(db), planned

        Op(self.ctx, self, job).named("load calendar").latest_only("load").success(self._loaded) \
            .failure(self._failed).run_in_background()

    def _loaded(self, result) -> None:
        posts, accs, quotas, counts, planned = result
        self._loaded_once = True
        self.accounts, self.quotas = accs, quotas
        self.model.planned = list(planned)  # indexed with the posts by set_posts
        self.model.set_posts(posts)
        self._build_quotas()
        current = self.table.currentIndex()
        self.list_model.set_posts(self.model.posts_at(current))
        line = "  ·  ".join(f"{tr(k)}: {v}" for k, v in sorted(counts.items()))
        if planned:
            line += ("  ·  " if line else "") + tr("{n} planned campaign posts in view (dashed; not scheduled yet)") \
                .format(n=len(planned))
        from ui.calendar.models import zone_name

        # post times are on this computer's clock, planned slots on their market's (finding 11, walkthrough s14);
        # said in the status line, not the toolbar (a wider toolbar widened the window past 1366 px)
        zone = tr("Post times in {zone}").format(zone=zone_name())
        self.status.setText(zone + "  ·  " + (line or tr("No posts yet")))
        self._show_planned(current)
        self._scroll_to_first()
        if self._selected_post is not None:
            fresh = next((p for p in posts if p.id == self._selected_post.id), None)
            self._show_post(fresh)
        self.loaded.emit()

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(tr("Could not load the calendar: {m}").format(m=ops.message_of(exc)))
        self.loaded.emit()

    def _build_quotas(self) -> None:
        while self.quota_grid.count():
            w = self.quota_grid.takeAt(0).widget()
            if w is not None:
                w.hide()
                w.deleteLater()
        row = 0
        for acc in self.accounts:
            for q in self.quotas.get(acc.id, []):
                unsigned = f" · {tr('UNSIGNED')}" if getattr(acc, "delivery", None) == "unsigned" else ""
                # an account's name is the user's: elided (whole in the tooltip), it never widens the window
                label = ElidedLabel(f"{acc.name} ({acc.platform}{unsigned}) · {tr(q['name'])}", min_chars=16)
                bar = QProgressBar()
                bar.setObjectName(f"quota-{acc.name}-{q['name']}")
                bar.setRange(0, max(1, q["limit"]))
                bar.setValue(min(q["planned"], q["limit"]))
                bar.setFormat(f"\u2066{q['planned']} / {q['limit']}\u2069")  # LTR-isolated in RTL layouts
                bar.setProperty("level", q["level"])
                colour = {"ok": "#4caf50", "warn": "#f0a020", "over": "#d9363e"}[q["level"]]
                bar.setStyleSheet(f"QProgressBar::chunk {{ background: {colour}; }}")
                bar.setToolTip(tr("Source: platform-specs.md {src}").format(src=q["source"]) +
                               ("\n" + tr("Over budget: extra posts will be deferred, not failed")
                                if q["level"] == "over" else ""))
                self.quota_grid.addWidget(label, row, 0)
                self.quota_grid.addWidget(bar, row, 1)
                row += 1
            if acc.platform == "webhook" and getattr(acc, "delivery", None) in ("unsigned", "no signing secret"):
                # signed means signed: an unsigned webhook is shown as such, one without a secret does not publish
                text = (tr("UNSIGNED delivery (you chose it): receivers cannot tell these posts from forged ones")
                        if acc.delivery == "unsigned" else
                        tr("no signing secret: will not publish until you store one or choose unsigned delivery"))
                note = plain.label(f"{acc.name} (webhook) · {text}")
                note.setObjectName(f"webhook-delivery-{acc.name}")
                theme.tint(note, "warning")
                self.quota_grid.addWidget(note, row, 0, 1, 2)
                row += 1
            if not self.quotas.get(acc.id):
                # a Folder account (or a webhook) has no platform quota: listed all the same, so the panel never
                # says "No accounts yet" while an account exists (walkthrough defect 9)
                free = ElidedLabel(f"{acc.name} ({acc.platform}) · {tr('no platform quota')}", min_chars=16)
                free.setObjectName(f"quota-free-{acc.name}")
                self.quota_grid.addWidget(free, row, 0, 1, 2)
                row += 1
        if row == 0:
            hint = QLabel(tr("No accounts yet."))
            go = QPushButton(tr("Add an account in Settings › Accounts…"))
            go.setObjectName("OpenAccountsSettings")
            go.clicked.connect(self.open_accounts_settings)
            self.quota_grid.addWidget(hint, 0, 0)
            self.quota_grid.addWidget(go, 0, 1)

    def new_post(self) -> None:
        """New post…: an approved caption, an account and a time, through the scheduling gate (ui.review.schedule)."""
        from ui.review.schedule import open_schedule

        self.schedule_dialog = open_schedule(self.ctx, self)

    def open_accounts_settings(self) -> None:
        """Settings › Accounts (where accounts are added, connected and checked — no CLI needed)."""
        win = getattr(self.ctx, "main_window", None)
        view = win.show_section("settings") if win is not None and hasattr(win, "show_section") else None
        if view is None and win is not None and hasattr(win, "section_widget"):
            view = win.section_widget("settings")
        if view is not None and hasattr(view, "show_page"):
            view.show_page("accounts")

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        """Shown again (another section was in front): read posts, accounts and quotas again — an account added
        with ``studio accounts add`` or a post the worker published left it saying "No accounts yet." / stale."""
        super().showEvent(event)
        if getattr(self, "_loaded_once", False) and not event.spontaneous():
            self.reload()

    def _on_change(self, summary, initiator: object = None) -> None:
        if getattr(summary, "entity", "") in ("post", "account", "campaign") and initiator is not self:
            self.reload()  # this view's own changes reload in their success callback

    def shutdown(self) -> None:
        from ui import app_worker

        app_worker.stop()
