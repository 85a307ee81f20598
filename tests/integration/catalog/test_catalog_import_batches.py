"""The import writes in short transactions (issue 13 item 12) without giving up its guarantees.

Pass 1 reads and checks the whole file and writes nothing; pass 2 writes the checked records batch by batch,
each batch its own transaction, so another writer (the publishing worker's bookkeeping) gets the database
between batches. A refused file still writes nothing, the counts and the dry run are the real import's, and
records spooled to disk between the passes import exactly like records kept in memory.
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest
from sqlalchemy import func, select

from studio.importers import pipeline
from studio.services import importing
from studio.services.importing import ImportOptions
from studio.storage import models as m
from tests.integration.catalog.catalog_files import (
    SHOPIFY_HEADER,
    shopify_rows,
    simple_products,
    write_csv,
    write_shopify,
)

TABLES = (m.Product, m.Variant, m.Media, m.Fact)


def dump(db) -> dict[str, list[tuple]]:
    out = {}
    with db.engine.connect() as c:
        for model in TABLES:
            t = model.__table__
            cols = [x for x in t.c if x.name not in ("id", "created_at", "updated_at", "import_run_id",
                                                      "product_id", "variant_id")]
            out[t.name] = sorted(tuple(map(repr, r)) for r in c.execute(select(*cols)))
    return out


def counts(db) -> tuple[int, ...]:
    with db.session() as s:
        return tuple(s.scalar(select(func.count()).select_from(t)) for t in TABLES)


def runs(db) -> list[m.ImportRun]:
    with db.session() as s:
        return list(s.scalars(select(m.ImportRun).order_by(m.ImportRun.id)).all())


def test_spooled_to_disk_imports_exactly_like_kept_in_memory(db, tmp_path, monkeypatch):
    """Records spooled in chunks of 3 (through the temporary file) vs all in memory: same counts, same rows;
    the dry run reports the real import's counts; a second import changes nothing."""
    f = write_shopify(tmp_path / "cat.csv", simple_products(23))
    monkeypatch.setattr(pipeline, "SPOOL_CHUNK", 3)
    dry = importing.run_import(db, f, ImportOptions(batch_size=4, dry_run=True))
    assert counts(db) == (0, 0, 0, 0) and runs(db) == []
    res = importing.run_import(db, f, ImportOptions(batch_size=4))
    assert (res.created, res.updated, res.variants_created) == (23, 0, 46)
    assert dry.report["counts"] == res.report["counts"]
    spooled = dump(db)
    again = importing.run_import(db, f, ImportOptions(batch_size=4))
    assert (again.created, again.updated, again.unchanged) == (0, 0, 23)
    assert dump(db) == spooled
    with db.engine.begin() as c:
        for model in reversed(TABLES):
            c.execute(model.__table__.delete())
    monkeypatch.setattr(pipeline, "SPOOL_CHUNK", 10**9)
    assert importing.run_import(db, f, ImportOptions(batch_size=4)).created == 23
    assert dump(db) == spooled


def test_structure_error_after_many_batches_writes_nothing(db, tmp_path):
    """A row with too many fields at the very end of the file: refused with its line, nothing written —
    pass 1 checks the whole file before the first batch is written."""
    rows = shopify_rows(simple_products(40))
    rows.append([*rows[-1], "one field too many"])
    f = write_csv(tmp_path / "cat.csv", SHOPIFY_HEADER, rows)
    with pytest.raises(importing.ImportAborted) as err:
        importing.run_import(db, f, ImportOptions(batch_size=5))
    assert f"line {len(rows) + 1}" in str(err.value) or any(i.line == len(rows) + 1 for i in err.value.issues)
    assert counts(db) == (0, 0, 0, 0)
    (run,) = runs(db)
    assert run.status == "failed" and run.created == 0


def test_a_refusal_only_the_catalog_can_make_still_writes_nothing(db, tmp_path):
    """``--dedupe-skus error`` and SKUs two other catalog products already have, in the file's last product:
    pass 2 runs as one transaction then, so the refusal rolls everything back."""
    importing.run_import(db, write_shopify(tmp_path / "other.csv", simple_products(2, prefix="q")))
    before = dump(db)
    ps = simple_products(40)
    ps[-1]["variants"][0]["sku"], ps[-1]["variants"][1]["sku"] = "Q0-S", "Q1-M"  # two other products' SKUs
    f = write_shopify(tmp_path / "cat.csv", ps)
    with pytest.raises(importing.ImportAborted, match="already belongs to another product in the catalog"):
        importing.run_import(db, f, ImportOptions(batch_size=5, dedupe_skus="error"))
    assert dump(db) == before
    # with "valid rows only" the other 39 are imported (batch by batch) and the refused one is listed
    res = importing.run_import(db, f, ImportOptions(batch_size=5, dedupe_skus="error", import_valid_rows_only=True))
    assert (res.created, res.error_count) == (39, 1)


