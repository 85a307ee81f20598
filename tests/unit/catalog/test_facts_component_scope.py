"""Component scope of facts read from prose (issue 16, stop 22: copy hold-out 12's reviewers found part
certificates, materials and figures said of the whole product). Own sentences in the eight prose languages — none
from a hold-out. Each case fails at 04e8d97 (certificates unscoped, no ``components``, no weight qualifier, a fill's
g/m² read as the fabric weight, a hardware line's material taken from the line before)."""

from __future__ import annotations

import pytest

from studio.importers.certainty import assess, to_confirm
from studio.importers.components import PACKAGING, canonical, component_at, weight_qualifier
from studio.importers.facts import extract_facts


def _facts(text: str, title: str) -> dict:
    return {f.key: f for f in extract_facts(text, title)}


@pytest.mark.parametrize("title, text, want", [
    ("Winter Duvet", "The down filling is RDS certified. The cotton shell fabric is certified to OEKO-TEX Standard 100.",
     {"RDS": "filling", "OEKO-TEX": "shell"}),
    ("Night Cream", "Packed in a carton made from FSC-certified board.", {"FSC": "carton"}),
    ("Bettdecke", "Die Füllung ist nach RDS zertifiziert. Der Bezug ist nach OEKO-TEX zertifiziert.",
     {"RDS": "filling", "OEKO-TEX": "cover"}),
    ("Couette", "Le garnissage est certifié RDS.", {"RDS": "filling"}),
    ("Sérum", "L'étui en carton est certifié FSC.", {"FSC": "carton"}),
    ("Edredón", "El relleno tiene certificación RDS.", {"RDS": "filling"}),
    ("Integratore", "L'etichetta è certificata FSC.", {"FSC": "label"}),
    ("Carteira", "O couro vem de um curtume com certificação LWG.", {"LWG": "tannery"}),
    ("羽毛布団", "中綿はRDS認証を取得しています。", {"RDS": "filling"}),
    ("羽绒被", "填充物通过RDS认证。", {"RDS": "filling"}),
    ("Leather Wallet", "Our leather comes from a Leather Working Group (LWG) Gold-rated tannery.", {"LWG": "tannery"}),
])
def test_a_certificate_said_of_a_component_is_that_components(title, text, want):
    f = _facts(text, title)["certification"]
    assert f.data["components"] == want
    for cert, comp in want.items():
        assert f"{cert} ({comp})" in f.value
    # the component answers the doubt "the part's or the product's?": the writers may say it (with the component);
    # a packaging one (carton, label) still waits for the seller
    assert to_confirm(assess([f], text, name=title)[0]) == bool(set(want.values()) & PACKAGING)


def test_a_certificate_of_the_whole_product_stays_the_products():
    f = _facts("Organic cotton tee. GOTS certified. Made in Portugal.", "Organic Tee")["certification"]
    assert f.value == "GOTS" and "components" not in f.data


def test_a_component_the_products_own_name_holds_is_the_product():
    f = _facts("This duvet cover is OEKO-TEX certified.", "Linen Duvet Cover")["certification"]
    assert "components" not in f.data


@pytest.mark.parametrize("title, text, part, material", [
    ("Commuter Backpack", "Lining: 100% recycled polyester\n\nHardware: antique brass-finish zinc alloy, YKK zips",
     "hardware", "zinc alloy"),
    ("Puffer Jacket", "The insulation is 100% recycled polyester, 100 g/m² in the body.", "insulation",
     "recycled polyester"),
    ("Veste", "L'isolation en polyester recyclé est légère.", "insulation", "recycled polyester"),
    ("Giacca", "Imbottitura in poliestere, 80 g/m².", "filling", "polyester"),
    ("Vitamin D3 Capsules", "Packed in an amber jar made with 30% recycled glass.", "jar", "glass"),
])
def test_a_components_material_is_not_the_products(title, text, part, material):
    facts = _facts(text, title)
    parts = facts["part_materials"].data["parts"]
    assert parts[part] == material
    assert material not in (facts["material"].data["materials"] if "material" in facts else [])


