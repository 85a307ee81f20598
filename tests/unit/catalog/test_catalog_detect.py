"""Encoding, delimiter and dialect detection."""

from __future__ import annotations

import codecs

import pytest

from studio.importers.detect import detect, dialect_for_headers, sniff_delimiter, sniff_encoding
from studio.importers.records import CatalogImportError

ROWS = "Name;Price;Material\nCafé crème mug;12,50;stoneware\nÜber Tasche;30;leather\n"


@pytest.mark.parametrize(("encoding", "bom", "expected", "had_bom"), [
    ("utf-8", b"", "utf-8", False),
    ("utf-8", codecs.BOM_UTF8, "utf-8-sig", True),
    ("utf-16-le", codecs.BOM_UTF16_LE, "utf-16", True),
    ("utf-16-be", codecs.BOM_UTF16_BE, "utf-16", True),
    ("utf-16-le", b"", "utf-16-le", False),
    ("cp1252", b"", "cp1252", False),
])
def test_sniff_encoding(encoding, bom, expected, had_bom):
    data = bom + (ROWS * 20).encode(encoding)
    assert sniff_encoding(data) == (expected, had_bom)


def test_cp1252_specific_characters():
    data = ("Name,Price\n“Smart” bag – €29,29\nNaïve café,5\n" * 10).encode("cp1252")
    enc, _ = sniff_encoding(data)
    assert enc == "cp1252"
    assert "€" in data.decode(enc)


@pytest.mark.parametrize(("text", "delim"), [
    ("a,b,c\n1,2,3\n4,5,6\n", ","),
    ("a;b;c\n1;2,5;3\n4;5,1;6\n", ";"),
    ("a\tb\tc\n1\t2, 3\t3\n", "\t"),
    ("a|b|c\n1|2|3\n", "|"),
    ('Handle,Body (HTML)\nx,"<p>a; b; c</p>\nmore; text"\ny,"<p>d</p>"\n', ","),
])
def test_sniff_delimiter(text, delim):
    assert sniff_delimiter(text) == delim


def test_dialects():
    assert dialect_for_headers(["Handle", "Title", "Body (HTML)", "Variant SKU", "Variant Price"]) == "shopify"
    assert dialect_for_headers(["ID", "Type", "SKU", "Name", "Regular price", "Parent", "Images"]) == "woocommerce"
    assert dialect_for_headers(["Product Name", "Price"]) == "csv"


@pytest.mark.parametrize(("encoding", "bom"), [("utf-8", b""), ("utf-8", codecs.BOM_UTF8), ("utf-16-le", codecs.BOM_UTF16_LE),
                                               ("cp1252", b"")])
def test_detect_file_reports_what_it_found(tmp_path, encoding, bom):
    p = tmp_path / "items.csv"
    p.write_bytes(bom + ("Product Name;Preis;Material\nKaffeebecher „Grün“;12,50;Steinzeug\n").encode(encoding))
    det = detect(p)
    assert det.format == "csv" and det.container == "csv"
    assert det.delimiter == ";"
    assert det.headers == ["Product Name", "Preis", "Material"]
    assert det.bom is bool(bom)
    assert det.suggested_mapping["Product Name"] == "title"
    assert det.suggested_mapping["Preis"] == "price"
    assert det.suggested_mapping["Material"] == "fact:material"
    assert "delimiter semicolon" in det.describe()


def test_detect_tsv_and_json_and_xlsx(tmp_path):
    tsv = tmp_path / "a.tsv"
    tsv.write_text("Title\tSKU\tPrice\nMug\tM-1\t9.5\n", encoding="utf-8")
    assert (detect(tsv).container, detect(tsv).delimiter) == ("tsv", "\t")
    js = tmp_path / "a.json"
    js.write_text('{"products": [{"title": "Mug", "variants": [{"sku": "M"}]}]}', encoding="utf-8")
    d = detect(js)
    assert d.format == "json" and "title" in d.headers
    import openpyxl

    wb = openpyxl.Workbook()
    wb.active.append(["Handle", "Title", "Variant SKU", "Variant Price"])
    wb.active.append(["mug", "Mug", "M-1", 9.5])
    x = tmp_path / "a.xlsx"
    wb.save(x)
    dx = detect(x)
    assert (dx.container, dx.format) == ("xlsx", "shopify")


def test_detect_errors_are_one_line_and_specific(tmp_path):
    with pytest.raises(CatalogImportError, match="no such file"):
        detect(tmp_path / "missing.csv")
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    with pytest.raises(CatalogImportError, match="empty"):
        detect(empty)
    binary = tmp_path / "x.csv"
    binary.write_bytes(bytes(range(256)) * 50)
    with pytest.raises(CatalogImportError):
        detect(binary)
    with pytest.raises(CatalogImportError, match="unknown format"):
        detect(empty, format="pdf")


def test_detect_utf16_json(tmp_path):
    p = tmp_path / "catalog.json"
    p.write_text('[{"title": "Tasse", "price": "5"}]', encoding="utf-16")
    det = detect(p)
    assert (det.format, det.encoding) == ("json", "utf-16")
    assert det.headers == ["title", "price"]