def test_title_less_rows_for_a_product_the_catalog_lacks_still_write_nothing(db, tmp_path):
    """Rows without a Title may only update a product the catalog has: an unknown one is refused, nothing
    written; known ones update batch by batch."""
    importing.run_import(db, write_shopify(tmp_path / "first.csv", simple_products(20)))
    before = dump(db)
    ps = simple_products(20)
    for p in ps:
        p["title"] = ""
        p["variants"][0]["price"] = "99.00"
    ps.append({"handle": "not-in-catalog", "title": "", "variants": [{"sku": "NEW-1", "price": "1.00"}]})
    with pytest.raises(importing.ImportAborted, match="has no Title"):
        importing.run_import(db, write_shopify(tmp_path / "bad.csv", ps), ImportOptions(batch_size=5))
    assert dump(db) == before
    res = importing.run_import(db, write_shopify(tmp_path / "ok.csv", ps[:-1]), ImportOptions(batch_size=5))
    assert (res.created, res.updated, res.error_count) == (0, 20, 0)


class Bookkeeper(threading.Thread):
    """Another writer, like the worker's bookkeeping: a 50 ms busy timeout, one short transaction after each
    batch the import wrote (retried a few times while the database is locked)."""

    def __init__(self, path: Path, state: dict, cond: threading.Condition) -> None:
        super().__init__(daemon=True)
        self.path, self.state, self.cond = path, state, cond
        self.ok: list[int] = []  # the import's batch count when each write was committed
        self.locked = 0

    def run(self) -> None:
        con = sqlite3.connect(self.path, timeout=0.05, isolation_level=None)
        try:
            last = 0
            while True:
                with self.cond:
                    self.cond.wait_for(lambda last=last: self.state["flushes"] > last or self.state["done"])
                    if self.state["done"]:
                        return
                    last = self.state["flushes"]
                for _attempt in range(5):
                    try:
                        con.execute("BEGIN IMMEDIATE")
                        con.execute("INSERT INTO bookkeeping (batch) VALUES (?)", (last,))
                        con.execute("COMMIT")
                        with self.cond:
                            self.ok.append(self.state["flushes"])  # batches written when this write landed
                        break
                    except sqlite3.OperationalError as exc:
                        assert "locked" in str(exc) or "busy" in str(exc), exc
                        self.locked += 1
        finally:
            con.close()


def test_another_writer_gets_its_turns_while_a_large_import_writes(sqlite_db, tmp_path, monkeypatch):
    """A 1,000-product import in 50 batches while a writer with a 50 ms busy timeout writes after each batch:
    the writer gets in between batches (with the import in one transaction it could not write at all until
    the end), and the import's counts are exact."""
    path = Path(sqlite_db.url.removeprefix("sqlite:///"))
    with sqlite3.connect(path) as con:
        con.execute("CREATE TABLE bookkeeping (id INTEGER PRIMARY KEY, batch INTEGER)")
    f = write_shopify(tmp_path / "cat.csv", simple_products(1000))
    state, cond = {"flushes": 0, "done": False}, threading.Condition()
    original = pipeline._Writer.flush

    def flush_and_tell(self):
        out = original(self)
        with cond:
            state["flushes"] += 1
            cond.notify_all()
        return out

    monkeypatch.setattr(pipeline._Writer, "flush", flush_and_tell)
    keeper = Bookkeeper(path, state, cond)
    keeper.start()
    try:
        res = importing.run_import(sqlite_db, f, ImportOptions(batch_size=20, download_images=False))
    finally:
        with cond:
            state["done"] = True
            cond.notify_all()
        keeper.join()
    batches = state["flushes"]
    assert (res.created, res.variants_created, res.error_count) == (1000, 2000, 0)
    assert batches >= 50
    during = [k for k in keeper.ok if 0 < k < batches - 1]  # committed while batches were still to come
    print(f"{len(keeper.ok)} bookkeeping writes, {len(during)} between batches, {keeper.locked} locked retries, "
          f"{batches} batches")
    assert len(set(during)) >= 10, (keeper.ok, keeper.locked)
    with sqlite3.connect(path) as con:
        assert con.execute("SELECT count(*) FROM bookkeeping").fetchone()[0] == len(keeper.ok)


