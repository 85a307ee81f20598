"""The import pipeline: detect → stream records → validate (nothing written) → upsert in short transactions.

* Pass 1 reads and checks the whole file without writing: rows are streamed (parsed in a second process for
  large files), every structure, value and in-file SKU/handle check runs, and the valid product records are
  spooled to an anonymous temporary file (marshal blobs, see ``_Spool``) so memory stays flat. A file with
  errors (without "valid rows only"), a cancel or a failure in this pass writes nothing at all.
  In that second process the descriptions' facts (``facts.extract_facts``, prose reading: most of the parse
  cost) are read only after the whole file was parsed, so pass 1 ends early and pass 2 writes while they are
  read (this process reads a chunk of them too whenever it would otherwise wait: ``ParallelReader.body_facts``);
  pass 2 puts each record's facts where the in-process reader would have (``parallel.finish``), so the
  facts, their order and spans are the same on both paths. A product written in several places of the file is
  written in one batch (``_Writer.count_part``), never as a create plus an update. That process also runs the
  in-file checks (``filechecks.ChildChecks``: the same code as ``check`` here) and sends each batch's valid
  records already checked, with the warnings and rejections to replay in order, so this process spools them
  without decoding them; only pass 2 decodes a batch.
* Pass 2 writes the spooled records in batches of ``batch_size`` products with SQLAlchemy Core (executemany),
  each batch its own short transaction, so another writer (the publishing worker) gets the database between
  batches instead of waiting for the whole import. The upsert is idempotent, so an import interrupted in
  pass 2 (cancel, crash, disk full) keeps the batches it committed, its ImportRun says how many, and importing
  the same file again finishes it. When the catalog itself could still refuse a product in pass 2 (a row
  that may only update a product the catalog does not have; ``--dedupe-skus error`` with a SKU the catalog
  already uses) and "valid rows only" is off, pass 2 is one transaction so such a refusal writes nothing.
* Re-import is an upsert: a product is matched by handle, else by any of its variant SKUs; variants by
  SKU, else by their options; images by source; facts by key. Product ids never change, so drafts and
  assets made later stay attached. Facts and fields edited by hand (``user_edited``) are kept, facts the
  user deleted are not brought back; nothing is deleted by a re-import.
* A dry run is the same import with pass 2 in one transaction that is rolled back: its counts are the real
  import's.
* URL images are stored as ``remote``; ``studio.services.images.sync`` downloads them as its own job.
"""

from __future__ import annotations

import gc
import pickle
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import IO, Any, cast

from sqlalchemy import Table, insert, select, update

from studio import clock
from studio.importers import images as img
from studio.importers.detect import Detection, detect
from studio.importers.facts import add_title_facts
from studio.importers.filechecks import _FREE, InFileChecks, RefusalNotes, _identity
from studio.importers.records import (
    CatalogImportError,
    ImageRecord,
    ImportAborted,
    ImportIssue,
    ProductRecord,
    check_values,
)
from studio.jobs import Cancelled, CancelToken, ProgressFn, no_progress
from studio.storage import models as m
from studio.storage.db import Database

# the declarative tables (typed FromClause on the class; Core insert/update want the Table they are)
P = cast(Table, m.Product.__table__)
V = cast(Table, m.Variant.__table__)
MD = cast(Table, m.Media.__table__)
F = cast(Table, m.Fact.__table__)
R = cast(Table, m.ImportRun.__table__)

KEEP_ITEMS = 2000  # creates/updates listed in a plan (counts are always complete)
KEEP_ERRORS = 10000  # errors kept in memory / exported
RUN_ERRORS = 1000  # errors stored on the ImportRun row


@dataclass
class ImportOptions:
    format: str = "auto"  # auto|shopify|woocommerce|magento|csv|xlsx|json|wxr
    mapping: dict[str, str] | None = None  # generic CSV/XLSX: column → field (see importers.generic)
    images_dir: str | None = None
    import_valid_rows_only: bool = False
    dry_run: bool = False
    currency: str | None = None  # the store currency when the file has none (Shopify CSV has none)
    download_images: bool = True  # the caller then runs studio.services.images.sync (never the pipeline)
    encoding: str | None = None  # override detection
    delimiter: str | None = None
    batch_size: int = 500
    download_concurrency: int = 4
    download_timeout: float = 20.0  # whole-file deadline of one image download (see importers.netfetch)
    resolved_mapping: dict[str, str] | None = None  # filled in by the generic reader
    parallel: bool | None = None  # parse in a second process: None = for files ≥ parallel.PARALLEL_MIN_BYTES
    # a SKU used by two products: "flag" imports both with the SKU as written and lists it in the report,
    # "suffix" gives the later product(s) SKU-2, SKU-3…, "error" refuses those products (the old behaviour)
    dedupe_skus: str = "flag"


@dataclass
class PlanItem:
    handle: str
    title: str
    line: int | None
    product_id: int | None = None
    variants: int = 0
    images: int = 0


@dataclass
class ImportResult:
    detection: Detection
    dry_run: bool
    import_run_id: int | None = None
    status: str = "committed"
    rows_read: int = 0
    products_read: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0  # matched products whose content the file did not change (nothing written for them)
    skipped_invalid: int = 0
    variants_created: int = 0
    variants_updated: int = 0
    images: int = 0
    images_missing: int = 0
    images_downloaded: int = 0
    facts_written: int = 0
    facts_kept_user: int = 0
    source_language: str | None = None
    languages: dict[str, int] = field(default_factory=dict)  # products whose own script names another language
    creates: list[PlanItem] = field(default_factory=list)
    updates: list[PlanItem] = field(default_factory=list)
    errors: list[ImportIssue] = field(default_factory=list)
    warnings: list[ImportIssue] = field(default_factory=list)
    skipped: list[dict] = field(default_factory=list)  # {"product", "line", "reasons"} per product not imported
    error_count: int = 0
    product_ids: list[int] = field(default_factory=list)
    seconds: float = 0.0
    timings: dict[str, float] = field(default_factory=dict)  # language, write, read+parse, images (seconds)
    report: dict = field(default_factory=dict)  # see importers.report.build_report (filled in at the end)

    @property
    def ok(self) -> bool:
        return self.error_count == 0


# --------------------------------------------------------------------------- reading


def open_records(path: Path, det: Detection, options: ImportOptions, warn: Callable[[ImportIssue], None]):
    """(records iterator, fraction(), close()) for the detected format."""
    if det.container == "xml":  # WordPress/WooCommerce export
        from studio.importers.wxr import parse as parse_wxr

        return parse_wxr(path, options, warn), (lambda: 0.0), (lambda: None), 0
    if det.container == "json":
        from studio.importers.jsonfmt import JsonArrayStream, parse_stream

        stream = JsonArrayStream(path, det.encoding)
        return parse_stream(stream, options, warn), stream.fraction, stream.close, 0
    from studio.importers.sources import open_table

    source = open_table(path, det, warn)
    try:
        if det.format == "shopify":
            from studio.importers.shopify import parse
        elif det.format == "woocommerce":
            from studio.importers.woocommerce import parse
        elif det.format == "magento":
            from studio.importers.magento import parse
        else:
            from studio.importers.generic import parse
        return parse(source, options, warn), source.fraction, source.close, source.header_line
    except BaseException:
        source.close()
        raise


