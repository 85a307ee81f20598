"""The quality engine: exact spans on multi-byte text, fixes, field-aware content, user rules, media, gate."""

from __future__ import annotations

import csv

import pytest

from studio.domain import FactDTO, StudioError
from studio.quality import (
    Finding,
    apply_fix,
    apply_fixes,
    has_errors,
    lint_content,
    lint_media,
    lint_text,
    targets,
    user_rules,
)
from studio.quality import measure as M
from studio.services.quality import ReportRow, check_publishable, export_csv, export_html


def _ids(findings):
    return {f.rule_id for f in findings}


def _one(findings, rule_id) -> Finding:
    hits = [f for f in findings if rule_id in f.rules]  # merged findings name every rule that reported the words
    assert len(hits) == 1, (rule_id, findings)
    return hits[0]


# --------------------------------------------------------------------------- spans on multi-byte text

@pytest.mark.parametrize(("text", "market", "phrase"), [
    ("قميص كتان، الأفضل في السوق", "ar-SA", "الأفضل"),
    ("👍🏽👨‍👩‍👧 The best linen shirt", "en-GB", "best"),
    ("เสื้อเชิ้ต 👕 ที่ดีที่สุด สำหรับหน้าร้อน", "th-TH", "ดีที่สุด"),
    ("衬衫🌞销量第一", "zh-CN", "销量第一"),
])
def test_phrase_spans_are_exact_python_indices(text, market, phrase):
    f = _one(lint_text(text, "instagram", market), "claims.superlatives")
    assert text[f.start:f.end].endswith(phrase)
    assert f.end == text.index(phrase) + len(phrase)


def test_arabic_clitic_is_inside_the_span():
    text = "شاي لحرق الدهون"
    f = _one(lint_text(text, "generic", "ar-SA"), "claims.weight-loss")
    assert text[f.start:f.end] == "لحرق الدهون"


def test_emoji_removed_from_amazon_bullet_without_leaving_a_variation_selector():
    text = "Keeps you cool ☀️ all day 👍🏽"
    found = [f for f in lint_text(text, "amazon-bullet", "en-GB") if f.rule_id == "amazon.bullet.special-chars"]
    assert [text[f.start:f.end] for f in found] == ["☀️", "👍🏽"]
    fixed = apply_fixes(text, found)
    assert fixed == "Keeps you cool  all day "
    assert "amazon.bullet.special-chars" not in _ids(lint_text(fixed, "amazon-bullet", "en-GB"))


def test_tiktok_limit_counts_utf16_and_the_fix_keeps_graphemes_whole():
    text = "Linen 👍🏽 " * 230  # 9 code units per repeat → 2070; emoji are 4 units each
    text += "👨‍👩‍👧" * 30  # 8 units each
    assert M.utf16_len(text) > 2200 and len(text) < 2200 + 200
    f = _one(lint_text(text, "tiktok", "en-GB"), "tiktok.caption.length")
    fixed = apply_fix(text, f)
    assert M.utf16_len(fixed) <= 2200
    assert text.startswith(fixed.rstrip("…"))
    # the cut never lands inside a grapheme cluster
    assert M.grapheme_spans(fixed)[-2][1] <= len(fixed)
    assert "tiktok.caption.length" not in _ids(lint_text(fixed, "tiktok", "en-GB"))


def test_x_weighted_counts_urls_as_23_and_cjk_as_2():
    url = "https://example.com/" + "a" * 80
    assert "x.post.length" not in _ids(lint_text("a" * 256 + " " + url, "x", "en-GB"))
    assert "x.post.length" in _ids(lint_text("a" * 257 + " " + url, "x", "en-GB"))
    assert "x.post.length" not in _ids(lint_text("日" * 140, "x", "ja-JP"))
    assert "x.post.length" in _ids(lint_text("日" * 141, "x", "ja-JP"))


