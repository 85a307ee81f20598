"""Campaign and segment services on SQLite and PostgreSQL: plan on the market's calendar, slots and budgets,
one offer as the source of truth (generation, approval and the queue gate), segment variants side by side."""

from __future__ import annotations

import datetime as dt

import pytest

from studio import clock
from studio.domain import StudioError
from studio.services import accounts, campaigns, catalog, drafts, sample, segments
from studio.services.scheduling import queue, slots

pytestmark = pytest.mark.clock("2026-12-01T12:00")  # plans 2027 festivals: the app believes it is Dec 2026


@pytest.fixture
def shop(db, tmp_path):
    sample.import_sample(db)
    handle = catalog.list_products(db, limit=1)[0].handle
    acc = accounts.add_account(db, "folder", "ig", base_url=str(tmp_path / "ig"),
                               settings_={"path": str(tmp_path / "ig"), "caption_target": "instagram"})
    return db, handle, acc


def _campaign(db, handle, **kw):
    args = dict(festival="11-11", markets=["th-TH"], products=[handle], channels=["instagram"],
                offer={"discount_percent": 11, "code": "TH1111", "prices": {"th-TH": "990"}})
    args.update(kw)
    return campaigns.create_campaign(db, "sale", **args)


def test_plan_on_the_markets_clock_slots_and_rerun(shop):
    db, handle, acc = shop
    _campaign(db, handle)
    c = campaigns.plan(db, "sale")
    local = {(i.phase, i.step): i.local_time for i in c.items}
    assert local[("launch", 1)] == "2027-11-11 09:00 +07"  # a one-day sale: morning launch … late last call
    assert local[("last-call", 1)] == "2027-11-11 22:00 +07"
    assert local[("teaser", 1)] == "2027-10-28 20:00 +07"
    # the account's weekly slot on that day wins over the default hour (Thursday 18:30 Bangkok)
    slots.add_slot(db, acc.id, dt.date(2027, 10, 28).weekday(), "18:30", "Asia/Bangkok")
    c = campaigns.plan(db, "sale")
    assert {(i.phase, i.step): i.local_time for i in c.items}[("teaser", 1)] == "2027-10-28 18:30 +07"
    assert len(c.items) == 6 and c.status == "planned"  # re-planning keeps one item per slot


def test_budget_moves_items_out_of_a_full_window(shop):
    db, handle, _folder = shop
    # an Instagram account whose publishing budget is one post per 24 h (the override of its default 100)
    ig = accounts.add_account(db, "instagram", "ig-real")
    accounts.update_settings(db, ig.id, budgets={"posts per 24 h": {"limit": 1}})
    _campaign(db, handle, accounts={"instagram": "ig-real"})
    c = campaigns.plan(db, "sale")
    at = {(i.phase, i.step): i.planned_at for i in c.items}
    # the one-day sale's four posts no longer share one day: each waits until the window has room (up to a day)
    assert at[("reminder", 1)] - at[("launch", 1)] >= dt.timedelta(hours=24)
    assert len({i.planned_at for i in c.items}) == len(c.items)
    # a post already queued on the account counts too: the first teaser moves out of its window
    from studio.services.scheduling import queue as q

    first = min(c.items, key=lambda i: i.planned_at)
    q.create_post(db, ig.id, "already queued", first.planned_at)
    again = {i.id: i.planned_at for i in campaigns.plan(db, "sale").items}
    assert again[first.id] >= first.planned_at + dt.timedelta(hours=23)
    # without a budget override (Folder accounts have none) the plan keeps the market's hours
    campaigns.set_accounts(db, "sale", {"instagram": "ig"})
    kept = {(i.phase, i.step): i.local_time for i in campaigns.plan(db, "sale").items}
    assert kept[("reminder", 1)] == "2027-11-11 13:00 +07"


