"""Value defects of the six real files tried at stop 21 (issue 14; the files are in tests/data/real with their
sources in SOURCES.md): a Google Merchant XML feed and a Meta catalog CSV feed (sale price, item groups,
availability, product link, the parts of g:shipping) and an Etsy listings download (its format, variations,
empty columns). The counts were exact at the first run; the values were not. One test per class, on small
made-up data; each fails without its fix."""

from __future__ import annotations

from decimal import Decimal

import pytest

from studio.importers.detect import detect
from studio.importers.gmcfeed import _rows, feed_preview
from studio.importers.records import CatalogImportError
from studio.services import catalog, importing
from studio.services.importing import ImportOptions

NO_DL = ImportOptions(download_images=False)


def _item(gid: str, group: str | None, title: str, extra: str = "", price: str = "20.00 USD",
          avail: str = "in_stock") -> str:
    grp = f"<g:item_group_id>{group}</g:item_group_id>" if group else ""
    return (f"<item><g:id>{gid}</g:id><title>{title}</title><link>https://shop.test/p/{gid}</link>"
            f"<g:image_link>https://shop.test/{gid}.jpg</g:image_link><g:price>{price}</g:price>{grp}{extra}"
            f"<g:availability>{avail}</g:availability>"
            "<g:shipping><g:country>US</g:country><g:service>Standard</g:service><g:price>4.95 USD</g:price>"
            "</g:shipping></item>\n")


def _feed(*items: str) -> str:
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:g="http://base.google.com/ns/1.0">'
            "<channel><title>Shop</title>\n" + "".join(items) + "</channel></rss>\n")


def test_feed_sale_price_is_the_price_and_the_regular_price_its_compare_at(db, tmp_path):
    """Google's and Meta's ``sale_price`` is what the item sells at, ``price`` the regular price. It was listed as
    not imported: a plan sold at 3.81 USD was stored at 12.70 USD with no compare-at price. Now the sale price is
    the price and the regular price the compare-at, in the XML feed and the CSV feed; a sale price that is not
    below the price, or whose ``sale_price_effective_date`` is over, is not used (a located warning)."""
    xml = tmp_path / "feed.xml"
    xml.write_text(_feed(_item("PLAN-1", None, "Toy box plans", "<g:sale_price>3.81 USD</g:sale_price>", "12.70 USD"),
                         _item("PLAN-2", None, "Bench plans", "<g:sale_price>30.00 USD</g:sale_price>"),
                         _item("PLAN-3", None, "Cart plans", "<g:sale_price>5.00 USD</g:sale_price>"
                               "<g:sale_price_effective_date>2020-01-01T00:00+0100/2020-02-01T00:00+0100"
                               "</g:sale_price_effective_date>")), encoding="utf-8")
    assert detect(xml).suggested_mapping["sale_price"] == "sale_price"
    r = importing.run_import(db, xml, NO_DL)
    assert (r.error_count, r.created) == (0, 3), r.errors[:2]
    v = catalog.get_product_by_ref(db, "PLAN-1").variants[0]
    assert (v.price, v.compare_at_price, v.currency) == (Decimal("3.81"), Decimal("12.70"), "USD")
    for ref in ("PLAN-2", "PLAN-3"):
        v = catalog.get_product_by_ref(db, ref).variants[0]
        assert (v.price, v.compare_at_price) == (Decimal("20.00"), None), ref
    notes = [w for w in r.warnings if w.kind == "sale-price"]
    assert [w.line for w in notes] == [4, 5] and "not below the price" in notes[0].message
    assert "not now" in notes[1].message
    csv = tmp_path / "feed.csv"
    csv.write_text("id,title,description,link,image_link,price,sale_price,availability,condition,brand\n"
                   "lamp-plan,Lamp plans,Plans,https://shop.test/lamp,https://shop.test/l.jpg,10.00 USD,"
                   "3.00 USD,in stock,new,Eles\n", encoding="utf-8")
    assert importing.run_import(db, csv, NO_DL).error_count == 0
    v = catalog.get_product_by_ref(db, "lamp-plan").variants[0]
    assert (v.price, v.compare_at_price, v.currency) == (Decimal("3.00"), Decimal("10.00"), "USD")


