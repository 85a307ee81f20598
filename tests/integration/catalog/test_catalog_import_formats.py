"""Every supported format imports into the catalog (SQLite and PostgreSQL)."""

from __future__ import annotations

import json
from decimal import Decimal

import openpyxl
import pytest
from sqlalchemy import func, select

from studio.services import catalog, importing
from studio.services.importing import ImportOptions
from studio.services.sample import import_sample, sample_catalog_dir
from studio.storage import models as m
from tests.integration.catalog.catalog_files import WOO_HEADER, woo_row, write_csv


def count(db, model) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_sample_catalog_imports_with_facts_images_and_language(db):
    res = import_sample(db)
    assert res.error_count == 0 and res.created >= 24
    assert count(db, m.Product) == res.created
    tee = catalog.get_product_by_ref(db, "NWB-TEE-NAV-M")
    assert tee.handle == "organic-cotton-crew-tee"
    assert {v.options["Size"] for v in tee.variants} == {"S", "M", "L", "XL"}
    assert tee.fact("material").value.startswith("100% organic cotton")
    assert "chest" in tee.fact("size_chart").value
    assert tee.fact("size").data == {"items": ["S", "M", "L", "XL"]}
    assert all(md.status == "ok" and md.local_path and md.width == 800 for md in tee.media)
    navy = next(v for v in tee.variants if v.sku == "NWB-TEE-NAV-M")
    assert navy.currency == "EUR" and navy.price == Decimal("24") and navy.market_prices["International"] == "26.40"
    navy_ids = {v.id for v in tee.variants if v.options["Color"] == "Navy"}
    navy_img = next(md for md in tee.media if md.src.endswith("tee-navy.png"))
    assert navy_img.variant_id in navy_ids  # Variant Image linked to (the first) navy variant
    table = catalog.get_product_by_ref(db, "oak-dining-table")
    dims = table.fact("dimensions")
    assert dims.type == "dimensions" and dims.data["cm"] == [180, 90, 75]
    assert table.fact("weight").data["grams"] == 48000
    serum = catalog.get_product_by_ref(db, "vitamin-c-serum")
    assert "Sodium Ascorbyl Phosphate" in serum.fact("ingredients").value
    assert serum.fact("warning") is not None
    try:
        import localization.detect  # noqa: F401
    except ImportError:
        pytest.skip("localization.detect not available")
    assert tee.source_language == "en"
    assert (sample_catalog_dir() / "images").is_dir()


def test_woocommerce_simple_and_variable(db, tmp_path):
    rows = [
        # a variation listed before its parent must still find it
        woo_row(ID="11", Type="variation", SKU="HOOD-M", Name="Hoodie - M", Parent="id:10", Regular_price="45",
                Stock="4", **{"Attribute 1 name": "Size", "Attribute 1 value(s)": "M"}),
        woo_row(ID="10", Type="variable", SKU="HOOD", Name="Cosy Hoodie", Description="<p>Warm.</p><p>Material: 80% cotton, 20% polyester</p>",
                Categories="Clothing > Hoodies", Tags="winter, cosy", Images="https://127.0.0.1:9/h1.jpg, https://127.0.0.1:9/h2.jpg",
                Published="1", **{"Attribute 1 name": "Size", "Attribute 1 value(s)": "M, L"}),
        woo_row(ID="12", Type="variation", SKU="HOOD-L", Name="Hoodie - L", Parent="HOOD", Regular_price="49",
                Sale_price="39", **{"Attribute 1 name": "Size", "Attribute 1 value(s)": "L"}),
        woo_row(ID="20", Type="simple", SKU="LAMP", Name="Desk Lamp", Regular_price="29.90", Published="0",
                **{"Weight (kg)": "1.2", "Length (cm)": "30", "Width (cm)": "15",
                                                  "Height (cm)": "45", "Attribute 1 name": "Color",
                                                  "Attribute 1 value(s)": "Black", "Brands": "Lumen"}),
    ]
    f = write_csv(tmp_path / "wc-product-export.csv", WOO_HEADER, rows)
    assert importing.detect(f).format == "woocommerce"
    res = importing.run_import(db, f, ImportOptions(download_images=False))
    assert (res.created, res.error_count) == (2, 0)
    hoodie = catalog.get_product_by_ref(db, "HOOD-L")
    assert hoodie.title == "Cosy Hoodie" and hoodie.category == "Clothing > Hoodies" and hoodie.tags == ("winter", "cosy")
    by_sku = {v.sku: v for v in hoodie.variants}
    assert by_sku["HOOD-M"].options == {"Size": "M"} and by_sku["HOOD-M"].inventory == 4
    assert (by_sku["HOOD-L"].price, by_sku["HOOD-L"].compare_at_price) == (Decimal("39"), Decimal("49"))
    assert [md.src for md in hoodie.media] == ["https://127.0.0.1:9/h1.jpg", "https://127.0.0.1:9/h2.jpg"]
    assert hoodie.fact("material").data["percent"] == {"cotton": 80, "polyester": 20}
    lamp = catalog.get_product_by_ref(db, "LAMP")
    assert lamp.status == "draft" and lamp.vendor == "Lumen"
    assert lamp.fact("dimensions").data["cm"] == [30, 15, 45]
    assert lamp.fact("weight").data["grams"] == 1200
    assert lamp.fact("colour").value == "Black"


