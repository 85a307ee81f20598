"""Calendar section: month / week / day views of the publishing queue.

Drag a post (from a cell or the list of the selected cell) onto another cell to reschedule it; quota bars
per account warn before over-scheduling; colours show the state; every failure shows the platform's own
error and the action that fixes it; the preview shows the caption as the channel will (fold, hashtags,
media crop). Import/export posts as CSV, export the schedule as iCalendar. The app's in-process worker
(ui.app_worker) publishes due posts while the app is open.
"""

from __future__ import annotations

import html
import json
from datetime import date, datetime, time, timedelta
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QDateTime,
    QMimeData,
    QModelIndex,
    QRectF,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDateTimeEdit,
    QFileDialog,
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

from studio.domain import ChangeSummary
from ui import ops, plain
from ui.i18n import N_, tr
from ui.models import Column, RowModel
from ui.ops import Op
from ui.sections import Section

MIME = "application/x-studio-post-ids"
STATE_COLOURS = {
    "scheduled": "#dbe9ff",
    "publishing": "#b3d4ff",
    "published": "#cdeccf",
    "failed": "#f6c4c4",
    "needs-attention": "#ffdca8",
    "cancelled": "#e4e4e4",
}
SEVERITY = ("failed", "needs-attention", "publishing", "scheduled", "published", "cancelled")


# post states (and PostDTO.display_state), shown with tr(p.display_state) and in the counts line
POST_STATES = (N_("scheduled"), N_("publishing"), N_("published"), N_("failed"), N_("needs-attention"),
               N_("cancelled"), N_("scheduled on the platform"))
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def local(dt: datetime) -> datetime:
    return dt.astimezone()  # the machine's zone, as the user sees it


