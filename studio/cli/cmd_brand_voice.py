"""``studio brand-voice list | show NAME | set NAME --file profile.json [--default] | default NAME``."""

from __future__ import annotations

import json
from pathlib import Path

from studio.cli.common import add_command, emit
from studio.domain import NotFound, StudioError


def register(sub) -> None:
    p = add_command(sub, "brand-voice", "brand voice profiles (tone, audience, words, glossary, samples)", run)
    p.add_argument("action", nargs="?", default="list", choices=["list", "show", "set", "default"])
    p.add_argument("name", nargs="?", default=None)
    p.add_argument("--file", default=None, help="JSON with tone, audience, do_words, dont_words, "
                                                "do_not_translate, glossary, samples (for set)")
    p.add_argument("--default", action="store_true", help="make this profile the default (for set)")


def run(args) -> int:
    from studio.services import brand_voice as bv
    from studio.storage.db import default_database

    db = default_database()
    if args.action == "list":
        rows = bv.list_brand_voices(db)
        emit(args, rows, lambda: print("\n".join(
            f"{r.name} v{r.version}{' (default)' if r.is_default else ''}: {r.data.get('tone', '')}" for r in rows)
            or "no brand voices (create one: studio brand-voice set NAME --file profile.json)"))
        return 0
    if not args.name:
        raise StudioError(f"'studio brand-voice {args.action}' needs a profile name")
    if args.action == "show":
        voice = bv.get_brand_voice(db, args.name)
        if voice is None:
            raise NotFound(f"no brand voice named '{args.name}' (see: studio brand-voice list)")
        emit(args, voice, lambda: print(json.dumps({"name": voice.name, "version": voice.version, **voice.data},
                                                   ensure_ascii=False, indent=2)))
        return 0
    if args.action == "default":
        s = bv.set_default(db, args.name)
        emit(args, s, s.message)
        return 0
    if not args.file:
        raise StudioError("'studio brand-voice set' needs --file profile.json")
    path = Path(args.file)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise StudioError(f"{path}: no such file") from None
    except ValueError as exc:
        raise StudioError(f"{path}: not valid JSON ({exc})") from None
    r = bv.save_brand_voice(db, args.name, data, make_default=True if args.default else None)
    emit(args, r, f"saved brand voice {r.name} version {r.version}{' (default)' if r.is_default else ''}")
    return 0