def _open_reader(path: Path, det: Detection, options: ImportOptions, warn: Callable[[ImportIssue], None]):
    """(records, fraction, close, batches, body_facts, reader): parsed and checked in a second process for large
    files (see importers.parallel; ``batches`` then yields (blob, outcome): the valid records as the child encoded
    them after pass 1's in-file checks, without their description's and title's facts, which ``body_facts()``
    yields afterwards, one entry per record read for ``parallel.finish``; ``reader.check_state`` is the checks'
    state for pass 2), else in this process (``batches``, ``body_facts`` and ``reader`` None, records complete).
    A parallel reader that cannot start falls back to the in-process one."""
    from studio.importers import parallel

    use = options.parallel and det.container != "xml"
    if use is None and det.container != "xml":
        try:
            use = path.stat().st_size >= parallel.PARALLEL_MIN_BYTES
        except OSError:
            use = False
    if use:
        try:
            # the in-file checks run in the child, with the file names ``check`` and ``_Writer`` use here
            reader = parallel.ParallelReader(path, det, options, warn, check=(Path(det.path).name, path.name))
        except Exception:  # noqa: BLE001 - no multiprocessing here (sandbox, frozen app…): read in-process
            reader = None
        if reader is not None:
            _warm_language()  # overlaps the child's start-up, when this process would only wait for a batch
            return iter(()), reader.fraction, reader.close, reader.checked(), reader.body_facts, reader
    records, fraction, close, _hdr = open_records(path, det, options, warn)
    return records, fraction, close, None, None, None


def _merge(into: ProductRecord, rec: ProductRecord) -> None:
    for v in rec.variants:
        into.variants.append(v)
    for i in rec.images:
        if not any(x.src == i.src for x in into.images):
            into.images.append(i)
    for f in rec.facts:
        into.add_fact(f.key, f.value, f.type, f.unit, f.data, f.source, replace=False)
    into.last_line = rec.last_line


def _source_title(row) -> str:
    return (row.extra or {}).get("handle_from", row.title)


def _variant_key(v) -> tuple:
    return (v.sku or "", tuple(sorted(v.options.items())) if v.options else ())


def _variant_content(v) -> tuple:
    return (v.sku, v.title, tuple(sorted(v.options.items())), v.price, v.compare_at_price, v.currency,
            tuple(sorted(v.market_prices.items())), v.barcode, v.grams, v.weight_unit, v.inventory, v.image_src)


def dedupe_variants(rec: ProductRecord, fname: str, warn: Callable[[ImportIssue], None]) -> None:
    """Collapse the variants of ``rec`` that are the same variant written twice (upsert key: SKU + options).

    Two rows with the same SKU and option values are one variant (the later row wins, a warning names
    both lines); variants with neither SKU nor options are kept apart unless they are identical, and are
    matched by their order on a re-import. So a file imported twice gives the same variants.
    """
    vs = rec.variants
    if len(vs) < 2:
        return
    skus = [v.sku for v in vs]
    if all(skus) and len(set(skus)) == len(skus):
        return  # unique SKUs: unique keys
    kept: list = []
    index: dict[tuple, int] = {}
    keyless: dict[tuple, int] = {}
    for v in vs:
        key = _variant_key(v)
        if key == ("", ()):
            content = _variant_content(v)
            j = keyless.get(content)
            if j is None:
                keyless[content] = len(kept)
                kept.append(v)
            else:
                warn(ImportIssue(fname, v.line, None, f"variant {v.title or ''!r} of {rec.handle!r} is written twice "
                                 f"(lines {kept[j].line} and {v.line}); imported once", "remove the repeated row",
                                 "warning", rec.handle, kind="duplicate-variant"))
            continue
        j = index.get(key)
        if j is None:
            index[key] = len(kept)
            kept.append(v)
            continue
        prev = kept[j]
        same = _variant_content(prev) == _variant_content(v)
        what = f"SKU {v.sku!r}" if v.sku else "options " + ", ".join(f"{k}={x}" for k, x in key[1])
        warn(ImportIssue(fname, v.line, None, f"variant {what} of {rec.handle!r} is written twice (lines {prev.line} "
                         f"and {v.line}); imported once" + ("" if same else ", with the values of the later row"),
                         "remove the repeated row", "warning", rec.handle, kind="duplicate-variant"))
        if not same:
            v.line = prev.line if prev.line is not None else v.line
            kept[j] = v
    if len(kept) != len(vs):
        rec.variants = kept


def _first_unused(cands, used: set[int], sku_none: str | None = ""):
    """The first candidate row not matched yet; with ``sku_none=None`` only rows without a SKU."""
    for c in cands or ():
        if c.id not in used and (sku_none is not None or not c.sku):
            return c
    return None


_NUM_SCALE = {"price": 4, "compare_at_price": 4, "grams": 3}


def _eq(a, b, scale: int | None = None) -> bool:
    """Stored value ``a`` equals planned value ``b`` (Decimals compared at the column's scale)."""
    if a is None or b is None:
        return a is None and b is None
    if scale is not None or isinstance(a, Decimal | float) or isinstance(b, Decimal | float):
        try:
            q = Decimal(1).scaleb(-(scale if scale is not None else 6))
            return Decimal(str(a)).quantize(q) == Decimal(str(b)).quantize(q)
        except (InvalidOperation, ValueError):
            return False
    return a == b


# --------------------------------------------------------------------------- writing


def _sqlite_converter(col_type):
    """Bind conversion identical to SQLAlchemy's SQLite type processors (JSON, Numeric, DateTime, Boolean)."""
    import json

    from sqlalchemy import JSON, Boolean, DateTime, Numeric

    if isinstance(col_type, JSON):
        return json.dumps
    if isinstance(col_type, Numeric):
        return lambda v: None if v is None else float(v)
    if isinstance(col_type, DateTime):
        return lambda v: None if v is None else v.strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(col_type, Boolean):
        return lambda v: None if v is None else int(bool(v))
    return None


def _fast_json_dumps():
    """JSON text for the JSON columns without building an encoder per value.

    ``json.dumps(obj)`` creates a new C encoder on every call, which dominated the bind time of JSON columns
    (options, market prices, fact data…: ~450k values in a 100k-row import). ``pydantic_core.to_json`` (the
    public API of pydantic's core, a dependency already) encodes in one call at least as fast as a reused
    encoder. Its text is compact UTF-8 rather than spaced ASCII escapes; the values read back are the same.
    What it refuses (a lone surrogate left by an undecodable byte) goes through ``json.dumps``.
    """
    import json

    from pydantic_core import PydanticSerializationError, to_json

    def dumps(obj) -> str:
        if obj is None:
            return "null"
        try:
            return to_json(obj).decode()
        except PydanticSerializationError:
            return json.dumps(obj)

    return dumps


_dumps = _fast_json_dumps()

P_COLS = ("handle", "title", "body_html", "body_text", "vendor", "product_type", "category", "tags", "status",
          "published", "seo_title", "seo_description", "currency", "extra", "import_run_id", "source_language",
          "created_at", "updated_at")
V_COLS = ("product_id", "sku", "title", "options", "price", "compare_at_price", "currency", "market_prices",
          "barcode", "grams", "weight_unit", "inventory", "position")
MD_COLS = ("product_id", "variant_id", "kind", "src", "local_path", "sha256", "alt", "position", "status", "width",
           "height")
F_COLS = ("product_id", "key", "value", "type", "unit", "data", "source", "user_edited", "position", "updated_at")


def _to_float(v):
    return None if v is None else float(v)


def _same(v):
    return v


def insert_tuples(conn, table, cols: tuple[str, ...], rows: list[tuple]) -> None:
    """Bulk insert of rows already bound for the connection's dialect (see ``_Writer`` binders).

    SQLite: one ``sqlite3.executemany`` over plain tuples; PostgreSQL: Core executemany (psycopg batches).
    """
    if not rows:
        return
    if conn.dialect.name != "sqlite":
        conn.execute(insert(table), [dict(zip(cols, r, strict=True)) for r in rows])
        return
    sql = (f'INSERT INTO "{table.name}" ({", ".join(chr(34) + c + chr(34) for c in cols)}) '
           f'VALUES ({", ".join("?" * len(cols))})')
    conn.exec_driver_sql(sql, rows)


