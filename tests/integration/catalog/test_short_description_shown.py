"""The seller's short description (``extra["short_description"]``: WooCommerce/WXR short description, PrestaShop's
Summary, a sheet column mapped to it) is shown read-only in the CLI product view, as plain text."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace
from typing import cast

from studio.cli.main import main
from studio.domain import ProductDTO
from studio.services import catalog

REAL = Path(__file__).resolve().parents[2] / "data" / "real"


def _run(capsys, *argv):
    rc = main(list(argv))
    return rc, capsys.readouterr().out


def test_products_show_prints_the_imported_short_description(db, capsys):
    rc, _out = _run(capsys, "import", str(REAL / "woocommerce_sample_products.csv"), "--currency", "EUR",
                    "--no-download")
    assert rc == 0
    rc, out = _run(capsys, "products", "show", "woo-hoodie-with-logo")
    assert rc == 0 and "short description: This is a simple product." in out
    rc, out = _run(capsys, "products", "show", "woo-hoodie-with-logo", "--json")
    assert json.loads(out)["extra"]["short_description"] == "This is a simple product."


def test_a_product_without_one_prints_no_short_description_line(db, capsys):
    rc, _out = _run(capsys, "import", str(REAL / "shopify_apparel.csv"), "--currency", "EUR", "--no-download")
    assert rc == 0
    rc, out = _run(capsys, "products", "show", "ocean-blue-shirt")
    assert rc == 0 and "short description" not in out


def test_short_description_is_plain_text_of_html_or_empty():
    def dto(extra: dict) -> ProductDTO:
        return cast(ProductDTO, SimpleNamespace(extra=extra))  # the function reads ``extra`` only

    assert catalog.short_description(dto({"short_description": "<p>Soft &amp; warm</p><ul><li>wool</li></ul>"})) \
        .startswith("Soft & warm")
    assert "<" not in catalog.short_description(dto({"short_description": "<p>Soft &amp; warm</p>"}))
    assert catalog.short_description(dto({"short_description": "  Plain one  "})) == "Plain one"
    assert catalog.short_description(dto({})) == ""
    assert catalog.short_description(dto({"short_description": "   "})) == ""
