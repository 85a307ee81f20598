"""Review findings of stop 22 on the importers (issue 14): sale dates read by each format's own rule, and a feed's
item groups the same in its XML and its TSV, in any row order. One test per class, on small made-up data; each
fails without its fix."""

from __future__ import annotations

from decimal import Decimal
from types import SimpleNamespace

import pytest

from studio.importers.records import VariantRecord
from studio.services import catalog, importing
from studio.services.importing import ImportOptions

NO_DL = ImportOptions(download_images=False)
FEED_NS = '<rss version="2.0" xmlns:g="http://base.google.com/ns/1.0"><channel><title>Shop</title>\n'


def _xml_item(sku: str, title: str, extra: str) -> str:
    return (f"<item><g:id>{sku}</g:id><g:title>{title}</g:title><g:link>https://shop.test/{sku}</g:link>"
            f"<g:image_link>https://shop.test/{sku}.jpg</g:image_link><g:price>20.00 USD</g:price>{extra}"
            "<g:availability>in_stock</g:availability><g:condition>new</g:condition></item>\n")


@pytest.mark.clock("2024-05-31T18:00:00Z")
def test_a_date_only_sale_end_runs_to_the_end_of_that_day_in_every_format(db, tmp_path):
    """``2024-05-01/2024-05-31`` was read as ending at 00:00 UTC of 31 May: on the sale's last day the sale price
    was dropped. Google (support.google.com/merchants/answer/6324460): without a time the sale ends at 11:59 p.m.
    of the end date, without a time zone in UTC. The same day rule holds in WooCommerce's CSV ("Date sale price
    ends": end of day) and Magento's ``special_price_to_date`` (the whole "to" day), which were not read at all: a
    sale that ended last year gave its price as today's."""
    window = "<g:sale_price>15.00 USD</g:sale_price><g:sale_price_effective_date>2024-05-01/2024-05-31" \
             "</g:sale_price_effective_date>"
    xml = tmp_path / "feed.xml"
    xml.write_text('<?xml version="1.0" encoding="UTF-8"?>\n' + FEED_NS + _xml_item("X-1", "Lamp", window)
                   + "</channel></rss>\n", encoding="utf-8")
    tsv = tmp_path / "feed.tsv"
    tsv.write_text("id\ttitle\tdescription\tlink\timage_link\tprice\tsale_price\tsale_price_effective_date\t"
                   "availability\tcondition\n"
                   "T-1\tDesk\tOak\thttps://shop.test/T-1\thttps://shop.test/T-1.jpg\t20.00 USD\t15.00 USD\t"
                   "2024-05-01/2024-05-31\tin stock\tnew\n", encoding="utf-8")
    woo = tmp_path / "wc-product-export.csv"
    woo.write_text("ID,Type,SKU,Name,Published,Date sale price starts,Date sale price ends,Sale price,Regular price\n"
                   "1,simple,W-1,Mug,1,2024-05-01,2024-05-31,15,20\n"
                   "2,simple,W-2,Cup,1,2023-01-01,2023-01-31,15,20\n", encoding="utf-8")
    mag = tmp_path / "catalog_product.csv"
    mag.write_text("sku,product_type,attribute_set_code,name,price,special_price,special_price_from_date,"
                   "special_price_to_date\n"
                   "M-1,simple,Default,Chair,20,15,5/1/24,5/31/24\n"
                   "M-2,simple,Default,Stool,20,15,2023-01-01 00:00:00,2023-01-31 00:00:00\n", encoding="utf-8")
    for f in (xml, tsv, woo, mag):
        r = importing.run_import(db, f, NO_DL)
        assert r.error_count == 0, (f.name, r.errors[:2])
    for ref in ("X-1", "T-1", "W-1", "M-1"):  # on the last day of the sale: the sale price
        v = catalog.get_product_by_ref(db, ref).variants[0]
        assert (v.price, v.compare_at_price) == (Decimal("15"), Decimal("20")), ref
    for ref in ("W-2", "M-2"):  # a sale that is over: the regular price, with a located warning
        v = catalog.get_product_by_ref(db, ref).variants[0]
        assert (v.price, v.compare_at_price) == (Decimal("20"), None), ref
    for f in (woo, mag):  # the second import changes nothing
        again = importing.run_import(db, f, NO_DL)
        assert (again.created, again.updated) == (0, 0), f.name
        (w,) = [w for w in again.warnings if w.kind == "sale-price"]
        assert w.line == 3 and "2023-01-31 23:59 UTC" in w.message and "not now" in w.message