def test_youtube_description_counts_bytes():
    assert "youtube.description.bytes" not in _ids(lint_text("ب" * 2500, "youtube-description", "ar-SA"))
    f = _one(lint_text("ก" * 1667, "youtube-description", "th-TH"), "youtube.description.bytes")
    assert M.utf8_len(apply_fix("ก" * 1667, f)) <= 5000


def test_amazon_search_terms_bytes_for_thai():
    text = "เสื้อเชิ้ต ผ้าลินิน ผู้ชาย ฤดูร้อน แขนสั้น ชายหาด ลำลอง น้ำหนักเบา ระบายอากาศ วันหยุด เดินทาง"
    assert M.utf8_len(text) > 249
    f = _one(lint_text(text, "amazon-search-terms", "th-TH"), "amazon.search-terms.bytes")
    assert M.utf8_len(apply_fix(text, f)) <= 249


def test_rtl_isolation_fix_wraps_in_fsi_pdi():
    text = "اطلب الآن من www.example.com اليوم أو @riviera.studio"
    found = [f for f in lint_text(text, "instagram", "ar-SA") if f.rule_id == "locale.rtl-isolation"]
    assert [text[f.start:f.end] for f in found] == ["www.example.com", "@riviera.studio"]
    fixed = apply_fixes(text, found)
    assert "\u2068www.example.com\u2069" in fixed and "\u2068@riviera.studio\u2069" in fixed
    assert "locale.rtl-isolation" not in _ids(lint_text(fixed, "instagram", "ar-SA"))


def test_price_fix_uses_market_format():
    text = "Nur 19.99 € heute"
    f = _one(lint_text(text, "generic", "de-DE"), "locale.price-format")
    assert text[f.start:f.end] == "19.99 €"
    assert "locale.price-format" not in _ids(lint_text(apply_fix(text, f), "generic", "de-DE"))


def test_us_copy_gets_imperial_units():
    f = _one(lint_text("Length 74 cm", "generic", "en-US"), "locale.us-imperial")
    assert apply_fix("Length 74 cm", f) == "Length 74 cm (29.1 in)"
    assert "locale.us-imperial" not in _ids(lint_text("Length 74 cm", "generic", "de-DE"))


# --------------------------------------------------------------------------- grounding and disclosure

def test_grounding_uses_fact_dtos_and_unit_conversion():
    facts = (FactDTO("length", "74", unit="cm"), FactDTO("material", "100% linen"))
    assert not has_errors(lint_text("Linen shirt, 74 cm (29 in) long", "generic", "en-US", facts=facts))
    found = lint_text("Silk shirt, 80 cm long", "generic", "en-GB", facts=facts)
    assert {"grounding.numbers", "grounding.materials"} <= _ids(found)
    # no facts → no grounding rules at all (nothing to ground against)
    assert not {f for f in _ids(lint_text("Silk shirt, 80 cm", "generic", "en-GB")) if f.startswith("grounding")}


def test_greenwashing_needs_a_certification_fact():
    assert "claims.greenwashing" in _ids(lint_text("Organic cotton tee", "instagram", "en-GB",
                                                   facts=[{"key": "material", "value": "organic cotton"}]))
    assert "claims.greenwashing" not in _ids(lint_text(
        "Organic cotton tee", "instagram", "en-GB",
        facts=[{"key": "material", "value": "organic cotton"}, {"key": "certification", "value": "GOTS"}]))


def test_greenwashing_stated_in_the_facts_is_a_warning_not_an_error():
    facts = [{"key": "material", "value": "Upper: recycled polyester mesh"}]
    f = _one(lint_text("Recycled polyester mesh upper", "instagram", "en-US", facts=facts), "claims.greenwashing")
    assert f.severity == "warning"
    assert _one(lint_text("Recycled polyester mesh upper", "instagram", "en-US", facts=[]),
                "claims.greenwashing").severity == "error"


def test_hashtags_in_rtl_text_are_not_isolated_and_fabric_weight_is_not_mass():
    text = "فستان كتان جديد\n\n#Dresses #NorthwindBasics #كتان"
    assert "locale.rtl-isolation" not in _ids(lint_text(text, "tiktok", "ar-SA"))
    assert "locale.us-imperial" not in _ids(lint_text("Organic cotton jersey, 180 g/m²", "generic", "en-US"))


