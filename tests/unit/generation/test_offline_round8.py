"""Round 8 of the offline writer (issue 16, stop 18): the classes the native reviewers of copy hold-out 6 scored at
1-2 of 5, each fixed as a class in every registry language and tested on products made up for these tests."""

from __future__ import annotations

import dataclasses
import re

import pytest

from generators.copy.legal import legal_sentence, warning_text
from generators.copy.phrasebank import EXTRA_LABELS, load, supported_languages
from tests.support.offline_writer import MARKETS, product, write
from tests.support.offline_writer import text_of as _text
from tests.support.offline_writer import variants as _variants
from tests.support.offline_writer import writer as writer  # the fixture

OTHERS = [lang for lang in MARKETS if lang != "en"]


# ------------------------------------------------------------------ (1) standard warnings in the language's wording

# sentences written for these tests in the way sellers word them (not copied from a hold-out)
STANDARD = [
    "In accordance with EN 14682, this hoodie has no drawstrings or cords in the hood and neck area.",
    "Contains a rechargeable lithium-polymer battery.",
    "Do not expose the battery to temperatures above 60 °C.",
    "Do not dispose of this device with household waste.",
    "Bring it to an electrical collection point for recycling.",
    "The handles and the lid knob become hot during cooking.",
    "Always use oven mitts or pot holders.",
    "Keep young children away from the stove when in use.",
    "Never plunge a hot pan into cold water.",
    "This glove contains natural latex, which can cause allergic reactions.",
    "Not suitable for vegans.",
    "Do not stare into the LED.",
    "The light source of this lamp is not replaceable.",
    "Please keep the packaging for future reference.",
    "Keep all small parts (bolts, dowels) away from children and pets during assembly.",
    "This furniture is not designed for children to climb on.",
    "Be aware of your surroundings while using these headphones in traffic.",
    "Once opened, use within 6 months.",
    "Do not exceed the maximum load of 8 kg.",
    "Check all screws regularly and tighten them if necessary.",
]


@pytest.mark.parametrize("lang", list(MARKETS))
def test_standard_warnings_have_the_language_s_own_wording(lang):
    missing = [s for s in STANDARD if legal_sentence(s.rstrip("."), lang) is None]
    assert not missing, missing


@pytest.mark.parametrize("lang", OTHERS)
def test_a_chained_battery_sentence_is_said_clause_by_clause(lang):
    source = ("This device contains a lithium-ion battery: do not expose it to temperatures above 50 °C, do not "
              "puncture, crush or open, and never charge a damaged battery.")
    out, kept = warning_text(source, lang, lambda s: None)
    assert not kept, kept
    assert any("50" in t for t in out)


@pytest.mark.parametrize("lang", ["de", "fr", "ja", "ar"])
def test_an_abbreviation_does_not_cut_a_warning_in_two(lang):
    source = ("If you are taking anticoagulant medicines (e.g. vitamin K antagonists such as warfarin), consult your "
              "doctor before use.")
    out, kept = warning_text(source, lang, lambda s: None)
    assert not kept and len(out) == 1, (out, kept)


def test_a_clause_the_table_lacks_keeps_the_sentence_whole():
    source = "Contains a lithium battery: do not expose to heat, and do not juggle it."
    out, kept = warning_text(source, "de", lambda s: None)
    assert kept == ["Contains a lithium battery: do not expose to heat, and do not juggle it"]


# ------------------------------------------------------------------ (1b) free text in ONE marked block

FREE = ("Choking hazard - small parts. The wheels are detachable, so check them before every ride. "
        "Store the scooter folded in a dry shed.")


@pytest.mark.parametrize("lang", OTHERS)
def test_untranslatable_warning_sentences_go_to_one_marked_block(writer, lang):
    p = product("Zippo Folding Kids Scooter", [("material", "aluminium"), ("warning", FREE)])
    c = write(writer, p, lang)
    bank = load(lang)
    qo = bank.quotes[0]
    desc = c["description"]
    # the seller's sentences are kept whole (never dropped) ...
    assert "The wheels are detachable, so check them before every ride" in desc
    assert "Store the scooter folded in a dry shed" in desc
    # ... after the one heading that says they are the manufacturer's original text, at the end
    i = desc.index(qo + "The wheels")
    assert desc.count(qo + "The wheels") == 1
    from generators.copy.kinds.listing import SOURCE_BLOCK
    head = SOURCE_BLOCK[lang].split("{lang}")[0]
    assert desc.count(head) == 1 and desc.index(head) < i
    # the standard sentence of the same warning is in the language, in its own bullet, with no quote in it
    legal = legal_sentence("Choking hazard - small parts", lang)
    assert legal and legal.split(".")[0].split("。")[0] in desc
    for b in c["bullets"]:
        if head not in b:
            assert qo + "The wheels" not in b and qo + "Store" not in b, b


