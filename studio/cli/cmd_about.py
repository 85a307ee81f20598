"""``studio about [--json]``: the app's version, Python and the main libraries, the data folder, the log file and
the database URL (no password) — what Help › About shows, for a bug report from a terminal."""

from __future__ import annotations

import argparse

from studio.cli.common import add_command, emit


def register(sub) -> None:
    add_command(sub, "about", "versions of the app, Python and the main libraries; data folder, log file and "
                              "database (no password)", run)


def run(args: argparse.Namespace) -> int:
    from studio import about

    rows = about.rows()
    width = max(len(k) for k, _ in rows)
    emit(args, {k.lower().replace(" ", "_"): v for k, v in rows},
         "\n".join(f"{k:<{width}}  {v}" for k, v in rows))
    return 0
