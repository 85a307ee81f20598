"""Issue 14 — real catalogs import exactly: one test (or more) per defect class, each failing without its fix.

1 re-import multiplies variants · 2 different products merge · 4 a shared SKU refuses the store · 5 structure lost ·
6 numbers wrong · WXR reader · the import report.
"""

from __future__ import annotations

import json
from decimal import Decimal

from sqlalchemy import func, select

from studio.importers.html import html_to_text
from studio.importers.records import slugify
from studio.services import catalog, importing
from studio.services.importing import ImportOptions
from studio.storage import models as m
from tests.integration.catalog.catalog_files import write_csv, write_shopify

NO_DL = {"download_images": False}


def counts(db) -> tuple[int, int, int]:
    with db.session() as s:
        return tuple(s.scalar(select(func.count()).select_from(t)) for t in (m.Product, m.Variant, m.Media))


def write_json(path, data) -> str:
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


# --------------------------------------------------------------------------- 1 re-import multiplies variants


def test_identical_rows_and_flat_json_give_the_same_variants_on_every_import(db, tmp_path):
    rows = [["Mug", "MUG-1", "9.50", "Red"], ["Mug", "MUG-1", "9.50", "Red"],  # the same row twice
            ["Plate", "", "4.00", ""], ["Plate", "", "4.00", ""], ["Plate", "", "5.00", ""]]  # keyless variants
    f = write_csv(tmp_path / "dup.csv", ["Title", "SKU", "Price", "Color"], rows)
    flat = [{"title": "Shirt", "sku": f"SH-{s}", "price": "20", "size": s} for s in ("S", "M", "L")]
    flat += [{"title": "Scarf", "price": "12"}, {"title": "Scarf", "price": "14"}]  # no SKU, no options
    j = write_json(tmp_path / "flat.json", flat)
    shown = []
    for _ in range(3):
        r1 = importing.run_import(db, f, ImportOptions(**NO_DL))
        r2 = importing.run_import(db, j, ImportOptions(**NO_DL))
        shown.append(counts(db))
        assert r1.error_count == r2.error_count == 0
    assert shown[0] == shown[1] == shown[2]
    assert shown[0][1] == 1 + 2 + 3 + 2  # mug once; plate 4.00 once + 5.00; shirt S/M/L; scarf twice
    assert any(w.kind == "duplicate-variant" for w in r1.warnings)  # the repeated row is reported
    shirt = catalog.get_product_by_ref(db, "SH-M")
    assert sorted(v.options["Size"] for v in shirt.variants) == ["L", "M", "S"]


def test_repeated_shopify_row_is_one_variant_with_a_warning(db, tmp_path):
    p = [{"handle": "cup", "title": "Cup", "option": "Size",
          "variants": [{"opt": "S", "sku": "CUP-S"}, {"opt": "S", "sku": "CUP-S"}, {"opt": "M", "sku": "CUP-M"}]}]
    f = write_shopify(tmp_path / "cup.csv", p)
    r = importing.run_import(db, f, ImportOptions(**NO_DL))
    assert r.error_count == 0 and counts(db)[1] == 2
    # (stop 21: a Shopify CSV's prices without a currency are said once, as "no-currency")
    assert [w.kind for w in r.warnings if w.kind and w.kind != "no-currency"] == ["duplicate-variant"]
    importing.run_import(db, f, ImportOptions(**NO_DL))
    assert counts(db)[1] == 2


# --------------------------------------------------------------------------- 2 different products merge


def test_handles_keep_the_script_and_never_merge_products(db, tmp_path):
    assert slugify("Кружка 300 мл") == "кружка-300-мл" and slugify("Тарелка 300 мл") == "тарелка-300-мл"
    assert slugify("Crème Brûlée") == "creme-brulee" and slugify("ساعة رولكس") == "ساعة-رولكس"
    rows = [["Кружка 300 мл", "10"], ["Тарелка 300 мл", "12"], ["Mug!", "3"], ["Mug?", "4"]]
    f = write_csv(tmp_path / "ru.csv", ["Title", "Price"], rows)
    r = importing.run_import(db, f, ImportOptions(**NO_DL))
    assert (r.created, r.error_count) == (4, 0)
    assert catalog.get_product_by_ref(db, "кружка-300-мл").title == "Кружка 300 мл"
    assert catalog.get_product_by_ref(db, "mug").title == "Mug!"
    assert catalog.get_product_by_ref(db, "mug-2").title == "Mug?"
    assert [w.kind for w in r.warnings if w.kind == "handle-collision"] == ["handle-collision"]
    r2 = importing.run_import(db, f, ImportOptions(**NO_DL))  # the same handles again: nothing new, nothing merged
    assert (r2.created, r2.unchanged) == (0, 4)


