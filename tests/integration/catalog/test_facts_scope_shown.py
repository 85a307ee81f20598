"""Stop 19: a part's material and one size's measure read off a description are stored as what they are — not as the
product's material or size — and a user sees them so in `studio facts --product` (CLI) and in Catalog › Facts (the
app's facts model, the key's label and "from description")."""

from __future__ import annotations

import json

from studio.cli.main import main
from tests.integration.catalog.catalog_files import write_shopify

BODY = ("<p>Full-grain leather tote with an inner zip pocket. Lining: 100% cotton. Comes in a cotton dust bag.</p>"
        "<p>Sizes: Standard 38 x 30 x 14 cm, Large 44 x 34 x 16 cm.</p>")


def _import(tmp_path) -> None:
    f = write_shopify(tmp_path / "tote.csv", [{"handle": "harbor-tote", "title": "Harbor Leather Tote", "option": "Size",
                                               "body": BODY, "variants": [{"opt": "Standard", "sku": "HT-S"},
                                                                          {"opt": "Large", "sku": "HT-L"}]}])
    assert main(["import", "--no-download", str(f)]) == 0


def test_parts_and_per_size_measures_in_the_cli(db, tmp_path, capsys):
    _import(tmp_path)
    capsys.readouterr()
    assert main(["facts", "--product", "harbor-tote", "--json"]) == 0
    rows = {r["key"]: r for r in json.loads(capsys.readouterr().out)["facts"]}
    assert rows["material"]["value"] == "Full-grain leather"  # no cotton: the lining's and the dust bag's
    assert "lining: cotton" in rows["part_materials"]["value"] and rows["part_materials"]["source"] == "from description"
    assert "dimensions" not in rows
    assert rows["dimensions_per_item"]["value"] == "Standard: 38 x 30 x 14 cm; Large: 44 x 34 x 16 cm"
    assert main(["facts", "--product", "harbor-tote"]) == 0
    out = capsys.readouterr().out
    assert "part_materials: lining: cotton" in out and "(from description)" in out


def test_parts_and_per_size_measures_in_the_app(db, tmp_path, qtbot):
    from studio.services import catalog
    from studio.storage.db import default_database
    from ui.catalog.models import FactsModel

    _import(tmp_path)
    p = catalog.get_product_by_ref(default_database(), "harbor-tote")
    model = FactsModel()
    model.set_facts(list(p.facts), description=p.body_text, title=p.title)
    shown = {model.data(model.index(r, 0)): [model.data(model.index(r, c)) for c in range(model.columnCount())]
             for r in range(model.rowCount())}
    assert "Part materials" in shown and any("lining: cotton" in str(c) for c in shown["Part materials"])
    assert "from description" in shown["Part materials"]
    assert "Dimensions per item" in shown and "Dimensions" not in shown