def test_woocommerce_orphan_variation_is_an_error(db, tmp_path):
    f = write_csv(tmp_path / "wc.csv", WOO_HEADER, [
        woo_row(ID="1", Type="simple", SKU="A", Name="A", Regular_price="5", Images="x.jpg"),
        woo_row(ID="3", Type="variation", SKU="B-1", Name="B", Parent="id:2", Regular_price="5"),
    ])
    plan = importing.plan_import(db, f)
    assert plan.error_count == 1 and "id:2" in plan.errors[0].message and plan.errors[0].line == 3


def test_generic_cp1252_semicolon_with_mapping(db, tmp_path):
    header = ["Artikelnummer", "Bezeichnung", "Preis", "Größe", "Stoff", "Beschreibung", "Intern"]
    rows = [["TS-1-S", "T-Shirt „Öko“", "19,90", "S", "100% Baumwolle", "Weiches Shirt.", "x"],
            ["TS-1-M", "T-Shirt „Öko“", "19,90", "M", "100% Baumwolle", "Weiches Shirt.", "y"],
            ["MUG-1", "Tasse €-Edition", "12,00", "", "Steinzeug", "Für Kaffee.", "z"]]
    f = write_csv(tmp_path / "artikel.csv", header, rows, delimiter=";", encoding="cp1252")
    det = importing.detect(f)
    assert (det.encoding, det.delimiter, det.format) == ("cp1252", ";", "csv")
    opts = ImportOptions(mapping=importing.parse_map_args(["Bezeichnung=title", "Stoff=fact:material",
                                                           "Größe=option:Size"]), currency="EUR")
    res = importing.run_import(db, f, opts)
    assert (res.created, res.error_count) == (2, 0)
    assert any("Intern" in w.message for w in res.warnings)  # unmapped column reported
    with db.session() as s:
        run = s.get(m.ImportRun, res.import_run_id)
        assert (run.format, run.encoding, run.delimiter) == ("csv", "cp1252", ";")
        assert run.mapping["Bezeichnung"] == "title" and run.mapping["Preis"] == "price"
    tee = catalog.get_product_by_ref(db, "TS-1-M")
    assert tee.title == "T-Shirt „Öko“" and tee.body_text == "Weiches Shirt."
    assert [(v.sku, v.options, v.price) for v in tee.variants] == [
        ("TS-1-S", {"Size": "S"}, Decimal("19.90")), ("TS-1-M", {"Size": "M"}, Decimal("19.90"))]
    assert tee.fact("material").value == "100% Baumwolle"
    assert catalog.get_product_by_ref(db, "MUG-1").title == "Tasse €-Edition"


def test_tsv_utf16_generic(db, tmp_path):
    f = write_csv(tmp_path / "items.tsv", ["Title", "SKU", "Price", "Image"],
                  [["กระเป๋าผ้า", "TH-1", "250", ""], ["حقيبة", "AR-1", "99.5", ""]], delimiter="\t", encoding="utf-16")
    det = importing.detect(f)
    assert (det.encoding, det.container) == ("utf-16", "tsv")
    res = importing.run_import(db, f)
    assert res.created == 2
    assert catalog.get_product_by_ref(db, "AR-1").title == "حقيبة"


