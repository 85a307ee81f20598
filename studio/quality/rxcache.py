"""Compiled regexes of the rule packs, kept on disk between runs (first-use cost, issue 17).

The ``regex`` module parses and optimises a pattern in Python; the claims frames are alternations of hundreds of
lexicon entries, so a fresh process spent seconds compiling before its first lint. ``compile(pattern, flags)``
returns the same object ``regex.compile`` would, and remembers the compiled program so the next process loads it
instead of parsing again.

The file is ``quality-regex-<key>.json`` in the user's cache folder (``STUDIO_CACHE_DIR``, else
``$STUDIO_HOME/cache``, else platformdirs' user cache dir), where ``<key>`` hashes the cache format, the ``regex``
and Python versions and the bytes of every rule pack — new packs or a new ``regex`` start a new file and the old
ones are removed. ``STUDIO_QUALITY_CACHE=0`` turns it off.

Why this is safe to load: it is JSON (strings, integers, lists and one base64 byte string per pattern), never a
pickle, so reading it cannot run code; each entry is the public pickle state of a ``regex`` pattern
(``copyreg``'s reduction: pattern, flags, program, group tables) and it is used only for the exact pattern text
and flags it is stored under, which are compared on load; a malformed entry is ignored and the pattern compiled
afresh. The folder is the user's own (created 0700, the file 0600), so whoever could change it could already
change the user's files.
"""

from __future__ import annotations

import base64
import copyreg
import hashlib
import json
import os
import sys
import tempfile
import threading
from importlib import resources
from pathlib import Path
from typing import Any

import regex

FORMAT = 1
MAX_ENTRIES = 4000  # one process compiles a few hundred; the file stays a few MB

_lock = threading.RLock()
_memory: dict[tuple[str, int], Any] = {}
_disk: dict[tuple[str, int], list] | None = None
_new: dict[tuple[str, int], list] = {}
_PatternType = type(regex.compile(""))
_reduce: Any = copyreg.dispatch_table[_PatternType]  # regex's own pickle reduction: (_regex.compile, state)
_rebuild: Any = _reduce(regex.compile(""))[0]
stats = {"compiled": 0, "loaded": 0}


def enabled() -> bool:
    return os.environ.get("STUDIO_QUALITY_CACHE", "1") not in ("0", "false", "off", "no")


def cache_dir() -> Path:
    if os.environ.get("STUDIO_CACHE_DIR"):
        return Path(os.environ["STUDIO_CACHE_DIR"]).expanduser()
    if os.environ.get("STUDIO_HOME"):
        return Path(os.environ["STUDIO_HOME"]).expanduser() / "cache"
    import platformdirs

    return Path(platformdirs.user_cache_dir("CommerceStudio", "CommerceStudio"))


def _packs_digest() -> str:
    h = hashlib.sha256(f"{FORMAT}|{regex.__version__}|{sys.version_info[:3]}".encode())
    root = resources.files("studio.quality") / "packs"
    for entry in sorted(root.iterdir(), key=lambda p: p.name):
        if entry.name.endswith(".json"):
            h.update(entry.name.encode())
            h.update(hashlib.sha256(entry.read_bytes()).digest())
    return h.hexdigest()[:24]


def cache_file() -> Path:
    return cache_dir() / f"quality-regex-{_packs_digest()}.json"


def _encode(key: tuple[str, int], pattern) -> list | None:
    _fn, args = _reduce(pattern)
    (pat, flags, code, group_index, index_group, named_lists, named_list_indexes, req_offset, req_chars,
     req_flags, group_count) = args
    if named_lists or named_list_indexes or pat != key[0]:
        return None  # named lists (\L<...>) are not used by the packs: not cached
    return [key[0], key[1], flags, base64.b64encode(code).decode("ascii"), sorted(group_index.items()),
            int(req_offset), list(req_chars), int(req_flags), int(group_count)]


def _decode(key: tuple[str, int], e: list):
    pat, kflags, flags, code, groups, req_offset, req_chars, req_flags, group_count = e
    if (pat, kflags) != key or not isinstance(flags, int) or not all(isinstance(x, int) for x in req_chars):
        raise ValueError("entry does not belong to this pattern")
    group_index = {str(n): int(i) for n, i in groups}
    index_group = {i: n for n, i in group_index.items()}
    return _rebuild(pat, flags, base64.b64decode(code, validate=True), group_index, index_group, {}, [],
                    int(req_offset), tuple(req_chars), int(req_flags), int(group_count))


def _load() -> dict[tuple[str, int], list]:
    global _disk
    if _disk is None:
        _disk = {}
        if enabled():
            try:
                data = json.loads(cache_file().read_text(encoding="utf-8"))
                if isinstance(data, dict) and data.get("format") == FORMAT:
                    for e in data.get("entries", []):
                        if isinstance(e, list) and len(e) == 9 and isinstance(e[0], str) and isinstance(e[1], int):
                            _disk[(e[0], e[1])] = e
            except (OSError, ValueError):
                pass
    return _disk


def compile(pattern: str, flags: int = 0):
    """``regex.compile(pattern, flags)``, from memory, from the disk cache, or compiled (and remembered)."""
    key = (pattern, int(flags))
    rx = _memory.get(key)
    if rx is not None:
        return rx
    with _lock:
        e = _load().get(key)
        if e is not None:
            try:
                rx = _decode(key, e)
                stats["loaded"] += 1
            except Exception:  # noqa: BLE001 - a damaged entry is compiled afresh
                rx = None
        if rx is None:
            rx = regex.compile(pattern, flags)
            stats["compiled"] += 1
            if enabled() and len(_new) < MAX_ENTRIES:
                enc = _encode(key, rx)
                if enc is not None:
                    _new[key] = enc
        _memory[key] = rx
    return rx


def pending() -> int:
    """Patterns compiled in this process that the disk cache does not hold yet."""
    return len(_new)


def save() -> Path | None:
    """Write the patterns compiled in this process to the cache file (merged with what it holds; atomic,
    0600). Old cache files (other packs or versions) are removed. Returns the file, or None when nothing was
    written (disabled, nothing new, or the folder is not writable)."""
    with _lock:
        if not enabled() or not _new:
            return None
        path = cache_file()
        try:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            merged = dict(_load())
            merged.update(_new)
            entries = list(merged.values())[-MAX_ENTRIES:]
            fd, tmp = tempfile.mkstemp(prefix=".quality-regex-", suffix=".tmp", dir=path.parent)
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump({"format": FORMAT, "regex": regex.__version__, "entries": entries}, fh,
                          ensure_ascii=False, separators=(",", ":"))
            os.chmod(tmp, 0o600)
            os.replace(tmp, path)
            for old in path.parent.glob("quality-regex-*.json"):
                if old != path:
                    old.unlink(missing_ok=True)
        except OSError:
            return None
        assert _disk is not None
        _disk.update(_new)
        _new.clear()
        return path


def clear_memory() -> None:
    """Forget compiled patterns and the loaded file (tests; ``engine.reload``)."""
    global _disk
    with _lock:
        _memory.clear()
        _new.clear()
        _disk = None
