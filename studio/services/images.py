"""Catalog image downloads as their own resumable job (Qt-free; the CLI runs it inline, the app in the
background through ``ui.tasks``).

    n = pending_count(db)                                   # URL images waiting (status "remote")
    result = sync(db, retry_missing=False, progress=..., cancel=..., on_failure=print)

An import stores every image URL with status ``remote`` and returns right after its commit. ``sync``
downloads the distinct URLs through ``importers.netfetch.Fetcher`` (safe addresses, per-file deadline,
per-host circuit breaker, size and decode checks) and writes the outcomes in short transactions every few
hundred URLs, so a cancel, a crash or Ctrl+C keeps what was done and the next run resumes with what is
left. ``retry_missing`` also retries URLs that failed before (status ``missing``). A URL already downloaded
for another product is reused without a request. Rows are only changed while still ``remote``/``missing``
(two syncs at once never undo each other's work; the same bytes from two URLs land in one store file).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import cast

from sqlalchemy import Table, and_, bindparam, func, or_, select, update

from studio.importers.images import ResolvedImage
from studio.jobs import CancelToken, ProgressFn, no_progress
from studio.storage import models as m
from studio.storage.db import Database

MD = cast(Table, m.Media.__table__)  # declarative tables (typed FromClause on the class)
P = cast(Table, m.Product.__table__)
V = cast(Table, m.Variant.__table__)
FLUSH_EVERY = 200  # outcomes per write transaction
FLUSH_SECONDS = 1.0
KEEP_FAILURES = 10_000


@dataclass
class ImageFailure:
    """One URL that could not be downloaded, with the product it belongs to (the first, if several)."""

    url: str
    reason: str
    handle: str
    sku: str | None
    product_id: int
    media: int = 1  # media rows that use this URL
    products: int = 1

    def line(self) -> str:
        sku = f" (SKU {self.sku})" if self.sku else ""
        more = f" and {self.products - 1} more product(s)" if self.products > 1 else ""
        return f"image of {self.handle}{sku}{more}: {self.url}: {self.reason}"

    def as_dict(self) -> dict:
        return {"handle": self.handle, "sku": self.sku, "product_id": self.product_id, "url": self.url,
                "reason": self.reason, "media": self.media, "products": self.products}


@dataclass
class SyncResult:
    urls: int = 0  # distinct URLs this run looked at
    media: int = 0  # media rows they cover
    downloaded: int = 0  # media rows now ok from a download
    reused: int = 0  # media rows now ok from an earlier download of the same URL
    failed: int = 0  # media rows now missing
    left: int = 0  # media rows still waiting (cancelled)
    failures: list[ImageFailure] = field(default_factory=list)
    hosts_down: dict[str, str] = field(default_factory=dict)
    cancelled: bool = False
    seconds: float = 0.0
    product_ids: list[int] = field(default_factory=list)  # products whose images changed

    def as_dict(self) -> dict:
        return {"urls": self.urls, "media": self.media, "downloaded": self.downloaded, "reused": self.reused,
                "failed": self.failed, "left": self.left, "cancelled": self.cancelled,
                "seconds": round(self.seconds, 3), "hosts_down": self.hosts_down,
                "failures": [f.as_dict() for f in self.failures]}


def _url_clause():
    src = func.lower(MD.c.src)
    return or_(src.like("http://%"), src.like("https://%"))


def _status_clause(retry_missing: bool):
    if retry_missing:
        return or_(MD.c.status == "remote", and_(MD.c.status == "missing", _url_clause()))
    return MD.c.status == "remote"


def _chunks(seq: list, n: int = 900) -> Iterable[list]:
    for i in range(0, len(seq), n):
        yield seq[i:i + n]


def pending_count(db: Database, product_ids: Iterable[int] | None = None, retry_missing: bool = False) -> int:
    """Media rows a ``sync`` would fetch (all, or those of ``product_ids``)."""
    with db.engine.connect() as c:
        if product_ids is None:
            return int(c.execute(select(func.count()).select_from(MD).where(_status_clause(retry_missing)))
                       .scalar_one())
        total = 0
        for chunk in _chunks(sorted(set(product_ids))):
            total += int(c.execute(select(func.count()).select_from(MD).where(
                _status_clause(retry_missing), MD.c.product_id.in_(chunk))).scalar_one())
        return total


def sync(db: Database, *, retry_missing: bool = False, product_ids: Iterable[int] | None = None,
         concurrency: int = 4, deadline: float | None = None, progress: ProgressFn = no_progress,
         cancel: CancelToken | None = None, on_failure: Callable[[ImageFailure], None] | None = None,
         allow=None) -> SyncResult:
    """Download the images waiting (``remote``; with ``retry_missing`` also ``missing`` URLs). Resumable: a
    cancel returns normally with ``cancelled`` set, and whatever was not fetched stays ``remote``."""
    from studio.importers.netfetch import DEFAULT_DEADLINE, Fetcher

    t0 = time.perf_counter()
    cancel = cancel if cancel is not None else CancelToken()
    result = SyncResult()
    first_sku = (select(V.c.sku).where(V.c.product_id == MD.c.product_id, V.c.sku.is_not(None))
                 .order_by(V.c.position, V.c.id).limit(1).correlate(MD).scalar_subquery())
    variant_sku = select(V.c.sku).where(V.c.id == MD.c.variant_id).correlate(MD).scalar_subquery()
    q = (select(MD.c.id, MD.c.src, MD.c.product_id, P.c.handle, func.coalesce(variant_sku, first_sku).label("sku"))
         .join(P, P.c.id == MD.c.product_id).where(_status_clause(retry_missing)).order_by(MD.c.id))
    rows = []
    with db.engine.connect() as c:
        if product_ids is None:
            rows = list(c.execute(q))
        else:
            for chunk in _chunks(sorted(set(product_ids))):
                rows.extend(c.execute(q.where(MD.c.product_id.in_(chunk))))
    by_url: dict[str, list] = {}
    for r in rows:
        by_url.setdefault(r.src.strip(), []).append(r)
    result.urls, result.media = len(by_url), len(rows)
    if not rows:
        result.seconds = time.perf_counter() - t0
        return result
    progress(0.0, f"{len(by_url):,} image URL(s) to fetch")

    # URLs already downloaded for another product: reuse the stored file, no request
    reuse: dict[str, tuple] = {}
    with db.engine.connect() as c:
        for chunk in _chunks(list(by_url)):
            for r in c.execute(select(MD.c.src, MD.c.local_path, MD.c.sha256, MD.c.width, MD.c.height)
                               .where(MD.c.src.in_(chunk), MD.c.status == "ok", MD.c.local_path.is_not(None))):
                if r.src not in reuse and Path(r.local_path).is_file():
                    reuse[r.src] = (r.local_path, r.sha256, r.width, r.height)
    pending: list[dict] = []
    changed: set[int] = set()
    last_flush = [time.monotonic()]

    def flush(force: bool = False) -> None:
        if not pending or (not force and len(pending) < FLUSH_EVERY
                           and time.monotonic() - last_flush[0] < FLUSH_SECONDS):
            return
        stmt = (update(MD).where(MD.c.id == bindparam("_id"), or_(MD.c.status == "remote", MD.c.status == "missing"))
                .values(status=bindparam("_status"), local_path=bindparam("_path"), sha256=bindparam("_sha"),
                        width=bindparam("_w"), height=bindparam("_h")))
        with db.engine.begin() as c:
            c.execute(stmt, pending)
        pending.clear()
        last_flush[0] = time.monotonic()

    def record(media_rows: list, status: str, local_path=None, sha=None, w=None, h=None) -> None:
        for r in media_rows:
            pending.append({"_id": r.id, "_status": status, "_path": local_path, "_sha": sha, "_w": w, "_h": h})
            changed.add(r.product_id)

    todo: list[tuple[str, str]] = []
    for url, media_rows in by_url.items():
        hit = reuse.get(url)
        if hit is not None:
            record(media_rows, "ok", *hit)
            result.reused += len(media_rows)
        else:
            todo.append((url, url))
    flush(force=True)
    total = len(todo)

    def report(done: int, _total: int) -> None:
        progress(done / max(1, total), f"images {done:,}/{total:,}, {result.failed:,} failed")

    try:
        with Fetcher(concurrency=concurrency, deadline=deadline or DEFAULT_DEADLINE, allow=allow) as fetcher:
            for key, res in fetcher.fetch_all(todo, cancel=cancel, progress=report):
                url = str(key)  # the keys handed to fetch_all are the URLs
                _apply(url, res, by_url[url], result, record, on_failure)
                flush()
            result.hosts_down = fetcher.gate.hosts_down
    finally:
        flush(force=True)
    result.left = result.media - result.downloaded - result.reused - result.failed
    result.cancelled = cancel.cancelled and result.left > 0
    result.product_ids = sorted(changed)
    result.seconds = time.perf_counter() - t0
    return result


def _apply(url: str, res: ResolvedImage, media_rows: list, result: SyncResult, record, on_failure) -> None:
    if res.status == "remote":  # cancelled: left for the next run
        return
    if res.status == "ok":
        record(media_rows, "ok", res.local_path, res.sha256, res.width, res.height)
        result.downloaded += len(media_rows)
        return
    record(media_rows, "missing")
    result.failed += len(media_rows)
    first = media_rows[0]
    failure = ImageFailure(url=url, reason=res.reason or "could not be downloaded", handle=first.handle,
                           sku=first.sku, product_id=first.product_id, media=len(media_rows),
                           products=len({r.product_id for r in media_rows}))
    if len(result.failures) < KEEP_FAILURES:
        result.failures.append(failure)
    if on_failure is not None:
        on_failure(failure)


def failure_groups(failures: Iterable[ImageFailure]) -> list[tuple[str, int]]:
    """(reason, count) of the failures, most frequent first — the summary under a long failure list."""
    counts: dict[str, int] = {}
    for f in failures:
        counts[f.reason] = counts.get(f.reason, 0) + f.media
    return sorted(counts.items(), key=lambda kv: -kv[1])
