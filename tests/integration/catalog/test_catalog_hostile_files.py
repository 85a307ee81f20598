"""Broken and hostile catalog files through the whole import (issue 13 items 4–6, issue 14 items 3 and 7):
structure errors are located and write nothing, nothing is silently corrupted, bombs are refused early,
encodings are the ones sellers produce, and detection explains itself."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from decimal import Decimal

import openpyxl
import pytest
from sqlalchemy import func, select

from studio.cli.main import main
from studio.importers.detect import detect
from studio.services import catalog, importing
from studio.services.importing import ImportOptions
from studio.storage import models as m
from tests.integration.catalog.catalog_files import simple_products, write_shopify

OPTS = {"download_images": False}


def counts(db) -> tuple[int, int, int, int]:
    with db.session() as s:
        return tuple(s.scalar(select(func.count()).select_from(t)) for t in (m.Product, m.Variant, m.Fact, m.Media))


def cli(capsys, *argv):
    rc = main(list(argv))
    out = capsys.readouterr()
    return rc, out.out, out.err


# --------------------------------------------------------------------------- structure (issue 13 item 4)

def test_unclosed_quote_refuses_the_file_located_and_writes_nothing(sqlite_db, tmp_path):
    f = tmp_path / "cat.csv"
    f.write_bytes(b'Title,SKU,Price\nMug,M1,5\n"Cup,C1,6\nPlate,P1,7\nBowl,B1,8\n')
    for valid_only in (False, True):  # nothing after an open quote can be read: no row can be trusted
        with pytest.raises(importing.CatalogImportError) as exc:
            importing.run_import(sqlite_db, f, ImportOptions(import_valid_rows_only=valid_only, **OPTS))
        assert str(exc.value).startswith("cat.csv:3: column 1 (Title), character 1: a quote opened here never "
                                          "closes (everything to line 5 would be one cell)")
        assert "\n" not in str(exc.value)
    assert counts(sqlite_db) == (0, 0, 0, 0)


def test_wrong_field_count_aborts_or_is_skipped_and_listed(sqlite_db, tmp_path):
    f = tmp_path / "cat.csv"
    f.write_text("Title,SKU,Price\nMug,M1,5\nCup,C1,6,extra\nPlate,P1\nBowl,B1,8\n", encoding="utf-8")
    with pytest.raises(importing.ImportAborted) as exc:
        importing.run_import(sqlite_db, f, ImportOptions(**OPTS))
    assert [(e.line, e.column) for e in exc.value.issues] == [(3, "4, character 10"), (4, "3 (Price)")]
    assert counts(sqlite_db) == (0, 0, 0, 0)
    res = importing.run_import(sqlite_db, f, ImportOptions(import_valid_rows_only=True, **OPTS))
    assert (res.created, res.error_count) == (2, 2)
    assert sorted(p.title for p in catalog.list_products(sqlite_db)) == ["Bowl", "Mug"]
    assert [str(e).split(": ", 2)[:2] for e in res.errors] == [["cat.csv:3", "column 4, character 10"],
                                                                ["cat.csv:4", "column 3 (Price)"]]


def test_shopify_row_with_a_stray_quote_is_a_located_error(sqlite_db, tmp_path):
    f = write_shopify(tmp_path / "s.csv", simple_products(2))
    text = f.read_text(encoding="utf-8").replace("Product 1", 'Product 1 12" pan', 1)
    f.write_text(text, encoding="utf-8")
    plan = importing.plan_import(sqlite_db, f, ImportOptions(**OPTS))
    e = plan.errors[0]  # (the product's next row, now without its first row, is refused too)
    assert e.line == 4 and e.column == "2 (Title), character 17" and "a quote inside a cell" in e.message
    assert plan.create_count == 1


def test_parallel_reader_reports_row_errors_and_late_warnings(sqlite_db, tmp_path):
    """The large-file path (a second process) refuses the same rows and forwards warnings from every batch."""
    lines = ["Title,SKU,Price"] + [f"Item {i}{' crème' if i % 10 == 0 else ''},S{i},{i % 50 + 1}" for i in range(2600)]
    lines[2500] = "Broken,row"  # wrong width, in the third batch
    data = ("\n".join(lines) + "\n").encode()
    data = data.replace(b"Item 2551,", b"Item 2551 caf\xe9,")  # a stray Windows-1252 byte late in a UTF-8 file
    f = tmp_path / "big.csv"
    f.write_bytes(data)
    with pytest.raises(importing.ImportAborted) as exc:
        importing.run_import(sqlite_db, f, ImportOptions(parallel=True, **OPTS))
    assert [(e.line, e.message[:26]) for e in exc.value.issues] == [(2501, "the row has 2 fields, the ")]
    res = importing.run_import(sqlite_db, f, ImportOptions(parallel=True, import_valid_rows_only=True, **OPTS))
    assert res.created == 2599 and res.error_count == 1
    assert any(w.line == 2553 and "not UTF-8" in w.message for w in res.warnings)
    assert catalog.get_product_by_ref(sqlite_db, "S2551").title == "Item 2551 café"
    assert catalog.get_product_by_ref(sqlite_db, "S2550").title == "Item 2550 crème"


# --------------------------------------------------------------------------- no silent corruption (item 5)

def test_stray_byte_in_utf8_is_located_and_the_rest_stays_utf8(sqlite_db, tmp_path):
    f = tmp_path / "mixed.csv"
    f.write_bytes("Title,SKU,Price\nCafé crème,M1,5\nÄrmel – grün,M2,6\n".encode() + b"Th\xe9 glac\xe9,M3,7\n")
    det = detect(f)
    assert det.encoding == "utf-8"
    res = importing.run_import(sqlite_db, f, ImportOptions(**OPTS))
    titles = sorted(p.title for p in catalog.list_products(sqlite_db))
    assert titles == ["Café crème", "Thé glacé", "Ärmel – grün"]  # no "CafÃ©" anywhere
    (w,) = [w for w in res.warnings if "UTF-8" in w.message]
    assert str(w).startswith("mixed.csv:4: column 1 (Title), character 3: 2 byte(s) in this cell are not UTF-8")


@pytest.mark.parametrize(("price", "why"), [
    ("-5", "is negative"), ("12345678901234567890", "is 1,000,000,000,000 or more"),
    ("0.1234567890123456789", "significant digits"),
])
def test_prices_outside_a_sane_range_are_located_errors(sqlite_db, tmp_path, price, why):
    f = tmp_path / "p.csv"
    f.write_text(f"Title,SKU,Price\nMug,M1,{price}\nCup,C1,19.99\n", encoding="utf-8")
    plan = importing.plan_import(sqlite_db, f, ImportOptions(**OPTS))
    (e,) = plan.errors
    assert (e.line, e.column) == (2, "price") and why in e.message and e.hint
    res = importing.run_import(sqlite_db, f, ImportOptions(import_valid_rows_only=True, **OPTS))
    assert res.created == 1 and catalog.get_product_by_ref(sqlite_db, "C1").variants[0].price == Decimal("19.99")


def test_json_structure_in_text_fields_is_refused_never_a_repr(sqlite_db, tmp_path):
    f = tmp_path / "p.json"
    f.write_text(json.dumps([
        {"title": "Mug", "vendor": {"name": "Acme"}, "variants": [{"sku": "M1", "price": "5"}]},
        {"title": "Cup", "variants": [{"sku": ["C1", "C2"], "price": "5"}]},
        {"title": "Plate", "tags": ["a", "b"], "extra": {"k": [1, 2]}, "variants": [{"sku": "P1", "price": "5"}]},
    ]), encoding="utf-8")
    res = importing.run_import(sqlite_db, f, ImportOptions(import_valid_rows_only=True, **OPTS))
    assert [(e.column, e.message) for e in res.errors] == [
        ("products[0].vendor", "vendor is a JSON object, where text belongs"),
        ("products[1].variants[0].sku", "sku is a JSON list, where a value belongs")]
    (p,) = catalog.list_products(sqlite_db)
    full = catalog.get_product_by_ref(sqlite_db, p.handle)
    assert full.tags == ("a", "b") and "{'" not in json.dumps(full.extra)


def test_deeply_nested_json_is_a_located_error(sqlite_db, tmp_path):
    f = tmp_path / "deep.json"
    f.write_text('[{"title": "ok"},\n {"title": "x", "extra": ' + "[" * 50_000 + "]" * 50_000 + "}]",
                 encoding="utf-8")
    with pytest.raises(importing.CatalogImportError, match=r"^deep\.json:2: column 125: JSON nested more than 100"):
        importing.run_import(sqlite_db, f, ImportOptions(**OPTS))
    assert counts(sqlite_db) == (0, 0, 0, 0)


def test_xlsx_formula_without_saved_value_is_named(sqlite_db, tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Products"
    ws.append(["Title", "Cost", "Price"])
    ws.append(["Mug", 10, "=B2*1.2"])  # openpyxl writes the formula without a calculated value
    ws.append(["Cup", 5, 6])
    f = tmp_path / "f.xlsx"
    wb.save(f)
    res = importing.run_import(sqlite_db, f, ImportOptions(**OPTS))
    (w,) = [w for w in res.warnings if "formula" in w.message]
    assert str(w).startswith("f.xlsx:2: column C (Price), cell C2 of sheet 'Products': formula =B2*1.2 has no "
                             "saved value")


# --------------------------------------------------------------------------- bombs (item 6)

def _xlsx_with_sheet(tmp_path, name: str, write_sheet) -> object:
    src = tmp_path / "base.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["Title", "Price"])
    wb.save(src)
    out = tmp_path / name
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zout:
        for info in zin.infolist():
            if info.filename == "xl/worksheets/sheet1.xml":
                with zout.open(info.filename, "w", force_zip64=True) as fh:
                    write_sheet(fh)
            else:
                zout.writestr(info, zin.read(info.filename))
    return out


def test_xlsx_bomb_is_refused_before_memory_grows(tmp_path):
    def gigabyte(fh):
        fh.write(b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/'
                 b'spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>')
        chunk = b"A" * (1 << 20)
        for _ in range(1024):
            fh.write(chunk)
        fh.write(b"</t></is></c></row></sheetData></worksheet>")

    bomb = _xlsx_with_sheet(tmp_path, "bomb.xlsx", gigabyte)
    assert bomb.stat().st_size < 2 << 20  # ~1 MB on disk, 1 GB inflated
    code = (
        "import resource, sys\n"
        "from studio.importers.records import CatalogImportError\n"
        "from studio.importers.detect import detect\n"
        "try:\n"
        "    detect(sys.argv[1])\n"
        "    print('ACCEPTED')\n"
        "except CatalogImportError as exc:\n"
        "    print('REFUSED', exc)\n"
        # VmHWM is the peak of this process image; ru_maxrss is kept across fork+exec on Linux, so in a big
        # test run it reported the test runner that started us (368 MB), not the import
        "hwm = [l for l in open('/proc/self/status') if l.startswith('VmHWM:')]\n"
        "print('RSS_MB', int(hwm[0].split()[1]) // 1024 if hwm else "
        "resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)\n"
    )
    out = subprocess.run([sys.executable, "-c", code, str(bomb)], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    assert "REFUSED bomb.xlsx: refused: part xl/worksheets/sheet1.xml would inflate from 1.0 MB to 1,024 MB" in out.stdout
    rss = int(out.stdout.rsplit("RSS_MB", 1)[1])
    assert rss < 300, f"peak RSS {rss} MB"


def test_xlsx_with_xml_entities_is_refused(sqlite_db, tmp_path):
    def laughs(fh):
        fh.write(b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>'
                 b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
                 b'<row r="1"><c r="A1" t="inlineStr"><is><t>&lol2;</t></is></c></row></sheetData></worksheet>')

    f = _xlsx_with_sheet(tmp_path, "lol.xlsx", laughs)
    with pytest.raises(importing.CatalogImportError, match=r"^lol\.xlsx: refused: the workbook's XML is not plain data"):
        importing.run_import(sqlite_db, f, ImportOptions(**OPTS))


# --------------------------------------------------------------------------- encodings (issue 14 item 3)

def test_excel_windows_csv_with_semicolons_is_cp1252(sqlite_db, tmp_path):
    f = tmp_path / "excel.csv"
    f.write_bytes("Product;Price;Notes\r\nFlowState™ Chair;£64.95;Don’t miss it\r\nErgo Desk;£120.00;“Best” seller\r\n"
                  .encode("cp1252"))
    det = detect(f)
    assert (det.encoding, det.delimiter) == ("cp1252", ";")
    assert det.encoding_confidence >= 0.6 and not det.encoding_uncertain
    assert "'FlowState™'" in det.encoding_evidence and "'£64'" in det.encoding_evidence
    importing.run_import(sqlite_db, f, ImportOptions(**OPTS))
    p = catalog.get_product_by_ref(sqlite_db, "flowstate-chair")
    assert p.title == "FlowState™ Chair" and p.variants[0].price == Decimal("64.95")


def test_cyrillic_files_still_read_as_what_they_are(tmp_path):
    text = "Название;Цена\nКружка 300 мл;250\nТарелка 300 мл;300\nЧайник;1200\n"
    for enc in ("cp1251", "koi8_r", "utf-8"):
        f = tmp_path / f"ru-{enc}.csv"
        f.write_bytes(text.encode(enc))
        det = detect(f)
        assert f.read_bytes().decode(det.encoding) == text and not det.encoding_uncertain, (enc, det.encoding)


def test_a_guess_the_detector_is_unsure_of_is_a_cli_warning_with_evidence(sqlite_db, capsys, tmp_path):
    f = tmp_path / "tr.csv"
    f.write_bytes("Product;Price\nKahve fincanı;12\nŞeker;3\n".encode("cp1254"))
    det = detect(f)
    assert det.encoding_uncertain and det.encoding_alternatives
    rc, out, err = cli(capsys, "import", str(f), "--dry-run")
    (line,) = [x for x in err.splitlines() if x.startswith("warning:")]
    assert line.startswith("warning: tr.csv: the encoding is a guess (") and "read as" in line
    assert "run again with --encoding" in line
    rc, out, err = cli(capsys, "import", str(f), "--encoding", "cp1254", "--dry-run", "--json")
    assert rc == 0 and not [x for x in err.splitlines() if x.startswith("warning:")]
    assert json.loads(out)["detected"]["encoding"] == "cp1254"


# --------------------------------------------------------------------------- detection and messages (item 7)

@pytest.mark.parametrize(("name", "data", "looks"), [
    ("feed.csv", b'<?xml version="1.0"?><rss xmlns:g="http://base.google.com/ns/1.0"><channel></channel></rss>',
     "a Google Merchant feed (XML)"),
    ("page.csv", b"<!DOCTYPE html><html><body>Products</body></html>", "a web page (HTML)"),
    ("doc.csv", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "a PDF document"),
    ("img.csv", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "a PNG image"),
    ("old.csv", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64, "an old Excel 97–2003 workbook (.xls)"),
])
def test_not_a_csv_says_what_it_looks_like(tmp_path, name, data, looks):
    f = tmp_path / name
    f.write_bytes(data)
    with pytest.raises(importing.CatalogImportError) as exc:
        detect(f)
    assert str(exc.value).startswith(f"{name}: this is not a CSV or spreadsheet; it looks like {looks}")


def test_a_blob_is_not_offered_as_a_column_name(tmp_path):
    import base64

    f = tmp_path / "blob.csv"
    f.write_text(base64.b64encode(bytes(range(256)) * 8).decode() + "\nabc\n", encoding="utf-8")
    with pytest.raises(importing.CatalogImportError, match=r"^blob\.csv: line 1 does not name columns \(cell 1 is "
                                                           r"2,732 characters long \(it looks like base64 data\)\)"):
        detect(f)


def test_camel_case_headers_and_values_decide_the_mapping(sqlite_db, tmp_path):
    f = tmp_path / "feed.csv"
    f.write_text("productName,imageUrl,quantity,unitPrice,sku\n"
                 "Rose Serum,https://cdn.example/r.jpg,100 ML,24.90,RS-1\n"
                 "Night Cream,https://cdn.example/n.jpg,50 ml,19.90,NC-1\n", encoding="utf-8")
    det = detect(f)
    assert det.suggested_mapping == {"productName": "title", "imageUrl": "image", "quantity": "fact:quantity",
                                     "unitPrice": "price", "sku": "sku"}
    importing.run_import(sqlite_db, f, ImportOptions(**OPTS))
    p = catalog.get_product_by_ref(sqlite_db, "RS-1")
    assert p.title == "Rose Serum" and p.variants[0].inventory is None and p.fact("quantity").value == "100 ML"


def test_dry_run_is_the_real_import_rolled_back(db, capsys, tmp_path):
    first = write_shopify(tmp_path / "a.csv", simple_products(4))
    importing.run_import(db, first, ImportOptions(**OPTS))
    ps = simple_products(6)  # 4 updates, 2 creates; p-2 listed twice apart (merged), one invalid price
    ps.append({**ps[2], "variants": [{"opt": "L", "sku": "P2-L", "price": "15.00"}]})
    ps[5]["variants"][0]["price"] = "-1"
    f = write_shopify(tmp_path / "b.csv", ps)
    before = counts(db)
    plan = importing.plan_import(db, f, ImportOptions(import_valid_rows_only=True, **OPTS))
    assert counts(db) == before
    res = importing.run_import(db, f, ImportOptions(import_valid_rows_only=True, **OPTS))
    assert (plan.create_count, plan.update_count, plan.error_count, plan.invalid_products) == \
        (res.created, res.updated, res.error_count, res.skipped_invalid)
    assert plan.variants == res.variants_created + res.variants_updated and plan.facts == res.facts_written
    # the CLI: a dry run with errors exits like the import would (non-zero), with the counts it would make
    rc, out, _ = cli(capsys, "import", str(f), "--dry-run", "--json", "--no-download")
    data = json.loads(out)
    assert rc == 2 and data["would_abort"] and data["error_count"] == 1
    rc, out, _ = cli(capsys, "import", str(f), "--dry-run", "--valid-rows-only", "--no-download")
    assert rc == 0 and "Dry run" in out
