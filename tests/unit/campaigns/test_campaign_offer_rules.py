"""The campaign offer rules (issue 21): a campaign's price and promotion wording is one source of truth. Hard
negatives first: a material percentage, a word after "code", hashtags and the campaign's own wording in each
script must not fire; a different discount, code or price must, in Latin, Arabic and Thai text."""

from __future__ import annotations

import pytest

from studio.quality import lint_text
from studio.quality.severity import severity_for

OFFER = {"discount_percent": 20, "code": "RAMADAN27", "starts_on": "2027-02-08", "ends_on": "2027-03-09"}
SA = dict(OFFER, amount="149", currency="SAR", price="149.00 ر.س.‏")
TH = {"discount_percent": 11, "code": "TH1111", "starts_on": "2027-11-11", "ends_on": "2027-11-11"}


def _rules(text, market, offer, target="instagram"):
    found = lint_text(text, target, market, facts=[], context={"campaign_offer": offer, "user_rules": False})
    return {(f.rule_id, f.severity) for f in found if f.rule_id.startswith("campaign.")}


@pytest.mark.parametrize(("text", "market", "offer"), [
    ("-20% with RAMADAN27 until 9 March. 100% cotton, 2% elastane.", "en-US", OFFER),
    ("Use code RAMADAN27 for 20% off. The code for the lid is printed inside.", "en-US", OFFER),
    ("#Ramadan2027 #RAMADAN26 memories — 20% off with RAMADAN27", "en-US", OFFER),
    ("🎉 -٢٠٪ · \u2068RAMADAN27\u2069 · ٨ فبراير – ٩ مارس", "ar-SA", OFFER),
    ("خصم 20% بكود RAMADAN27 بسعر 149 ر.س", "ar-SA", SA),
    ("ลด 11% ใช้โค้ด TH1111 วันที่ 11.11 ผ้าฝ้าย 100%", "th-TH", TH),
])
def test_the_campaigns_own_wording_passes(text, market, offer):
    assert _rules(text, market, offer) == set()


@pytest.mark.parametrize(("text", "market", "offer", "what"), [
    ("25% off with RAMADAN27", "en-US", OFFER, "discount"),
    ("20% off with code RAMADAN26", "en-US", OFFER, "promo code"),
    ("20% off — RAMADAN26 at checkout", "en-US", OFFER, "promo code"),  # shaped like the campaign's code
    ("خصم ٣٠٪ بكود RAMADAN27", "ar-SA", OFFER, "discount"),
    ("خصم 20% بكود RAMADAN27 بسعر 199 ر.س", "ar-SA", SA, "price"),
    ("ลด 12% ใช้โค้ด TH1111", "th-TH", TH, "discount"),
    ("ลด 11% ใช้โค้ด TH1212", "th-TH", TH, "promo code"),
])
def test_a_different_offer_is_an_error(text, market, offer, what):
    found = lint_text(text, "instagram", market, facts=[], context={"campaign_offer": offer, "user_rules": False})
    hits = [f for f in found if f.rule_id == "campaign.offer-mismatch"]
    assert hits and all(f.severity == "error" for f in hits)
    assert any(what in f.message for f in hits)


def test_a_discount_or_code_where_the_campaign_has_none():
    offer = {"starts_on": "2027-11-11", "ends_on": "2027-11-11"}
    assert ("campaign.offer-mismatch", "error") in _rules("Save 15% today with code SALE15", "en-US", offer)


def test_missing_offer_is_a_warning_and_only_on_campaign_posts():
    assert ("campaign.offer-missing", "warning") in _rules("Ramadan is coming to our shop!", "en-US", OFFER)
    plain = lint_text("25% off with code XYZ99", "instagram", "en-US", facts=[], context={"user_rules": False})
    assert not [f for f in plain if f.rule_id.startswith("campaign.")]  # no campaign: no campaign rules


def test_severity_comes_from_the_one_policy():
    assert severity_for("offer-mismatch", "instagram") == "error"
    assert severity_for("offer-mismatch", "amazon-title") == "error"
    assert severity_for("offer-missing", "tiktok") == "warning"
