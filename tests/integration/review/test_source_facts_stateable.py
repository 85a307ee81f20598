"""Review's "Source facts (what the copy may state)" (issue 16, stop 21): never a shipping weight, and a fact read
from the description with a doubt is listed as one to confirm (SQLite and PostgreSQL)."""

from __future__ import annotations

from studio.services import catalog, review
from tests.support.gen_products import add_product


def test_the_panel_lists_what_the_copy_may_state(db):
    pid = add_product(db, "serum", title="Clear Day Serum", body_text="Vegan. Made in France.", facts=[
        {"key": "origin", "value": "France"},
        {"key": "shipping_weight", "value": "120 g", "type": "weight", "unit": "g",
         "data": {"grams": 120, "of": "parcel", "from": "description"}},
        {"key": "certification", "value": "FSC", "source": "html",
         "data": {"items": ["FSC"], "from": "description", "span": [0, 3], "certainty": "confirm", "doubt": "part"}}])
    rows = {r["key"]: r for r in review.source_facts(db, pid)}
    assert "shipping_weight" not in rows
    assert rows["certification"]["certainty"] == "confirm" and rows["certification"]["source"].endswith("— confirm")
    assert rows["origin"]["certainty"] == "sure"
    catalog.confirm_facts(db, pid, ["certification"])
    rows = {r["key"]: r for r in review.source_facts(db, pid)}
    assert rows["certification"]["certainty"] == "sure" and "confirm" not in rows["certification"]["source"]
