"""A campaign made while its festival runs (stop 21): `studio campaign create --festival ramadan` during Ramadan
planned two teasers and a launch in the past (the plan ran from two weeks before the festival's first day). Now the
plan starts from the app's now (studio.clock): no slot before it, the launch at the first 5-minute mark after it,
and the campaign says so — for every festival of the market registry, in the CLI and through the service the
Campaigns section runs."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from localization.markets import all_markets
from studio import clock
from studio.services import campaigns, catalog, sample
from studio.services.scheduling import slots


@pytest.fixture
def shop(sqlite_db):
    sample.import_sample(sqlite_db)
    return sqlite_db, catalog.list_products(sqlite_db, limit=1)[0].handle


def _in_window(fid: str, year: int = 2027) -> tuple[str, dt.date, dt.date]:
    """A market that celebrates ``fid`` and that year's dates."""
    for mk in all_markets():
        for f in mk.festivals:
            if f["id"] == fid and f["start"].startswith(str(year)):
                return mk.tag, dt.date.fromisoformat(f["start"]), dt.date.fromisoformat(f["end"])
    raise AssertionError(fid)


def _every_festival() -> list:
    """Each festival id of the registry with the app's clock on a running day of its 2027 occurrence: its last day
    for a one-day festival (14:00 on the market's clock, after that day's morning posts — 14:00 UTC is already the
    next day in Sydney, after the festival, where a plan is refused: test_campaign_past_festival.py), else the middle
    day."""
    from zoneinfo import ZoneInfo

    from localization.markets import get_market

    out = []
    for fid in sorted({str(f["id"]) for mk in all_markets() for f in mk.festivals}):
        tag, start, end = _in_window(fid)
        day = start + (end - start) / 2 if end > start else start
        local = dt.datetime.combine(day, dt.time(14), ZoneInfo(get_market(tag).timezone or "UTC"))
        out.append(pytest.param(fid, tag, marks=pytest.mark.clock(local.isoformat()), id=fid))
    return out


def _check_from_now(c) -> None:
    earliest = campaigns.first_slot(clock.now() - dt.timedelta(minutes=5))
    assert c.items, "a running festival still gets a plan"
    assert all(i.planned_at >= earliest for i in c.items), [(i.phase, i.local_time) for i in c.items]
    assert not [i for i in c.items if i.phase == "teaser"]
    launch = [i for i in c.items if i.phase == "launch"]
    assert launch and min(i.planned_at for i in c.items) == min(i.planned_at for i in launch)


@pytest.mark.parametrize(("fid", "tag"), _every_festival())
def test_every_festival_planned_while_it_runs_starts_now(shop, fid, tag):
    db, handle = shop
    today = clock.today()
    c = campaigns.create_campaign(db, "running", festival=fid, markets=[tag], products=[handle],
                                  channels=["instagram"])
    assert c.starts_on == today  # not two weeks before the festival's first day
    _tag, fstart, fend = _in_window(fid)
    running = fstart < today <= fend
    assert bool(c.warnings and "the plan starts now" in c.warnings[0]) == running
    c = campaigns.plan(db, "running")
    _check_from_now(c)
    if running:
        assert "the plan starts now" in c.warnings[0]
    # re-planning later the same day keeps every slot in the future and one item per slot
    again = campaigns.plan(db, "running")
    assert len(again.items) == len(c.items)
    _check_from_now(again)


@pytest.mark.clock("2027-02-20T11:02:30+00:00")  # Ramadan 2027 (8 Feb – 9 Mar), 14:02 in Riyadh
def test_ramadan_cli_during_ramadan(shop, capsys):
    from studio.cli.main import main

    db, handle = shop
    assert main(["campaign", "create", "--name", "Ramadan now", "--festival", "ramadan", "--markets", "ar-SA,ar-AE",
                 "--products", handle, "--channels", "instagram,tiktok", "--discount", "20"]) == 0
    out = capsys.readouterr().out
    assert "2027-02-20 – 2027-03-09" in out
    assert "warning: Ramadan is on (2027-02-08 – 2027-03-09): the plan starts now" in out
    assert main(["campaign", "plan", "Ramadan now", "--json"]) == 0
    c = json.loads(capsys.readouterr().out)
    times = sorted(i["planned_at"] for i in c["items"])
    assert times[0] >= "2027-02-20T11:05"  # the first 5-minute mark after now; nothing before
    assert {i["phase"] for i in c["items"]} == {"launch", "reminder", "live", "last-call"}
    launch = [i for i in c["items"] if i["phase"] == "launch"]
    # launched this evening after iftar (21:00 in Riyadh and Dubai), not on 8 Feb
    assert sorted({i["local_time"] for i in launch}) == ["2027-02-20 21:00 +03", "2027-02-20 21:00 +04"]
    assert "the launch at 2027-02-20 21:00 +03, no teasers and no post before now" in c["warnings"][0]
    assert main(["campaign", "show", "Ramadan now"]) == 0
    rows = [line for line in capsys.readouterr().out.splitlines() if line.startswith("  2027-")]
    assert len(rows) == len(c["items"]) and all(r.strip() >= "2027-02-20 21:00" for r in rows)


