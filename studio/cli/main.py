"""The ``studio`` console script.

No arguments opens the GUI. Subcommands are the headless interface; every subcommand takes ``--json``
and exits non-zero with a one-line reason on failure: usage errors, refusals (``StudioError``), platform
errors, a locked database, file errors and anything unexpected are each printed as one line on stderr,
never as a traceback (``STUDIO_DEBUG=1`` shows the traceback of an unexpected error). Output piped into a
program that stops reading (``studio queue | head``) ends quietly. Subcommands live in ``studio/cli/cmd_*.py`` modules,
each exposing ``register(subparsers)``; they are discovered here so features add commands without
editing this file.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import pkgutil
import sys
from typing import NoReturn

from studio.domain import StudioError


class _Parser(argparse.ArgumentParser):
    """Usage errors in one line (argparse prints the whole usage block first)."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: {message} (see {self.prog} --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="studio",
        description="Commerce Studio: catalog → localized copy, video, mockups, kits → social channels. "
        "Run without arguments to open the desktop app.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    import studio.cli as pkg

    for info in sorted(pkgutil.iter_modules(pkg.__path__), key=lambda i: i.name):
        if info.name.startswith("cmd_"):
            module = importlib.import_module(f"studio.cli.{info.name}")
            module.register(sub)
    return parser


def one_line(text: object, limit: int = 3000) -> str:
    """A message as one line: a platform's multi-line error is joined, and a 50,000-character input echoed in
    it is shortened (``aaaa…(50,000 characters)``)."""
    words = []
    for word in str(text).split():
        if len(word) > 240:
            word = f"{word[:60]}…({len(word):,} characters)"
        words.append(word)
    line = " ".join(words)
    return line if len(line) <= limit else line[:limit] + "…"


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv:
        from studio.cli.common import open_gui

        return open_gui()
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    name = f"studio {args.command}"
    try:
        from studio import logs

        logs.configure()
        rc = args.func(args)
        sys.stdout.flush()
        return int(rc or 0)
    except BrokenPipeError:
        return _broken_pipe()
    except StudioError as exc:
        return _fail(name, exc.cli_text(), 2)
    except KeyboardInterrupt:
        return _fail(name, "interrupted", 130)
    except Exception as exc:  # the one place that turns any failure into one line (and the log keeps the traceback)
        logging.getLogger("studio.cli").error("%s failed", name, exc_info=exc)
        return _fail(name, _describe(exc), 1, exc)


def _describe(exc: BaseException) -> str:
    from studio.ports import ChannelError

    if isinstance(exc, ChannelError):
        return exc.describe()
    from sqlalchemy.exc import OperationalError

    if isinstance(exc, OperationalError):
        orig = str(getattr(exc, "orig", exc))
        if "locked" in orig or "busy" in orig:
            return f"the database is busy ({orig}); another process holds it — try again in a moment"
        return f"database error: {orig}"
    if isinstance(exc, OSError) and exc.strerror:
        where = f": {exc.filename}" if exc.filename else ""
        return f"{exc.strerror}{where}"
    if isinstance(exc, RecursionError | MemoryError):
        return f"the input is too large or too deeply nested ({exc.__class__.__name__})"
    return f"unexpected error ({exc.__class__.__name__}: {exc}); set STUDIO_DEBUG=1 to see where"


def _fail(name: str, message: object, rc: int, exc: BaseException | None = None) -> int:
    if exc is not None and os.environ.get("STUDIO_DEBUG"):
        import traceback

        traceback.print_exception(exc)
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        return _broken_pipe()
    except (OSError, ValueError):
        pass
    try:
        print(f"{name}: {one_line(message)}", file=sys.stderr, flush=True)
    except (OSError, ValueError):
        pass
    return rc


def _broken_pipe() -> int:
    """The reader went away (``| head``): stop quietly, and keep Python from complaining at exit."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass
    return 141  # 128 + SIGPIPE, what a shell reports for a program stopped by a closed pipe


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
