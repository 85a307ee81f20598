"""Writes ``quality_corpus.jsonl``: labelled texts for the quality engine's precision/recall bench.

Every entry was written by hand (or built from hand-written sentences to an exact, independently
computed length) and labelled with the rule FAMILIES it violates — never by running the engine.
Run: ``python tests/corpus/make_quality_corpus.py`` (deterministic).

Fields: id, family (the family the entry was written to exercise), text, target, market, facts (null: no
grounding), context, labels (families expected to report an error or warning; [] = clean).
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import regex

OUT = Path(__file__).with_name("quality_corpus.jsonl")
entries: list[dict] = []


SPLIT = "dev"


def add(family, text, target, market, labels, facts=None, context=None, note=""):
    prefix = {"dev": "", "holdout": "h"}.get(SPLIT, SPLIT[0] + SPLIT[-1])  # holdout2 → "h2"
    n = len([e for e in entries if e["family"] == family and e["split"] == SPLIT]) + 1
    entries.append({"id": f"{prefix}{family}-{n:03d}", "split": SPLIT, "family": family, "text": text, "target": target, "market": market, "facts": facts,
                    "context": context or {}, "labels": sorted(set(labels)), "note": note})


# --------------------------------------------------------------------------- independent measures

def graphemes(s):
    return regex.findall(r"\X", s)


def utf16(s):
    return len(s.encode("utf-16-le")) // 2


def utf8(s):
    return len(s.encode("utf-8"))


def xweight(s):
    total = 0
    for g in graphemes(unicodedata.normalize("NFC", s)):
        cp = ord(g[0])
        light = cp <= 0x10FF or 0x2000 <= cp <= 0x200D or 0x2010 <= cp <= 0x201F or 0x2032 <= cp <= 0x2037
        total += 1 * len(g) if light and len(g) == 1 else (sum(
            1 if (ord(c) <= 0x10FF) else 2 for c in g) if light else 2)
    return total


MEASURE = {"graphemes": lambda s: len(graphemes(s)), "utf16": utf16, "utf8": utf8, "x": xweight}


def build(sentence, unit, n):
    """Repeat ``sentence`` and cut at a grapheme so the text measures exactly ``n`` (or n-1 if a wide
    grapheme would straddle)."""
    pool = sentence
    while MEASURE[unit](pool) <= n + 2:
        pool += sentence
    text = ""
    for g in graphemes(pool):
        if MEASURE[unit](text + g) > n:
            break
        text += g
    return text.rstrip() if MEASURE[unit](text.rstrip()) == MEASURE[unit](text) else text


SENT = {
    "en-GB": "Relaxed linen shirt with a chest pocket and coconut buttons. ",
    "de-DE": "Lockeres Leinenhemd mit Brusttasche und Kokosknöpfen. ",
    "es-MX": "Camisa holgada con bolsillo en el pecho y botones de coco. ",
    "th-TH": "เสื้อเชิ้ตทรงหลวมมีกระเป๋าที่หน้าอกและกระดุมกะลามะพร้าว ",
    "ar-SA": "قميص واسع بجيب على الصدر وأزرار من قشر جوز الهند. ",
    "ja-JP": "胸ポケットとココナッツボタンが付いたゆったりしたシャツです。",
    "en-US": "Summer shirt for warm days 🌞👕 with a chest pocket. ",
}

# ============================================================================ LIMITS
limit_targets = [
    ("tiktok", "utf16", 2200), ("instagram", "graphemes", 2200), ("x", "x", 280), ("threads", "graphemes", 500),
    ("pinterest-title", "graphemes", 100), ("pinterest-description", "graphemes", 500),
    ("youtube-title", "graphemes", 100), ("youtube-description", "utf8", 5000),
    ("ebay-title", "graphemes", 80), ("etsy-title", "graphemes", 140), ("mercadolibre-title", "graphemes", 60),
    ("shopify-seo-title", "graphemes", 70), ("shopify-seo-description", "graphemes", 320),
    ("shopee-title", "graphemes", 120), ("lazada-title", "graphemes", 255),
]
markets_cycle = list(SENT)
for i, (target, unit, n) in enumerate(limit_targets):
    for j in range(2):
        market = markets_cycle[(i * 2 + j) % len(markets_cycle)]
        if target in ("etsy-title",) and market in ("en-US",):
            market = "en-GB"  # Etsy titles reject emoji: keep this entry about length only
        s = SENT[market]
        if target.startswith("etsy") and regex.search(r"\p{Extended_Pictographic}", s):
            s = SENT["en-GB"]
            market = "en-GB"
        good = build(s, unit, n)
        bad = build(s, unit, n + 1 + 7 * j)
        add("limits", good, target, market, [], note=f"{MEASURE[unit](good)} {unit} ≤ {n}")
        add("limits", bad, target, market, ["limits"], note=f"{MEASURE[unit](bad)} {unit} > {n}")

# X with a URL: each URL counts 23
url = "https://shop.example.com/products/riviera-linen-shirt-blue-medium"
add("limits", "New in: the Riviera linen shirt in sky blue. " + url, "x", "en-GB", [], note="URL counts 23")
pad = build(SENT["en-GB"], "x", 280 - 23 - 1)
add("limits", pad + " " + url, "x", "en-GB", [], note="exactly 280 with URL")
pad = build(SENT["en-GB"], "x", 280 - 23 + 5)
add("limits", pad + " " + url, "x", "en-GB", ["limits"], note="over with URL")
# X: CJK weighs 2
add("limits", build(SENT["ja-JP"], "x", 280), "x", "ja-JP", [], note="CJK 140 chars = 280")
add("limits", "胸ポケット付きのシャツ。" * 12, "x", "ja-JP", ["limits"], note="144 CJK chars = 288")
# Thai on X weighs 1
add("limits", build(SENT["th-TH"], "x", 280), "x", "th-TH", [], note="Thai: each code point weighs 1")
add("limits", build(SENT["th-TH"], "x", 284), "x", "th-TH", ["limits"], note="Thai code points over 280")

# hashtags / mentions on Instagram
tags = ["linen", "summer", "shirt", "menswear", "style", "beach", "holiday", "casual", "ootd", "fashion",
        "blue", "travel", "weekend", "cotton", "mensstyle", "outfit", "lookbook", "sun", "coast", "riviera",
        "light", "breathable", "relaxed", "vacation", "resort", "sea", "daily", "basics", "wardrobe", "new",
        "drop"]
add("limits", "Our relaxed linen shirt is back.\n\n" + " ".join("#" + t for t in tags[:30]), "instagram", "en-GB", [])
add("limits", "Our relaxed linen shirt is back.\n\n" + " ".join("#" + t for t in tags[:31]), "instagram", "en-GB",
    ["limits"])
add("limits", "Camisa de lino para el verano.\n" + " ".join("#" + t for t in tags[:12]), "instagram", "es-MX", [])
handles = [f"@studio{i:02d}" for i in range(25)]
add("limits", "Shot with friends " + " ".join(handles[:20]), "instagram", "en-GB", [])
add("limits", "Shot with friends " + " ".join(handles[:21]), "instagram", "en-GB", ["limits"])

# Amazon title: 200 chars of distinct words (repetition-free)
amz_words = ("Riviera Men's Linen Shirt, Short Sleeve Button Down, Relaxed Fit Summer Casual Top with Chest "
             "Pocket and Coconut Buttons, Breathable Lightweight Beachwear for Holiday Travel Weddings, Sky Blue, "
             "Size Medium UK 40 Regular Length").split(" ")
title = ""
for w in amz_words:
    if len(title) + len(w) + 1 > 200:
        break
    title = (title + " " + w).strip()
add("limits", title, "amazon-title", "en-GB", [], note=f"{len(title)} chars")
long_title = ("Riviera Men's Linen Shirt, Short Sleeve Button Down, Relaxed Fit Summer Casual Top with Chest Pocket "
              "and Coconut Buttons, Breathable Lightweight Beachwear for Holiday Travel Weddings Garden Parties, Sky "
              "Blue, Size Medium")
assert len(long_title) > 200, len(long_title)
add("limits", long_title, "amazon-title", "en-GB", ["limits"], note=f"{len(long_title)} chars")
# Amazon search terms: under 250 bytes
st = "linen shirt men summer short sleeve button down beach casual lightweight breathable holiday travel"
add("limits", st, "amazon-search-terms", "en-GB", [])
st_th = "เสื้อเชิ้ต ผ้าลินิน ผู้ชาย ฤดูร้อน แขนสั้น ชายหาด ลำลอง น้ำหนักเบา ระบายอากาศ วันหยุด เดินทาง"
assert utf8(st_th) > 249, utf8(st_th)
add("limits", st_th, "amazon-search-terms", "th-TH", ["limits"], note=f"{utf8(st_th)} bytes (Thai 3 B/char)")
st_ar = "قميص كتان رجالي صيفي نصف كم شاطئ خفيف"
add("limits", st_ar, "amazon-search-terms", "ar-SA", [], note=f"{utf8(st_ar)} bytes")
# Etsy tags
add("limits", "ceramic mug", "etsy-tag", "en-GB", [])
add("limits", "handmade ceramic coffee mug", "etsy-tag", "en-GB", ["limits"])
add("limits", "taza de cerámica", "etsy-tag", "es-MX", [])
add("limits", "taza de cerámica hecha a mano", "etsy-tag", "es-MX", ["limits"])
# TikTok Shop title 25..255 and description >= 30 words
add("limits", "Riviera Linen Shirt Men Short Sleeve Sky Blue M", "tiktok-shop-title", "en-GB", [])
add("limits", "Linen Shirt Blue", "tiktok-shop-title", "en-GB", ["limits"])
add("limits", "Kemeja Linen Pria Lengan Pendek Biru Muda Ukuran M", "tiktok-shop-title", "id-ID", [])
add("limits", "Kemeja Linen", "tiktok-shop-title", "id-ID", ["limits"])
desc_en = ("This relaxed shirt is cut from washed linen with a soft hand feel. It has a chest pocket, coconut "
           "buttons and a straight hem that works tucked or loose. In the box: one shirt. Care: machine wash "
           "cold, hang to dry and iron warm.")
add("limits", desc_en, "tiktok-shop-description", "en-GB", [])
add("limits", "Soft linen shirt with a chest pocket and coconut buttons.", "tiktok-shop-description", "en-GB",
    ["limits"])
desc_es = ("Esta camisa holgada está hecha de lino lavado con un tacto suave. Tiene un bolsillo en el pecho, "
           "botones de coco y un bajo recto que se puede llevar por dentro o por fuera. En la caja: una camisa. "
           "Cuidado: lavar en frío y secar colgada.")
add("limits", desc_es, "tiktok-shop-description", "es-MX", [])
add("limits", "Camisa de lino suave con bolsillo en el pecho.", "tiktok-shop-description", "es-MX", ["limits"])

# ============================================================================ CHARACTERS
good_amz = [
    ("Riviera Men's Linen Shirt, Short Sleeve, Relaxed Fit, Sky Blue, Size M", "en-GB"),
    ("Style #4301 Dog Leash for Small Dogs <10 lb, Reflective Nylon, 1.5 m", "en-GB"),
    ("Riviera Leinenhemd für Herren, Kurzarm, Lockere Passform, Himmelblau, Größe M", "de-DE"),
    ("Camisa de lino para hombre Riviera, manga corta, corte holgado, azul cielo, talla M", "es-MX"),
    ("Chemise en lin Riviera pour homme, manches courtes, coupe ample, bleu ciel, taille M", "fr-FR"),
    ("Camicia di lino Riviera da uomo, maniche corte, vestibilità comoda, azzurro, taglia M", "it-IT"),
    ("USB-C Cable for LED Desk Lamp, 2 m, Braided, Black", "en-GB"),
    ("Riviera リネンシャツ メンズ 半袖 スカイブルー Mサイズ", "ja-JP"),
]
for t, m in good_amz:
    add("characters", t, "amazon-title", m, [])
bad_amz = [
    ("Riviera Men's Linen Shirt!", "en-GB"), ("Linen Shirt for Men $25", "en-GB"),
    ("Why choose a linen shirt? Riviera Men's Shirt", "en-GB"), ("Riviera_Linen_Shirt Men Blue M", "en-GB"),
    ("Linen Shirt {Sky Blue} Size M", "en-GB"), ("Linen Shirt ^ Summer Edition", "en-GB"),
    ("Linen Shirt ¦ Sky Blue", "en-GB"),
    ("Linen Shirt, Linen Top, Linen Blouse for Men", "en-GB"),
    ("Camisa de lino, camisa de verano, camisa casual para hombre", "es-MX"),
    ("Leinenhemd Herren, Hemd kurzarm, Hemd blau, Hemd Sommer", "de-DE"),
    ("PREMIUM Linen Shirt for Men, Sky Blue", "en-GB"),
    ("Riviera Linen Shirt SUMMER COLLECTION Sky Blue", "en-GB"),
    ("Chemise en lin homme ! Bleu ciel", "fr-FR"),
]
for t, m in bad_amz:
    add("characters", t, "amazon-title", m, ["characters"])
good_bullets = [
    ("BREATHABLE LINEN: washed linen keeps air moving on hot days", "en-GB"),
    ("Chest pocket and coconut buttons; straight hem to wear tucked or loose", "en-GB"),
    ("Machine washable at 30 °C; hang to dry", "en-GB"),
    ("Leinen mit Brusttasche und Kokosknöpfen", "de-DE"),
    ("Bolsillo en el pecho y botones de coco", "es-MX"),
]
for t, m in good_bullets:
    add("characters", t, "amazon-bullet", m, [])
bad_bullets = [
    ("Keeps you cool on hot days ☀️", "en-GB"), ("Riviera™ linen with coconut buttons", "en-GB"),
    ("Soft… and light on the skin", "en-GB"), ("Riviera® shirt with chest pocket", "en-GB"),
    ("Kühl an heißen Tagen 😎", "de-DE"), ("Cuello clásico ✨ y botones de coco", "es-MX"),
    ("Size chart © Riviera Studio", "en-GB"), ("Chest 104 cm ± 1 cm", "en-GB"),
]
for t, m in bad_bullets:
    add("characters", t, "amazon-bullet", m, ["characters"])
add("characters", "Riviera linen shirt → summer ready", "youtube-title", "en-GB", [])
add("characters", "Riviera linen shirt -> summer ready", "youtube-title", "en-GB", ["characters"])
add("characters", "How we sew the <Riviera> shirt", "youtube-title", "en-GB", ["characters"])
add("characters", "Wie wir das Riviera-Hemd nähen", "youtube-title", "de-DE", [])
add("characters", "Chapters:\n00:00 Fabric\n01:10 Cutting\n03:40 Buttons", "youtube-description", "en-GB", [])
add("characters", "Chapters:\n<b>00:00 Fabric</b>\n01:10 Cutting", "youtube-description", "en-GB", ["characters"])
good_etsy = [("Handmade Ceramic Mug, 350 ml, Speckled Glaze, Gift for Tea Lovers", "en-GB"),
             ("Mug & Saucer Set: Hand Thrown Stoneware", "en-GB"),
             ("Tasse en céramique faite main – émail moucheté", "fr-FR"),
             ("Taza de cerámica hecha a mano, esmalte moteado", "es-MX")]
for t, m in good_etsy:
    add("characters", t, "etsy-title", m, [])
bad_etsy = [("Handmade Ceramic Mug ☕ Speckled Glaze", "en-GB"), ("Ceramic Mug $25 Handmade", "en-GB"),
            ("Mug & Saucer & Spoon Set", "en-GB"), ("Gift: Mug: Handmade Stoneware", "en-GB"),
            ("Tea + Coffee + Cocoa Mug", "en-GB"), ("Ceramic Mug ^ Handmade", "en-GB")]
for t, m in bad_etsy:
    add("characters", t, "etsy-title", m, ["characters"])
add("characters", "linen shirt men summer short sleeve", "amazon-search-terms", "en-GB", [])
add("characters", "linen shirt men\nsummer short sleeve", "amazon-search-terms", "en-GB", ["characters"])
add("characters", "Riviera Linen Shirt Men Short Sleeve Sky Blue M", "tiktok-shop-title", "en-GB", [])
add("characters", "Riviera Linen Shirt TikTok Viral Sky Blue M", "tiktok-shop-title", "en-GB", ["characters"])
add("characters", "Riviera Linen Shirt ★ Men Short Sleeve Blue", "tiktok-shop-title", "en-GB", ["characters"])
add("characters", "Soft washed linen.<br>Machine washable.", "amazon-description", "en-GB", [])
add("characters", "<p>Soft washed linen.</p>", "amazon-description", "en-GB", ["characters"])
add("characters", "Size guide at www.riviera-example.com", "amazon-bullet", "en-GB", ["characters"])
add("characters", "Questions? Write to help@riviera-example.com", "amazon-description", "en-GB", ["characters"])

# ============================================================================ CLAIMS
clean = [
    ("A relaxed linen shirt with a chest pocket, made for warm days.", "instagram", "en-GB"),
    ("Light, airy and easy to iron. Sky blue, sizes S to XL.", "facebook", "en-GB"),
    ("Leichtes Leinenhemd mit Brusttasche für warme Tage.", "instagram", "de-DE"),
    ("Camisa de lino ligera con bolsillo, ideal para días cálidos.", "instagram", "es-MX"),
    ("Camisa de linho leve com bolso, ideal para dias quentes.", "instagram", "pt-BR"),
    ("Chemise en lin légère avec poche poitrine, pour les journées chaudes.", "instagram", "fr-FR"),
    ("Camicia di lino leggera con taschino, perfetta per le giornate calde.", "instagram", "it-IT"),
    ("Kemeja linen ringan dengan saku dada, cocok untuk hari yang panas.", "instagram", "id-ID"),
    ("قميص كتان خفيف بجيب على الصدر، مناسب للأيام الحارة.", "instagram", "ar-SA"),
    ("胸ポケット付きの軽いリネンシャツ。暑い日にぴったりです。", "instagram", "ja-JP"),
    ("带胸袋的轻薄亚麻衬衫，适合炎热的日子。", "instagram", "zh-CN"),
    ("เสื้อเชิ้ตผ้าลินินเนื้อเบา มีกระเป๋าที่หน้าอก เหมาะกับวันที่อากาศร้อน", "instagram", "th-TH"),
    ("Herbal tea blend with chamomile and mint, for a calm evening.", "facebook", "en-GB"),
    ("Ein Tee für ruhige Abende: Kamille und Minze.", "facebook", "de-DE"),
    ("Our studio designed this shirt in Lisbon.", "threads", "en-GB"),
    ("Made to be worn, washed and worn again.", "tiktok", "en-GB"),
]
for t, tg, m in clean:
    add("claims", t, tg, m, [])
bad_claims = [
    ("This tea cures headaches in minutes.", "facebook", "en-GB"),
    ("Clinically proven to reduce back pain.", "instagram", "en-GB"),
    ("Este té alivia el dolor de cabeza.", "instagram", "es-MX"),
    ("Dieser Tee heilt Erkältungen.", "instagram", "de-DE"),
    ("Ce thé guérit le rhume.", "instagram", "fr-FR"),
    ("Teh ini menyembuhkan flu dalam sehari.", "instagram", "id-ID"),
    ("هذا الشاي يعالج الصداع.", "instagram", "ar-SA"),
    ("このお茶は頭痛を治療します。", "instagram", "ja-JP"),
    ("这款茶可以治愈头痛。", "instagram", "zh-CN"),
    ("ชานี้ช่วยรักษาโรคหวัด", "instagram", "th-TH"),
    ("Drink this and lose weight fast.", "tiktok", "en-GB"),
    ("Tee zum Abnehmen über Nacht.", "tiktok", "de-DE"),
    ("Chá para emagrecer rápido.", "tiktok", "pt-BR"),
    ("这款茶帮你减肥。", "tiktok", "zh-CN"),
    ("ชาลดน้ำหนักภายในเจ็ดวัน", "tiktok", "th-TH"),
    ("See the before/after photos from week one.", "instagram", "en-GB"),
    ("Mira las fotos de antes y después.", "instagram", "es-MX"),
    ("The best linen shirt you will ever own.", "instagram", "en-GB"),
    ("Das beste Leinenhemd des Sommers.", "instagram", "de-DE"),
    ("La mejor camisa de lino del verano.", "instagram", "es-MX"),
    ("O melhor chá do Brasil.", "instagram", "pt-BR"),
    ("Kemeja linen terbaik untuk musim panas.", "instagram", "id-ID"),
    ("أفضل قميص كتان هو القميص الأفضل لك", "instagram", "ar-SA"),
    ("销量第一的亚麻衬衫。", "instagram", "zh-CN"),
    ("เสื้อเชิ้ตที่ดีที่สุดสำหรับหน้าร้อน", "instagram", "th-TH"),
    ("Our #1 shirt, now in sky blue.", "facebook", "en-GB"),
    ("Satisfaction guaranteed or your money back.", "facebook", "en-GB"),
    ("Calidad garantizada en cada costura.", "facebook", "es-MX"),
    ("Qualität garantiert.", "facebook", "de-DE"),
    ("รับประกันคุณภาพทุกตัว", "facebook", "th-TH"),
    ("An eco-friendly shirt for a better planet.", "instagram", "en-GB"),
    ("Camiseta de algodón orgánico.", "instagram", "es-MX"),
    ("Nachhaltiges Hemd aus Bio-Baumwolle.", "instagram", "de-DE"),
    ("Une chemise écologique et recyclée.", "instagram", "fr-FR"),
    ("Tas belanja ramah lingkungan.", "instagram", "id-ID"),
    ("حقيبة تسوق صديقة للبيئة", "instagram", "ar-SA"),
    ("环保购物袋，可降解。", "instagram", "zh-CN"),
    ("ถุงผ้าเป็นมิตรกับสิ่งแวดล้อม", "instagram", "th-TH"),
    ("Antibacterial socks for the gym.", "instagram", "en-GB"),
    ("The perfect designer bag dupe.", "tiktok", "en-GB"),
    ("Bolso réplica de diseñador.", "tiktok", "es-MX"),
    ("高仿名牌包。", "tiktok", "zh-CN"),
    ("Customers love it: softest shirt ever.", "instagram", "en-GB"),
    ("★★★★★ from over 2,000 buyers", "instagram", "en-GB"),
    ("Rated 4.9/5 by our shoppers.", "facebook", "en-GB"),
    ("Über 1.000 Bewertungen mit 5 Sternen.", "facebook", "de-DE"),
    ("Los clientes dicen que es perfecta.", "facebook", "es-MX"),
    ("รีวิวจากลูกค้าจริง", "facebook", "th-TH"),
    ("お客様の声：とても快適です。", "facebook", "ja-JP"),
    ("“Softest shirt I own” — Sarah K.", "instagram", "en-GB"),
    ("\"I wear it every day,\" says Maria.", "instagram", "en-GB"),
]
for t, tg, m in bad_claims:
    add("claims", t, tg, m, ["claims"])
add("claims", "Organic cotton tee, GOTS certified.", "instagram", "en-GB", [],
    facts=[{"key": "material", "value": "organic cotton"}, {"key": "certification", "value": "GOTS"}])
add("claims", "Camiseta de algodón orgánico certificada GOTS.", "instagram", "es-MX", [],
    facts=[{"key": "material", "value": "organic cotton"}, {"key": "certification", "value": "GOTS"}])
add("claims", "Two-year warranty on every zipper.", "facebook", "en-GB", [],
    facts=[{"key": "warranty", "value": "2 years"}, {"key": "parts", "value": "zipper"}])
add("claims", "Organic cotton tee.", "instagram", "en-GB", ["claims"],
    facts=[{"key": "material", "value": "organic cotton"}], note="no certification fact")
add("claims", "Amazon title: Antibacterial Bamboo Socks", "amazon-title", "en-GB", ["claims"])
add("claims", "Men's Linen Shirt - Free Shipping", "amazon-title", "en-GB", ["claims"])
add("claims", "Best Seller Linen Shirt for Men", "amazon-title", "en-GB", ["claims"])
add("claims", "Lifetime warranty on the buttons", "amazon-bullet", "en-GB", ["claims"])

# ============================================================================ GROUNDING
F_SHIRT = [{"key": "material", "value": "100% linen"}, {"key": "length", "value": "74", "unit": "cm"},
           {"key": "weight", "value": "180 g"}, {"key": "chest", "value": "104 cm"}]
F_SPK = [{"key": "battery", "value": "5000 mAh"}, {"key": "runtime", "value": "20 h"},
         {"key": "power", "value": "10 W"}, {"key": "material", "value": "aluminium housing, silicone strap"}]
F_MUG = [{"key": "material", "value": "stoneware"}, {"key": "capacity", "value": "350 ml"},
         {"key": "certification", "value": "food safe (FDA)"}]
F_TEE = [{"key": "material", "value": "organic cotton"}, {"key": "certification", "value": "GOTS, OEKO-TEX Standard 100"},
         {"key": "weight", "value": "160 g"}]
good_g = [
    ("100% linen shirt, 74 cm long, 180 g.", F_SHIRT, "en-GB"),
    ("Chest 104 cm, length 74 cm.", F_SHIRT, "en-GB"),
    ("Hemd aus 100% Leinen, 74 cm lang.", F_SHIRT, "de-DE"),
    ("Camisa 100% lino de 74 cm de largo.", F_SHIRT, "es-ES"),
    ("Chemise 100% lin, longueur 74 cm.", F_SHIRT, "fr-FR"),
    ("Camicia in lino al 100%, lunghezza 74 cm.", F_SHIRT, "it-IT"),
    ("เสื้อลินิน 100% ยาว 74 ซม.", F_SHIRT, "th-TH"),
    ("قميص كتان بطول 74 سم ووزن 180 جم", F_SHIRT, "ar-SA"),
    ("リネン100%、着丈74 cm。", F_SHIRT, "ja-JP"),
    ("亚麻衬衫，衣长74厘米。", F_SHIRT, "zh-CN"),
    ("Length 74 cm (29 in), weight 180 g (6.3 oz).", F_SHIRT, "en-US"),
    ("5000 mAh battery, up to 20 h of music.", F_SPK, "en-GB"),
    ("Akku mit 5000 mAh, 20 Stunden Musik, 10 W.", F_SPK, "de-DE"),
    ("Batería de 5000 mAh y 20 horas de música.", F_SPK, "es-ES"),
    ("Aluminium housing with a silicone strap.", F_SPK, "en-GB"),
    ("Stoneware mug, 350 ml.", F_MUG, "en-GB"),
    ("Taza de gres de 350 ml.", F_MUG, "es-ES"),
    ("Organic cotton tee, GOTS and OEKO-TEX certified, 160 g.", F_TEE, "en-GB"),
    ("T-Shirt aus Bio-Baumwolle, GOTS-zertifiziert.", F_TEE, "de-DE"),
    ("Chemise légère, parfaite pour l'été.", F_SHIRT, "fr-FR"),
    ("A relaxed shirt for warm days.", F_SHIRT, "en-GB"),
    ("Camisa de lino para el verano.", F_SHIRT, "es-ES"),
    ("Kemeja linen untuk musim panas.", F_SHIRT, "id-ID"),
    ("Food safe (FDA) glaze on a stoneware mug.", F_MUG, "en-GB"),
]
for t, f, m in good_g:
    add("grounding", t, "generic", m, [], facts=f)
bad_g = [
    ("100% linen shirt, 80 cm long.", F_SHIRT, "en-GB"),
    ("Weighs only 120 g.", F_SHIRT, "en-GB"),
    ("Hemd aus 100% Leinen, 78 cm lang.", F_SHIRT, "de-DE"),
    ("Camisa de 90 cm de largo.", F_SHIRT, "es-ES"),
    ("เสื้อยาว 80 ซม.", F_SHIRT, "th-TH"),
    ("قميص بطول 90 سم", F_SHIRT, "ar-SA"),
    ("着丈80 cm。", F_SHIRT, "ja-JP"),
    ("衣长80厘米。", F_SHIRT, "zh-CN"),
    ("Battery lasts 48 hours.", F_SPK, "en-GB"),
    ("8000 mAh battery.", F_SPK, "en-GB"),
    ("Akku mit 30 Stunden Laufzeit.", F_SPK, "de-DE"),
    ("Batería de 10000 mAh.", F_SPK, "es-ES"),
    ("A 20 W speaker.", F_SPK, "en-GB"),
    ("Mug holds 500 ml.", F_MUG, "en-GB"),
    ("A pure silk shirt for summer.", F_SHIRT, "en-GB"),
    ("Camisa de algodón para el verano.", F_SHIRT, "es-ES"),
    ("Hemd aus Baumwolle.", F_SHIRT, "de-DE"),
    ("Chemise en soie.", F_SHIRT, "fr-FR"),
    ("Camicia in cotone.", F_SHIRT, "it-IT"),
    ("Kemeja katun untuk musim panas.", F_SHIRT, "id-ID"),
    ("قميص من القطن", F_SHIRT, "ar-SA"),
    ("コットンのシャツ。", F_SHIRT, "ja-JP"),
    ("棉质衬衫。", F_SHIRT, "zh-CN"),
    ("เสื้อเชิ้ตผ้าฝ้าย", F_SHIRT, "th-TH"),
    ("Genuine leather strap.", F_SPK, "en-GB"),
    ("Stainless steel housing.", F_SPK, "en-GB"),
    ("Porcelain mug.", F_MUG, "en-GB"),
    ("OEKO-TEX certified linen.", F_SHIRT, "en-GB"),
    ("CE and FCC approved speaker.", F_SPK, "en-GB"),
    ("FSC-certified packaging.", F_MUG, "en-GB"),
    ("GOTS-zertifiziertes Leinen.", F_SHIRT, "de-DE"),
    ("Certificado Fair Trade.", F_MUG, "es-ES"),
]
for t, f, m in bad_g:
    add("grounding", t, "generic", m, ["grounding"], facts=f)
add("grounding", "100% linen, 74 cm long, in a 120 g gift box.", "generic", "en-GB", ["grounding"], facts=F_SHIRT)

# ============================================================================ DISCLOSURE
S = {"sponsored": True}
good_d = [
    ("#ad Our new linen shirt for warm days.", "instagram", "en-GB", S),
    ("Sponsored: the Riviera linen shirt is back.", "facebook", "en-GB", S),
    ("Ad: a linen shirt for warm days.", "x", "en-GB", S),
    ("Advertisement — linen shirts are back.", "threads", "en-GB", S),
    ("Anzeige: Das Leinenhemd ist zurück.", "instagram", "de-DE", S),
    ("#Werbung Leichtes Leinenhemd für warme Tage.", "instagram", "de-DE", S),
    ("Publicidad: vuelve la camisa de lino.", "instagram", "es-MX", S),
    ("Publicité : la chemise en lin est de retour.", "instagram", "fr-FR", S),
    ("Publicidade: a camisa de linho voltou.", "instagram", "pt-BR", S),
    ("広告：リネンシャツが再入荷しました。", "instagram", "ja-JP", S),
    ("إعلان: عاد قميص الكتان.", "instagram", "ar-SA", S),
    ("โฆษณา: เสื้อเชิ้ตผ้าลินินกลับมาแล้ว", "instagram", "th-TH", S),
    ("Iklan: kemeja linen kembali hadir.", "instagram", "id-ID", S),
    ("  #ad  Linen shirts are back.", "tiktok", "en-GB", S),
    ("Linen shirts are back for summer.", "instagram", "en-GB", {}),
    ("New video: how we sew the shirt.", "youtube-description", "en-GB", {}),
    ("Linen shirts are back.", "tiktok", "en-GB", {"ai_generated": True, "options": {"is_aigc": True}}),
    ("How we sew the shirt", "youtube-title", "en-GB",
     {"ai_generated": True, "options": {"containsSyntheticMedia": True}}),
    ("Linen shirts are back.", "instagram", "en-GB", {"ai_generated": True}),
    ("Das Leinenhemd ist zurück.", "instagram", "de-DE", {"ai_generated": True}),
    ("Linen shirts are back.", "tiktok", "en-GB", {"ai_generated": False}),
    ("Sport and sun. #sports", "instagram", "en-GB", {}),
    ("Beach day in linen. #adventure", "instagram", "en-GB", {}),
    ("#ad #linen Our partner's shirt.", "x", "en-GB", S),
]
for t, tg, m, c in good_d:
    add("disclosure", t, tg, m, [], context=c)
bad_d = [
    ("Linen shirts are back for summer. #ad", "instagram", "en-GB", S),
    ("Linen shirts are back for summer.", "instagram", "en-GB", S),
    ("Our partner's linen shirt is here.", "facebook", "en-GB", S),
    ("Linen shirts are back. #summer #linen #ad", "tiktok", "en-GB", S),
    ("#adventure awaits in linen.", "instagram", "en-GB", S),
    ("Das Leinenhemd ist zurück. #Anzeige", "instagram", "de-DE", S),
    ("Vuelve la camisa de lino.", "instagram", "es-MX", S),
    ("La chemise en lin est de retour.", "instagram", "fr-FR", S),
    ("リネンシャツが再入荷しました。", "instagram", "ja-JP", S),
    ("عاد قميص الكتان.", "instagram", "ar-SA", S),
    ("Thanks to our friends for this shirt! #sp", "instagram", "en-GB", {}),
    ("Linen shirts are back. #partner", "instagram", "en-GB", {}),
    ("Wearing the new shirt. #collab", "tiktok", "en-GB", {}),
    ("Summer in linen #spon", "x", "en-GB", {}),
    ("Linen shirts are back.", "tiktok", "en-GB", {"ai_generated": True, "options": {}}),
    ("Linen shirts are back.", "tiktok", "en-GB", {"ai_generated": True}),
    ("How we sew the shirt", "youtube-title", "en-GB", {"ai_generated": True, "options": {}}),
    ("How we sew the shirt, step by step.", "youtube-description", "en-GB", {"ai_generated": True}),
    ("Das Leinenhemd ist zurück.", "tiktok", "de-DE", {"ai_generated": True}),
    ("เสื้อเชิ้ตผ้าลินินกลับมาแล้ว", "tiktok", "th-TH", {"ai_generated": True, "options": {"is_aigc": False}}),
    ("Sale on linen shirts, thanks to our partner.", "threads", "en-GB", S),
    ("Nuevo video: cómo cosemos la camisa.", "youtube-description", "es-MX", S),
]
for t, tg, m, c in bad_d:
    add("disclosure", t, tg, m, ["disclosure"], context=c)

# ============================================================================ LOCALE
good_l = [
    ("Leichtes Leinenhemd mit Brusttasche für warme Sommertage.", "generic", "de-DE"),
    ("Camisa ligera de lino con bolsillo para los días de verano.", "generic", "es-MX"),
    ("Camisa leve de linho com bolso para os dias de verão.", "generic", "pt-BR"),
    ("Chemise légère en lin avec une poche pour les journées d'été.", "generic", "fr-FR"),
    ("Camicia leggera di lino con taschino per le giornate estive.", "generic", "it-IT"),
    ("Kemeja linen ringan dengan saku untuk hari-hari musim panas.", "generic", "id-ID"),
    ("A light linen shirt with a pocket for long summer days.", "generic", "en-GB"),
    ("Nur 19,99 € im Sommer.", "generic", "de-DE"),
    ("Ab 19 € erhältlich.", "generic", "de-DE"),
    ("Por R$ 1.234,50 à vista.", "generic", "pt-BR"),
    ("Only $19.99 this week.", "generic", "en-US"),
    ("Solo $349.00 pesos.", "generic", "es-MX"),
    ("Seulement 19,99 € cette semaine.", "generic", "fr-FR"),
    ("価格は¥1,235です。", "generic", "ja-JP"),
    ("ราคา ฿499 เท่านั้น", "generic", "th-TH"),
    ("Harga Rp 150.000 saja.", "generic", "id-ID"),
    ("السعر ١٩٩ ر.س. فقط", "generic", "ar-SA"),
    ("Length 29 in (74 cm), weight 6.3 oz (180 g).", "generic", "en-US"),
    ("Length 74 cm, weight 180 g.", "generic", "en-GB"),
    ("Länge 74 cm, Gewicht 180 g.", "generic", "de-DE"),
    ("Baju kemeja linen lelaki lengan pendek dan selesa dipakai", "tiktok-shop-title", "ms-MY"),
    ("Kemeja linen lelaki berwarna biru ini sesuai untuk cuaca panas dan selesa dipakai sepanjang hari. "
     "Ia mempunyai poket di dada dan butang tempurung kelapa. Dalam kotak: sehelai kemeja. Cuci dengan air "
     "sejuk dan jemur.", "tiktok-shop-description", "ms-MY"),
    ("قميص كتان خفيف بجيب على الصدر", "instagram", "ar-SA"),
    ("قميص كتان \u2068SKU-1234\u2069 بمقاس متوسط", "instagram", "ar-SA"),
    ("اطلب الآن من \u2068www.example.com\u2069 اليوم", "instagram", "ar-SA"),
    ("חולצת פשתן קלילה לקיץ", "instagram", "he-IL"),
    ("リネンシャツ Riviera、夏にぴったり。", "instagram", "ja-JP"),
    ("เสื้อเชิ้ตผ้าลินิน Riviera ใส่สบาย", "instagram", "th-TH"),
    ("Riviera linen shirt", "instagram", "en-GB"),
    ("Chemise Riviera en lin", "instagram", "fr-FR"),
]
for t, tg, m in good_l:
    add("locale", t, tg, m, [])
bad_l = [
    ("A light linen shirt with a chest pocket for the warm summer days.", "generic", "de-DE"),
    ("Camisa ligera de lino con bolsillo para los días de verano.", "generic", "pt-BR"),
    ("Leichtes Leinenhemd mit einer Brusttasche für die warmen Sommertage.", "generic", "fr-FR"),
    ("A light linen shirt with a pocket for the long and warm summer days.", "generic", "es-MX"),
    ("Chemise légère en lin avec une poche pour les journées d'été.", "generic", "it-IT"),
    ("Camicia leggera di lino con taschino per le giornate estive.", "generic", "es-ES"),
    ("Linen shіrt for summer", "instagram", "en-GB"),
    ("Lеinenhemd für den Sommer", "instagram", "de-DE"),
    ("Camisa de lіno", "instagram", "es-MX"),
    ("เสื้อเชิ้ต рубашка ผ้าลินิน", "instagram", "th-TH"),
    ("Leinenhemd ผ้าลินิน für den Sommer", "instagram", "de-DE"),
    ("Camisa de lino 亚麻 para el verano", "instagram", "es-MX"),
    ("Nur 19.99 € im Sommer.", "generic", "de-DE"),
    ("Nur €19,99 im Sommer.", "generic", "de-DE"),
    ("Por R$ 1,234.50 à vista.", "generic", "pt-BR"),
    ("Only 19,99$ this week.", "generic", "en-US"),
    ("Seulement €19.99 cette semaine.", "generic", "fr-FR"),
    ("Harga Rp 150,000 saja.", "generic", "id-ID"),
    ("Only 19,99 £ this week.", "generic", "en-GB"),
    ("Length 74 cm.", "generic", "en-US"),
    ("Weighs 180 g.", "generic", "en-US"),
    ("Holds 350 ml of coffee.", "generic", "en-US"),
    ("Chest 104 cm, length 74 cm.", "generic", "en-US"),
    ("Men's linen shirt, short sleeve, comfortable for hot weather", "tiktok-shop-title", "ms-MY"),
    ("A light linen shirt with a chest pocket and coconut buttons, cut for hot and humid days in the city. "
     "In the box: one shirt. Care: machine wash cold, hang to dry and iron warm.", "tiktok-shop-description",
     "ms-MY"),
    ("男士亚麻衬衫短袖夏季休闲宽松透气沙滩度假衬衫天蓝色", "tiktok-shop-title", "ms-MY"),
    ("قميص كتان SKU-1234 بمقاس متوسط", "instagram", "ar-SA"),
    ("اطلب الآن من www.example.com اليوم", "instagram", "ar-SA"),
    ("تابعونا على @riviera.studio للمزيد", "instagram", "ar-SA"),
    ("سماعة Riviera Pro X2 بصوت نقي", "instagram", "ar-SA"),
    ("חולצת פשתן SKU-1234 לקיץ", "instagram", "he-IL"),
]
for t, tg, m in bad_l:
    add("locale", t, tg, m, ["locale"])


# ============================================================================ HOLD-OUT
# Written after the engine was built and labelled before it was ever run on these texts. The first
# evaluation of this split is reported as the honest estimate (see docs/readme/quality.md / the report).
SPLIT = "holdout"
C_SENT = {
    "en-GB": "Hand-poured candle with notes of fig and cedar in a glass jar. ",
    "es-ES": "Vela de soja con aroma a higo y madera, vertida a mano en tarro de vidrio. ",
    "th-TH": "เทียนหอมกลิ่นมะเดื่อและไม้ เทลงในโหลแก้วด้วยมือ ",
    "ar-SA": "شمعة معطرة برائحة التين والخشب مصبوبة يدويا في برطمان زجاجي. ",
    "de-DE": "Duftkerze mit Feige und Holz, von Hand in ein Glas gegossen. ",
    "pt-BR": "Vela perfumada de figo e madeira, feita à mão em pote de vidro. ",
}
for target, unit, n, market, over in [
    ("instagram", "graphemes", 2200, "es-ES", 50), ("tiktok", "utf16", 2200, "th-TH", 100),
    ("x", "x", 280, "en-GB", 3), ("youtube-title", "graphemes", 100, "de-DE", 5),
    ("ebay-title", "graphemes", 80, "en-GB", 5), ("etsy-title", "graphemes", 140, "en-GB", 10),
    ("mercadolibre-title", "graphemes", 60, "pt-BR", 1), ("amazon-search-terms", "utf8", 249, "ar-SA", 11),
    ("pinterest-title", "graphemes", 100, "es-ES", 20), ("threads", "graphemes", 500, "ar-SA", 10),
    ("youtube-description", "utf8", 5000, "th-TH", 30), ("shopify-seo-description", "graphemes", 320, "de-DE", 2),
]:
    add("limits", build(C_SENT[market], unit, n - 3), target, market, [])
    add("limits", build(C_SENT[market], unit, n + over), target, market, ["limits"])

for t, tg, m, lab in [
    ("Meet the Riviera: breathable linen that feels cool from the first wear. Shop the drop today.", "instagram", "en-GB", []),
    ("Our serum visibly reduces wrinkles and heals acne scars in 7 days.", "instagram", "en-GB", ["claims"]),
    ("Proven to melt belly fat while you sleep.", "tiktok", "en-GB", ["claims"]),
    ("Dermatologist recommended formula for sensitive skin.", "instagram", "en-GB", ["claims"]),
    ("100% biodegradable phone case.", "instagram", "en-GB", ["claims"]),
    ("Vegan leather tote, water-resistant and easy to wipe clean.", "instagram", "en-GB", []),
    ("Rated ⭐⭐⭐⭐⭐ by thousands of shoppers", "instagram", "en-GB", ["claims"]),
    ("Thousands of happy customers can't be wrong!", "facebook", "en-GB", ["claims"]),
    ("Die Creme lindert Juckreiz sofort.", "instagram", "de-DE", ["claims"]),
    ("Suplemento que cura la ansiedad.", "instagram", "es-MX", ["claims"]),
    ("Chá detox para secar a barriga.", "instagram", "pt-BR", ["claims"]),
    ("Kaos katun premium, adem dipakai seharian.", "instagram", "id-ID", []),
    ("Krim pemutih yang terbukti secara klinis.", "instagram", "id-ID", ["claims"]),
    ("هذا المنتج الأصلي بضمان لمدة عام", "instagram", "ar-SA", []),  # a warranty term is a fact (round-3 policy, issue 17)
    ("มาพร้อมการรับประกัน 1 ปี", "instagram", "th-TH", []),  # a warranty term is a fact (round-3 policy, issue 17)
    ("世界一おいしいコーヒー豆", "instagram", "ja-JP", ["claims"]),
    ("全网最低价，限时抢购", "instagram", "zh-CN", ["claims"]),
    ("Lo compré para mi mamá y le encantó — Ana, CDMX", "facebook", "es-MX", ["claims"]),
    ("“Best purchase this year!” ⭐⭐⭐⭐⭐", "instagram", "en-GB", ["claims"]),
    ("Real results: before vs after 30 days", "tiktok", "en-GB", ["claims"]),
    ("Made with recycled ocean plastic.", "instagram", "en-GB", ["claims"]),
    ("Carbon-neutral shipping on every order.", "instagram", "en-GB", ["claims"]),
    ("A candle that smells like a summer garden.", "instagram", "en-GB", []),
    ("Limited edition: only 200 pieces made.", "instagram", "en-GB", []),
    ("The #1 choice of professional chefs", "facebook", "en-GB", ["claims"]),
    ("Unbeatable comfort for long shifts", "facebook", "en-GB", ["claims"]),
    ("Une bougie qui sent le jardin en été.", "instagram", "fr-FR", []),
    ("Una candela che profuma di giardino d'estate.", "instagram", "it-IT", []),
    ("Cette crème guérit l'eczéma.", "instagram", "fr-FR", ["claims"]),
    ("Il tè che ti fa dimagrire in una settimana.", "tiktok", "it-IT", ["claims"]),
]:
    add("claims", t, tg, m, lab)

for t, tg, m, lab in [
    ("Scented Candle – Fig & Cedar – 200 g – Glass Jar", "amazon-title", "en-GB", []),
    ("Scented Candle?? Fig and Cedar", "amazon-title", "en-GB", ["characters"]),
    ("Candle Fig, Candle Cedar, Candle Jar", "amazon-title", "en-GB", ["characters"]),
    ("LONG BURN TIME: about 40 hours", "amazon-bullet", "en-GB", []),
    ("Gift-ready packaging 🎁", "amazon-bullet", "en-GB", ["characters"]),
    ("Fig & Cedar Candle | Hand Poured | Glass Jar", "etsy-title", "en-GB", []),
    ("Fig Candle 🕯 Hand Poured", "etsy-title", "en-GB", ["characters"]),
    ("Timestamps: 0:00 intro → 1:20 pouring", "youtube-description", "en-GB", []),
    ("Pouring candles <3", "youtube-title", "en-GB", ["characters"]),
    ("Hand poured.<br/>Burns clean.", "amazon-description", "en-GB", []),
    ("Contact us on WhatsApp +44 7700 900123", "amazon-bullet", "en-GB", ["characters"]),
    ("Duftkerze Feige & Zeder, 200 g, im Glas", "amazon-title", "de-DE", []),
    ("Duftkerze mit Feige ~ Zeder ¦ 200 g", "amazon-title", "de-DE", ["characters"]),
    ("Vela aromática de higo y cedro, 200 g, tarro de vidrio", "amazon-title", "es-ES", []),
    ("Scented Candle Fig Cedar Glass Jar 200g Lazada", "tiktok-shop-title", "en-GB", ["characters"]),
]:
    add("characters", t, tg, m, lab)

F_CANDLE = [{"key": "material", "value": "soy wax"}, {"key": "weight", "value": "200 g"},
            {"key": "burn time", "value": "40 h"}, {"key": "jar", "value": "glass"}]
for t, m, lab in [
    ("Soy wax candle, 200 g, burns for about 40 hours.", "en-GB", []),
    ("Beeswax candle, 200 g.", "en-GB", ["grounding"]),
    ("Burns for 60 hours.", "en-GB", ["grounding"]),
    ("Vela de cera de soja de 200 g.", "es-ES", []),
    ("Kerze aus Sojawachs, 250 g.", "de-DE", ["grounding"]),
    ("Glass jar with a wooden lid.", "en-GB", ["grounding"]),
    ("In a ceramic jar.", "en-GB", ["grounding"]),
    ("Weight 7 oz (200 g).", "en-US", []),
    ("Weight 0.2 kg.", "en-GB", []),
    ("FSC-certified packaging.", "en-GB", ["grounding"]),
    ("Vegan-certified by The Vegan Society.", "en-GB", ["grounding"]),
    ("เทียนไขถั่วเหลือง 200 กรัม", "th-TH", []),
    ("เทียนหอม 300 กรัม", "th-TH", ["grounding"]),
    ("شمعة 200 جم في برطمان زجاجي", "ar-SA", []),
    ("شمعة من الخشب", "ar-SA", ["grounding"]),
    ("大豆蜡香薰蜡烛，200克。", "zh-CN", []),
    ("香薰蜡烛，净重250克。", "zh-CN", ["grounding"]),
]:
    add("grounding", t, "generic", m, lab, facts=F_CANDLE)

S = {"sponsored": True}
for t, tg, m, c, lab in [
    ("AD | Our autumn candles are here", "instagram", "en-GB", S, []),
    ("#Ad Autumn candles are here", "instagram", "en-GB", S, []),
    ("Autumn candles are here 🍂 (ad)", "instagram", "en-GB", S, ["disclosure"]),
    ("Sponsored · Autumn candles", "facebook", "en-GB", S, []),
    ("Autumn candles. Thanks @candleco!", "x", "en-GB", S, ["disclosure"]),
    ("Autumn candles are here", "tiktok", "en-GB", {"ai_generated": True, "options": {"is_aigc": True}}, []),
    ("How we pour our candles", "youtube-description", "en-GB",
     {"ai_generated": True, "options": {"containsSyntheticMedia": False}}, ["disclosure"]),
    ("Werbung: Unsere Herbstkerzen sind da", "instagram", "de-DE", S, []),
    ("Unsere Herbstkerzen sind da #werbung", "instagram", "de-DE", S, ["disclosure"]),
    ("Publicidad | Llegaron las velas de otoño", "instagram", "es-ES", S, []),
    ("Llegaron las velas de otoño", "tiktok", "es-ES", S, ["disclosure"]),
    ("#PR 秋のキャンドルが入荷しました", "instagram", "ja-JP", S, []),
    ("Autumn candles with friends #spon", "instagram", "en-GB", {}, ["disclosure"]),
    ("Autumn candles are here", "threads", "en-GB", {}, []),
]:
    add("disclosure", t, tg, m, lab, context=c)

for t, tg, m, lab in [
    ("Diese Duftkerze wird von Hand gegossen und brennt sehr gleichmäßig.", "generic", "de-DE", []),
    ("This scented candle is hand poured and burns very evenly in the jar.", "generic", "de-DE", ["locale"]),
    ("Cette bougie parfumée est coulée à la main et brûle très uniformément.", "generic", "fr-FR", []),
    ("Questa candela profumata è colata a mano e brucia in modo uniforme.", "generic", "it-IT", []),
    ("Esta vela perfumada é feita à mão e queima de forma uniforme no pote.", "generic", "es-ES", ["locale"]),
    ("Net weight: 200 g", "generic", "en-US", ["locale"]),
    ("Net weight: 7 oz (200 g)", "generic", "en-US", []),
    ("Preis: 24,90 €", "generic", "de-DE", []),
    ("Preis: 24.90 EUR", "generic", "de-DE", ["locale"]),
    ("Apenas R$ 89,90", "generic", "pt-BR", []),
    ("Apenas R$89.90", "generic", "pt-BR", ["locale"]),
    ("価格：2,980円", "generic", "ja-JP", []),
    ("شمعة معطرة 🕯️ بسعر ٩٩ ر.س.", "instagram", "ar-SA", []),
    ("شمعة Fig & Cedar المعطرة", "instagram", "ar-SA", ["locale"]),
    ("נר ריחני בצנצנת זכוכית", "instagram", "he-IL", []),
    ("เทียนหอม Fig & Cedar", "instagram", "th-TH", []),
    ("เทียนหอม свеча", "instagram", "th-TH", ["locale"]),
    ("Scеnted candle", "instagram", "en-GB", ["locale"]),
    ("Lilin wangi buatan tangan dalam balang kaca", "tiktok-shop-title", "ms-MY", []),
    ("Hand poured scented candle in glass jar", "tiktok-shop-title", "ms-MY", ["locale"]),
]:
    add("locale", t, tg, m, lab)

add("claims", "The best candle ever! #ad", "instagram", "en-GB", ["claims", "disclosure"], context=S)
add("characters", "BEST Candle!!! Free Shipping", "amazon-title", "en-GB", ["characters", "claims"])


# ============================================================================ HOLD-OUT 2
# Written after the first hold-out's fixes, again labelled before the engine ever saw these texts.
SPLIT = "holdout2"
for t, tg, m, lab in [
    ("Our collagen gummies reverse ageing from the inside.", "instagram", "en-GB", ["claims"]),
    ("Vitamin C serum for a brighter-looking complexion.", "instagram", "en-GB", []),
    ("Kills 99.9% of germs.", "instagram", "en-GB", ["claims"]),
    ("Noise-cancelling headphones for long flights.", "instagram", "en-GB", []),
    ("The quietest headphones on the market.", "instagram", "en-GB", ["claims"]),
    ("Loved by over 10,000 parents", "facebook", "en-GB", ["claims"]),
    ("Bath toy made from non-toxic plastic.", "instagram", "en-GB", ["claims"]),
    ("Ce dentifrice prévient les caries.", "instagram", "fr-FR", ["claims"]),
    ("Este colchón es el más cómodo del mercado.", "instagram", "es-MX", ["claims"]),
    ("Cápsulas que queman grasa mientras duermes.", "tiktok", "es-MX", ["claims"]),
    ("本品可以降血压。", "instagram", "zh-CN", ["claims"]),
    ("血圧を下げるサプリ。", "instagram", "ja-JP", ["claims"]),
    ("Suplemen ini menurunkan kolesterol.", "instagram", "id-ID", ["claims"]),
    ("مكمل غذائي يقوي المناعة", "instagram", "ar-SA", ["claims"]),
    ("A lovely gift for coffee lovers.", "instagram", "en-GB", []),
    ("Guaranteed to fit or we exchange it.", "facebook", "en-GB", ["claims"]),
    ("Clinically tested on 200 volunteers.", "instagram", "en-GB", ["claims"]),
    ("Trusted by 5,000+ customers", "facebook", "en-GB", ["claims"]),
    ("Replica of the famous lounge chair", "facebook", "en-GB", ["claims"]),
    ("Il miglior regalo per lei.", "instagram", "it-IT", ["claims"]),
    ("Un regalo per chi ama il caffè.", "instagram", "it-IT", []),
    ("Ein Geschenk für Kaffeeliebhaber.", "instagram", "de-DE", []),
    ("ของขวัญสำหรับคนรักกาแฟ", "instagram", "th-TH", []),
]:
    add("claims", t, tg, m, lab)

F_HP = [{"key": "battery", "value": "30 h"}, {"key": "weight", "value": "250 g"}, {"key": "bluetooth", "value": "5.3"},
        {"key": "material", "value": "aluminium headband, protein leather cushions"}, {"key": "driver", "value": "40 mm"}]
for t, m, lab in [
    ("30 h battery and 40 mm drivers.", "en-GB", []),
    ("Up to 40 hours of playback.", "en-GB", ["grounding"]),
    ("Weighs just 250 g.", "en-GB", []),
    ("Bluetooth 5.3 with multipoint.", "en-GB", []),
    ("Memory foam ear cushions.", "en-GB", ["grounding"]),
    ("Aluminium headband with protein leather cushions.", "en-GB", []),
    ("Titanium drivers for clear highs.", "en-GB", ["grounding"]),
    ("Hi-Res Audio certified.", "en-GB", ["grounding"]),
    ("Auriculares de 250 g con batería de 30 horas.", "es-ES", []),
    ("Akku für 35 Stunden.", "de-DE", ["grounding"]),
    ("ヘッドホンの重さは250 g。", "ja-JP", []),
    ("重量300克的耳机。", "zh-CN", ["grounding"]),
    ("Weighs 8.8 oz.", "en-US", []),
]:
    add("grounding", t, "generic", m, lab, facts=F_HP)

S = {"sponsored": True}
for t, tg, m, c, lab in [
    ("Paid partnership with @audioco — our new headphones", "instagram", "en-GB", S, []),
    ("New headphones from @audioco 🎧 #audioco", "tiktok", "en-GB", S, ["disclosure"]),
    ("#sponsored New headphones from @audioco", "x", "en-GB", S, []),
    ("Werbung | Neue Kopfhörer von @audioco", "instagram", "de-DE", S, []),
    ("Nuevos auriculares de @audioco. #publi", "facebook", "es-MX", S, ["disclosure"]),
    ("#ad New headphones", "tiktok", "en-GB", {**S, "ai_generated": True, "options": {"is_aigc": True}}, []),
    ("Unboxing the new headphones", "youtube-title", "en-GB", {"ai_generated": True}, ["disclosure"]),
    ("Headphones for long flights #partner", "instagram", "en-GB", {}, ["disclosure"]),
]:
    add("disclosure", t, tg, m, lab, context=c)

for t, tg, m, lab in [
    ("Casque sans fil avec réduction de bruit et trente heures d'autonomie.", "generic", "fr-FR", []),
    ("Wireless headphones with noise cancelling and thirty hours of battery life.", "generic", "fr-FR", ["locale"]),
    ("Fone de ouvido sem fio com cancelamento de ruído e bateria de longa duração.", "generic", "pt-BR", []),
    ("Auriculares inalámbricos con cancelación de ruido y una batería de larga duración.", "generic", "it-IT", ["locale"]),
    ("Cable length 1.2 m", "generic", "en-US", ["locale"]),
    ("Cable length 4 ft (1.2 m)", "generic", "en-US", []),
    ("Nur 129,00 €", "generic", "de-DE", []),
    ("Nur € 129.00", "generic", "de-DE", ["locale"]),
    ("Solo $2,499.00", "generic", "es-MX", []),
    ("Solo $2.499,00", "generic", "es-MX", ["locale"]),
    ("سماعات لاسلكية بطاقة 30 ساعة", "instagram", "ar-SA", []),
    ("سماعات AudioCo Pro لاسلكية", "instagram", "ar-SA", ["locale"]),
    ("หูฟังไร้สาย AudioCo Pro", "instagram", "th-TH", []),
    ("Неadphones for travel", "instagram", "en-GB", ["locale"]),
    ("Fon kepala tanpa wayar dengan pembatalan bunyi dan bateri yang tahan lama sehingga tiga puluh jam. Sesuai "
     "untuk perjalanan jauh dan kerja di pejabat. Dalam kotak: fon kepala, kabel pengecas dan beg.",
     "tiktok-shop-description", "ms-MY", []),
]:
    add("locale", t, tg, m, lab)

add("limits", "AudioCo Pro Wireless Noise Cancelling Over-Ear Headphones with 30 Hour Battery, Bluetooth 5.3 "
    "Multipoint, Memory Foam Ear Cushions, Foldable Design, Carry Case, USB-C Fast Charging for Travel, Office "
    "and Gaming, Black", "amazon-title", "en-GB", ["limits"])
add("limits", "AudioCo Pro Wireless Noise Cancelling Headphones, 30 Hour Battery, Black", "amazon-title", "en-GB", [])
add("limits", "noise cancelling headphones", "etsy-tag", "en-GB", ["limits"])
add("limits", "Headphones", "tiktok-shop-title", "en-GB", ["limits"])
add("limits", build("AudioCo Pro wireless headphones, black, boxed. ", "graphemes", 81), "ebay-title", "en-GB", ["limits"])
add("limits", build("سماعات لاسلكية بعزل للضوضاء وبطارية تدوم طويلا. ", "utf8", 5200), "youtube-description", "ar-SA",
    ["limits"])
add("limits", build("سماعات لاسلكية بعزل للضوضاء وبطارية تدوم طويلا. ", "utf8", 4990), "youtube-description", "ar-SA", [])
add("limits", build("Wireless headphones 🎧 with long battery life. ", "x", 284), "x", "en-GB", ["limits"])
add("limits", build("Wireless headphones 🎧 with long battery life. ", "x", 279), "x", "en-GB", [])


# ============================================================================ HOLD-OUT 3
# Written after the pattern rules landed, labelled before the engine ever saw these texts.
SPLIT = "holdout3"
for t, tg, m, lab in [
    ("Supports healthy joints in senior dogs.", "instagram", "en-GB", ["claims"]),
    ("Calms anxious cats during fireworks.", "instagram", "en-GB", ["claims"]),
    ("Dog bed with a washable cover.", "instagram", "en-GB", []),
    ("Helps prevent hair loss.", "instagram", "en-GB", ["claims"]),
    ("Reduces the appearance of dark circles.", "instagram", "en-GB", []),
    ("Scientifically proven formula.", "instagram", "en-GB", ["claims"]),
    ("The strongest glue you can buy.", "facebook", "en-GB", ["claims"]),
    ("Second-to-none battery life.", "facebook", "en-GB", ["claims"]),
    ("Our most popular mug.", "instagram", "en-GB", ["claims"]),
    ("Bestselling author's favourite pen.", "instagram", "en-GB", ["claims"]),
    ("Zero waste packaging.", "instagram", "en-GB", ["claims"]),
    ("Plastic-free and fully compostable.", "instagram", "en-GB", ["claims"]),
    ("A gift your dad will love.", "instagram", "en-GB", []),
    ("Over 500 five-star reviews on our shop.", "facebook", "en-GB", ["claims"]),
    ("Nuestros clientes lo adoran.", "facebook", "es-MX", ["claims"]),
    ("Kunden lieben dieses Kissen.", "facebook", "de-DE", ["claims"]),
    ("Les clients adorent ce coussin.", "facebook", "fr-FR", ["claims"]),
    ("Fortalece el sistema inmune de tu perro.", "instagram", "es-MX", ["claims"]),
    ("Reduziert Gelenkschmerzen bei Hunden.", "instagram", "de-DE", ["claims"]),
    ("Soulage les douleurs articulaires.", "instagram", "fr-FR", ["claims"]),
    ("ช่วยลดอาการปวดข้อ", "instagram", "th-TH", ["claims"]),
    ("有效预防感冒", "instagram", "zh-CN", ["claims"]),
    ("関節の痛みを和らげる", "instagram", "ja-JP", ["claims"]),
    ("Mengurangi rasa nyeri sendi.", "instagram", "id-ID", ["claims"]),
    ("يقلل من آلام المفاصل", "instagram", "ar-SA", ["claims"]),
    ("Cheapest price guaranteed.", "facebook", "en-GB", ["claims"]),
    ("Softest blanket ever.", "instagram", "en-GB", ["claims"]),
    ("Un cuscino morbido per il divano.", "instagram", "it-IT", []),
    ("Almofada macia para o sofá.", "instagram", "pt-BR", []),
]:
    add("claims", t, tg, m, lab)

F_GLUE = [{"key": "type", "value": "epoxy"}, {"key": "volume", "value": "50 ml"}, {"key": "cure time", "value": "24 h"},
          {"key": "temperature range", "value": "-30 to 120 °C"}]
for t, m, lab in [
    ("Epoxy glue, 50 ml, cures in 24 h.", "en-GB", []),
    ("Cures in 5 minutes.", "en-GB", ["grounding"]),
    ("Heat resistant up to 150 °C.", "en-GB", ["grounding"]),
    ("Works from -30 °C to 120 °C.", "en-GB", []),
    ("Cola epoxi de 50 ml.", "es-ES", []),
    ("Klebstoff aus Silikon.", "de-DE", ["grounding"]),
    ("Tube made from aluminium.", "en-GB", ["grounding"]),
    ("REACH compliant formula.", "en-GB", ["grounding"]),
    ("50 ml (1.7 fl oz)", "en-US", []),
]:
    add("grounding", t, "generic", m, lab, facts=F_GLUE)

S = {"sponsored": True}
for t, tg, m, c, lab in [
    ("Ad • Our new glue", "instagram", "en-GB", S, []),
    ("#collab with @glueco", "tiktok", "en-GB", S, ["disclosure"]),
    ("Gifted by @glueco: testing the new epoxy", "x", "en-GB", S, ["disclosure"]),
    ("Anzeige | Neuer Kleber von @glueco", "instagram", "de-DE", S, []),
    ("Publi: nova cola da @glueco", "instagram", "pt-BR", S, []),
]:
    add("disclosure", t, tg, m, lab, context=c)

for t, tg, m, lab in [
    ("Kleber für Holz, Metall und Kunststoff", "generic", "de-DE", []),
    ("Glue for wood, metal and plastic that sets in minutes", "generic", "de-DE", ["locale"]),
    ("Pegamento para madera, metal y plástico", "generic", "es-MX", []),
    ("Net volume 50 ml", "generic", "en-US", ["locale"]),
    ("Por apenas R$ 39,90", "generic", "pt-BR", []),
    ("Por apenas 39,90 reais", "generic", "pt-BR", []),
    ("Prix : 12,50 €", "generic", "fr-FR", []),
    ("Prix : 12.50€", "generic", "fr-FR", ["locale"]),
    ("غراء ايبوكسي من GlueCo بسعة 50 مل", "instagram", "ar-SA", ["locale"]),
    ("דבק אפוקסי 50 מ״ל", "instagram", "he-IL", []),
]:
    add("locale", t, tg, m, lab)


# ============================================================================ HOLD-OUT 4
# Written after the third hold-out's fixes, labelled before the engine ever saw these texts.
SPLIT = "holdout4"
for t, tg, m, lab in [
    ("Improves sleep quality in just one week.", "instagram", "en-GB", ["claims"]),
    ("Helps babies with colic.", "instagram", "en-GB", ["claims"]),
    ("Burn 500 calories in 20 minutes with this jump rope.", "tiktok", "en-GB", ["claims"]),
    ("Non-stick pan with a stainless steel base.", "instagram", "en-GB", []),
    ("Voted best pan of 2025.", "facebook", "en-GB", ["claims"]),
    ("Award-winning design.", "facebook", "en-GB", ["claims"]),
    ("Dentist approved toothbrush.", "instagram", "en-GB", ["claims"]),
    ("Clinically shown to whiten teeth.", "instagram", "en-GB", ["claims"]),
    ("Relieves muscle soreness after workouts.", "instagram", "en-GB", ["claims"]),
    ("Gentle on sensitive skin.", "instagram", "en-GB", []),
    ("Les meilleures ventes de la saison.", "instagram", "fr-FR", ["claims"]),
    ("Das beliebteste Modell unserer Marke.", "instagram", "de-DE", ["claims"]),
    ("Il prodotto più venduto in Italia.", "instagram", "it-IT", ["claims"]),
    ("O tênis mais confortável do Brasil.", "instagram", "pt-BR", ["claims"]),
    ("El aceite que reduce el colesterol.", "instagram", "es-MX", ["claims"]),
    ("ครีมลดริ้วรอยภายใน 7 วัน", "instagram", "th-TH", ["claims"]),
    ("美白淡斑，七天见效", "instagram", "zh-CN", ["claims"]),
    ("飲むだけで痩せる", "instagram", "ja-JP", ["claims"]),
    ("Teh herbal untuk diet cepat", "instagram", "id-ID", ["claims"]),
    ("مثالي للطبخ اليومي", "instagram", "ar-SA", []),
    ("Our customers rave about it.", "facebook", "en-GB", ["claims"]),
    ("As recommended by 9 out of 10 mums.", "facebook", "en-GB", ["claims"]),
    ("Join 20,000 happy bakers.", "facebook", "en-GB", ["claims"]),
    ("A pan that heats evenly.", "instagram", "en-GB", []),
    ("Rated excellent on Trustpilot", "facebook", "en-GB", ["claims"]),
]:
    add("claims", t, tg, m, lab)

S = {"sponsored": True}
for t, tg, m, c, lab in [
    ("#AD: New pan from @cookco", "instagram", "en-GB", S, []),
    ("New pan from @cookco (paid)", "instagram", "en-GB", S, ["disclosure"]),
    ("Sponsorisé — nouvelle poêle", "tiktok", "fr-FR", S, []),
    ("Our new pan is here", "tiktok", "en-GB", {"ai_generated": True, "options": {}}, ["disclosure"]),
]:
    add("disclosure", t, tg, m, lab, context=c)

F_PAN = [{"key": "material", "value": "hard-anodised aluminium"}, {"key": "diameter", "value": "28 cm"},
         {"key": "weight", "value": "1.2 kg"}, {"key": "hobs", "value": "gas, electric, induction"},
         {"key": "coating", "value": "PTFE-free ceramic"}]
for t, m, lab in [
    ("28 cm pan, 1.2 kg, induction ready.", "en-GB", []),
    ("30 cm pan.", "en-GB", ["grounding"]),
    ("Cast iron pan.", "en-GB", ["grounding"]),
    ("Ceramic non-stick coating.", "en-GB", []),
    ("Copper base.", "en-GB", ["grounding"]),
    ("Weighs 2.6 lb.", "en-US", []),
    ("Sartén de 28 cm de aluminio.", "es-ES", []),
    ("Poêle de 32 cm.", "fr-FR", ["grounding"]),
]:
    add("grounding", t, "generic", m, lab, facts=F_PAN)

for t, tg, m, lab in [
    ("Padella antiaderente da 28 cm per tutti i piani cottura.", "generic", "it-IT", []),
    ("Nonstick pan for every hob, with a sturdy handle and an even base.", "generic", "it-IT", ["locale"]),
    ("28 cm pan", "generic", "en-US", ["locale"]),
    ("フライパン ¥3,980", "generic", "ja-JP", []),
    ("กระทะ ราคา 890 บาท", "generic", "th-TH", []),
    ("مقلاة ٢٨ سم", "instagram", "ar-SA", []),
    ("مقلاة من CookCo", "instagram", "ar-AE", ["locale"]),
]:
    add("locale", t, tg, m, lab)


if __name__ == "__main__":
    with OUT.open("w", encoding="utf-8") as fh:
        for e in entries:
            fh.write(json.dumps(e, ensure_ascii=False) + "\n")
    from collections import Counter

    print(f"{len(entries)} entries → {OUT}")
    print(Counter(e["family"] for e in entries))
    print("bad:", sum(1 for e in entries if e["labels"]), "good:", sum(1 for e in entries if not e["labels"]))
    print(Counter(e["split"] for e in entries))
