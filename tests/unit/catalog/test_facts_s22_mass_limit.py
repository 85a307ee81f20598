"""Stop 22 review: a weight near a child / kid / user / rider word was dropped as a limit even with no limit word
(``facts_prose._MASS_LIMIT``): a stroller "for your child" that "weighs 6.8 kg" lost its weight. A person word alone
is no limit now; a limit word ("max", "up to", "bis", "jusqu'à", "hasta"…) or the person's own weight ("rider
weight", "Kindergewicht", "poids de l'enfant", "体重") still is."""

from __future__ import annotations

import pytest

from studio.importers.facts import extract_facts


def _weight(text: str) -> str | None:
    f = {x.key: x for x in extract_facts(text)}.get("weight")
    return f.value if f else None


@pytest.mark.parametrize("text,weight", [
    ("Our stroller for your child weighs just 6.8 kg.", "6.8 kg"),
    ("A sturdy toy box for a child's room. It weighs 4.5 kg.", "4.5 kg"),
    ("Easy for every user: the vacuum weighs 2.8 kg.", "2.8 kg"),
    ("Leicht genug für Kinder: wiegt nur 1,2 kg.", "1,2 kg"),
    ("Für Fahrer jeder Größe gebaut, Rahmengewicht 9,5 kg.", "9,5 kg"),
])
def test_a_weight_beside_a_person_word_is_the_products(text, weight):
    assert _weight(text) == weight


@pytest.mark.parametrize("text", [
    "Maximum rider weight: 30 kg",
    "Rider weight 30 kg.",
    "User weight max 120 kg.",
    "For children up to 25 kg.",
    "Für Kinder bis 25 kg.",
    "Kindergewicht: 9 bis 18 kg",
    "Pour enfants jusqu'à 25 kg.",
    "Poids de l'enfant : 9 à 18 kg",
    "Para niños hasta 25 kg.",
    "Peso do ciclista até 30 kg",
    "体重 25kg まで",
])
def test_a_limit_or_the_persons_own_weight_is_never_the_products(text):
    assert _weight(text) is None
