"""Orders import on real exports (tests/data/real/orders/README.md): counts read independently with the csv
module, personal data never stored, a second import changes nothing, refused rows are located."""

from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from studio.importers.orders import OrderImportError, is_personal, parse_item_cell, parse_map_args
from studio.services import orders
from studio.storage import models_orders as mo
from tests.integration.insights import seed

DATA = Path(__file__).resolve().parents[2] / "data" / "real" / "orders"
SHOPIFY = DATA / "shopify_orders_export_devstore.csv"
SHOPIFY_UTM = DATA / "shopify_orders_export_utm_notes.csv"
WOO = DATA / "woocommerce_advanced_order_export_header.csv"


def count_lines(path: Path, line_col: str, order_col: str) -> tuple[int, int, Decimal]:
    """Independent of the importer: rows with a line item, distinct orders, Σ price × qty − discount."""
    with open(path, newline="", encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh) if r.get(line_col)]
    total = Decimal(0)
    for r in rows:
        if "Lineitem price" in r:
            total += Decimal(r["Lineitem price"]) * int(r["Lineitem quantity"]) - Decimal(r["Lineitem discount"] or 0)
    return len(rows), len({r[order_col] for r in rows}), total


def _all_lines(db):
    with db.session() as s:
        return s.scalars(select(mo.OrderLine).order_by(mo.OrderLine.id)).all()


def _stored_text(db) -> str:
    """Every value stored for order lines and imports, as one string."""
    parts = []
    with db.engine.connect() as conn:
        for table in (mo.OrderLine.__table__, mo.OrderImport.__table__):
            for row in conn.execute(select(table)):
                parts.extend(str(v) for v in row)
    return "\n".join(parts)


def test_shopify_devstore_export_counts_and_reimport(db):
    n_lines, n_orders, total = count_lines(SHOPIFY, "Lineitem name", "Name")
    assert (n_lines, n_orders) == (40, 19)
    rep = orders.import_orders(db, SHOPIFY)
    assert rep.status == "committed" and rep.format == "shopify"
    assert (rep.lines, rep.added, rep.updated, rep.unchanged, rep.refused) == (n_lines, n_lines, 0, 0, 0)
    lines = _all_lines(db)
    assert len(lines) == n_lines and len({ln.order_ref for ln in lines}) == n_orders
    assert sum(ln.revenue for ln in lines) == total
    assert {ln.currency for ln in lines} == {"EUR"}  # carried from each order's first row
    first = [ln for ln in lines if ln.order_ref == "#1001"]
    assert [ln.line_no for ln in first] == [1, 2, 3, 4]
    assert first[0].ordered_at.replace(tzinfo=None).isoformat() == "2025-05-11T13:55:16"  # -0400 → UTC
    before = [(ln.id, ln.revenue, ln.ordered_at) for ln in lines]
    again = orders.import_orders(db, SHOPIFY)
    assert (again.added, again.updated, again.unchanged) == (0, 0, n_lines)
    assert [(ln.id, ln.revenue, ln.ordered_at) for ln in _all_lines(db)] == before


