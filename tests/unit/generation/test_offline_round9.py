"""Round 9 of the offline writer (issue 16, stop 19): the writer-side classes copy hold-out 8's native readers
scored at 1-2 of 5, each fixed as a class and tested on products made up for these tests (not the hold-out's)."""

from __future__ import annotations

import pytest

from generators.copy.legal import legal_sentence, warning_text
from generators.copy.phrasebank import load
from generators.copy.polish import local_units
from tests.support.offline_writer import MARKETS, product, write
from tests.support.offline_writer import text_of as _text
from tests.support.offline_writer import writer as writer  # the fixture

OTHERS = [lang for lang in MARKETS if lang != "en"]


# ------------------------------------------------------------------ (1) product nouns, materials, model names

PILLOWCASE = {"fr": "taie d'oreiller", "es": "funda de almohada", "pt": "fronha", "it": "federa", "ja": "枕カバー",
              "zh": "枕套", "de": "Kissenbezug"}
CUSHION_COVER = ("housse de coussin", "funda de cojín", "capa de almofada", "クッションカバー", "靠垫套")


@pytest.mark.parametrize("lang", sorted(PILLOWCASE))
def test_a_pillowcase_is_never_a_cushion_cover(writer, lang):
    c = write(writer, product("Lunelle Satin Pillowcase", [("material", "polyester satin")], vendor="Lunelle"), lang)
    text = _text(c)
    assert PILLOWCASE[lang].casefold() in text.casefold(), c["title"]
    assert not any(w.casefold() in text.casefold() for w in CUSHION_COVER), text
    cap = write(writer, product("Lunelle Satin Pillowcase", [("material", "polyester satin")], vendor="Lunelle"),
                lang, "caption", "instagram")
    assert PILLOWCASE[lang].casefold() in cap["hook"].casefold(), cap["hook"]


def test_a_steel_bottle_is_no_gas_cylinder_in_chinese(writer):
    for kind, target in (("listing", "amazon"), ("caption", "instagram")):
        c = write(writer, product("Fenwick Insulated Steel Bottle", [("material", "stainless steel")]), "zh", kind,
                  target)
        assert "钢瓶" not in _text(c), _text(c)


@pytest.mark.parametrize("lang,want", [("zh", "925银"), ("de", "massives Sterlingsilber 925"),
                                       ("fr", "argent sterling 925 massif")])
def test_sterling_silver_is_not_pure_silver_and_solid_is_translated(writer, lang, want):
    c = write(writer, product("Fenwick Moon Pendant", [("material", "solid 925 sterling silver")]), lang)
    text = _text(c)
    assert "纯银" not in text and "solid" not in text.casefold(), text
    assert want.casefold() in text.casefold(), text


@pytest.mark.parametrize("lang,want", [("de", "Maulbeerseide"), ("fr", "soie de mûrier"), ("es", "seda de morera"),
                                       ("it", "seta di gelso"), ("pt", "seda de amoreira"), ("ja", "マルベリーシルク"),
                                       ("zh", "桑蚕丝")])
def test_mulberry_silk_is_one_material(writer, lang, want):
    c = write(writer, product("Fenwick Silk Scrunchie", [("material", "100% mulberry silk")]), lang)
    text = _text(c)
    assert want in text and "mulberry" not in text.casefold(), text


@pytest.mark.parametrize("lang", ["en", "de", "fr", "es", "it", "pt", "ja", "zh"])
def test_a_model_number_is_never_cut_from_the_spoken_name(writer, lang):
    p = product("Fenwick Stratus 3 Trail Running Shoe", [("material", "mesh")])
    for kind, target in (("caption", "instagram"), ("video-script", "tiktok")):
        text = _text(write(writer, p, lang, kind, target))
        # the model whole or not at all (a voice says "the trail shoe from Fenwick"): never "Fenwick Stratus"
        assert text.count("Stratus") == text.count("Stratus 3"), text


