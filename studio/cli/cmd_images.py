"""``studio images sync [--retry-missing]`` — download the catalog's image URLs (a resumable job)."""

from __future__ import annotations

import signal
import sys

from studio.cli.common import add_command, emit

SHOWN = 20  # failure lines printed one by one; the rest are summarised by reason


def register(sub) -> None:
    p = add_command(sub, "images", "catalog images: download the URLs an import left waiting", run)
    p.add_argument("action", choices=["sync"], help="sync: download the images that wait (resumable)")
    p.add_argument("--retry-missing", action="store_true",
                   help="also retry image URLs that failed before (status missing)")
    p.add_argument("--concurrency", type=int, default=4, metavar="N", help="downloads at once (default 4)")
    p.add_argument("--deadline", type=float, default=20.0, metavar="SECONDS",
                   help="longest time one image may take, whole download included (default 20)")
    p.add_argument("--failures-csv", metavar="PATH", help="also write every failure to this CSV file")


def run(args) -> int:
    from studio.domain import StudioError
    from studio.jobs import CancelToken
    from studio.services import images
    from studio.storage.db import default_database

    if not 1 <= args.concurrency <= 32:
        raise StudioError(f"--concurrency {args.concurrency}: use 1 to 32")
    if not 1 <= args.deadline <= 600:
        raise StudioError(f"--deadline {args.deadline:g}: use 1 to 600 seconds")
    db = default_database()
    cancel = CancelToken()
    tty = not args.json and sys.stderr.isatty()
    shown = [0]

    def progress(fraction: float, message: str) -> None:
        if tty:
            print(f"\r[{int(fraction * 100):3d}%] {message[:70]:<70}", end="", file=sys.stderr, flush=True)

    def on_failure(f: images.ImageFailure) -> None:
        if args.json or shown[0] >= SHOWN:
            return
        shown[0] += 1
        if tty:
            print("\r" + " " * 78 + "\r", end="", file=sys.stderr)
        print(f"failed: {f.line()}", flush=True)

    def interrupt(_sig, _frame) -> None:  # first Ctrl+C: stop cleanly (kept work is saved); second: exit now
        cancel.cancel()
        signal.signal(signal.SIGINT, signal.default_int_handler)
        print("\nstopping: the images under way finish or stop within a second; run again to resume",
              file=sys.stderr, flush=True)

    previous = signal.signal(signal.SIGINT, interrupt)
    try:
        result = images.sync(db, retry_missing=args.retry_missing, concurrency=args.concurrency,
                             deadline=args.deadline, progress=progress, cancel=cancel, on_failure=on_failure)
    finally:
        signal.signal(signal.SIGINT, previous)
    if tty:
        print(file=sys.stderr)
    if args.failures_csv and result.failures:
        from studio.csvsafe import write_safe_csv

        write_safe_csv(args.failures_csv, ["product", "sku", "url", "reason", "media rows"],
                       ([f.handle, f.sku or "", f.url, f.reason, f.media] for f in result.failures))

    def human() -> None:
        if not result.media:
            print("No images wait for download" + ("" if args.retry_missing else
                                                  " (add --retry-missing to retry the ones that failed before)"))
            return
        print(f"Images: {result.downloaded} downloaded, {result.reused} reused from an earlier download, "
              f"{result.failed} failed, {result.left} still waiting — {result.urls} URL(s) in {result.seconds:.1f} s")
        if len(result.failures) > shown[0]:
            print(f"  … {len(result.failures) - shown[0]} more failure(s) (--failures-csv PATH or --json for all); "
                  "by reason:")
            for reason, n in images.failure_groups(result.failures)[:10]:
                print(f"    {n} × {reason}")
        if result.cancelled:
            print("Stopped before the end: run `studio images sync` again to fetch the rest")
        elif result.failed:
            print("Retry the failed ones later with `studio images sync --retry-missing`")

    emit(args, result.as_dict(), human)
    if result.cancelled:
        return 130
    return 1 if result.failed else 0
