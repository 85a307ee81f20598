"""Shapes of real exports that the importer refused or misread at their first run (issue 14, s17 real files:
Vendure's aligned import sheet, PrestaShop's product import template, Akeneo's multilingual CSV export, a
Shopify Admin API single-product response). One test per defect class, on small made-up data; each fails
without its fix."""

from __future__ import annotations

import json
from decimal import Decimal

from studio.services import catalog, importing
from studio.services.importing import ImportOptions

NO_DL = ImportOptions(download_images=False)


def test_padded_columns_and_quoted_cells_after_the_padding(db, tmp_path):
    """Cells padded with spaces so the columns line up, quoted cells after the padding (Vendure): read as the
    values, not refused as 'text after the closing quote'; a file without padding is read as before."""
    f = tmp_path / "aligned.csv"
    f.write_text('name    , sku   , description              , price\n'
                 'Lamp    , L-1   , "Warm light, dimmable"   , 49.00\n'
                 'Vase    , V-1   , "A ""tall"" vase"         , 25.50\n', encoding="utf-8")
    r = importing.run_import(db, f, NO_DL)
    assert (r.error_count, r.created) == (0, 2), r.errors[:2]
    lamp = catalog.get_product_by_ref(db, "L-1")
    assert (lamp.title, lamp.body_text, lamp.variants[0].price) == ("Lamp", "Warm light, dimmable", Decimal("49.00"))
    assert catalog.get_product_by_ref(db, "V-1").body_text == 'A "tall" vase'
    g = tmp_path / "strict.csv"  # no padding in the header: a quote after a space is still a located error
    g.write_text('name,sku,description\nCup,C-1, "a quote"\n', encoding="utf-8")
    assert importing.plan_import(db, g, NO_DL).error_count == 1


def test_rows_without_title_after_a_product_are_its_variants_with_options_in_two_cells(db, tmp_path):
    """A sheet that names the product on its first row only; option names in one cell and each variant's values
    in another (``screen size|RAM`` = ``13 inch|8GB``); a SKU shared by colours stays three variants."""
    f = tmp_path / "sheet.csv"
    f.write_text("name,optionGroups,optionValues,sku,price\n"
                 "Laptop,screen size|RAM,13 inch|8GB,L-13-8,1299.00\n"
                 ",,15 inch|8GB,L-15-8,1399.00\n"
                 ",,13 inch|16GB,L-13-16,2199.00\n"
                 "Cafe Chair,color,mustard,404.038.96,100.00\n"
                 ",,mint,404.038.96,100.00\n"
                 ",,pearl,404.038.96,100.00\n", encoding="utf-8")
    r = importing.run_import(db, f, NO_DL)
    assert (r.error_count, r.created, r.variants_created) == (0, 2, 6), r.errors[:2]
    laptop = catalog.get_product_by_ref(db, "laptop")
    assert [v.options for v in laptop.variants] == [{"screen size": "13 inch", "RAM": "8GB"},
                                                    {"screen size": "15 inch", "RAM": "8GB"},
                                                    {"screen size": "13 inch", "RAM": "16GB"}]
    chair = catalog.get_product_by_ref(db, "cafe-chair")
    assert [v.options["color"] for v in chair.variants] == ["mustard", "mint", "pearl"]
    r2 = importing.run_import(db, f, NO_DL)
    assert (r2.created, r2.updated, r2.unchanged, r2.variants_created) == (0, 0, 2, 0)
    bad = tmp_path / "bad.csv"
    bad.write_text("name,optionGroups,optionValues,sku\nLaptop,screen size|RAM,13 inch,L-1\n", encoding="utf-8")
    plan = importing.plan_import(db, bad, NO_DL)
    assert plan.error_count == 1 and "do not match the product's option names" in plan.errors[0].message


