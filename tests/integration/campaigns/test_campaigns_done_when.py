"""Issue 21 "done when" (campaigns part), from the CLI on SQLite: from the sample catalog a user creates a
Ramadan campaign for ar-SA and ar-AE and an 11.11 campaign for th-TH, sees the plan (the Calendar's campaign
marks come from the same posts), approves and schedules it."""

from __future__ import annotations

import json
from datetime import datetime

import pytest

from studio.cli.main import main
from studio.services import campaigns, catalog, drafts, sample
from studio.services.scheduling import queue

pytestmark = pytest.mark.clock("2026-12-01T12:00")  # plans 2027 festivals: the app believes it is Dec 2026


def cli(capsys, *argv):
    rc = main([str(a) for a in argv])
    out = capsys.readouterr()
    return rc, out.out, out.err


def cli_json(capsys, *argv):
    rc, out, err = cli(capsys, *argv, "--json")
    assert rc == 0, err
    return json.loads(out)


@pytest.fixture
def shop(sqlite_db, tmp_path, capsys):
    sample.import_sample(sqlite_db)
    handle = catalog.list_products(sqlite_db, limit=1)[0].handle
    for chan in ("instagram", "tiktok"):
        rc, _out, err = cli(capsys, "accounts", "add", "folder", "--name", f"{chan}-bundles", "--base-url",
                            tmp_path / chan, "--set", f"caption_target={chan}")
        assert rc == 0, err
    return sqlite_db, handle


def test_ramadan_and_11_11_from_the_cli(shop, capsys):
    db, handle = shop
    made = cli_json(capsys, "campaign", "create", "--name", "Ramadan 2027", "--festival", "ramadan", "--markets",
                    "ar-SA,ar-AE", "--products", handle, "--channels", "instagram", "--discount", "20", "--code",
                    "RAMADAN27")
    assert made["festival_id"] == "ramadan" and made["markets"] == ["ar-SA", "ar-AE"]
    assert made["offer"]["code"] == "RAMADAN27" and made["offer"]["starts_on"] == "2027-02-08"  # the registry's date
    cli_json(capsys, "campaign", "create", "--name", "11.11 TH", "--festival", "11-11", "--markets", "th-TH",
             "--products", handle, "--channels", "tiktok", "--discount", "11", "--code", "TH1111")

    ram = cli_json(capsys, "campaign", "plan", "Ramadan 2027")
    phases = {i["phase"] for i in ram["items"]}
    assert phases == {"teaser", "launch", "reminder", "live", "last-call"}
    assert len(ram["items"]) == 12  # 6 posts × 2 markets
    launch = {i["market"]: i for i in ram["items"] if i["phase"] == "launch"}
    # on each market's calendar and clock: 21:00 local on the first day of Ramadan (after iftar)
    assert launch["ar-SA"]["local_time"] == "2027-02-08 21:00 +03"
    assert launch["ar-AE"]["local_time"] == "2027-02-08 21:00 +04"
    th = cli_json(capsys, "campaign", "plan", "11.11 TH")
    assert {i["local_time"][:10] for i in th["items"] if i["phase"] != "teaser"} == {"2027-11-11"}

    for name in ("Ramadan 2027", "11.11 TH"):
        gen = cli_json(capsys, "campaign", "generate", name)
        assert gen["generated"] == len(gen["items"]) and gen["failed"] == 0
    c = campaigns.get_campaign(db, "Ramadan 2027")
    for item in c.items:
        d = drafts.get_draft(db, item.draft_id)
        assert d.variant.startswith(f"c{c.id}.{item.phase}")
        prov = d.latest.provenance
        assert prov["campaign"]["name"] == "Ramadan 2027" and prov["campaign"]["phase"] == item.phase
        assert prov["campaign"]["festival"]["id"] == "ramadan"
        assert "RAMADAN27" in d.latest.content["text"]  # the one offer wording, on every post
        # the festival as Arabic shoppers write it (festivals.json local_names), not the registry's English name
        assert "رمضان" in d.latest.content["text"] and "Ramadan" not in d.latest.content["text"]
    th = campaigns.get_campaign(db, "11.11 TH")
    assert th.status == "generated"
    assert all("11.11 sale" not in drafts.get_draft(db, i.draft_id).latest.content["text"] for i in th.items)

    for name in ("Ramadan 2027", "11.11 TH"):
        res = cli_json(capsys, "campaign", "approve", name, "--allow-warnings")  # the sample's drafts carry warnings
        assert res["refused"] == [] and res["approved"]
        res = cli_json(capsys, "campaign", "schedule", name)
        assert res["refused"] == [] and res["scheduled"]

    shown = cli_json(capsys, "campaign", "show", "Ramadan 2027")
    assert shown["status"] == "scheduled" and shown["counts"] == {"scheduled": 12}
    marks = campaigns.campaign_posts(db)
    for item in shown["items"]:
        post = queue.get_post(db, item["post_id"])
        assert post.scheduled_at == datetime.fromisoformat(item["planned_at"])  # at the planned slot
        assert post.state == "scheduled" and post.market == item["market"]
        assert marks[post.id]["campaign"] == "Ramadan 2027" and marks[post.id]["phase"] == item["phase"]
    listed = cli_json(capsys, "campaign", "list")
    assert {c["name"]: c["status"] for c in listed} == {"Ramadan 2027": "scheduled", "11.11 TH": "scheduled"}
    rc, out, _err = cli(capsys, "campaign", "show", "11.11 TH")
    assert rc == 0 and "last-call" in out and "tiktok" in out