def test_a_lining_made_from_bottles_is_the_linings():
    text = ("Full-grain leather backpack. Unzip it and you'll find a 100% recycled polyester lining (made from "
            "post-consumer PET bottles).")
    f = _facts(text, "Commuter Backpack")["material"]
    assert f.data["materials"] == ["leather"]


@pytest.mark.parametrize("text, comp", [
    ("The outer shell is a 100% recycled nylon ripstop.", "shell"),
    ("表地：ナイロン100%", "shell"),
    ("面料：100%尼龙", "shell"),
])
def test_the_products_material_keeps_the_component_it_is_said_of(text, comp):
    f = _facts(text, "Jacket")["material"]
    assert comp in f.data["components"]


@pytest.mark.parametrize("text, grams, measure", [
    ("Minimum trail weight: 1.28 kg (inner, fly and poles)\nPacked weight: 1.52 kg", [1280, 1520], ["trail", "packed"]),
    ("Mindestgewicht 1,4 kg, Packgewicht 1,7 kg.", [1400, 1700], ["minimum", "packed"]),
    ("Poids minimum : 1,2 kg. Poids emballé : 1,45 kg.", [1200, 1450], ["minimum", "packed"]),
    ("Peso mínimo de ruta: 1,1 kg. Peso empaquetado: 1,3 kg.", [1100, 1300], ["trail", "packed"]),
    ("Peso minimo: 1,6 kg. Peso imballato: 1,9 kg.", [1600, 1900], ["minimum", "packed"]),
    ("Peso mínimo: 2,1 kg. Peso embalado: 2,5 kg.", [2100, 2500], ["minimum", "packed"]),
    ("最小重量：1.3kg。収納時重量：1.6kg。", [1300, 1600], ["minimum", "packed"]),
    ("最小重量：1.2kg。打包重量：1.5kg。", [1200, 1500], ["minimum", "packed"]),
])
def test_a_weight_keeps_what_it_measures(text, grams, measure):
    f = _facts(text, "Tent")["weight"]
    assert f.data["grams"] == grams[0] and f.data["measure"] == measure[0] and f.data["qualifier"]
    assert [w["grams"] for w in f.data["weights"]] == grams
    assert [w["measure"] for w in f.data["weights"]] == measure


def test_a_plain_weight_has_no_qualifier():
    f = _facts("Weight: 215 g", "Power Bank")["weight"]
    assert "qualifier" not in f.data and "weights" not in f.data


@pytest.mark.parametrize("text", [
    "The synthetic insulation (100% recycled polyester, 80 g/m² in the body) keeps you warm.",
    "Imbottitura in poliestere, 80 g/m².",
    "Wattierung: 120 g/m² Polyester.",
])
def test_a_fills_grams_per_square_metre_is_no_fabric_weight(text):
    assert "fabric_weight" not in _facts(text, "Jacket")


def test_a_fabric_weight_stays_a_fabric_weight():
    assert _facts("Heavyweight cotton jersey, 220 gsm.", "Tee")["fabric_weight"].data["gsm"] == 220


def test_a_weights_value_says_what_each_weight_measures():
    f = _facts("Minimum trail weight: 1.28 kg\nPacked weight: 1.52 kg", "Tent")["weight"]
    assert f.value == "1.28 kg (Minimum trail weight); 1.52 kg (Packed weight)"
    assert _facts("Net weight 800 g", "Granola")["weight"].value == "800 g"


def test_component_words_and_packaging():
    assert canonical("Füllung") == canonical("garnissage") == canonical("中綿") == "filling"
    assert {"carton", "label", "jar"} <= PACKAGING and "filling" not in PACKAGING
    text = "Finished with an FSC-certified paper label."
    at = text.index("FSC")
    assert component_at(text, at, at + 3) == "label"
    text = "Packed weight: 1.52 kg"
    assert weight_qualifier(text, text.index("1.52"), len(text)) == "Packed weight"
