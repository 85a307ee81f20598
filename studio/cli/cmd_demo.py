from __future__ import annotations

import sys
from pathlib import Path

from studio.cli.common import add_command, emit


def register(sub) -> None:
    p = add_command(sub, "demo", "end-to-end showcase on the embedded defaults", run)
    p.add_argument("--out", default="out/demo", help="folder for everything the demo makes (default out/demo)")


def run(args) -> int:
    from studio.services.demo import run_demo
    from studio.storage.db import default_database

    out = Path(args.out).resolve()

    def progress(fraction: float, message: str) -> None:
        if not args.json:
            print(f"[{int(fraction * 100):3d}%] {message}", file=sys.stderr)

    results = run_demo(default_database(), out, progress)

    def human() -> None:
        print(f"Demo finished; everything it made is under {out}")
        for r in results:
            print(f"\n== {r.title}")
            for k, v in r.details.items():
                print(f"  {k}: {v}")

    emit(args, {"out": str(out), "steps": results}, human)
    return 0
