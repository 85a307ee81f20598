"""Findings 11 and 12 (walkthrough s14): the Calendar showed post times on the computer's clock without saying
so (the Campaigns table and the planned slots use each market's), and the planned list did not name the product,
so four lines looked identical. The period heading and every post line name the zone; a planned line names
product and channel."""

from __future__ import annotations

import datetime as dt
import types

from ui.calendar import models, planned


def test_post_line_and_zone_name():
    post = types.SimpleNamespace(text="hello", scheduled_at=dt.datetime(2027, 2, 8, 18, 0, tzinfo=dt.UTC),
                                 display_state="scheduled", account_name="demo-folder", platform="folder",
                                 campaign=None, campaign_phase=None, segment=None)
    zone = models.zone_name(post.scheduled_at)
    assert zone.startswith("UTC")
    assert f" {zone}  [" in models._post_line(post)


def test_planned_line_names_product_and_channel_once_with_its_time():
    slot = types.SimpleNamespace(local_time="2027-02-08 21:00 +03", market="ar-SA", campaign="Walk Ramadan",
                                 phase="teaser", channel="instagram", product_handle="ceramic-bud-vase", segment="",
                                 status="planned")
    line = planned.PlannedListModel.COLUMNS[0].value(slot)
    assert "ceramic-bud-vase" in line and "instagram" in line and line.count("21:00") == 1


def test_status_line_names_the_zone(sqlite_db, qapp, qtbot):
    from studio.settings import Settings
    from ui.calendar.view import CalendarView
    from ui.context import AppContext, ChangeBus
    from ui.tasks import TaskRunner

    tasks = TaskRunner()
    ctx = AppContext(db=sqlite_db, settings=Settings(), tasks=tasks, bus=ChangeBus())
    try:
        view = CalendarView(ctx)
        qtbot.addWidget(view)
        view.show()
        qtbot.waitUntil(lambda: "UTC" in view.status.text(), timeout=15000)
        assert view.status.text().startswith(f"Post times in {models.zone_name()}")
    finally:
        tasks.shutdown(wait=True)