class CalendarModel(QAbstractTableModel):
    """Cells of the visible period; each cell holds the posts that fall in it."""

    reschedule_requested = Signal(list, object)  # post ids, target cell start (aware datetime)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.mode = "month"
        self.anchor = date.today()
        self.posts: list[Any] = []
        self._cells: dict[tuple[int, int], list[Any]] = {}

    # ------------------------------------------------------------------ period
    def period(self) -> tuple[datetime, datetime]:
        tz = datetime.now().astimezone().tzinfo
        if self.mode == "month":
            first = self.anchor.replace(day=1)
            start = first - timedelta(days=first.weekday())
            days = 42
        elif self.mode == "week":
            start = self.anchor - timedelta(days=self.anchor.weekday())
            days = 7
        else:
            start, days = self.anchor, 1
        s = datetime.combine(start, time(0), tz)
        return s, s + timedelta(days=days)

    def cell_start(self, row: int, col: int) -> datetime:
        start, _ = self.period()
        if self.mode == "month":
            return start + timedelta(days=row * 7 + col)
        return start + timedelta(days=col, hours=row)

    def cell_of(self, when: datetime) -> tuple[int, int] | None:
        start, end = self.period()
        w = local(when)
        if not start <= w < end:
            return None
        delta = w - start
        if self.mode == "month":
            return delta.days // 7, delta.days % 7
        return w.hour, delta.days

    def set_view(self, mode: str, anchor: date) -> None:
        self.beginResetModel()
        self.mode, self.anchor = mode, anchor
        self._index()
        self.endResetModel()

    def set_posts(self, posts: list[Any]) -> None:
        self.beginResetModel()
        self.posts = list(posts)
        self._index()
        self.endResetModel()

    def _index(self) -> None:
        self._cells = {}
        for p in self.posts:
            c = self.cell_of(p.scheduled_at)
            if c is not None:
                self._cells.setdefault(c, []).append(p)

    def posts_at(self, index: QModelIndex) -> list[Any]:
        return self._cells.get((index.row(), index.column()), []) if index.isValid() else []

    # ------------------------------------------------------------------ Qt model API
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        if parent.isValid():
            return 0
        return 6 if self.mode == "month" else 24

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        if parent.isValid():
            return 0
        return 1 if self.mode == "day" else 7

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if self.mode == "day":
                return self.anchor.strftime("%a %d %b")
            if 0 <= section < 7:
                if self.mode == "week":
                    d = self.cell_start(0, section).date()
                    return f"{tr(WEEKDAYS[section])} {d.day}"
                return tr(WEEKDAYS[section])
            return None
        if self.mode == "month":
            return None
        return f"{section:02d}:00" if 0 <= section < 24 else None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < self.rowCount() and 0 <= index.column() < self.columnCount()):
            return None
        posts = self.posts_at(index)
        if role == Qt.ItemDataRole.DisplayRole:
            lines = []
            if self.mode == "month":
                d = self.cell_start(index.row(), index.column()).date()
                lines.append(str(d.day))
            for p in posts[:3]:
                first = (p.text.splitlines() or [""])[0]
                lines.append(f"{local(p.scheduled_at):%H:%M} {p.account_name}: {first[:28]}")
            if len(posts) > 3:
                lines.append(tr("+{n} more").format(n=len(posts) - 3))
            return "\n".join(lines)
        if role == Qt.ItemDataRole.BackgroundRole:
            if posts:
                worst = min(posts, key=lambda p: SEVERITY.index(p.state) if p.state in SEVERITY else 99)
                return QBrush(QColor(STATE_COLOURS.get(worst.state, "#ffffff")))
            if self.mode == "month" and self.cell_start(index.row(), index.column()).month != self.anchor.month:
                return QBrush(QColor("#f4f4f4"))
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if not posts:
                return None
            out = []
            for p in posts:
                line = f"{local(p.scheduled_at):%Y-%m-%d %H:%M} · {p.platform}/{p.account_name} · {tr(p.display_state)}"
                if p.last_error and p.state != "published":
                    line += f"\n   {p.last_error}"
                out.append(line)
            return plain.tip("\n".join(out))  # platform error messages: shown literally
        if role == Qt.ItemDataRole.UserRole:
            return [p.id for p in posts]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return None

    def flags(self, index):
        base = super().flags(index)
        if not index.isValid():
            return base | Qt.ItemFlag.ItemIsDropEnabled
        f = base | Qt.ItemFlag.ItemIsDropEnabled
        if self.posts_at(index):
            f |= Qt.ItemFlag.ItemIsDragEnabled
        return f

    def supportedDropActions(self):  # noqa: N802
        return Qt.DropAction.MoveAction

    def supportedDragActions(self):  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeTypes(self):  # noqa: N802
        return [MIME]

    def mimeData(self, indexes):  # noqa: N802
        ids = []
        for i in indexes:
            ids += [p.id for p in self.posts_at(i) if p.state in ("scheduled", "failed", "needs-attention")]
        md = QMimeData()
        md.setData(MIME, QByteArray(json.dumps(ids).encode()))
        return md

    def canDropMimeData(self, data, action, row, column, parent):  # noqa: N802
        return data.hasFormat(MIME) and parent.isValid()

    def dropMimeData(self, data, action, row, column, parent):  # noqa: N802
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        ids = json.loads(bytes(data.data(MIME)).decode() or "[]")
        if not ids:
            return False
        self.reschedule_requested.emit(ids, self.cell_start(parent.row(), parent.column()))
        return False  # the move happens in the database; the model reloads from there


def _post_line(p) -> str:
    first = (p.text.splitlines() or [""])[0]
    return f"{local(p.scheduled_at):%H:%M}  [{tr(p.display_state)}]  {p.account_name} ({p.platform}) — {first[:60]}"


