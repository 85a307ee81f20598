"""Facts from prose, the round-4 defect classes (docs/readme/copy.md, "Round 4: blind native-reader review on
hold-out 4"): parts' materials, compound colours, ranges, qualified claims, net content, warning paragraphs.
Texts here are worded differently from the labelled corpus (tests/corpus/facts_corpus.jsonl, ``r4-*``)."""

from __future__ import annotations

import pytest

from studio.importers.facts import extract_facts, parse_colour, parse_fact_value
from studio.importers.facts_prose import qualified_claims


def _facts(text: str, title: str | None = None) -> dict:
    return {f.key: f for f in extract_facts(text, title)}


# --------------------------------------------------------------------------- 1. parts and accessories

@pytest.mark.parametrize("text, product, parts", [
    ("Belt in full-grain leather with a solid brass buckle.", ["leather"], {"buckles": "brass"}),
    ("Card holder of vegetable-tanned leather, saddle-stitched with waxed linen thread.", ["leather"],
     {"thread": "linen"}),
    ("Backpack in recycled polyester with YKK aluminium zippers and a cotton dust bag.", ["recycled polyester"],
     {"zip": "aluminium", "dust bag": "cotton"}),
    ("Hundegeschirr aus Nylon mit Edelstahl-D-Ringen.", ["nylon"], {"rings": "stainless steel"}),
    ("Sac en toile avec fermeture éclair en laiton.", ["canvas"], {"zip": "brass"}),
    ("Cinturón de cuero con hebilla de latón.", ["leather"], {"buckles": "brass"}),
    ("Collare in nylon con fibbia in alluminio.", ["nylon"], {"buckles": "aluminium"}),
    ("Coleira de nylon com fivela de alumínio.", ["nylon"], {"buckles": "aluminium"}),
    ("ナイロン製の首輪、アルミのバックル付き。", ["nylon"], {"buckles": "aluminium"}),
    ("尼龙项圈，配不锈钢D环。", ["nylon"], {"rings": "stainless steel"}),
])
def test_a_parts_material_is_not_the_products(text, product, parts):
    f = _facts(text)["material"]
    assert f.data["materials"] == product
    assert f.data["parts"] == parts


@pytest.mark.parametrize("text, product", [
    ("Argolas em prata 925, 18 mm.", ["sterling silver"]),  # hoop earrings: the product, not a part
    ("Boucles d'oreilles en argent 925.", ["sterling silver"]),  # earrings
    ("Hand-poured soy wax candle with a cotton wick.", ["soy wax", "cotton"]),  # a wick is no accessory
    ("Insulated 750 ml stainless steel bottle.", ["stainless steel"]),  # a metal bottle is the product
])
def test_the_product_itself_is_not_a_part(text, product):
    f = _facts(text)["material"]
    assert f.data["materials"] == product
    assert not f.data.get("parts")


def test_only_parts_named_gives_no_product_material_but_the_title_still_does():
    assert "material" not in _facts("Comes with a cotton dust bag.")
    assert _facts("Comes with a cotton dust bag.", "Leather Wallet")["material"].data["materials"] == ["leather"]


# --------------------------------------------------------------------------- 2. compound colours

@pytest.mark.parametrize("value, main, items", [
    ("sky blue with white", "sky blue", ["sky blue", "white"]),
    ("Himmelblau mit Weiß", "Himmelblau", ["Himmelblau", "Weiß"]),
    ("bleu ciel et blanc", "bleu ciel", ["bleu ciel", "blanc"]),
    ("navy/white", "navy", ["navy", "white"]),
    ("白×ネイビー", "白", ["白", "ネイビー"]),
])
def test_a_compound_colour_stays_one_description(value, main, items):
    d = parse_colour(value)
    assert d == {"colours": items, "main": main, "compound": True, "whole": value}
    assert parse_fact_value("colour", value) == d


def test_colour_labels_in_every_language_keep_the_value_whole():
    for label in ("Colour", "Farbe", "Couleur", "Color", "Colore", "Cor", "カラー", "颜色"):
        f = _facts(f"Soft sleeping bag.\n{label}: sky blue with white")["colour"]
        assert f.value == "sky blue with white" and f.data["main"] == "sky blue", label
    assert parse_colour("Black, Navy") is None  # a list of variant colours is not one compound colour
    assert parse_colour("Forest Green")["compound"] is False


# --------------------------------------------------------------------------- 3. ranges

@pytest.mark.parametrize("text, lo, hi", [
    ("Scooter for ages 3 to 8.", 3, 8),
    ("Puzzle for children 4–10 years.", 4, 10),
    ("Balance bike for kids, from 2 to 5 years old.", 2, 5),
    ("Geeignet für Kinder von 4 bis 10 Jahren.", 4, 10),
    ("Pour les enfants de 4 à 10 ans.", 4, 10),
    ("Para niños de 4 a 10 años.", 4, 10),
    ("Per bambini dai 4 ai 10 anni.", 4, 10),
    ("Para crianças dos 4 aos 10 anos.", 4, 10),
    ("対象年齢：4〜10歳", 4, 10),
    ("适用年龄：4-10岁", 4, 10),
])
def test_an_age_range_is_kept_as_a_range(text, lo, hi):
    d = _facts(text)["age"].data
    assert (d["years"], d["max_years"], d["range"]) == (lo, hi, [lo, hi])