def test_offer_is_one_source_of_truth(shop):
    db, handle, _acc = shop
    _campaign(db, handle)
    campaigns.plan(db, "sale")
    res = campaigns.generate(db, "sale")
    assert res.failed == 0
    c = campaigns.get_campaign(db, "sale")
    d = drafts.get_draft(db, c.items[0].draft_id)
    text = d.latest.content["text"]
    assert "TH1111" in text and "990" in text.replace(",", "")  # the campaign's price replaces the list price
    assert not [f for f in d.latest.checks if f["rule_id"].startswith("campaign.")]
    # the prompt a model gets (recorded for every version): the festival, the phase and the offer line verbatim
    camp = d.latest.provenance["campaign"]
    assert camp["festival"]["id"] == "11-11" and camp["offer"]["code"] == "TH1111"
    assert 'This post belongs to the campaign "sale" for 11.11' in d.latest.prompt
    assert camp["offer_line"] in d.latest.prompt and camp["offer_line"] in text
    assert "Cultural guidance for this market" in d.latest.prompt
    # a person edits one post to another discount: the check flags it and approval refuses it
    edited = drafts.edit(db, d.id, {"text": text.replace("TH1111", "TH2222")})
    found = {f["rule_id"]: f["severity"] for f in edited.latest.checks}
    assert found.get("campaign.offer-mismatch") == "error"
    with pytest.raises(StudioError, match="campaign.offer-mismatch"):
        drafts.approve(db, [d.id])
    drafts.edit(db, d.id, {"text": text})
    assert campaigns.approve(db, "sale", allow_warnings=True)["refused"] == []
    # the offer changes after approval: the gate checks against the campaign as it is now and refuses
    with pytest.raises(StudioError, match="--code"):
        campaigns.update_offer(db, "sale", {"code": "no spaces"})
    changed = campaigns.update_offer(db, "sale", {"code": "TH9999", "prices": {"th-TH": ""}})
    assert changed.offer["code"] == "TH9999" and "prices" not in changed.offer
    assert changed.offer["discount_percent"] == 11  # what was not changed stays
    out = campaigns.schedule(db, "sale")
    assert out["scheduled"] == [] and len(out["refused"]) == 6
    assert "campaign.offer-mismatch" in out["refused"][0]["reason"] or "campaign.offer-missing" in \
        out["refused"][0]["reason"]
    # written again with the new offer (the inputs changed, so nothing is skipped), approved, queued
    res = campaigns.generate(db, "sale")
    assert res.done == 6 and res.skipped == 0
    d = drafts.get_draft(db, c.items[0].draft_id)
    assert "TH9999" in d.latest.content["text"] and "TH1111" not in d.latest.content["text"]
    assert campaigns.approve(db, "sale", allow_warnings=True)["refused"] == []
    out = campaigns.schedule(db, "sale")
    assert len(out["scheduled"]) == 6 and out["refused"] == []
    assert campaigns.get_campaign(db, "sale").status == "scheduled"
    post = queue.get_post(db, out["scheduled"][0])
    assert post.draft_version_id is not None


def test_segments_variants_side_by_side(shop):
    db, handle, _acc = shop
    with pytest.raises(StudioError, match="needs guidance"):
        segments.save_segment(db, "eco-minded", {})
    with pytest.raises(StudioError, match="lower-case"):
        segments.save_segment(db, "Eco Minded", {"description": "x"})
    segments.save_segment(db, "eco-minded", {"description": "buys for the planet", "angles": ["certified"]})
    segments.save_segment(db, "first-time-buyers", {"description": "never bought from us", "tone": "reassuring"})
    _campaign(db, handle, segments=["eco-minded", "first-time-buyers"])
    c = campaigns.plan(db, "sale")
    assert len(c.items) == 12 and {i.segment for i in c.items} == {"eco-minded", "first-time-buyers"}
    with pytest.raises(StudioError, match="used by campaign"):
        segments.delete_segment(db, "eco-minded")
    # a plain draft and its segment variant, side by side; the prompt carries the segment's guidance
    from studio.services import generation

    plain = generation.generate_one(db, handle, "th-TH", "caption", "instagram")
    variant = segments.make_variant(db, plain.id, "first-time-buyers")
    assert variant.id != plain.id and variant.segment == "first-time-buyers" and variant.variant == "seg.first-time-buyers"
    assert "first-time-buyers" in variant.latest.prompt and "reassuring" in variant.latest.prompt
    assert variant.latest.provenance["segment"] == "first-time-buyers"
    side = segments.variants_of(db, plain.id)
    assert [d.id for d in side] == [plain.id, variant.id]
    assert drafts.find_draft(db, plain.product_id, "th-TH", "caption", "instagram").id == plain.id
    with pytest.raises(StudioError, match="itself a variant"):
        segments.make_variant(db, variant.id, "eco-minded")


def test_results_come_from_insights(shop):
    from studio.storage import models as m
    from studio.storage import models_metrics as mm
    from studio.storage import models_orders as mo

    db, handle, _acc = shop
    _campaign(db, handle)
    campaigns.plan(db, "sale")
    campaigns.generate(db, "sale")
    campaigns.approve(db, "sale", allow_warnings=True)
    post_id = campaigns.schedule(db, "sale")["scheduled"][0]
    assert campaigns.get_campaign(db, "sale").results == {}  # nothing published yet
    now = clock.now()
    with db.session() as s:  # the worker published it and a metrics sync read it
        post = s.get(m.Post, post_id)
        post.state, post.published_at, post.platform_post_id = "published", now, "p1"
        s.add(mm.PostMetric(post_id=post_id, platform="folder", fetched_at=now, views=120, likes=7, comments=2,
                            clicks=9))
    c = campaigns.get_campaign(db, "sale")
    assert c.results["views"] == 120 and c.results["clicks"] == 9 and c.results["engagement"] == 9
    assert c.counts.get("published") == 1
    with db.session() as s:  # an order that came through the post's link
        line = mo.OrderLine(source="csv", order_ref="#1001", line_no=1, ordered_at=now, quantity=1,
                            revenue=990, currency="THB", status="paid")
        s.add(line)
        s.flush()
        s.add(mo.OrderAttribution(order_line_id=line.id, post_id=post_id, method="utm-post"))
    c = campaigns.get_campaign(db, "sale")
    assert c.results["orders_via_utm"] == 1 and c.results["revenue_via_utm"]["THB"].startswith("990")
