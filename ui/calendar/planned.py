"""Calendar › a campaign's planned slots (issue 21): the posts a campaign's plan will queue, drawn before they are
scheduled — dashed and outlined, apart from queued posts — with the campaign's name, the slot's kind (teaser,
launch, reminder, live, last call) and its time in the market's time zone. The selected cell lists them under
its posts; a click on one opens the campaign in Campaigns (so does a double-click on a cell holding only planned
slots). Once the campaign is scheduled, a slot becomes an ordinary scheduled post (with the campaign mark) and
leaves this list (``studio.services.campaigns.planned_slots``).

Today is highlighted on every view: a frame and a bold day number in the month, a tinted column in week and day.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen

from studio import clock
from ui.i18n import N_, tr
from ui.models import Column, RowModel

PLANNED = N_("planned")
# the slot kinds as the plan names them (studio.services.campaigns.PHASES), shown with tr()
PHASE_NAMES = {"teaser": N_("teaser"), "launch": N_("launch"), "reminder": N_("reminder"), "live": N_("live"),
               "last-call": N_("last call")}


def phase_name(slot: Any) -> str:
    return tr(PHASE_NAMES.get(slot.phase, slot.phase))


def market_time(slot: Any) -> str:
    """``21:00 +03`` — the slot's time on its market's clock (``local_time`` is "2027-02-08 21:00 +03")."""
    parts = (slot.local_time or "").split(" ")
    return " ".join(parts[1:]) if len(parts) > 1 else slot.local_time


def slot_line(slot: Any) -> str:
    """``Ramadan 2027 · launch · ar-SA 21:00 +03``: what a planned slot says in a cell."""
    return f"{slot.campaign} · {phase_name(slot)} · {slot.market} {market_time(slot)}"


def slot_tip(slot: Any) -> str:
    seg = f" · {slot.segment}" if slot.segment else ""
    return (f"{tr('Planned, not scheduled yet')}: {slot.campaign} · {phase_name(slot)}{seg}\n"
            f"   {slot.local_time} ({slot.market}) · {slot.channel} · {slot.product_handle} · {tr(slot.status)}\n"
            f"   {tr('Click it in the list beside the calendar to open the campaign; Schedule queues it.')}")


def tooltip_text(slots: list[Any]) -> str:
    return "\n".join(slot_tip(s) for s in slots)


class PlannedListModel(RowModel):
    """The planned slots of the selected cell (a click opens the campaign)."""

    COLUMNS = (Column(N_("Planned"), lambda s: f"◇ {market_time(s)} {s.market} · {s.product_handle} · {s.channel} · "
                                               f"{phase_name(s)} · {s.campaign}" + (f" · {s.segment}" if s.segment
                                                                                   else ""),
                      tip=slot_tip),)

    @property
    def slots(self) -> list[Any]:
        return self._rows


def is_today(d: date) -> bool:
    return d == clock.today()


def paint_today(painter: QPainter, rect: QRect, mode: str, pal: QPalette) -> None:
    """Today's cell: a band in the highlight colour along its top (month; the day number is bold), a light tint of
    it (week and day columns). The band leaves the cell's background, where posts' text sits, as it is."""
    colour = QColor(pal.color(QPalette.ColorRole.Highlight))
    painter.save()
    if mode == "month":
        painter.fillRect(QRect(rect.left(), rect.top(), rect.width(), 3), colour)
    else:
        colour.setAlpha(40)
        painter.fillRect(rect, colour)
    painter.restore()


def bold(font: QFont) -> QFont:
    f = QFont(font)
    f.setBold(True)
    return f


def grouped(slots: list[Any]) -> list[tuple[Any, int]]:
    """A cell's slots by campaign and kind, in order, with how many (markets × products × channels × segments):
    a month cell has room for "◇ 4× teaser · Ramadan 2027", not for four lines of it."""
    out: dict[tuple[str, str, int], list[Any]] = {}
    for sl in slots:
        out.setdefault((sl.campaign, sl.phase, sl.step), []).append(sl)
    return [(group[0], len(group)) for group in out.values()]


def cell_text(slot: Any, count: int = 1) -> str:
    """What a cell says for a group of slots: the kind and the campaign first (a narrow month cell elides the
    rest), then the time on the first slot's market clock."""
    many = f"{count}× " if count > 1 else ""
    return f"◇ {many}{phase_name(slot)} · {slot.campaign} · {market_time(slot)} {slot.market}"


def paint_frame(painter: QPainter, rect: QRect, pal: QPalette) -> None:
    """A cell whose planned slots did not fit beside its posts: a dashed frame (the list beside names them)."""
    painter.save()
    painter.setPen(QPen(pal.color(QPalette.ColorRole.Highlight), 1, Qt.PenStyle.DashLine))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(rect.adjusted(1, 1, -2, -2))
    painter.restore()


def paint_slot(painter: QPainter, row: QRect, slot: Any, fm: QFontMetrics, pal: QPalette, rtl: bool,
               count: int = 1) -> None:
    """One group of planned slots: a dashed outline (no fill — it is not a post yet) and "◇ 4× launch · Ramadan
    2027 · 21:00 +03 ar-SA" elided to the row."""
    painter.save()
    pen = QPen(pal.color(QPalette.ColorRole.Highlight), 1, Qt.PenStyle.DashLine)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    box = row.adjusted(0, 0, -1, -1)
    painter.drawRect(box)
    painter.setPen(pal.color(QPalette.ColorRole.Text))
    inner = box.adjusted(3, 0, -3, 0)
    # the longest form that fits: a narrow month cell at 1366 px still says which kind of post is planned
    forms = (cell_text(slot, count), f"◇ {phase_name(slot)} · {slot.campaign}", f"◇ {phase_name(slot)}")
    text = next((f for f in forms if fm.horizontalAdvance(f) <= inner.width()), forms[-1])
    shown = fm.elidedText(text, Qt.TextElideMode.ElideRight, max(0, inner.width()))
    painter.drawText(inner, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextSingleLine),
                     f"\u2068{shown}\u2069")
    painter.restore()


class PlannedSlots:
    """CalendarView's planned slots (a mixin): the list under the cell's posts and opening the campaign."""

    def _show_planned(self, index) -> None:
        slots = self.model.planned_at(index)
        self.planned_model.set_rows(slots)
        self.planned_list.setVisible(bool(slots))
        if slots:
            self.planned_list.setMaximumHeight(self.planned_list.sizeHintForRow(0) * min(4, len(slots)) + 6)

    def _planned_clicked(self, index) -> None:
        if index.isValid() and index.row() < len(self.planned_model.slots):
            self.open_campaign(self.planned_model.slots[index.row()].campaign)

    def _cell_double_clicked(self, index) -> None:
        slots = self.model.planned_at(index)
        if slots and not self.model.posts_at(index):
            self.open_campaign(slots[0].campaign)

    def open_campaign(self, name: str) -> None:
        win = getattr(self.ctx, "main_window", None)
        if win is not None and hasattr(win, "open_on"):
            win.open_on("campaigns", campaign=name)
