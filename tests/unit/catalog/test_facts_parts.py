"""A part's material is not the product's (issue 16, round 6): decided by the sentence and the product's name
(``studio.importers.facts_parts``), in en/de/fr/es/it/pt. Every product here is made up for these tests."""

from __future__ import annotations

import pytest

from studio.importers.facts import add_body_facts, body_fact_tuples, extract_facts
from studio.importers.facts_parts import attached_part, product_nouns


def material(text: str, name: str | None) -> tuple[list[str], dict[str, str]]:
    f = next((f for f in extract_facts(text, name=name) if f.key == "material"), None)
    if f is None:
        return [], {}
    return list((f.data or {}).get("materials") or []), dict((f.data or {}).get("parts") or {})


@pytest.mark.parametrize("name,text,mats,part_mats", [
    ("Harlow Duffel Bag", "Duffel bag in waxed cotton canvas with copper rivets and a suede carry pad.",
     ["cotton", "canvas"], ["copper", "suede"]),  # copper is a known material since stop 18: the rivets' one
    ("Pell Floor Lamp", "Floor lamp with a walnut base and stainless steel hinges.", ["walnut"], ["stainless steel"]),
    ("Orrin Travel Mug", "Double-walled stainless steel travel mug with a silicone sleeve.", ["stainless steel"],
     ["silicone"]),
    ("Nessa Pendant Necklace", "A sterling silver necklace, shipped in a linen pouch.", ["sterling silver"], ["linen"]),
    ("Vire Tote Bag", "Große Tasche aus Canvas mit Nieten aus Messing.", ["canvas"], ["brass"]),
    ("Corran Bowl", "Schale aus Steinzeug mit einem Untersetzer aus Kork.", ["stoneware"], ["cork"]),
    ("Lisle Backpack", "Sac à dos en cuir, avec des boucles en laiton et des sangles en nylon.", ["leather"],
     ["brass", "nylon"]),
    ("Tamsin Shirt", "Camisa de lino, con remaches de latón.", ["linen"], ["brass"]),
    ("Bruna Sandals", "Sandali in pelle con suola in gomma e viti in ottone.", ["leather", "rubber"], ["brass"]),
    ("Ferra Skillet", "Frigideira de ferro fundido com cabo de aço e rebites de latão.", ["cast iron", "steel"],
     ["brass"]),
])
def test_a_parts_material_is_not_the_products(name, text, mats, part_mats):
    got, parts = material(text, name)
    assert sorted(got) == sorted(mats)
    assert sorted(parts.values()) == sorted(part_mats)


@pytest.mark.parametrize("name,text,mats", [
    # the product's own noun (lexicon forms in every language, compounds) and its components keep the material
    ("Orrin Water Bottle", "Stainless steel water bottle with a bamboo handle.", ["stainless steel", "bamboo"]),
    ("Orrin Thermos Bottle", "Thermosflasche aus Edelstahl mit einem Griff aus Bambus.", ["stainless steel", "bamboo"]),
    ("Marl Mug", "Tasse aus Steinzeug, mit einem Henkel aus Eiche.", ["stoneware", "oak"]),
    ("Wren Sneakers", "Sneakers with a suede upper and a natural rubber sole.", ["suede", "natural rubber"]),
    ("Dale Throw", "Soft cotton terry, 500 gsm.", ["cotton"]),
    ("Orla Scarf", "Écharpe en laine mérinos, fabriquée en Italie.", ["merino wool"]),
    ("Steel Weights", "Steel plates with a nylon grip.", ["steel", "nylon"]),  # the subject of its sentence
])
def test_the_products_own_nouns_and_components_keep_the_material(name, text, mats):
    got, parts = material(text, name)
    assert sorted(got) == sorted(mats) and not parts


def test_without_a_name_the_part_vocabulary_decides():
    got, parts = material("Canvas tote with brass rivets and aluminium buckles.", None)
    assert "aluminium" not in got and parts.get("buckles") == "aluminium"
    assert "brass" in got  # "rivets" is not in the round-5 vocabulary: only the name-based rule knows it


def test_product_nouns_cover_the_lexicon_languages():
    own = product_nouns("Orrin Water Bottle")
    assert {"water bottle", "bottle"} & own
    assert any(w in own for w in ("trinkflasche", "flasche", "gourde", "botella", "borraccia", "garrafa"))


def test_attached_part_says_when_it_cannot_tell():
    text = "Brass, hand-finished."
    assert attached_part(text, 0, 5, "Orrin Lamp") == (False, None)


def test_the_import_passes_the_name():
    class Rec:
        title = "Vire Tote Bag"
        body_text = "Canvas tote with brass rivets."
        facts: list = []

        def add_fact(self, key, value, type_, unit, data, source=None, replace=True):
            self.facts.append((key, data))

    r = Rec()
    add_body_facts(r)
    data = dict(r.facts)["material"]
    assert data["materials"] == ["canvas"] and data["parts"] == {"rivets": "brass"}
    tuples = body_fact_tuples(r.body_text, r.title)
    assert next(t for t in tuples if t[0] == "material")[4].get("parts")


@pytest.mark.parametrize("text", [
    "The mug is made of stoneware, for your desk.", "Tasse aus Steinzeug, mit Deckel und Untersetzer.",
    "THE AND WITH", "Sac en cuir avec des boucles", "it's the one", "theme, anders, within", "", "12 x 30 cm",
    "Straße mit Kork", "ſo the", "né é É", "ÉT de la", "e o y und", "café\u0301 the", "İT IT it", "ǅ the",
    "_the the_ the2 2the", "ⓔ the Ⓔ", "e\u0301 de 12de",
])
def test_english_counts_whole_function_words_as_the_findall_did(text):
    # ``english`` counts runs of word characters (one look-up per distinct run) instead of two findall scans;
    # the reading must be the one of the scans
    import regex

    from studio.importers.facts_parts import _EN_WORDS, _OTHER_WORDS, english

    en, other = len(_EN_WORDS.findall(text)), len(_OTHER_WORDS.findall(text))
    assert english(text) == (en > other or (en == other == 0 and not regex.search(r"[^\x00-\x7f]", text)))


def test_product_nouns_hold_every_key_of_a_lexicon_row():
    from studio.importers.facts_parts import _lexicon_rows

    keys, _rows = _lexicon_rows()
    for key, idx in list(keys.items())[:200]:
        want = {k for k, v in keys.items() if v == idx}
        assert want <= product_nouns.__wrapped__(key)
