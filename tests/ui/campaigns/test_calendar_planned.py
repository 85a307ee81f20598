"""The Calendar draws a campaign's planned slots before they are scheduled (issue 21 "sees the plan on the
calendar"): dashed, with the campaign's name, the slot's kind and its time on the market's clock; a click on a
slot opens the campaign; after Schedule they are ordinary scheduled posts. Today is highlighted."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QPalette

from studio.services import accounts, campaigns, catalog, sample


@pytest.fixture
def ctx(ctx, tmp_path):
    """The shared ``ctx`` of tests/ui/conftest.py with the sample catalog and a Folder account for Instagram."""
    sample.import_sample(ctx.db)
    accounts.add_account(ctx.db, "folder", "ig-bundles", base_url=str(tmp_path / "ig"),
                         settings_={"path": str(tmp_path / "ig"), "caption_target": "instagram"})
    return ctx


def _calendar_at(qtbot, w, day: dt.date):
    cal = w.show_section("calendar")
    with qtbot.waitSignal(cal.loaded, timeout=15000):
        cal.go(day)
    return cal


def _cells(cal):
    return [cal.model.index(r, c) for r in range(cal.model.rowCount()) for c in range(cal.model.columnCount())]


@pytest.mark.clock("2026-12-01T12:00")  # Ramadan 2027 is ahead
def test_planned_slots_on_the_calendar_open_the_campaign_and_become_posts(qtbot, ctx, window, qtmodeltester):
    handle = catalog.list_products(ctx.db, limit=1)[0].handle
    campaigns.create_campaign(ctx.db, "Ramadan 2027", festival="ramadan-2027", markets=["ar-SA", "ar-AE"],
                              products=[handle], channels=["instagram"], offer={"discount_percent": 20,
                                                                                "code": "RAMADAN27"})
    campaigns.plan(ctx.db, "Ramadan 2027")
    w = window
    cal = _calendar_at(qtbot, w, dt.date(2027, 2, 1))
    qtmodeltester.check(cal.model)
    slots = cal.model.planned
    assert slots and {s.campaign for s in slots} == {"Ramadan 2027"} and not cal.model.posts
    # the launch on 8 February at 21:00 on each market's clock (+03 Riyadh, +04 Dubai), drawn in its cell
    launch = [s for s in slots if s.phase == "launch"]
    assert sorted(s.local_time for s in launch) == ["2027-02-08 21:00 +03", "2027-02-08 21:00 +04"]
    cell = cal.model.index(*cal.model.cell_of(launch[0].planned_at))
    text = cell.data()
    assert "Ramadan 2027 · launch · ar-SA 21:00 +03" in text or "Ramadan 2027 · launch · ar-AE 21:00 +04" in text
    assert "Planned, not scheduled yet: Ramadan 2027 · launch" in cell.data(Qt.ItemDataRole.ToolTipRole)
    assert "planned campaign posts in view" in cal.status.toolTip() + cal.status.text()
    # drawn: a dashed outline in the highlight colour inside the cell (not a post's filled background)
    cal.table.setCurrentIndex(cal.model.index(0, 0))
    img = cal.table.viewport().grab().toImage()
    rect = cal.table.visualRect(cell)
    hl = cal.table.palette().color(QPalette.ColorRole.Highlight)
    coloured = [QColor(img.pixel(x, y)) for x in range(rect.left(), rect.right()) for y in range(rect.top(),
                                                                                                 rect.bottom())]
    assert any(abs(c.red() - hl.red()) + abs(c.green() - hl.green()) + abs(c.blue() - hl.blue()) < 40
               for c in coloured)
    # selecting the cell lists its slots; a click opens the campaign
    cal.table.setCurrentIndex(cell)
    assert cal.planned_list.isVisibleTo(cal) and cal.planned_model.rowCount() >= 1
    assert "Ramadan 2027" in cal.planned_model.index(0, 0).data()
    qtmodeltester.check(cal.planned_model)
    vis = cal.planned_list.visualRect(cal.planned_model.index(0, 0))
    qtbot.mouseClick(cal.planned_list.viewport(), Qt.MouseButton.LeftButton, pos=vis.center())
    view = w.section_widget("campaigns")
    qtbot.waitUntil(lambda: w.stack.currentWidget() is view and view.current is not None
                    and view.current.name == "Ramadan 2027", timeout=15000)

    # after Schedule the slots are scheduled posts with the campaign mark, and no longer planned slots
    campaigns.generate(ctx.db, "Ramadan 2027")
    campaigns.approve(ctx.db, "Ramadan 2027", allow_warnings=True)  # the offline writer marks untranslated facts
    res = campaigns.schedule(ctx.db, "Ramadan 2027", accounts={"instagram": "ig-bundles"})
    assert len(res["scheduled"]) == 12 and not res["refused"]
    assert campaigns.planned_slots(ctx.db, campaign="Ramadan 2027") == []
    cal = _calendar_at(qtbot, w, dt.date(2027, 2, 1))
    assert not cal.model.planned and any(p.campaign == "Ramadan 2027" for p in cal.model.posts)
    assert not any(cal.model.planned_at(i) for i in _cells(cal))


def test_today_is_highlighted(qtbot, window):
    cal = _calendar_at(qtbot, window, dt.date.today())
    cell = cal.model.index(*cal.model.cell_of(dt.datetime.now().astimezone()))
    other = cal.model.index(*cal.model.cell_of(dt.datetime.now().astimezone() + dt.timedelta(days=1)))
    # a cell other than today is selected, so today shows its own frame, not the selection
    cal.table.setCurrentIndex(other)
    img = cal.table.viewport().grab().toImage()
    rect = cal.table.visualRect(cell)
    hl = cal.table.palette().color(QPalette.ColorRole.Highlight)
    frame = QColor(img.pixel(QPoint(rect.left() + rect.width() // 2, rect.top() + 1)))
    assert abs(frame.red() - hl.red()) + abs(frame.green() - hl.green()) + abs(frame.blue() - hl.blue()) < 40
    nxt = cal.table.visualRect(cal.model.index(*cal.model.cell_of(dt.datetime.now().astimezone()
                                                                    + dt.timedelta(days=7))))
    plain = QColor(img.pixel(QPoint(nxt.left() + nxt.width() // 2, nxt.top() + 1)))
    assert plain != frame
    # week view: today's column header is bold
    with qtbot.waitSignal(cal.loaded, timeout=15000):
        cal.set_mode("week")
    col = cal.model.cell_of(dt.datetime.now().astimezone())[1]
    font = cal.model.headerData(col, Qt.Orientation.Horizontal, Qt.ItemDataRole.FontRole)
    assert font is not None and font.bold()
    assert cal.model.headerData((col + 1) % 7, Qt.Orientation.Horizontal, Qt.ItemDataRole.FontRole) is None


def _slot(when, phase="launch", market="ar-SA", segment=""):
    from studio.services.campaigns import PlannedSlotDTO

    return PlannedSlotDTO(1, 1, "Ramadan 2027", phase, 1, market, "instagram", segment, "ceramic-bud-vase", when,
                          f"{when:%Y-%m-%d} 21:00 +03", "planned")


def _render(model, index, size):
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtWidgets import QStyleOptionViewItem

    from ui.calendar import cells

    img = QImage(size, QImage.Format.Format_ARGB32)
    img.fill(0xFFFFFFFF)
    p = QPainter(img)
    opt = QStyleOptionViewItem()
    opt.rect = img.rect()
    cells.CalendarCellDelegate().paint(p, opt, index)
    p.end()
    return img


def test_cells_with_posts_and_planned_slots_paint_in_every_size(qapp, sqlite_db):
    """Posts and a plan in one cell: grouped slots under the posts where they fit, a dashed frame where not —
    in month, week and day cells from roomy to the 62 px week column at 1366 px (no exception, ink drawn)."""
    from PySide6.QtCore import QSize

    from studio.services.scheduling import queue
    from ui.calendar import planned as planned_ui
    from ui.calendar.models import CalendarModel

    acc = accounts.add_account(sqlite_db, "folder", "shop-folder", base_url="/tmp/studio-planned-test")
    when = dt.datetime.combine(dt.date.today() + dt.timedelta(days=1), dt.time(18)).astimezone()
    queue.create_post(sqlite_db, acc.id, "A queued post\n#x", when)
    posts = queue.list_posts(sqlite_db)
    slots = [_slot(when, market=m, segment=s) for m in ("ar-SA", "ar-AE") for s in ("first", "back")]
    assert planned_ui.grouped(slots) == [(slots[0], 4)]
    assert planned_ui.cell_text(slots[0], 4).startswith("◇ 4× launch · Ramadan 2027 · 21:00 +03")
    model = CalendarModel()
    for mode in ("month", "week", "day"):
        model.set_view(mode, when.date())
        model.planned = slots
        model.set_posts(posts)
        index = model.index(*model.cell_of(when))
        assert model.posts_at(index) and len(model.planned_at(index)) == 4
        for size in (QSize(260, 140), QSize(62, 82), QSize(62, 42), QSize(62, 24)):
            img = _render(model, index, size)
            inked = sum(1 for x in range(0, size.width(), 2) for y in range(0, size.height(), 2)
                        if img.pixelColor(x, y).rgb() != 0xFFFFFFFF)
            assert inked > 10, (mode, size)
