from __future__ import annotations

import csv
import json
import re

import pytest
from PIL import Image

from generators.kit.export import export_kit
from generators.kit.plan import FlashSaleSpec, plan_run_of_show
from generators.kit.platforms import get_platform
from generators.kit.writer import KitInputs, KitProduct, languages, phrases, talking_points, write_kit

TITLES = {
    "en": "Linen Throw Pillow", "es": "Cojín de lino", "pt": "Almofada de linho", "de": "Leinenkissen",
    "fr": "Coussin en lin", "it": "Cuscino in lino", "ar": "وسادة كتان", "id": "Bantal linen", "ms": "Bantal linen",
    "th": "หมอนอิงผ้าลินิน", "vi": "Gối tựa vải lanh", "ja": "リネンのクッション", "zh": "亚麻抱枕",
}
PRICES = {"en": "$24.00", "ar": "٩٩٫٠٠ ر.س.‏", "th": "฿890.00", "ja": "￥3,200", "zh": "¥168.00"}


def _product(lang: str, i: int = 0) -> KitProduct:
    return KitProduct(handle=f"pillow-{i}", title=TITLES[lang], vendor="Casa Linen",
                      facts=(("material", "100% linen"), ("dimensions", "45 x 45 cm"), ("care", "Machine wash 30 °C"),
                             ("size", "S, M, L"), ("certification", "OEKO-TEX Standard 100")),
                      price_text=PRICES.get(lang, "24,00 €"), price="24.00", currency="EUR",
                      options=("Colour: Sand, Slate",), link=f"https://shop.example.com/products/pillow-{i}?utm_source=tiktok-shop",
                      sku=f"PIL-{i}")


def _kit(lang: str, n: int = 3):
    plat = get_platform("tiktok-shop")
    show = plan_run_of_show(n, plat, total_minutes=60, flash_sales=[FlashSaleSpec(1, countdown_s=30, duration_min=3,
                                                                                     deal_price="19.00")])
    prods = [_product(lang, i) for i in range(n)]
    return write_kit(KitInputs(language=lang, host="Mai", products=prods, plan=show,
                               flash_price_texts={1: "19,00 €"}, platform_notes=plat.notes))


def test_phrase_banks_are_complete_in_every_language():
    keys = set(phrases("en"))
    for lang in languages():
        assert set(phrases(lang)) == keys, lang
        assert set(phrases(lang)["labels"]) == set(phrases("en")["labels"]), lang
        assert len(phrases(lang)["compliance"]) == len(phrases("en")["compliance"]), lang
    with pytest.raises(ValueError, match="no phrases"):
        phrases("xx")


@pytest.mark.parametrize("lang", sorted(TITLES))
def test_kit_is_grounded_and_priced_from_the_listing(lang):
    kit = _kit(lang)
    assert kit["language"] == lang
    for p in kit["products"]:
        assert p["price_text"] == _product(lang).price_text and p["price"] == "24.00"
        assert p["price_text"] in p["price_line"]
        assert len(p["benefits"]) == 3
        # every benefit reads back a fact value verbatim: nothing invented
        values = [v for _, v in _product(lang).facts]
        assert all(any(v in b for v in values) for b in p["benefits"])
        assert p["proof_point"] and "OEKO-TEX Standard 100" in p["proof_point"]
    assert kit["flash_sales"][0]["deal_price_text"] == "19,00 €"
    topics = {q["topic"] for q in kit["qa"]}
    assert {"size", "material", "care", "dimensions", "shipping", "returns"} <= topics
    missing = [q for q in kit["qa"] if q["source"] == "missing"]
    assert missing and all(q["answer"] == phrases(lang)["a_policy_missing"] for q in missing)
    assert any("store policy" in w for w in kit["warnings"])
    text = talking_points(kit)
    assert TITLES[lang] in text and "00:00:00" in text


def _covered(text: str, lang: str) -> bool:
    from generators.video.fonts import missing_glyphs, resolve_font, script_for_language

    return not missing_glyphs(resolve_font(script_for_language(lang), bold=False, lang=lang), text)


@pytest.mark.parametrize("lang", ["en", "ar", "th", "ja", "zh", "vi"])
def test_export_writes_every_part_and_overlays_render_the_script(lang, tmp_path):
    kit = _kit(lang)
    img = tmp_path / "p.png"
    Image.new("RGB", (400, 400), (200, 180, 150)).save(img)
    meta = {"name": f"Live {lang}", "market": lang, "platform": "tiktok-shop", "platform_name": "TikTok Shop LIVE",
            "starts_at": None}
    out = tmp_path / "kit"
    files = export_kit(kit, meta, out, {f"pillow-{i}": img for i in range(3)})
    html_text = (out / "run-sheet.html").read_text("utf-8")
    assert f'dir="{"rtl" if lang == "ar" else "ltr"}"' in html_text and TITLES[lang] in html_text
    pdf = (out / "run-sheet.pdf").read_bytes()
    assert pdf.startswith(b"%PDF-") and len(re.findall(rb"/Type\s*/Page\b", pdf)) >= 2
    with open(out / "pinned-order.csv", encoding="utf-8-sig") as fh:
        rows = list(csv.DictReader(fh))
    assert [r["pin_order"] for r in rows] == ["1", "2", "3"] and all(r["price"] == "24.00" for r in rows)
    with open(out / "flash-sales.csv", encoding="utf-8-sig") as fh:
        flash = list(csv.DictReader(fh))
    assert flash[0]["countdown_s"] == "30" and flash[0]["duration_min"] == "3"
    with open(files["overlays"]["obs_scene_collection"], encoding="utf-8") as fh:
        obs = json.load(fh)
    browser = [s for s in obs["sources"] if s["id"] == "browser_source"]
    assert len(browser) == 3 + 2 and all(s["settings"]["is_local_file"] for s in browser)
    assert obs["current_scene"] in [s["name"] for s in obs["sources"] if s["id"] == "scene"]
    # both card sizes, HTML and PNG, and the PNG has the title drawn with a font that covers the script
    cards = files["overlays"]["png_cards"]
    assert len(cards) == 6
    assert _covered(TITLES[lang], lang)
    assert not _covered("\U0001d11e\uffff", lang)  # the check can fail: a glyph no font has
    from generators.kit.export import _card_font, _font_runs
    from generators.video.fonts import missing_glyphs

    for p in kit["products"]:  # the card's fonts have every glyph of the title and the price
        assert not missing_glyphs(_card_font(p["title"], lang, bold=False), p["title"])
        price = p["price_text"]
        if missing_glyphs(_card_font(price, lang, bold=True), price):
            assert all(not missing_glyphs(spec, run) for run, spec in _font_runs(price, lang, bold=True))
    for c in cards:
        with Image.open(c) as im:
            im.load()
        assert im.size in ((1080, 1920), (1920, 1080)) and im.mode == "RGBA"
        dark = sum(1 for px in im.getdata() if px[3] > 200 and px[0] < 60 and px[1] < 60 and px[2] < 60)
        assert dark > 500, f"no title pixels in {c}"