def test_sponsored_disclosure_fix_prefixes_in_market_language():
    f = _one(lint_text("Das Leinenhemd ist zurück.", "instagram", "de-DE", context={"sponsored": True}),
             "disclosure.sponsored")
    assert (f.start, f.end) == (0, 0)
    fixed = apply_fix("Das Leinenhemd ist zurück.", f)
    assert fixed.startswith("Anzeige: ")
    assert "disclosure.sponsored" not in _ids(lint_text(fixed, "instagram", "de-DE", context={"sponsored": True}))


def test_ai_label_fields_and_eu_note():
    ctx = {"ai_generated": True, "today": "2026-11-25"}
    found = lint_text("Leinenhemd", "tiktok", "de-DE", context=ctx)
    assert {"disclosure.ai-label", "disclosure.eu-ai-act"} <= _ids(found)
    assert _one(found, "disclosure.eu-ai-act").severity == "info"
    ok = lint_text("Leinenhemd", "tiktok", "de-DE", context={**ctx, "options": {"is_aigc": True},
                                                                "human_reviewed": True})
    assert not {"disclosure.ai-label", "disclosure.eu-ai-act"} & _ids(ok)
    assert "disclosure.eu-ai-act" not in _ids(lint_text("Linen", "tiktok", "en-US", context=ctx))


# --------------------------------------------------------------------------- content

def test_lint_content_amazon_listing_is_field_aware():
    content = {"language": "en", "title": "Linen Shirt!", "bullets": ["Soft", "Cool ☀️", "c", "d", "e", "f"],
               "search_terms": "linen\nshirt", "description": "<p>Soft</p>"}
    found = lint_content("listing", "amazon", "en-GB", content, None)
    where = {(f.rule_id, f.field, f.target) for f in found}
    assert ("amazon.title.banned-chars", "title", "amazon-title") in where
    assert ("amazon.bullet.special-chars", "bullets[1]", "amazon-bullet") in where
    assert ("amazon.bullets.count", "bullets[5]", "amazon") in where
    assert ("amazon.search-terms.one-line", "search_terms", "amazon-search-terms") in where
    assert ("amazon.description.html", "description", "amazon-description") in where


def test_lint_content_etsy_tags_and_caption():
    tags = [f"tag{i}" for i in range(13)] + ["tag1"]
    found = lint_content("listing", "etsy", "en-GB", {"title": "Mug", "tags": tags}, None)
    assert {"etsy.tags.count", "etsy.tags.unique"} <= _ids(found)
    cap = lint_content("caption", "instagram", "en-GB",
                       {"hook": "New", "body": "Our best shirt", "cta": "Shop now", "hashtags": ["linen"]}, None)
    assert _one(cap, "claims.superlatives").field == "text"
    faq = lint_content("faq", "", "en-GB", {"items": [{"q": "Does it shrink?", "a": "It cures colds."}]}, None)
    assert _one(faq, "claims.health").field == "items[0].a"


def test_unknown_target_is_a_clear_error():
    with pytest.raises(StudioError, match="unknown lint target 'tiktokk'"):
        lint_text("x", "tiktokk", "en-US")


def test_targets_cover_the_issue_and_cite_sources():
    ids = {t.id: t for t in targets()}
    for tid, unit, mx in [("tiktok", "utf16", 2200), ("instagram", "graphemes", 2200), ("x", "x-weighted", 280),
                          ("youtube-description", "utf8", 5000), ("amazon-title", "graphemes", 200),
                          ("ebay-title", "graphemes", 80), ("etsy-title", "graphemes", 140),
                          ("mercadolibre-title", "graphemes", 60), ("shopify-seo-title", "graphemes", 70),
                          ("threads", "graphemes", 500), ("pinterest-description", "graphemes", 500)]:
        assert (ids[tid].unit, ids[tid].max) == (unit, mx)
        assert ids[tid].source.startswith("platform-specs.md")
    assert {"shopee-title", "lazada-title", "etsy-tag", "tiktok-shop-description"} <= set(ids)


