"""``studio worker`` — publish what is due (``--once``) or run as a service."""

from __future__ import annotations

import signal
import sys

from studio.cli.common import add_command, emit


def register(sub) -> None:
    p = add_command(sub, "worker", "publish due posts: --once, or keep running (a server runs it as a service)", run)
    p.add_argument("--once", action="store_true", help="publish what is due now, then exit")
    p.add_argument("--concurrency", type=int, default=2, help="posts published in parallel (default 2)")
    p.add_argument("--poll", type=float, default=5.0, help="seconds between looks at the queue (service mode)")


def run(args) -> int:
    from studio.jobs import CancelToken
    from studio.services import worker
    from studio.storage.db import default_database

    db = default_database()
    opts = worker.WorkerOptions(concurrency=max(1, args.concurrency))
    if args.once:
        summary = worker.run_once(db, options=opts)

        def human() -> None:
            r = summary.reconciled
            if any(r.values()):
                print(f"reconciled after a restart: {r}")
            print(f"published {summary.published}, failed {summary.failed}, retrying {summary.retrying}, "
                  f"deferred {summary.deferred}, needs attention {summary.needs_attention}")
            for msg in summary.messages:
                print(f"  {msg}")

        emit(args, summary.as_dict(), human)
        return 0 if not summary.failed and not summary.needs_attention else 1
    cancel = CancelToken()

    def stop(signum, frame) -> None:
        cancel.cancel()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    print(f"studio worker {opts.worker_id}: running (concurrency {opts.concurrency}); Ctrl+C to stop",
          file=sys.stderr, flush=True)

    def report(summary) -> None:
        if summary.published or summary.failed or summary.needs_attention or any(summary.reconciled.values()):
            print(f"published {summary.published}, failed {summary.failed}, needs attention "
                  f"{summary.needs_attention}, reconciled {summary.reconciled}", file=sys.stderr, flush=True)

    worker.serve(db, options=opts, poll_s=args.poll, cancel=cancel, on_summary=report)
    return 0