def test_feed_items_sharing_item_group_id_are_one_product_with_variants(db, tmp_path):
    """Google's feeds give a variant per item and group them by ``item_group_id``; the group was not imported, so
    each size and colour became a product of its own. Now a group is one product whose variants have the
    options its items' color/size/material/pattern give, even when the feed scatters the group's items; a group
    of one is a product with one variant. The item's ``link`` is the product's own page and ``availability``
    is kept (once for the product when its variants agree, else per SKU); both were dropped."""
    tee = "<g:color>Red</g:color><g:size>M</g:size>"
    f = tmp_path / "feed.xml"
    f.write_text(_feed(_item("TEE-R-M", "TEE", "Tee", tee),
                       _item("CUP-1", "CUP-1", "Cup"),
                       _item("TEE-B-M", "TEE", "Tee", "<g:color>Blue</g:color><g:size>M</g:size>"),
                       _item("TEE-B-L", "TEE", "Tee", "<g:color>Blue</g:color><g:size>L</g:size>",
                             avail="out_of_stock")), encoding="utf-8")
    det = detect(f)
    assert (det.suggested_mapping["item_group_id"], det.suggested_mapping["color"]) == ("group", "option:Color")
    r = importing.run_import(db, f, NO_DL)
    assert (r.error_count, r.created, r.variants_created) == (0, 2, 4), r.errors[:2]
    p = catalog.get_product_by_ref(db, "TEE-B-L")
    assert sorted((v.sku, v.options.get("Color"), v.options.get("Size")) for v in p.variants) == [
        ("TEE-B-L", "Blue", "L"), ("TEE-B-M", "Blue", "M"), ("TEE-R-M", "Red", "M")]
    assert p.extra["url"] == "https://shop.test/p/TEE-B-L"  # the group's items in id order (stop 22): its first
    assert p.extra["availability"] == {"TEE-R-M": "in_stock", "TEE-B-M": "in_stock", "TEE-B-L": "out_of_stock"}
    cup = catalog.get_product_by_ref(db, "CUP-1")
    assert (len(cup.variants), cup.extra["availability"]) == (1, "in_stock")
    r2 = importing.run_import(db, f, NO_DL)
    assert (r2.created, r2.updated, r2.variants_created) == (0, 0, 0)
    csv = tmp_path / "meta.csv"  # Meta's CSV feed: same names, "in stock" with a space
    csv.write_text("id,title,description,link,image_link,price,availability,item_group_id,size\n"
                   "S-1,Sock,Wool,https://s.test/sock,https://s.test/s.jpg,5.00 EUR,in stock,SOCK,39-42\n"
                   "S-2,Sock,Wool,https://s.test/sock,https://s.test/s.jpg,5.00 EUR,out of stock,SOCK,43-46\n",
                   encoding="utf-8")
    r = importing.run_import(db, csv, NO_DL)
    assert (r.error_count, r.created, r.variants_created) == (0, 1, 2), r.errors[:2]
    sock = catalog.get_product_by_ref(db, "S-2")
    assert [v.options for v in sock.variants] == [{"Size": "39-42"}, {"Size": "43-46"}]
    assert sock.extra["availability"] == {"S-1": "in_stock", "S-2": "out_of_stock"}


def test_feed_shipping_keeps_its_empty_parts_in_place(tmp_path):
    """``<g:shipping>`` without a region was joined as ``US:Standard:4.95 USD`` — its service read as the region.
    The TSV's order is country:region:service:price; a missing part stays an empty field (``US::Standard:…``).
    Its inner price is never the item's price."""
    f = tmp_path / "feed.xml"
    f.write_text(_feed(_item("A-1", None, "Lamp")), encoding="utf-8")
    row = next(_rows(f))
    assert (row["shipping"], row["price"]) == ("US::Standard:4.95 USD", "20.00 USD")


