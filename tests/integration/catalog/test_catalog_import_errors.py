"""Dry run, located errors, abort vs valid-rows-only, cancel (reading: nothing written; writing: resumable),
formula cells."""

from __future__ import annotations

import csv

import pytest
from sqlalchemy import func, select

from studio.jobs import Cancelled, CancelToken
from studio.services import catalog, importing
from studio.services.importing import ImportOptions
from studio.storage import models as m
from tests.integration.catalog.catalog_files import SHOPIFY_HEADER, simple_products, write_shopify


def counts(db) -> tuple[int, int, int, int]:
    with db.session() as s:
        return tuple(s.scalar(select(func.count()).select_from(t)) for t in (m.Product, m.Variant, m.Fact, m.Media))


def runs(db) -> list[m.ImportRun]:
    with db.session() as s:
        return list(s.scalars(select(m.ImportRun).order_by(m.ImportRun.id)).all())


def bad_products():
    ps = simple_products(3)
    ps[1]["variants"][1]["price"] = "12,5,0x"  # line 5
    ps[2]["status"] = "published"  # not a Shopify status, line 6
    return ps


def test_dry_run_writes_nothing(db, tmp_path):
    f = write_shopify(tmp_path / "cat.csv", simple_products(5))
    plan = importing.plan_import(db, f)
    assert (plan.create_count, plan.update_count, plan.error_count) == (5, 0, 0)
    assert plan.variants == 10 and plan.facts >= 5
    assert counts(db) == (0, 0, 0, 0)
    assert runs(db) == []


def test_errors_name_file_line_column_and_what_to_do(db, tmp_path):
    f = write_shopify(tmp_path / "cat.csv", bad_products())
    plan = importing.plan_import(db, f)
    assert plan.create_count == 1 and plan.invalid_products == 2 and plan.error_count == 2
    price, status = sorted(plan.errors, key=lambda e: e.line)
    col = SHOPIFY_HEADER.index("Variant Price") + 1
    assert (price.file, price.line, price.column) == ("cat.csv", 5, f"{col} (Variant Price)")
    assert "'12,5,0x' is not a number" in price.message and price.hint
    assert status.line == 6 and status.column.endswith("(Status)") and "active, draft or archived" in status.hint
    assert str(price).startswith(f"cat.csv:5: column {col} (Variant Price): ")
    out = tmp_path / "errors.csv"
    importing.export_errors_csv(plan.errors, out)
    with open(out, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0][:3] == ["file", "line", "column"] and rows[1][1] == "5"


def test_invalid_rows_abort_everything(db, tmp_path):
    f = write_shopify(tmp_path / "cat.csv", bad_products())
    with pytest.raises(importing.ImportAborted, match="2 error") as exc:
        importing.run_import(db, f, ImportOptions(batch_size=1))  # valid products were already flushed
    assert len(exc.value.issues) == 2
    assert counts(db) == (0, 0, 0, 0)
    (run,) = runs(db)
    assert run.status == "failed" and run.error_count == 2 and run.created == 0
    assert run.errors[0]["line"] in (5, 6)


def test_valid_rows_only_imports_the_rest_and_records_the_choice(db, tmp_path):
    f = write_shopify(tmp_path / "cat.csv", bad_products())
    res = importing.run_import(db, f, ImportOptions(import_valid_rows_only=True))
    assert (res.created, res.skipped_invalid, res.error_count) == (1, 2, 2)
    assert catalog.count_products(db) == 1
    (run,) = runs(db)
    assert run.status == "committed" and run.import_valid_rows_only is True and run.error_count == 2


def test_cancel_while_reading_writes_nothing(db, tmp_path, monkeypatch):
    f = write_shopify(tmp_path / "cat.csv", simple_products(40))
    token = CancelToken()
    from studio.importers import pipeline

    original = pipeline.check_values
    seen = []

    def check_then_cancel(rec, fname):  # cancel while the file is still being read and checked
        seen.append(rec.handle)
        if len(seen) == 15:
            token.cancel()
        return original(rec, fname)

    monkeypatch.setattr(pipeline, "check_values", check_then_cancel)
    with pytest.raises(Cancelled):
        importing.run_import(db, f, ImportOptions(batch_size=5), cancel=token)
    assert len(seen) == 15
    assert counts(db) == (0, 0, 0, 0)
    (run,) = runs(db)
    assert run.status == "cancelled" and run.created == 0