def test_a_count_after_of_stays_in_the_english_name(writer):
    c = write(writer, product("Fenwick Bamboo Chopping Board Set of 3", [("material", "bamboo")]), "en", "caption",
              "instagram")
    assert "Set of." not in _text(c) and not _text(c).rstrip().endswith(" of"), _text(c)


@pytest.mark.parametrize("lang,want", [("de", "Schneidebrett-Set"), ("fr", "set de planches à découper"),
                                       ("ja", "まな板セット"), ("zh", "砧板套装")])
def test_a_set_of_boards_is_named_as_a_set(writer, lang, want):
    c = write(writer, product("Fenwick Bamboo Chopping Board Set", [("material", "bamboo")]), lang, "caption",
              "instagram")
    assert want in c["hook"], c["hook"]


# ------------------------------------------------------------------ (2) warnings real products carry, in every language

# sentences written for these tests in the way sellers word them
CARRIED = [
    "This toy contains small magnets.",
    "Swallowed magnets can stick together across the intestines causing serious injuries.",
    "If magnets are swallowed, seek medical attention immediately.",
    "Not suitable for carbonated beverages.",
    "Do not put it in the microwave or freezer.",
    "Do not crush, open, puncture or throw into fire.",
    "Do not leave the power bank in a hot car or expose it to temperatures over 45 °C.",
    "Do not submerge in water.",
    "Do not dispose of the device or its batteries in household waste.",
    "Return it to a collection point for electronic equipment and batteries.",
    "Power banks should never be packed in checked baggage.",
    "Check with the airline before travelling.",
]


@pytest.mark.parametrize("lang", list(MARKETS))
def test_carried_warnings_have_the_language_s_own_wording(lang):
    missing = [s for s in CARRIED if legal_sentence(s.rstrip("."), lang) is None]
    assert not missing, missing


def test_a_temperature_keeps_its_number_and_an_ordinal_sign_reads_as_degrees():
    assert "45 °C" in (legal_sentence("Do not expose it to temperatures above 45 ºC", "de") or "")


@pytest.mark.parametrize("lang", OTHERS)
def test_a_magnet_toy_warning_is_said_whole_in_the_language(writer, lang):
    warning = ("Warning: not suitable for children under 36 months. This product contains small magnets. Swallowed "
               "magnets can stick together across intestines causing serious injuries. Seek immediate medical help if "
               "magnets are swallowed.")
    out, kept = warning_text(warning, lang, lambda s: None)
    assert not kept and len(out) == 4, (out, kept)
    c = write(writer, product("Fenwick Magnetic Tiles", [("material", "ABS"), ("warning", warning)]), lang)
    assert "magnets" not in _text(c), _text(c)


def test_a_not_waterproof_power_bank_line_is_said_in_german(writer):
    warning = "Contains a lithium-ion battery. Not waterproof – do not submerge."
    out, kept = warning_text(warning, "de", lambda s: None)
    assert not kept and "Nicht untertauchen." in out, (out, kept)


# ------------------------------------------------------------------ (3) articles and elision

@pytest.mark.parametrize("name,want", [("Powerbank von Fenwick", "die Powerbank von Fenwick"),
                                       ("Trinkflasche von Fenwick", "die Trinkflasche von Fenwick"),
                                       ("Kissenbezug von Fenwick", "den Kissenbezug von Fenwick")])
def test_a_german_template_names_a_lexicon_noun_with_its_article(name, want):
    bank = load("de")
    assert bank.fill("3 Fakten über {the_acc}{name}", name=name) == f"3 Fakten über {want}"
    # a name that starts with a brand or model keeps no article
    assert bank.fill("Darf ich vorstellen: {the_acc}{name}.", name="Trek 20K von Fenwick") == \
        "Darf ich vorstellen: Trek 20K von Fenwick."


