"""Calendar › how a cell is drawn: per post its time, its channel's icon and a readable title, elided to the
cell's width (the whole title in the tooltip) instead of cut after a fixed number of characters.

``CalendarCellDelegate`` paints the cells of ``CalendarModel`` (month, week and day) from ``posts_at(index)``:
the day number in month view, then one line per post — ``HH:MM``, the channel icon (``ui.icons.channel``), a
campaign's megaphone (``ui.icons.section("campaigns")``), the post's first line — and "+n more" when the posts do not fit. Backgrounds follow the worst
state of the cell, in a light or a dark variant for the palette in use (``ui.theme``), so text stays readable
in both. The tooltip lists every post with its whole first line, account, state and error.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QHelpEvent, QIcon, QPainter, QPalette
from PySide6.QtWidgets import QAbstractItemView, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QToolTip

from studio import clock
from ui import icons, plain, theme
from ui.calendar import planned as planned_ui
from ui.i18n import tr

# background of a cell by the worst state of its posts: light palette, dark palette
STATE_BG = {
    "scheduled": ("#dbe9ff", "#22344f"),
    "publishing": ("#b3d4ff", "#1d3f66"),
    "published": ("#cdeccf", "#20402a"),
    "failed": ("#f6c4c4", "#552424"),
    "needs-attention": ("#ffdca8", "#4f3b1c"),
    "cancelled": ("#e4e4e4", "#30343a"),
}
SEVERITY = ("failed", "needs-attention", "publishing", "scheduled", "published", "cancelled")
ICON = 14
PAD = 3
NARROW_TITLE_PX = 60  # less room than this beside the time and icon: the title goes on its own line
CAMPAIGN_ICON = "campaigns"  # a campaign's post: the Campaigns section's megaphone beside its title (issue 21)


def title_of(post: Any) -> str:
    """The line a person recognises a post by: its text's first non-empty line."""
    for line in (getattr(post, "text", "") or "").splitlines():
        if line.strip():
            return " ".join(line.split())
    return ""


def _local_time(post: Any) -> str:
    return f"{post.scheduled_at.astimezone():%H:%M}"


def cell_background(posts: list[Any], scheme: str) -> QColor | None:
    if not posts:
        return None
    worst = min(posts, key=lambda p: SEVERITY.index(p.state) if p.state in SEVERITY else 99)
    pair = STATE_BG.get(worst.state)
    return QColor(pair[1 if scheme == "dark" else 0]) if pair else None


def post_line(post: Any, fm: QFontMetrics, width: int) -> tuple[str, str, bool]:
    """(time, title elided to ``width`` pixels, whether it was elided) for one post in a cell."""
    full = title_of(post)
    shown = fm.elidedText(full, Qt.TextElideMode.ElideRight, max(0, width))
    # isolated (FSI…PDI): a Latin title keeps its ellipsis at its own end inside a right-to-left calendar
    return _local_time(post), shown, shown != full


def tooltip_text(posts: list[Any]) -> str:
    out = []
    for p in posts:
        line = (f"{p.scheduled_at.astimezone():%Y-%m-%d %H:%M} · {p.platform}/{p.account_name} · "
                f"{tr(getattr(p, 'display_state', p.state))}")
        title = title_of(p)
        if title:
            line += f"\n   {title}"
        if getattr(p, "campaign", None):
            extra = ", ".join(x for x in (tr(p.campaign_phase or ""), getattr(p, "segment", None) or "") if x)
            line += f"\n   {tr('Campaign')}: {p.campaign}" + (f" ({extra})" if extra else "")
        if getattr(p, "last_error", None) and p.state != "published":
            line += f"\n   {p.last_error}"
        out.append(line)
    return "\n".join(out)