class PostListModel(RowModel):
    """The posts of the selected cell (draggable onto another cell)."""

    COLUMNS = (Column(N_("Post"), _post_line, tip=lambda p: p.last_error or p.text),)
    ROW_ROLES = {Qt.ItemDataRole.BackgroundRole: lambda p: QBrush(QColor(STATE_COLOURS.get(p.state, "#ffffff"))),
                 Qt.ItemDataRole.UserRole: lambda p: p.id}

    @property
    def posts(self) -> list[Any]:
        return self._rows

    def set_posts(self, posts: list[Any]) -> None:
        self.set_rows(sorted(posts, key=lambda p: p.scheduled_at))

    def flags(self, index):
        f = super().flags(index)
        if index.isValid():
            f |= Qt.ItemFlag.ItemIsDragEnabled
        return f

    def mimeTypes(self):  # noqa: N802
        return [MIME]

    def mimeData(self, indexes):  # noqa: N802
        md = QMimeData()
        ids = [self._rows[i.row()].id for i in indexes if i.isValid()]
        md.setData(MIME, QByteArray(json.dumps(ids).encode()))
        return md

    def supportedDragActions(self):  # noqa: N802
        return Qt.DropAction.MoveAction


def crop_pixmap(path: str, box: tuple[float, float, float, float], width: int = 220) -> QPixmap | None:
    pm = QPixmap(path)
    if pm.isNull():
        return None
    pm = pm.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
    painter = QPainter(pm)
    x, y, w, h = box
    W, H = pm.width(), pm.height()
    shade = QColor(0, 0, 0, 140)
    visible = QRectF(x * W, y * H, w * W, h * H)
    for r in (QRectF(0, 0, W, visible.top()), QRectF(0, visible.bottom(), W, H - visible.bottom()),
              QRectF(0, visible.top(), visible.left(), visible.height()),
              QRectF(visible.right(), visible.top(), W - visible.right(), visible.height())):
        if r.width() > 0 and r.height() > 0:
            painter.fillRect(r, shade)
    painter.setPen(QPen(QColor("#ffffff"), 2))
    painter.drawRect(visible)
    painter.end()
    return pm