def test_decorated_headers_and_empty_columns_of_a_shop_template(db, tmp_path):
    """PrestaShop's template: ``Name *`` (a required marker), ``Reference #``, ``Image URLs (x,y,z...)`` with
    two URLs and their two alt texts, an empty ``Unit price`` beside ``Price tax excluded``, an empty ``MPN``
    beside the reference, a purchase price left out."""
    f = tmp_path / "products_import.csv"
    f.write_text("Product ID;Name *;Price tax excluded;Wholesale price;Reference #;MPN;Unit price;"
                 "Image URLs (x,y,z...);Image alt texts (x,y,z...)\n"
                 "1;iPod Nano;100;80;RP-demo_1;;;http://shop.test/15.jpg,http://shop.test/23.jpg;"
                 "First alt text,Second alt text\n", encoding="utf-8")
    det = importing.detect(f)
    assert det.suggested_mapping == {"Product ID": "handle", "Name *": "title", "Price tax excluded": "price",
                                     "Reference #": "sku", "Image URLs (x,y,z...)": "image",
                                     "Image alt texts (x,y,z...)": "image_alt"}
    r = importing.run_import(db, f, NO_DL)
    assert r.error_count == 0
    nano = catalog.get_product_by_ref(db, "RP-demo_1")
    assert (nano.title, nano.variants[0].price) == ("iPod Nano", Decimal("100"))
    assert [(m.src.rsplit("/", 1)[-1], m.alt) for m in nano.media] == [("15.jpg", "First alt text"),
                                                                      ("23.jpg", "Second alt text")]


def test_one_language_of_a_multilingual_export(db, tmp_path):
    """Akeneo/Vendure columns per language (``description-de_DE-ecommerce``, ``name:zh_Hans``): English when the
    file has it (per channel, the first filled cell), the other languages listed as not imported; escaped
    ``\\n`` line breaks become line breaks; weight units written out (``GRAM``, ``KILOGRAM``)."""
    f = tmp_path / "akeneo.csv"
    f.write_text("sku;name;description-de_DE-ecommerce;description-en_US-ecommerce;description-en_US-print;"
                 "weight;weight-unit\n"
                 "1001;Bag;Eine Tasche.;;<b>Roomy</b>\\nA bag for every day.;500;GRAM\n"
                 "1002;Scanner;Ein Scanner.;Scans to e-mail.\\n\\nFast.;;2;KILOGRAM\n", encoding="utf-8")
    det = importing.detect(f)
    assert {h for h, fld in det.suggested_mapping.items() if fld == "description"} == {
        "description-en_US-ecommerce", "description-en_US-print"}
    r = importing.run_import(db, f, NO_DL)
    assert r.error_count == 0, r.errors[:2]
    bag, scanner = catalog.get_product_by_ref(db, "1001"), catalog.get_product_by_ref(db, "1002")
    assert bag.body_text == "Roomy\nA bag for every day." and "\\n" not in bag.body_html
    assert scanner.body_text.startswith("Scans to e-mail.") and "\\n" not in scanner.body_text
    assert [(v.grams, v.weight_unit) for v in bag.variants + scanner.variants] == [
        (Decimal("500"), "g"), (Decimal("2000"), "kg")]
    g = tmp_path / "vendure.csv"
    g.write_text("name:en,name:zh_Hans,sku,price\nPaper Stretcher,纸张拉伸器,PPS12,45.3\n", encoding="utf-8")
    assert importing.detect(g).suggested_mapping == {"name:en": "title", "sku": "sku", "price": "price"}
    h = tmp_path / "fr.csv"  # no English column: the first language named
    h.write_text("sku;name-fr_FR;name-de_DE\nA1;Lampe de table;Tischlampe\n", encoding="utf-8")
    assert importing.detect(h).suggested_mapping == {"sku": "sku", "name-fr_FR": "title"}


def test_weight_unit_words_in_json(db, tmp_path):
    f = tmp_path / "units.json"
    f.write_text(json.dumps({"products": [{"title": "Kettlebell", "variants": [
        {"sku": "KB-1", "weight": 12, "weight_unit": "pounds"}]}]}), encoding="utf-8")
    r = importing.run_import(db, f, NO_DL)
    assert r.error_count == 0, r.errors[:2]
    assert catalog.get_product_by_ref(db, "KB-1").variants[0].weight_unit == "lb"


