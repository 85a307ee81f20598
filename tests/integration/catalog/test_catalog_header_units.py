"""A German seller's sheet imports with the suggested mapping, and a unit named in a header completes the bare
numbers of that column (issue 14, class 7: ``Gewicht (kg)`` = ``0,35`` is 350 g, whether suggested or mapped)."""

from __future__ import annotations

from decimal import Decimal

from studio.services import catalog, importing
from studio.services.importing import ImportOptions

SHEET = ("Artikelnummer;Bezeichnung;Langbeschreibung;Preis (brutto);Währung;Lagerbestand;Gewicht (kg);"
         "Maße (cm);Farbe;Lieferant\n"
         "KB-350;Kaffeebecher;Ein Becher aus Steinzeug.;12,90;EUR;12;0,35;12 x 9 x 10;Blau;Großhandel Süd\n"
         "TL-200;Teller;Ein flacher Teller.;9,50;EUR;4;0,6;26 x 26 x 2;Weiß;Großhandel Süd\n")


def test_german_sheet_with_units_in_headers(db, tmp_path):
    f = tmp_path / "artikel.csv"
    f.write_text(SHEET, encoding="utf-8")
    plan = importing.plan_import(db, f)
    assert plan.error_count == 0 and plan.create_count == 2
    assert plan.mapping == {"Artikelnummer": "sku", "Bezeichnung": "title", "Langbeschreibung": "description",
                            "Preis (brutto)": "price", "Währung": "currency", "Lagerbestand": "inventory",
                            "Gewicht (kg)": "weight", "Maße (cm)": "fact:dimensions", "Farbe": "option:Color"}
    res = importing.run_import(db, f)
    assert (res.created, res.error_count) == (2, 0)
    mug = catalog.get_product_by_ref(db, "KB-350")
    v = mug.variants[0]
    assert (v.price, v.inventory, v.grams, v.weight_unit) == (Decimal("12.90"), 12, Decimal("350"), "kg")
    assert mug.fact("dimensions").data["cm"] == [12, 9, 10]
    assert mug.vendor in (None, "")  # the supplier is not the brand


def test_header_unit_also_applies_to_a_mapped_column(db, tmp_path):
    f = tmp_path / "sheet.csv"
    f.write_text("Ding,Masse in lb\nKettlebell,12\n", encoding="utf-8")
    res = importing.run_import(db, f, ImportOptions(mapping={"Ding": "title", "Masse in lb": "weight"}))
    assert res.error_count == 0
    v = catalog.get_product_by_ref(db, "kettlebell").variants[0]
    assert (round(v.grams, 2), v.weight_unit) == (Decimal("5443.11"), "lb")
    g = tmp_path / "no-unit.csv"
    g.write_text("Ding,Masse\nKettlebell,12\n", encoding="utf-8")
    plan = importing.plan_import(db, g, ImportOptions(mapping={"Ding": "title", "Masse": "weight"}))
    # a bare weight is not guessed, and no longer refuses the product (a PrestaShop sheet's Weight column)
    assert plan.error_count == 0  # (the kettlebell imported above: an update)
    assert [w.kind for w in plan.warnings if "has no unit" in w.message] == ["weight-no-unit"]


def test_a_currency_in_the_price_header_is_the_prices_currency(db, tmp_path):
    f = tmp_path / "feed.csv"
    f.write_text("Product Name,SKU,Retail Price (USD),Compare At Price (USD)\nLamp,L-1,49.00,59.00\n", encoding="utf-8")
    res = importing.run_import(db, f, ImportOptions(currency="EUR"))  # the store currency is for files naming none
    assert res.error_count == 0
    v = catalog.get_product_by_ref(db, "L-1").variants[0]
    assert (v.price, v.compare_at_price, v.currency) == (Decimal("49.00"), Decimal("59.00"), "USD")
    g = tmp_path / "plain.csv"
    g.write_text("Product Name,SKU,Price ($)\nCup,C-1,5.00\n", encoding="utf-8")  # $ names several currencies
    importing.run_import(db, g, ImportOptions(currency="CAD"))
    assert catalog.get_product_by_ref(db, "C-1").variants[0].currency == "CAD"