def test_bad_input_exits_with_one_line_reasons(shop, capsys):
    _db, handle = shop
    rc, _out, err = cli(capsys, "campaign", "create", "--name", "x", "--festival", "ramadan", "--markets", "th-TH",
                        "--products", handle, "--channels", "tiktok")
    assert rc == 2 and err.count("\n") == 1 and "not on th-TH's calendar" in err
    rc, _out, err = cli(capsys, "campaign", "create", "--name", "x", "--festival", "11-11", "--markets", "th-TH",
                        "--products", handle, "--channels", "myspace")
    assert rc == 2 and "'myspace' is not a channel" in err
    rc, _out, err = cli(capsys, "campaign", "create", "--name", "x", "--festival", "11-11", "--markets", "th-TH",
                        "--products", handle, "--channels", "tiktok", "--code", "no spaces!")
    assert rc == 2 and "--code" in err
    rc, _out, err = cli(capsys, "campaign", "create", "--name", "x", "--festival", "11-11", "--markets", "th-TH",
                        "--products", handle, "--channels", "tiktok", "--price", "de-DE=10")
    assert rc == 2 and "not one of the campaign's markets" in err
    rc, _out, err = cli(capsys, "campaign", "show", "nope")
    assert rc == 2 and "no campaign named 'nope'" in err
    rc, _out, err = cli(capsys, "campaign", "generate", "nope")
    assert rc == 2 and err.startswith("studio campaign: ")
    cli_json(capsys, "campaign", "create", "--name", "x", "--festival", "11-11", "--markets", "th-TH",
             "--products", handle, "--channels", "tiktok")
    rc, _out, err = cli(capsys, "campaign", "generate", "x")
    assert rc == 2 and "no plan yet" in err and "studio campaign plan" in err
    rc, _out, err = cli(capsys, "campaign", "create", "--name", "x", "--festival", "11-11", "--markets", "th-TH",
                        "--products", handle, "--channels", "tiktok")
    assert rc == 2 and "exists" in err
    rc, _out, err = cli(capsys, "campaign", "offer", "x")
    assert rc == 2 and "nothing to change" in err
    rc, _out, err = cli(capsys, "campaign", "offer", "x", "--discount", "95")
    assert rc == 2 and "1 to 90" in err
    changed = cli_json(capsys, "campaign", "offer", "x", "--discount", "15", "--code", "TH1111", "--price", "th-TH=990")
    assert changed["offer"]["discount_percent"] == 15 and changed["offer"]["prices"] == {"th-TH": "990"}
    changed = cli_json(capsys, "campaign", "offer", "x", "--code", "-", "--price", "th-TH=")
    assert "code" not in changed["offer"] and "prices" not in changed["offer"]


def test_segment_variant_from_the_cli(shop, capsys):
    db, handle = shop
    rc, _out, err = cli(capsys, "segments", "add", "Eco Minded", "--description", "x")
    assert rc == 2 and "lower-case" in err
    cli_json(capsys, "segments", "add", "eco-minded", "--description", "buys for the planet", "--angle", "certified")
    assert [s["name"] for s in cli_json(capsys, "segments", "list")] == ["eco-minded"]
    plain = cli_json(capsys, "generate", "--markets", "th-TH", "--products", handle, "--kinds", "caption",
                     "--channel", "instagram")
    plain_id = plain["draft_ids"][0]
    variant = cli_json(capsys, "segments", "variant", plain_id, "--segment", "eco-minded")
    assert variant["segment"] == "eco-minded" and variant["id"] != plain_id
    side = cli_json(capsys, "segments", "variants", plain_id)
    assert [d["id"] for d in side] == [plain_id, variant["id"]]
    rc, _out, err = cli(capsys, "segments", "schedule", variant["id"], "--account", "instagram-bundles", "--at",
                        "2027-05-01T10:00+07:00")
    assert rc == 2 and "not approved" in err
    rc, _out, err = cli(capsys, "drafts", "approve", variant["id"])
    assert rc == 0, err
    out = cli_json(capsys, "segments", "schedule", variant["id"], "--account", "instagram-bundles", "--at",
                   "2027-05-01T10:00+07:00")
    from studio.services.scheduling import queue as q

    post = q.list_posts(db)[0]
    assert post.id == out["post"]["id"] and post.segment == "eco-minded" and post.campaign is None
    rc, _out, err = cli(capsys, "segments", "remove", "nope")
    assert rc == 2 and "no segment named" in err
