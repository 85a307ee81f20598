"""Issue 16: the grounding check reads the same facts as the writers — the product's, plus what its title and
description state — so an X caption saying "Linen" for a "Linen Shirt" is not an invented material."""

from __future__ import annotations

from studio import quality
from studio.importers.facts import extract_facts, grounding_facts
from studio.services import catalog
from tests.support.gen_products import add_product


def _errors(found):
    return [f.rule_id for f in found if f.severity == "error"]


def test_title_material_grounds_a_caption(sqlite_db):
    pid = add_product(sqlite_db, "linen-shirt", title="Linen Shirt", body_text="Relaxed fit, coconut-shell buttons.",
                      facts=[{"key": "colour", "value": "white"}])
    p = catalog.get_product(sqlite_db, pid)
    content = {"hook": "Linen for hot days", "body": "Our Linen Shirt in white.", "cta": "Shop now",
               "hashtags": [], "text": "Linen for hot days\n\nOur Linen Shirt in white.\n\nShop now"}
    bare = quality.lint_content("caption", "x", "en-US", content, list(p.facts))
    assert "grounding.materials" in _errors(bare)  # what scheduling saw before
    grounded = quality.lint_content("caption", "x", "en-US", content, grounding_facts(p))
    assert "grounding.materials" not in _errors(grounded)
    assert any(f["key"] == "material" and f["from"] == "title" for f in grounding_facts(p))


def test_description_prose_grounds_and_deleted_facts_stay_deleted(sqlite_db):
    pid = add_product(sqlite_db, "flax", title="Summer Shirt",
                      body_text="100% European flax linen, 160 gsm. Relaxed fit.", facts=[],
                      extra={"deleted_facts": ["fabric_weight"]})
    g = {f["key"]: f for f in grounding_facts(catalog.get_product(sqlite_db, pid))}
    assert g["material"]["value"] == "100% European flax linen" and "fabric_weight" not in g


def test_prose_facts_carry_their_span():
    text = "Aus 100 % Leinen, 160 g/m². Hergestellt in Portugal. Maschinenwäsche bei 30 °C."
    f = {x.key: x for x in extract_facts(text, "Leinenhemd")}
    s, e = f["material"].data["span"]
    assert text[s:e] == "100 % Leinen" and f["material"].data["from"] == "description"
    assert f["origin"].data["country"] == "Portugal" and f["fabric_weight"].data["gsm"] == 160
    assert "Maschinenwäsche" in f["care"].value
