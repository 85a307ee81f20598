"""Insights queries with a year of metrics for 10,000 posts (issue 20: the section's queries under 100 ms).

The database (SQLite, migrated): 300 products, 20 accounts on the seven platforms, 2,000 caption drafts with two
versions each, 10,000 published posts spread over 365 days, and their metrics as the sync stores them — one row
per post per fetch, daily for a post's first 14 days and weekly after that until today (a year of snapshots,
about 300,000 rows) — plus 50,000 order lines, 40 % of them carrying the UTM tags of a post's shop link.

Timed, each against baselines measured in the same run on the same database (reading every row of
``insight_posts`` — the summary the section aggregates — and ``SELECT COUNT(*)`` of ``post_metrics`` — one pass
over the raw series):
what the Insights section runs when it opens (``overview`` + ``table`` + markets + posted drafts, the summary
refreshed incrementally), the table for one market and for one product, best times of one account, a variant
comparison. The first ``refresh`` (reading the whole series once, as after an upgrade or a first sync) and
``orders.attribute`` are printed too; they run in the background job that syncs or imports, not per view.
The verdict is on CPU time (best of N), as the machine is shared. ``--postgres`` runs the same on a throw-away
PostgreSQL server on loopback (the server's own CPU is not in this process's CPU time: read the wall figures).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import tempfile
import time
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

LIMIT_MS = 100.0
PLATFORMS = ("tiktok", "instagram", "facebook", "youtube", "x", "pinterest", "threads")
MARKETS = ("en-US", "de-DE", "fr-FR", "ja-JP", "ar-SA")


def _seed(db, posts: int, products: int, orders: int, rng: random.Random) -> dict[str, int]:
    from sqlalchemy import insert

    from studio.storage import models as m
    from studio.storage import models_metrics as mm
    from studio.storage import models_orders as mo

    now = datetime.now(UTC).replace(minute=0, second=0, microsecond=0)
    start = now - timedelta(days=365)
    n_metrics = 0
    with db.engine.begin() as conn:
        conn.execute(insert(m.Product.__table__), [
            {"id": i, "handle": f"p{i}", "title": f"Product {i}", "tags": [], "extra": {}, "created_at": now,
             "updated_at": now} for i in range(1, products + 1)])
        conn.execute(insert(m.Account.__table__), [
            {"id": i, "platform": PLATFORMS[i % len(PLATFORMS)], "name": f"acc{i}", "settings": {},
             "status": "connected", "created_at": now} for i in range(1, 21)])
        drafts, versions = [], []
        for d in range(1, 2001):
            drafts.append({"id": d, "product_id": 1 + d % products, "market": MARKETS[d % len(MARKETS)],
                           "kind": "caption", "target": PLATFORMS[d % len(PLATFORMS)], "status": "approved",
                           "current_version": 2, "created_at": now, "updated_at": now})
            for v in (1, 2):
                versions.append({"id": d * 2 - 2 + v, "draft_id": d, "number": v, "content": {"hook": f"h{v}"},
                                 "author": "offline", "ai_generated": False, "provenance": {}, "checks": [],
                                 "error_count": 0, "created_at": now})
        conn.execute(insert(m.Draft.__table__), drafts)
        conn.execute(insert(m.DraftVersion.__table__), versions)
        post_rows, metric_rows = [], []
        for p in range(1, posts + 1):
            d = 1 + p % 2000
            acc = 1 + p % 20
            at = start + timedelta(minutes=rng.randint(0, 365 * 24 * 60))
            tagged = p % 3 != 0
            link = (f"https://shop.example/products/p{1 + d % products}?utm_source=x&utm_medium=social&"
                    f"utm_campaign=c{d}&utm_content=v{1 + p % 2}") if tagged else ""
            post_rows.append({"id": p, "account_id": acc, "product_id": 1 + d % products,
                              "draft_version_id": d * 2 - 1 + p % 2, "market": MARKETS[d % len(MARKETS)],
                              "text": f"post {p} {link}", "media": [], "options": {}, "scheduled_at": at,
                              "state": "published", "published_at": at, "attempts": 0,
                              "idempotency_key": f"b{p}", "created_at": at, "updated_at": at})
            views = int(rng.lognormvariate(7, 1))
            rate = rng.uniform(0.01, 0.08)
            day = 1
            while at + timedelta(days=day) <= now:
                grow = min(1.0, 0.3 + day / 20)
                metric_rows.append({"post_id": p, "platform": PLATFORMS[acc % len(PLATFORMS)],
                                    "fetched_at": at + timedelta(days=day), "views": int(views * grow),
                                    "likes": int(views * grow * rate), "comments": int(views * grow * rate / 8),
                                    "shares": None, "clicks": int(views * grow * 0.01)})
                day += 1 if day < 14 else 7
            if len(metric_rows) >= 20000:
                if post_rows:
                    conn.execute(insert(m.Post.__table__), post_rows)
                    post_rows = []
                conn.execute(insert(mm.PostMetric.__table__), metric_rows)
                n_metrics += len(metric_rows)
                metric_rows = []
            if len(post_rows) >= 2000:
                conn.execute(insert(m.Post.__table__), post_rows)
                post_rows = []
        if post_rows:
            conn.execute(insert(m.Post.__table__), post_rows)
        if metric_rows:
            conn.execute(insert(mm.PostMetric.__table__), metric_rows)
            n_metrics += len(metric_rows)
        lines = []
        for i in range(orders):
            d = 1 + rng.randrange(2000)
            utm = {"utm_source": "x", "utm_medium": "social", "utm_campaign": f"c{d}",
                   "utm_content": f"v{1 + i % 2}"} if i % 5 < 2 else dict.fromkeys(
                ("utm_source", "utm_medium", "utm_campaign", "utm_content"))
            lines.append({"source": "csv", "order_ref": f"o{i}", "line_no": 1,
                          "ordered_at": start + timedelta(minutes=rng.randint(0, 365 * 24 * 60)), "sku": None,
                          "item_name": "", "product_id": 1 + d % products, "quantity": 1,
                          "revenue": Decimal("19.90"), "currency": "EUR", "status": "paid", **utm})
        conn.execute(insert(mo.OrderLine.__table__), lines)
    return {"metrics": n_metrics}


def _best(fn, repeat: int) -> tuple[float, float, float]:
    times, cpu = [], []
    for _ in range(repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
        cpu.append((time.process_time() - c0) * 1000)
    return min(times), statistics.median(times), min(cpu)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="bench insights")
    ap.add_argument("--posts", type=int, default=10_000)
    ap.add_argument("--orders", type=int, default=50_000)
    ap.add_argument("--repeat", type=int, default=9)
    ap.add_argument("--postgres", action="store_true",
                    help="run on a throw-away PostgreSQL server on loopback (tests/support/pgserver.py)")
    args = ap.parse_args(argv or [])
    rng = random.Random(7)
    with tempfile.TemporaryDirectory(prefix="studio-insights-") as tmp:
        os.environ["STUDIO_HOME"] = tmp
        from sqlalchemy import text

        from studio.services import insights, orders
        from studio.storage.db import open_database

        url = f"sqlite:///{Path(tmp) / 'studio.db'}"
        pg = None
        if args.postgres:
            from tests.support.pgserver import PgServer, find_bindir

            bindir = find_bindir()
            if bindir is None:
                print("no PostgreSQL server binaries on this machine")
                return 1
            pg = PgServer(bindir)
            pg.start()
            url = pg.create_database("insights_bench")
        print(f"database: {'PostgreSQL (loopback)' if pg else 'SQLite'}")
        db = open_database(url)
        try:
            t0 = time.perf_counter()
            info = _seed(db, args.posts, 300, args.orders, rng)
            print(f"built {args.posts:,} posts with {info['metrics']:,} metric rows (a year) and {args.orders:,} "
                  f"order lines in {time.perf_counter() - t0:.1f} s")
            t0, c0 = time.perf_counter(), time.process_time()
            first = insights.refresh(db)
            print(f"first refresh (reads the whole series once): {(time.perf_counter() - t0) * 1000:.0f} ms "
                  f"(CPU {(time.process_time() - c0) * 1000:.0f} ms), {first['posts']:,} posts, "
                  f"{first['metrics']:,} latest rows")
            t0 = time.perf_counter()
            att = orders.attribute(db)
            print(f"orders.attribute: {(time.perf_counter() - t0) * 1000:.0f} ms, {att['posts']:,} lines to posts")

            def base_summary() -> None:  # read the summary the section aggregates, nothing else
                with db.engine.connect() as conn:
                    conn.execute(text("SELECT post_id, product_id, market, platform, views, engagement, clicks "
                                      "FROM insight_posts")).all()

            def base_series() -> None:
                with db.engine.connect() as conn:
                    conn.execute(text("SELECT COUNT(*) FROM post_metrics")).scalar_one()

            def section_open() -> None:  # what InsightsView.reload runs
                insights.overview(db)
                insights.table(db, refresh_first=False)
                insights.markets_with_posts(db)
                insights.posted_drafts(db)

            def one_market() -> None:
                insights.table(db, market="de-DE")

            def one_product() -> None:
                insights.table(db, 17)

            def best() -> None:
                insights.best_times(db, "acc3")

            def compare() -> None:
                insights.compare(db, 42)

            section_open()  # warm, like an open app
            results = {}
            for name, fn in (("baseline SELECT insight_posts (all rows)", base_summary),
                             ("baseline COUNT(*) post_metrics", base_series),
                             ("section open (overview+table+markets+drafts)", section_open),
                             ("table, one market", one_market), ("table, one product", one_product),
                             ("best times, one account", best), ("compare two variants", compare)):
                results[name] = _best(fn, args.repeat)
            b1 = results["baseline SELECT insight_posts (all rows)"][1]
            b2 = results["baseline COUNT(*) post_metrics"][1]
            fail = []
            for name, (mn, med, cpu) in results.items():
                ratio = "" if name.startswith("baseline") else \
                    f" = {med / b1:.1f}x reading insight_posts, {med / b2:.2f}x COUNT(post_metrics)"
                print(f"{name}: {med:.1f} ms (best {mn:.1f}, CPU {cpu:.1f}){ratio}")
                if not name.startswith("baseline") and cpu > LIMIT_MS:
                    fail.append(name)
            load = os.getloadavg()[0] if hasattr(os, "getloadavg") else 0.0
            print(f"load average (1 min): {load:.2f} on {os.cpu_count()} cores; limit {LIMIT_MS:.0f} ms CPU per query")
            if fail:
                print("FAIL: over the limit: " + ", ".join(fail))
                return 1
        finally:
            db.dispose()
            if pg is not None:
                pg.stop()
    return 0


if __name__ == "__main__":
    import sys

    sys.exit(main(sys.argv[1:]))