class CalendarView(QWidget):
    loaded = Signal()

    def __init__(self, ctx) -> None:
        super().__init__()
        self.ctx = ctx
        self.model = CalendarModel(self)
        self.list_model = PostListModel(self)
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
        self.today_btn.clicked.connect(lambda: self.go(date.today()))
        self.period_label = QLabel()
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
        for w in (self.import_btn, self.export_btn, self.ics_btn, self.publish_btn):
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
        split.addWidget(self.table)

        side = QWidget()
        sv = QVBoxLayout(side)
        self.list = QListView()
        self.list.setObjectName("cell-posts")
        self.list.setModel(self.list_model)
        self.list.setDragEnabled(True)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.list.selectionModel().currentChanged.connect(self._post_selected)
        sv.addWidget(self.list, 1)
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
        sv.addWidget(self.crop_label)
        actions = QHBoxLayout()
        self.when_edit = QDateTimeEdit()
        self.when_edit.setCalendarPopup(True)
        self.when_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when_edit.setDateTime(QDateTime.currentDateTime())  # not Qt's 2000-01-01 before a post is picked
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
        self.status = plain.label()
        self.status.setObjectName("calendar-status")
        self.status.setWordWrap(True)  # a CSV refusal lists every row: one line widened the window off the screen
        root.addWidget(self.status)

        self.model.reschedule_requested.connect(self.reschedule)
        ctx.bus.changed_by.connect(self._on_change)
        self._update_buttons()
        self.go(date.today())
        from ui import app_worker

        app_worker.start(ctx)  # no-op when already running or disabled

    # ------------------------------------------------------------------ navigation
    def set_mode(self, mode: str) -> None:
        for b in self.mode_buttons.buttons():
            b.setChecked(b.objectName() == f"mode-{mode}")
        self.model.set_view(mode, self.model.anchor)
        self.reload()

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
        s, e = self.model.period()
        if self.model.mode == "month":
            return self.model.anchor.strftime("%B %Y")
        if self.model.mode == "week":
            return f"{s:%d %b} – {(e - timedelta(days=1)):%d %b %Y}"
        return f"{s:%A %d %B %Y}"

    # ------------------------------------------------------------------ data
    def reload(self) -> None:
        self.period_label.setText(self._period_text())
        start, end = self.model.period()
        db = self.ctx.db
        anchor = datetime.combine(self.model.anchor, time(12), datetime.now().astimezone().tzinfo)

        def job(progress, cancel):
            from studio.services import accounts
            from studio.services.scheduling import budgets, queue

            posts = queue.list_posts(db, start=start, end=end)
            accs = accounts.list_accounts(db)
            quotas = {a.id: budgets.quota_status(db, a.id, anchor) for a in accs}
            return posts, accs, quotas, queue.counts_by_state(db)

        Op(self.ctx, self, job).named("load calendar").latest_only("load").success(self._loaded) \
            .failure(self._failed).run_in_background()

    def _loaded(self, result) -> None:
        posts, accs, quotas, counts = result
        self.accounts, self.quotas = accs, quotas
        self.model.set_posts(posts)
        self._build_quotas()
        current = self.table.currentIndex()
        self.list_model.set_posts(self.model.posts_at(current))
        self.status.setText("  ·  ".join(f"{tr(k)}: {v}" for k, v in sorted(counts.items())) or tr("No posts yet"))
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
                w.deleteLater()
        row = 0
        for acc in self.accounts:
            for q in self.quotas.get(acc.id, []):
                unsigned = f" · {tr('UNSIGNED')}" if getattr(acc, "delivery", None) == "unsigned" else ""
                label = plain.label(f"{acc.name} ({acc.platform}{unsigned}) · {q['name']}")
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
                note.setStyleSheet("color:#b35c00")
                self.quota_grid.addWidget(note, row, 0, 1, 2)
                row += 1
        if row == 0:
            hint = QLabel(tr("No accounts yet."))
            go = QPushButton(tr("Add an account in Settings › Accounts…"))
            go.setObjectName("OpenAccountsSettings")
            go.clicked.connect(self.open_accounts_settings)
            self.quota_grid.addWidget(hint, 0, 0)
            self.quota_grid.addWidget(go, 0, 1)

    def open_accounts_settings(self) -> None:
        """Settings › Accounts (where accounts are added, connected and checked — no CLI needed)."""
        win = getattr(self.ctx, "main_window", None)
        view = win.show_section("settings") if win is not None and hasattr(win, "show_section") else None
        if view is None and win is not None and hasattr(win, "section_widget"):
            view = win.section_widget("settings")
        if view is not None and hasattr(view, "show_page"):
            view.show_page("accounts")

    # ------------------------------------------------------------------ selection, preview, errors
    def _cell_selected(self, current, _previous) -> None:
        self.list_model.set_posts(self.model.posts_at(current))
        if current.isValid():
            self.when_edit.setDateTime(QDateTime(self.model.cell_start(current.row(), current.column())))
        if self.list_model.rowCount():
            self.list.setCurrentIndex(self.list_model.index(0))
        else:
            self._show_post(None)

    def _post_selected(self, current, _previous) -> None:
        p = self.list_model.posts[current.row()] if current.isValid() and current.row() < len(self.list_model.posts) \
            else None
        self._show_post(p)

    def _show_post(self, p) -> None:
        from studio.services.post_preview import preview

        self._selected_post = p
        self._update_buttons()
        if p is None:
            self.preview.clear()
            self.error_label.clear()
            self.crop_label.clear()
            return
        self.when_edit.setDateTime(QDateTime(local(p.scheduled_at)))
        pv = preview(p.options.get("caption_target") or p.platform, p.text, p.media)
        parts = [html.escape(pv.visible)]
        out = "".join(parts)
        for tag in sorted(set(pv.hashtags), key=len, reverse=True):
            out = out.replace(html.escape(tag), f"<span style='color:#1d6fd6'>{html.escape(tag)}</span>")
        body = out.replace("\n", "<br>")
        if pv.folded:
            body += f"<span style='color:#888'>… {tr('more')}</span>" \
                    f"<div style='color:#999;border-top:1px dashed #bbb'>{html.escape(pv.folded).replace(chr(10), '<br>')}</div>"
        head = f"<b>{html.escape(p.account_name)}</b> · {html.escape(p.platform)} · " \
               f"{local(p.scheduled_at):%Y-%m-%d %H:%M} · {html.escape(tr(p.display_state))}"
        if p.platform_url:
            head += f" · <a href='{html.escape(p.platform_url)}'>{tr('open')}</a>"
        warn = "".join(f"<p style='color:#b35c00'>⚠ {html.escape(w)}</p>" for w in pv.warnings)
        warn += self._approval_note(p)
        media = ""
        if p.media:
            m0 = p.media[0]
            media = f"<p style='color:#555'>{html.escape(m0.get('kind', 'media'))}: " \
                    f"{m0.get('width') or '?'}×{m0.get('height') or '?'}" + \
                    (f" — {html.escape(pv.crop.note)}" if pv.crop else "") + "</p>"
        self.preview.setHtml(f"<p>{head}</p><div dir='auto' style='font-size:13px'>{body}</div>{warn}{media}")
        pm = None
        if pv.crop and p.media and p.media[0].get("kind") != "video":
            pm = crop_pixmap(p.media[0].get("path", ""), pv.crop.box)
        if pm is not None:
            self.crop_label.setPixmap(pm)
        else:
            self.crop_label.clear()
        if p.last_error and p.state != "published":
            code = f" [{html.escape(p.error_code)}]" if p.error_code else ""
            action = f"<br><b>{tr('What fixes it')}:</b> {html.escape(p.error_action)}" if p.error_action else ""
            self.error_label.setText(f"<span style='color:#b00020'>{html.escape(p.last_error)}{code}</span>{action}")
        elif p.last_error:  # published, but part of it did not go out (e.g. the first comment)
            self.error_label.setText(f"<span style='color:#b35c00'>⚠ {html.escape(p.last_error)}</span>")
        else:
            self.error_label.setText("")

    def _approval_note(self, p) -> str:
        """The reason a post's draft was approved despite error findings (recorded at approval)."""
        if not getattr(p, "draft_version_id", None):
            return ""
        try:
            from studio.services.drafts import approval_override

            ov = approval_override(self.ctx.db, p.draft_version_id)
        except Exception:  # noqa: BLE001 - a note must never break the preview
            return ""
        if not ov:
            return ""
        n = len(ov.get("errors") or [])
        return (f"<p style='color:#b00020'>{html.escape(tr('Approved despite {n} error finding(s)').format(n=n))}"
                f" — {html.escape(tr('reason'))}: {html.escape(str(ov.get('reason') or ''))}</p>")

    def _update_buttons(self) -> None:
        p = self._selected_post
        st = p.state if p else None
        self.move_btn.setEnabled(st in ("scheduled", "failed", "needs-attention", "cancelled"))
        self.retry_btn.setEnabled(st in ("failed", "needs-attention", "cancelled"))
        self.absent_btn.setEnabled(st == "needs-attention")
        self.cancel_btn.setEnabled(st in ("scheduled", "failed", "needs-attention"))

    # ------------------------------------------------------------------ actions
    def _write(self, job, name: str, done_message: str | None = None) -> None:
        """A mutation on the writer; its ChangeSummary is broadcast (by the op) with this view as initiator."""
        def finished(_summary) -> None:
            if done_message:
                self.status.setText(done_message)
            self.reload()

        Op(self.ctx, self, job).named(name).writes().success(finished).failure(self._action_failed) \
            .run_in_background()

    def _action_failed(self, exc: BaseException) -> None:
        message = ops.message_of(exc)
        self.status.setText(message)
        plain.warn(self, tr("Calendar"), message) if self.isVisible() else None
        self.reload()

    def reschedule(self, ids: list, when: datetime) -> None:
        db = self.ctx.db
        by_id = {p.id: p for p in self.model.posts}
        mode = self.model.mode

        def job(progress, cancel):
            from studio.services.scheduling import queue

            moved = []
            for pid in ids:
                p = by_id.get(pid) or queue.get_post(db, pid)
                old = local(p.scheduled_at)
                if mode == "month":  # keep the time of day, change the day
                    target = datetime.combine(when.date(), old.timetz().replace(tzinfo=None), when.tzinfo)
                else:  # keep the minutes, change day and hour
                    target = when.replace(minute=old.minute)
                moved.append(queue.reschedule(db, pid, target).id)
            return ChangeSummary(updated=tuple(moved), entity="post", message=f"moved {len(moved)} post(s)")

        self._write(job, "reschedule", tr("Moved"))

    def _move_selected(self) -> None:
        if self._selected_post is None:
            return
        pid = self._selected_post.id
        when = self.when_edit.dateTime().toPython().astimezone()
        db = self.ctx.db

        def job(progress, cancel):
            from studio.services.scheduling import queue

            return ChangeSummary(updated=(queue.reschedule(db, pid, when).id,), entity="post")

        self._write(job, "reschedule")

    def _act(self, what: str) -> None:
        if self._selected_post is None:
            return
        pid = self._selected_post.id
        db = self.ctx.db

        def job(progress, cancel):
            from studio.services.scheduling import queue

            getattr(queue, what)(db, pid)
            return ChangeSummary(updated=(pid,), entity="post")

        self._write(job, what)

    def publish_now(self) -> None:
        db = self.ctx.db

        def job(progress, cancel):
            from studio.services import worker

            s = worker.run_once(db, progress, cancel, options=worker.WorkerOptions(concurrency=2))
            return ChangeSummary(updated=(0,), entity="post",
                                 message=f"{s.published} published, {s.failed} failed, {s.deferred} deferred")

        Op(self.ctx, self, job).named("publish due posts").success(self._published) \
            .failure(self._action_failed).run_in_background()

    def _published(self, summary) -> None:
        self.status.setText(summary.message)
        self.reload()

    def import_csv(self, path: str | None = None) -> None:
        path = path or QFileDialog.getOpenFileName(self, tr("Import posts"), "", "CSV (*.csv)")[0]
        if not path:
            return
        db = self.ctx.db

        def job(progress, cancel):
            from studio.services.scheduling import exchange

            return exchange.import_csv(db, path)

        self._write(job, "import posts", tr("Posts imported"))

    def export_csv(self, path: str | None = None) -> None:
        path = path or QFileDialog.getSaveFileName(self, tr("Export posts"), "posts.csv", "CSV (*.csv)")[0]
        if not path:
            return
        db = self.ctx.db

        def job(progress, cancel):
            from studio.services.scheduling import exchange

            exchange.export_csv(db, path)
            return path

        Op(self.ctx, self, job).named("export posts").success(
            lambda p: self.status.setText(tr("Exported to {p}").format(p=p))).failure(self._action_failed) \
            .run_in_background()

    def export_ics(self, path: str | None = None) -> None:
        path = path or QFileDialog.getSaveFileName(self, tr("Export schedule"), "schedule.ics",
                                                   "iCalendar (*.ics)")[0]
        if not path:
            return
        db = self.ctx.db

        def job(progress, cancel):
            from studio.services.scheduling import exchange

            exchange.export_ics(db, path)
            return path

        Op(self.ctx, self, job).named("export schedule").success(
            lambda p: self.status.setText(tr("Exported to {p}").format(p=p))).failure(self._action_failed) \
            .run_in_background()

    def _on_change(self, summary, initiator: object = None) -> None:
        if getattr(summary, "entity", "") in ("post", "account") and initiator is not self:
            self.reload()  # this view's own changes reload in their success callback

    def shutdown(self) -> None:
        from ui import app_worker

        app_worker.stop()


SECTION = Section(id="calendar", title="Calendar", order=70, factory=CalendarView, icon="SP_FileDialogInfoView")