def test_a_title_making_a_catalog_products_handle_gets_its_own(db, tmp_path):
    importing.run_import(db, write_csv(tmp_path / "a.csv", ["Title", "SKU", "Price"], [["Rolex", "R-1", "900"]]),
                         ImportOptions(**NO_DL))
    b = write_csv(tmp_path / "b.csv", ["Title", "Price"], [["ROLEX!", "950"]])
    for _ in range(2):
        r = importing.run_import(db, b, ImportOptions(**NO_DL))
        assert r.error_count == 0
    assert catalog.get_product_by_ref(db, "rolex").title == "Rolex"  # not overwritten by the other product
    assert catalog.get_product_by_ref(db, "rolex-2").title == "ROLEX!"
    assert counts(db)[0] == 2


# --------------------------------------------------------------------------- 4 a shared SKU


def test_a_sku_shared_by_two_products_is_flagged_suffixed_or_refused(db, tmp_path):
    data = {"products": [{"title": "Tee", "handle": "tee", "variants": [{"sku": "X1", "price": "10"}]},
                         {"title": "Tank", "handle": "tank", "variants": [{"sku": "X1", "price": "11"},
                                                                           {"sku": "X2", "price": "11"}]}]}
    f = write_json(tmp_path / "shared.json", data)
    refused = importing.plan_import(db, f, ImportOptions(dedupe_skus="error"))
    assert refused.error_count == 1
    r = importing.run_import(db, f, ImportOptions(**NO_DL))  # default: a way through, listed in the report
    assert (r.created, r.error_count) == (2, 0)
    assert r.report["warnings"]["duplicate-sku"]["count"] == 1
    assert r.report["warnings"]["duplicate-sku"]["items"][0]["product"] == "tank"
    assert catalog.get_product_by_ref(db, "tank").variants[0].sku == "X1"
    again = importing.run_import(db, f, ImportOptions(**NO_DL))
    assert (again.created, again.unchanged) == (0, 2) and counts(db)[1] == 3


def test_suffix_mode_disambiguates_the_later_product_stably(db, tmp_path):
    data = [{"title": "Tee", "handle": "tee", "sku": "X1", "price": "10"},
            {"title": "Tank", "handle": "tank", "sku": "X1", "price": "11"}]
    f = write_json(tmp_path / "shared.json", data)
    for _ in range(2):
        r = importing.run_import(db, f, ImportOptions(dedupe_skus="suffix", **NO_DL))
        assert r.error_count == 0
    assert [v.sku for v in catalog.get_product_by_ref(db, "tank").variants] == ["X1-2"]
    assert [v.sku for v in catalog.get_product_by_ref(db, "tee").variants] == ["X1"]
    assert counts(db)[1] == 2


# --------------------------------------------------------------------------- 5 structure