def test_english_listing_has_no_block(writer):
    p = product("Zippo Folding Kids Scooter", [("material", "aluminium"), ("warning", FREE)])
    c = write(writer, p, "en")
    assert "original text" not in c["description"]


@pytest.mark.parametrize("lang", ["de", "fr", "es", "it", "pt", "nl", "pl"])
def test_a_care_list_keeps_its_translated_items_and_separators(writer, lang):
    care = "Machine wash at 30 °C, close the poppers before washing, do not tumble dry"
    c = write(writer, product("Fenwick Kids Raincoat", [("material", "polyester"), ("care", care)]), lang)
    # no two care instructions run together without their separator ("Schonwaschgang Nicht im Trockner")
    assert not re.search(r"[a-zà-ÿ] [A-ZÀ-Ý][a-zà-ÿ]+ (?:im|en|en la|in|na|w|in de) ", c["description"].split(".")[0])
    desc = c["description"]
    assert "close the poppers before washing" in desc  # kept, in the block


@pytest.mark.parametrize("lang", ["de", "fr", "es", "it", "pt"])
def test_a_negated_care_list_is_one_instruction(writer, lang):
    care = "Do not machine wash, bleach or use solvents"
    c = write(writer, product("Fenwick Cork Yoga Block", [("material", "cork"), ("care", care)]), lang)
    qo, qc = load(lang).quotes
    assert f"{qo}bleach{qc}" not in _text(c) and f"{qo}or use solvents{qc}" not in _text(c)


# ------------------------------------------------------------------ (labels) every fact key in every language

@pytest.mark.parametrize("key", sorted(EXTRA_LABELS))
def test_extra_labels_in_every_language(key):
    missing = [lang for lang in supported_languages() if not EXTRA_LABELS[key].get(lang)]
    assert not missing, (key, missing)
    for lang in supported_languages():
        assert load(lang).label(key) != key.replace("_", " ").capitalize() or lang == "en"


@pytest.mark.parametrize("lang", ["de", "fr", "es", "it", "pt", "pl", "tr", "id"])
def test_a_version_number_keeps_its_point(writer, lang):
    p = product("Fenwick Wireless Speaker", [("connectivity", "Bluetooth 5.3"), ("weight", "1.25 kg")])
    text = _text(write(writer, p, lang))
    assert "5.3" in text and "5,3" not in text


# ------------------------------------------------------------------ (2) product nouns whole, titles in the language

NOUNS = {"de": "Tischdecke", "fr": "Nappe", "es": "Mantel", "it": "Tovaglia", "pt": "Toalha de mesa",
         "ja": "テーブルクロス", "zh": "桌布"}


@pytest.mark.parametrize("lang", sorted(NOUNS))
def test_a_compound_product_noun_is_said_whole(writer, lang):
    c = write(writer, product("Hearthly Washed Linen Tablecloth", [("material", "linen")], vendor="Hearthly"), lang)
    assert NOUNS[lang] in c["title"] and "Tablecloth" not in c["title"], c["title"]
    assert "Tisch Leinen" not in _text(c) and "table lin" not in _text(c)


@pytest.mark.parametrize("lang", ["de", "fr", "es", "it", "pt", "ja", "zh"])
def test_a_glossed_noun_and_a_material_compound_are_not_left_english(writer, lang):
    p = product("Fenwick Round Enamelled Cast-Iron Casserole (Cocotte)", [("material", "cast iron")])
    title = write(writer, p, lang)["title"]
    assert "Cast-Iron" not in title and "(Cocotte)" not in title and "Casserole" not in title, title


@pytest.mark.parametrize("lang,want", [("de", "Wanderrucksack mit Regenhülle"), ("fr", "avec housse de pluie"),
                                       ("ja", "レインカバー付き"), ("zh", "带防雨罩")])
def test_a_feature_after_with_is_in_the_language(writer, lang, want):
    title = write(writer, product("Fenwick 20 L Hiking Backpack with Rain Cover", [("material", "nylon")]), lang)["title"]
    assert want in title, title


HEAD_LANGS = ["nl", "pl", "tr", "ko", "hi", "th", "ar", "vi", "id", "ms", "sw", "fil"]


@pytest.mark.parametrize("lang", HEAD_LANGS)
def test_titles_outside_the_names_lexicon_say_the_product_noun(writer, lang):
    vase = write(writer, product("Fenwick Ceramic Bud Vase", [("material", "ceramic")]), lang)["title"]
    assert "Bud Vase" not in vase and "Ceramic" not in vase, vase
    lamp = write(writer, product("Fenwick LED Desk Lamp", [("material", "aluminium")]), lang)["title"]
    assert "Desk Lamp" not in lamp and "LED" in lamp, lamp
    assert load(lang).terms["desk lamp"] in lamp  # the compound whole: never desk + lamp ("โต๊ะทำงาน โคมไฟ")


