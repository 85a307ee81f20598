"""The plan on the calendar from the CLI (issue 21): ``studio campaign calendar`` lists a campaign's planned slots
(not queued yet) and its scheduled posts by day on the market's clock, and ``studio queue --planned`` adds the
planned slots to the queue listing — the same slots the app's Calendar draws dashed (SQLite and PostgreSQL)."""

from __future__ import annotations

import json

import pytest

from studio.cli.main import main
from studio.services import accounts, campaigns, catalog, sample

pytestmark = pytest.mark.clock("2026-12-01T12:00")  # plans 2027 festivals: the app believes it is Dec 2026


def cli(capsys, *argv):
    rc = main([str(a) for a in argv])
    out = capsys.readouterr()
    return rc, out.out, out.err


@pytest.fixture
def shop(db, tmp_path):
    sample.import_sample(db)
    handle = catalog.list_products(db, limit=1)[0].handle
    accounts.add_account(db, "folder", "tt-bundles", base_url=str(tmp_path / "tt"),
                         settings_={"path": str(tmp_path / "tt"), "caption_target": "tiktok"})
    return db, handle


def test_campaign_calendar_and_queue_show_planned_slots(shop, capsys):
    db, handle = shop
    campaigns.create_campaign(db, "11.11 TH", festival="11-11", markets=["th-TH"], products=[handle],
                              channels=["tiktok"], offer={"discount_percent": 11, "code": "TH1111"})
    rc, out, err = cli(capsys, "campaign", "calendar", "11.11 TH")
    assert rc == 0 and "no campaign posts" in out  # not planned yet
    campaigns.plan(db, "11.11 TH")
    rc, out, err = cli(capsys, "campaign", "calendar", "11.11 TH", "--from", "2027-11-11", "--to", "2027-11-11",
                       "--json")
    assert rc == 0, err
    items = json.loads(out)["items"]
    # the sale day on Bangkok's clock: launch 09:00, reminder 13:00, live 20:00, last call 22:00
    assert [(i["phase"], i["local_time"]) for i in items] == [
        ("launch", "2027-11-11 09:00 +07"), ("reminder", "2027-11-11 13:00 +07"), ("live", "2027-11-11 20:00 +07"),
        ("last-call", "2027-11-11 22:00 +07")]
    assert {i["kind"] for i in items} == {"planned"}
    rc, out, _ = cli(capsys, "campaign", "calendar")
    assert "2027-11-11" in out and "◇ planned" in out and "11.11 TH · launch1 · tiktok" in out
    rc, out, _ = cli(capsys, "queue", "--planned", "--json")
    data = json.loads(out)
    assert data["posts"] == [] and len(data["planned"]) == 6
    rc, out, _ = cli(capsys, "queue", "--planned")
    assert "planned" in out and "11.11 TH · launch1 · th-TH 09:00 +07" in out
    # scheduled: the slots become posts (◆) and leave the planned list
    campaigns.generate(db, "11.11 TH")
    campaigns.approve(db, "11.11 TH", allow_warnings=True)  # the offline writer marks untranslated facts
    assert len(campaigns.schedule(db, "11.11 TH")["scheduled"]) == 6
    rc, out, _ = cli(capsys, "campaign", "calendar", "--json")
    assert {i["kind"] for i in json.loads(out)["items"]} == {"post"}
    rc, out, _ = cli(capsys, "queue", "--planned", "--json")
    assert json.loads(out)["planned"] == [] and len(json.loads(out)["posts"]) == 6
    # bad input: one line naming the flag and what to do
    rc, _out, err = cli(capsys, "campaign", "calendar", "--from", "11/11/2027")
    assert rc != 0 and "--from '11/11/2027' is not a date; use YYYY-MM-DD" in err
    rc, _out, err = cli(capsys, "campaign", "calendar", "--from", "2027-11-12", "--to", "2027-11-11")
    assert rc != 0 and "--to 2027-11-11 is before --from 2027-11-12" in err
    rc, _out, err = cli(capsys, "campaign", "calendar", "Nope")
    assert rc != 0 and "no campaign named 'Nope'" in err