def test_shopify_json_keeps_variant_images_and_the_featured_image_once(db, tmp_path):
    data = {"products": [{
        "id": 1, "title": "Cap", "handle": "cap",
        "variants": [{"id": 11, "sku": "CAP-R", "option1": "Red", "price": "9", "image_id": 101},
                     {"id": 12, "sku": "CAP-B", "option1": "Blue", "price": "9", "image_id": None}],
        "options": [{"name": "Color", "values": ["Red", "Blue"]}],
        "images": [{"id": 101, "src": "https://x/red.jpg", "variant_ids": [11]},
                   {"id": 102, "src": "https://x/blue.jpg", "variant_ids": [12]}],
        "image": {"id": 101, "src": "https://x/red.jpg", "variant_ids": [11]},
        "body_html": "<ul><li><p>Cotton</p></li><li><p>Adjustable</p></li></ul>",
        "metafields_global_title_tag": "Cap", "gift_card": False}]}
    r = importing.run_import(db, write_json(tmp_path / "p.json", data), ImportOptions(**NO_DL))
    assert [w.kind for w in r.warnings] == ["unknown-keys"]  # like the CSV reader's "column(s) not imported"
    assert "gift_card" in r.warnings[0].message and "metafields_global_title_tag" in r.warnings[0].message
    cap = catalog.get_product_by_ref(db, "cap")
    with db.engine.connect() as c:
        media = c.execute(select(m.Media.src, m.Variant.sku).outerjoin(m.Variant, m.Media.variant_id == m.Variant.id)
                          .where(m.Media.product_id == cap.id).order_by(m.Media.position)).all()
    assert [tuple(x) for x in media] == [("https://x/red.jpg", "CAP-R"), ("https://x/blue.jpg", "CAP-B")]
    assert cap.body_text == "• Cotton\n• Adjustable"


def test_list_items_holding_paragraphs_stay_on_the_bullet():
    assert html_to_text("<ul><li><p>x</p></li><li><p>y</p></li></ul><p>z</p>") == "• x\n• y\n\nz"


def test_generic_csv_html_description_several_image_columns_and_currency_in_price(db, tmp_path):
    head = ["Name", "Description", "Main picture", "Second picture", "Price", "Was"]
    rows = [["Lamp", "<p>Warm light &amp; dimmable</p><ul><li>E27</li></ul>", "https://x/1.jpg", "https://x/2.jpg",
             "$ 5.99", "352 AED"]]
    f = write_csv(tmp_path / "g.csv", head, rows)
    opts = ImportOptions(mapping={"Main picture": "image", "Second picture": "image", "Was": "compare_at_price"},
                         **NO_DL)
    r = importing.run_import(db, f, opts)
    assert r.error_count == 0
    lamp = catalog.get_product_by_ref(db, "lamp")
    assert lamp.body_text == "Warm light & dimmable\n\n• E27" and "&amp;" not in lamp.body_text
    assert [i.src for i in lamp.media] == ["https://x/1.jpg", "https://x/2.jpg"]
    v = lamp.variants[0]
    assert (v.price, v.compare_at_price) == (Decimal("5.99"), Decimal("352"))
    assert v.currency == "AED"  # the one code written; "$" alone names several currencies
    assert any(w.kind == "currency-in-price" for w in r.warnings)
    r2 = importing.run_import(db, f, ImportOptions(mapping=opts.mapping, currency="USD", **NO_DL))
    assert any("kept in AED" in w.message for w in r2.warnings)


# --------------------------------------------------------------------------- 6 numbers


WOO = ["ID", "Type", "SKU", "Name", "Published", "Description", "Weight (lbs)", "Length (in)", "Width (in)",
       "Height (in)", "Regular price", "Parent", "Attribute 1 name", "Attribute 1 value(s)"]


def test_woocommerce_numbers_from_the_text_parent_weight_and_sku(db, tmp_path):
    rows = [["1", "simple", "BEANIE", "Beanie", "1", "", ".2", "4", "5", ".5", "20", "", "", ""],
            ["2", "variable", "TEE", "Tee", "1", "", ".5", "", "", "", "", "", "Color", "Red, Blue"],
            ["3", "variation", "TEE-R", "Tee - Red", "1", "", "", "", "", "", "20", "TEE", "Color", "Red"],
            ["4", "variation", "TEE-B", "Tee - Blue", "1", "", "", "", "", "", "20", "id:2", "Color", "Blue"]]
    f = write_csv(tmp_path / "woo.csv", WOO, rows)
    r = importing.run_import(db, f, ImportOptions(format="woocommerce", **NO_DL))
    assert r.error_count == 0
    beanie = catalog.get_product_by_ref(db, "BEANIE")
    assert beanie.fact("weight").value == "0.2 lbs"  # not 0.1999989550088772436802673731 lbs
    assert beanie.fact("dimensions").value == "4 x 5 x 0.5 in"  # ".5" is a number
    tee = catalog.get_product_by_ref(db, "TEE")  # the parent SKU is a product reference (--product TEE)
    assert sorted(v.sku for v in tee.variants) == ["TEE-B", "TEE-R"]
    assert {v.grams for v in tee.variants} == {Decimal("226.796")}  # the parent's .5 lbs
    assert tee.fact("weight").value == "0.5 lbs"


