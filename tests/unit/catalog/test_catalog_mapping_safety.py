"""Generic column mapping, presets, number parsing and spreadsheet formula safety."""

from __future__ import annotations

import csv
from decimal import Decimal

import pytest

from studio.csvsafe import escape_formula, is_formula_like, unescape_formula, write_safe_csv
from studio.importers.generic import effective_mapping, parse_map_args, suggest_mapping, validate_field
from studio.importers.records import CatalogImportError, parse_decimal, slugify
from studio.services import importing
from studio.settings import Settings


def test_suggest_mapping_from_common_names():
    m = suggest_mapping(["Product Name", "Article number", "Preis", "Brand", "EAN", "Image URL", "Size", "Colour",
                         "Material", "Weight", "Whatever"])
    assert m == {"Product Name": "title", "Article number": "sku", "Preis": "price", "Brand": "vendor",
                 "EAN": "barcode", "Image URL": "image", "Size": "option:Size", "Colour": "option:Color",
                 "Material": "fact:material", "Weight": "weight"}


def test_map_args_and_overrides():
    user = parse_map_args(["Bezeichnung=title", "Stoff=fact:Material", "Name=ignore", "Preis CH=market_price:Switzerland"])
    assert user == {"Bezeichnung": "title", "Stoff": "fact:material", "Name": "ignore",
                    "Preis CH": "market_price:Switzerland"}
    eff = effective_mapping(["Name", "Bezeichnung", "Stoff", "Preis CH"], user)
    assert eff == {"Bezeichnung": "title", "Stoff": "fact:material", "Preis CH": "market_price:Switzerland"}


@pytest.mark.parametrize("bad", ["nofield", "=title"])
def test_map_args_malformed(bad):
    with pytest.raises(CatalogImportError):
        parse_map_args([bad])


def test_unknown_field_and_unknown_column_are_named():
    with pytest.raises(CatalogImportError, match="unknown field 'colour'"):
        validate_field("colour")
    with pytest.raises(CatalogImportError, match="'Nope'.*its columns are: A, B"):
        effective_mapping(["A", "B"], {"Nope": "title"})


def test_presets_round_trip_in_settings(studio_home):
    s = Settings()
    importing.save_preset("supplier-x", {"Bezeichnung": "title", "Art.-Nr.": "sku"}, s)
    assert importing.load_preset("supplier-x", Settings()) == {"Bezeichnung": "title", "Art.-Nr.": "sku"}
    assert "supplier-x" in importing.list_presets(s)
    with pytest.raises(CatalogImportError, match="no mapping preset 'other'.*supplier-x"):
        importing.load_preset("other", s)
    importing.delete_preset("supplier-x", s)
    assert importing.list_presets(Settings()) == {}
    with pytest.raises(CatalogImportError):
        importing.save_preset("bad", {"A": "nonsense"}, s)


@pytest.mark.parametrize(("raw", "value"), [
    ("19.99", "19.99"), ("19,99", "19.99"), ("1,299.00", "1299.00"), ("1.299,00", "1299.00"), ("$19.99", "19.99"),
    ("€ 5", "5"), ("-5", "-5"), ("1 299,50", "1299.50"), ("12 EUR", "12"),
])
def test_parse_decimal(raw, value):
    assert parse_decimal(raw) == Decimal(value)


@pytest.mark.parametrize("raw", ["", "abc", "=1+1", "1e5", "NaN", "Infinity", "--5"])
def test_parse_decimal_rejects(raw):
    with pytest.raises(ValueError):
        parse_decimal(raw)


def test_slugify():
    assert slugify("Café Crème Mug 350 ml") == "cafe-creme-mug-350-ml"
    assert slugify("เสื้อยืด") == "เสื้อยืด"
    assert slugify("") == ""


@pytest.mark.parametrize(("cell", "escaped"), [
    ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"), ("+1+1", "'+1+1"), ("-2+3", "'-2+3"),
    ("@SUM(A1)", "'@SUM(A1)"), ("\t=1", "'\t=1"), ("-5", "-5"), ("+3.5", "+3.5"), ("-0,75", "-0,75"),
    ("plain", "plain"), ("", ""), (12, 12), (None, None), ("-5\n=1+1", "'-5\n=1+1"), ("\r5", "'\r5"),
    ("\uff1dSUM(A1)", "'\uff1dSUM(A1)"), ("\uff0b1", "'\uff0b1"), ("\uff0d1", "'\uff0d1"), ("\uff20x", "'\uff20x"),
])
def test_escape_formula(cell, escaped):
    assert escape_formula(cell) == escaped
    if isinstance(cell, str):
        assert unescape_formula(escaped) == cell


def test_every_csv_writer_uses_the_one_helper():
    """No second formula guard with its own rules: the writers import studio.csvsafe."""
    import re
    from pathlib import Path

    root = Path(__file__).resolve().parents[3]
    own = [p for pkg in ("studio", "generators", "channels", "ui") for p in (root / pkg).rglob("*.py")
           if p.name != "csvsafe.py"]
    guards = [str(p.relative_to(root)) for p in own
              if re.search(r"""\(\s*["']=["'],\s*["']\+["'],\s*["']-["'],\s*["']@["']""", p.read_text("utf-8"))]
    assert guards == []


def read_csv(path):
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh))


def test_write_safe_csv_and_export_errors(tmp_path):
    p = tmp_path / "out.csv"
    write_safe_csv(p, ["a", "b"], [["=cmd|' /C calc'!A0", "-5"], ["@x", "ok"]])
    rows = read_csv(p)
    assert rows == [["a", "b"], ["'=cmd|' /C calc'!A0", "-5"], ["'@x", "ok"]]
    assert all(not is_formula_like(c) for r in rows for c in r)
    issue = importing.ImportIssue("f.csv", 3, "5 (Variant Price)", "price '=1+1' is not a number", "write 19.99")
    n = importing.export_errors_csv([issue], tmp_path / "errors.csv")
    assert n == 1
    rows = read_csv(tmp_path / "errors.csv")
    assert rows[1][:4] == ["f.csv", "3", "5 (Variant Price)", "error"]