def rows_in(conn, head: str, values: list, tail: str = "", chunk: int = 900) -> Iterator[tuple]:
    """SQLite: the rows of ``{head} IN (?, …){tail}`` for ``values``, ``chunk`` values per statement, through the
    driver (``exec_driver_sql``). Core's expanding IN coerces and renders every value on every execution: ≈ 70k
    values per 40k-row import in the writer's look-ups, for the same SQL text and the same rows. ``head`` and
    ``tail`` are our own constant SQL; only ``values`` come from the file, and they are bound parameters."""
    for i in range(0, len(values), chunk):
        part = values[i:i + chunk]
        yield from conn.exec_driver_sql(f"{head} IN ({', '.join('?' * len(part))}){tail}", tuple(part))


class _Writer(InFileChecks):
    def __init__(self, conn, result: ImportResult, options: ImportOptions, run_id: int | None, resolver,
                 lang_cb: Callable[[list[ProductRecord]], str | None]) -> None:
        self.conn = conn
        self.result = result
        self.options = options
        self.run_id = run_id
        self.resolver = resolver
        self.lang_cb = lang_cb
        self.lang: str | None = None
        self._counted_langs: set[str] = set()
        self.lang_done = False
        self.batch: dict[str, ProductRecord] = {}
        self.seen: dict[str, int | None] = {}  # handle → product id
        self._init_checks()  # claimed, file_skus, dup_skus, parts_left … (``filechecks.InFileChecks``)
        self.open_parts = 0  # products in the current batch with parts still to come
        self.flushes = 0  # batches written (pass 2 commits after each one)
        self.lock_waited = 0.0  # seconds the last batch waited for SQLite's write lock
        self.gap = GAP_MIN_S  # pause after a committed batch (see between_batches)
        self.fname = Path(result.detection.path).name
        self.now = clock.now()
        # binders: SQLite gets the values SQLAlchemy's SQLite type processors would produce (JSON text, float
        # for Numeric, 0/1 for Boolean, the DateTime storage string) so rows go straight to executemany;
        # other dialects get Python values and Core binds them
        self.sqlite = conn.dialect.name == "sqlite"
        if self.sqlite:
            self.b_json, self.b_num = _dumps, _to_float
            self.b_now, self.b_false = _sqlite_converter(P.c.created_at.type)(self.now), 0
        else:
            self.b_json, self.b_num = _same, _same
            self.b_now, self.b_false = self.now, False

    def add(self, rec: ProductRecord) -> list[ProductRecord]:
        h = rec.handle
        left = self.parts_left.get(h)
        if left is not None:  # a product in several places of the file: the batch stays open until its last part
            if h not in self.batch:
                self.open_parts += 1
            left -= 1
            if left:
                self.parts_left[h] = left
            else:
                del self.parts_left[h]
                self.open_parts -= 1
        cur = self.batch.get(h)
        if cur is not None:
            _merge(cur, rec)
            dedupe_variants(cur, self.fname, self._warn)
            return []
        dedupe_variants(rec, self.fname, self._warn)
        self.batch[h] = rec
        if len(self.batch) >= self.options.batch_size and not self.open_parts:
            return self.flush()
        return []

    def _warn(self, issue: ImportIssue) -> None:
        if len(self.result.warnings) < KEEP_ERRORS:
            self.result.warnings.append(issue)

    def flush(self) -> list[ProductRecord]:
        """Write (or plan) the batch; returns records rejected by database-side checks."""
        if not self.batch:
            return []
        recs = list(self.batch.values())
        self.batch = {}
        self.flushes += 1
        if not self.lang_done:
            t_lang = time.perf_counter()
            self.lang = self.lang_cb(recs)
            self.lang_done = True
            self.result.source_language = self.lang
            self.result.timings["language"] = time.perf_counter() - t_lang
        t_write = time.perf_counter()
        try:
            if self.sqlite:
                self._take_write_lock()
            return self._flush(recs)
        finally:
            self.result.timings["write"] = self.result.timings.get("write", 0.0) + time.perf_counter() - t_write

    def _take_write_lock(self) -> None:
        """SQLite: take the write lock before the batch's first read (``BEGIN IMMEDIATE``, which waits out the
        busy timeout). A deferred transaction that reads and then writes after another writer committed in
        between fails at once with "database is locked" (a stale snapshot: the busy timeout does not apply)."""
        raw = self.conn.connection.dbapi_connection
        if raw is not None and not raw.in_transaction:
            t = time.perf_counter()
            self.conn.exec_driver_sql("BEGIN IMMEDIATE")
            self.lock_waited = time.perf_counter() - t

    def between_batches(self) -> None:
        """After a batch was committed (SQLite): leave the database free for a moment. SQLite's busy handler
        polls (every 100 ms once a writer has waited a while), so a gap of microseconds would almost never be
        seen; the gap is short (2 ms) while nobody else writes, doubles (up to 100 ms) each time another
        writer had the lock when this import wanted it back, and halves again when the others stop."""
        if not self.sqlite:
            return
        if self.lock_waited > 0.001:
            self.gap = min(GAP_MAX_S, self.gap * 2)
        else:
            self.gap = max(GAP_MIN_S, self.gap / 2)
        self.lock_waited = 0.0
        time.sleep(self.gap)

    def _flush(self, recs: list[ProductRecord]) -> list[ProductRecord]:
        conn = self.conn
        fname = Path(self.result.detection.path).name
        handles = [r.handle for r in recs]
        if self.sqlite:  # the Core look-up (it reads the JSON ``extra``) only for the handles the catalog has
            handles = [row[0] for row in rows_in(conn, 'SELECT handle FROM "products" WHERE handle', handles)]
        existing = {row.handle: row for row in conn.execute(
            select(P.c.id, P.c.handle, P.c.title, P.c.extra, P.c.source_language).where(P.c.handle.in_(handles)))
            } if handles else {}
        moved = [r for r in recs if r.extra.get("_derived_handle") and r.handle in existing
                 and _source_title(existing[r.handle]) != _identity(r)]
        if moved:
            self._rehandle(moved, existing)
        skus = sorted({v.sku for r in recs for v in r.variants if v.sku})
        sku_owner: dict[str, int] = {}
        owned_here: set[str] = set()  # SKUs whose catalog owner is a product of this file (by its handle)
        # the first variant (by id) holding a SKU is its owner: the same answer on every run (stop 22: a SKU
        # shared by 8 products of one file gave 181 warnings, then 199 or 228 on the re-import that changed nothing)
        if self.sqlite:
            for sku, owner, handle in rows_in(
                    conn, 'SELECT v.sku, v.product_id, p.handle FROM "variants" v JOIN "products" p '
                    'ON p.id = v.product_id WHERE v.sku', skus, " ORDER BY v.id"):
                if sku_owner.setdefault(sku, owner) == owner and handle in self.claimed:
                    owned_here.add(sku)
        else:
            for i in range(0, len(skus), 900):
                for row in conn.execute(select(V.c.sku, V.c.product_id, P.c.handle)
                                        .join(P, P.c.id == V.c.product_id)
                                        .where(V.c.sku.in_(skus[i:i + 900])).order_by(V.c.id)):
                    if sku_owner.setdefault(row.sku, row.product_id) == row.product_id and row.handle in self.claimed:
                        owned_here.add(row.sku)
        rejected: list[ProductRecord] = []
        creates: list[ProductRecord] = []
        updates: list[tuple[ProductRecord, int]] = []
        need_rows: set[int] = set()
        mode = self.options.dedupe_skus
        for r in recs:
            if r.extra.get("_derived_handle"):
                r.extra["handle_from"] = _identity(r)  # what the handle was made from: a collision ≠ an update
                del r.extra["_derived_handle"]
            pid = existing[r.handle].id if r.handle in existing else None
            if pid is None:  # a product whose handle changed is found by its SKUs (not by SKUs shared in the file)
                owners = {sku_owner[v.sku] for v in r.variants if v.sku in sku_owner and v.sku not in self.dup_skus}
                if len(owners) == 1:
                    pid = owners.pop()
                    need_rows.add(pid)
            conflict = [v for v in r.variants if v.sku in sku_owner and sku_owner[v.sku] != pid]
            needs = r.extra.pop("_needs_existing", None)
            if needs is not None and pid is None:
                r.issues.append(ImportIssue(
                    fname, needs["line"], needs["column"],
                    f"the first row of new product {r.handle!r} has no Title",
                    "give the first row of each new product its Title (rows without one only update a product "
                    "already in the catalog)", "error", r.handle))
                rejected.append(r)
                continue
            if conflict and mode == "error":
                r.issues.append(ImportIssue(
                    fname, r.line, None,
                    f"SKU {conflict[0].sku!r} of {r.handle!r} already belongs to another product in the catalog",
                    "give the variant another SKU, use that product's handle, or import with --dedupe-skus flag",
                    "error", r.handle, kind="duplicate-sku"))
                rejected.append(r)
                continue
            for v in conflict:
                if v.sku is None:  # conflicts are found by SKU
                    continue
                if mode == "flag" and v.sku in self.dup_skus and v.sku in owned_here:
                    continue  # shared by products of this file: its in-file warning says so, once per run
                if mode == "suffix":
                    new = self._free_sku(v.sku, pid)
                    self.result.warnings.append(ImportIssue(
                        fname, v.line, "SKU", f"SKU {v.sku!r} of {r.handle!r} already belongs to another product in "
                        f"the catalog; imported as {new!r}", "give every variant its own SKU", "warning", r.handle,
                        kind="duplicate-sku"))
                    v.sku = new
                else:
                    self.dup_skus.add(v.sku)
                    self.result.warnings.append(ImportIssue(
                        fname, v.line, "SKU", f"SKU {v.sku!r} of {r.handle!r} also belongs to another product in the "
                        "catalog; imported as written and flagged", "give every variant its own SKU (or import with "
                        "--dedupe-skus suffix)", "warning", r.handle, kind="duplicate-sku"))
            if pid is None:
                creates.append(r)
            else:
                updates.append((r, pid))
        if need_rows:
            for row in conn.execute(select(P.c.id, P.c.handle, P.c.title, P.c.extra, P.c.source_language)
                                    .where(P.c.id.in_(list(need_rows)))):
                existing[f"#id:{row.id}"] = row
        by_id = {row.id: row for row in existing.values()}
        self._creates(creates)
        self._updates(updates, by_id)
        return rejected

    def _rehandle(self, moved: list[ProductRecord], existing: dict) -> None:
        """Products whose handle (made from the title) is taken in the catalog by a product with another title
        get the first free ``handle-N`` — the same one on every import of the file — never the other product."""
        fname = Path(self.result.detection.path).name
        for r in moved:
            ident = _identity(r)
            base, taken_by = r.handle, _source_title(existing[r.handle])
            cands = [f"{base}-{n}"[:255] for n in range(2, 100)]
            rows = {row.handle: row for row in self.conn.execute(
                select(P.c.id, P.c.handle, P.c.title, P.c.extra, P.c.source_language).where(P.c.handle.in_(cands)))}
            for cand in cands:
                owner = self.claimed.get(cand, _FREE)
                if owner is not _FREE and owner != ident:
                    continue
                row = rows.get(cand)
                if row is not None and _source_title(row) != ident:
                    continue
                if row is not None:
                    existing[cand] = row
                break
            self.claimed[cand] = ident
            r.handle = cand
            self.result.warnings.append(ImportIssue(
                fname, r.line, None, f"{r.title!r} makes the handle {base!r}, which belongs to {taken_by!r} in the "
                f"catalog; imported as {cand!r}", "give the product its own handle", "warning", cand,
                kind="handle-collision"))

    def _free_sku(self, sku: str, pid: int | None) -> str:
        cands = [f"{sku}-{n}" for n in range(2, 100)]
        owner = {row.sku: row.product_id for row in self.conn.execute(
            select(V.c.sku, V.c.product_id).where(V.c.sku.in_(cands)))}
        for cand in cands:
            if cand in self.file_skus and self.file_skus[cand] is not None:
                continue
            if cand not in owner or (pid is not None and owner[cand] == pid):
                return cand
        return cands[-1]

    # -- images
    def _images_for(self, r: ProductRecord) -> list[tuple[ImageRecord, int | None]]:
        """The product's images in order, each with the index of the variant it shows (None: the product)."""
        imgs = list(r.images)
        link: dict[str, int] = {}
        vs = r.variants
        linked = len(vs) > 1
        srcs = {i.src for i in imgs}  # the sources in ``imgs`` (a set: variant images are matched in O(1))
        for vi, v in enumerate(vs):
            if not v.image_src:
                continue
            if v.image_src not in srcs:
                srcs.add(v.image_src)
                imgs.append(ImageRecord(src=v.image_src, variant_sku=v.sku, line=v.line))
            if linked:
                link.setdefault(v.image_src, vi)
        if linked:
            by_sku: dict[str, int] = {}
            for vi, v in enumerate(vs):
                if v.sku:
                    by_sku.setdefault(v.sku, vi)
            for i in imgs:
                if i.variant_sku and i.src not in link and i.variant_sku in by_sku:
                    link[i.src] = by_sku[i.variant_sku]
        if self.resolver is not None and self.resolver.has_folder:
            for p in self.resolver.match_folder(r.handle, [v.sku for v in vs if v.sku]):
                if str(p) not in srcs:
                    srcs.add(str(p))
                    imgs.append(ImageRecord(src=str(p)))
        # positions: given ones first, then file order
        if len(imgs) > 1:
            imgs.sort(key=lambda i: i.position if i.position is not None else 10_000)
        return [(i, link.get(i.src)) for i in imgs]

    def _media_rows(self, r: ProductRecord, pid: int, vids: list | None) -> list[dict]:
        return [dict(zip(MD_COLS, t, strict=True)) for t in self._media_tuples(r, pid, vids)]

    def _media_tuples(self, r: ProductRecord, pid: int, vids: list | None) -> list[tuple]:
        """The product's media rows as tuples in ``MD_COLS`` order (no column of them needs a SQLite binder)."""
        rows = []
        for pos, (im, vi) in enumerate(self._images_for(r), start=1):
            res = self.resolver.resolve(im.src) if self.resolver is not None else img.ResolvedImage(im.src, "remote")
            if res.status == "missing":
                self.result.images_missing += 1
                if len(self.result.warnings) < KEEP_ERRORS:
                    self.result.warnings.append(ImportIssue(
                        Path(self.result.detection.path).name, im.line, None, f"image {im.src!r} of {r.handle!r} "
                        f"not imported: {res.reason or 'not found'}", "put the image inside the imported file's "
                        "folder or the --images folder (links that lead elsewhere are refused)", "warning", r.handle,
                        kind="image-missing"))
            self.result.images += 1
            rows.append((pid, vids[vi] if vi is not None and vids and vi < len(vids) else None, "image", im.src,
                         res.local_path, res.sha256, im.alt or "", pos, res.status, res.width, res.height))
        return rows

    def _product_values(self, r: ProductRecord) -> dict[str, Any]:
        return {
            "handle": r.handle, "title": r.title, "body_html": r.body_html or "", "body_text": r.body_text or "",
            "vendor": r.vendor, "product_type": r.product_type, "category": r.category, "tags": r.tags,
            "status": r.status, "published": r.published, "seo_title": r.seo_title,
            "seo_description": r.seo_description, "currency": r.currency or self.options.currency,
            "extra": r.extra, "import_run_id": self.run_id, "source_language": self.language_of(r),
            "created_at": self.now, "updated_at": self.now,
        }

    def language_of(self, r: ProductRecord) -> str | None:
        """The product's own source language when its script names one other than the file's (an Arabic title
        and description in an English store: ``ar``, so the writers translate it); else the file's. Cheap: ASCII
        text is never looked at, other text only by its script (``localization.detect.script_language``)."""
        from localization.detect import script_language

        own = script_language(f"{r.title}. {(r.body_text or '')[:400]}")
        lang = own if own and own != (self.lang or "").split("-")[0] else self.lang
        if own and lang == own and r.handle not in self._counted_langs:  # the report names them
            self._counted_langs.add(r.handle)
            self.result.languages[own] = self.result.languages.get(own, 0) + 1
        return lang

    @staticmethod
    def _variant_values(v, pid: int, pos: int) -> dict[str, Any]:
        return {"product_id": pid, "sku": v.sku, "title": v.title, "options": v.options, "price": v.price,
                "compare_at_price": v.compare_at_price, "currency": v.currency, "market_prices": v.market_prices,
                "barcode": v.barcode, "grams": v.grams, "weight_unit": v.weight_unit, "inventory": v.inventory,
                "position": pos}

    def _fact_values(self, f, pid: int, pos: int) -> dict[str, Any]:
        return {"product_id": pid, "key": f.key[:64], "value": f.value, "type": f.type, "unit": f.unit,
                "data": f.data, "source": f.source, "user_edited": False, "position": pos, "updated_at": self.now}

    def _creates(self, recs: list[ProductRecord]) -> None:
        if not recs:
            return
        res = self.result
        for r in recs:
            res.created += 1
            if len(res.creates) < KEEP_ITEMS:
                res.creates.append(PlanItem(r.handle, r.title, r.line, None, len(r.variants), len(r.images)))
        conn = self.conn
        # plain executemany (C speed on sqlite3, batched on psycopg), then read the new ids back by handle:
        # RETURNING with guaranteed row order degrades to one statement per row on SQLite
        js, num, now, false = self.b_json, self.b_num, self.b_now, self.b_false
        run_id, currency = self.run_id, self.options.currency
        published = _sqlite_converter(P.c.published.type) if self.sqlite else _same
        insert_tuples(conn, P, P_COLS, [
            (r.handle, r.title, r.body_html or "", r.body_text or "", r.vendor, r.product_type, r.category,
             js(r.tags), r.status, published(r.published), r.seo_title, r.seo_description, r.currency or currency,
             js(r.extra), run_id, self.language_of(r), now, now) for r in recs])
        by_handle: dict[str, int] = {}
        handles = [r.handle for r in recs]
        if self.sqlite:
            by_handle = {h: pid for pid, h in rows_in(conn, 'SELECT id, handle FROM "products" WHERE handle', handles)}
        else:
            for i in range(0, len(handles), 900):
                for row in conn.execute(select(P.c.id, P.c.handle).where(P.c.handle.in_(handles[i:i + 900]))):
                    by_handle[row.handle] = row.id
        ids = [by_handle[h] for h in handles]
        vrows = []
        need_variant_ids = False
        seen = self.seen
        for r, pid in zip(recs, ids, strict=True):
            seen[r.handle] = pid
            vs = r.variants
            vrows.extend([(pid, v.sku, v.title, js(v.options), num(v.price), num(v.compare_at_price), v.currency,
                           js(v.market_prices), v.barcode, num(v.grams), v.weight_unit, v.inventory, pos)
                          for pos, v in enumerate(vs)])
            if not need_variant_ids and len(vs) > 1 and (any(v.image_src for v in vs)
                                                         or any(i.variant_sku for i in r.images)):
                need_variant_ids = True
        res.product_ids.extend(ids)
        variant_ids: dict[int, list] = {}
        if vrows:
            insert_tuples(conn, V, V_COLS, vrows)
            if need_variant_ids and self.sqlite:
                for vid, vpid in rows_in(conn, 'SELECT id, product_id FROM "variants" WHERE product_id', ids,
                                         " ORDER BY position"):
                    variant_ids.setdefault(vpid, []).append(vid)
            elif need_variant_ids:
                for i in range(0, len(ids), 900):
                    for row in conn.execute(select(V.c.id, V.c.product_id, V.c.position)
                                            .where(V.c.product_id.in_(ids[i:i + 900])).order_by(V.c.position)):
                        variant_ids.setdefault(row.product_id, []).append(row.id)
        res.variants_created += len(vrows)
        mrows, frows = [], []
        for r, pid in zip(recs, ids, strict=True):
            mrows.extend(self._media_tuples(r, pid, variant_ids.get(pid)))
            if r.facts:
                frows.extend([(pid, f.key[:64], f.value, f.type, f.unit, js(f.data), f.source, false, pos, now)
                              for pos, f in enumerate(r.facts)])
        insert_tuples(conn, MD, MD_COLS, mrows)
        insert_tuples(conn, F, F_COLS, frows)
        res.facts_written += len(frows)

    def _updates(self, items: list[tuple[ProductRecord, int]], by_id: dict[int, Any]) -> None:
        """Update matched products with what the file says; a product the file leaves as it is gets no
        write at all (counted as unchanged), so importing the same file again changes nothing."""
        if not items:
            return
        res = self.result
        conn = self.conn
        pids = [pid for _r, pid in items]
        ev: dict[int, list] = {}
        em: dict[int, list] = {}
        ef: dict[int, dict[str, Any]] = {}
        ep: dict[int, Any] = {}
        for i in range(0, len(pids), 900):
            chunk = pids[i:i + 900]
            for row in conn.execute(select(P).where(P.c.id.in_(chunk))):
                ep[row.id] = row
            for row in conn.execute(select(V).where(V.c.product_id.in_(chunk)).order_by(V.c.position, V.c.id)):
                ev.setdefault(row.product_id, []).append(row)
            for row in conn.execute(select(MD).where(MD.c.product_id.in_(chunk))):
                em.setdefault(row.product_id, []).append(row)
            for row in conn.execute(select(F).where(F.c.product_id.in_(chunk))):
                ef.setdefault(row.product_id, {})[row.key] = row
        for r, pid in items:
            first_time = r.handle not in self.seen
            self.seen[r.handle] = pid
            if first_time:
                res.product_ids.append(pid)
            row = by_id.get(pid)
            prow = ep.get(pid)
            extra = dict(row.extra or {}) if row is not None else {}
            edited = set(extra.get("user_edited_fields", []))
            deleted = set(extra.get("deleted_facts", []))
            # product fields the file provides and the user did not edit
            vals = self._product_values(r)
            changes = {k: vals[k] for k in r.provided if k in vals and k not in edited}
            if r.currency and "currency" not in edited:
                changes["currency"] = r.currency
            new_extra = {**extra, **{k: v for k, v in r.extra.items()}}
            changes["extra"] = new_extra
            if vals["source_language"] and "source_language" not in edited:
                changes["source_language"] = vals["source_language"]
            changed = prow is None or any(not _eq(getattr(prow, k), x) for k, x in changes.items())
            # variants, by upsert key: SKU + options, then SKU, then options, then (neither) their order
            existing_v = list(ev.get(pid, []))
            used: set[int] = set()
            exact: dict[tuple, Any] = {}
            by_sku: dict[str, list] = {}
            by_opts: dict[tuple, list] = {}
            keyless = []
            for x in existing_v:
                ok = tuple(sorted((x.options or {}).items()))
                exact.setdefault((x.sku or "", ok), x)
                if x.sku:
                    by_sku.setdefault(x.sku, []).append(x)
                if ok:
                    by_opts.setdefault(ok, []).append(x)
                if not x.sku and not ok:
                    keyless.append(x)

            vupd, vins = [], []
            vids: list = []
            next_pos = max([x.position for x in existing_v], default=-1) + 1
            for v in r.variants:
                key = _variant_key(v)
                match = exact.get(key)
                if match is not None and match.id in used:
                    match = None
                if match is None and v.sku:
                    match = _first_unused(by_sku.get(v.sku), used)
                if match is None and key[1]:
                    match = _first_unused(by_opts.get(key[1]), used, None if v.sku else "")
                if match is None and key == ("", ()):
                    match = _first_unused(keyless, used)
                if match is None and len(existing_v) == 1 and len(r.variants) == 1 and not existing_v[0].sku:
                    match = _first_unused(existing_v, used)
                if match is not None:
                    used.add(match.id)
                    d = self._variant_values(v, pid, match.position)
                    vids.append(match.id)
                    diff = {k: x for k, x in d.items() if k not in ("position", "product_id")
                            and not _eq(getattr(match, k), x, _NUM_SCALE.get(k))}
                    if diff:
                        vupd.append((match.id, diff))
                else:
                    vins.append(self._variant_values(v, pid, next_pos))
                    vids.append(None)
                    next_pos += 1
            res.variants_updated += len(vupd)
            res.variants_created += len(vins)
            # facts: not user-edited, not deleted by the user
            efacts = ef.get(pid, {})
            fupd, fins = [], []
            fpos = max([x.position for x in efacts.values()], default=-1) + 1
            for f in r.facts:
                cur = efacts.get(f.key)
                if f.key in deleted or (cur is not None and cur.user_edited):
                    res.facts_kept_user += 1
                    continue
                if cur is not None:
                    d = self._fact_values(f, pid, cur.position)
                    if any(not _eq(getattr(cur, k), d[k]) for k in ("key", "value", "type", "unit", "data", "source")):
                        fupd.append((cur.id, {k: x for k, x in d.items() if k not in ("position", "product_id")}))
                else:
                    fins.append(self._fact_values(f, pid, fpos))
                    fpos += 1
            res.facts_written += len(fupd) + len(fins)
            if vins:
                conn.execute(insert(V), vins)
                positions = [d["position"] for d in vins]
                new_ids = {row.position: row.id for row in conn.execute(
                    select(V.c.id, V.c.position).where(V.c.product_id == pid, V.c.position.in_(positions)))}
                it = iter(positions)
                vids = [x if x is not None else new_ids.get(next(it)) for x in vids]
            for vid, diff in vupd:
                conn.execute(update(V).where(V.c.id == vid).values(**diff))
            for fid, d in fupd:
                conn.execute(update(F).where(F.c.id == fid).values(**d))
            if fins:
                conn.execute(insert(F), fins)
            # media: by source; new ones appended
            have = {x.src: x for x in em.get(pid, [])}
            mrows = self._media_rows(r, pid, vids)
            start = len(have)
            mchanged = False
            for d in mrows:
                cur = have.get(d["src"])
                if cur is not None:
                    upd = {"alt": d["alt"], "variant_id": d["variant_id"], "position": d["position"]}
                    if d["status"] == "ok":
                        upd.update({k: d[k] for k in ("local_path", "sha256", "status", "width", "height")})
                    upd = {k: x for k, x in upd.items() if not _eq(getattr(cur, k), x)}
                    if upd:
                        mchanged = True
                        conn.execute(update(MD).where(MD.c.id == cur.id).values(**upd))
                else:
                    mchanged = True
                    d["position"] = start + d["position"]
                    conn.execute(insert(MD), [d])
            changed = changed or bool(vupd or vins or fupd or fins or mchanged)
            if changed:
                changes["import_run_id"] = self.run_id
                changes["updated_at"] = self.now
                conn.execute(update(P).where(P.c.id == pid).values(**changes))
            if not first_time:
                continue
            if changed:
                res.updated += 1
                if len(res.updates) < KEEP_ITEMS:
                    res.updates.append(PlanItem(r.handle, r.title, r.line, pid, len(r.variants), len(r.images)))
            else:
                res.unchanged += 1