# --------------------------------------------------------------------------- WXR and the report


WXR = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
 xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>Shop</title>
<item><title>Кружка</title><content:encoded><![CDATA[<p>Фарфор</p>]]></content:encoded>
 <excerpt:encoded><![CDATA[]]></excerpt:encoded><wp:post_id>5</wp:post_id>
 <wp:post_name>%d0%ba%d1%80%d1%83%d0%b6%d0%ba%d0%b0</wp:post_name><wp:status>publish</wp:status>
 <wp:post_parent>0</wp:post_parent><wp:post_type>product</wp:post_type>
 <category domain="product_type" nicename="variable"><![CDATA[variable]]></category>
 <category domain="pa_color" nicename="white"><![CDATA[Белый]]></category>
 <wp:postmeta><wp:meta_key>_sku</wp:meta_key><wp:meta_value><![CDATA[MUG]]></wp:meta_value></wp:postmeta>
 <wp:postmeta><wp:meta_key>_weight</wp:meta_key><wp:meta_value><![CDATA[.3]]></wp:meta_value></wp:postmeta>
 <wp:postmeta><wp:meta_key>_thumbnail_id</wp:meta_key><wp:meta_value><![CDATA[9]]></wp:meta_value></wp:postmeta>
</item>
<item><title>Кружка - Белый</title><wp:post_id>6</wp:post_id><wp:post_name>mug-white</wp:post_name>
 <wp:status>publish</wp:status><wp:post_parent>5</wp:post_parent><wp:post_type>product_variation</wp:post_type>
 <wp:postmeta><wp:meta_key>_sku</wp:meta_key><wp:meta_value><![CDATA[MUG-W]]></wp:meta_value></wp:postmeta>
 <wp:postmeta><wp:meta_key>_regular_price</wp:meta_key><wp:meta_value><![CDATA[12]]></wp:meta_value></wp:postmeta>
 <wp:postmeta><wp:meta_key>_sale_price</wp:meta_key><wp:meta_value><![CDATA[10]]></wp:meta_value></wp:postmeta>
 <wp:postmeta><wp:meta_key>attribute_pa_color</wp:meta_key><wp:meta_value><![CDATA[white]]></wp:meta_value>
 </wp:postmeta></item>
<item><title>mug.jpg</title><wp:post_id>9</wp:post_id><wp:post_parent>5</wp:post_parent>
 <wp:post_type>attachment</wp:post_type><wp:attachment_url>https://x/mug.jpg</wp:attachment_url></item>
