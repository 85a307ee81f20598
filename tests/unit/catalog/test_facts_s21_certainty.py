"""Issue 16, stop 21: every fact read off a description is sure or "to confirm" (``importers.certainty``), the
shipping-weight words are one list, and mandatory notices in prose are warnings. Cases from copy hold-out 11's
review (tuning material): the carton's FSC, the beaker's and shaft's materials, the maximum rider weight, the
dock's battery, one size's volume, a brand name, missing notices."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from studio.importers.certainty import record_doubt, sized
from studio.importers.facts import extract_facts


def _facts(text: str, name: str | None = None) -> dict:
    return {f.key: f for f in extract_facts(text, name=name)}


def _certainty(f) -> str | None:
    return (f.data or {}).get("certainty")


@pytest.mark.parametrize("text,key,doubt", [
    ("Vegan formula. The carton is FSC-certified and printed with plant-based inks.", "certification", "part"),
    ("Leaping Bunny approved. Packaging: amber glass bottle; carton FSC-certified.", "certification", "part"),
    ("Frame of birch plywood. Saddle: padded, covered in PU faux leather.", "material", "part"),
    ("Blending beaker: 700 ml, Tritan copolyester, BPA-free.", "capacity", "part"),
    ("• Charging dock: built-in 1,000 mAh battery, charged via USB-C 5 V 1 A", "battery", "part"),
    ("• Charging dock: built-in 1,000 mAh battery, charged via USB-C 5 V 1 A", "voltage", "part"),
    ("Outer pot in glazed stoneware; a cotton wick draws water up.", "material", "part"),
    ("Reservoir S 350 ml, M 800 ml, L 1.5 l.", "capacity", "sizes"),
    ("The chair weighs 8 kg and holds up to 120 kg. Max. load 120 kg.", None, None),
])
def test_a_reading_in_doubt_is_to_confirm(text, key, doubt):
    facts = _facts(text)
    if key is None:
        assert _certainty(facts["weight"]) is None and facts["weight"].value == "8 kg"
        return
    assert key in facts, facts
    assert _certainty(facts[key]) == "confirm" and facts[key].data["doubt"] == doubt


@pytest.mark.parametrize("text,key,value", [
    ("Made in France.", "origin", "France"),
    ("Weight: 3.4 kg", "weight", "3.4 kg"),
    ("Frame: bio-acetate. Lens 52 mm, weight 28 g.", "weight", "28 g"),
    ("A brushless motor with 150 W rated power.\n• Rated power: 150 W", "power", "150 W"),
    ("Shirt in 100% linen, 160 gsm.", "material", "100% linen"),
    ("Travel mug, 350 ml, double-walled.", "capacity", "350 ml"),
])
def test_a_reading_of_the_product_itself_is_sure(text, key, value):
    f = _facts(text)[key]
    assert _certainty(f) is None and value in f.value


@pytest.mark.parametrize("text", [
    "Speaker 12 kg total. The charging dock weighs 2 kg.",
    "Speaker, 1,2 kg with the stand. The charging dock weighs 2 kg.",
])
def test_a_part_figure_inside_a_longer_number_stays_in_doubt(text):
    # the other places a figure appears are whole figures: "2 kg" is not a place of "12 kg" or "1,2 kg"
    weight = _facts(text, name="Speaker")["weight"]
    assert weight.value == "2 kg" and _certainty(weight) == "confirm", weight


def test_a_maximum_rider_weight_is_not_the_bikes_weight():
    f = _facts("• Maximum rider weight: 30 kg\n• Bike weight: 3.4 kg")["weight"]
    assert f.value == "3.4 kg" and _certainty(f) is None
    assert "weight" not in _facts("Max. rider weight 30 kg. Helmet not included.")


def test_the_record_adds_brand_and_size_doubts():
    rec = SimpleNamespace(vendor="Hollow Oak Nutrition", variants=[SimpleNamespace(options={"Size": "10 ml"}),
                                                                   SimpleNamespace(options={"Size": "30 ml"})])
    assert record_doubt("material", {"materials": ["oak"], "from": "title"}, rec)["doubt"] == "name"
    assert record_doubt("capacity", {"ml": 10, "from": "description"}, rec)["doubt"] == "sizes"
    assert record_doubt("origin", {"country": "Germany", "from": "description"}, rec).get("certainty") is None
    # a weight that names its size says its own scope ("approx. 420 g (size M)")
    assert record_doubt("weight", {"grams": 420, "from": "description"}, rec, "approx. 420 g (size M)").get(
        "certainty") is None
    assert record_doubt("weight", {"grams": 420, "from": "description"}, rec, "approx. 420 g")["doubt"] == "sizes"
    assert record_doubt("capacity", {"ml": 10}, rec) == {"ml": 10}  # a file's own field: sure
    assert sized(rec.variants) and not sized([SimpleNamespace(options={"Colour": "Red"}),
                                              SimpleNamespace(options={"Colour": "Blue"})])


@pytest.mark.parametrize("text", [
    "Ceramic vase, hand-thrown. Postal weight: 1.2 kg.", "Oak board. Packing weight 2.5 kg.", "Lamp. Boxed weight: 3 kg.",
    "Kettle, 1.7 l. Weight when shipped: 1.6 kg.", "Vase aus Keramik. Verpackungsgewicht: 1,2 kg.",
    "陶瓷花瓶。快递重量：1.2kg", "陶瓷花瓶。包裝重量：1.2公斤"])
def test_every_shipping_weight_word_keeps_the_parcel_weight_apart(text):
    facts = _facts(text)
    assert "weight" not in facts and "shipping_weight" in facts, facts


@pytest.mark.parametrize("text,said", [
    ("Polarised lenses. Not suitable for driving at twilight or at night. Do not look directly at the sun.",
     "Not suitable for driving at twilight or at night. Do not look directly at the sun."),
    ("Padded harness. This harness is not a car safety restraint and has not been crash-tested.",
     "not a car safety restraint"),
    ("Birch balance bike. Protective equipment should be worn. Not to be used in traffic.",
     "Protective equipment should be worn. Not to be used in traffic."),
    ("Glazed stoneware planter. Indoor use only – stoneware is not frost-proof.", "Indoor use only"),
    ("Sharp blades. Not a toy – keep away from children.", "keep away from children"),
    ("If you take anticoagulant medication (e.g. warfarin), are pregnant or breastfeeding, consult your doctor before "
     "use.", "If you take anticoagulant medication (e.g. warfarin)"),
    ("Assembly by an adult required. Check that all bolts are tight before each ride.", "before each ride"),
    ("Use & care: insert the probe up to the line. Do not use in a microwave.", "Do not use in a microwave."),
    ("Laufrad aus Birke. Schutzausrüstung tragen. Nicht im Straßenverkehr benutzen.", "Nicht im Straßenverkehr"),
    ("Pot en grès. Usage intérieur uniquement.", "Usage intérieur uniquement."),
    ("Maceta de gres. Solo para uso en interior.", "Solo para uso en interior."),
    ("陶瓷花盆。仅限室内使用。", "仅限室内使用。"),
    ("自転車。公道では使用しないでください。", "公道では使用しないでください。"),
])
def test_a_mandatory_notice_in_prose_is_a_warning(text, said):
    f = _facts(text)["warning"]
    assert said in f.value and _certainty(f) is None
