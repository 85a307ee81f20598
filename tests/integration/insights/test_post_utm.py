"""Every post's shop link carries UTM tags written at scheduling time (studio.shoplinks through the gate), and an
order whose landing page carries them is attributed to that post — not to the latest post by correlation."""

from __future__ import annotations

from decimal import Decimal
from urllib.parse import parse_qs, urlsplit

from sqlalchemy import select

from studio.services import accounts, drafts, orders, worker
from studio.services.scheduling import gate
from studio.storage import models as m
from studio.storage import models_orders as mo

SHOP = "https://shop.example/products/tee?variant=7#details"


def _product(db, url=SHOP):
    with db.session() as s:
        p = m.Product(handle="tee", title="Organic Cotton T-Shirt", extra={"url": url})
        s.add(p)
        s.flush()
        s.add(m.Variant(product_id=p.id, sku="TEE-WHT-M", price=Decimal("24.00"), currency="EUR"))
        return p.id


def _approve(db, pid, market, target, text, first_comment=None):
    d = drafts.save_version(db, pid, market, "caption", target,
                            {"text": text, "hook": "", "body": text, "cta": "", "hashtags": [], "language": "en",
                             "first_comment": first_comment},
                            author="human", ai_generated=False, provenance={})
    drafts.approve(db, [d.id], reason="test caption")


def _link(text):
    return next(w for w in text.split() if w.startswith("https://shop.example"))


def test_scheduled_posts_carry_tags_and_orders_follow_them(db, tmp_path):
    pid = _product(db)
    accounts.add_account(db, "folder", "bundle", base_url=str(tmp_path / "bundles"),
                         settings_={"caption_target": "instagram"})
    caption = f"Soft organic cotton, made to last. Shop it: {SHOP}\n\nhttps://youtube.com/watch?v=abc"
    _approve(db, pid, "en-US", "instagram", caption)
    first, second = (gate.enqueue(db, [gate.QueueRequest(account="bundle", product="tee", market="en-US",
                                                         publish_now=True, override_reason="test")])[0].post
                     for _ in range(2))
    tags = {}
    for post in (first, second):
        link = _link(post.text)
        parts = urlsplit(link)
        q = parse_qs(parts.query)
        assert parts.fragment == "details" and q["variant"] == ["7"]  # the shop's own query and fragment kept
        assert q["utm_source"] == ["instagram"] and q["utm_medium"] == ["social"]  # folder account posts instagram
        assert q["utm_campaign"] == [f"product-{pid}-en-us"]  # no studio campaign: a stable product × market id
        assert q["utm_content"] == [post.idempotency_key]  # what identifies the post
        assert "https://youtube.com/watch?v=abc" in post.text  # not the shop's link: left alone
        tags[post.id] = link
    # the approved caption itself keeps the plain link: tags are per post
    assert drafts.latest_approved(db, pid, "en-US", "caption", "instagram").content["text"] == caption

    summary = worker.run_once(db, options=worker.WorkerOptions(grace_minutes=600))
    assert summary.published == 2
    # an order that landed through the FIRST post's link: the latest post before it is the second one, so a
    # correlation would credit the second; the tags credit the first
    f = tmp_path / "sales.csv"
    f.write_text("Ref,When,Item,Units,Amount,Landing\n"
                 f"A1,2099-01-01T10:00:00Z,TEE-WHT-M,1,24.00,{tags[first.id]}\n", encoding="utf-8")
    rep = orders.import_orders(db, f, "csv", {"Ref": "order_id", "When": "ordered_at", "Item": "sku",
                                              "Units": "quantity", "Amount": "revenue", "Landing": "landing_site"},
                               currency="EUR")
    assert rep.with_utm == 1 and rep.attributed_posts == 1
    with db.session() as s:
        (att,) = s.scalars(select(mo.OrderAttribution)).all()
        assert (att.post_id, att.method) == (first.id, "utm-post")


def test_sellers_own_tags_are_kept_and_a_too_long_tagged_text_keeps_the_plain_link(db, tmp_path):
    tagged_by_seller = "https://shop.example/products/tee?utm_source=newsletter&utm_campaign=june"
    pid = _product(db, tagged_by_seller)
    accounts.add_account(db, "folder", "bundle", base_url=str(tmp_path / "bundles"),
                         settings_={"caption_target": "threads"})
    _approve(db, pid, "en-US", "threads", f"Soft organic cotton. {tagged_by_seller}")
    post = gate.enqueue(db, [gate.QueueRequest(account="bundle", product="tee", market="en-US", publish_now=True,
                                               override_reason="test")])[0].post
    assert _link(post.text) == tagged_by_seller  # never a second set of tags

    # Threads allows 500 characters: the tags would push this caption over, so the post keeps the plain link
    # and says so (the caption is what the user approved; its orders are then correlated, not attributed)
    with db.session() as s:
        s.get(m.Product, pid).extra = {"url": "https://shop.example/products/tee"}
    body = "Soft organic cotton, made to last. " * 12
    text = f"{body.strip()} https://shop.example/products/tee"
    assert 440 < len(text) <= 500
    _approve(db, pid, "en-US", "threads", text)
    res = gate.enqueue(db, [gate.QueueRequest(account="bundle", product="tee", market="en-US", publish_now=True,
                                              override_reason="test")])[0]
    assert res.post.text == text
    assert any("shop link left without UTM tags" in w for w in res.warnings)


def test_a_campaign_posts_link_is_tagged_with_the_campaign_name(db, tmp_path):
    from datetime import UTC, date, datetime

    from studio.storage.models_campaigns import Campaign, CampaignItem

    pid = _product(db)
    accounts.add_account(db, "folder", "bundle", base_url=str(tmp_path / "bundles"),
                         settings_={"caption_target": "instagram"})
    _approve(db, pid, "en-US", "instagram", f"Soft organic cotton, made to last. {SHOP}")
    version = drafts.latest_approved(db, pid, "en-US", "caption", "instagram")
    with db.session() as s:
        c = Campaign(name="Summer Sale 2026", starts_on=date(2026, 6, 1), ends_on=date(2026, 6, 30),
                     markets=["en-US"], products=[pid], channels=["instagram"],
                     offer={"starts_on": "2026-06-01", "ends_on": "2026-06-30"})
        s.add(c)
        s.flush()
        s.add(CampaignItem(campaign_id=c.id, phase="launch", step=1, market="en-US", product_id=pid,
                           channel="instagram", planned_at=datetime(2026, 6, 1, 9, tzinfo=UTC),
                           draft_id=version.draft_id))
    post = gate.enqueue(db, [gate.QueueRequest(account="bundle", draft_version_id=version.id, publish_now=True,
                                               override_reason="test")])[0].post
    q = parse_qs(urlsplit(_link(post.text)).query)
    assert q["utm_campaign"] == ["summer-sale-2026"] and q["utm_content"] == [post.idempotency_key]
