"""Calendar cells show time, channel icon and a readable title (elided to the cell, whole in the tooltip) —
not the title cut after a dozen characters — in month and week view, light and dark."""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QPoint, QSize
from PySide6.QtGui import QFontMetrics, QImage, QPainter
from PySide6.QtWidgets import QStyleOptionViewItem

from studio.services import accounts
from studio.services.scheduling import queue
from ui import theme
from ui.calendar import cells
from ui.calendar.models import CalendarModel

LONG = "Linen summer dress in sage green, breathable and made to last — now in every size"


def _at(h, m=0):
    return datetime.combine(date.today(), time(h, m)).astimezone()


def _posts(db):
    ig = accounts.add_account(db, "folder", "shop-folder", base_url="/tmp/studio-cells-test")
    queue.create_post(db, ig.id, LONG + "\n#linen #summer", _at(9, 30))
    queue.create_post(db, ig.id, "Short one", _at(11))
    return queue.list_posts(db)


def test_a_title_is_elided_to_the_cell_not_cut_after_a_dozen_characters(qapp, ctx):
    posts = _posts(ctx.db)
    fm = QFontMetrics(qapp.font())
    t, shown, cut = cells.post_line(posts[0], fm, 2000)
    assert t == "09:30" and shown == LONG and not cut  # a wide cell shows it whole
    t, shown, cut = cells.post_line(posts[0], fm, 120)
    assert cut and shown.endswith("…") and len(shown) > 12 and fm.horizontalAdvance(shown) <= 120
    tip = cells.tooltip_text(posts)
    assert LONG in tip and "shop-folder" in tip and "09:30" in tip


def _render(model, row, col, size=QSize(180, 110)) -> QImage:
    delegate = cells.CalendarCellDelegate()
    img = QImage(size, QImage.Format.Format_ARGB32)
    img.fill(0)
    p = QPainter(img)
    opt = QStyleOptionViewItem()
    opt.rect = img.rect()
    opt.palette = theme.palette(theme.current())
    delegate.paint(p, opt, model.index(row, col))
    p.end()
    return img


def test_cells_paint_in_month_and_week_in_both_palettes(qapp, ctx):
    posts = _posts(ctx.db)
    model = CalendarModel()
    before = theme.current()
    try:
        for scheme in ("light", "dark"):
            theme.apply(qapp, scheme)
            for mode in ("month", "week"):
                model.set_view(mode, date.today())
                model.set_posts(posts)
                r, c = model.cell_of(posts[0].scheduled_at)
                img = _render(model, r, c)
                bg = img.pixelColor(QPoint(img.width() - 2, img.height() - 2))
                text = theme.palette(scheme).color(theme.palette(scheme).ColorRole.Text)
                assert theme.contrast_ratio(text, bg) >= 4.5, (scheme, mode, bg.name())
                inked = sum(1 for x in range(0, img.width(), 2) for y in range(0, 40, 2)
                            if img.pixelColor(x, y).rgb() != bg.rgb())
                assert inked > 30, (scheme, mode)  # time, icon and title drawn
    finally:
        theme.apply(qapp, before)


def test_the_section_uses_the_delegate(qtbot, window):
    view = window.section_widget("calendar")
    assert isinstance(view.table.itemDelegate(), cells.CalendarCellDelegate)


def test_a_narrow_cell_puts_the_title_under_the_time(qapp, ctx, light):
    posts = _posts(ctx.db)
    model = CalendarModel()
    model.set_view("month", date.today())
    model.set_posts(posts)
    r, c = model.cell_of(posts[0].scheduled_at)
    img = _render(model, r, c, QSize(70, 110))
    bg = img.pixelColor(QPoint(68, 108))
    fm = QFontMetrics(qapp.font())
    # the second line of the first post (below day number and time) carries ink: the title
    top = 3 + fm.height() + 1 + max(fm.height(), 14) + 1
    band = [img.pixelColor(x, y) for x in range(3, 67) for y in range(top + 2, top + fm.height() - 2)]
    assert sum(1 for px in band if px.rgb() != bg.rgb()) > 20