def test_the_worker_publishes_200_posts_while_the_import_writes(sqlite_db, tmp_path, monkeypatch):
    """The publishing worker (its connections with a 50 ms busy timeout, 8 threads, Folder accounts) starts once
    the import writes its first batch: posts are published while batches are still being written, none is
    needs-attention or failed, and the import's counts are exact."""
    from datetime import timedelta

    from sqlalchemy import event

    from studio import clock
    from studio.services import accounts, worker
    from studio.services.scheduling import queue
    from studio.storage.db import Database

    path = Path(sqlite_db.url.removeprefix("sqlite:///"))
    accs = [accounts.add_account(sqlite_db, "folder", f"folder-{i}", base_url=str(tmp_path / f"bundles-{i}"))
            for i in range(4)]
    due = clock.now() - timedelta(seconds=5)
    for i in range(200):
        queue.create_post(sqlite_db, accs[i % 4].id, f"post {i}", due)
    impatient = Database(sqlite_db.url)

    @event.listens_for(impatient.engine, "connect")
    def _short_timeout(dbapi_conn, _record):
        dbapi_conn.execute("PRAGMA busy_timeout=50")

    f = write_shopify(tmp_path / "cat.csv", simple_products(2000))
    state, cond = {"flushes": 0, "published": []}, threading.Condition()
    original = pipeline._Writer.flush
    reader = sqlite3.connect(path, check_same_thread=False)  # reads never wait in WAL mode

    def flush_and_tell(self):
        n = reader.execute("SELECT count(*) FROM posts WHERE state = 'published'").fetchone()[0]
        out = original(self)
        with cond:
            state["published"].append(n)  # posts published when this batch began
            state["flushes"] += 1
            cond.notify_all()
        return out

    monkeypatch.setattr(pipeline._Writer, "flush", flush_and_tell)
    summary: dict = {}

    def publish() -> None:
        with cond:
            cond.wait_for(lambda: state["flushes"] >= 1)
        summary["s"] = worker.run_once(impatient, options=worker.WorkerOptions(concurrency=8, grace_minutes=60))

    t = threading.Thread(target=publish, daemon=True)
    t.start()
    try:
        res = importing.run_import(sqlite_db, f, ImportOptions(batch_size=20, download_images=False))
    finally:
        with cond:
            state["flushes"] = max(state["flushes"], 1)
            cond.notify_all()
        t.join()
        reader.close()
        impatient.dispose()
    during = state["published"][-1]  # published before the import's last batch was written
    print(f"{during} of 200 posts published while the import wrote its {state['flushes']} batches")
    assert (res.created, res.variants_created, res.error_count) == (2000, 4000, 0)
    s = summary["s"]
    assert s.published == 200 and s.needs_attention == 0 and s.failed == 0
    assert during >= 20, state["published"]
    assert {p.state for p in queue.list_posts(sqlite_db)} == {"published"}


@pytest.mark.parametrize("dedupe", ["flag", "suffix"])
def test_parse_child_batches_changed_in_pass_1_are_spooled_as_changed(db, tmp_path, monkeypatch, dedupe):
    """The parse child's batches are spooled as it sent them only when pass 1 changed nothing in them: a handle
    made unique (``Mug!``/``Mug?``), a SKU suffixed or an invalid product in a batch make it re-encoded —
    the tables are the in-process import's either way."""
    from studio.importers import parallel
    from studio.storage.db import open_database

    monkeypatch.setattr(parallel, "BATCH_PRODUCTS", 4)
    rows = [[f"Item {i}", f"S-{i}", "10"] for i in range(30)]
    rows[9] = ["Mug!", "M-1", "3"]
    rows[10] = ["Mug?", "M-2", "4"]
    rows[17][1] = "S-3"  # a SKU another product of the file has
    rows[22][2] = "-5"  # an invalid price: skipped with valid-rows-only
    f = write_csv(tmp_path / "c.csv", ["Title", "SKU", "Price"], rows)
    ref = open_database(f"sqlite:///{tmp_path / 'ref.db'}")
    try:
        results = []
        for target, par in ((ref, False), (db, True)):
            opts = ImportOptions(parallel=par, batch_size=5, import_valid_rows_only=True, dedupe_skus=dedupe,
                                 download_images=False)
            r = importing.run_import(target, f, opts)
            results.append((r.created, r.skipped_invalid, r.error_count, sorted(w.kind for w in r.warnings)))
        assert results[0] == results[1] and results[0][:3] == (29, 1, 1)
        assert dump(db) == dump(ref)
    finally:
        ref.dispose()