# --------------------------------------------------------------------------- language


def _warm_language() -> None:
    """Load the language profiles now (≈0.2 s on first use; no detection runs, so results are unchanged)."""
    try:
        from localization.detect import supported_languages

        supported_languages()
    except Exception:  # noqa: BLE001 - a nicety; _language_of handles a missing/broken detector itself
        pass


def _language_once() -> Callable[[list[ProductRecord]], str | None]:
    """``_language_of`` for one import: the file's language is detected once (the first batch), and langdetect's
    profiles — about 60 MB of the importing process's RSS, held to the end of the import and beyond — are
    dropped after that one detection unless they were in memory before the import began (the app's generation
    or checks loaded them: they keep them)."""
    try:
        from localization.detect import profiles_loaded

        held_before = profiles_loaded()
    except Exception:  # noqa: BLE001 - detection is a nicety (see _language_of)
        held_before = True

    def detect(recs: list[ProductRecord]) -> str | None:
        try:
            return _language_of(recs)
        finally:
            if not held_before:
                try:
                    from localization.detect import release_profiles

                    release_profiles()
                except Exception:  # noqa: BLE001 - only memory is at stake
                    pass
    return detect


def _language_of(recs: list[ProductRecord]) -> str | None:
    from localization.detect import detect_language

    text = []
    size = 0
    for r in recs[:200]:
        piece = f"{r.title}. {(r.body_text or '')[:400]}"
        text.append(piece)
        size += len(piece)
        if size > 8000:
            break
    try:
        det = detect_language("\n".join(text))
    except Exception:  # noqa: BLE001 - detection is a nicety, never a reason to fail an import
        return None
    if getattr(det, "too_short", False) or not getattr(det, "lang", None):
        return None
    return det.lang