def test_xlsx_generic_with_numbers(db, tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Products"
    ws.append(["Product Name", "SKU", "Price", "Stock", "Dimensions", "Weight"])
    ws.append(["Oak Shelf", "SH-1", 149.9, 3, "80 x 25 x 20 cm", "4.5 kg"])
    ws.append(["Bench", "BN-1", 89, 0, None, None])
    ws.append(["placeholder", "EVIL-1", 1, 1, None, None])
    ws["A4"].value = "=cmd|'/C calc'!A0"
    ws["A4"].data_type = "s"  # a text cell that looks like a formula (as typed with a leading apostrophe)
    f = tmp_path / "shop.xlsx"
    wb.save(f)
    det = importing.detect(f)
    assert (det.container, det.format, det.sheet) == ("xlsx", "xlsx", "Products")
    res = importing.run_import(db, f)
    assert (res.created, res.error_count) == (3, 0)
    shelf = catalog.get_product_by_ref(db, "SH-1")
    v = shelf.variants[0]
    assert (v.price, v.inventory, float(v.grams)) == (Decimal("149.9"), 3, 4500.0)
    assert shelf.fact("dimensions").data["cm"] == [80, 25, 20]
    evil = catalog.get_product_by_ref(db, "EVIL-1")
    assert evil.title == "=cmd|'/C calc'!A0"  # stored as data, never evaluated


@pytest.mark.parametrize("wrapped", [False, True])
def test_json_catalog(db, tmp_path, wrapped):
    products = [
        {"title": "Ceramic Mug", "handle": "mug", "description": "A mug.\n\nDishwasher safe.", "vendor": "Kiln",
         "tags": "kitchen, mug", "options": [{"name": "Color", "values": ["Sage", "Sand"]}],
         "variants": [{"sku": "MUG-SAGE", "option1": "Sage", "price": "22.00", "weight": 0.38, "weight_unit": "kg"},
                      {"sku": "MUG-SAND", "option1": "Sand", "price": 22, "market_prices": {"Switzerland": "24"}}],
         "images": ["https://127.0.0.1:9/m.jpg", {"src": "https://127.0.0.1:9/m2.jpg", "alt": "Side", "variant_sku": "MUG-SAND"}],
         "facts": {"material": "stoneware", "dimensions": {"value": "9 x 9 x 10 cm"}, "capacity": "350 ml"}},
        {"title": "Lamp", "sku": "LAMP-1", "price": "35", "facts": [{"key": "Warning", "value": "Hot bulb"}]},
    ]
    doc = {"shop": {"name": "x"}, "products": products} if wrapped else products
    f = tmp_path / "catalog.json"
    f.write_text(json.dumps(doc, ensure_ascii=False, indent=1), encoding="utf-8")
    res = importing.run_import(db, f, ImportOptions(download_images=False))
    assert (res.created, res.error_count) == (2, 0)
    mug = catalog.get_product_by_ref(db, "MUG-SAND")
    assert mug.tags == ("kitchen", "mug") and mug.body_text == "A mug.\n\nDishwasher safe."
    sand = next(v for v in mug.variants if v.sku == "MUG-SAND")
    assert sand.options == {"Color": "Sand"} and sand.market_prices == {"Switzerland": "24"}
    assert float(next(v for v in mug.variants if v.sku == "MUG-SAGE").grams) == 380.0
    assert mug.fact("dimensions").type == "dimensions" and mug.fact("capacity").value == "350 ml"
    assert next(md for md in mug.media if md.alt == "Side").variant_id == sand.id
    lamp = catalog.get_product_by_ref(db, "LAMP-1")
    assert lamp.handle == "lamp" and lamp.fact("warning").value == "Hot bulb"


def test_json_errors_name_path_and_line(db, tmp_path):
    f = tmp_path / "bad.json"
    f.write_text('[\n {"title": "Ok", "price": "5"},\n {"title": "", "variants": [{"price": "abc"}]}\n]', encoding="utf-8")
    plan = importing.plan_import(db, f)
    assert plan.create_count == 1 and plan.error_count == 2
    cols = {e.column for e in plan.errors}
    assert cols == {"products[1].title", "products[1].variants[0].price"}
    assert all(e.line == 3 and e.file == "bad.json" for e in plan.errors)
    broken = tmp_path / "broken.json"
    broken.write_text('[{"title": "A"},\n {"title": "B",,}]', encoding="utf-8")
    with pytest.raises(importing.CatalogImportError, match=r"broken.json:2: column \d+: invalid JSON"):
        importing.plan_import(db, broken)
