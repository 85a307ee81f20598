"""Facts from prose, checks asked only when their answer is used (issue 14 speed, stop 21).

``materials`` asks ``_recycled_source`` ("made from recycled PET bottles": the bottles are the material's source, never a
part) only for a material whose part or attached noun can be such a source (``_SOURCE_WORD``), at most once per
material — it used to ask it for every material — and looks for German words (``_GERMAN_HINT``, read by
``_in_a_name``) only for a capitalised material term, the only case ``_in_a_name`` reads it. ``_weight_facts`` scans the text's masses once (it scanned them twice,
the second time only to find the masses of a shipping-weight sentence, even in a text without one).
The facts are the ones the eager code gave (each case's expected value was printed by the code before, ba7913b).
"""

from __future__ import annotations

import pytest

from studio.importers import facts_prose as fp

CASES = [  # (description, product name, materials, parts, calls of _recycled_source)
    ("Tote bag made from recycled PET bottles.", "Tote bag", [("pet", None, 28, 31)], {}, 1),
    ("A roomy tote bag made from recycled PET bottles, with cotton handles.", "Tote bag",
     [("pet", None, 36, 39), ("cotton", None, 54, 60)], {}, 1),
    ("In the box: sunglasses, protective felt case made from recycled PET bottles, cloth.", "Sunglasses", [],
     {"case": "pet"}, 1),
    ("Sunglasses with a bottle opener made of stainless steel.", "Sunglasses", [], {"bottle": "stainless steel"}, 1),
    ("Lunch box with a stainless steel bottle.", "Lunch box", [], {"bottle": "stainless steel"}, 1),
    ("Jacket in recycled polyester from plastic bottles, with a nylon lining.", "Rain jacket",
     [("recycled polyester", None, 10, 28)], {"lining": "nylon"}, 0),
    ("Rucksack aus recycelten PET-Flaschen, Träger aus Baumwolle.", "Rucksack", [("pet", None, 24, 27)],
     {"träger": "cotton"}, 0),
    ("Sac en bouteilles en plastique recyclées, anses en cuir.", "Sac", [("leather", None, 51, 55)], {}, 0),
    ("Organic cotton tee with a linen pocket.", "Tee", [("organic cotton", None, 0, 14)], {"pocket": "linen"}, 0),
    ("Bottle made of glass with a bamboo lid.", "Bottle", [("glass", None, 15, 20)], {"lid": "bamboo"}, 0),
]


@pytest.mark.parametrize(("text", "name", "found", "parts", "calls"), CASES)
def test_recycled_source_is_asked_only_where_it_decides(monkeypatch, text, name, found, parts, calls):
    asked = []
    real = fp._recycled_source

    def spy(t: str, s: int, e: int) -> bool:
        asked.append((s, e))
        return real(t, s, e)

    monkeypatch.setattr(fp, "_recycled_source", spy)
    got: dict[str, str] = {}
    assert fp.materials(text, got, name) == found
    assert got == parts
    assert len(asked) == calls
    assert len(set(asked)) == len(asked)  # at most once per material


WEIGHTS = [  # (text, (key, value) of each weight fact) — as the code before gave them
    ("Weight: 2.5 kg. Shipping weight: 3.1 kg.", [("weight", "2.5 kg"), ("shipping_weight", "3.1 kg")]),
    ("Shipping weight: S 1.6 kg, M 3.1 kg, L 5.9 kg. Net weight 1.2 kg.",
     [("weight", "1.2 kg"), ("shipping_weight", "S: 1.6 kg; M: 3.1 kg; L: 5.9 kg")]),
    ("A light tee, 180 g.", [("weight", "180 g")]),
    ("Weight: 245 g (one shoe, EU 42)", [("weight_per_item", "one shoe, EU 42: 245 g")]),
    ("No masses here at all.", []),
]


class _CountingPattern:
    """A compiled pattern that counts its ``finditer`` scans."""

    def __init__(self, rx) -> None:
        self.rx, self.scans = rx, 0

    def finditer(self, *args):
        self.scans += 1
        return self.rx.finditer(*args)

    def __getattr__(self, name):
        return getattr(self.rx, name)


@pytest.mark.parametrize(("text", "want"), WEIGHTS)
def test_weight_reader_scans_the_masses_once(monkeypatch, text, want):
    counting = _CountingPattern(fp._MASS_RE)
    monkeypatch.setattr(fp, "_MASS_RE", counting)
    assert [(f.key, f.value) for f in fp._weight_facts(text, "description")] == want
    assert counting.scans == 1


NAMES = [  # (text, product name, materials, parts) — as the code before gave them
    ("Tasche aus Baumwolle, Griffe aus Leder.", "Tasche", [("cotton", None, 11, 20)], {"handles": "leather"}),
    ("Die Leinen & Co. Tasche ist aus Baumwolle.", "Tasche", [("cotton", None, 32, 41)], {}),
    ("Shop the Terra Ceramica collection: stoneware mugs.", "Mug", [], {}),
    ("Organic Cotton Tee in soft Linen.", "Tee", [("organic cotton", None, 0, 14), ("linen", None, 27, 32)], {}),
    ("Made of Oak & Iron: a solid oak table.", "Table", [("oak", None, 22, 31)], {}),
    ("a cotton tee with a linen pocket", "Tee", [("cotton", None, 2, 8)], {"pocket": "linen"}),
]


@pytest.mark.parametrize(("text", "name", "found", "parts"), NAMES)
def test_german_hint_is_looked_for_only_for_a_capitalised_material(monkeypatch, text, name, found, parts):
    counting = _CountingPattern(fp._GERMAN_HINT)
    searches = []
    counting.search = lambda *a: searches.append(a) or fp._GERMAN_HINT.rx.search(*a)  # type: ignore[method-assign]
    monkeypatch.setattr(fp, "_GERMAN_HINT", counting)
    got: dict[str, str] = {}
    assert fp.materials(text, got, name) == found
    assert got == parts
    assert len(searches) <= 1  # once per text at most, as before
    if text == text.lower():
        assert not searches  # no capitalised material term: never asked (it was asked for every text)