@pytest.mark.clock("2027-02-01T12:00+00:00")  # a week before Ramadan: the first teaser's day (25 Jan) has passed
def test_before_the_festival_a_passed_teaser_is_left_out(shop):
    db, handle = shop
    c = campaigns.plan(db, campaigns.create_campaign(db, "soon", festival="ramadan", markets=["ar-SA"],
                                                     products=[handle], channels=["instagram"]).id)
    assert c.starts_on == dt.date(2027, 2, 1) and not c.warnings  # the festival is not on: nothing to say
    phases = [(i.phase, i.step, i.local_time) for i in c.items]
    assert phases[0] == ("teaser", 2, "2027-02-05 21:00 +03")  # 3 days before; teaser 1 (25 Jan) is gone
    assert ("launch", 1, "2027-02-08 21:00 +03") in phases


@pytest.mark.clock("2026-12-01T12:00+00:00")
def test_a_plan_made_earlier_keeps_generated_posts_and_the_launch_moves_to_now(shop, move_app_clock):
    """Planned before Ramadan, re-planned during it: an unqueued launch moves to now, passed teasers without a
    draft are dropped, a teaser already generated stays (schedule then says its time has passed)."""
    db, handle = shop
    c = campaigns.plan(db, campaigns.create_campaign(db, "early", festival="ramadan", markets=["ar-SA"],
                                                     products=[handle], channels=["instagram"]).id)
    assert [i.phase for i in c.items][:3] == ["teaser", "teaser", "launch"]
    from studio.storage.models_campaigns import CampaignItem

    t1 = next(i for i in c.items if (i.phase, i.step) == ("teaser", 1))
    res = campaigns.generate(db, "early")
    assert res.failed == 0
    move_app_clock("2027-02-15T19:00+00:00")  # the clock moves on into Ramadan (22:00 in Riyadh)
    with db.session() as s:  # teaser 2 was never generated (its draft gone)
        t2 = next(i for i in s.query(CampaignItem) if (i.phase, i.step) == ("teaser", 2))
        t2.draft_id = None
    again = campaigns.plan(db, "early")
    got = {(i.phase, i.step): i for i in again.items}
    assert ("teaser", 2) not in got  # in the past, no draft: not planned
    assert got[("teaser", 1)].planned_at == t1.planned_at and got[("teaser", 1)].draft_id is not None
    assert got[("launch", 1)].local_time == "2027-02-15 22:05 +03"  # now, not 8 Feb
    assert all(i.planned_at >= clock.now() for k, i in got.items() if k != ("teaser", 1))
    assert "the plan starts now — the launch at 2027-02-15 22:05 +03" in again.warnings[0]


@pytest.mark.clock("2027-11-11T12:30+00:00")  # 11.11 in Bangkok, 19:30: morning launch and midday reminder passed
def test_one_day_sale_on_its_day_with_a_weekly_slot_that_has_passed(shop, tmp_path):
    from studio.services import accounts

    db, handle = shop
    acc = accounts.add_account(db, "folder", "ig", base_url=str(tmp_path / "ig"),
                                settings_={"path": str(tmp_path / "ig"), "caption_target": "instagram"})
    slots.add_slot(db, acc.id, dt.date(2027, 11, 11).weekday(), "09:30", "Asia/Bangkok")
    c = campaigns.plan(db, campaigns.create_campaign(db, "1111", festival="11-11", markets=["th-TH"],
                                                     products=[handle], channels=["instagram"],
                                                     accounts={"instagram": "ig"}).id)
    got = {i.phase: i.local_time for i in c.items}
    assert set(got) == {"launch", "live", "last-call"}  # the 13:00 reminder is gone
    # the launch now (not at 09:00, nor at the account's 09:30 slot of that day), the evening live and last call
    assert "2027-11-11 19:35 +07" <= got["launch"] < "2027-11-11 20:00 +07"
    assert got["live"] > got["launch"] and got["last-call"] > got["launch"]