@pytest.mark.clock("2024-06-01T00:00:30Z")
def test_the_sale_is_over_the_moment_its_last_day_ends(db):
    """The other side of the day rule: half a minute into 1 June a sale that ended on 31 May is over, and a
    written time and zone are taken as written (WXR's timestamps as they are)."""
    from studio.importers import saledates, wxr

    assert not saledates.running(saledates.feed_window("2024-05-01/2024-05-31"))
    assert saledates.running(saledates.feed_window("2024-05-01T00:00-0800/2024-05-31T23:00-0800"))  # 07:00 UTC
    assert not saledates.running(saledates.day_window("2024-05-01", "2024-05-31"))
    assert saledates.running(saledates.day_window("2024-05-01", ""))  # no end: it runs on
    assert saledates.day_window("2024-05-01", "31.05.") is None  # unreadable: said, never guessed
    v = VariantRecord(line=1)
    item = SimpleNamespace(meta={"_regular_price": "20", "_sale_price": "15", "_sale_price_dates_from": "1714521600",
                                 "_sale_price_dates_to": "1717199999"})  # 2024-05-01 00:00 – 05-31 23:59:59 UTC
    wxr._prices(item, v)
    assert (v.price, v.compare_at_price) == (Decimal("20"), None)
    item.meta["_sale_price_dates_to"] = "1717286399"  # 2024-06-01 23:59:59 UTC
    wxr._prices(item, v)
    assert (v.price, v.compare_at_price) == (Decimal("15"), Decimal("20"))


_GROUP = [("TEE-R-M", "Tee - Red - M", "Red", "M"), ("CUP-1", "Cup", "", ""),
          ("TEE-B-M", "Tee - Blue - M", "Blue", "M"), ("TEE-B-L", "Tee - Blue - L", "Blue", "L")]


def _as_xml(items) -> str:
    return ('<?xml version="1.0" encoding="UTF-8"?>\n' + FEED_NS + "".join(
        _xml_item(sku, title, (f"<g:item_group_id>TEE</g:item_group_id><g:color>{c}</g:color><g:size>{s}</g:size>"
                               if c else "")) for sku, title, c, s in items) + "</channel></rss>\n")


def _as_tsv(items) -> str:
    head = "id\ttitle\tlink\timage_link\tprice\tavailability\tcondition\titem_group_id\tcolor\tsize\n"
    return head + "".join(f"{sku}\t{title}\thttps://shop.test/{sku}\thttps://shop.test/{sku}.jpg\t20.00 USD\tin stock\t"
                          f"new\t{'TEE' if c else ''}\t{c}\t{s}\n" for sku, title, c, s in items)


def _catalog(db) -> list[tuple]:
    return sorted((p.handle, p.title, tuple(sorted((v.sku, tuple(sorted(v.options.items()))) for v in p.variants)))
                  for p in (catalog.get_product_by_ref(db, s.handle) for s in catalog.list_products(db)))


def test_a_feed_gives_the_same_products_as_xml_and_as_tsv_in_any_row_order(db, tmp_path):
    """The XML reader gathered a scattered ``item_group_id`` and the TSV reader did not (a group split over rows
    became two products), and a group's title was its first item's, so it changed with the row order. Now both
    formats are grouped in one place and a group's title is the common part of its items' titles: the same
    products, variants and titles from the XML, the TSV, and the TSV reordered — whose re-import changes
    nothing."""
    xml, tsv, tsv2 = tmp_path / "feed.xml", tmp_path / "feed.tsv", tmp_path / "feed2.tsv"
    xml.write_text(_as_xml(_GROUP), encoding="utf-8")
    tsv.write_text(_as_tsv(_GROUP), encoding="utf-8")
    tsv2.write_text(_as_tsv(list(reversed(_GROUP))), encoding="utf-8")
    r = importing.run_import(db, xml, NO_DL)
    assert (r.error_count, r.created, r.variants_created) == (0, 2, 4), r.errors[:2]
    from_xml = _catalog(db)
    assert [(h, t) for h, t, _v in from_xml] == [("cup", "Cup"), ("tee", "Tee")]
    for f in (tsv, tsv2):
        again = importing.run_import(db, f, NO_DL)
        assert (again.error_count, again.created, again.updated, again.variants_created) == (0, 0, 0, 0), f.name
        assert _catalog(db) == from_xml, f.name


def test_group_title_is_the_items_common_words_whatever_their_order():
    from studio.importers.generic import group_title

    assert group_title(["Tee - Red - M", "Tee - Blue - L"]) == "Tee"
    assert group_title(["Wool socks, 43-46", "wool Socks, 39-42"]) == group_title(["wool Socks, 39-42",
                                                                                 "Wool socks, 43-46"])
    assert group_title(["Red linen shirt", "Blue linen shirt"]) == "linen shirt"
    assert group_title(["Alpha", "Beta"]) == "Alpha"  # nothing shared: the first by the alphabet, not by the row
    assert group_title(["Mug", "Mug"]) == "Mug"
