"""``studio settings show [KEY] [--json]`` and ``studio settings set KEY VALUE [--json]``: the settings file
(non-secret values; secrets live in the OS keyring). ``set`` validates against the typed schema, so
``studio settings set ui.theme dark`` does what Settings › General › Appearance does and
``studio settings set ui.theme blue`` is refused with the allowed values. A VALUE that parses as JSON
(``false``, ``42``, ``["de-DE"]``) is stored as that value, anything else as text; ``-`` with ``--unset``
removes a key."""

from __future__ import annotations

import argparse
import json

from studio.cli.common import add_command, emit
from studio.domain import StudioError


def register(sub) -> None:
    p = add_command(sub, "settings", "show or change a setting (e.g. studio settings set ui.theme dark)", run)
    p.add_argument("action", choices=("show", "set"), help="show the settings (or one key), or set a key")
    p.add_argument("key", nargs="?", help="dotted key, e.g. ui.theme, ui.notifications, llm.model")
    p.add_argument("value", nargs="?", help="the new value (JSON when it parses as JSON, else text)")


def _parse(value: str):
    try:
        return json.loads(value)
    except ValueError:
        return value


def run(args: argparse.Namespace) -> int:
    from studio.settings import Settings

    s = Settings()
    if args.action == "show":
        if args.key:
            missing = object()
            value = s.get(args.key, missing)
            if value is missing:
                raise StudioError(f"settings: no value for {args.key} in {s.path} — set it with "
                                  f"`studio settings set {args.key} VALUE`")
            emit(args, {args.key: value}, json.dumps(value, ensure_ascii=False))
        else:
            data = s.as_dict()
            emit(args, data, json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    if not args.key or args.value is None:
        raise StudioError("settings set: give a key and a value, e.g. `studio settings set ui.theme dark`")
    value = _parse(args.value)
    s.set(args.key, value)  # a value the schema refuses raises StudioError naming the key and what is allowed
    emit(args, {args.key: value, "file": str(s.path)}, f"{args.key} = {json.dumps(value, ensure_ascii=False)}")
    return 0
