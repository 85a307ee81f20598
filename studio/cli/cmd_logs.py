"""``studio logs [--tail N] [--json]``: where the log file is (attach it to a bug report), optionally its last lines."""

from __future__ import annotations

from collections import deque

from studio.cli.common import add_command, emit


def register(sub) -> None:
    p = add_command(sub, "logs", "print the path of the log file (and with --tail N its last N lines)", run)
    p.add_argument("--tail", type=int, default=0, metavar="N", help="also print the last N lines")


def run(args) -> int:
    from studio import logs

    path = logs.configured_path() or logs.log_path()
    lines: list[str] = []
    if args.tail > 0 and path.exists():
        with path.open(encoding="utf-8", errors="replace") as f:
            lines = [line.rstrip("\n") for line in deque(f, maxlen=args.tail)]

    def human() -> None:
        print(path)
        for line in lines:
            print(line)

    emit(args, {"path": str(path), "folder": str(path.parent), "lines": lines}, human)
    return 0
