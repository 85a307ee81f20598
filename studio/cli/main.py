"""The ``studio`` console script.

No arguments opens the GUI. Subcommands are the headless interface; every subcommand takes ``--json``
and exits non-zero with a one-line reason on failure. Subcommands live in ``studio/cli/cmd_*.py`` modules,
each exposing ``register(subparsers)``; they are discovered here so features add commands without
editing this file.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys

from studio.domain import StudioError


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
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
    try:
        rc = args.func(args)
        return int(rc or 0)
    except StudioError as exc:
        print(f"studio {args.command}: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"studio {args.command}: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
