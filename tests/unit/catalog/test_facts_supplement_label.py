"""A supplement's label as sellers paste it (issue 16; found in the blind review of copy hold-out 6): the facts the
offline writer states must be the label's, not a misreading of it.

- An "Ingredients" heading alone on its line (``<strong>Ingredients</strong><br>…``) heads the list on the next line.
- What an ingredients list names ("cholecalciferol (from lanolin/sheep's wool)") is not the product's material:
  vitamin drops were listed as "Material: Wolle, Glas".
- An "Important:" paragraph that holds a warning cue is a warnings paragraph: every sentence of it is kept
  ("Not suitable for vegans."), and "consult your doctor" is a warning cue in every main language.
- "e.g." inside a sentence does not cut the sentence in two."""

from __future__ import annotations

import pytest

from studio.importers.facts import extract_facts
from studio.importers.html import html_to_text

LABEL = (
    "<p>Just one drop a day: 1000 IU of vitamin D3 in a light MCT oil.</p>"
    "<p><strong>Ingredients</strong><br>MCT oil (from coconut), cholecalciferol (vitamin D3, from lanolin/sheep's "
    "wool).<br>Bottle: 30 ml amber glass bottle with glass pipette.</p>"
    "<p><strong>Important:</strong> Do not exceed the recommended daily dose. Keep out of the reach of young "
    "children. If you take anticoagulant medication (e.g. warfarin), consult your doctor before use. "
    "Not suitable for vegans.</p>"
)


def _facts(text: str, title: str | None = None):
    return {f.key: f for f in extract_facts(text, title)}


def test_an_ingredients_heading_alone_on_its_line_heads_the_list():
    f = _facts(html_to_text(LABEL), "Vitamin D3 Drops")["ingredients"]
    assert f.data["items"] == ["MCT oil (from coconut)", "cholecalciferol (vitamin D3, from lanolin/sheep's wool)"]


def test_an_ingredient_is_not_the_products_material():
    assert "material" not in _facts(html_to_text(LABEL), "Vitamin D3 Drops")
    # the material of a product that has one is still read beside an ingredients list
    soap = "Handmade soap bar in a cotton pouch. Ingredients: olive oil, shea butter, beeswax."
    assert "wool" not in str(_facts("Ingredients: lanolin (from sheep's wool), beeswax.", "Lip Balm").get("material"))
    assert "material" not in _facts(soap, "Olive Soap") or "beeswax" not in _facts(soap, "Olive Soap")["material"].value


def test_an_important_paragraph_with_a_warning_is_kept_whole():
    items = _facts(html_to_text(LABEL), "Vitamin D3 Drops")["warning"].data["items"]
    assert items == [
        "Do not exceed the recommended daily dose.",
        "Keep out of the reach of young children.",
        "If you take anticoagulant medication (e.g. warfarin), consult your doctor before use.",
        "Not suitable for vegans.",
    ]


def test_an_important_note_without_a_warning_is_no_warning():
    assert "warning" not in _facts("Important: sizes run small, order one size up.", "Linen Dress")


@pytest.mark.parametrize("sentence", [
    "If you take blood thinners, consult your doctor before use.",
    "Bei Einnahme von Gerinnungshemmern fragen Sie Ihren Arzt.",
    "En cas de traitement anticoagulant, consultez votre médecin.",
    "Si toma anticoagulantes, consulte a su médico.",
    "In caso di terapia anticoagulante consultare il medico.",
    "Se toma anticoagulantes, consulte seu médico.",
    "抗凝固薬を服用中の方は医師にご相談ください。",
    "服用抗凝血药物者请咨询医生。",
])
def test_consult_your_doctor_is_a_warning_in_every_main_language(sentence):
    assert sentence.rstrip("。.") in _facts(sentence)["warning"].value


# ---- a "Materials" section: "Part: material" lines under a heading (found in the same review: a casserole "made
# of cast iron, ceramic, stainless-steel, glass" from the hobs it works on and its knob's screw; a backpack "made of
# aluminium" from its frame stay; a scratching post "made of polyester" from its plush)

CASSEROLE = (
    "Heavy cast iron holds heat.\n\n• Works on all hobs: induction, gas, electric, ceramic and halogen\n\n"
    "Materials\nBody and lid: cast iron, vitreous enamel coated inside and out\n"
    "Lid knob: phenolic resin with stainless-steel screw\n\n"
    "Care\nUse wooden or silicone utensils. Lift rather than slide it on glass-ceramic hobs."
)
BACKPACK = ("Removable aluminium frame stay.\n\nMaterials\nBody: 210D nylon ripstop with PU coating\nBase: 500D nylon\n"
            "Frame stay: aluminium\nBack panel: polyester mesh over EVA foam\nZips: YKK\n")
SCRATCHER = ("Plush-covered base.\n\nMaterials\nPost: particle-board core, wrapped in natural sisal rope\n"
             "Base and platform: particle board covered in polyester plush\nToy: polyester pompom on elastic cord\n")
MAT = "Materials\nTop layer: polyurethane (PU)\nBase: natural tree rubber (latex)\nCarry strap: cotton\n"


def _material(text: str, name: str):
    return next((f for f in extract_facts(text, name=name) if f.key == "material"), None)


def test_the_materials_section_alone_says_what_the_product_is_made_of():
    f = _material(CASSEROLE, "Forgewell Enamelled Cast-Iron Casserole")
    # the vitreous enamel is the pot's own (a known material since stop 18); the hobs and the knob's screw are not
    assert f is not None and f.data["materials"] == ["cast iron", "enamel"] and f.value == "cast iron, vitreous enamel"
    f = _material(BACKPACK, "Kestrel Ridge 30 L Hiking Backpack")
    assert f.data["materials"] == ["nylon"] and f.data["parts"]["frame stay"] == "aluminium"


def test_a_line_whose_material_the_name_says_is_the_products_too():
    f = _material(MAT, "Sutra Grip Natural Rubber Yoga Mat, 4 mm")
    assert f.data["materials"][0] == "rubber" and "cotton" not in f.data["materials"]
    assert f.data["parts"]["carry strap"] == "cotton"


def test_no_material_rather_than_a_wrong_one():
    # the first line starts with no known material: nothing from the plush or the toy becomes the product's
    text = SCRATCHER.replace("particle-board core, wrapped in natural sisal rope", "bouclé-wrapped core")
    assert _material(text, "Whiskerway Tower Cat Scratching Post, 81 cm") is None


def test_sisal_and_particle_board_are_the_posts_materials():
    # copy hold-out 6: "Material: Polyester" for a sisal post; sisal and particle board are known since stop 18
    f = _material(SCRATCHER, "Whiskerway Tower Sisal Cat Scratching Post, 81 cm")
    assert f.data["materials"] == ["particle board", "sisal"] and "polyester" not in f.data["materials"]
    assert f.data["parts"]["toy"] == "polyester"


@pytest.mark.parametrize("text", ["Breathability: 3,000 g/m²/24 h", "Atmungsaktivität 5.000 g/m² pro Tag",
                                  "Respirabilité : 10 000 g/m²/24h"])
def test_a_breathability_is_no_fabric_weight(text):
    assert "fabric_weight" not in _facts(text, "Kids' Rain Jacket")
    assert _facts("Shell 160 g/m². " + text, "Kids' Rain Jacket")["fabric_weight"].value == "160 g/m²"
