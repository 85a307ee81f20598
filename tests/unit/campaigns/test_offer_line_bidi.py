"""Finding 13 (walkthrough s14): in Arabic the offer line rendered as '‎-8 · RAMADAN27 · 15% فبراير – 9 مارس'
(the date range split, the discount's digits mixed with it). Each part is now its own isolate in a
right-to-left line; left-to-right markets are unchanged."""

from __future__ import annotations

from studio.services import campaigns

OFFER = {"discount_percent": 15, "code": "RAMADAN27", "starts_on": "2027-02-08", "ends_on": "2027-03-09"}


def test_arabic_offer_parts_are_isolated():
    line = campaigns.offer_line(OFFER, "ar-SA")
    assert line.startswith("\u200f")
    parts = line.split(" · ")
    assert parts[1] == "\u2068RAMADAN27\u2069" and parts[2].startswith("\u2068") and parts[2].endswith("\u2069")
    assert "\u2068-١٥%\u2069" in parts[0]


def test_ltr_offer_line_unchanged():
    assert campaigns.offer_line(OFFER, "de-DE") == "🎉 -15 % · RAMADAN27 · 8. Feb. – 9. März" or \
        "\u2068" not in campaigns.offer_line(OFFER, "de-DE")
