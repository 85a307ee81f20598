"""A festival whose edition is over (stop 22 review, finding 1): `studio campaign create --festival ramadan-2025`
said 'ramadan' was not on ar-SA's calendar while listing it, `studio campaign plan --festival ramadan-2025` was an
unknown argument, and a campaign planned after its festival moved the launch to "now" — after the festival. Now
each says in one line which edition is over, its dates, and the next edition to pick (with its dates), and a plan
never schedules a post after the festival."""

from __future__ import annotations

import pytest

from studio.domain import StudioError
from studio.services import campaigns, catalog, sample


@pytest.fixture
def shop(sqlite_db):
    sample.import_sample(sqlite_db)
    return sqlite_db, catalog.list_products(sqlite_db, limit=1)[0].handle


@pytest.mark.clock("2026-12-03T10:00:00+00:00")
@pytest.mark.parametrize(("festival", "edition"), [
    ("ramadan-2025", "Ramadan 2025 is over"),  # before the calendar's first year: no dates to give
    ("ramadan-2026", "Ramadan 2026 (2026-02-18 – 2026-03-19) is over"),
])
def test_a_past_edition_is_refused_with_the_next_one(shop, festival, edition):
    db, handle = shop
    with pytest.raises(StudioError) as info:
        campaigns.create_campaign(db, "past", festival=festival, markets=["ar-SA"], products=[handle],
                                  channels=["instagram"])
    reason = str(info.value)
    assert reason.startswith(edition), reason
    assert "pick the next edition, Ramadan 2027 (2027-02-08 – 2027-03-09)" in reason
    assert "--" not in reason and "studio" not in reason  # the app shows the reason alone
    assert info.value.hint == "--festival ramadan-2027"
    assert campaigns.list_campaigns(db) == []


@pytest.mark.clock("2026-12-03T10:00:00+00:00")
def test_cli_plan_with_a_past_festival_says_why_in_one_line(shop, capsys):
    from studio.cli.main import main

    assert main(["campaign", "plan", "--festival", "ramadan-2025"]) == 2
    err = capsys.readouterr().err.strip()
    assert "\n" not in err
    assert "Ramadan 2025 is over" in err and "Ramadan 2027 (2027-02-08 – 2027-03-09)" in err, err
    assert err.endswith("(--festival ramadan-2027)")
    assert main(["campaign", "plan", "--festival", "ramadan"]) == 2  # an edition ahead: how to create its campaign
    err = capsys.readouterr().err.strip()
    assert "create the campaign for Ramadan 2027 (2027-02-08 – 2027-03-09) first" in err
    assert "studio campaign create --name NAME --festival ramadan-2027" in err


@pytest.mark.clock("2027-02-20T11:02:30+00:00")  # during Ramadan 2027 (8 Feb – 9 Mar)
@pytest.mark.parametrize("later", [
    "2027-03-15T12:00:00+00:00",  # days after the festival
    "2027-03-09T22:30:00+00:00",  # 01:30 on 10 March in Riyadh: the festival's last day has ended there
])
def test_a_plan_after_the_festival_is_refused_not_moved_to_now(shop, move_app_clock, later):
    db, handle = shop
    campaigns.create_campaign(db, "Ramadan late", festival="ramadan", markets=["ar-SA"], products=[handle],
                              channels=["instagram"])
    move_app_clock(later)
    with pytest.raises(StudioError) as info:
        campaigns.plan(db, "Ramadan late")
    reason = str(info.value)
    assert reason.startswith("campaign 'Ramadan late': Ramadan 2027 (2027-02-08 – 2027-03-09) is over"), reason
    # the registry's calendar ends with 2027: no later Ramadan to name (never this same edition again)
    assert "the calendar of ar-SA has no later Ramadan" in reason and "give your own dates" in reason, reason
    assert info.value.hint == "studio campaign create --start … --end …"
    assert campaigns.get_campaign(db, "Ramadan late").items == []  # nothing planned after the festival


@pytest.mark.clock("2027-03-09T14:00:00+00:00")  # Ramadan's last day, 17:00 in Riyadh: still on
def test_on_the_festivals_last_day_the_launch_is_now_and_never_after_it(shop):
    import datetime as dt

    db, handle = shop
    campaigns.create_campaign(db, "last day", festival="ramadan", markets=["ar-SA"], products=[handle],
                              channels=["instagram"])
    c = campaigns.plan(db, "last day")
    launch = [i for i in c.items if i.phase == "launch"]
    assert launch
    end = dt.datetime(2027, 3, 9, 21, 0, tzinfo=dt.UTC)  # midnight in Riyadh
    assert all(i.planned_at < end for i in launch), [i.local_time for i in launch]


@pytest.mark.clock("2026-03-01T12:00:00+00:00")  # during Ramadan 2026 (18 Feb – 19 Mar)
def test_a_plan_after_the_festival_names_the_next_edition(shop, move_app_clock):
    db, handle = shop
    campaigns.create_campaign(db, "Ramadan 26", festival="ramadan", markets=["ar-SA"], products=[handle],
                              channels=["instagram"])
    move_app_clock("2026-04-02T12:00:00+00:00")
    with pytest.raises(StudioError) as info:
        campaigns.plan(db, "Ramadan 26")
    assert str(info.value) == ("campaign 'Ramadan 26': Ramadan 2026 (2026-02-18 – 2026-03-19) is over (today is "
                               "2026-04-02); a campaign never posts after its festival — create a campaign for the "
                               "next edition, Ramadan 2027 (2027-02-08 – 2027-03-09)")
    assert info.value.hint == "studio campaign create --festival ramadan-2027 …"
