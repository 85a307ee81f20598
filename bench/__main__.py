"""``make bench``: runs every ``bench/bench_*.py`` (or those named on the command line).

Each module exposes ``main(argv) -> int`` and prints every figure with its baseline measured in the same
run, as a ratio, never a bare time.

``python -m bench NAME… [OPTIONS…]``: the names come first; everything from the first argument that starts with
``-`` on is passed to each named module's ``main`` (``python -m bench claims_model --holdout 13 --at 09a606f``).
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
import time


def split_args(argv: list[str]) -> tuple[list[str], list[str]]:
    """(module names, options passed on): options start at the first argument beginning with ``-``."""
    for i, a in enumerate(argv):
        if a.startswith("-"):
            return argv[:i], argv[i:]
    return list(argv), []


def main(argv: list[str]) -> int:
    import bench

    names, options = split_args(argv)
    wanted = set(names)
    known = {i.name for i in pkgutil.iter_modules(bench.__path__) if i.name.startswith("bench_")}
    unknown = sorted(n for n in wanted if n not in known and f"bench_{n}" not in known)
    if unknown:
        print(f"bench: no benchmark named {', '.join(unknown)} (choose from "
              f"{', '.join(sorted(k.removeprefix('bench_') for k in known))})", file=sys.stderr)
        return 2
    if options and not wanted:
        print("bench: options are passed to the benchmarks named before them; name at least one", file=sys.stderr)
        return 2
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
        rc |= int(module.main(list(options)) or 0)
        print(f"(bench {short} ran in {time.perf_counter() - t0:.1f} s)", flush=True)
    return rc


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