# --------------------------------------------------------------------------- pass 1 → pass 2


WRITING_FROM = 0.7  # progress fraction where pass 2 (writing) starts: a cancel from there on keeps written batches
GAP_MIN_S, GAP_MAX_S = 0.002, 0.1  # SQLite: the pause between committed batches (see _Writer.between_batches)
SPOOL_CHUNK = 1000  # records kept in memory between the passes before they go to the temporary file


class _Spool:
    """The valid records between the reading pass and the writing pass.

    Records are kept in memory up to ``chunk`` of them; beyond that they go to an anonymous temporary file in
    chunks, each one marshal blob of plain tuples (``importers.parallel._encode``: the same encoding the parse
    child uses, far cheaper than pickling dataclasses; a chunk marshal cannot carry is pickled), so memory
    stays flat whatever the file size. The file disappears when closed (or when the process dies).
    """

    def __init__(self, chunk: int | None = None) -> None:
        self.chunk = chunk or SPOOL_CHUNK
        self.pending: list[ProductRecord] = []
        self.fh: IO[bytes] | None = None
        self.count = 0
        self.seconds = 0.0  # encode + decode time

    def add(self, rec: ProductRecord) -> None:
        self.pending.append(rec)
        self.count += 1
        if len(self.pending) >= self.chunk:
            self._spill()

    def add_blob(self, blob: bytes, n: int) -> None:
        """``n`` records already encoded by ``parallel._encode`` (a batch from the parse child)."""
        if self.pending:
            self._spill()
        if self.fh is None:
            self.fh = tempfile.TemporaryFile(prefix="studio-import-")
        self.fh.write(b"M" + len(blob).to_bytes(8, "little"))
        self.fh.write(blob)
        self.count += n

    def _spill(self) -> None:
        from studio.importers.parallel import _enc

        t = time.perf_counter()
        if self.fh is None:
            self.fh = tempfile.TemporaryFile(prefix="studio-import-")
        blob = _enc(self.pending)
        kind = b"M"
        if isinstance(blob, list):
            kind, blob = b"P", pickle.dumps(blob, protocol=pickle.HIGHEST_PROTOCOL)
        self.fh.write(kind + len(blob).to_bytes(8, "little"))
        self.fh.write(blob)
        self.pending = []
        self.seconds += time.perf_counter() - t

    def records(self) -> Iterator[ProductRecord]:
        """Every record added, in order (once)."""
        if self.fh is not None:
            from studio.importers.parallel import _decode

            fh = self.fh
            fh.flush()
            fh.seek(0)
            while head := fh.read(9):
                blob = fh.read(int.from_bytes(head[1:], "little"))
                t = time.perf_counter()
                recs = _decode(blob) if head[:1] == b"M" else pickle.loads(blob)  # our own temporary file
                del blob
                self.seconds += time.perf_counter() - t
                yield from recs
        pending, self.pending = self.pending, []
        yield from pending

    def close(self) -> None:
        if self.fh is not None:
            self.fh.close()
            self.fh = None
        self.pending = []


