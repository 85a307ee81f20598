"""Same database, byte for byte: dump what an import of each file leaves, to compare two trees of the code.

For every (file, path) case: a fresh SQLite database; [dry run]; import; dump; [dry run]; import; dump — each
dump holds the ``ImportResult`` (counts, warnings, errors, skipped list, report; timings and seconds left out)
and every table of the database in id order (every column except timestamps, ``*_at``). One text file per case,
so two trees' outputs compare with ``cmp``/``diff``.

    # in each tree (the tree's own code is imported: --tree puts it first on sys.path, also for the parse child)
    .venv/bin/python tools/import_sameness.py dump --tree /tmp/wt_before --out /tmp/same/before FILE... \
        [--parallel auto|on|off] [--dry-first] [--tag NAME]
    .venv/bin/python tools/import_sameness.py dump --tree /work/main --out /tmp/same/after FILE... [same options]
    .venv/bin/python tools/import_sameness.py compare /tmp/same/before /tmp/same/after

A file the import refuses is dumped as its error message (both trees must refuse it the same way). Used for the
import-speed work of issue 14 (docs/readme/catalog.md); it writes nothing outside ``--out`` and temporary folders.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path

_DROP = {"seconds", "timings"}


def _plain(obj):
    """JSON-ready form of a result (dataclasses, paths, Decimals), without timings."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {k: _plain(v) for k, v in vars(obj).items() if k not in _DROP}
    if isinstance(obj, dict):
        return {str(k): _plain(v) for k, v in obj.items() if k not in _DROP}
    if isinstance(obj, list | tuple | set | frozenset):
        items = [_plain(v) for v in obj]
        return sorted(items, key=repr) if isinstance(obj, set | frozenset) else items
    if isinstance(obj, str | int | float | bool) or obj is None:
        return obj
    return repr(obj)


def _dump_tables(db, out, home: str) -> None:
    from sqlalchemy import inspect, text

    with db.engine.connect() as c:
        names = sorted(inspect(c).get_table_names())
        for t in names:
            cols = [col["name"] for col in inspect(c).get_columns(t) if not col["name"].endswith("_at")]
            order = " ORDER BY id" if any(col == "id" for col in cols) else ""
            sql = f'SELECT {", ".join(chr(34) + x + chr(34) for x in cols)} FROM "{t}"{order}'
            rows = c.execute(text(sql)).fetchall()
            out.write(f"## table {t} ({len(rows)} rows) {cols}\n")
            for r in rows:
                out.write(repr(tuple(r)).replace(home, "<HOME>") + "\n")


def _case(path: Path, out_file: Path, parallel: str, dry_first: bool) -> None:
    home = tempfile.mkdtemp(prefix="sameness-home-")
    os.environ["STUDIO_HOME"] = home
    from studio.importers.pipeline import ImportOptions, run_pipeline
    from studio.importers.records import CatalogImportError
    from studio.storage.db import open_database

    par = {"auto": None, "on": True, "off": False}[parallel]
    db = open_database(f"sqlite:///{home}/catalog.db")
    try:
        with out_file.open("w", encoding="utf-8") as out:
            for n in (1, 2):
                runs = [True, False] if dry_first else [False]
                for dry in runs:
                    opts = ImportOptions(format="auto", currency="EUR", download_images=False, dry_run=dry,
                                         parallel=par)
                    try:
                        res = run_pipeline(db, path, opts)
                        body = json.dumps(_plain(res), sort_keys=True, ensure_ascii=False, default=repr)
                    except CatalogImportError as exc:
                        body = f"REFUSED {type(exc).__name__}: {exc}"
                    out.write(f"# import {n} {'dry run' if dry else 'real'}\n{body.replace(home, '<HOME>')}\n")
                _dump_tables(db, out, home)
    finally:
        db.dispose()
        shutil.rmtree(home, ignore_errors=True)


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump")
    d.add_argument("files", nargs="+")
    d.add_argument("--tree", required=True, help="the tree whose code imports (put first on sys.path)")
    d.add_argument("--out", required=True)
    d.add_argument("--parallel", choices=("auto", "on", "off"), default="auto")
    d.add_argument("--dry-first", action="store_true", help="a dry run before each of the two imports")
    d.add_argument("--tag", default="", help="added to each output name (e.g. the path forced)")
    c = sub.add_parser("compare")
    c.add_argument("a")
    c.add_argument("b")
    args = ap.parse_args(argv)
    if args.cmd == "compare":
        a, b = Path(args.a), Path(args.b)
        names = sorted({p.name for p in a.glob("*.txt")} | {p.name for p in b.glob("*.txt")})
        bad = 0
        for name in names:
            pa, pb = a / name, b / name
            same = pa.exists() and pb.exists() and pa.read_bytes() == pb.read_bytes()
            bad += not same
            print(f"{'same' if same else 'DIFFERENT'}  {name}  ({pa.stat().st_size if pa.exists() else '-'} bytes)")
        print(f"{len(names) - bad}/{len(names)} identical")
        return 1 if bad or not names else 0
    tree = str(Path(args.tree).resolve())
    sys.path.insert(0, tree)  # the spawned parse child gets the same sys.path
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    import studio

    if not str(Path(studio.__file__).resolve()).startswith(tree + os.sep):
        raise SystemExit(f"studio imported from {studio.__file__}, not from {tree}")
    for f in args.files:
        p = Path(f).resolve()
        name = f"{p.name}{'.' + args.tag if args.tag else ''}.{args.parallel}{'.dry' if args.dry_first else ''}.txt"
        _case(p, out / name, args.parallel, args.dry_first)
        print(f"dumped {name}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
