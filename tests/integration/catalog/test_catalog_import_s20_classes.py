"""Defect classes of the real files tried first at stop 20 (issue 14; the files are in tests/data/real with
their sources in SOURCES.md): a shop's WooCommerce export (rows shorter than the header, escaped line breaks
beside real ones, column names in the shop's language), a Google Merchant feed in
XML (refused at the first run), and option names in the seller's language (a Chilean shop's ``Tamaño``). One
test per class, on small made-up data; each fails without its fix."""

from __future__ import annotations

from decimal import Decimal

import pytest

from studio.importers.detect import detect
from studio.importers.records import CatalogImportError
from studio.services import catalog, importing
from studio.services.importing import ImportOptions

NO_DL = ImportOptions(download_images=False)

WOO_HEADER = ("ID,Type,SKU,Name,Published,Description,Regular price,Sale price,Stock,Images,Parent,"
              "Attribute 1 name,Attribute 1 value(s),Meta: _late_column,Meta: _later_column\n")


def test_woocommerce_rows_shorter_than_the_header_read_their_missing_last_cells_as_empty(db, tmp_path):
    """WooCommerce writes the header after its last export batch: the rows of earlier batches stop before the
    columns met later (a shop's export: 130 cells a row, 152 in the header). Read with those cells empty and one
    ``short-rows`` warning — refused row by row before. A row with too many cells is still an error, and so is a
    short row in a file that is not WooCommerce's."""
    f = tmp_path / "wc-product-export.csv"
    f.write_text(WOO_HEADER
                 + "10,variable,TEE,Tee,1,Soft tee,,,,https://x.test/tee.png,,Size,\"S, M\"\n"
                 + "11,variation,TEE-S,Tee - S,1,,19.00,,5,,id:10,Size,S\n"
                 + "12,variation,TEE-M,Tee - M,1,,19.00,,5,,id:10,Size,M,,\n", encoding="utf-8")
    r = importing.run_import(db, f, NO_DL)
    assert (r.error_count, r.created, r.variants_created) == (0, 1, 2), r.errors[:2]
    short = [w for w in r.warnings if w.kind == "short-rows"]
    assert len(short) == 1 and short[0].line == 2 and "Meta: _late_column" in short[0].message
    tee = catalog.get_product_by_ref(db, "TEE")
    assert sorted(v.sku for v in tee.variants) == ["TEE-M", "TEE-S"]
    long_row = tmp_path / "long.csv"
    long_row.write_text(WOO_HEADER + "13,simple,CUP,Cup,1,,5.00,,1,,,,,,,extra\n", encoding="utf-8")
    assert importing.plan_import(db, long_row, NO_DL).error_count == 1
    generic = tmp_path / "sheet.csv"
    generic.write_text("title,sku,price,colour\nLamp,L-1,10.00\n", encoding="utf-8")
    assert importing.plan_import(db, generic, NO_DL).error_count == 1


def test_woocommerce_escaped_line_breaks_are_restored_beside_real_ones(db, tmp_path):
    """WooCommerce's exporter writes a description's line breaks as the two characters ``\\n`` (its importer
    turns them back), also in a description that holds real line breaks: no visible backslash-n in the copy."""
    f = tmp_path / "wc.csv"
    f.write_text(WOO_HEADER + '20,simple,ACC,Account,1,"<p>Information \\nFresh accounts.</p>\n'
                 '<ul>\\n<li>Login details</li>\\n</ul>",5.00,,1,,,,,,\n', encoding="utf-8")
    r = importing.run_import(db, f, NO_DL)
    assert r.error_count == 0, r.errors[:2]
    body = catalog.get_product_by_ref(db, "ACC").body_text
    assert "\\n" not in body and "Information\nFresh accounts." in body and "Login details" in body


def test_woocommerce_export_with_column_names_in_the_shops_language(db, tmp_path):
    """A shop whose admin runs in Russian exports ``Тип``, ``Артикул``, ``Имя``, ``Базовая цена``, ``Изображения``:
    detected as WooCommerce and read by those columns (it was a generic sheet with no title column: "map one,
    e.g. --map ID=title"). Messages keep naming the columns as the file writes them."""
    f = tmp_path / "wc-ru.csv"
    f.write_text("ID,Тип,Артикул,Имя,Опубликован,\"Видимость в каталоге\",Описание,Базовая цена,Категории,Изображения\n"
                 "40,simple,,Платье,1,visible,Летнее платье,240,Женская одежда,https://x.test/a.jpg\n"
                 "41,simple,,Сумка,1,visible,,abc,Женская одежда,\n", encoding="utf-8")
    det = detect(f)
    assert det.format == "woocommerce"
    plan = importing.plan_import(db, f, NO_DL)
    assert plan.error_count == 1 and "Базовая цена" in (plan.errors[0].column or ""), plan.errors[:1]
    r = importing.run_import(db, f, ImportOptions(download_images=False, import_valid_rows_only=True))
    dress = catalog.get_product_by_ref(db, "платье")
    assert (r.created, dress.title, dress.variants[0].price, dress.category) == (
        1, "Платье", Decimal("240"), "Женская одежда")


GMC_RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:g="http://base.google.com/ns/1.0"><channel><title>Shop</title>
<item>
  <g:id>MUG-1</g:id>
  <title>Plain RSS title</title>
  <g:title>Кружка 300 мл</g:title>
  <g:description>Фарфор &amp; глазурь</g:description>
  <g:link>https://shop.test/mug</g:link>
  <g:image_link>https://shop.test/mug.jpg</g:image_link>
  <g:additional_image_link>https://shop.test/mug-2.jpg</g:additional_image_link>
  <g:additional_image_link>https://shop.test/mug-3.jpg</g:additional_image_link>
  <g:price>47.00 BGN</g:price>
  <g:brand>Potter</g:brand>
  <g:shipping><g:country>BG</g:country><g:service>Standard</g:service><g:price>5.00 BGN</g:price></g:shipping>