def test_feed_preview_reads_only_the_items_it_shows(tmp_path):
    """Detection parsed the whole feed for its 50-row preview, then the import parsed it again: the preview
    now stops after its items (a feed broken after them previews; the import still names the broken line)."""
    f = tmp_path / "feed.xml"
    text = _feed(*(_item(f"I-{i}", None, f"Item {i}") for i in range(60)))
    f.write_text(text.replace("</channel></rss>", "<item><g:id>broken</item>"), encoding="utf-8")
    headers, rows = feed_preview(f)
    assert len(rows) == 50 and "shipping" in headers
    det = detect(f)
    assert det.container == "gmc" and det.encoding is None


def test_etsy_listings_download_is_recognised_and_its_variations_are_options(db, tmp_path):
    """Etsy's listings download was read as a sheet: its VARIATION columns, empty in every row of a shop without
    variations, were reported as "6 column(s) not imported". Now the format is recognised (a note says so), a
    column empty in every row is never reported as lost, and a listing's variations (``VARIATION 1 NAME`` or
    ``TYPE``, comma-separated ``VALUES``) are its options: a variant per combination, at the listing's price;
    the listing's SKU and quantity are kept on the product."""
    head = ("TITLE,DESCRIPTION,PRICE,CURRENCY_CODE,QUANTITY,TAGS,MATERIALS,IMAGE1,IMAGE2,"
            "VARIATION 1 TYPE,VARIATION 1 NAME,VARIATION 1 VALUES,VARIATION 2 TYPE,VARIATION 2 NAME,"
            "VARIATION 2 VALUES,SKU,UNUSED NOTE\n")
    f = tmp_path / "EtsyListingsDownload.csv"
    f.write_text(head + 'Planter plans,"Build it.\n• Cut list",24.49,USD,927,"garden,diy_plans",,'
                 "https://i.etsystatic.com/a.jpg,https://i.etsystatic.com/b.jpg,,,,,,,,\n", encoding="utf-8")
    det = detect(f)
    assert any("Etsy listings download" in n for n in det.notes)
    r = importing.run_import(db, f, NO_DL)
    assert (r.error_count, r.created, r.variants_created, r.images) == (0, 1, 1, 2), r.errors[:2]
    assert not [w for w in r.warnings if w.kind == "unmapped-columns"]
    p = catalog.get_product_by_ref(db, "planter-plans")
    assert (p.variants[0].price, p.variants[0].currency, p.variants[0].inventory) == (Decimal("24.49"), "USD", 927)
    assert list(p.tags) == ["garden", "diy plans"]  # stop 22: Etsy writes a tag's spaces as _ in its download
    g = tmp_path / "etsy2.csv"
    g.write_text(head + "Name sign,Carved,30,USD,5,,oak,https://i.etsystatic.com/c.jpg,,Size,,"
                 '"Small, Large",Custom,Wood,"Oak,Walnut",SIGN-1,ask first\n', encoding="utf-8")
    r = importing.run_import(db, g, NO_DL)
    assert (r.error_count, r.created, r.variants_created) == (0, 1, 4), r.errors[:2]
    lost = [w for w in r.warnings if w.kind == "unmapped-columns"]
    assert len(lost) == 1 and "1 column(s) not imported: UNUSED NOTE" in lost[0].message
    sign = catalog.get_product_by_ref(db, "SIGN-1")
    assert [v.options for v in sign.variants] == [{"Size": "Small", "Wood": "Oak"}, {"Size": "Small", "Wood": "Walnut"},
                                                  {"Size": "Large", "Wood": "Oak"}, {"Size": "Large", "Wood": "Walnut"}]
    assert {v.price for v in sign.variants} == {Decimal("30")}
    assert (sign.extra["parent_sku"], sign.extra["listing_quantity"]) == ("SIGN-1", 5)