# --------------------------------------------------------------------------- user rules

def test_user_rules_round_trip_and_lint(studio_home):
    from studio.settings import Settings

    s = Settings()
    user_rules.save({"banned_words": [{"word": "cheap", "severity": "error", "replacement": "affordable"}],
                     "patterns": [{"id": "no-phone", "pattern": r"\+?\d[\d -]{7,}\d", "message": "No phone numbers",
                                   "severity": "warning", "targets": ["amazon-*"]}]}, s)
    text = "Cheap shirt, call +1 555 123 4567"
    found = lint_text(text, "amazon-bullet", "en-GB")
    f = _one(found, "user.banned-word")
    assert f.severity == "error" and apply_fix(text, f).startswith("affordable shirt")
    assert "user.no-phone" in _ids(found)
    assert "user.no-phone" not in _ids(lint_text(text, "instagram", "en-GB"))
    assert "user.banned-word" not in _ids(lint_text(text, "instagram", "en-GB", context={"user_rules": False}))
    with pytest.raises(StudioError, match="invalid regular expression"):
        user_rules.save({"patterns": [{"id": "bad", "pattern": "(unclosed"}]}, s)


# --------------------------------------------------------------------------- media and the publish gate

def test_media_checks_per_channel():
    ok = {"kind": "video", "format": "mp4", "width": 1080, "height": 1920, "duration": 30, "size": 20_000_000,
          "fps": 30}
    assert lint_media("tiktok", ok) == []
    rules = {f.rule_id for f in lint_media("tiktok", {**ok, "duration": 2, "fps": 120})}
    assert rules == {"media.tiktok.video.min-duration", "media.tiktok.video.fps"}
    img = {"kind": "image", "format": "png", "width": 1080, "height": 1080, "size": 1_000_000}
    assert {f.rule_id for f in lint_media("instagram", img)} == {"media.instagram.image.format"}
    assert {f.rule_id for f in lint_media("instagram", {**img, "format": "jpeg", "height": 2000})} == {
        "media.instagram.image.aspect"}
    assert all(f.source.startswith("platform-specs.md A:") for f in lint_media("x", {**ok, "width": 4000}))
    with pytest.raises(StudioError):
        lint_media("tiktok", {"kind": "audio"})


def test_check_publishable():
    err = Finding("r", "error", "bad", 0, 1)
    warn = Finding("w", "warning", "meh", 0, 1)
    info = Finding("i", "info", "fyi", 0, 0)
    assert check_publishable([err], "because")[0] is False
    ok, reason = check_publishable([warn])
    assert not ok and "reason" in reason
    assert check_publishable([warn], "  approved by legal ") == (True, "approved by legal")
    assert check_publishable([info]) == (True, "")
    assert check_publishable([{"severity": "warning", "message": "x"}], "ok") == (True, "ok")
    assert check_publishable([]) == (True, "")


def test_report_exports_are_formula_safe(tmp_path):
    rows = [ReportRow("=HYPERLINK(\"x\")", "+cmd", "ar-SA", "amazon", 1, 2, 0, 0, "@rule"),
            ReportRow("shirt", "قميص <b>", "de-DE", "tiktok", 1, 0, 1, 0, "-x")]
    p = export_csv(rows, tmp_path / "r.csv")
    cells = list(csv.reader(p.read_text(encoding="utf-8-sig").splitlines()))
    assert cells[1][0] == "'=HYPERLINK(\"x\")" and cells[1][1] == "'+cmd" and cells[1][8] == "'@rule"
    assert cells[2][8] == "'-x" and cells[1][5] == "2"
    h = export_html(rows, tmp_path / "r.html").read_text(encoding="utf-8")
    assert "قميص &lt;b&gt;" in h and "<b>" not in h