class _CatalogRefusals(RefusalNotes):
    """Can the catalog still refuse a product in pass 2? (pass 1 found no error in the file itself)

    Two checks depend on the catalog: a product whose first row has no Title may only update a product the
    catalog has (Shopify), and ``--dedupe-skus error`` refuses a SKU another catalog product uses. This is a
    conservative read-only look before the first write: ``possible()`` is False only when neither can happen,
    and then pass 2 may commit batch by batch without risking a refused file that was partly written.
    """

    def possible(self, conn) -> bool:
        handles = sorted(set(self.unknown))
        for i in range(0, len(handles), 900):
            chunk = handles[i:i + 900]
            found = set(conn.execute(select(P.c.handle).where(P.c.handle.in_(chunk))).scalars())
            if len(found) < len(chunk):
                return True
        skus = sorted(self.skus)
        for i in range(0, len(skus), 900):
            if conn.execute(select(V.c.id).where(V.c.sku.in_(skus[i:i + 900])).limit(1)).first() is not None:
                return True
        return False


# --------------------------------------------------------------------------- run

_GC_LOCK = threading.Lock()
_GC_DEPTH = 0
_GC_SAVED: tuple[int, int, int] | None = None
IMPORT_GC_GEN0 = 1_000_000  # allocations between young-generation collections while an import runs


