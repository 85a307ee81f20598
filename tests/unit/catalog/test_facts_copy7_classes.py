"""Stop 18, copy hold-out 7 (native readers' classes, fixed as classes): a raw material's origin is no made-in,
a serving is no product weight, a weight never leaks into the care line, a section heading is no warning
sentence, CE/UKCA are markings and a certification the source gives for one part stays that part's. Every case
here failed at 7466ea9 (the commit the readers scored)."""

from __future__ import annotations

import pytest

from studio.importers.facts import extract_facts
from studio.importers.facts_prose import _origin, _read_warning, _weight


def _facts(text: str, title: str | None = None) -> dict[str, object]:
    return {f.key: f for f in extract_facts(text, title)}


# --------------------------------------------------------------------------- 1. origin


@pytest.mark.parametrize("text", [
    "Collagen source: bovine hides, origin Brazil – not suitable for vegetarians or vegans",
    "Kollagenquelle: Rinderhaut, Herkunft Brasilien.",
    "Source de collagène : peau bovine, origine Brésil.",
    "Fuente de colágeno: piel bovina, origen Brasil.",
    "Fonte de colágeno: couro bovino, origem Brasil.",
    "Zip made in Japan.",
])
def test_a_raw_material_or_part_origin_is_not_the_products(text):
    assert _origin(text, "description") is None


@pytest.mark.parametrize("text, country", [
    ("Full-grain leather tanned in Italy, made in India.", "India"),
    ("Fabric woven in Italy, sewn in Portugal.", "Portugal"),
    ("Designed in Denmark, manufactured in China.", "China"),
    ("Origin: Portugal", "Portugal"),
    ("Country of origin: China", "China"),
    ("Herkunftsland: Italien", "Italy"),
    ("Fabriqué en France.", "France"),
    ("原产地：中国", "China"),
    ("ポルトガル製", "Portugal"),
])
def test_a_made_in_statement_still_gives_the_origin(text, country):
    f = _origin(text, "description")
    assert f is not None and f.data["country"] == country


def test_designed_in_is_no_origin():
    assert "origin" not in _facts("Designed in Sweden, the Ek step stool doubles as a bedside table.")


# --------------------------------------------------------------------------- 2. weight, care, headings


@pytest.mark.parametrize("text, value", [
    ("Contents: 300 g (30 servings of 10 g)\nNutrition per daily dose (10 g, Neutral):\nRecommended daily dose: 10 g",
     "300 g"),
    ("Pack size: 900 g (30 servings)\nServing size: 1 scoop = 30 g\nProtein per serving: 27 g", "900 g"),
    ("Inhalt: 500 g. Tagesdosis: 10 g.", "500 g"),
    ("Contenido: 300 g (30 porciones de 10 g)", "300 g"),
    ("Contenu : 300 g (30 portions de 10 g)", "300 g"),
    ("内容量：300g（1回10g）", "300g"),
])
def test_a_serving_is_not_the_weight_the_pack_is(text, value):
    f = _weight(text, "description")
    assert f is not None and f.value == value


@pytest.mark.parametrize("text", ["Serving size: 1 scoop = 30 g", "Porción: 30 g", "Dose journalière : 10 g",
                                  "Tagesdosis: 10 g"])
def test_a_serving_alone_gives_no_weight(text):
    assert _weight(text, "description") is None


@pytest.mark.parametrize("text, care", [
    ("Assembled weight of all parts: approx. 1.1 kg. Wipe clean with a damp cloth; do not soak in water.",
     "Wipe clean with a damp cloth; do not soak in water."),
    ("Net weight approx. 3.2 kg. Wipe clean with a damp cloth; do not use solvents.",
     "Wipe clean with a damp cloth; do not use solvents."),
    ("Gewicht ca. 2.5 kg. Waschbar bei 30 °C.", "Waschbar bei 30 °C."),
])
def test_a_weight_never_leaks_into_the_care_line(text, care):
    facts = _facts(text)
    assert facts["care"].value == care


@pytest.mark.parametrize("text, first", [
    ("The Kelda kettle.\n\nPRECAUTIONS\nDo not immerse the kettle or base in water. Only use with the supplied base.",
     "Do not immerse the kettle or base in water."),
    ("WHAT IT IS\nA serum.\nPRECAUTIONS\nFor external use only. Avoid contact with the eyes.",
     "For external use only."),
    ("SAFETY\nDo not stand on the stool on an uneven floor. Not a toy.", "Do not stand on the stool on an uneven floor."),
    ("SICHERHEITSHINWEISE\nNicht für Kinder unter 3 Jahren geeignet.", "Nicht für Kinder unter 3 Jahren geeignet."),
])
def test_a_section_heading_is_no_warning_sentence(text, first):
    f = _read_warning(text, "description")
    assert f is not None and f.data["items"][0] == first
    assert not any(i.isupper() for i in f.data["items"])


# --------------------------------------------------------------------------- 3. certification scope, CE


def test_fsc_of_one_wood_stays_that_woods_and_ce_is_a_marking():
    facts = _facts("Tracks, vehicles and wheels are made of solid beech wood from FSC®-certified forests; the bridge "
                   "ramps are birch plywood. The set complies with EN 71-1 and carries the CE mark.")
    assert facts["certification"].value == "FSC (beech)"
    assert facts["certification"].data["scope"] == {"FSC": "beech"}
    assert facts["marking"].value == "CE"


@pytest.mark.parametrize("text, value", [
    ("Fabric: 100 % organic cotton interlock, GOTS-certified fabric.", "GOTS (fabric)"),
    # stop 22: the component the certificate covers is named (the packaging), not the material it is made of
    ("Packaging: FSC-certified cardboard.", "FSC (packaging)"),
    ("OEKO-TEX Standard 100 certified.", "OEKO-TEX"),
    ("Responsible Wool Standard (RWS) certified.", "RWS"),
])
def test_a_certification_is_scoped_where_the_source_scopes_it(text, value):
    assert _facts(text)["certification"].value == value


@pytest.mark.parametrize("text", ["Certified CE and UKCA", "CE-zertifiziert und UKCA", "Marquage CE et UKCA.",
                                  "通过CE认证和UKCA"])
def test_ce_and_ukca_are_markings_not_certifications(text):
    facts = _facts(text)
    assert "certification" not in facts
    assert facts["marking"].value == "CE, UKCA"
