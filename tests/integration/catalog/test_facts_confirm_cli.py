"""``studio facts`` shows the facts read from the description with a doubt ("from description — confirm") and
``studio facts confirm`` / ``reject`` settle them; a re-import keeps what the seller settled (SQLite and
PostgreSQL). Issue 16, stop 21: copy hold-out 11's carton FSC, maximum rider weight and saddle leather."""

from __future__ import annotations

import csv
import json

import pytest

from studio.cli.main import main
from studio.domain import StudioError
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


def test_reject_takes_each_fact_once_and_refuses_before_it_deletes(db, tmp_path, capsys):
    """Stop 22 review: ``studio facts reject`` given two spellings of one fact (``Certification certification``)
    deleted it, then failed on the second spelling with "has no fact" — half done, exit 1. And the CLI rejected
    any fact while the app's Reject took only facts read off the text. Now both call ``catalog.reject_facts``:
    keys compared as stored, each fact once, every key checked before anything is deleted."""
    assert main(["import", str(_csv(tmp_path))]) == 0
    p = catalog.get_product_by_ref(db, "pip-bike")
    catalog.set_fact(db, p.id, "warranty", "2 years")  # a fact the seller typed: not one read off the text
    capsys.readouterr()
    assert main(["facts", "reject", "--product", "pip-bike", "certification", "warranty"]) != 0
    err = capsys.readouterr().err
    assert "'warranty'" in err and "delete it instead" in err
    assert {"certification", "warranty"} <= set(_facts(capsys))  # refused: nothing deleted
    assert main(["facts", "reject", "--product", "pip-bike", "Certification", "certification", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["message"] == "rejected certification"
    assert "certification" not in _facts(capsys)
    with pytest.raises(StudioError, match="not read from the description"):  # the app's Reject: the same rule
        catalog.reject_facts(db, p.id, ["warranty"])


def test_one_public_check_for_a_fact_to_confirm():
    """The "to confirm" check was spelt out in six places (``data.get("certainty") == "confirm"``) and the app
    imported a private one; now every reader asks ``studio.importers.certainty`` (``to_confirm``,
    ``certainty_of``)."""
    import pathlib
    import re

    root = pathlib.Path(__file__).resolve().parents[3]
    spelt = re.compile(r"""get\(["']certainty["']\)\s*(?:==|!=|in)\s*""")
    found = [str(f.relative_to(root)) for d in ("studio", "ui", "generators") for f in (root / d).rglob("*.py")
             if f.name != "certainty.py" and spelt.search(f.read_text(encoding="utf-8"))]
    assert found == []
    from studio.importers.certainty import certainty_of, to_confirm

    assert to_confirm({"data": {"certainty": "confirm"}}) and certainty_of({"certainty": "confirmed"}) == "confirmed"
    assert certainty_of({"data": None}) == "sure"
