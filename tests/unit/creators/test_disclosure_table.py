"""The disclosure table against the rules it cites (written from the sources, not from the table): what a paid
post must start with per market, and the in-app control per platform; the quality check suggests the same."""

from __future__ import annotations

import pytest

from studio.quality import lint_text
from studio.quality.disclosure_table import LAWS, PLATFORMS, all_labels, disclosure_for
from studio.quality.rules_disclosure import starts_with_disclosure

# market → (label, a source phrase the row must cite); from the law rows in the brief's sources
ORACLE = {
    "en-US": ("#ad", "16 CFR 255"),  # FTC: '#ad'/'Sponsored' at the start
    "de-DE": ("Anzeige", "UWG"),  # § 5a UWG, MStV § 22: 'Werbung'/'Anzeige' voranstehen
    "ja-JP": ("広告", "2023-10-01"),  # stealth-marketing designation: 広告/PR/プロモーション
    "ko-KR": ("광고", "KFTC"),  # KFTC guideline: Korean wording, title/beginning
    "ar-SA": ("إعلان", "Mawthooq"),  # GCAM
    "ar-AE": ("إعلان", "Advertiser Permit"),  # UAE Media Council
    "th-TH": ("โฆษณา", "B.E. 2565"),  # Thai advertising word; no creator-specific rule (U)
    "fr-FR": ("Publicité", "2023-451"),  # loi influenceurs
    "es-ES": ("Publicidad", "AUTOCONTROL"),
}
CONTROLS = {"tiktok": "Branded content", "instagram": "Paid partnership", "facebook": "Paid partnership",
            "youtube": "Includes paid promotion"}
ALSO = {"de-DE": "Werbung", "ja-JP": "PR", "fr-FR": "Collaboration commerciale", "ko-KR": "협찬"}


@pytest.mark.parametrize("market", sorted(ORACLE))
@pytest.mark.parametrize("platform", sorted(CONTROLS))
def test_disclosure_per_market_and_platform(market, platform):
    label, cited = ORACLE[market]
    d = disclosure_for(market, platform)
    assert d.label == label
    assert d.prefix.startswith(label)
    assert cited in (d.law or "") + (d.law_source or "")
    assert d.control == CONTROLS[platform]
    if market in ALSO:
        assert ALSO[market] in d.alternatives
    assert d.cited is (market != "th-TH")  # Thailand: no creator-specific rule found, marked U


def test_english_in_a_gulf_market_keeps_english_and_names_the_local_word():
    d = disclosure_for("en-AE", "instagram")
    assert d.label == "#ad" and "إعلان" in d.alternatives


def test_unknown_platform_is_refused():
    with pytest.raises(ValueError, match="no disclosure row"):
        disclosure_for("de-DE", "myspace")


def test_every_row_cites_a_source_and_a_mark():
    for row in LAWS.values():
        assert row.source and row.law and row.mark in ("V", "C", "U")
    for row in PLATFORMS.values():
        assert row.source and row.mark in ("V", "C", "U")


def test_the_check_recognises_every_label_and_suggests_the_markets_word():
    for label in all_labels():
        assert starts_with_disclosure(f"{label} Neue Vase"), label
    findings = lint_text("Neue Vase aus Steinzeug", "instagram", "ko-KR", context={"sponsored": True})
    fix = [f for f in findings if f.rule_id == "disclosure.sponsored"]
    assert fix and fix[0].fix == "광고: "
    findings = lint_text("Neue Vase aus Steinzeug", "tiktok", "de-DE", context={"sponsored": True})
    assert [f.fix for f in findings if f.rule_id == "disclosure.sponsored"] == ["Anzeige: "]
