"""Helpers shared by the CLI subcommands."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from dataclasses import asdict, is_dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any


def add_command(sub, name: str, help: str, func: Callable[[argparse.Namespace], int | None]) -> argparse.ArgumentParser:
    """Add a subcommand that takes ``--json`` like every other."""
    p = sub.add_parser(name, help=help, description=help)
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(func=func)
    return p


def to_jsonable(obj: Any) -> Any:
    if is_dataclass(obj) and not isinstance(obj, type):
        return to_jsonable(asdict(obj))
    if isinstance(obj, dict):
        return {str(k): to_jsonable(v) for k, v in obj.items()}
    if isinstance(obj, list | tuple | set | frozenset):
        return [to_jsonable(v) for v in obj]
    if isinstance(obj, Decimal):
        return str(obj)
    if isinstance(obj, datetime | date):
        return obj.isoformat()
    if isinstance(obj, Path):
        return str(obj)
    if hasattr(obj, "model_dump"):
        return to_jsonable(obj.model_dump())
    return obj


def emit(args: argparse.Namespace, data: Any, human: Callable[[], None] | str | None = None) -> None:
    """Print ``data`` as JSON with ``--json``; otherwise call/print the human form."""
    if getattr(args, "json", False):
        json.dump(to_jsonable(data), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    elif callable(human):
        human()
    elif human is not None:
        print(human)
    else:
        print(json.dumps(to_jsonable(data), ensure_ascii=False, indent=2))


def split_list(value: str | None) -> list[str]:
    if not value:
        return []
    return [v.strip() for v in value.split(",") if v.strip()]


def open_gui() -> int:
    import importlib

    try:
        # the GUI is a plug-in of the entry point: found by name so the core never imports ``ui``
        run = importlib.import_module("ui.app").run
    except ImportError as exc:  # PySide6 missing
        print(f"studio: the desktop app needs PySide6 ({exc}); subcommands work without it. See studio --help.",
              file=sys.stderr)
        return 2
    return run()
