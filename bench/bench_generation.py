"""Generation throughput against a loopback OpenAI-compatible server with a fixed 200 ms latency.

The server (``tests/support/llm_server.py``, ThreadingHTTPServer) runs in a separate process so the client's
CPU time is the client's alone. Figures, each with its same-run baseline:

1. 1,000 completions at concurrency 32 through ``OpenAICompatProvider`` (official ``openai`` SDK,
   ``AsyncOpenAI`` + semaphore, the same sync port the batch uses from 32 worker threads) vs the ideal
   1000 × 0.2 s / 32 = 6.25 s (target ≤ 1.2×), and vs a bare ``httpx.AsyncClient`` doing the same requests;
2. client CPU per generation and peak memory (RSS) vs the process before the run;
3. the full pipeline (``studio.services.generation.generate``: prompt, provider, schema validation, language
   detection, limits, quality engine, draft versions in SQLite) for N items at concurrency 32, vs the same
   ideal for N — this one is bound by the checks' CPU, and says so.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LISTING = {"title": "Nordhem Linen Tee – 100% linen, white",
           "bullets": ["Made from 100% linen.", "Machine wash."],
           "description": "The Linen Tee by Nordhem is made from 100% linen in Portugal and weighs 180 g. "
                          "It is easy to care for: machine wash it and hang it to dry.",
           "search_terms": "linen shirt summer top"}

SERVER = """
import json, sys, time
sys.path.insert(0, {root!r})
from tests.support.llm_server import LLMServer, json_reply
srv = LLMServer(latency={latency})
srv.responder = lambda req: json_reply({listing})
srv.start()
print(srv.port, flush=True)
sys.stdin.read()
srv.stop()
"""


def start_server(latency: float) -> tuple[subprocess.Popen, str]:
    code = SERVER.format(root=str(ROOT), latency=latency, listing=repr(LISTING))
    proc = subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    port = int(proc.stdout.readline())
    return proc, f"http://127.0.0.1:{port}/v1"


def cpu() -> float:
    t = os.times()
    return t.user + t.system


def rss_mb() -> float:
    import psutil

    return psutil.Process().memory_info().rss / 2**20


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def bare_httpx(base: str, n: int, conc: int) -> float:
    import httpx

    body = {"model": "test-model", "messages": [{"role": "user", "content": "x"}]}

    async def go() -> None:
        sem = asyncio.Semaphore(conc)
        async with httpx.AsyncClient(limits=httpx.Limits(max_connections=conc + 4)) as client:
            async def one() -> None:
                async with sem:
                    r = await client.post(f"{base}/chat/completions", json=body)
                    r.raise_for_status()
                    json.loads(r.json()["choices"][0]["message"]["content"])

            await asyncio.gather(*(one() for _ in range(n)))

    t0 = time.perf_counter()
    asyncio.run(go())
    return time.perf_counter() - t0


def provider_run(base: str, n: int, conc: int) -> tuple[float, float, int]:
    sys.path.insert(0, str(ROOT))
    from generators.llm.openai_compat import OpenAICompatProvider
    from studio.ports import CompletionRequest

    prov = OpenAICompatProvider(base_url=base, model="test-model", api_key="x", concurrency=conc, max_retries=2)
    req = CompletionRequest(system="You write listings.", user="Write a listing for a linen tee.",
                            json_schema={"type": "object"}, max_tokens=400)
    prov.complete(req)  # warm-up (connection, lazy imports)
    c0, t0 = cpu(), time.perf_counter()
    with ThreadPoolExecutor(max_workers=conc) as pool:
        results = list(pool.map(lambda _: prov.complete(req), range(n)))
    wall = time.perf_counter() - t0
    used = cpu() - c0
    assert all(json.loads(r.text)["title"] for r in results)
    peak = prov.peak_in_flight
    prov.close()
    return wall, used, peak


def pipeline_run(base: str, n_items: int, conc: int) -> tuple[float, float, int, int]:
    os.environ["STUDIO_HOME"] = tempfile.mkdtemp(prefix="bench-gen-")
    sys.path.insert(0, str(ROOT))
    from generators.llm.openai_compat import OpenAICompatProvider
    from studio.services import generation
    from studio.storage.db import open_database
    from tests.support.gen_products import add_product

    db = open_database(f"sqlite:///{os.environ['STUDIO_HOME']}/bench.db")
    markets = ["en-US", "en-GB", "en-AU", "en-CA"]
    pids = [add_product(db, f"tee-{i}") for i in range(max(1, n_items // len(markets)))]
    prov = OpenAICompatProvider(base_url=base, model="test-model", api_key="x", concurrency=conc, max_retries=2)
    generation.generate_one(db, pids[0], "en-IN", "listing", "amazon", provider=prov)  # warm-up
    c0, t0 = cpu(), time.perf_counter()
    res = generation.generate(db, pids, markets, ["listing"], ["amazon"], provider=prov, concurrency=conc)
    wall = time.perf_counter() - t0
    used = cpu() - c0
    prov.close()
    db.dispose()
    return wall, used, res.done, res.failed


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="bench generation")
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--concurrency", type=int, default=32)
    ap.add_argument("--latency", type=float, default=0.2)
    ap.add_argument("--pipeline-items", type=int, default=200)
    args = ap.parse_args(argv or [])
    n, conc, lat = args.n, args.concurrency, args.latency
    proc, base = start_server(lat)
    try:
        rss0 = rss_mb()
        ideal = n * lat / conc
        bare = bare_httpx(base, n, conc)
        wall, used, peak = provider_run(base, n, conc)
        print(f"server: loopback OpenAI-compatible, fixed latency {lat * 1000:.0f} ms, separate process; "
              f"{n} generations at concurrency {conc}")
        print(f"ideal {n}×{lat}s/{conc} = {ideal:.2f} s (baseline)")
        print(f"  openai SDK provider: {wall:.2f} s = {wall / ideal:.2f}× ideal  (target ≤ 1.20×)  "
              f"{'OK' if wall / ideal <= 1.2 else 'OVER'}; peak in flight {peak}")
        print(f"  bare httpx AsyncClient, same requests: {bare:.2f} s = {bare / ideal:.2f}× ideal; "
              f"provider/bare = {wall / bare:.2f}×")
        per_gen_ms = used / n * 1000
        per_gen_wall_ms = lat * 1000
        print(f"  client CPU per generation: {per_gen_ms:.2f} ms = {per_gen_ms / per_gen_wall_ms:.3f}× the "
              f"{per_gen_wall_ms:.0f} ms server latency")
        pk = peak_mb()
        print(f"  peak memory (RSS): {pk:.0f} MB = {pk / rss0:.2f}× the {rss0:.0f} MB before the run")
        if args.pipeline_items:
            items = args.pipeline_items
            pwall, pused, done, failed = pipeline_run(base, items, conc)
            pideal = done * lat / conc
            print(f"full pipeline (prompt → provider → schema/language/limits/quality checks → SQLite draft), "
                  f"{done} items ({failed} failed) at concurrency {conc}:")
            print(f"  {pwall:.2f} s = {pwall / pideal:.2f}× the ideal {pideal:.2f} s; client CPU "
                  f"{pused / max(1, done) * 1000:.0f} ms per item = {pused / max(1, done) / lat:.2f}× the "
                  f"{lat * 1000:.0f} ms latency (the checks, mostly the quality engine, bound it on "
                  f"{os.cpu_count()} cores)")
    finally:
        proc.stdin.close()
        proc.wait(timeout=10)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))


