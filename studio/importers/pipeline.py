"""The import pipeline: detect → stream records → validate → upsert in batches inside ONE transaction.

* Rows are streamed, products are written in batches of ``batch_size`` with SQLAlchemy Core
  (executemany inserts with RETURNING), all inside one transaction on one connection: the whole import
  commits or nothing does (invalid rows without "valid rows only", cancel, any failure → rollback).
* Re-import is an upsert: a product is matched by handle, else by any of its variant SKUs; variants by
  SKU, else by their options; images by source; facts by key. Product ids never change, so drafts and
  assets made later stay attached. Facts and fields edited by hand (``user_edited``) are kept, facts the
  user deleted are not brought back; nothing is deleted by a re-import.
* A dry run is the same import in a transaction that is rolled back: its counts are the real import's.
* URL images are downloaded after the commit (never blocking or holding the transaction).
"""

from __future__ import annotations

import gc
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select, update

from studio.importers import images as img
from studio.importers.detect import Detection, detect
from studio.importers.facts import add_title_facts
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

P = m.Product.__table__
V = m.Variant.__table__
MD = m.Media.__table__
F = m.Fact.__table__
R = m.ImportRun.__table__

KEEP_ITEMS = 2000  # creates/updates listed in a plan (counts are always complete)
KEEP_ERRORS = 10000  # errors kept in memory / exported
RUN_ERRORS = 1000  # errors stored on the ImportRun row


@dataclass
class ImportOptions:
    format: str = "auto"  # auto|shopify|woocommerce|csv|xlsx|json
    mapping: dict[str, str] | None = None  # generic CSV/XLSX: column → field (see importers.generic)
    images_dir: str | None = None
    import_valid_rows_only: bool = False
    dry_run: bool = False
    currency: str | None = None  # the store currency when the file has none (Shopify CSV has none)
    download_images: bool = True
    encoding: str | None = None  # override detection
    delimiter: str | None = None
    batch_size: int = 500
    download_concurrency: int = 4
    download_timeout: float = 5.0
    resolved_mapping: dict[str, str] | None = None  # filled in by the generic reader
    parallel: bool | None = None  # parse in a second process: None = for files ≥ parallel.PARALLEL_MIN_BYTES


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
    skipped_invalid: int = 0
    variants_created: int = 0
    variants_updated: int = 0
    images: int = 0
    images_missing: int = 0
    images_downloaded: int = 0
    facts_written: int = 0
    facts_kept_user: int = 0
    source_language: str | None = None
    creates: list[PlanItem] = field(default_factory=list)
    updates: list[PlanItem] = field(default_factory=list)
    errors: list[ImportIssue] = field(default_factory=list)
    warnings: list[ImportIssue] = field(default_factory=list)
    error_count: int = 0
    product_ids: list[int] = field(default_factory=list)
    seconds: float = 0.0
    timings: dict[str, float] = field(default_factory=dict)  # language, write, read+parse, images (seconds)

    @property
    def ok(self) -> bool:
        return self.error_count == 0


# --------------------------------------------------------------------------- reading


def open_records(path: Path, det: Detection, options: ImportOptions, warn: Callable[[ImportIssue], None]):
    """(records iterator, fraction(), close()) for the detected format."""
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
        else:
            from studio.importers.generic import parse
        return parse(source, options, warn), source.fraction, source.close, source.header_line
    except BaseException:
        source.close()
        raise


def _open_reader(path: Path, det: Detection, options: ImportOptions, warn: Callable[[ImportIssue], None]):
    """(records, fraction, close): parsed in a second process for large files (see importers.parallel),
    else in this process. A parallel reader that cannot start falls back to the in-process one."""
    from studio.importers import parallel

    use = options.parallel
    if use is None:
        try:
            use = path.stat().st_size >= parallel.PARALLEL_MIN_BYTES
        except OSError:
            use = False
    if use:
        try:
            reader = parallel.ParallelReader(path, det, options, warn)
        except Exception:  # noqa: BLE001 - no multiprocessing here (sandbox, frozen app…): read in-process
            reader = None
        if reader is not None:
            _warm_language()  # overlaps the child's start-up, when this process would only wait for a batch
            return reader.records(), reader.fraction, reader.close
    records, fraction, close, _hdr = open_records(path, det, options, warn)
    return records, fraction, close