def test_personal_data_is_dropped_and_reported(db):
    rep = orders.import_orders(db, SHOPIFY)
    for col in ("Email", "Billing Name", "Shipping Address1", "Shipping Phone", "Phone", "Note Attributes",
                "Employee"):
        assert col in rep.dropped_columns
    assert "personal data dropped" in rep.privacy_note()
    stored = _stored_text(db)
    with open(SHOPIFY, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    personal = {r[c] for r in rows for c in ("Email", "Billing Name", "Shipping Address1", "Phone", "Billing Phone")
                if r.get(c)}
    assert personal, "the fixture has personal values to drop"
    for value in personal:
        assert value not in stored, f"{value!r} was stored"


def test_utm_tags_from_shopify_note_attributes(db):
    n_lines, n_orders, _ = count_lines(SHOPIFY_UTM, "Lineitem name", "Name")
    rep = orders.import_orders(db, SHOPIFY_UTM)
    assert rep.lines == n_lines and rep.with_utm == n_lines
    lines = _all_lines(db)
    assert len({ln.order_ref for ln in lines}) == n_orders
    assert {(ln.utm_source, ln.utm_medium) for ln in lines} == {("facebook", "paid")}
    assert lines[0].utm_campaign == "120243641616090734" and lines[0].utm_content == "120243641616080734"
    # the second line of order #71737 carries the order's tags (order-level cells are on its first row only)
    last = [ln for ln in lines if ln.order_ref == "#71737"]
    assert len(last) == 2 and last[1].utm_campaign == last[0].utm_campaign == "120243683449160734"
    assert "REDACTED" not in _stored_text(db)


def test_woocommerce_refuses_bad_rows_unless_valid_rows_only(db):
    rep = orders.import_orders(db, WOO)
    assert rep.status == "refused" and rep.refused == 1 and _all_lines(db) == []
    err = rep.errors[0]
    assert err["line"] == 6 and "Order Date" in err["column"] and "ISO 8601" in err["hint"]
    assert "--valid-rows-only" in rep.summary()
    rep = orders.import_orders(db, WOO, skip_invalid=True, currency="eur")
    assert rep.status == "committed" and rep.lines == 4 and rep.refused == 1
    lines = _all_lines(db)
    assert {ln.currency for ln in lines} == {"EUR"}
    assert [(ln.order_ref, ln.line_no, ln.sku, ln.quantity, ln.revenue) for ln in lines] == [
        ("5301", 1, "TEE-WHT-M", 2, Decimal("48.00")), ("5302", 1, "MUG-350", 1, Decimal("12.50")),
        ("5302", 2, "TEE-WHT-M", 1, Decimal("24.00")), ("5303", 1, "CANDLE-SOY", 1, Decimal("18.00"))]
    assert {ln.country for ln in lines} == {"US", "DE", "GB"}
    assert "Email (Billing)" in rep.dropped_columns and "dana@example.org" not in _stored_text(db)


def test_lines_match_catalog_products_by_sku(db):
    pid = seed.product(db, "tee", "Organic Cotton T-Shirt", "TEE-WHT-M")
    orders.import_orders(db, WOO, skip_invalid=True, currency="EUR")
    matched = {ln.sku: ln.product_id for ln in _all_lines(db)}
    assert matched["TEE-WHT-M"] == pid and matched["MUG-350"] is None


def test_generic_csv_needs_a_mapping_and_refuses_personal_columns(db, tmp_path):
    f = tmp_path / "sales.csv"
    f.write_text("Ref,When,Item,Units,Amount,Buyer Email,Landing\n"
                 "A1,2026-05-01T10:00:00Z,TEE-WHT-M,2,40.00,x@example.com,"
                 "https://shop.example/p?utm_source=tiktok&utm_medium=social&utm_campaign=spring-en-us\n",
                 encoding="utf-8")
    with pytest.raises(OrderImportError, match="no column for order_id"):
        orders.import_orders(db, f, "csv")
    with pytest.raises(OrderImportError, match="personal data"):
        orders.import_orders(db, f, "csv", parse_map_args(["Buyer Email=sku"]))
    with pytest.raises(OrderImportError, match="unknown field"):
        parse_map_args(["Ref=orderid"])
    rep = orders.import_orders(db, f, "csv", parse_map_args(
        ["Ref=order_id", "When=ordered_at", "Item=sku", "Units=quantity", "Amount=revenue", "Landing=landing_site"]),
        currency="USD")
    assert rep.lines == 1 and "Buyer Email" in rep.dropped_columns
    (ln,) = _all_lines(db)
    assert (ln.utm_source, ln.utm_medium, ln.utm_campaign) == ("tiktok", "social", "spring-en-us")
    assert "x@example.com" not in _stored_text(db)


def test_woocommerce_attribution_meta_and_line_item_cells(db, tmp_path):
    f = tmp_path / "woo.csv"
    f.write_text('order_id,order_date,status,order_currency,billing_email,shipping_country,'
                 'meta:_wc_order_attribution_utm_source,meta:_wc_order_attribution_utm_campaign,line_item_1,line_item_2\n'
                 '77,2026-05-02 12:00:00,completed,EUR,a@example.com,FR,instagram,launch-fr-fr,'
                 '"name:Mug: blue|product_id:3|sku:MUG-350|quantity:2|total:25.00","name:Tee|sku:TEE|quantity:1|total:20"\n',
                 encoding="utf-8")
    rep = orders.import_orders(db, f)
    assert rep.format == "woocommerce" and rep.lines == 2
    lines = _all_lines(db)
    assert [(ln.sku, ln.item_name, ln.quantity, ln.revenue) for ln in lines] == [
        ("MUG-350", "Mug: blue", 2, Decimal("25.00")), ("TEE", "Tee", 1, Decimal("20"))]
    assert {(ln.utm_source, ln.utm_campaign, ln.country) for ln in lines} == {("instagram", "launch-fr-fr", "FR")}
    assert parse_item_cell("name:A|sku:B|quantity:3") == {"name": "A", "sku": "B", "quantity": "3"}


@pytest.mark.parametrize("header,personal", [
    ("Billing Name", True), ("Email", True), ("Shipping Zip", True), ("Phone (Billing)", True),
    ("customer_ip_address", True), ("Note Attributes", True), ("Name", False), ("Lineitem name", False),
    ("Shipping Method", False), ("meta:_wc_order_attribution_utm_source", False), ("Order Status", False),
    ("Shipping Country", False)])
def test_personal_columns(header, personal):
    assert is_personal(header) is personal