@contextmanager
def _fewer_gc_passes() -> Iterator[None]:
    """Raise the cyclic GC's gen-0 threshold while an import runs (restored afterwards, nesting-safe).

    An import allocates millions of short-lived, acyclic objects (cells, records, bound rows) that reference
    counting frees; with the default threshold (700) the collector ran thousands of times over them — ~15% of
    the import's CPU. Cycles are still collected, just in fewer, larger passes, so memory stays flat.
    At 50,000 a 40k-row import still made 13 passes of ≈ 40 ms in this process (each one walking the decoded
    spool chunk that pass 2 holds) that freed under a thousand objects; at 1,000,000 it makes one.
    """
    global _GC_DEPTH, _GC_SAVED
    with _GC_LOCK:
        if _GC_DEPTH == 0:
            _GC_SAVED = gc.get_threshold()
            if _GC_SAVED[0] and _GC_SAVED[0] < IMPORT_GC_GEN0:  # 0 = collection disabled by the host: keep it
                gc.set_threshold(IMPORT_GC_GEN0, *_GC_SAVED[1:])
        _GC_DEPTH += 1
    try:
        yield
    finally:
        with _GC_LOCK:
            _GC_DEPTH -= 1
            if _GC_DEPTH == 0 and _GC_SAVED is not None:
                gc.set_threshold(*_GC_SAVED)
                _GC_SAVED = None


def run_pipeline(db: Database, path: str | Path, options: ImportOptions | None = None,
                 progress: ProgressFn = no_progress, cancel: CancelToken | None = None,
                 detection: Detection | None = None) -> ImportResult:
    """Plan (``options.dry_run``) or run an import. Raises ``CatalogImportError``/``ImportAborted``/``Cancelled``."""
    with _fewer_gc_passes():
        return _run_pipeline(db, path, options, progress, cancel, detection)


def _run_pipeline(db: Database, path: str | Path, options: ImportOptions | None,
                  progress: ProgressFn, cancel: CancelToken | None, detection: Detection | None) -> ImportResult:
    options = options or ImportOptions()
    cancel = cancel if cancel is not None else CancelToken()
    t0 = time.perf_counter()
    path = Path(path)
    det = detection or detect(path, options.format, options.encoding, options.delimiter)
    if options.delimiter:
        det.delimiter = options.delimiter
    if options.encoding:
        det.encoding = options.encoding
    result = ImportResult(detection=det, dry_run=options.dry_run)
    fname = path.name
    images_dir = Path(options.images_dir) if options.images_dir else None
    if images_dir is not None and not images_dir.is_dir():
        raise CatalogImportError(f"--images {images_dir}: no such folder")
    resolver = img.ImageResolver(path.parent, images_dir, copy=not options.dry_run)
    progress(0.0, f"reading {fname} ({det.describe()})")

    def warn(issue: ImportIssue) -> None:
        if issue.severity == "error":  # a row the reader refused (broken quoting, wrong width, bad bytes)
            result.skipped_invalid += 1
            result.error_count += 1
            if len(result.errors) < KEEP_ERRORS:
                result.errors.append(issue)
        elif len(result.warnings) < KEEP_ERRORS:
            result.warnings.append(issue)

    def reject(rec: ProductRecord | _Rejected) -> None:
        result.skipped_invalid += 1
        if len(result.skipped) < KEEP_ERRORS:
            result.skipped.append({"product": rec.handle, "title": rec.title, "line": rec.line,
                                   "reasons": [i.message for i in rec.issues if i.severity == "error"]})
        for issue in rec.issues:
            if issue.severity != "error":
                warn(issue)
                continue
            result.error_count += 1
            if len(result.errors) < KEEP_ERRORS:
                result.errors.append(issue)

    conn = db.engine.connect()
    trans = None
    run_id: int | None = None
    status = "failed"
    batched = False  # pass 2 commits after every batch
    committed = (0, 0)  # (created, updated) in the batches committed so far
    spool = _Spool()
    refusals = _CatalogRefusals(options)
    close = None
    try:
        # pass 1: read and check the whole file; nothing is written
        writer = _Writer(conn, result, options, None, resolver, _language_once())
        records, fraction, close, batches, body_facts, reader = _open_reader(path, det, options, warn)
        last_report = 0.0
        titled = batches is not None  # the parse child's records get their title facts in pass 2
        kept = bytearray()  # parallel path: 1 per record read that pass 2 writes (lines up the body facts)

        def check(rec: ProductRecord) -> int:
            """Pass-1 checks of one record: 0 invalid (rejected), 1 valid as read, 2 valid but changed."""
            nonlocal last_report
            if cancel.cancelled:
                raise Cancelled()
            result.products_read += 1
            result.rows_read = max(result.rows_read, (rec.last_line or rec.line or 0))
            handle = rec.handle
            writer.claim(rec)  # a unique handle, then one SKU per product within the file too
            writer.check_skus(rec)
            if not titled:
                add_title_facts(rec)  # issue 16: the title's material when nothing else names one
            check_values(rec, fname)
            now = time.monotonic()
            if now - last_report > 0.1:
                last_report = now
                progress(WRITING_FROM * fraction(), f"{result.products_read} products read")
            if not rec.valid:
                reject(rec)
                return 0
            if rec.issues:  # warnings the reader attached to the product
                for issue in rec.issues:
                    warn(issue)
            refusals.note(rec)
            writer.count_part(rec.handle)
            return 1 if rec.handle == handle else 2

        try:
            if batches is None:
                for rec in records:
                    if check(rec):
                        spool.add(rec)
            else:  # the parse child ran ``check``'s in-file checks (``filechecks.ChildChecks``): replay what they said
                for blob, (n, last, states, events) in batches:
                    if cancel.cancelled:
                        raise Cancelled()
                    result.products_read += n
                    result.rows_read = max(result.rows_read, last)
                    for ev in events:
                        if ev[0] == "w":
                            writer._warn(ev[1])
                        elif ev[0] == "i":
                            warn(ev[1])
                        else:
                            reject(_Rejected(*ev[1:]))
                    kept.extend(states)
                    if isinstance(blob, bytes):
                        spool.add_blob(blob, sum(states))  # the valid records, kept as the child encoded them
                    else:
                        for rec in blob:
                            spool.add(rec)
                    now = time.monotonic()
                    if now - last_report > 0.1:
                        last_report = now
                        progress(WRITING_FROM * fraction(), f"{result.products_read} products read")
                if reader.check_state is not None:
                    (writer.claimed, writer.file_skus, writer.dup_skus, writer.parts_left,
                     refusals.skus, refusals.titled, refusals.unknown) = reader.check_state
        except BaseException:
            close()
            close = None
            raise
        if body_facts is None:
            close()
            close = None
        result.timings["read+parse"] = time.perf_counter() - t0 - spool.seconds
        if cancel.cancelled:
            raise Cancelled()
        if result.error_count and not options.import_valid_rows_only and not options.dry_run:
            _abort(result)  # a refused file: nothing was written
        batched = not options.dry_run and (options.import_valid_rows_only or not refusals.possible(conn))
        if conn.in_transaction():
            conn.rollback()  # the read-only look above
        # pass 2: write the spooled records, batch by batch
        trans = conn.begin()
        if not options.dry_run:
            run_id = conn.execute(insert(R).returning(R.c.id), [_run_values(det, options, "running")]).scalar_one()
            result.import_run_id = run_id
            writer.run_id = run_id
            if batched:
                trans.commit()  # the run is visible while its batches land
                trans = conn.begin()
        total = max(spool.count, 1)
        done = 0
        progress(WRITING_FROM, f"writing {spool.count} products")
        finish = _finisher(body_facts, kept, result) if body_facts is not None else None
        for rec in spool.records():
            if cancel.cancelled:
                raise Cancelled()
            if finish is not None:
                finish(rec)
            flushes = writer.flushes
            for bad in writer.add(rec):
                reject(bad)
            done += 1
            if writer.flushes != flushes:
                if batched:  # a short transaction per batch: other writers get the database in between
                    trans.commit()
                    committed = (result.created, result.updated)
                    writer.between_batches()
                    trans = conn.begin()
                now = time.monotonic()
                if now - last_report > 0.1:
                    last_report = now
                    progress(WRITING_FROM + 0.25 * done / total, f"{done} of {spool.count} products written")
        for bad in writer.flush():
            reject(bad)
        result.timings["spool"] = spool.seconds
        if finish is not None:
            finish.rest()
        if close is not None:
            close()  # the parse child has sent every description's facts (or is stopped)
            close = None
        if cancel.cancelled:
            raise Cancelled()
        if result.error_count and not options.import_valid_rows_only and not options.dry_run:
            _abort(result)  # refused by the catalog (pass 2 was one transaction: rolled back)
        status = "dry-run" if options.dry_run else "committed"
        if run_id is not None:
            conn.execute(update(R).where(R.c.id == run_id).values(
                **_run_counts(result, status), mapping=options.resolved_mapping or options.mapping))
        if options.dry_run:
            trans.rollback()
        else:
            trans.commit()
    except BaseException as exc:
        if close is not None:
            close()
        if trans is not None and trans.is_active:
            trans.rollback()
        elif conn.in_transaction():
            conn.rollback()
        conn.close()
        spool.close()
        status = "cancelled" if isinstance(exc, Cancelled | KeyboardInterrupt) else "failed"
        if isinstance(exc, ImportAborted):
            status = "failed"
        if not options.dry_run:
            result.status = status
            if batched and run_id is not None:
                _record_interrupted_run(db, run_id, options, result, status, exc, committed)
            else:
                _record_failed_run(db, det, options, result, status, exc)
        if isinstance(exc, Cancelled | KeyboardInterrupt | CatalogImportError):
            raise
        if isinstance(exc, UnicodeError | ValueError | OSError):
            raise CatalogImportError(f"{fname}: {exc}") from exc
        raise
    spool.close()
    conn.close()
    result.status = status
    # URL images stay "remote": downloading them is its own resumable job (studio.services.images.sync,
    # ``studio images sync``, the app's background task), never part of the import
    result.seconds = time.perf_counter() - t0
    from studio.importers.report import build_report

    result.report = build_report(result, options)
    progress(1.0, f"{result.created} created, {result.updated} updated, {result.error_count} errors")
    return result


