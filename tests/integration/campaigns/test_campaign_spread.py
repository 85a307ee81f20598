"""Finding 9 (walkthrough s14): a plan used to put every product × channel of a phase at the same minute on one
account. Now a phase's posts are spread over the market's good hours per account, and an account that would get
more than two posts within an hour is named in a warning (plan, show and schedule)."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from zoneinfo import ZoneInfo

import pytest

from studio.services import accounts, campaigns, catalog, sample

pytestmark = pytest.mark.clock("2026-12-01T12:00")  # plans 2027 festivals: the app believes it is Dec 2026


def _shop(db, tmp_path, n_products=3):
    sample.import_sample(db)
    handles = [p.handle for p in catalog.list_products(db, limit=n_products)]
    accounts.add_account(db, "folder", "one", base_url=str(tmp_path / "one"), settings_={"path": str(tmp_path / "one")})
    return handles


def test_one_account_gets_its_posts_spread_and_a_warning(db, tmp_path):
    handles = _shop(db, tmp_path)
    campaigns.create_campaign(db, "ram", festival="ramadan", markets=["ar-SA", "ar-AE"], products=handles,
                              channels=["instagram", "tiktok"], accounts={"instagram": "one", "tiktok": "one"},
                              today=dt.date(2026, 12, 1))
    c = campaigns.plan(db, "ram")
    assert len(c.items) == 2 * 3 * 2 * 6  # markets × products × channels × (2 teasers, launch, reminder, live, last)
    # no two posts of the one account share a minute (they all did: 12 at 21:00 in every phase)
    minutes = Counter(i.planned_at for i in c.items)
    assert max(minutes.values()) == 1
    # every post stays in its phase's good hours on its market's clock (the evening after iftar)
    for i in c.items:
        hour = i.planned_at.astimezone(ZoneInfo("Asia/Riyadh" if i.market == "ar-SA" else "Asia/Dubai")).hour
        assert 17 <= hour <= 23, (i.phase, i.local_time)
    # the launch's first post keeps the planned time
    assert any(i.local_time == "2027-02-08 21:00 +03" for i in c.items if i.phase == "launch")
    # 24 posts a phase on one account cannot keep to two an hour: the plan says so and what to do
    assert c.warnings and "one gets" in c.warnings[0] and "more than 2 an hour" in c.warnings[0]
    # re-planning gives the same times (spreading starts from the phase's time every run)
    again = campaigns.plan(db, "ram")
    assert sorted(i.planned_at for i in again.items) == sorted(i.planned_at for i in c.items)


def test_few_posts_no_warning(db, tmp_path):
    handles = _shop(db, tmp_path, 1)
    campaigns.create_campaign(db, "small", festival="11-11", markets=["th-TH"], products=handles,
                              channels=["instagram"], accounts={"instagram": "one"}, today=dt.date(2026, 12, 1))
    c = campaigns.plan(db, "small")
    assert c.warnings == []
