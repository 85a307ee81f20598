"""Calendar › item models: the cells of the visible period (each holding its posts; drag and drop to reschedule)
and the posts of the selected cell."""

from __future__ import annotations

import json
from datetime import date, datetime, time, timedelta
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from studio import clock
from ui import plain
from ui.i18n import N_, tr
from ui.models import Column, RowModel

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
CAMPAIGN_MARK = "◆"  # a campaign's post (issue 21), in the model's text (DejaVu and Noto have it; not every font
# has an emoji); the cell delegate (ui/calendar/cells.py) paints the Campaigns megaphone instead
CAMPAIGN_PHASES = (N_("teaser"), N_("launch"), N_("reminder"), N_("live"), N_("last-call"))


def local(dt: datetime) -> datetime:
    return dt.astimezone()  # the machine's zone, as the user sees it


def zone_name(at: datetime | None = None) -> str:
    """The zone the Calendar's post times are in (the computer's): 'UTC+03 (+03)', 'UTC+01 (CET)' — the planned
    slots and the Campaigns table show each market's own clock, so the Calendar says which clock it uses."""
    t = (at or clock.now()).astimezone()
    off = t.strftime("%z")
    short = f"UTC{off[:3]}" + (f":{off[3:]}" if off[3:] not in ("", "00") else "")
    abbr = t.strftime("%Z")
    return short if not abbr or abbr in (short, "UTC") or abbr.lstrip("+-").isdigit() and abbr == off[:3] else \
        f"{short} ({abbr})"


class CalendarModel(QAbstractTableModel):
    """Cells of the visible period; each cell holds the posts that fall in it."""

    reschedule_requested = Signal(list, object)  # post ids, target cell start (aware datetime)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.mode = "month"
        self.anchor = clock.today()
        self.posts: list[Any] = []
        self._cells: dict[tuple[int, int], list[Any]] = {}
        # a campaign's planned slots not queued yet (ui/calendar/planned.py draws them dashed)
        self.planned: list[Any] = []
        self._planned_cells: dict[tuple[int, int], list[Any]] = {}

    # ------------------------------------------------------------------ period
    def period(self) -> tuple[datetime, datetime]:
        tz = clock.now().astimezone().tzinfo
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

    def set_planned(self, slots: list[Any]) -> None:
        self.beginResetModel()
        self.planned = list(slots)
        self._index()
        self.endResetModel()

    def _index(self) -> None:
        self._cells = {}
        for p in self.posts:
            c = self.cell_of(p.scheduled_at)
            if c is not None:
                self._cells.setdefault(c, []).append(p)
        self._planned_cells = {}
        for sl in self.planned:
            c = self.cell_of(sl.planned_at)
            if c is not None:
                self._planned_cells.setdefault(c, []).append(sl)

    def planned_at(self, index: QModelIndex) -> list[Any]:
        """The campaign slots planned in this cell and not queued yet."""
        return self._planned_cells.get((index.row(), index.column()), []) if index.isValid() else []

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
        if role == Qt.ItemDataRole.FontRole and orientation == Qt.Orientation.Horizontal and self.mode != "month":
            from PySide6.QtGui import QFont

            if self.cell_start(0, section if self.mode == "week" else 0).date() == clock.today():
                f = QFont()
                f.setBold(True)  # today's column (ui/calendar/planned.py tints its cells)
                return f
            return None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if self.mode == "day":
                from localization import ui_dates

                return ui_dates.day_short(self.anchor)  # in the UI language (CLDR), like the period heading
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
                mark = f"{CAMPAIGN_MARK} " if getattr(p, "campaign", None) else ""
                lines.append(f"{mark}{local(p.scheduled_at):%H:%M} {p.account_name}: {first[:28]}")
            if len(posts) > 3:
                lines.append(tr("+{n} more").format(n=len(posts) - 3))
            from ui.calendar.planned import market_time, slot_line

            lines += [f"◇ {market_time(sl)} {slot_line(sl)}" for sl in self.planned_at(index)]
            return "\n".join(lines)
        if role == Qt.ItemDataRole.BackgroundRole:
            if posts:
                worst = min(posts, key=lambda p: SEVERITY.index(p.state) if p.state in SEVERITY else 99)
                return QBrush(QColor(STATE_COLOURS.get(worst.state, "#ffffff")))
            if self.mode == "month" and self.cell_start(index.row(), index.column()).month != self.anchor.month:
                return QBrush(QColor("#f4f4f4"))
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            planned = self.planned_at(index)
            if not posts and not planned:
                return None
            from ui.calendar.planned import tooltip_text

            out = [tooltip_text(planned)] if planned else []
            for p in posts:
                line = f"{local(p.scheduled_at):%Y-%m-%d %H:%M} · {p.platform}/{p.account_name} · {tr(p.display_state)}"
                line += campaign_label(p)
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


def campaign_label(p) -> str:
    """" · ◆ Ramadan 2027 (launch, first-time-buyers)" for a campaign's post, "" otherwise."""
    if not getattr(p, "campaign", None):
        return ""
    extra = ", ".join(x for x in (tr(p.campaign_phase or ""), p.segment or "") if x)
    return f" · {CAMPAIGN_MARK} {p.campaign}" + (f" ({extra})" if extra else "")


def _post_line(p) -> str:
    first = (p.text.splitlines() or [""])[0]
    return (f"{local(p.scheduled_at):%H:%M} {zone_name(p.scheduled_at)}  [{tr(p.display_state)}]  {p.account_name} "
            f"({p.platform})"
            f"{campaign_label(p)} — {first[:60]}")


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

