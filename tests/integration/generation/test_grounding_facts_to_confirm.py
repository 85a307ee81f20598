"""Issue 16, stop 21: a fact read from the description with a doubt ("to confirm") is left out by the offline writer,
but the grounding check still reads it — a true statement of it (a model's, or the seller's own edit) is no invented
material or certification. A rejected fact is no longer grounds for it."""

from __future__ import annotations

from studio import quality
from studio.importers.facts import grounding_facts
from studio.services import catalog
from tests.support.gen_products import add_product

BODY = "Birch plywood frame. Saddle: padded, covered in PU faux leather. The shipping carton is FSC-certified."


def _errors(found):
    return [f.rule_id for f in found if f.severity == "error"]


def _caption(text: str) -> dict:
    return {"hook": "Meet Pip", "body": text, "cta": "Shop now", "hashtags": [], "text": f"Meet Pip\n\n{text}\n\nShop now"}


def test_a_fact_to_confirm_still_grounds_a_true_statement_and_a_rejected_one_does_not(sqlite_db):
    pid = add_product(sqlite_db, "pip", title="Pip Balance Bike", body_text=BODY, facts=[
        {"key": "material", "value": "plywood, leather", "source": "html",
         "data": {"materials": ["plywood", "leather"], "from": "description", "span": [0, 13],
                  "certainty": "confirm", "doubt": "part"}},
        {"key": "certification", "value": "FSC", "source": "html",
         "data": {"items": ["FSC"], "from": "description", "span": [80, 83], "certainty": "confirm", "doubt": "part"}}])
    p = catalog.get_product(sqlite_db, pid)
    assert all((f.data or {}).get("certainty") == "confirm" for f in p.facts)
    content = _caption("Pip has a leather saddle cover and an FSC-certified carton.")
    found = quality.lint_content("caption", "x", "en-US", content, grounding_facts(p))
    assert not [r for r in _errors(found) if r.startswith("grounding.")], found
    catalog.reject_facts(sqlite_db, pid, ["certification"])
    p = catalog.get_product(sqlite_db, pid)
    found = quality.lint_content("caption", "x", "en-US", content, grounding_facts(p))
    assert "grounding.certifications" in _errors(found) or any("FSC" in f.message for f in found if f.severity == "error")