def test_a_german_power_bank_hook_has_its_article(writer):
    p = product("Fenwick Trek 20K – 20,000mAh USB-C Power Bank", [("battery_capacity", "20,000 mAh")])
    for kind, target in (("caption", "instagram"), ("video-script", "tiktok")):
        text = _text(write(writer, p, "de", kind, target))
        assert "über Powerbank" not in text and "vorstellen: Powerbank" not in text, text


@pytest.mark.parametrize("vendor", ["Oriel", "Ambrine", "Ulmo"])
def test_french_elides_de_before_a_vowel_brand(writer, vendor):
    c = write(writer, product(f"{vendor} Argan Hair Oil", [("material", "argan oil")], vendor=vendor), "fr")
    assert f"de {vendor}" not in _text(c) and f"d'{vendor}" in _text(c), _text(c)


def test_french_elides_the_article_before_a_mute_h(writer):
    cap = write(writer, product("Oriel Argan Hair Oil", [("size", "50 ml")], vendor="Oriel"), "fr", "caption",
                "instagram")["hook"]
    assert "la huile" not in cap and "l'huile" in cap, cap


def test_french_keeps_the_article_before_an_aspirated_h(writer):
    cap = write(writer, product("Fenwick Linen Cushion Cover", [("material", "linen")]), "fr", "caption",
                "instagram")["hook"]
    assert "l'housse" not in cap and "d'housse" not in cap, cap


# ------------------------------------------------------------------ (4) numbers in the market's format

@pytest.mark.parametrize("lang,market,want", [("en", "en-US", "7.5 × 20 cm"), ("ja", "ja-JP", "7.5 × 20 cm"),
                                              ("zh", "zh-SG", "7.5 × 20 cm"), ("ko", "ko-KR", "7.5 × 20 cm"),
                                              ("de", "de-DE", "7,5 × 20 cm"), ("fr", "fr-FR", "7,5 × 20 cm")])
def test_a_decimal_comma_of_the_source_follows_the_market(lang, market, want):
    assert want in local_units("Maße 7,5 × 20 cm", lang, market)
    assert want.replace(" × 20", "") in local_units("寸法は7,5 cmです", lang, market)


def test_a_thousands_group_and_a_list_are_not_decimals():
    assert local_units("20,000 mAh", "en", "en-US") == "20,000 mAh"
    assert local_units("sizes 36,38,40", "en", "en-US") == "sizes 36,38,40"


@pytest.mark.parametrize("lang", ["en", "ja", "zh"])
def test_a_listing_writes_the_market_s_decimal_point(writer, lang):
    c = write(writer, product("Fenwick Ceramic Tile Coasters", [("dimensions", "7,5 x 7,5 cm")]), lang)
    text = _text(c)
    assert "7,5" not in text and "7.5" in text, text


def test_an_ordinal_sign_is_written_as_degrees():
    assert local_units("bis 60 ºC", "de", "de-DE") == "bis 60 °C"
    assert local_units("up to 140 ºF", "en", "en-US") == "up to 140 °F"


@pytest.mark.parametrize("lang,text,want", [("ja", "窒息の危険があります。 この製品は", "窒息の危険があります。この製品は"),
                                            ("zh", "不防水。 请勿浸入水中。", "不防水。请勿浸入水中。")])
def test_no_space_after_a_full_width_stop(lang, text, want):
    from generators.copy.polish import clean_text

    assert clean_text(text, lang, {"ja": "ja-JP", "zh": "zh-SG"}[lang]) == want


def test_the_warning_gate_reads_an_ordinal_sign_as_degrees():
    """The writer writes the seller's "60 ºC" as "60 °C"; the facts-kept gate must still find the warning stated."""
    from studio.services.facts_kept import _norm_text

    seller = "Do not leave it in a car in direct sun or expose it to temperatures above 60 ºC"
    assert _norm_text(seller) in _norm_text(local_units(seller + ".", "en", "en-US"))