def test_a_single_product_response_of_the_admin_api(db, tmp_path):
    """``GET /admin/api/…/products/{id}.json`` answers ``{"product": {…}}``: one product, not a refusal."""
    f = tmp_path / "product.json"
    f.write_text(json.dumps({"product": {"handle": "ipod-nano", "title": "IPod Nano - 8GB", "variants": [
        {"sku": "IPOD2008PINK", "price": "199.00", "option1": "Pink"},
        {"sku": "IPOD2008RED", "price": "199.00", "option1": "Red"}], "options": [{"name": "Title"}],
        "images": [{"src": "http://static.shop.test/ipod-nano.png?0", "id": 1}]}}), encoding="utf-8")
    r = importing.run_import(db, f, NO_DL)
    assert (r.error_count, r.created, r.variants_created, r.images) == (0, 1, 2, 1)
    r2 = importing.run_import(db, f, NO_DL)
    assert (r2.created, r2.unchanged, r2.variants_created) == (0, 1, 0)


def test_a_unit_less_weight_column_is_left_out_unless_its_unit_is_chosen(db, tmp_path):
    """PrestaShop's ``Weight`` holds bare kilograms: not guessed (a ``weight-no-unit`` warning, the product is
    imported), and ``--map "Weight=weight:kg"`` (the same text typed in the dialog's mapping) gives the unit."""
    f = tmp_path / "products_import.csv"
    f.write_text("Name *;Reference #;Weight\niPod Nano;RP-demo_1;0.068357\n", encoding="utf-8")
    r = importing.run_import(db, f, NO_DL)
    assert (r.error_count, r.created) == (0, 1)
    assert [w.kind for w in r.warnings if "has no unit" in w.message] == ["weight-no-unit"]
    assert catalog.get_product_by_ref(db, "RP-demo_1").variants[0].grams is None
    mapping = importing.parse_map_args(["Weight=weight:KG"])
    assert mapping == {"Weight": "weight:kg"}
    r2 = importing.run_import(db, f, ImportOptions(download_images=False, mapping=mapping))
    assert (r2.error_count, r2.updated) == (0, 1)
    v = catalog.get_product_by_ref(db, "RP-demo_1").variants[0]
    assert (v.grams, v.weight_unit) == (Decimal("68.357"), "kg")


def test_shop_templates_active_flag_url_slug_and_summary(db, tmp_path):
    """PrestaShop's template (stop 18): ``Active (0/1)`` is the published flag (a boolean-like column only),
    ``URL rewritten`` the handle (not the numeric ``Product ID``), ``Summary`` the short description — kept in the
    product's ``extra`` beside the description, and the description when the row has none."""
    from sqlalchemy import select

    from studio.storage import models as m

    f = tmp_path / "presta.csv"
    f.write_text("Product ID;Active (0/1);Name *;Price tax excluded;Reference #;Summary;Description;URL rewritten\n"
                 "1;1;Desk Lamp;49;LAMP-1;<p>Warm light.</p>;<p>A dimmable lamp with warm light.</p>;desk-lamp\n"
                 "2;0;Tall Vase;25;VASE-1;<p>A tall vase.</p>;;Tall-Vase\n", encoding="utf-8")
    r = importing.run_import(db, f, NO_DL)
    assert (r.error_count, r.created) == (0, 2), r.errors[:2]
    lamp, vase = catalog.get_product_by_ref(db, "desk-lamp"), catalog.get_product_by_ref(db, "Tall-Vase")
    assert (lamp.variants[0].sku, vase.variants[0].sku) == ("LAMP-1", "VASE-1")
    assert lamp.body_text == "A dimmable lamp with warm light." and lamp.extra["short_description"] == "<p>Warm light.</p>"
    assert vase.body_text == "A tall vase."  # no description: the summary is it
    with db.engine.connect() as c:
        published = dict(c.execute(select(m.Product.handle, m.Product.published)).all())
    assert published == {"desk-lamp": True, "Tall-Vase": False}
    r2 = importing.run_import(db, f, NO_DL)
    assert (r2.created, r2.updated, r2.unchanged) == (0, 0, 2)


MAGENTO_HEAD = ("sku,store_view_code,product_type,categories,name,description,weight,product_online,visibility,price,"
                "special_price,url_key,base_image,additional_images,additional_attributes,qty,"
                "configurable_variations\n")