def _merge(into: ProductRecord, rec: ProductRecord) -> None:
    for v in rec.variants:
        into.variants.append(v)
    for i in rec.images:
        if not any(x.src == i.src for x in into.images):
            into.images.append(i)
    for f in rec.facts:
        into.add_fact(f.key, f.value, f.type, f.unit, f.data, f.source, replace=False)
    into.last_line = rec.last_line


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


def insert_rows(conn, table, rows: list[dict]) -> None:
    """Bulk insert of complete rows (every row has the same keys).

    PostgreSQL goes through Core executemany (psycopg batches it); on SQLite the rows are bound once by
    the same rules SQLAlchemy's types use and handed to ``sqlite3.executemany`` in one call, which skips
    per-row statement processing — the bulk of an import's write time.
    """
    if not rows:
        return
    if conn.dialect.name != "sqlite":
        conn.execute(insert(table), rows)
        return
    cols = list(rows[0])
    convs = [_sqlite_converter(table.c[c].type) for c in cols]
    sql = (f'INSERT INTO "{table.name}" ({", ".join(chr(34) + c + chr(34) for c in cols)}) '
           f'VALUES ({", ".join("?" * len(cols))})')
    getter = itemgetter(*cols)
    conv_idx = [(i, f) for i, f in enumerate(convs) if f is not None]
    data = []
    for r in rows:
        t = list(getter(r))
        for i, f in conv_idx:
            t[i] = f(t[i])
        data.append(tuple(t))
    conn.exec_driver_sql(sql, data)


def _fast_json_dumps():
    """``json.dumps`` with default arguments, without re-building the C encoder on every call.

    ``json.dumps(obj)`` creates a new C encoder per call, which dominated the bind time of JSON columns
    (options, market prices, fact data…: ~450k values in a 100k-row import). The output is identical.
    """
    import json
    from json import encoder as _enc

    make = getattr(_enc, "c_make_encoder", None)
    if make is None:  # pragma: no cover - the C accelerator is missing on this interpreter
        return json.dumps
    default = json.JSONEncoder().default  # raises TypeError for what json.dumps cannot encode
    c_encode = make(None, default, _enc.encode_basestring_ascii, None, ": ", ", ", False, False, True)
    join = "".join

    def dumps(obj) -> str:
        if obj is None:
            return "null"
        return join(c_encode(obj, 0))

    return dumps


_dumps = _fast_json_dumps()

P_COLS = ("handle", "title", "body_html", "body_text", "vendor", "product_type", "category", "tags", "status",
          "published", "seo_title", "seo_description", "currency", "extra", "import_run_id", "source_language",
          "created_at", "updated_at")
V_COLS = ("product_id", "sku", "title", "options", "price", "compare_at_price", "currency", "market_prices",
          "barcode", "grams", "weight_unit", "inventory", "position")
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