def test_a_line_name_stays_as_written_beside_the_noun(writer):
    title = write(writer, product("Fenwick Pulse Air 2 Wireless Earbuds", [("material", "ABS")]), "th")["title"]
    assert "Pulse Air 2" in title and "Earbuds" not in title, title


# ------------------------------------------------------------------ (3) attribute phrases and variant names

AGES = {"de": "2-3 Jahre", "fr": "2-3 ans", "es": "2-3 años", "it": "2-3 anni", "pt": "2-3 anos", "ja": "2-3歳",
        "zh": "2-3岁", "nl": "2-3 jaar", "pl": "2-3 lat", "ko": "2-3세", "tr": "2-3 yaş", "vi": "2-3 tuổi",
        "id": "2-3 tahun", "ms": "2-3 tahun", "sw": "miaka 2-3", "fil": "2-3 taon", "th": "2-3 ปี", "hi": "2-3 वर्ष",
        "ar": "2-3 سنوات"}


@pytest.mark.parametrize("lang", sorted(AGES))
def test_sizes_by_age_and_named_colours_are_in_the_language(writer, lang):
    p = product("Fenwick Kids Fleece Jacket", [("material", "polyester")])
    opts = [{"Size": s, "Color": c} for c in ("Rust", "Sand White") for s in ("2-3 years", "4-5 years")]
    p = dataclasses.replace(p, variants=_variants(opts))
    text = _text(write(writer, p, lang)).translate(str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789"))  # ar-SA digits
    assert AGES[lang] in text and "years" not in text, text
    assert "Rust" not in text and "Sand White" not in text, text


@pytest.mark.parametrize("lang", ["de", "fr", "es", "it", "pt", "ja", "zh", "nl", "pl", "tr", "th", "ar"])
def test_finishes_and_common_care_lines_are_in_the_language(writer, lang):
    p = product("Fenwick Stoneware Bowl", [("material", "stoneware"), ("features", "Matte exterior, glazed interior"),
                                           ("care", "Avoid sudden temperature changes. Do not use on the hob. "
                                                    "Do not use fabric softener")])
    text = _text(write(writer, p, lang))
    for en in ("matte exterior", "glazed interior", "sudden", "hob", "softener"):
        assert en not in text.casefold(), (en, text)


# ------------------------------------------------------------------ (4) repetition and form

@pytest.mark.parametrize("lang", ["en", "de", "fr", "es", "it", "pt", "ja", "zh"])
def test_a_selling_phrase_is_said_once(writer, lang):
    p = product("Fenwick Enamelled Dutch Oven", [("material", "cast iron")])
    p = dataclasses.replace(p, body_text="The pot is oven-safe to 250 °C and the lid is oven-safe to 190 °C. "
                                         "Suitable for all hobs including induction.")
    for kind, target in (("listing", "amazon"), ("caption", "instagram")):
        text = _text(write(writer, p, lang, kind, target))
        phrases = [x.strip(" .。、，") for x in re.split(r"[,、，]", text)]
        dup = [x for x in phrases if x and len(x) > 3 and phrases.count(x) > 1 and re.search(r"[^\W\d_]", x)]
        assert not any(re.search(r"(?i)oven|backofen|four|horno|forno|オーブン|烤箱", x) for x in dup), dup


def test_a_battery_of_several_parts_is_not_read_as_one_charge(writer):
    p = product("Fenwick Buds 3 Wireless Earbuds", [("battery", "Earbuds 50 mAh each, case 450 mAh")])
    c = write(writer, p, "en", "video-script", "tiktok")
    voice = " ".join(s["voice_over"] for s in c["scenes"])
    assert "A Earbuds" not in voice and "A earbuds" not in voice, voice


@pytest.mark.parametrize("lang", list(MARKETS))
def test_a_script_never_says_a_sentence_twice(writer, lang):
    from generators.copy.kinds.video_script import _said_alike

    for title, facts in (("Solvik Pocket Speaker", []), ("Fenwick Desk Lamp", []),
                         ("Fenwick Linen Shirt", [("material", "linen")])):
        p = product(title, facts)
        c = write(writer, p, lang, "video-script", "tiktok")
        task = {"product": {"vendor": p.vendor, "title": p.title}}
        voices = [s["voice_over"] for s in c["scenes"]]
        for i, a in enumerate(voices):
            for b in voices[i + 1:]:
                assert not _said_alike(a, b, task), (lang, voices)