def test_magento2_dialect_configurables_store_views_attributes(db, tmp_path):
    """Magento 2's import/export CSV (stop 18): children before their configurable (and one after it) become its
    variants with the option values of ``configurable_variations``; a store-view row makes no product and is
    listed; ``additional_attributes`` (a value with a comma) are facts, Magento's bookkeeping codes are not;
    ``product_online`` 0 is unpublished; a not-visible simple that no configurable claims is a product; Magento's
    ``product_type`` is not our product type; the weight's unit is asked for unless chosen with --map."""
    from sqlalchemy import select

    from studio.storage import models as m

    f = tmp_path / "export_catalog_product.csv"
    f.write_text(MAGENTO_HEAD +
                 'TEE-S,,simple,Default Category/Men/Tees,Tee S,,0.2,1,Not Visible Individually,20,,tee-s,tee-s.jpg,,'
                 '"color=Red,size=S,has_options=0",5,\n'
                 'TEE,,configurable,"Default Category/Men/Tees,Default Category/Sale",Tee,<p>Soft cotton tee.</p>,,1,'
                 '"Catalog, Search",20,,tee,tee.jpg,"tee-back.jpg,tee-side.jpg",'
                 '"material=Cotton,Linen,has_options=1",0,"sku=TEE-S,color=Red,size=S|sku=TEE-M,color=Red,size=M"\n'
                 'TEE,de,configurable,,T-Shirt,<p>Weiches T-Shirt.</p>,,,,,,,,,,,\n'
                 'TEE-M,,simple,Default Category/Men/Tees,Tee M,,0.2,1,Not Visible Individually,22,18,tee-m,,,'
                 '"color=Red,size=M",0,\n'
                 'MUG,,simple,Default Category/Kitchen,Mug,A mug.,0.4,0,"Catalog, Search",9,,mug,,,'
                 '"color=Blue",7,\n'
                 'SPARE,,simple,,Spare Lid,,,1,Not Visible Individually,2,,,,,,1,\n', encoding="utf-8")
    r = importing.run_import(db, f, NO_DL)
    assert (r.detection.format, r.error_count, r.created, r.variants_created) == ("magento", 0, 3, 4), r.errors[:2]
    assert [w.kind for w in r.warnings].count("store-view-row") == 1
    assert any(w.kind == "weight-no-unit" for w in r.warnings)
    tee = catalog.get_product_by_ref(db, "tee")
    assert [(v.sku, v.options, v.price, v.compare_at_price, v.inventory) for v in tee.variants] == [
        ("TEE-S", {"color": "Red", "size": "S"}, 20, None, 5), ("TEE-M", {"color": "Red", "size": "M"}, 18, 22, 0)]
    assert (tee.title, tee.body_text, tee.category, tee.product_type) == (
        "Tee", "Soft cotton tee.", "Default Category/Men/Tees", "Tees")
    assert tee.fact("material").value == "Cotton,Linen" and tee.fact("has_options") is None
    assert [x.src for x in tee.media] == ["tee.jpg", "tee-back.jpg", "tee-side.jpg", "tee-s.jpg"]
    assert catalog.get_product_by_ref(db, "spare-lid").variants[0].sku == "SPARE"
    mug = catalog.get_product_by_ref(db, "mug")
    assert mug.fact("colour").value == "Blue" and mug.extra["magento_type"] == "simple"
    with db.engine.connect() as c:
        published = dict(c.execute(select(m.Product.handle, m.Product.published)).all())
    assert published == {"tee": True, "mug": False, "spare-lid": True}
    r2 = importing.run_import(db, f, NO_DL)
    assert (r2.created, r2.updated, r2.unchanged, r2.variants_created) == (0, 0, 3, 0)
    r3 = importing.run_import(db, f, ImportOptions(download_images=False, mapping={"weight": "weight:kg"}))
    assert r3.error_count == 0 and not any(w.kind == "weight-no-unit" for w in r3.warnings)
    assert [v.grams for v in catalog.get_product_by_ref(db, "tee").variants] == [200, 200]