class _Rejected:
    """A product the parse child's checks rejected: what ``reject`` reports of it."""

    def __init__(self, handle: str, title: str, line: int | None, issues: list[ImportIssue]) -> None:
        self.handle, self.title, self.line, self.issues = handle, title, line, issues


def _finisher(body_facts: Callable[[], Iterator], kept: bytearray, result: ImportResult):
    """Pass 2 of the parallel path: completes each spooled record, in order, with its description's and
    title's facts as the parse child reads them (``parallel.finish``) — the records pass 1 rejected are
    skipped in the child's stream. The wait for the child is timed as ``body-facts-wait``."""
    from studio.importers.parallel import finish

    entries = body_facts()
    index = 0

    def apply(rec: ProductRecord) -> None:
        nonlocal index
        t = time.perf_counter()
        while True:
            entry = next(entries)
            index += 1
            if kept[index - 1]:
                break
        result.timings["body-facts-wait"] = result.timings.get("body-facts-wait", 0.0) + time.perf_counter() - t
        finish(rec, entry)

    def rest() -> None:  # the entries of trailing rejected records, up to the child's "done"
        for _entry in entries:
            pass

    return _Finisher(apply, rest)


class _Finisher:
    """``finish(rec)`` completes one record; ``finish.rest()`` drains what the child still sends."""

    def __init__(self, apply: Callable[[ProductRecord], None], rest: Callable[[], None]) -> None:
        self._apply = apply
        self.rest = rest

    def __call__(self, rec: ProductRecord) -> None:
        self._apply(rec)


def _run_values(det: Detection, options: ImportOptions, status: str) -> dict:
    return {"file": det.path, "format": det.format, "encoding": det.encoding, "delimiter": det.delimiter,
            "mapping": options.resolved_mapping or options.mapping, "status": status, "dry_run": options.dry_run,
            "import_valid_rows_only": options.import_valid_rows_only, "started_at": clock.now(),
            "rows_read": 0, "created": 0, "updated": 0, "error_count": 0}


def _run_counts(result: ImportResult, status: str) -> dict:
    return {"status": status, "rows_read": result.rows_read, "created": result.created, "updated": result.updated,
            "error_count": result.error_count, "errors": [e.as_dict() for e in result.errors[:RUN_ERRORS]],
            "finished_at": clock.now()}


def _abort(result: ImportResult) -> None:
    first = result.errors[0]
    raise ImportAborted(
        f"{result.error_count} error(s) in {result.skipped_invalid} product(s), nothing imported; first: "
        f"{first} (fix the file, or import only the valid rows)", result.errors)


def _record_interrupted_run(db: Database, run_id: int, options: ImportOptions, result: ImportResult, status: str,
                            exc: BaseException, committed: tuple[int, int]) -> None:
    """Pass 2 stopped after some batches were committed: the run says so, and what it wrote (the upsert is
    idempotent, so importing the same file again finishes the import and changes nothing already written)."""
    try:
        with db.engine.begin() as c:
            vals = _run_counts(result, status)
            vals["created"], vals["updated"] = committed
            note = (f"stopped after {committed[0]} created and {committed[1]} updated products were written; "
                    "import the same file again to finish")
            vals["errors"] = [*vals["errors"], {"message": (f"{exc}: " if str(exc) else "") + note}]
            vals["mapping"] = options.resolved_mapping or options.mapping
            c.execute(update(R).where(R.c.id == run_id).values(**vals))
    except Exception:  # noqa: BLE001 - recording the interruption must not hide the original error
        pass


def _record_failed_run(db: Database, det, options, result: ImportResult, status: str, exc: BaseException) -> None:
    """The import rolled back; keep a record of the attempt (its own small transaction)."""
    try:
        with db.engine.begin() as c:
            vals = _run_values(det, options, status)
            vals.update(_run_counts(result, status))
            vals["created"] = vals["updated"] = 0
            if not result.errors and str(exc):
                vals["errors"] = [{"message": str(exc)[:500]}]
            result.import_run_id = c.execute(insert(R).returning(R.c.id), [vals]).scalar_one()
    except Exception:  # noqa: BLE001 - recording the failure must not hide the original error
        result.import_run_id = None