class CalendarCellDelegate(QStyledItemDelegate):
    """Paints a calendar cell: day number, then time · channel icon · title per post (see the module)."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        model = index.model()
        posts: list[Any] = model.posts_at(index) if hasattr(model, "posts_at") else []
        planned: list[Any] = model.planned_at(index) if hasattr(model, "planned_at") else []
        mode = getattr(model, "mode", "month")
        try:
            today = model.cell_start(index.row(), index.column()).date() == clock.today()
        except AttributeError:
            today = False
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        pal = opt.palette
        rect = opt.rect
        painter.save()
        bg = cell_background(posts, theme.current())
        if bg is None and mode == "month" and not self._in_month(model, index):
            bg = pal.color(QPalette.ColorRole.AlternateBase)
        if bg is not None:
            painter.fillRect(rect, bg)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(rect, pal.color(QPalette.ColorRole.Highlight))
        elif today:
            planned_ui.paint_today(painter, rect, mode, pal)
        text_color = pal.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        painter.setPen(text_color)
        painter.setFont(opt.font)
        fm = QFontMetrics(opt.font)
        line_h = max(fm.height(), ICON) + 1
        rtl = opt.direction == Qt.LayoutDirection.RightToLeft
        inner = rect.adjusted(PAD, PAD, -PAD, -PAD)
        y = inner.top()
        # planned campaign slots (grouped by campaign and kind) take the cell's last lines (at most two when posts
        # share the cell)
        groups = planned_ui.grouped(planned)
        time_w = fm.horizontalAdvance("88:88") + 4
        # a narrow cell (a month at 1366 px beside the preview) puts the title under its time and icon
        two_lines = inner.width() - time_w - ICON - 4 < NARROW_TITLE_PX
        per_post = line_h * (2 if two_lines else 1)
        reserve = min(len(groups), 2 if posts else 99) * line_h
        if posts and inner.height() - reserve < per_post + (fm.height() + 1 if mode == "month" else 0):
            reserve = 0  # no room for both: the posts win; the cell gets a dashed frame (below)
        inner_posts = inner.adjusted(0, 0, 0, -reserve) if reserve else inner
        more_in_header = False
        if mode == "month":
            day = model.cell_start(index.row(), index.column()).date().day
            if not self._in_month(model, index) and not selected:
                painter.setPen(theme.color("muted"))
            head = QRect(inner.left(), y, inner.width(), fm.height())
            # logical alignment: QPainter mirrors Left/Right itself in a right-to-left layout
            if today:
                painter.setFont(planned_ui.bold(opt.font))
            painter.drawText(head, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop), str(day))
            painter.setFont(opt.font)
            y += fm.height() + 1
            room = max(0, (inner_posts.bottom() - y + 1) // per_post)
            if len(posts) > room > 0:  # "+n" beside the day number, so every line left shows a post
                more_in_header = True
                painter.setPen(theme.color("muted") if not selected else text_color)
                painter.drawText(head, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop),
                                 tr("+{n} more").format(n=len(posts) - room))
            painter.setPen(text_color)
        room = max(0, (inner_posts.bottom() - y + 1) // per_post)
        if more_in_header:
            shown = posts[:room]
        else:
            shown = posts if len(posts) <= room else posts[:max(0, room - 1)]
        align = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft  # mirrored by QPainter in RTL
        for p in shown:
            row = QRect(inner.left(), y, inner.width(), line_h)
            if rtl:
                time_rect = QRect(row.right() - time_w + 1, y, time_w, line_h)
                icon_rect = QRect(time_rect.left() - ICON - 2, y + (line_h - ICON) // 2, ICON, ICON)
                text_rect = QRect(row.left(), y, icon_rect.left() - 2 - row.left(), line_h)
            else:
                time_rect = QRect(row.left(), y, time_w, line_h)
                icon_rect = QRect(time_rect.right() + 1, y + (line_h - ICON) // 2, ICON, ICON)
                text_rect = QRect(icon_rect.right() + 3, y, row.right() - icon_rect.right() - 3, line_h)
            if two_lines:
                text_rect = QRect(inner.left(), y + line_h, inner.width(), line_h)
            if getattr(p, "campaign", None):  # the megaphone before the title (a font may lack an emoji)
                mark = QRect(text_rect.right() - ICON + 1 if rtl else text_rect.left(),
                             text_rect.top() + (line_h - ICON) // 2, ICON, ICON)
                icons.section(CAMPAIGN_ICON).paint(painter, mark,
                                                   mode=QIcon.Mode.Selected if selected else QIcon.Mode.Normal)
                text_rect = text_rect.adjusted(0, 0, -(ICON + 2), 0) if rtl else text_rect.adjusted(ICON + 2, 0, 0, 0)
            t, title, _cut = post_line(p, fm, text_rect.width())
            painter.drawText(time_rect, int(align), t)
            icons.channel(p.platform).paint(painter, icon_rect,
                                            mode=QIcon.Mode.Selected if selected else QIcon.Mode.Normal)
            painter.drawText(text_rect, int(align | Qt.TextFlag.TextSingleLine), f"\u2068{title}\u2069")
            y += per_post
        if len(shown) < len(posts) and room > 0 and not more_in_header:
            painter.setPen(theme.color("muted") if not selected else text_color)
            painter.drawText(QRect(inner.left(), y, inner.width(), line_h),
                             int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                             tr("+{n} more").format(n=len(posts) - len(shown)))
        if len(shown) < len(posts) and room > 0 and not more_in_header:
            y += line_h  # below "+n more"
        drawn = 0
        for k, (slot, count) in enumerate(groups):
            if y + line_h > inner.bottom() + 1:
                break
            drawn += 1
            last_fit = y + 2 * line_h > inner.bottom() + 1
            if last_fit and k < len(groups) - 1:  # no room for the rest: say how many
                painter.setPen(theme.color("muted") if not selected else text_color)
                painter.drawText(QRect(inner.left(), y, inner.width(), line_h),
                                 int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                                 tr("+{n} planned").format(n=sum(c for _s, c in groups[k:])))
                break
            planned_ui.paint_slot(painter, QRect(inner.left(), y, inner.width(), line_h), slot, fm, pal, rtl,
                                  count)
            y += line_h
        if groups and not drawn:  # planned slots without room: the cell says so with a dashed frame
            planned_ui.paint_frame(painter, rect, pal)
        painter.restore()

    @staticmethod
    def _in_month(model: Any, index: QModelIndex) -> bool:
        try:
            return model.cell_start(index.row(), index.column()).month == model.anchor.month
        except AttributeError:
            return True

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        fm = QFontMetrics(option.font)
        return QSize(80, max(fm.height(), ICON) * 2 + 2 * PAD)

    def helpEvent(self, event: QHelpEvent, view: QAbstractItemView, option: QStyleOptionViewItem,  # noqa: N802
                  index: QModelIndex) -> bool:
        model = index.model()
        posts = model.posts_at(index) if hasattr(model, "posts_at") else []
        planned = model.planned_at(index) if hasattr(model, "planned_at") else []
        if not posts and not planned:
            QToolTip.hideText()
            return super().helpEvent(event, view, option, index)
        text = "\n".join(t for t in (tooltip_text(posts), planned_ui.tooltip_text(planned)) if t)
        QToolTip.showText(event.globalPos(), plain.tip(text), view, view.visualRect(index))
        return True


def install(view: Any) -> CalendarCellDelegate | None:
    """Give a CalendarView's grid the cell delegate (called by the section's factory)."""
    table = getattr(view, "table", None)
    if table is None:
        return None
    delegate = CalendarCellDelegate(table)
    table.setItemDelegate(delegate)
    view.cell_delegate = delegate
    return delegate

