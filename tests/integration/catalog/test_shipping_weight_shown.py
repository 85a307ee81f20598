"""Stop 20: Shopify's Variant Grams is the parcel's weight — stored as ``shipping_weight``, never as the product's
``weight`` — and a user sees it so in `studio facts --product` (CLI) and in Catalog › Facts ("Shipping weight");
the offline writer does not state it as the product's weight."""

from __future__ import annotations

import json

from studio.cli.main import main
from tests.integration.catalog.catalog_files import write_shopify

BODY = "<p>Vitamin C serum with 15% ascorbic acid. 30 ml amber glass bottle.</p>"


def _import(tmp_path) -> None:
    f = write_shopify(tmp_path / "serum.csv", [{"handle": "c-serum", "title": "Bright C Serum", "option": "Title",
                                                "body": BODY, "variants": [{"opt": "Default Title", "sku": "CS-1",
                                                                            "grams": "95"}]}])
    assert main(["import", "--no-download", str(f)]) == 0


def test_variant_grams_shown_as_the_shipping_weight_in_the_cli(db, tmp_path, capsys):
    _import(tmp_path)
    capsys.readouterr()
    assert main(["facts", "--product", "c-serum", "--json"]) == 0
    rows = {r["key"]: r for r in json.loads(capsys.readouterr().out)["facts"]}
    assert "weight" not in rows
    assert rows["shipping_weight"]["value"] == "95 g"


def test_variant_grams_shown_as_the_shipping_weight_in_the_app(db, tmp_path, qtbot):
    from studio.services import catalog
    from studio.storage.db import default_database
    from ui.catalog.models import FactsModel

    _import(tmp_path)
    p = catalog.get_product_by_ref(default_database(), "c-serum")
    model = FactsModel()
    model.set_facts(list(p.facts), description=p.body_text, title=p.title)
    shown = {model.data(model.index(r, 0)) for r in range(model.rowCount())}
    assert "Shipping weight" in shown and "Weight" not in shown


def test_the_offline_writer_does_not_say_the_shipping_weight(db, tmp_path):
    from studio.services import catalog, generation
    from studio.storage.db import default_database

    _import(tmp_path)
    dbase = default_database()
    p = catalog.get_product_by_ref(dbase, "c-serum")
    provider = generation._provider("offline")
    item = generation.prepare(dbase, p, "en-US", "listing", "amazon", provider, brand_voice=False)
    assert not any(f["key"] == "shipping_weight" for f in item.task["facts"])
    out = generation.produce(item, provider)
    assert "95 g" not in json.dumps(out.content, ensure_ascii=False)