class _Writer:
    def __init__(self, conn, result: ImportResult, options: ImportOptions, run_id: int | None, resolver,
                 lang_cb: Callable[[list[ProductRecord]], str | None]) -> None:
        self.conn = conn
        self.result = result
        self.options = options
        self.run_id = run_id
        self.resolver = resolver
        self.lang_cb = lang_cb
        self.lang: str | None = None
        self.lang_done = False
        self.batch: dict[str, ProductRecord] = {}
        self.seen: dict[str, int | None] = {}  # handle → product id
        self.now = m.utcnow()
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
        if rec.handle in self.batch:
            _merge(self.batch[rec.handle], rec)
            return []
        self.batch[rec.handle] = rec
        if len(self.batch) >= self.options.batch_size:
            return self.flush()
        return []

    def flush(self) -> list[ProductRecord]:
        """Write (or plan) the batch; returns records rejected by database-side checks."""
        if not self.batch:
            return []
        recs = list(self.batch.values())
        self.batch = {}
        if not self.lang_done:
            t_lang = time.perf_counter()
            self.lang = self.lang_cb(recs)
            self.lang_done = True
            self.result.source_language = self.lang
            self.result.timings["language"] = time.perf_counter() - t_lang
        t_write = time.perf_counter()
        try:
            return self._flush(recs)
        finally:
            self.result.timings["write"] = self.result.timings.get("write", 0.0) + time.perf_counter() - t_write

    def _flush(self, recs: list[ProductRecord]) -> list[ProductRecord]:
        conn = self.conn
        handles = [r.handle for r in recs]
        existing = {row.handle: row for row in conn.execute(
            select(P.c.id, P.c.handle, P.c.extra, P.c.source_language).where(P.c.handle.in_(handles)))}
        skus = sorted({v.sku for r in recs for v in r.variants if v.sku})
        sku_owner: dict[str, int] = {}
        for i in range(0, len(skus), 900):
            for row in conn.execute(select(V.c.sku, V.c.product_id).where(V.c.sku.in_(skus[i:i + 900]))):
                sku_owner.setdefault(row.sku, row.product_id)
        rejected: list[ProductRecord] = []
        creates: list[ProductRecord] = []
        updates: list[tuple[ProductRecord, int]] = []
        need_rows: set[int] = set()
        for r in recs:
            pid = existing[r.handle].id if r.handle in existing else None
            if pid is None:
                owners = {sku_owner[v.sku] for v in r.variants if v.sku in sku_owner}
                if len(owners) == 1:
                    pid = owners.pop()
                    need_rows.add(pid)
            conflict = [v.sku for v in r.variants if v.sku in sku_owner and pid is not None and sku_owner[v.sku] != pid]
            if pid is None:
                conflict = [v.sku for v in r.variants if v.sku in sku_owner]
            needs = r.extra.pop("_needs_existing", None)
            if needs is not None and pid is None:
                r.issues.append(ImportIssue(
                    Path(self.result.detection.path).name, needs["line"], needs["column"],
                    f"the first row of new product {r.handle!r} has no Title",
                    "give the first row of each new product its Title (rows without one only update a product "
                    "already in the catalog)", "error", r.handle))
                rejected.append(r)
                continue
            if conflict:
                r.issues.append(ImportIssue(
                    Path(self.result.detection.path).name, r.line, None,
                    f"SKU {conflict[0]!r} of {r.handle!r} already belongs to another product in the catalog",
                    "give the variant another SKU, or use that product's handle", "error", r.handle))
                rejected.append(r)
                continue
            if pid is None:
                creates.append(r)
            else:
                updates.append((r, pid))
        if need_rows:
            for row in conn.execute(select(P.c.id, P.c.handle, P.c.extra, P.c.source_language)
                                    .where(P.c.id.in_(list(need_rows)))):
                existing[f"#id:{row.id}"] = row
        by_id = {row.id: row for row in existing.values()}
        self._creates(creates)
        self._updates(updates, by_id)
        return rejected

    # -- images
    def _images_for(self, r: ProductRecord) -> list[ImageRecord]:
        imgs = list(r.images)
        for v in r.variants:
            if v.image_src and not any(i.src == v.image_src for i in imgs):
                imgs.append(ImageRecord(src=v.image_src, variant_sku=v.sku, line=v.line))
            elif v.image_src:
                for i in imgs:
                    if i.src == v.image_src and i.variant_sku is None and len(r.variants) > 1:
                        i.variant_sku = v.sku
        if self.resolver is not None and self.resolver.has_folder:
            for p in self.resolver.match_folder(r.handle, [v.sku for v in r.variants if v.sku]):
                if not any(i.src == str(p) for i in imgs):
                    imgs.append(ImageRecord(src=str(p)))
        # positions: given ones first, then file order
        if len(imgs) > 1:
            imgs.sort(key=lambda i: i.position if i.position is not None else 10_000)
        return imgs

    def _media_rows(self, r: ProductRecord, pid: int, variant_ids: dict[str, int]) -> list[dict]:
        rows = []
        for pos, im in enumerate(self._images_for(r), start=1):
            res = self.resolver.resolve(im.src) if self.resolver is not None else img.ResolvedImage(im.src, "remote")
            if res.status == "missing":
                self.result.images_missing += 1
                if len(self.result.warnings) < KEEP_ERRORS:
                    self.result.warnings.append(ImportIssue(
                        Path(self.result.detection.path).name, im.line, None, f"image {im.src!r} of {r.handle!r} "
                        "not found", "check the path (relative to the imported file)", "warning", r.handle))
            self.result.images += 1
            rows.append({"product_id": pid, "variant_id": variant_ids.get(im.variant_sku) if im.variant_sku and
                         len(r.variants) > 1 else None, "kind": "image", "src": im.src, "local_path": res.local_path,
                         "sha256": res.sha256, "alt": im.alt or "", "position": pos, "status": res.status,
                         "width": res.width, "height": res.height})
        return rows

    def _product_values(self, r: ProductRecord) -> dict[str, Any]:
        return {
            "handle": r.handle, "title": r.title, "body_html": r.body_html or "", "body_text": r.body_text or "",
            "vendor": r.vendor, "product_type": r.product_type, "category": r.category, "tags": r.tags,
            "status": r.status, "published": r.published, "seo_title": r.seo_title,
            "seo_description": r.seo_description, "currency": r.currency or self.options.currency,
            "extra": r.extra, "import_run_id": self.run_id, "source_language": self.lang,
            "created_at": self.now, "updated_at": self.now,
        }

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
        run_id, lang, currency = self.run_id, self.lang, self.options.currency
        published = _sqlite_converter(P.c.published.type) if self.sqlite else _same
        insert_tuples(conn, P, P_COLS, [
            (r.handle, r.title, r.body_html or "", r.body_text or "", r.vendor, r.product_type, r.category,
             js(r.tags), r.status, published(r.published), r.seo_title, r.seo_description, r.currency or currency,
             js(r.extra), run_id, lang, now, now) for r in recs])
        by_handle: dict[str, int] = {}
        handles = [r.handle for r in recs]
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
        variant_ids: dict[int, dict[str, int]] = {}
        if vrows:
            insert_tuples(conn, V, V_COLS, vrows)
            if need_variant_ids:
                for i in range(0, len(ids), 900):
                    for row in conn.execute(select(V.c.id, V.c.product_id, V.c.sku)
                                            .where(V.c.product_id.in_(ids[i:i + 900]), V.c.sku.is_not(None))):
                        variant_ids.setdefault(row.product_id, {})[row.sku] = row.id
        res.variants_created += len(vrows)
        mrows, frows = [], []
        no_ids: dict[str, int] = {}
        for r, pid in zip(recs, ids, strict=True):
            mrows.extend(self._media_rows(r, pid, variant_ids.get(pid, no_ids)))
            if r.facts:
                frows.extend([(pid, f.key[:64], f.value, f.type, f.unit, js(f.data), f.source, false, pos, now)
                              for pos, f in enumerate(r.facts)])
        insert_rows(conn, MD, mrows)
        insert_tuples(conn, F, F_COLS, frows)
        res.facts_written += len(frows)

    def _updates(self, items: list[tuple[ProductRecord, int]], by_id: dict[int, Any]) -> None:
        if not items:
            return
        res = self.result
        conn = self.conn
        pids = [pid for _r, pid in items]
        ev: dict[int, list] = {}
        em: dict[int, list] = {}
        ef: dict[int, dict[str, Any]] = {}
        for row in conn.execute(select(V.c.id, V.c.product_id, V.c.sku, V.c.options, V.c.position)
                                .where(V.c.product_id.in_(pids))):
            ev.setdefault(row.product_id, []).append(row)
        for row in conn.execute(select(MD.c.id, MD.c.product_id, MD.c.src).where(MD.c.product_id.in_(pids))):
            em.setdefault(row.product_id, []).append(row)
        for row in conn.execute(select(F.c.id, F.c.product_id, F.c.key, F.c.user_edited, F.c.position)
                                .where(F.c.product_id.in_(pids))):
            ef.setdefault(row.product_id, {})[row.key] = row
        for r, pid in items:
            first_time = r.handle not in self.seen
            if first_time:
                res.updated += 1
                if len(res.updates) < KEEP_ITEMS:
                    res.updates.append(PlanItem(r.handle, r.title, r.line, pid, len(r.variants), len(r.images)))
            self.seen[r.handle] = pid
            if first_time:
                res.product_ids.append(pid)
            row = by_id.get(pid)
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
            changes["import_run_id"] = self.run_id
            changes["updated_at"] = self.now
            if self.lang and "source_language" not in edited:
                changes["source_language"] = self.lang
            # variants: by SKU, else by options, else the single default variant
            existing_v = list(ev.get(pid, []))
            by_sku = {x.sku: x for x in existing_v if x.sku}
            by_opts = {tuple(sorted((x.options or {}).items())): x for x in existing_v}
            used: set[int] = set()
            vupd, vins = [], []
            next_pos = max([x.position for x in existing_v], default=-1) + 1
            sku_to_id: dict[str, int] = {x.sku: x.id for x in existing_v if x.sku}
            for v in r.variants:
                match = by_sku.get(v.sku) if v.sku else None
                if match is None:
                    cand = by_opts.get(tuple(sorted(v.options.items())))
                    if cand is not None and (not cand.sku or not v.sku):
                        match = cand
                if match is None and len(existing_v) == 1 and len(r.variants) == 1 and not existing_v[0].sku:
                    match = existing_v[0]
                if match is not None and match.id not in used:
                    used.add(match.id)
                    d = self._variant_values(v, pid, match.position)
                    d["_id"] = match.id
                    vupd.append(d)
                    if v.sku:
                        sku_to_id[v.sku] = match.id
                else:
                    vins.append(self._variant_values(v, pid, next_pos))
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
                    d["_id"] = cur.id
                    fupd.append(d)
                else:
                    fins.append(self._fact_values(f, pid, fpos))
                    fpos += 1
            res.facts_written += len(fupd) + len(fins)
            conn.execute(update(P).where(P.c.id == pid).values(**changes))
            for d in vupd:
                vid = d.pop("_id")
                conn.execute(update(V).where(V.c.id == vid).values(**{k: x for k, x in d.items() if k != "position"}))
            if vins:
                conn.execute(insert(V), vins)
                new_skus = [d["sku"] for d in vins if d["sku"]]
                if new_skus:
                    for row in conn.execute(select(V.c.id, V.c.sku).where(V.c.product_id == pid,
                                                                           V.c.sku.in_(new_skus))):
                        sku_to_id[row.sku] = row.id
            for d in fupd:
                fid = d.pop("_id")
                conn.execute(update(F).where(F.c.id == fid).values(**{k: x for k, x in d.items() if k != "position"}))
            if fins:
                conn.execute(insert(F), fins)
            # media: by source; new ones appended
            have = {x.src: x for x in em.get(pid, [])}
            mrows = self._media_rows(r, pid, sku_to_id)
            start = len(have)
            for d in mrows:
                cur = have.get(d["src"])
                if cur is not None:
                    conn.execute(update(MD).where(MD.c.id == cur.id).values(
                        alt=d["alt"], variant_id=d["variant_id"], position=d["position"],
                        **({"local_path": d["local_path"], "sha256": d["sha256"], "status": d["status"],
                            "width": d["width"], "height": d["height"]} if d["status"] == "ok" else {})))
                else:
                    d["position"] = start + d["position"]
                    conn.execute(insert(MD), [d])


