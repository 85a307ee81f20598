"""``studio facts`` shows the facts read from the description with a doubt ("from description — confirm") and
``studio facts confirm`` / ``reject`` settle them; a re-import keeps what the seller settled (SQLite and
PostgreSQL). Issue 16, stop 21: copy hold-out 11's carton FSC, maximum rider weight and saddle leather."""

from __future__ import annotations

import csv
import json

import pytest

from studio.cli.main import main
from studio.services import catalog

BODY = ("<p>A balance bike for ages 2-5 with a frame of birch plywood.</p><ul>"
        "<li>Saddle: padded, covered in PU faux leather</li><li>Maximum rider weight: 30 kg</li>"
        "<li>Bike weight: 3.4 kg</li></ul><p>Made in Portugal. Our shipping carton is FSC-certified.</p>")


def _csv(tmp_path):
    path = tmp_path / "bikes.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["Handle", "Title", "Body (HTML)", "Vendor", "Variant SKU", "Variant Price", "Variant Grams"])
        w.writerow(["pip-bike", "Pip Birch Balance Bike", BODY, "Little Ridge", "PIP-1", "119.00", "5200"])
    return path


def _facts(capsys) -> dict:
    capsys.readouterr()
    assert main(["facts", "--product", "pip-bike", "--json"]) == 0
    return {f["key"]: f for f in json.loads(capsys.readouterr().out)["facts"]}


def test_facts_to_confirm_are_shown_confirmed_and_rejected(db, tmp_path, capsys):
    path = _csv(tmp_path)
    assert main(["import", str(path)]) == 0
    facts = _facts(capsys)
    assert facts["weight"]["value"] == "3.4 kg" and facts["weight"]["certainty"] == "sure"  # not the 30 kg limit
    assert facts["certification"]["certainty"] == "confirm" and facts["certification"]["doubt"] == "part"
    assert facts["certification"]["source"] == "from description — confirm"
    assert facts["origin"]["certainty"] == "sure"
    capsys.readouterr()
    assert main(["facts", "--product", "pip-bike"]) == 0
    out = capsys.readouterr().out
    assert "from description — confirm" in out and "studio facts confirm --product pip-bike" in out

    # bad input: a clear one-line reason, nothing changed
    assert main(["facts", "confirm", "--product", "pip-bike", "origin"]) != 0
    assert "not waiting for confirmation" in capsys.readouterr().err
    assert main(["facts", "reject", "--product", "pip-bike", "nosuch"]) != 0
    assert "has no fact 'nosuch'" in capsys.readouterr().err
    assert main(["facts", "confirm", "--product", "pip-bike"]) != 0

    assert main(["facts", "reject", "--product", "pip-bike", "certification"]) == 0
    waiting = [k for k, f in _facts(capsys).items() if f["certainty"] == "confirm"]
    if waiting:
        assert main(["facts", "confirm", "--product", "pip-bike", "--all"]) == 0
    facts = _facts(capsys)
    assert "certification" not in facts
    assert all(f["certainty"] != "confirm" for f in facts.values())

    # a re-import keeps the seller's decisions: the rejected fact stays away, the confirmed ones stay confirmed
    assert main(["import", str(path)]) == 0
    again = _facts(capsys)
    assert "certification" not in again
    assert {k: f["certainty"] for k, f in again.items() if k in waiting} == {k: "confirmed" for k in waiting}


@pytest.mark.parametrize("keys", [["material"], None])
def test_confirm_facts_service(db, tmp_path, keys):
    assert main(["import", str(_csv(tmp_path))]) == 0
    p = catalog.get_product_by_ref(db, "pip-bike")
    waiting = {f.key for f in p.facts if (f.data or {}).get("certainty") == "confirm"}
    assert "material" in waiting  # the PU saddle named beside the plywood frame
    change = catalog.confirm_facts(db, p.id, keys)
    assert p.id in change.updated
    now = {f.key: (f.data or {}).get("certainty") for f in catalog.get_product(db, p.id).facts}
    assert now["material"] == "confirmed"
    if keys is None:
        assert "confirm" not in now.values()
