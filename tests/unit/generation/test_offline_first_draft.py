"""The offline writer's output as a first draft a native editor can publish after light edits (issue 16, the
native-reader review's "left for light edits"): localized product names built from the product-type noun and
its attributes, attribute order inside translated values, 15 s scripts that say the selling facts, captions that
join related facts, hook per platform and close with a fitting call to action."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

import pytest

from generators.copy.kinds._common import name
from generators.copy.names import build
from generators.copy.phrasebank import load
from studio.domain import FactDTO, ProductDTO, VariantDTO
from studio.services import generation
from tests.support.offline_writer import draft
from tests.support.offline_writer import writer as writer  # the fixture

MARKETS = {"en": "en-US", "de": "de-DE", "fr": "fr-FR", "es": "es-ES", "it": "it-IT", "pt": "pt-BR",
           "ja": "ja-JP", "zh": "zh-SG"}


def product(title: str = "Linen Wrap Dress", facts: tuple[FactDTO, ...] = (), vendor: str = "Harbor",
            tags: tuple[str, ...] = ()) -> ProductDTO:
    variants = (VariantDTO(1, "HB-1", "Default", {"Color": "Sage"}, Decimal("59.00"), None, "USD", {}, None, None,
                           None),)
    return ProductDTO(id=1, handle="p-1", title=title, body_text="", body_html="", vendor=vendor,
                      product_type="", category="", tags=tags, status="active", seo_title="", seo_description="",
                      source_language="en", currency="USD", variants=variants, facts=facts)


def write(writer, p: ProductDTO, lang: str, kind: str, target: str, translations: dict | None = None):
    return draft(writer, p, MARKETS[lang], kind, target, **({"translations": translations} if translations else {}))


# --------------------------------------------------------------------------- 1. product names


NAMES = {
    # apparel: the issue's own examples
    ("Organic Cotton Crew T-Shirt", "de"): "T-Shirt mit Rundhalsausschnitt aus Bio-Baumwolle",
    ("Organic Cotton Crew T-Shirt", "fr"): "T-shirt col rond en coton biologique",
    ("Organic Cotton Crew T-Shirt", "es"): "Camiseta de cuello redondo de algodón orgánico",
    ("Organic Cotton Crew T-Shirt", "it"): "T-shirt girocollo in cotone biologico",
    ("Organic Cotton Crew T-Shirt", "pt"): "Camiseta gola careca de algodão orgânico",
    ("Organic Cotton Crew T-Shirt", "ja"): "オーガニックコットンクルーネックTシャツ",
    ("Organic Cotton Crew T-Shirt", "zh"): "有机棉圆领T恤",
    # electronics accessories: German adjective declined, Romance adjective after the noun and agreeing
    ("Wireless Earbuds", "de"): "Kabellose In-Ear-Kopfhörer",
    ("Wireless Earbuds", "es"): "Auriculares inalámbricos",
    ("Portable Bluetooth Speaker", "de"): "Tragbarer Bluetooth-Lautsprecher",
    ("Portable Bluetooth Speaker", "it"): "Cassa Bluetooth portatile",
    ("Portable Bluetooth Speaker", "zh"): "便携式蓝牙音箱",
    # model tokens and measures kept, numbers in the language's format
    ("Silicone Phone Case for iPhone 15", "fr"): "Coque en silicone pour iPhone 15",
    ("USB-C Power Bank 10,000 mAh", "de"): "USB-C-Powerbank 10.000 mAh",
    # home, kitchen, furniture, pet, beauty, supplements, shoes, bags, jewellery, toys, sports
    ("Scented Soy Candle — Fig & Cedar", "de"): "Duftkerze aus Sojawachs — Fig & Cedar",
    ("Scented Soy Candle — Fig & Cedar", "fr"): "Bougie parfumée en cire de soja — Fig & Cedar",
    ("Stainless Steel Water Bottle", "pt"): "Garrafa de água de aço inoxidável",
    ("Solid Oak Dining Table", "es"): "Mesa de comedor de roble macizo",
    ("Padded Dog Harness", "it"): "Pettorina per cani imbottita",
    ("Padded Dog Harness", "de"): "Gepolstertes Hundegeschirr",
    ("Vitamin C Brightening Serum 30 ml", "fr"): "Sérum éclaircissant à la vitamine C 30 ml",
    ("Organic Pea Protein Powder 500 g", "de"): "Bio-Erbsenproteinpulver 500 g",
    ("Leather Chelsea Boots", "es"): "Botines Chelsea de piel",
    ("Canvas Tote Bag", "fr"): "Sac cabas en toile",
    ("Sterling Silver Hoop Earrings", "it"): "Orecchini a cerchio in argento 925",
    ("Wooden Building Blocks", "de"): "Bausteine aus Holz",
    ("Natural Rubber Yoga Mat 4 mm", "ja"): "天然ゴムヨガマット 4 mm",
    ("Linen Cushion Cover 45 x 45 cm", "de"): "Kissenbezug aus Leinen 45 × 45 cm",
}


@pytest.mark.parametrize("title,lang", sorted(NAMES))
def test_product_name_built_in_the_language_order(title, lang):
    assert build(title, lang).name == NAMES[(title, lang)]


def test_unknown_word_keeps_the_sellers_name_whole():
    # round 3 (native-reader review): a capitalised leading word the lexicon lacks ("Flux") is the seller's
    # product-line name — kept as written beside the translated rest, never "Flux-Kopfhörer" and never the whole
    # title left English for it; a lower-case unknown word or an English word the lexicon knows in the line
    # ("Men's") still keeps the seller's name whole
    for lang in ("de", "fr", "es", "it", "pt", "ja", "zh"):
        built = build("Flux Wireless Earbuds", lang)
        assert built is not None and "Flux" in built.name and "Wireless" not in built.name, (lang, built)
        assert "Flux-" not in built.name
        assert build("flux Wireless Earbuds", lang) is None
        assert build("Men's Flux Wireless Earbuds", lang) is None
        task = {"language": lang, "product": {"title": "flux Wireless Earbuds", "vendor": "", "source_language": "en"}}
        assert name(task) == "flux Wireless Earbuds"
    # "for" something that is not a model name is a word to translate: not built either
    assert build("Padded Harness for Dogs", "de") is None


def test_brand_lead_and_variant_stay_as_written():
    assert build("Harbor Linen Wrap Dress — Sage", "fr", "Harbor").name == "Harbor Robe portefeuille en lin — Sage"


def test_translation_memory_wins_over_the_built_name(writer):
    p = product("Linen Wrap Dress")
    content, _ = write(writer, p, "de", "caption", "instagram", {"name": "Sommerkleid Lina"})
    assert "Sommerkleid Lina" in content["hook"] and "Wickelkleid" not in content["hook"]
    content, _ = write(writer, p, "de", "caption", "instagram")
    assert "Wickelkleid aus Leinen" in content["hook"]


@pytest.mark.parametrize("lang,expected", [
    ("de", "Entdecken Sie die kabellosen In-Ear-Kopfhörer von Harbor."),  # weak ending after the article, small letter
    ("fr", "Découvrez les écouteurs sans fil de Harbor."),
    ("es", "Descubre los auriculares inalámbricos de Harbor."),
    ("it", "Scopri gli auricolari senza fili di Harbor."),
    ("pt", "Conheça os fones de ouvido sem fio da Harbor."),
])
def test_article_and_declension_before_a_built_name(writer, lang, expected):
    content, _ = write(writer, product("Wireless Earbuds"), lang, "listing", "amazon")
    assert content["description"].startswith(expected), content["description"]


def test_german_adjective_by_case():
    bank = load("de")
    n = build("Portable Bluetooth Speaker", "de").name
    assert bank.fill("{the_nom}{name}", name=n, g="m") == "der tragbare Bluetooth-Lautsprecher"
    assert bank.fill("{the_acc}{name}", name=n, g="m") == "den tragbaren Bluetooth-Lautsprecher"
    assert bank.fill("{the_dat}{name}", name=n, g="m") == "dem tragbaren Bluetooth-Lautsprecher"
    assert bank.fill("{name}", name=n, g="m") == "Tragbarer Bluetooth-Lautsprecher"


# --------------------------------------------------------------------------- 2. attribute order in values


@pytest.mark.parametrize("lang,expected", [
    ("de", "Jersey aus 100\u00a0% Bio-Baumwolle"),
    ("fr", "jersey 100\u00a0% coton biologique"),
    ("es", "punto jersey 100\u00a0% algodón orgánico"),
    ("it", "jersey 100% cotone biologico"),
    ("pt", "malha jersey 100% algodão orgânico"),
    ("ja", "100% オーガニックコットン 天竺編み"),
])
def test_fabric_after_its_material_in_the_language_order(lang, expected):
    assert load(lang).term("100% organic cotton jersey") == expected


@pytest.mark.parametrize("lang,expected", [("fr", "sergé de coton"), ("es", "sarga de algodón"),
                                           ("it", "twill di cotone"), ("de", "Twill aus Baumwolle")])
def test_fabric_without_percentage(lang, expected):
    assert load(lang).term("cotton twill") == expected


def test_cognates_are_not_english_leftovers(writer):
    # "polycarbonate" and "silicone" are French words too: the translated material is not quoted in English
    p = product("Wireless Earbuds", (FactDTO("material", "ABS and polycarbonate housing, silicone ear tips"),))
    content, notes = write(writer, p, "fr", "listing", "amazon")
    assert "boîtier en ABS et polycarbonate, embouts en silicone" in content["description"]
    assert not [n for n in notes if n["rule_id"] == "generation.fact-untranslated"]


# --------------------------------------------------------------------------- 3. 15 s scripts


CANDLE = (FactDTO("material", "Soy wax, cotton wick, glass jar"),
          FactDTO("warning", "Never leave a burning candle unattended. Keep away from children, pets and "
                             "flammable materials. Burn on a heat-resistant surface."),
          FactDTO("dimensions", "8 x 8 x 9 cm", "dimensions", "cm", {"l": 8, "w": 8, "h": 9, "unit": "cm",
                                                                    "cm": [8, 8, 9]}),
          FactDTO("weight", "200 g", "weight", "g", {"value": 200, "unit": "g", "grams": 200}))


@pytest.mark.parametrize("lang,said", [("de", "Sojawachs"), ("fr", "cire de soja"), ("es", "cera de soja"),
                                       ("it", "cera di soia"), ("pt", "cera de soja"), ("en", "Soy wax"),
                                       ("ja", "ソイワックス"), ("zh", "大豆蜡")])
def test_short_script_says_the_selling_fact_not_only_measures(writer, lang, said):
    from generators.copy.kinds.video_script import speech_rate

    content, notes = write(writer, product("Scented Soy Candle", CANDLE), lang, "video-script", "tiktok")
    middle = content["scenes"][1:-1]
    lines = [s["voice_over"] for s in middle]
    # what it is made of comes first, even when the whole list does not fit (said as a sentence: capitalised)
    assert said.casefold() in lines[0].casefold(), lines
    assert len(set(lines)) == len(lines)  # no fact twice
    for s in middle:
        assert len(s["voice_over"]) <= s["duration"] * speech_rate(lang) + 1, s
    # what was said only in part, or not at all, is named (never dropped silently)
    named = [n for n in notes if n["rule_id"] == "generation.fact-not-in-script"]
    assert named and "warning" in named[0]["fact"], notes
    if not any(last in lines[0] for last in ("glass jar", "Glasgefäß", "pot en verre", "tarro de vidrio",
                                             "barattolo di vetro", "pote de vidro", "ガラス容器", "玻璃罐")):
        assert "material" in named[0]["fact"] and "said in part" in named[0]["message"], notes


def test_short_script_never_says_part_of_a_size_list(writer):
    # "EU 39 … EU 43" without EU 44 would tell a viewer the shoe stops at 43: sizes are said whole or not at all
    sizes = FactDTO("size", "EU 39, EU 40, EU 41, EU 42, EU 43, EU 44, EU 45, EU 46")
    content, notes = write(writer, product("Trail Running Shoe", (sizes, FactDTO("colour", "Moss"))), "de",
                           "video-script", "tiktok")
    spoken = " ".join(s["voice_over"] for s in content["scenes"])
    assert "EU 39" not in spoken or "EU 46" in spoken, spoken
    assert any("size" in (n.get("fact") or "") for n in notes if n["rule_id"] == "generation.fact-not-in-script")


# --------------------------------------------------------------------------- 4. captions

TEE = (FactDTO("material", "100% organic cotton jersey"), FactDTO("colour", "White, Navy"),
       FactDTO("size", "S, M, L, XL"), FactDTO("certification", "GOTS"))


@pytest.mark.parametrize("lang,joined", [
    ("en", "Available in White and Navy, in sizes S, M, L and XL."),
    ("de", "Erhältlich in Weiß und Marineblau, in den Größen S, M, L und XL."),
    ("fr", "Disponible en blanc et bleu marine, en tailles S, M, L et XL."),
    ("es", "Disponible en blanco y azul marino, en las tallas S, M, L y XL."),
    ("it", "Disponibile in bianco e blu navy, nelle taglie S, M, L e XL."),  # la t-shirt
    ("pt", "Disponível nas cores branco e azul-marinho, nos tamanhos S, M, L e XL."),
    ("ja", "カラーはホワイト、ネイビー、サイズはS、M、L、XLです。"),
])
def test_caption_joins_related_facts(writer, lang, joined):
    content, _ = write(writer, product("Organic Cotton Crew T-Shirt", TEE), lang, "caption", "instagram")
    assert joined in content["body"], content["body"]


@pytest.mark.parametrize("lang", ["en", "de", "fr", "es", "it", "pt", "ja", "zh"])
def test_caption_hook_and_cta_per_platform(writer, lang):
    p = product("Organic Cotton Crew T-Shirt", TEE)
    hooks, ctas = {}, {}
    for target in ("instagram", "tiktok", "facebook", "pinterest", "x"):
        content, _ = write(writer, p, lang, "caption", target)
        hooks[target], ctas[target] = content["hook"], content["cta"]
    assert len(set(hooks.values())) == len(hooks), hooks  # each platform its own hook
    fact = load(lang).term("100% organic cotton jersey")
    lead = fact.replace(" ", "") if lang in ("ja", "zh") else fact
    assert any(lead[1:].casefold() in h.casefold() for t, h in hooks.items() if t != "instagram"), hooks
    assert ctas["pinterest"] == load(lang).s("caption.cta_pin")  # the Pin links to the shop
    assert ctas["instagram"] == load(lang).s("caption.cta_bio")


def test_caption_does_not_say_a_hook_fact_twice(writer):
    # stop 21: a bare measure ("350 ml") no longer leads a hook (copy hold-out 11); a feature does, said once
    p = product("Linen Wrap Dress", (FactDTO("features", "Crease-resistant"), FactDTO("colour", "Sage")))
    content, _ = write(writer, p, "en", "caption", "facebook")
    assert "Crease-resistant" in content["hook"] and "Crease-resistant" not in content["body"]


def test_drafts_pass_their_checks(writer):
    p = dataclasses.replace(product("Organic Cotton Crew T-Shirt", TEE), tags=("organic", "cotton", "basics"))
    eng = generation.engine()
    for lang in ("de", "fr", "es", "it", "pt", "ja", "zh"):
        for kind, target in (("listing", "amazon"), ("caption", "tiktok"), ("video-script", "tiktok")):
            spec = eng.get_spec(kind, target)
            task = eng.build_task(p, MARKETS[lang], spec, extra={"target": target})
            task["target"] = target
            item = generation.Item(p, MARKETS[lang], kind, target, spec, task, eng.render_prompt(spec, task), "h")
            out = generation.produce(item, writer)
            assert [c for c in out.checks if c["severity"] == "error"] == [], (lang, kind, out.checks)


@pytest.mark.parametrize("lang,q,a", [
    ("de", "Woraus bestehen die kabellosen In-Ear-Kopfhörer?", "Das Produkt ist aus Silikon gefertigt."),
    ("fr", "En quelle matière sont les écouteurs sans fil\u202f?", "Ils sont fabriqués en silicone."),
    ("es", "¿De qué están hechos los auriculares inalámbricos?", "Están fabricados con silicona."),
    ("it", "Di che materiale sono gli auricolari senza fili?", "Sono realizzati in silicone."),
    ("pt", "De que são feitos os fones de ouvido sem fio?", "São feitos de silicone."),
])
def test_faq_names_the_product_with_its_article(writer, lang, q, a):
    content, _ = write(writer, product("Wireless Earbuds", (FactDTO("material", "silicone"),)), lang, "faq", "site")
    assert content["items"][0] == {"q": q, "a": a}
