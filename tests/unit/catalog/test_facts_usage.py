"""Directions for use and the warnings a seller states in prose are read off the description (issue 16, round 4):
a listing can only carry a supplement's daily dose or a serum's "use within 6 months of opening" if the import
reads them. Each sentence is one fact's: a warning sentence is not also a direction."""

from __future__ import annotations

import pytest

from studio.importers.facts import extract_facts


def _facts(text: str) -> dict[str, str]:
    return {f.key: f.value for f in extract_facts(text)}


@pytest.mark.parametrize("text, want", [
    ("Gentle iron. Take 1 capsule daily with water, preferably with a meal.", "Take 1 capsule daily"),
    ("Apply 2–3 drops to clean skin morning and evening. Use within 6 months of opening.", "Use within 6 months"),
    ("Täglich 1 Kapsel mit Wasser einnehmen.", "Täglich 1 Kapsel"),
    ("Prendre 1 gélule par jour.", "Prendre 1 gélule"),
    ("Tomar 2 cápsulas al día con agua.", "Tomar 2 cápsulas"),
    ("Assumere 1 compressa al giorno.", "Assumere 1 compressa"),
    ("Aplique 3 gotas no rosto limpo.", "Aplique 3 gotas"),
    ("内容量：90粒。1日1粒を目安にお召し上がりください。", "1日1粒"),
    ("每日1片，随餐服用。", "每日1片"),
])
def test_directions_in_prose_are_read_in_every_main_language(text, want):
    assert want in _facts(text).get("usage", "")


@pytest.mark.parametrize("text", [
    "Food supplements should not be used as a substitute for a varied and balanced diet.",
    "The handle gets hot: always use an oven mitt.",
    "Use sunscreen during the day.",
])
def test_mandatory_statements_are_warnings(text):
    f = _facts(text)
    assert f.get("warning", "").startswith(text[:20]) and "usage" not in f


def test_a_warning_sentence_is_not_also_a_direction():
    f = _facts("Take 1 capsule daily. Do not exceed the recommended daily dose. Keep out of reach of children.")
    assert f["usage"] == "Take 1 capsule daily." and "exceed" in f["warning"]


@pytest.mark.parametrize("text", ["Crema de 50 ml, fácil de aplicar y de rápida absorción.",
                                  "Easy to apply a coat of oil? No need: the coating is ready."])
def test_no_direction_without_an_imperative_or_a_dose(text):
    assert "usage" not in _facts(text)


def test_a_care_cycle_is_no_material_and_a_material_span_stays_in_its_line():
    f = {x.key: x for x in extract_facts("A tee in 100% merino wool jersey, 165 g/m².\n\n• Care: machine wash at 30 °C "
                                          "on a wool cycle")}
    assert f["material"].value == "100% merino wool"


@pytest.mark.parametrize("text, amount, unit", [
    ("Gentle zinc bisglycinate, 15 mg per capsule.", 15, "mg"),
    ("Eisenbisglycinat, 14 mg pro Kapsel.", 14, "mg"),
    ("Zinc, 15 mg par gélule.", 15, "mg"),
    ("Magnesio, 100 mg por cápsula.", 100, "mg"),
    ("Vitamina D3, 25 µg per compressa.", 25, "µg"),
    ("Óleo de peixe, 1000 mg por cápsula.", 1000, "mg"),
    ("1粒あたり亜鉛15mg配合。", 15, "mg"),
    ("每片含锌15mg。", 15, "mg"),
])
def test_a_dose_per_unit_is_read_in_every_main_language(text, amount, unit):
    f = {x.key: x for x in extract_facts(text)}["dose"]
    assert f.data["amount"] == amount and f.data["unit"] == unit


@pytest.mark.parametrize("text", ["A 900 g tub.", "Weighs 200 g per pack of two."])
def test_no_dose_without_a_unit_of_intake(text):
    assert "dose" not in _facts(text)