def test_cancel_while_writing_keeps_committed_batches_and_reimport_finishes(db, tmp_path, monkeypatch):
    """Pass 2 commits batch by batch: a cancel there stops after the batch under way; the run says what it
    wrote; importing the same file again finishes the import (the upsert is idempotent)."""
    f = write_shopify(tmp_path / "cat.csv", simple_products(40))
    token = CancelToken()
    from studio.importers import pipeline

    original = pipeline._Writer.flush
    flushes = []

    def flush_then_cancel(self):
        out = original(self)
        flushes.append(1)
        if len(flushes) == 3:
            token.cancel()
        return out

    monkeypatch.setattr(pipeline._Writer, "flush", flush_then_cancel)
    with pytest.raises(Cancelled):
        importing.run_import(db, f, ImportOptions(batch_size=5), cancel=token)
    monkeypatch.setattr(pipeline._Writer, "flush", original)
    assert len(flushes) == 3
    assert counts(db)[:2] == (15, 30)  # three whole batches: products with all their variants
    (run,) = runs(db)
    assert run.status == "cancelled" and run.created == 15
    assert "import the same file again to finish" in run.errors[-1]["message"]
    res = importing.run_import(db, f, ImportOptions(batch_size=5))
    assert (res.created, res.updated, res.unchanged) == (25, 0, 15)
    again = importing.run_import(db, f, ImportOptions(batch_size=5))
    assert (again.created, again.updated, again.unchanged) == (0, 0, 40)
    assert counts(db)[:2] == (40, 80)


def test_duplicate_sku_across_products_in_file(db, tmp_path):
    ps = simple_products(2)
    ps[1]["variants"][0]["sku"] = ps[0]["variants"][0]["sku"]
    f = write_shopify(tmp_path / "d.csv", ps)
    plan = importing.plan_import(db, f, ImportOptions(dedupe_skus="error"))
    assert plan.error_count == 1 and "is used by 'p-0' and 'p-1'" in plan.errors[0].message
    plan = importing.plan_import(db, f)  # the default: both imported, the SKU flagged in the report
    assert plan.error_count == 0 and plan.create_count == 2
    assert [w.kind for w in plan.warnings if "P0-S" in w.message] == ["duplicate-sku"]


def test_formula_cells_are_data_and_exports_escape_them(db, tmp_path):
    ps = [{"handle": "evil", "title": "=HYPERLINK(\"http://x\",\"y\")", "tags": "+cmd, @SUM(1)",
           "body": "<p>-2+3 is data</p>", "variants": [{"sku": "-5", "price": "5"}]}]
    f = write_shopify(tmp_path / "f.csv", ps)
    importing.run_import(db, f)
    p = catalog.get_product_by_ref(db, "-5")
    assert p.title == "=HYPERLINK(\"http://x\",\"y\")" and p.tags == ("+cmd", "@SUM(1)")
    issue = importing.ImportIssue("f.csv", 2, None, p.title, "")
    out = tmp_path / "e.csv"
    importing.export_errors_csv([issue], out)
    with open(out, encoding="utf-8-sig", newline="") as fh:
        row = list(csv.reader(fh))[1]
    assert row[5] == "'" + p.title


def test_bad_input_messages(db, tmp_path):
    f = tmp_path / "x.csv"
    f.write_text("Handle,Title\n", encoding="utf-8")
    assert importing.plan_import(db, f).products_read == 0
    notshop = tmp_path / "y.csv"
    notshop.write_text("Name,Price\nA,1\n", encoding="utf-8")
    with pytest.raises(importing.CatalogImportError, match="not a Shopify product CSV — missing column"):
        importing.plan_import(db, notshop, ImportOptions(format="shopify"))
    with pytest.raises(importing.CatalogImportError, match="no column is mapped to title"):
        importing.plan_import(db, notshop, ImportOptions(mapping={"Name": "ignore"}))
    quote = tmp_path / "q.csv"
    quote.write_bytes(b"Title,SKU\n\"unterminated,1\n")
    with pytest.raises(importing.CatalogImportError,
                       match=r"^q\.csv:2: column 1 \(Title\), character 1: a quote opened here never closes"):
        importing.plan_import(db, quote)  # it would swallow the rest of the file: a located refusal
    with pytest.raises(importing.CatalogImportError, match="no such folder"):
        importing.plan_import(db, quote, ImportOptions(images_dir=str(tmp_path / "nope")))
