"""The parallel import path (parsing in a second process) forced on small files: same results as in-process."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from studio.importers import parallel, pipeline
from studio.jobs import Cancelled, CancelToken
from studio.services import importing
from studio.services.importing import ImportOptions
from studio.storage import models as m
from studio.storage.db import open_database
from tests.integration.catalog.catalog_files import (
    SHOPIFY_HEADER,
    shopify_rows,
    simple_products,
    write_csv,
    write_shopify,
)

TABLES = ("products", "variants", "media", "facts")


def dump(db) -> dict[str, list[tuple]]:
    out = {}
    with db.engine.connect() as c:
        for t in TABLES:
            table = {"products": m.Product, "variants": m.Variant, "media": m.Media, "facts": m.Fact}[t].__table__
            cols = [x for x in table.c if x.name not in ("created_at", "updated_at", "import_run_id")]
            out[t] = [tuple(r) for r in c.execute(select(*cols).order_by(table.c.id))]
    return out


def counts(db) -> tuple[int, ...]:
    with db.session() as s:
        return tuple(s.scalar(select(func.count()).select_from(t)) for t in (m.Product, m.Variant, m.Fact, m.Media))


def runs(db) -> list[m.ImportRun]:
    with db.session() as s:
        return list(s.scalars(select(m.ImportRun).order_by(m.ImportRun.id)).all())


def bad_products():
    ps = simple_products(30)
    ps[1]["variants"][1]["price"] = "12,5,0x"
    ps[2]["status"] = "published"
    return ps


@pytest.fixture
def small_batches(monkeypatch):
    monkeypatch.setattr(parallel, "BATCH_PRODUCTS", 4)  # several queue messages even for a small file


def test_parallel_same_tables_as_in_process(db, tmp_path, small_batches):
    ps = simple_products(25)
    f = write_shopify(tmp_path / "cat.csv", ps)
    ref = open_database(f"sqlite:///{tmp_path / 'ref.db'}")
    try:
        for opts_db in (ref, db):
            par = opts_db is db
            r1 = importing.run_import(opts_db, f, ImportOptions(parallel=par, download_images=False, batch_size=7))
            assert (r1.created, r1.error_count) == (25, 0)
            ps[0]["title"] = "Renamed"
            f = write_shopify(tmp_path / "cat.csv", ps)
            r2 = importing.run_import(opts_db, f, ImportOptions(parallel=par, download_images=False, batch_size=7))
            assert (r2.created, r2.updated, r2.unchanged) == (0, 1, 24)  # only the renamed one changed
            ps[0]["title"] = simple_products(1)[0]["title"]
            f = write_shopify(tmp_path / "cat.csv", ps)
        expected, got = dump(ref), dump(db)
    finally:
        ref.dispose()
    assert {t: len(v) for t, v in got.items()} == {t: len(v) for t, v in expected.items()}
    for t in TABLES:  # numeric columns come back as Decimal on PostgreSQL, float on SQLite
        norm = [[tuple(str(float(x)) if isinstance(x, float) or type(x).__name__ == "Decimal" else x for x in r)
                 for r in d[t]] for d in (expected, got)]
        assert norm[0] == norm[1], t


def test_parallel_errors_are_located_and_abort(db, tmp_path, small_batches):
    f = write_shopify(tmp_path / "cat.csv", bad_products())
    plan = importing.plan_import(db, f, ImportOptions(parallel=True))
    assert plan.invalid_products == 2 and plan.error_count == 2 and plan.create_count == 28
    price, status = sorted(plan.errors, key=lambda e: e.line)
    col = SHOPIFY_HEADER.index("Variant Price") + 1
    assert (price.file, price.line, price.column) == ("cat.csv", 5, f"{col} (Variant Price)")
    assert status.line == 6 and status.column.endswith("(Status)")
    with pytest.raises(importing.ImportAborted, match="2 error"):
        importing.run_import(db, f, ImportOptions(parallel=True, batch_size=3))
    assert counts(db) == (0, 0, 0, 0)


def test_parallel_valid_rows_only(db, tmp_path, small_batches):
    f = write_shopify(tmp_path / "cat.csv", bad_products())
    res = importing.run_import(db, f, ImportOptions(parallel=True, import_valid_rows_only=True))
    assert (res.created, res.skipped_invalid, res.error_count) == (28, 2, 2)
    assert counts(db)[0] == 28


def test_parallel_cancel_stops_the_reader_and_rolls_back(db, tmp_path, monkeypatch, small_batches):
    f = write_shopify(tmp_path / "cat.csv", simple_products(40))
    token = CancelToken()
    checked = []
    readers = []
    orig_init = parallel.ParallelReader.__init__

    def init(self, *a, **kw):
        orig_init(self, *a, **kw)
        readers.append(self)

    def cancel_while_reading(fraction, message):  # cancel while batches still come from the reader process
        if message.endswith("products read") and not checked:
            checked.append(int(message.split()[0]))
            token.cancel()

    monkeypatch.setattr(parallel.ParallelReader, "__init__", init)
    with pytest.raises(Cancelled):
        importing.run_import(db, f, ImportOptions(parallel=True, batch_size=5), progress=cancel_while_reading,
                             cancel=token)
    # the checks run in the reader process: the importing process stops at the next batch it receives
    assert checked and checked[0] < 40 and len(readers) == 1 and not readers[0].proc.is_alive()
    assert counts(db) == (0, 0, 0, 0)
    assert runs(db)[-1].status == "cancelled"


def test_reader_crash_is_a_clean_error_and_rolls_back(db, tmp_path, monkeypatch, small_batches):
    f = write_shopify(tmp_path / "cat.csv", simple_products(40))
    monkeypatch.setenv(parallel.TEST_EXIT_ENV, "3")  # dies after sending 3 batches (12 products)
    with pytest.raises(importing.CatalogImportError, match="reader process stopped unexpectedly"):
        importing.run_import(db, f, ImportOptions(parallel=True, batch_size=5))
    assert counts(db) == (0, 0, 0, 0)
    assert runs(db)[-1].status == "failed"


def test_reader_exception_comes_back_as_catalog_error(db, tmp_path, monkeypatch):
    f = write_shopify(tmp_path / "cat.csv", simple_products(3))
    det = importing.detect(f) if hasattr(importing, "detect") else pipeline.detect(f, "auto", None, None)
    f.unlink()  # detected, then gone before the reader opens it
    with pytest.raises(importing.CatalogImportError, match="cat.csv: .*No such file"):
        pipeline.run_pipeline(db, f, ImportOptions(parallel=True), detection=det)
    assert counts(db) == (0, 0, 0, 0)


def test_small_files_stay_in_process(db, tmp_path, monkeypatch):
    def boom(*a, **kw):
        raise AssertionError("the parallel reader must not start for a small file")

    monkeypatch.setattr(parallel, "ParallelReader", boom)
    f = write_shopify(tmp_path / "cat.csv", simple_products(3))
    assert importing.run_import(db, f).created == 3


def test_parallel_start_failure_falls_back_in_process(db, tmp_path, monkeypatch):
    def no_mp(*a, **kw):
        raise OSError("no multiprocessing here")

    monkeypatch.setattr(parallel, "ParallelReader", no_mp)
    f = write_shopify(tmp_path / "cat.csv", simple_products(3))
    assert importing.run_import(db, f, ImportOptions(parallel=True)).created == 3


def test_child_that_cannot_start_leaves_no_descriptions_file(sqlite_db, tmp_path, monkeypatch):
    """The descriptions' file is made before the child starts; a start that fails removes it (and the import
    reads in-process)."""
    import multiprocessing.process
    import tempfile

    spool = tmp_path / "tmp"
    spool.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(spool))

    def refuse(self):
        raise OSError("no processes here")

    monkeypatch.setattr(multiprocessing.process.BaseProcess, "start", refuse)
    f = write_shopify(tmp_path / "cat.csv", simple_products(3))
    assert importing.run_import(sqlite_db, f, ImportOptions(parallel=True, download_images=False)).created == 3
    assert not [p.name for p in spool.iterdir() if p.name.startswith("studio-import-bodies-")]


@pytest.mark.parametrize("mode", ["flag", "suffix", "error"])
def test_checks_in_the_reader_process_report_what_in_process_reports(db, tmp_path, small_batches, mode):
    """Pass 1's in-file checks run in the reader process: shared SKUs (each --dedupe-skus mode), a product in two
    places, a rejected product and a reader warning give the same warnings, errors, skipped list, counts and tables
    as the in-process path."""
    ps = simple_products(14)
    ps[3]["variants"][0]["sku"] = ps[2]["variants"][0]["sku"]  # a SKU shared by two products
    ps[9]["variants"][1]["sku"] = ps[2]["variants"][1]["sku"]
    ps[5]["variants"][0]["price"] = "-4"  # refused: a negative price
    ps[7]["status"] = "published"  # a value the reader warns about
    rows = shopify_rows(ps)
    rows.append(list(rows[4]))  # product 2's first row again further down: one product in two places
    rows[-1][SHOPIFY_HEADER.index("Option1 Value")] = "XL"
    rows[-1][SHOPIFY_HEADER.index("Variant SKU")] = "P2-XL"
    f = write_csv(tmp_path / "cat.csv", SHOPIFY_HEADER, rows)
    ref = open_database(f"sqlite:///{tmp_path / 'ref.db'}")
    seen = []
    try:
        for target in (ref, db):
            out = []
            for _ in range(2):  # an import, then the same file again
                r = importing.run_import(target, f, ImportOptions(parallel=target is db, download_images=False,
                                                                  batch_size=3, dedupe_skus=mode,
                                                                  import_valid_rows_only=True))
                out.append(((r.products_read, r.rows_read, r.created, r.updated, r.unchanged, r.skipped_invalid,
                             r.error_count), [str(w) for w in r.warnings], [str(e) for e in r.errors], r.skipped,
                            r.report))
            seen.append((out, dump(target)))
    finally:
        ref.dispose()
    assert seen[0] == seen[1]
    assert seen[0][0][0][0][6] >= 1 and any("SKU" in w for w in seen[0][0][0][1] + seen[0][0][0][2])