def test_a_bare_number_as_category_is_kept_aside(db, tmp_path):
    """A feed's ``google_product_category`` is often Google's taxonomy number (``505378``): it was stored as the
    product's category, which the copy and the catalog show as words. A bare number is kept as ``category_id``."""
    f = tmp_path / "feed.csv"
    f.write_text("id,title,link,image_link,price,google_product_category\n"
                 "A,Lamp,https://s.test/a,https://s.test/a.jpg,5.00 EUR,505378\n"
                 "B,Desk,https://s.test/b,https://s.test/b.jpg,5.00 EUR,Furniture > Desks\n", encoding="utf-8")
    assert importing.run_import(db, f, NO_DL).error_count == 0
    a, b = catalog.get_product_by_ref(db, "A"), catalog.get_product_by_ref(db, "B")
    assert (a.category, a.extra["category_id"], b.category) == ("", "505378", "Furniture > Desks")


def test_format_gmc_forces_the_feed_reader(db, tmp_path):
    """``--format`` had no way to say "this is a Google Merchant feed": an XML feed whose first 8 KB do not name
    Google's namespace (a long comment first) was refused as "not a table". ``--format gmc`` reads XML as the
    feed and a TSV/CSV download with the feed's columns; a table without them is one clear error."""
    f = tmp_path / "feed.xml"
    body = _feed(_item("A-1", None, "Lamp"))
    f.write_text(body.replace("<rss", "<!-- " + "x" * 9000 + " -->\n<rss", 1), encoding="utf-8")
    assert detect(f, format="gmc").container == "gmc"
    r = importing.run_import(db, f, ImportOptions(download_images=False, format="gmc"))
    assert (r.error_count, r.created) == (0, 1), r.errors[:2]
    tsv = tmp_path / "feed.tsv"
    tsv.write_text("id\ttitle\tprice\tlink\timage_link\nB-1\tDesk\t5.00 EUR\thttps://s.test/b\thttps://s.test/b.jpg\n",
                   encoding="utf-8")
    assert detect(tsv, format="gmc").suggested_mapping["id"] == "sku"
    sheet = tmp_path / "sheet.csv"
    sheet.write_text("name,price\nCup,3\n", encoding="utf-8")
    with pytest.raises(CatalogImportError, match="chosen as a Google Merchant feed, but this table lacks a feed's"):
        detect(sheet, format="gmc")


def test_shopify_csv_prices_without_a_currency_are_said(db, tmp_path):
    """A Shopify product CSV names no currency: its prices were stored without one, silently. One ``no-currency``
    warning now names the first such price and the way to give it (``--currency`` or the dialog's field); with a
    currency there is none."""
    f = tmp_path / "products_export.csv"
    f.write_text("Handle,Title,Variant SKU,Variant Price\ncup,Cup,C-1,5.00\nplate,Plate,P-1,7.00\n", encoding="utf-8")
    r = importing.run_import(db, f, NO_DL)
    said = [w for w in r.warnings if w.kind == "no-currency"]
    assert len(said) == 1 and said[0].line == 2 and "--currency" in said[0].hint
    r = importing.run_import(db, f, ImportOptions(download_images=False, currency="EUR"))
    assert not [w for w in r.warnings if w.kind == "no-currency"]
    assert catalog.get_product_by_ref(db, "C-1").variants[0].currency == "EUR"


def test_magento_columns_empty_in_every_row_are_not_reported(db, tmp_path):
    """A merchant's Magento 2 export (B.TECH) was reported with "76 column(s) not imported", most of them empty in
    its one row. Only columns that hold a value are listed now, once the file is read."""
    f = tmp_path / "catalog_product.csv"
    f.write_text("sku,store_view_code,product_type,name,price,tax_class_name,giftcard_amount,website_id\n"
                 "New product a9912pj,,simple,Water heater,3450,Taxable Goods,,\n", encoding="utf-8")
    r = importing.run_import(db, f, NO_DL)
    assert (r.detection.format, r.error_count, r.created) == ("magento", 0, 1), r.errors[:2]
    lost = [w.message for w in r.warnings if w.kind == "unmapped-columns"]
    assert lost == ["1 column(s) not imported: tax_class_name"]
    assert catalog.get_product_by_ref(db, "New product a9912pj").variants[0].price == Decimal("3450")
