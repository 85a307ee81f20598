"""Walkthrough s14 finding 4: Amazon's bamboo rule (textiles sold as bamboo that are rayon) fired five errors on
a bamboo travel mug's German listing ('Bambus') — the material of a solid product, not a fibre claim. Drinkware,
tableware and bamboo moulded with a rigid material (silicone, melamine, steel, glass, ceramic) name a material in
every language; bamboo textiles are still flagged."""

from __future__ import annotations

import pytest

from studio import quality

MUG_FACTS = [{"key": "material", "value": "bamboo fibre and silicone"}, {"key": "care", "value": "hand wash"}]


def _green(text: str, market: str, facts=None, target: str = "amazon-title") -> list:
    return [f for f in quality.lint_text(text, target, market, facts=facts) if f.rule_id == "amazon.greenwashing"]


@pytest.mark.parametrize(("text", "market"), [
    ("Leaf & Co Bambus Reisebecher 350 ml – Doppelwandig, Grün", "de-DE"),
    ("Doppelwandiger Becher aus Bambusfaser mit Silikondeckel. Hält Getränke warm.", "de-DE"),
    ("Bamboo Travel Mug, double-wall, 350 ml", "en-US"),
    ("Tasse de voyage en bambou, 350 ml", "fr-FR"),
    ("Taza de viaje de bambú con tapa de silicona", "es-ES"),
    ("Tazza da viaggio in bambù", "it-IT"),
    ("Caneca de viagem de bambu", "pt-BR"),
])
def test_bamboo_as_a_mugs_material_is_not_a_green_claim(text, market):
    assert not _green(text, market), text
    assert not _green(text, market, MUG_FACTS, target="amazon-description"), text


def test_a_description_far_from_the_noun_is_quiet_when_the_facts_name_a_rigid_material():
    text = "Aus Bambus. " + "Leicht und robust für unterwegs. " * 4 + "Spülmaschinengeeignet? Nein."
    assert _green(text, "de-DE")  # without facts the word alone is ambiguous
    assert not _green(text, "de-DE", MUG_FACTS, target="amazon-description")


@pytest.mark.parametrize(("text", "market"), [
    ("Bamboo socks", "en-US"), ("Bambus-Socken, weich", "de-DE"), ("Toallas de bambú", "es-ES"),
    ("Bamboo bed sheets, 400 thread count", "en-US"),
])
def test_bamboo_textiles_are_still_flagged(text, market):
    assert _green(text, market, [{"key": "material", "value": "bamboo viscose"}])
