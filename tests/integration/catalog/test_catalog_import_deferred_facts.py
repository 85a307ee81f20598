"""The parse child reads the descriptions' facts after the whole file was parsed (while the importing process checks
and writes): every fact — order, values, spans, the title's material — is the one the in-process reader produces,
also where a description's fact and an option, weight or title fact share a key, across batches, with rejected
products in between and at the end, and for a product written in two places of the file."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from studio.importers import facts as facts_mod
from studio.importers import parallel
from studio.importers.facts import add_body_facts, merge_body_facts
from studio.importers.records import ProductRecord
from studio.services import importing
from studio.services.importing import ImportOptions
from studio.storage import models as m
from studio.storage.db import open_database
from tests.integration.catalog.catalog_files import write_shopify


def products() -> list[dict]:
    v = [{"opt": "Red", "sku": "A-R", "price": "10.00", "grams": "1200", "unit": "kg"},
         {"opt": "Blue", "sku": "A-B", "price": "11.00", "grams": "1200", "unit": "kg"}]
    return [
        # the description's colour and weight win over the option's colours and the variants' weight
        {"handle": "shirt-a", "title": "Linen Shirt", "option": "Color", "variants": v,
         "body": "<ul><li>Colour: red and blue</li><li>Weight: 1.3 kg</li></ul><p>Relaxed fit.</p>"},
        # no material in the description: the title's linen; the option's colours and variants' weight stay
        {"handle": "shirt-b", "title": "Linen Shirt B", "option": "Color",
         "variants": [{**x, "sku": x["sku"].replace("A", "B")} for x in v], "body": "<p>Relaxed fit.</p>"},
        # a material in the prose: no title fact
        {"handle": "shirt-c", "title": "Linen Shirt C", "option": "Size",
         "variants": [{"opt": "S", "sku": "C-S"}, {"opt": "M", "sku": "C-M"}],
         "body": "<p>Woven from 100% European flax linen, 160 gsm, made in Portugal. Machine wash at 30 °C.</p>"},
        {"handle": "bad-d", "title": "Bad", "option": "Size", "variants": [{"opt": "S", "sku": "D-S", "price": "x"}],
         "body": "<p>Material: wool</p>"},
        {"handle": "mug-e", "title": "Stoneware Mug", "option": "", "variants": [{"sku": "E-1"}], "body": ""},
        {"handle": "lamp-f", "title": "Lamp", "option": "Size", "variants": [{"opt": "S", "sku": "F-S"}],
         "body": "<p>Dimensions: 20 x 20 x 45 cm. Power: 40 W. CE certified.</p>"},
        # written again further down the file: the writer merges the two records
        {"handle": "shirt-c", "title": "", "option": "Size", "variants": [{"opt": "L", "sku": "C-L"}], "body": ""},
        {"handle": "bad-g", "title": "Bad too", "option": "Size", "variants": [{"opt": "S", "sku": "G-S", "price": "y"}],
         "body": "<p>100% cotton</p>"},
    ]


def facts(db) -> list[tuple]:
    F, P = m.Fact.__table__, m.Product.__table__
    with db.engine.connect() as c:  # ids differ on PostgreSQL (a dry run uses up sequence values): by handle
        return [tuple(r) for r in c.execute(select(P.c.handle, F.c.key, F.c.value, F.c.type, F.c.unit, F.c.data,
                                                   F.c.source, F.c.position).join(P, P.c.id == F.c.product_id)
                                            .order_by(F.c.id))]


@pytest.mark.parametrize("batch", [1, 2, 1000])
def test_deferred_body_facts_equal_in_process(db, tmp_path, monkeypatch, batch):
    monkeypatch.setattr(parallel, "BATCH_PRODUCTS", batch)
    f = write_shopify(tmp_path / "cat.csv", products())
    ref = open_database(f"sqlite:///{tmp_path / 'ref.db'}")
    try:
        results = []
        for target, par in ((ref, False), (db, True)):
            opts = ImportOptions(parallel=par, download_images=False, import_valid_rows_only=True)
            plan = importing.plan_import(target, f, ImportOptions(parallel=par, import_valid_rows_only=True))
            r = importing.run_import(target, f, opts)
            again = importing.run_import(target, f, opts)
            results.append(((r.created, r.skipped_invalid, r.facts_written), (plan.create_count,),
                            (again.created, again.updated, again.unchanged)))
        assert results[0] == results[1]
        assert results[1][0][:2] == (5, 2) and results[1][2] == (0, 0, 5)
        expected, got = facts(ref), facts(db)
    finally:
        ref.dispose()
    assert got == expected
    keys = {}
    for handle, key, value, *_rest in got:
        keys.setdefault(handle, []).append((key, value))
    by_first = keys
    assert ("colour", "red and blue") in by_first["shirt-a"] and ("weight", "1.3 kg") in by_first["shirt-a"]
    assert any(k == "material" for k, _v in by_first["shirt-b"])  # from the title
    assert [k for k, _v in by_first["shirt-c"]].count("material") == 1


def test_merge_body_facts_puts_them_where_the_reader_would(monkeypatch):
    inline, deferred = ProductRecord("x"), ProductRecord("x")
    for rec in (inline, deferred):
        rec.add_fact("care", "hand wash")  # a metafield: before the description's facts, and it wins
        rec.body_text = "Care: machine wash\nMaterial: 100% linen"
    add_body_facts(inline)
    monkeypatch.setattr(facts_mod, "DEFER_BODY_FACTS", True)  # as in the parse child
    add_body_facts(deferred)
    monkeypatch.setattr(facts_mod, "DEFER_BODY_FACTS", False)
    assert [f.key for f in deferred.facts] == ["care"]
    for rec in (inline, deferred):
        rec.add_fact("material", "Linen", "list", None, {"items": ["Linen"]}, replace=False)  # an option fact
        rec.add_fact("colour", "Sand", "list", None, {"items": ["Sand"]}, replace=False)
    merge_body_facts(deferred, getattr(deferred, facts_mod.BODY_AT), facts_mod.body_fact_tuples(deferred.body_text))
    assert deferred.facts == inline.facts
    assert [(f.key, f.source) for f in inline.facts] == [("care", "import"), ("material", "html"), ("colour", "import")]


@pytest.mark.parametrize("who", ["child", "parent"])
def test_either_process_reads_the_descriptions_with_the_same_result(sqlite_db, tmp_path, monkeypatch, who):
    """The descriptions are read in chunks claimed from a shared counter, by the parse child or — for a chunk
    nobody claimed yet while it would otherwise wait — by the importing process; both give the in-process rows."""
    monkeypatch.setattr(parallel, "BATCH_PRODUCTS", 2)
    stolen = []
    if who == "child":  # the importing process never reads a chunk itself
        monkeypatch.setattr(parallel.ParallelReader, "_steal", lambda self, limit: False)
    else:  # the child claims no chunk: the importing process reads every one
        monkeypatch.setenv(parallel.TEST_NO_FACTS_ENV, "1")
        close = parallel.ParallelReader.close

        def counted_close(self):
            stolen.append((self.stolen, len(self.chunks)))
            close(self)

        monkeypatch.setattr(parallel.ParallelReader, "close", counted_close)
    f = write_shopify(tmp_path / "cat.csv", products())
    ref = open_database(f"sqlite:///{tmp_path / 'ref.db'}")
    try:
        opts = dict(download_images=False, import_valid_rows_only=True)
        importing.run_import(ref, f, ImportOptions(parallel=False, **opts))
        r = importing.run_import(sqlite_db, f, ImportOptions(parallel=True, **opts))
        again = importing.run_import(sqlite_db, f, ImportOptions(parallel=True, **opts))
        assert (r.created, again.created, again.updated, again.unchanged) == (5, 0, 0, 5)
        assert facts(sqlite_db) == facts(ref)
    finally:
        ref.dispose()
    if who == "parent":
        assert len(stolen) == 2 and all(n == total and total >= 4 for n, total in stolen)
