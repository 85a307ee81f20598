"""Publishing throughput: 10,000 posts through 4 worker processes on PostgreSQL against the X emulator.

Baseline measured in the same run: the emulator's own bound — 16 client threads hammering
``POST /2/tweets`` directly over keep-alive connections (no database, no worker). The figure is the
workers' end-to-end throughput (claim → intent → HTTP → receipt, each its own committed transaction) as a
ratio of that bound. The run fails if any post was published twice or is missing.

It also prints the number of contract violations (must be 0): every flow of the X, Pinterest and YouTube
adapters captured and validated against the platforms' published contracts (tests/support/contract_flows.py,
the same run the spec tests make), plus every request the X emulator validated during the 10,000-post run.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def hammer(url: str, seconds: float, threads: int) -> float:
    import httpx

    stop = time.perf_counter() + seconds
    counts = [0] * threads

    def run(i: int) -> None:
        with httpx.Client(base_url=url, headers={"Authorization": "Bearer tok-1"}) as c:
            n = 0
            while time.perf_counter() < stop:
                r = c.post("/2/tweets", json={"text": f"hammer {i} {n}"})
                r.raise_for_status()
                n += 1
            counts[i] = n

    t0 = time.perf_counter()
    ts = [threading.Thread(target=run, args=(i,)) for i in range(threads)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    return sum(counts) / (time.perf_counter() - t0)


def contract_check() -> int:
    """Run the spec tests' flows; print and return the number of contract violations."""
    from tests.support.contract_flows import run_all

    t0 = time.perf_counter()
    runs = run_all()
    violations = sum(len(r.violations) for r in runs.values())
    errors = [f"{name}: {r.error!r}" for name, r in runs.items() if r.error is not None]
    requests = sum(len(r.capture.requests) for r in runs.values())
    flows = sum(len(r.flows) for r in runs.values())
    print(f"contract violations found by the spec tests: {violations} ({requests} requests in {flows} flows of "
          f"{', '.join(runs)} validated against the published OpenAPI/discovery contracts, "
          f"{time.perf_counter() - t0:.1f} s)" + (f"; flows that failed: {errors}" if errors else ""))
    for r in runs.values():
        for v in r.violations[:10]:
            print(f"  {v}")
    return violations + len(errors)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="bench scheduling")
    ap.add_argument("--posts", type=int, default=10_000)
    ap.add_argument("--workers", type=int, default=4)
    ap.add_argument("--concurrency", type=int, default=4, help="threads per worker process")
    ap.add_argument("--accounts", type=int, default=10)
    args = ap.parse_args(argv or [])

    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("PYTHON_KEYRING_BACKEND", "tests.support.memkeyring.MemoryKeyring")
    from sqlalchemy import func, insert, select

    from studio import clock
    from studio.services import accounts
    from studio.storage import models as m
    from studio.storage.db import open_database
    from tests.support.pgserver import PgServer, find_bindir
    from tests.support.platforms.x import XEmulator

    contract_violations = contract_check()
    bindir = find_bindir()
    if bindir is None:
        print("scheduling bench skipped: no PostgreSQL server binaries (apt-get install postgresql)")
        return 1 if contract_violations else 0
    pg = PgServer(bindir)
    home = Path(tempfile.mkdtemp(prefix="studio-bench-sched-"))
    os.environ["STUDIO_HOME"] = str(home)
    procs: list[subprocess.Popen] = []
    try:
        pg.start()
        url = pg.create_database("bench_sched")
        db = open_database(url)
        with XEmulator() as emu:
            bound = hammer(emu.url, 4.0, 16)
            with emu.lock:
                emu.published.clear()
                emu.posts.clear()
            env = dict(os.environ, STUDIO_DATABASE_URL=url, PYTHONPATH=str(ROOT))
            acc_ids = []
            for i in range(args.accounts):
                a = accounts.add_account(db, "x", f"bench-x{i}", base_url=emu.url,
                                         settings_={"budgets": {"posts per 15 min": {"limit": 10**7}}})
                acc_ids.append(a.id)
                env[f"STUDIO_SECRET_ACCOUNT_BENCH_X{i}_TOKENS"] = json.dumps({"access_token": "tok-1"})
            due = clock.now() - timedelta(seconds=10)
            rows = [{"account_id": acc_ids[i % len(acc_ids)], "text": f"bench post {i:05d}", "media": [],
                     "options": {}, "scheduled_at": due, "state": "scheduled", "attempts": 0,
                     "idempotency_key": uuid.uuid4().hex} for i in range(args.posts)]
            with db.session() as s:
                s.execute(insert(m.Post), rows)
            t0 = time.perf_counter()
            for _ in range(args.workers):
                procs.append(subprocess.Popen(
                    [sys.executable, "-m", "studio.cli.main", "worker", "--concurrency", str(args.concurrency),
                     "--poll", "0.2"], env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
            deadline = time.monotonic() + 1800
            while time.monotonic() < deadline:
                with db.session() as s:
                    done = s.scalar(select(func.count()).select_from(m.Post).where(
                        m.Post.state.in_(("published", "failed", "needs-attention"))))
                if done >= args.posts:
                    break
                time.sleep(0.25)
            elapsed = time.perf_counter() - t0
            for p in procs:
                p.send_signal(signal.SIGTERM)
            for p in procs:
                try:
                    p.wait(timeout=60)
                except subprocess.TimeoutExpired:
                    print(f"worker {p.pid} did not stop within 60 s of SIGTERM; killed")
                    p.kill()
                    p.wait()
            procs.clear()
            with db.session() as s:
                states = dict(s.execute(select(m.Post.state, func.count()).group_by(m.Post.state)).all())
            counts = dict(emu.published)
            run_violations = len(emu.violations)  # the emulator validated every request against the X contract
            checked = len(emu.calls)
            bound_after = hammer(emu.url, 4.0, 16)  # the machine's load may have changed during the run
        db.dispose()
        twice = sum(1 for c in counts.values() if c > 1)
        missing = args.posts - sum(1 for t, c in counts.items() if t.startswith("bench post") and c >= 1)
        rate = states.get("published", 0) / elapsed
        print(f"posts: {args.posts} through {args.workers} worker processes × {args.concurrency} threads on "
              f"PostgreSQL, {args.accounts} X accounts")
        print(f"emulator bound (16 threads hammering POST /2/tweets directly): {bound:.0f} posts/s before the run, "
              f"{bound_after:.0f} posts/s after it")
        print(f"workers end to end: {rate:.0f} posts/s in {elapsed:.1f} s = {rate / bound:.2f}× the bound before, "
              f"{rate / bound_after:.2f}× the bound after (each post = claim, intent and receipt transactions "
              "committed separately + the HTTP call)")
        try:
            print(f"load average during the run: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
        except OSError:
            pass
        print(f"states: {states}; published twice: {twice}; missing at the emulator: {missing}")
        print(f"contract violations during the run: {run_violations} (the X emulator validated each of its "
              f"{checked} requests against the X API v2 OpenAPI contract)")
        print(f"contract violations in total: {contract_violations + run_violations} (must be 0)")
        ok = (twice == 0 and missing == 0 and states.get("published", 0) == args.posts
              and contract_violations + run_violations == 0)
        print("zero posts published twice:", "yes" if twice == 0 else "NO")
        return 0 if ok else 1
    finally:
        for p in procs:
            p.kill()
        pg.stop()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