<item><title>About</title><wp:post_id>2</wp:post_id><wp:post_type>page</wp:post_type></item>
</channel></rss>
"""


def test_wxr_export_is_detected_and_imported(db, tmp_path):
    f = tmp_path / "export.xml"
    f.write_text(WXR, encoding="utf-8")
    assert importing.detect(f).format == "wxr"
    r = importing.run_import(db, f, ImportOptions(**NO_DL))
    assert (r.created, r.error_count) == (1, 0)
    mug = catalog.get_product_by_ref(db, "кружка")  # the slug, percent-decoded
    assert mug.title == "Кружка" and mug.body_text == "Фарфор"
    (v,) = mug.variants
    assert (v.sku, v.options, v.price, v.compare_at_price, v.grams) == (
        "MUG-W", {"Color": "Белый"}, Decimal("10"), Decimal("12"), Decimal("300"))
    assert [i.src for i in mug.media] == ["https://x/mug.jpg"]
    assert catalog.get_product_by_ref(db, "MUG").id == mug.id
    assert "wxr-skipped-items" in r.report["warnings"]
    again = importing.run_import(db, f, ImportOptions(**NO_DL))
    assert (again.created, again.unchanged) == (0, 1)


def test_xml_bombs_are_refused(db, tmp_path):
    import pytest

    from studio.importers.records import CatalogImportError

    f = tmp_path / "bomb.xml"
    f.write_text('<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]>'
                 '<rss xmlns:wp="http://wordpress.org/export/1.2/"><channel><item><title>&b;</title>'
                 '<wp:post_type>product</wp:post_type></item></channel></rss>', encoding="utf-8")
    with pytest.raises(CatalogImportError):
        importing.run_import(db, f, ImportOptions(format="wxr", **NO_DL))


def test_report_after_every_run_in_cli_json(db, tmp_path, capsys):
    from studio.cli.main import main

    f = write_csv(tmp_path / "r.csv", ["Title", "SKU", "Price", "Colour code"],
                  [["A", "S1", "1", "x"], ["B", "S1", "2", "y"], ["C", "S3", "oops", "z"]])
    code = main(["import", "--json", "--valid-rows-only", "--no-download", str(f)])
    assert code == 0
    data = json.loads(capsys.readouterr().out)
    rep = data["report"]
    assert rep["counts"]["created"] == 2 and rep["counts"]["skipped"] == 1
    assert rep["encoding"] == "utf-8" and rep["mapping"]["Title"] == "title"
    assert rep["skipped"][0]["product"] == "c" and "not a number" in rep["skipped"][0]["reasons"][0]
    assert rep["warnings"]["duplicate-sku"]["items"][0]["line"] == 3
    assert "unmapped-columns" in rep["warnings"]
    main(["import", "--json", "--valid-rows-only", "--no-download", str(f)])
    assert json.loads(capsys.readouterr().out)["report"]["counts"]["unchanged"] == 2


def test_rows_merged_into_one_product_with_other_descriptions_are_reported(db, tmp_path):
    """Class 2, seen in a real Czech shop's export (SKU, Name, Description): different bags share a name. Rows with the
    same title (no handle column) or the same handle are one product and keep the first description — the others are
    no longer dropped silently: a ``merged-description`` warning names each, next to the row it joined."""
    rows = [["CA1816B3-N", "Pánská taška přes rameno na iPad®", "Stylová pánská taška přes rameno."],
            ["CA1816B3-TM", "Pánská taška přes rameno na iPad®", "Mužský přípravek z kvalitní kůže pro iPad®"],
            ["CA1816MO-N", "Taška na iPad® Air", "Praktická taška."],
            ["CA1816MOS-BLU", "Pánská taška přes rameno na iPad®", "Stylová pánská taška přes rameno."],
            ["CA1816UB00-N", "Pánská taška přes rameno na iPad®", "Kompaktní pánská taška."],
            ["X-1", "Mug", "Stoneware mug."], ["X-2", "Mug", "Stoneware mug."]]
    f = write_csv(tmp_path / "cz.csv", ["SKU", "Name", "Description"], rows)
    r = importing.run_import(db, f, ImportOptions(download_images=False))
    assert (r.created, r.variants_created) == (3, 7)
    merged = [w for w in r.warnings if w.kind == "merged-description"]
    assert [w.line for w in merged] == [3, 6] and all("same title as line" in w.message for w in merged)
    assert r.report["warnings"]["merged-description"]["count"] == 2
    bag = catalog.get_product_by_ref(db, "CA1816B3-TM")
    assert bag.body_text == "Stylová pánská taška přes rameno." and len(bag.variants) == 4
    assert importing.run_import(db, f, ImportOptions(download_images=False)).unchanged == 3
    # a Shopify handle written again further down with another description: named too
    shop = write_shopify(tmp_path / "s.csv", [
        {"handle": "cup", "title": "Cup", "body": "<p>Stoneware.</p>", "variants": [{"sku": "C-1"}]},
        {"handle": "bowl", "title": "Bowl", "variants": [{"sku": "B-1"}]},
        {"handle": "cup", "title": "", "body": "<p>Porcelain.</p>", "variants": [{"sku": "C-2"}]}])
    r2 = importing.run_import(db, shop, ImportOptions(download_images=False))
    assert [w.handle for w in r2.warnings if w.kind == "merged-description"] == ["cup"]
