"""``make bench``: runs every ``bench/bench_*.py`` (or those named on the command line).

Each module exposes ``main(argv) -> int`` and prints every figure with its baseline measured in the same
run, as a ratio, never a bare time.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
import time


def main(argv: list[str]) -> int:
    import bench

    wanted = set(argv)
    rc = 0
    for info in sorted(pkgutil.iter_modules(bench.__path__), key=lambda i: i.name):
        if not info.name.startswith("bench_"):
            continue
        short = info.name.removeprefix("bench_")
        if wanted and short not in wanted and info.name not in wanted:
            continue
        print(f"\n### {short}", flush=True)
        t0 = time.perf_counter()
        module = importlib.import_module(f"bench.{info.name}")
        rc |= int(module.main([]) or 0)
        print(f"(bench {short} ran in {time.perf_counter() - t0:.1f} s)", flush=True)
    return rc


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