# --------------------------------------------------------------------------- language


def _warm_language() -> None:
    """Load the language profiles now (≈0.2 s on first use; no detection runs, so results are unchanged)."""
    try:
        from localization.detect import supported_languages

        supported_languages()
    except Exception:  # noqa: BLE001 - a nicety; _language_of handles a missing/broken detector itself
        pass


def _language_of(recs: list[ProductRecord]) -> str | None:
    try:
        from localization.detect import detect_language
    except ImportError:  # the localization package may not be there yet: no language rather than a failure
        return None
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


# --------------------------------------------------------------------------- run

_GC_LOCK = threading.Lock()
_GC_DEPTH = 0
_GC_SAVED: tuple[int, int, int] | None = None
IMPORT_GC_GEN0 = 50_000  # allocations between young-generation collections while an import runs


@contextmanager
def _fewer_gc_passes() -> Iterator[None]:
    """Raise the cyclic GC's gen-0 threshold while an import runs (restored afterwards, nesting-safe).

    An import allocates millions of short-lived, acyclic objects (cells, records, bound rows) that reference
    counting frees; with the default threshold (700) the collector ran thousands of times over them — ~15% of
    the import's CPU. Cycles are still collected, just in fewer, larger passes, so memory stays flat.
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

    def reject(rec: ProductRecord) -> None:
        result.skipped_invalid += 1
        for issue in rec.issues:
            if issue.severity != "error":
                warn(issue)
                continue
            result.error_count += 1
            if len(result.errors) < KEEP_ERRORS:
                result.errors.append(issue)

    conn = db.engine.connect()
    trans = conn.begin()
    run_id: int | None = None
    status = "failed"
    try:
        if not options.dry_run:
            run_id = conn.execute(insert(R).returning(R.c.id), [_run_values(det, options, "running")]).scalar_one()
            result.import_run_id = run_id
        writer = _Writer(conn, result, options, run_id, resolver, _language_of)
        records, fraction, close = _open_reader(path, det, options, warn)
        sku_owner: dict[str, str] = {}
        last_report = 0.0
        try:
            for rec in records:
                if cancel.cancelled:
                    raise Cancelled()
                result.products_read += 1
                result.rows_read = max(result.rows_read, (rec.last_line or rec.line or 0))
                for v in rec.variants:  # one SKU belongs to one product within the file too
                    if not v.sku:
                        continue
                    owner = sku_owner.get(v.sku)
                    if owner is not None and owner != rec.handle:
                        rec.issues.append(ImportIssue(fname, v.line, "SKU", f"SKU {v.sku!r} is used by {owner!r} "
                                                      f"and {rec.handle!r}", "give every variant its own SKU",
                                                      "error", rec.handle))
                    else:
                        sku_owner[v.sku] = rec.handle
                add_title_facts(rec)  # issue 16: the title's material when nothing else names one
                check_values(rec, fname)
                if rec.valid:
                    for bad in writer.add(rec):
                        reject(bad)
                else:
                    reject(rec)
                now = time.monotonic()
                if now - last_report > 0.1:
                    last_report = now
                    progress(0.9 * fraction(), f"{result.products_read} products read")
            for bad in writer.flush():
                reject(bad)
        finally:
            close()
        result.timings["read+parse"] = (time.perf_counter() - t0 - result.timings.get("write", 0.0)
                                        - result.timings.get("language", 0.0))
        if cancel.cancelled:
            raise Cancelled()
        if result.error_count and not options.import_valid_rows_only and not options.dry_run:
            first = result.errors[0]
            raise ImportAborted(
                f"{result.error_count} error(s) in {result.skipped_invalid} product(s), nothing imported; first: "
                f"{first} (fix the file, or import only the valid rows)", result.errors)
        status = "dry-run" if options.dry_run else "committed"
        if run_id is not None:
            conn.execute(update(R).where(R.c.id == run_id).values(
                **_run_counts(result, status), mapping=options.resolved_mapping or options.mapping))
        if options.dry_run:
            trans.rollback()
        else:
            trans.commit()
    except BaseException as exc:
        trans.rollback()
        conn.close()
        status = "cancelled" if isinstance(exc, Cancelled | KeyboardInterrupt) else "failed"
        if isinstance(exc, ImportAborted):
            status = "failed"
        if not options.dry_run:
            result.status = status
            _record_failed_run(db, det, options, result, status, exc)
        if isinstance(exc, Cancelled | KeyboardInterrupt | CatalogImportError):
            raise
        if isinstance(exc, UnicodeError | ValueError | OSError):
            raise CatalogImportError(f"{fname}: {exc}") from exc
        raise
    conn.close()
    result.status = status
    if not options.dry_run and options.download_images and result.product_ids:
        t_img = time.perf_counter()
        _download_phase(db, run_id, options, progress, cancel, result)
        result.timings["images"] = time.perf_counter() - t_img
    result.seconds = time.perf_counter() - t0
    progress(1.0, f"{result.created} created, {result.updated} updated, {result.error_count} errors")
    return result


def _run_values(det: Detection, options: ImportOptions, status: str) -> dict:
    return {"file": det.path, "format": det.format, "encoding": det.encoding, "delimiter": det.delimiter,
            "mapping": options.resolved_mapping or options.mapping, "status": status, "dry_run": options.dry_run,
            "import_valid_rows_only": options.import_valid_rows_only, "started_at": m.utcnow(),
            "rows_read": 0, "created": 0, "updated": 0, "error_count": 0}


def _run_counts(result: ImportResult, status: str) -> dict:
    return {"status": status, "rows_read": result.rows_read, "created": result.created, "updated": result.updated,
            "error_count": result.error_count, "errors": [e.as_dict() for e in result.errors[:RUN_ERRORS]],
            "finished_at": m.utcnow()}


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


def _download_phase(db: Database, run_id: int | None, options: ImportOptions, progress: ProgressFn,
                    cancel: CancelToken, result: ImportResult) -> None:
    ids = result.product_ids
    pending: list[tuple[int, str]] = []
    reuse: dict[str, Any] = {}
    with db.engine.connect() as c:
        for i in range(0, len(ids), 900):
            pending.extend((row.id, row.src) for row in c.execute(
                select(MD.c.id, MD.c.src).where(MD.c.product_id.in_(ids[i:i + 900]), MD.c.status == "remote")))
        urls = sorted({u for _i, u in pending})
        for i in range(0, len(urls), 900):
            for row in c.execute(select(MD.c.src, MD.c.local_path, MD.c.sha256, MD.c.width, MD.c.height)
                                 .where(MD.c.src.in_(urls[i:i + 900]), MD.c.status == "ok",
                                        MD.c.local_path.is_not(None))):
                if row.src not in reuse and Path(row.local_path).is_file():
                    reuse[row.src] = row
    if not pending:
        return
    todo: list[tuple[int, str]] = []
    updates: list[dict] = []
    for mid, url in pending:
        r = reuse.get(url)
        if r is not None:
            updates.append({"_id": mid, "status": "ok", "local_path": r.local_path, "sha256": r.sha256,
                            "width": r.width, "height": r.height})
        else:
            todo.append((mid, url))
    # one download per distinct URL, fanned out to every media row using it
    by_url: dict[str, list[int]] = {}
    for mid, url in todo:
        by_url.setdefault(url, []).append(mid)
    outcomes: dict[str, img.ResolvedImage] = {}

    def on_done(_key: int, res: img.ResolvedImage) -> None:
        outcomes[res.src] = res

    def prog(done: int, total: int) -> None:
        progress(0.9 + 0.1 * done / max(1, total), f"images {done}/{total}")

    img.download_images([(i, u) for i, u in enumerate(by_url)], on_done, concurrency=options.download_concurrency,
                        timeout=options.download_timeout, cancel=cancel, progress=prog)
    for url, mids in by_url.items():
        res = outcomes.get(url)
        if res is None or res.status == "remote":
            continue  # cancelled: stays "remote"
        for mid in mids:
            updates.append({"_id": mid, "status": res.status, "local_path": res.local_path, "sha256": res.sha256,
                            "width": res.width, "height": res.height})
        if res.status == "ok":
            result.images_downloaded += len(mids)
        else:
            result.images_missing += len(mids)
            result.warnings.append(ImportIssue("", None, None, f"image {url} could not be downloaded ({res.reason}); "
                                               "kept and marked missing", "check the URL", "warning"))
    with db.engine.begin() as c:
        for d in updates:
            mid = d.pop("_id")
            c.execute(update(MD).where(MD.c.id == mid).values(**d))


def iter_errors(result: ImportResult) -> Iterator[ImportIssue]:
    yield from result.errors