</item>
<item>
  <g:id>PLATE-1</g:id>
  <g:title>Тарелка 300 мл</g:title>
  <g:link>https://shop.test/plate</g:link>
  <g:image_link>https://shop.test/plate.jpg</g:image_link>
  <g:price>12.50 BGN</g:price>
</item>
</channel></rss>
"""


def test_google_merchant_xml_feed_is_imported_as_its_tsv_table(db, tmp_path):
    """A Merchant Center feed in XML (RSS with the g: namespace) was refused ("download the feed as a TSV"). It is
    the same table: every item a row, its elements the TSV's columns; g:title beats RSS <title>, repeated
    additional_image_link elements are all pictures, the price inside g:shipping is not the product's, the price's
    currency is kept; a second import changes nothing; a broken feed is one clear error."""
    f = tmp_path / "google_merchant_feed.xml"
    f.write_text(GMC_RSS, encoding="utf-8")
    det = detect(f)
    assert (det.format, det.container) == ("csv", "gmc")
    assert det.suggested_mapping["id"] == "sku"
    r = importing.run_import(db, f, NO_DL)
    assert (r.error_count, r.created, r.variants_created, r.images) == (0, 2, 2, 4), r.errors[:2]
    mug = catalog.get_product_by_ref(db, "MUG-1")
    assert (mug.title, mug.vendor, mug.body_text) == ("Кружка 300 мл", "Potter", "Фарфор & глазурь")
    assert [(v.price, v.currency) for v in mug.variants] == [(Decimal("47.00"), "BGN")]
    assert [m.src.rsplit("/", 1)[-1] for m in sorted(mug.media, key=lambda m: m.position)] == [
        "mug.jpg", "mug-2.jpg", "mug-3.jpg"]
    assert catalog.get_product_by_ref(db, "PLATE-1").handle != mug.handle
    r2 = importing.run_import(db, f, NO_DL)
    assert (r2.created, r2.updated, r2.unchanged, r2.variants_created) == (0, 0, 2, 0)
    atom = tmp_path / "feed.atom"
    atom.write_text('<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom" '
                    'xmlns:g="http://base.google.com/ns/1.0"><title>S</title><entry><g:id>A-1</g:id>'
                    '<title>Atom lamp</title><link href="https://shop.test/lamp"/><g:price>9.00 EUR</g:price>'
                    '<g:image_link>https://shop.test/l.jpg</g:image_link></entry></feed>', encoding="utf-8")
    assert importing.run_import(db, atom, NO_DL).created == 1
    assert catalog.get_product_by_ref(db, "A-1").title == "Atom lamp"
    broken = tmp_path / "broken.xml"
    broken.write_text(GMC_RSS[:400], encoding="utf-8")
    with pytest.raises(CatalogImportError, match="broken.xml: not a readable Google Merchant feed .*line 10"):
        importing.plan_import(db, broken, NO_DL)


def test_merchant_feed_id_is_the_sku_and_additional_images_are_pictures_in_the_tsv_too(db, tmp_path):
    """The feed's ``id`` (the offer's own identifier) was listed as not imported and its ``additional_image_link``
    dropped, in the XML and in the TSV download alike. A sheet that is not a feed keeps ``id`` unmapped."""
    f = tmp_path / "feed.tsv"
    f.write_text("id\ttitle\tdescription\tlink\timage_link\tadditional_image_link\tprice\n"
                 "SOAP-1\tOlive soap\tMild\thttps://s.test/soap\thttps://s.test/1.jpg\t"
                 "https://s.test/2.jpg,https://s.test/3.jpg\t4.50 EUR\n", encoding="utf-8")
    det = detect(f)
    assert (det.suggested_mapping["id"], det.suggested_mapping["additional_image_link"]) == ("sku", "image")
    r = importing.run_import(db, f, NO_DL)
    assert (r.error_count, r.images) == (0, 3), r.errors[:2]
    assert catalog.get_product_by_ref(db, "SOAP-1").title == "Olive soap"
    sheet = tmp_path / "sheet.csv"
    sheet.write_text("id,title,price\n7,Cup,3.00\n", encoding="utf-8")
    assert "id" not in detect(sheet).suggested_mapping


def test_option_names_in_the_sellers_language_give_size_and_colour_facts(db, tmp_path):
    """Only English ``Size``/``Color`` options became size/colour facts; a Chilean shop's ``Tamaño`` (Shopify) and
    a German ``Farbe`` attribute (WooCommerce) gave none. One table for every reader: the header vocabulary."""
    shop = tmp_path / "products_export.csv"
    shop.write_text("Handle,Title,Option1 Name,Option1 Value,Variant Price\n"
                    "matero,Matero Dolce,Tamaño,Chico 35 x 35,66000\n"
                    "matero,,,Grande 50 x 50,112000\n", encoding="utf-8")
    r = importing.run_import(db, shop, NO_DL)
    assert r.error_count == 0, r.errors[:2]
    assert catalog.get_product_by_ref(db, "matero").fact("size").value == "Chico 35 x 35, Grande 50 x 50"
    woo = tmp_path / "wc.csv"
    woo.write_text("ID,Type,SKU,Name,Published,Regular price,Parent,Attribute 1 name,Attribute 1 value(s)\n"
                   "5,simple,SCARF,Schal,1,20.00,,Farbe,Rot\n", encoding="utf-8")
    r = importing.run_import(db, woo, NO_DL)
    assert r.error_count == 0, r.errors[:2]
    assert catalog.get_product_by_ref(db, "SCARF").fact("colour").value == "Rot"
