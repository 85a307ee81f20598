"""Home's counts over a 100,000-product catalog (issue 19: under 50 ms at that size).

The database is ``bench/make_catalog.py``'s catalog (1–3 variants, an image and a fact per product; every 13th
image missing) plus what a working catalog has: no facts on every 17th product, drafts for three markets on a
third of the products (a current version each, every 9th with an error finding, a third approved), posts
today, failed posts, videos and mockups. Timed: ``studio.services.home.summary`` (accounts skipped — their
health reads the keyring, not the catalog) and one page of the coverage matrix, each against a baseline
measured in the same run on the same database: ``SELECT COUNT(*) FROM products``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

LIMIT_MS = 50.0
MARKETS = ("de-DE", "fr-FR", "ja-JP")


def _seed_work(url: str, n: int) -> None:
    from sqlalchemy import delete, insert

    from studio.storage import models as m
    from studio.storage.db import open_database

    db = open_database(url)
    now = datetime.now(UTC)
    try:
        with db.engine.begin() as conn:
            conn.execute(delete(m.Fact.__table__).where(m.Fact.product_id % 17 == 0))
            drafts, versions, assets = [], [], []
            did = 0
            for pid in range(1, n + 1, 3):
                for k, market in enumerate(MARKETS):
                    did += 1
                    approved = (pid + k) % 3 == 0
                    drafts.append({"id": did, "product_id": pid, "market": market, "kind": "listing", "target": "amazon",
                                   "status": "approved" if approved else ("in-review" if k == 1 else "draft"),
                                   "current_version": 1, "approved_version": 1 if approved else None,
                                   "created_at": now, "updated_at": now})
                    checks = [{"rule": "numbers", "severity": "error" if did % 9 == 1 else "warning", "message": "x"}]
                    versions.append({"draft_id": did, "number": 1, "content": {"title": f"t{pid}"}, "author": "ai",
                                     "ai_generated": False, "provenance": {}, "checks": checks,
                                     "error_count": m.error_count(checks), "created_at": now})
                if pid % 12 == 1:
                    assets.append({"product_id": pid, "market": MARKETS[0], "kind": "video", "path": f"v{pid}.mp4",
                                   "ai_generated": False, "provenance": {}, "created_at": now})
                    assets.append({"product_id": pid, "market": None, "kind": "mockup", "path": f"m{pid}.png",
                                   "ai_generated": False, "provenance": {}, "created_at": now})
                if len(drafts) >= 15000:
                    conn.execute(insert(m.Draft.__table__), drafts)
                    conn.execute(insert(m.DraftVersion.__table__), versions)
                    drafts, versions = [], []
            if drafts:
                conn.execute(insert(m.Draft.__table__), drafts)
                conn.execute(insert(m.DraftVersion.__table__), versions)
            conn.execute(insert(m.Asset.__table__), assets)
            acc = conn.execute(insert(m.Account.__table__).returning(m.Account.id),
                               [{"platform": "folder", "name": "bench", "settings": {}, "status": "connected",
                                 "created_at": now}]).scalar_one()
            posts = []
            for i in range(2000):
                state = "failed" if i % 50 == 0 else ("published" if i < 1000 else "scheduled")
                posts.append({"account_id": acc, "product_id": 1 + i * 7, "market": MARKETS[i % 3], "text": "p",
                              "media": [], "options": {}, "scheduled_at": now + timedelta(minutes=i * 3 - 3000),
                              "state": state, "attempts": 0, "idempotency_key": f"bench-{i}",
                              "receipt": {"error": {"code": "x", "action": "reconnect"}} if state == "failed" else None,
                              "last_error": "boom" if state == "failed" else None,
                              "created_at": now, "updated_at": now})
            conn.execute(insert(m.Post.__table__), posts)
    finally:
        db.dispose()


def _best(fn, repeat: int) -> tuple[float, float, float]:
    """(best wall ms, median wall ms, best CPU ms of this process — what the query costs, whatever the load)."""
    times, cpu = [], []
    for _ in range(repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
        cpu.append((time.process_time() - c0) * 1000)
    return min(times), statistics.median(times), min(cpu)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="bench home")
    ap.add_argument("--products", type=int, default=100_000)
    ap.add_argument("--repeat", type=int, default=15)
    args = ap.parse_args(argv or [])
    with tempfile.TemporaryDirectory(prefix="studio-home-") as tmp:
        os.environ["STUDIO_HOME"] = tmp
        try:
            from bench.make_catalog import make_catalog_db
        except ImportError:
            from bench._coldstart_catalog import make_catalog_db
        t0 = time.perf_counter()
        url = make_catalog_db(Path(tmp) / "studio.db", args.products)
        _seed_work(url, args.products)
        print(f"built {args.products:,} products with drafts, posts and assets in {time.perf_counter() - t0:.1f} s")
        from sqlalchemy import text

        from studio.services import home
        from studio.storage.db import open_database

        db = open_database(url)
        try:
            def baseline() -> None:
                with db.engine.connect() as conn:
                    conn.execute(text("SELECT COUNT(*) FROM products")).scalar_one()

            def counts() -> None:
                home.summary(db, markets=MARKETS, accounts=False)

            def page() -> None:
                home.coverage(db, MARKETS, offset=50_000, limit=50)

            counts()  # warm the page cache like an open app
            base_min, base_med, base_cpu = _best(baseline, args.repeat)
            sum_min, sum_med, sum_cpu = _best(counts, args.repeat)
            cov_min, cov_med, cov_cpu = _best(page, args.repeat)
            s = home.summary(db, markets=MARKETS, accounts=False)
            print(f"summary: {s.products:,} products, {s.products_missing_images:,} missing images, "
                  f"{s.products_missing_facts:,} without facts, {s.awaiting_total:,} drafts awaiting review, "
                  f"{s.drafts_with_errors:,} with errors, {s.posts_due_today} due today, {s.failed_posts} failed")
            print(f"baseline SELECT COUNT(*) FROM products: {base_med:.1f} ms (best {base_min:.1f}, CPU {base_cpu:.1f})")
            print(f"home.summary: {sum_med:.1f} ms (best {sum_min:.1f}, CPU {sum_cpu:.1f}) = "
                  f"{sum_med / base_med:.1f}x baseline; limit {LIMIT_MS:.0f} ms")
            print(f"home.coverage page at offset 50,000: {cov_med:.1f} ms (best {cov_min:.1f}, CPU {cov_cpu:.1f}) = "
                  f"{cov_med / base_med:.1f}x baseline")
            load = os.getloadavg()[0] if hasattr(os, "getloadavg") else 0.0
            print(f"load average (1 min): {load:.2f} on {os.cpu_count()} cores")
            # the verdict is on CPU time: on a shared, loaded machine the wall time mostly measures the queue
            if sum_cpu > LIMIT_MS:
                print(f"FAIL: the counts take {sum_cpu:.1f} ms of CPU (best of {args.repeat}), over {LIMIT_MS:.0f} ms")
                return 1
        finally:
            db.dispose()
    return 0


if __name__ == "__main__":
    import sys

    sys.exit(main(sys.argv[1:]))
