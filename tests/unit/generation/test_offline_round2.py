"""Round 2 of the native-reader review of the offline writer (issue 16, held-out products): defect classes fixed
in general code — negations, short spoken names in hooks, colours, option kinds, countries with their
preposition, decimal commas, brand and facts twice in a title, hashtags, sentence case and CJK punctuation, lists
never split inside brackets, captions that lead with a reason to buy. Products here are made up for the tests."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from generators.copy.negation import NEGATION, negated_spans
from generators.copy.phrasebank import load, supported_languages
from studio.domain import FactDTO, ProductDTO, VariantDTO
from studio.services import generation
from tests.support.offline_writer import draft
from tests.support.offline_writer import writer as writer  # the fixture

MARKETS = {"en": "en-US", "de": "de-DE", "fr": "fr-FR", "es": "es-ES", "it": "it-IT", "pt": "pt-BR",
           "ja": "ja-JP", "zh": "zh-SG"}
MAIN = sorted(MARKETS)
EUROPEAN = ["de", "fr", "es", "it", "pt"]


def fct(key: str, value: str) -> FactDTO:
    return FactDTO(key, value)


def product(title: str, facts: tuple[FactDTO, ...] = (), vendor: str = "Harbor", options: tuple[dict, ...] = (),
            product_type: str = "", tags: tuple[str, ...] = ()) -> ProductDTO:
    options = options or ({"Color": "Black"},)
    variants = tuple(VariantDTO(i + 1, f"HB-{i}", "Default", o, Decimal("19.00"), None, "USD", {}, None, None, None)
                     for i, o in enumerate(options))
    return ProductDTO(id=1, handle="p-1", title=title, body_text="", body_html="", vendor=vendor,
                      product_type=product_type, category="", tags=tags, status="active", seo_title="",
                      seo_description="", source_language="en", currency="USD", variants=variants, facts=facts)


def write(writer, p: ProductDTO, lang: str, kind: str, target: str):
    return draft(writer, p, MARKETS[lang], kind, target)[0]


def text_of(content) -> str:
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "\n".join(text_of(x) for x in content)
    if isinstance(content, dict):
        return "\n".join(text_of(v) for k, v in content.items() if k not in ("image", "camera", "link_placement"))
    return ""


# --------------------------------------------------------------------------- 1. negations


CUES = ("Not {}", "Do not {}", "Never {}", "No {}", "Without {}", "Don't {}")


@pytest.mark.parametrize("lang", [lang for lang in supported_languages() if lang != "en"])
def test_no_glossary_term_is_applied_inside_a_negated_phrase(lang):
    """Every glossary term of the language, after every negation word: the phrase is translated whole (a term
    that covers the negation) or left exactly as written — never "Not spülmaschinengeeignet"."""
    bank = load(lang)
    bad = []
    for term in sorted(bank.terms):
        if NEGATION.match(term) or re.search(r"[.;:!?()]|\s[–—-]\s", term):
            continue  # a negated phrase itself (translated whole, below), or a term a negation cannot span
        for cue in CUES:
            src = cue.format(term)
            out = bank.term(src)
            if out != src and src.casefold() not in bank.terms:
                bad.append(f"{src!r} → {out!r}")
    assert not bad, f"{len(bad)} partly translated negations, e.g. {bad[:5]}"


@pytest.mark.parametrize("lang", [x for x in MAIN if x != "en"])
def test_common_negated_care_phrase_translated_whole(writer, lang):
    bank = load(lang)
    p = product("Steel Lunch Box", (fct("care", "Hand wash only. Not dishwasher safe. Do not freeze."),))
    out = text_of(write(writer, p, lang, "listing", "amazon"))
    for phrase in ("not dishwasher safe", "do not freeze"):
        assert phrase in bank.terms
        assert bank.terms[phrase].casefold() in out.casefold()
    assert not re.search(r"\bNot\b", out)


@pytest.mark.parametrize("lang", [x for x in MAIN if x != "en"])
def test_unknown_negated_warning_stays_whole(writer, lang):
    """A negated warning the glossary does not have stays whole in English, in one quote — the negation word
    never stands alone before a translated term."""
    warning = "Do not store the cup near a hot stove or oven"
    p = product("Steel Lunch Box", (fct("warning", warning),))
    out = text_of(write(writer, p, lang, "listing", "amazon"))
    assert warning in out
    bank = load(lang)
    assert f"{bank.quotes[0]}{warning}{bank.quotes[1]}" in out


def test_negated_span_reaches_the_end_of_its_sentence():
    text = "Machine wash. Do not wash, iron or bleach. Tumble dry."
    spans = negated_spans(text)
    assert [text[s:e] for s, e in spans] == ["Do not wash, iron or bleach"]


# --------------------------------------------------------------------------- 5. countries


@pytest.mark.parametrize("lang,expected", [
    ("de", ["in den USA", "in China", "in Indien", "in der Türkei", "im Vereinigten Königreich"]),
    ("fr", ["aux États-Unis", "en Chine", "en Inde", "en Turquie", "au Royaume-Uni", "au Viêt Nam"]),
    ("es", ["en EE. UU.", "en China", "en la India", "en Turquía", "en el Reino Unido"]),
    ("it", ["negli Stati Uniti", "in Cina", "in India", "in Turchia", "nel Regno Unito"]),
    ("pt", ["nos EUA", "na China", "na Índia", "na Turquia", "no Reino Unido", "no Vietnã"]),
    ("ja", ["アメリカ製", "中国製", "インド製", "トルコ製", "イギリス製"]),
    ("zh", ["美国", "中国", "印度", "土耳其", "英国"]),
    ("en", ["in the USA", "in China", "in India", "in Türkiye", "in the UK"])])
def test_country_of_origin_with_its_preposition_and_article(lang, expected):
    bank = load(lang)
    sources = ["USA", "China", "India", "Turkey", "United Kingdom", "Vietnam"]
    said = [bank.fact_sentence("origin", bank.term(c), "m") for c in sources]
    for phrase, sentence in zip(expected, said, strict=False):
        assert phrase in sentence, (phrase, sentence)


@pytest.mark.parametrize("lang", [x for x in MAIN if x != "en"])
def test_origin_in_a_listing(writer, lang):
    p = product("Steel Lunch Box", (fct("origin", "United States"),))
    out = text_of(write(writer, p, lang, "listing", "amazon"))
    assert {"de": "in den USA", "fr": "aux États-Unis", "es": "en EE. UU.", "it": "negli Stati Uniti",
            "pt": "nos EUA", "ja": "アメリカ製", "zh": "美国"}[lang] in out
    assert "United States" not in out


# --------------------------------------------------------------------------- 2. hooks say a short name

SEO_BOTTLE = "Nordhaven Stainless Steel Insulated Water Bottle 1L - Double Wall Vacuum, Leakproof, BPA Free"
SEO_BAG = "Juniper Women's Genuine Leather Crossbody Bag Small Shoulder Purse with Adjustable Strap"


@pytest.mark.parametrize("lang", MAIN)
@pytest.mark.parametrize("title", [SEO_BOTTLE, SEO_BAG])
def test_hooks_use_a_short_spoken_name(writer, lang, title):
    vendor = title.split()[0]
    p = product(title, (fct("material", "Stainless steel"), fct("weight", "390 g")), vendor=vendor)
    script = write(writer, p, lang, "video-script", "tiktok")
    caption = write(writer, p, lang, "caption", "instagram")
    from generators.copy.kinds.video_script import fits_voice

    # round 4: the script's hook is said within its 3 s scene at the language's pace — the brand ("… de
    # Nordhaven") only when it fits; the caption's hook, read not heard, always names it
    assert vendor in caption["hook"]
    assert fits_voice(script["hook"], script["scenes"][0]["duration"], lang), script["hook"]
    for hook in (script["hook"], caption["hook"]):
        for tail in ("Double", "Leakproof", "BPA", "Shoulder Purse", "Adjustable", " - "):
            assert tail not in hook, hook
        assert "…" not in hook
    assert len(script["hook"]) <= 90


# --------------------------------------------------------------------------- 3. colours, 4. option kinds

NAVY = {"de": "Marineblau", "fr": "bleu marine", "es": "azul marino", "it": "blu navy", "pt": "azul-marinho",
        "ja": "ネイビー", "zh": "藏青"}
BLACK = {"de": "Schwarz", "fr": "noir", "es": "negro", "it": "nero", "pt": "preto", "ja": "ブラック", "zh": "黑"}


@pytest.mark.parametrize("lang", [x for x in MAIN if x != "en"])
def test_colours_once_never_doubled_or_half_translated(writer, lang):
    p = product("Steel Lunch Box", (fct("material", "Stainless steel"),),
                options=({"Color": "Navy Blue"}, {"Color": "Midnight Black"}))
    out = text_of(write(writer, p, lang, "listing", "amazon"))
    assert NAVY[lang].casefold() in out.casefold()
    for doubled in ("Marineblau Blau", "bleu marine bleu", "blu navy blu", "藏青色蓝色", "Midnight Schwarz",
                    "Midnight noir", "Midnight ブラック", "Midnight 黑"):
        assert doubled not in out
    assert "Midnight Black" in out and BLACK[lang].casefold() in out.casefold()  # "Schwarz (Midnight Black)"
    # stated once: not again as an English list nor as a second options line
    assert out.count("Midnight Black") <= 3  # title, bullet, description at most once each
    assert "Navy Blue" not in out


@pytest.mark.parametrize("lang", EUROPEAN)
def test_colour_list_with_the_sellers_names_joined_with_and(lang):
    from generators.copy.kinds._common import colour_term

    bank = load(lang)
    value = bank.style["list_sep"].join(colour_term(c, bank) for c in ("Midnight Black", "Sage Green", "Arctic White"))
    sentence = bank.fact_sentence("color", value)
    assert bank.style["and"] in sentence and "(Arctic White)" in sentence, sentence


PACK_LABEL = {"en": "Pack size", "de": "Packungsgröße", "fr": "Conditionnement", "es": "Formato", "it": "Formato",
              "pt": "Embalagem", "ja": "内容量", "zh": "规格"}
SIZE_LABEL = {"en": "Size", "de": "Größe", "fr": "Taille", "es": "Talla", "it": "Taglia", "pt": "Tamanho",
              "ja": "サイズ", "zh": "尺码"}


@pytest.mark.parametrize("lang", MAIN)
def test_pack_count_is_no_clothing_size(writer, lang):
    p = product("Magnesium Capsules", (fct("size", "60 Capsules, 180 Capsules"),),
                options=({"Size": "60 Capsules"}, {"Size": "180 Capsules"}))
    out = text_of(write(writer, p, lang, "listing", "amazon"))
    assert PACK_LABEL[lang] in out
    assert not re.search(rf"{SIZE_LABEL[lang]}\w*\s?[:：]\s?\d", out)


@pytest.mark.parametrize("values,kind", [
    (["S", "M", "L"], "size"), (["120 Softgels", "240 Softgels"], "pack"), (["Pack of 3"], "pack"),
    (["2-Pack", "4-Pack"], "pack"), (["500 ml", "1 L"], "capacity"), (["250 g", "1 kg"], "weight"),
    (["45 x 45 cm"], "size"), (["42", "43"], "size")])
def test_option_kind_from_value_shape(values, kind):
    from generators.copy.kinds._common import option_kind

    assert option_kind("Size", values) == kind
    assert option_kind("Colour", ["Navy Blue"]) == "color"


# --------------------------------------------------------------------------- 6. decimal comma and ×


@pytest.mark.parametrize("lang,expected", [("de", "8,4 × 21,5 cm"), ("fr", "8,4 × 21,5 cm"),
                                           ("es", "8,4 × 21,5 cm"), ("it", "8,4 × 21,5 cm"),
                                           ("pt", "8,4 × 21,5 cm"), ("ja", "8.4 × 21.5 cm"),
                                           ("zh", "8.4 × 21.5")])
def test_decimal_comma_and_times_sign_in_every_kind(writer, lang, expected):
    p = product("Steel Lunch Box", (fct("dimensions", "8.4 x 21.5 cm"), fct("weight", "1.2 kg")))
    for kind, target in (("listing", "amazon"), ("caption", "instagram"), ("video-script", "tiktok")):
        out = text_of(write(writer, p, lang, kind, target))
        if "21" in out:
            assert expected in out, (kind, out)
            assert " x " not in out
        if lang in EUROPEAN:
            assert not re.search(r"\d\.\d", out), (kind, out)


# --------------------------------------------------------------------------- 7. brand and facts once in a title


@pytest.mark.parametrize("lang", MAIN)
def test_brand_not_doubled_when_the_title_starts_with_it(writer, lang):
    p = product("Juniper Women's Leather Tote Bag with Zip", (fct("material", "Leather"),), vendor="Juniper & Co")
    listing = write(writer, p, lang, "listing", "amazon")
    assert "Juniper & Co Juniper" not in listing["title"]
    assert "Juniper & Co Juniper" not in listing["description"]
    assert "Juniper & CoのJuniper" not in listing["description"]


@pytest.mark.parametrize("lang", MAIN)
def test_title_does_not_repeat_a_fact_it_states(writer, lang):
    p = product("Nordhaven Insulated Water Bottle 750ml", (fct("capacity", "750 ml"),), vendor="Nordhaven",
                options=({"Color": "Black"}, {"Color": "White"}))
    title = write(writer, p, lang, "listing", "amazon")["title"]
    assert title.replace(" ", "").count("750ml") == 1, title


# --------------------------------------------------------------------------- 9. sentence case, CJK commas


@pytest.mark.parametrize("lang,expected", [("de", "Schonwaschgang. An der Luft trocknen"),
                                           ("fr", "cycle délicat. Laisser sécher à l'air"),
                                           ("it", "ciclo delicato. Asciugare all'aria")])
def test_capital_after_a_full_stop(writer, lang, expected):
    p = product("Steel Lunch Box", (fct("care", "Machine wash cold, gentle cycle. Air dry"),))
    out = text_of(write(writer, p, lang, "listing", "amazon"))
    bank = load(lang)
    if "gentle cycle" in bank.terms and "air dry" in bank.terms:
        assert expected in out
    assert not re.search(r"[^\W\d_]\. [a-zàâéèêëîïôûù]", out), out


@pytest.mark.parametrize("lang", ["ja", "zh"])
def test_no_ascii_comma_beside_cjk_text(writer, lang):
    p = product("Steel Lunch Box", (fct("care", "Machine wash lukewarm, gentle cycle. Air dry"),
                                    fct("material", "Stainless steel, silicone seal")))
    out = text_of(write(writer, p, lang, "listing", "amazon"))
    assert not re.search(r"[^\x00-\x7f],|,\s*[^\x00-\x7f“「]", out), out


# --------------------------------------------------------------------------- 10. lists and warnings whole


def test_split_top_keeps_brackets_whole():
    from generators.copy.kinds._common import split_top

    assert split_top("Olive oil, softgel shell (bovine gelatin, glycerin, purified water), cholecalciferol") == [
        "Olive oil", "softgel shell (bovine gelatin, glycerin, purified water)", "cholecalciferol"]


@pytest.mark.parametrize("lang", [x for x in MAIN if x != "en"])
def test_ingredients_and_warnings_never_split_inside_brackets_or_sentences(writer, lang):
    ingredients = "Sunflower oil, capsule shell (fish gelatin, glycerol, purified water), menaquinone (vitamin K2)"
    warning = "Ask your pharmacist before use if you are breastfeeding, pregnant or taking blood thinners"
    p = product("Vitamin K2 Capsules", (fct("ingredients", ingredients), fct("warning", warning)))
    out = text_of(write(writer, p, lang, "listing", "amazon"))
    qo, qc = load(lang).quotes
    quoted = re.findall(re.escape(qo) + r"(.*?)" + re.escape(qc), out)
    for q in quoted:
        assert q.count("(") == q.count(")"), q  # never „capsule shell (fish gelatin“
    assert f"{qo}{warning}{qc}" in out  # one quote, the whole sentence


# --------------------------------------------------------------------------- 8. category and hashtags

CATEGORY = {"de": "Kategorie", "fr": "Catégorie", "es": "Categoría", "it": "Categoria", "pt": "Categoria",
            "ja": "カテゴリー", "zh": "类别"}


@pytest.mark.parametrize("lang", [x for x in MAIN if x != "en"])
def test_category_line_left_out_when_it_cannot_be_localized(writer, lang):
    p = product("Steel Lunch Box", (fct("material", "Stainless steel"),), product_type="Bento Organizers Deluxe",
                tags=("women", "gift", "outdoor", "insulated", "lunch box"))
    listing = write(writer, p, lang, "listing", "amazon")
    assert "Bento" not in listing["description"] and "Organizers" not in listing["description"]
    caption = write(writer, p, lang, "caption", "instagram")
    script = write(writer, p, lang, "video-script", "tiktok")
    for tags in (caption["hashtags"], script["hashtags"]):
        for t in tags:
            assert t not in ("#Women", "#Gift", "#BentoOrganizersDeluxe", "#Insulated"), tags
            assert "'" not in t and "’" not in t
            body = t[1:]
            if re.match(r"[^\W\d_]", body) and regex_latin(body):
                assert body[:1].isupper(), tags  # #Térmico is never #térmico


def regex_latin(text: str) -> bool:
    import regex

    return bool(regex.match(r"\p{Latin}", text))


def test_elided_phrase_is_no_hashtag(writer):
    from generators.copy.kinds._common import hashtag_terms

    eng = generation.engine()
    p = product("Steel Lunch Box", (), tags=("outdoor",))
    task = eng.build_task(p, "fr-FR", eng.get_spec("caption", "instagram"), extra={"target": "instagram"})
    assert not any("'" in w or "’" in w for w in hashtag_terms(task, load("fr")))


# --------------------------------------------------------------------------- 11. a reason to buy first

MATERIAL = {"de": "Leder", "fr": "cuir", "es": "piel", "it": "pelle", "pt": "couro", "ja": "レザー", "zh": "皮革",
            "en": "leather"}


@pytest.mark.parametrize("lang", MAIN)
def test_caption_and_script_say_what_it_is_made_of(writer, lang):
    """A material the glossary cannot translate whole ("full-grain buffalo leather, …") is still the reason to
    buy: the caption and the 15 s script name the materials the language has, before origin and measures."""
    p = product("Juniper Leather Wallet", (fct("material", "100% full-grain buffalo leather, 100% cotton lining"),
                                          fct("origin", "India"), fct("dimensions", "11 x 9 x 2 cm"),
                                          fct("weight", "120 g")), vendor="Juniper",
                options=({"Color": "Black"}, {"Color": "Brown"}))
    caption = write(writer, p, lang, "caption", "instagram")
    said = caption["hook"] + " " + caption["body"]
    assert MATERIAL[lang].casefold() in said.casefold(), said
    script = write(writer, p, lang, "video-script", "tiktok")
    lines = [s["voice_over"] for s in script["scenes"][1:-1]]
    # stop 21: the script may open with the material (its fact-led hook; the scene is then not said again)
    assert MATERIAL[lang].casefold() in (script["hook"] + " " + lines[0]).casefold(), (script["hook"], lines)


STRENGTH = {"en": "Vitamin D3 1000 IU (25 µg)", "de": "Vitamin D3 1000 I.E. (25 µg)",
            "fr": "vitamine D3 1000 UI (25 µg)", "es": "vitamina D3 1000 UI (25 µg)",
            "it": "vitamina D3 1000 UI (25 µg)", "pt": "vitamina D3 1000 UI (25 µg)",
            "ja": "ビタミンD3 1000 IU (25 µg)", "zh": "维生素D3 1000 IU (25 µg)"}


@pytest.mark.parametrize("lang", MAIN)
def test_supplement_caption_and_script_lead_with_its_strength(writer, lang):
    """A supplement whose facts are pack size, certification and origin: its strength from the title comes
    first, before logistics."""
    p = product("Brightleaf Vitamin D3 1000 IU (25 mcg) Tablets", (fct("certification", "GMP"),
                                                                   fct("origin", "USA")), vendor="Brightleaf",
                options=({"Size": "90 Tablets"}, {"Size": "180 Tablets"}))
    caption = write(writer, p, lang, "caption", "instagram")
    first = caption["body"].split("\n")[0]
    assert STRENGTH[lang] in first, caption["body"]
    assert caption["body"].index(STRENGTH[lang]) < min(
        (caption["body"].find(x) for x in ("GMP",) if x in caption["body"]), default=10**6)
    if lang != "zh":  # a zh voice says 5 characters a second: "含量：维生素D3 1000 IU。" does not fit 3 s
        script = write(writer, p, lang, "video-script", "tiktok")
        # ja: no time for brackets; the voice says a sentence (capitalised), not "Label: value"
        assert STRENGTH[lang].split(" (")[0].casefold() in script["scenes"][1]["voice_over"].casefold()


INSULATION = {"en": "cold 24 h", "de": "24 Std. kalt", "fr": "froid 24 h", "es": "frío 24 h", "it": "freddo 24 ore",
              "pt": "frio por 24 h", "ja": "保冷24時間", "zh": "保冷24小时"}


@pytest.mark.parametrize("lang", MAIN)
def test_key_performance_fact_from_the_description_leads(writer, lang):
    p = product("Nordhaven Insulated Food Jar 500ml", (fct("origin", "China"), fct("weight", "310 g")),
                vendor="Nordhaven")
    p = dataclasses_replace(p, body_text="The vacuum jar keeps soup hot for 9 hours and cold for 12 hours. "
                                         "Wide mouth, easy to clean.")
    listing = text_of(write(writer, p, lang, "listing", "amazon"))
    caption = write(writer, p, lang, "caption", "instagram")
    assert INSULATION[lang].replace("24", "12") in listing
    assert INSULATION[lang].replace("24", "12") in caption["hook"] + caption["body"].split("\n")[0]


def dataclasses_replace(p, **kw):
    import dataclasses

    return dataclasses.replace(p, **kw)