def test_single_ages_keep_the_old_keys_and_durations_are_no_age():
    assert _facts("Ab 3 Jahren.")["age"].data == {"years": 3, "months": 36, "span": [0, 11], "from": "description"}
    assert "age" not in _facts("The battery lasts 2–3 years. Warranty 2-5 years.")
    months = _facts("Sleeping bag for babies 6–18 months.")["age"].data
    assert (months["months"], months["max_months"]) == (6, 18)


def test_a_volume_range_is_kept_whole():
    f = _facts("Adjustable carafe, 500–750 ml.")["capacity"]
    assert f.value == "500–750 ml" and f.data["range"] == [500, 750] and f.data["ml"] == 750


# --------------------------------------------------------------------------- 4. qualifiers

def test_cold_and_hot_keep_up_to():
    got = qualified_claims("Keeps drinks cold for up to 24 hours and hot for up to 12.")
    assert [(c["claim"], c["qualifier"], c["value"]) for c in got] == [("cold", "up to", 24), ("hot", "up to", 12)]


@pytest.mark.parametrize("text, want", [
    ("Leak-proof when closed.", [("leak-proof", "when closed")]),
    ("Water-resistant (40 minutes), not for swimming.", [("water-resistant", "40 minutes")]),
    ("Waterproof up to 1 m for 30 minutes.", [("waterproof", "up to 1 m")]),
    ("Hält bis zu 12 Stunden heiß. Auslaufsicher, wenn verschlossen.", [("hot", "bis zu"), ("leak-proof",
                                                                          "wenn verschlossen")]),
    ("Reste au froid jusqu'à 24 heures.", [("cold", "jusqu'à")]),
    ("Mantiene frías las bebidas hasta 24 horas; calientes hasta 12 horas.", [("hot", "hasta")]),
    ("Mantiene le bevande fredde fino a 24 ore.", [("cold", "fino a")]),
    ("Mantém as bebidas frias até 24 horas.", [("cold", "até")]),
    ("保温最大6時間。", [("hot", "最大")]),
    ("保冷长达24小时。", [("cold", "长达")]),
])
def test_a_claim_keeps_its_qualifier(text, want):
    got = [(c["claim"], c["qualifier"]) for c in qualified_claims(text)]
    assert all(w in got for w in want), got


def test_an_unqualified_claim_is_not_read_as_a_qualified_one():
    assert qualified_claims("Waterproof and leak-proof.") == []
    assert qualified_claims("Serves 2 hot meals.") == []


# --------------------------------------------------------------------------- 5. net content, shipping, scoop

def test_net_content_is_the_quantity_not_the_shipping_weight_or_the_scoop():
    facts = _facts("Plant protein. Net content: 1 kg. Mix one 30 g scoop with 250 ml of water. Shipping weight 1.1 kg.")
    assert facts["weight"].data["grams"] == 1000
    assert "capacity" not in facts  # the water to mix with is a direction
    de = _facts("Nettofüllmenge 500 g. 25 g mit 300 ml Wasser mischen. Versandgewicht: 650 g.")
    assert de["weight"].data["grams"] == 500 and "capacity" not in de
    assert _facts("Shaker bottle, 700 ml.")["capacity"].data["ml"] == 700


# --------------------------------------------------------------------------- 6. warnings paragraphs

HELMET = ("Lightweight kids' helmet.\n\nWarning: Not for use while climbing. Straps can strangle a child. Replace "
          "the helmet after any impact.\n\nBattery warning: The light holds a coin cell battery. Keep out of reach of "
          "children. If swallowed, get medical help immediately.\n\nAvailable in two sizes.")


def test_every_sentence_of_a_warnings_paragraph_is_read_whole():
    f = _facts(HELMET)["warning"]
    assert f.data["items"] == [
        "Not for use while climbing.", "Straps can strangle a child.", "Replace the helmet after any impact.",
        "The light holds a coin cell battery.", "Keep out of reach of children.",
        "If swallowed, get medical help immediately."]
    assert f.data["sentences"] == 6
    assert "Available" not in f.value and "Lightweight" not in f.value


@pytest.mark.parametrize("text, n", [
    ("Safe sleep (EN 16781): Lay your baby on their back. Do not add a blanket. Keep the room between 16 and 20 °C.",
     3),
    ("Sicherheitshinweise:\nNicht in den Gefrierschrank stellen. Keine kohlensäurehaltigen Getränke einfüllen.", 2),
    ("Avertissement : Ne pas utiliser pour grimper. Remplacer après tout choc.", 2),
    ("Precauciones: No congelar. No calentar en el microondas.", 2),
    ("【注意】冷凍庫に入れないでください。炭酸飲料は入れないでください。", 2),
    ("警告：请勿冷冻。请勿装碳酸饮料。", 2),
])
def test_warnings_paragraphs_in_other_languages(text, n):
    assert len(_facts(text)["warning"].data["items"]) == n


def test_a_sentence_is_not_cut_after_an_abbreviation_nor_spliced_with_the_next_line():
    f = _facts("Warning: Reapply approx. every 2 hours.\nRinse with fresh water after use.")["warning"]
    assert f.data["items"] == ["Reapply approx. every 2 hours."]
    g = _facts("Warning: Do not mix with vitamin C. Rinse off after 5 min. Keep away from children.")["warning"]
    assert g.data["items"] == ["Do not mix with vitamin C.", "Rinse off after 5 min.", "Keep away from children."]


def test_sun_exposure_and_scald_sentences_are_warnings_without_a_heading():
    f = _facts("Mineral SPF 50. Avoid prolonged sun exposure. Hot drinks can scald. Vegan formula.")["warning"]
    assert f.data["items"] == ["Avoid prolonged sun exposure.", "Hot drinks can scald."]
