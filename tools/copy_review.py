"""A blind native-reader review of the offline writer's copy at two commits (issue 16).

Three steps::

    python tools/copy_review.py generate --csv HOLDOUT.csv --at COMMIT_A --out RUN_A [--markets M,…] [--keep]
                                         [--concurrency N]
    python tools/copy_review.py generate --csv HOLDOUT.csv --at COMMIT_B --out RUN_B
    python tools/copy_review.py blind --a RUN_A --b RUN_B --out DIR [--seed S]
        reviewers get DIR/blind/<market>.md (and the hold-out CSV), fill DIR/blind/scores_<market>.csv
        (id,score,comment; ids pre-filled); they never see DIR/blind_mapping.json, RUN_A or RUN_B
    python tools/copy_review.py score --mapping DIR/blind_mapping.json --scores DIR/blind/scores_*.csv

``generate`` extracts ``git archive COMMIT`` (committed code only, never the working tree) into a temporary folder
and runs that commit's own CLI (``python -m studio.cli.main``) with ``PYTHONPATH`` on it, after checking that our
packages really import from there. Each run has a fresh ``STUDIO_HOME`` and cache, no ``STUDIO_*``/``OPENAI_*``
variable (no ``STUDIO_DATABASE_URL`` can point it at a shared database), a null keyring and ``--provider offline``.
It imports the CSV (a file with invalid rows is refused whole by ``studio import``: the tool retries with
``--valid-rows-only`` and reports the errors), then writes, per product, the listing (Amazon; Mercado Libre for
pt-BR, Shopee for zh-SG), the Instagram caption and the 15 s video script in each market, and reads every draft back.
A piece the app refuses is listed as MISSING with the app's reason, never dropped. Exit code 0 when every piece was
stored, 1 when some are missing (or the import had errors), 2 when none was stored.

``blind`` pools both runs per market, sorts and shuffles them (``Random("<seed>:<market>")``), numbers them P001…,
and writes files without commit, run or findings (the findings differ between commits and would tell them apart),
a score template per market and the mapping. ``score`` prints mean (count) per run: overall, per market, per kind,
the number of scores of 3 or more, and the missing pieces per run; a blank score is unscored, a bad one is reported
as ``file:line: id: reason`` (exit code 1).
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import glob
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
from collections import defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MARKETS = ("en-US", "de-DE", "fr-FR", "es-ES", "it-IT", "pt-BR", "ja-JP", "zh-SG")
LISTING_CHANNEL = {"pt-BR": "mercadolibre", "zh-SG": "shopee"}  # every other market: amazon
ARCHIVED = ("studio", "localization", "assets", "generators", "channels", "emulators")
OURS = ARCHIVED + ("ui",)
KINDS = ("listing", "caption", "video-script")
SCORES = (1, 2, 3, 4, 5)
# content keys that are layout, not copy a reader judges
HIDDEN = {"language", "image", "camera", "aspect", "channel", "hook_seconds", "preset"}


class ReviewError(Exception):
    """A one-line reason to stop."""


# --------------------------------------------------------------------------- plan


def listing_channel(market: str) -> str:
    return LISTING_CHANNEL.get(market, "amazon")


def plan_calls(markets: Iterable[str]) -> list[dict]:
    """The ``studio generate`` calls: a ``--channel`` applies to every market of a call, and the default targets would
    write extra pieces (eBay, Facebook, TikTok), so markets are grouped by listing channel."""
    markets = list(markets)
    calls: list[dict] = []
    by_channel: dict[str, list[str]] = defaultdict(list)
    for m in markets:
        by_channel[listing_channel(m)].append(m)
    for channel in sorted(by_channel, key=lambda c: (c != "amazon", c)):
        calls.append({"markets": by_channel[channel], "kinds": ["listing"], "channel": channel})
    calls.append({"markets": markets, "kinds": ["caption", "video-script"], "channel": "instagram"})
    return calls


def expected_pieces(handles: Iterable[str], markets: Iterable[str]) -> list[tuple[str, str, str, str]]:
    """(handle, market, kind, target) of every piece a run should store."""
    out = []
    for h in handles:
        for m in markets:
            out.append((h, m, "listing", listing_channel(m)))
            out.append((h, m, "caption", "instagram"))
            out.append((h, m, "video-script", "instagram"))
    return out


def reason_for(piece: tuple[str, str, str, str], calls: list[dict]) -> str:
    """The app's reason a piece is missing: its generate item error, or the refusal of its call."""
    handle, market, kind, target = piece
    label = f"{handle} {market} {kind}/{target}"
    for c in calls:
        for e in c.get("errors", []):
            if str(e.get("item", "")).split(" [")[0] == label:
                return str(e.get("error", "")) or "failed"
    for c in calls:
        if market in c["markets"] and kind in c["kinds"] and c["rc"] != 0 and c.get("refused"):
            return c["stderr_tail"] or f"studio generate exited {c['rc']}"
    return "not stored (no reason given by the app)"


# --------------------------------------------------------------------------- rendering


def render_content(value, key: str = "", depth: int = 0) -> list[str]:
    """Markdown lines for a draft's content: fields in order, lists as items, layout keys left out."""
    pad = "  " * depth
    lines: list[str] = []
    if isinstance(value, dict):
        # a caption's "text" is what gets posted; its hook/body/cta are the parts of it
        parts = {"hook", "body", "cta"} if depth == 0 and isinstance(value.get("text"), str) else set()
        for k, v in value.items():
            if k in HIDDEN or k in parts:
                continue
            if isinstance(v, (dict, list)):
                if v:
                    lines.append(f"{pad}- **{k}:**")
                    lines += render_content(v, k, depth + 1)
            elif isinstance(v, str) and "\n" in v.strip():
                lines.append(f"{pad}- **{k}:**")
                lines += [f"{pad}  > {x}".rstrip() for x in v.strip().splitlines()]
            elif v not in (None, ""):
                shown = f"{v:g} s" if k == "duration" and isinstance(v, (int, float)) else str(v)
                lines.append(f"{pad}- **{k}:** {shown}")
    elif isinstance(value, list):
        for i, v in enumerate(value, 1):
            if isinstance(v, dict):
                lines.append(f"{pad}- {key[:-1] if key.endswith('s') else key} {i}:")
                lines += render_content(v, key, depth + 1)
            else:
                lines.append(f"{pad}- {v}")
    elif value not in (None, ""):
        lines.append(f"{pad}{value}")
    return lines


def piece_heading(p: dict) -> str:
    return f"{p['product']} — {p.get('title') or ''} — {p['kind']} / {p['target']}"


def render_market(market: str, pieces: list[dict], missing: list[dict], import_errors: list[str],
                  findings: bool = True) -> str:
    out = [f"# {market}", ""]
    if import_errors:
        out += ["**Import errors** (these rows were not imported):", ""] + [f"- {e}" for e in import_errors] + [""]
    for p in pieces:
        out += [f"## {p.get('id') or piece_heading(p)}", ""]
        if p.get("id"):
            out += [f"*{piece_heading(p)}*", ""]
        out += render_content(p["content"]) + [""]
        if findings:
            fs = p.get("findings") or []
            out += ["Findings: " + ("none" if not fs else ""), ""]
            out += [f"- {f.get('severity')} {f.get('rule_id')}: {f.get('message')}" for f in fs]
            out += [""] if fs else []
    for m in missing:
        out += [f"## MISSING: {m['product']} — {m['kind']} / {m['target']}", "", f"The app's reason: {m['reason']}", ""]
    return "\n".join(out).rstrip() + "\n"


# --------------------------------------------------------------------------- generate

_CHECK = r"""
import importlib, json, os, sys
root = os.path.realpath(sys.argv[1])
for name in sys.argv[2].split(","):
    importlib.import_module(name)
import studio.cli.main
bad = []
for name, m in list(sys.modules.items()):
    if name.split(".")[0] in sys.argv[3].split(",") and m is not None:
        for p in [getattr(m, "__file__", None), *list(getattr(m, "__path__", None) or [])]:
            if p and not os.path.realpath(p).startswith(root + os.sep):
                bad.append(f"{name} from {p}")
                break
print(json.dumps(bad))
"""

_READBACK = r"""
import contextlib, io, json, sys
from studio.cli.main import main

def call(args):
    buf, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(buf), contextlib.redirect_stderr(err):
        rc = main(args)
    if rc:
        raise SystemExit(f"studio {' '.join(args)} exited {rc}: {err.getvalue().strip()[-300:]}")
    return json.loads(buf.getvalue())

products = call(["products", "--json", "--limit", "0"])
rows = products["products"] if isinstance(products, dict) else products
out = {"products": [{"handle": p["handle"], "title": p.get("title")} for p in rows], "drafts": []}
for d in call(["drafts", "--json"]):
    full = call(["drafts", "show", str(d["id"]), "--json"])
    latest = full.get("latest") or {}
    prov = latest.get("provenance") or {}
    out["drafts"].append({"draft_id": d["id"], "product": full.get("product_handle") or d["product"],
                          "title": full.get("product_title"), "market": full["market"], "kind": full["kind"],
                          "target": full["target"], "content": latest.get("content"),
                          "author": latest.get("author"), "provider": prov.get("provider"),
                          "findings": [{k: c.get(k) for k in ("severity", "rule_id", "message", "field")}
                                       for c in latest.get("checks") or []]})
json.dump(out, open(sys.argv[1], "w", encoding="utf-8"), ensure_ascii=False)
"""

Runner = Callable[[list[str]], "tuple[int, str, str]"]


def _tail(text: str) -> str:
    lines = [x for x in text.strip().splitlines() if x.strip()]
    return lines[-1][:400] if lines else ""


def resolve_commit(commit: str) -> str:
    r = subprocess.run(["git", "rev-parse", "--verify", "--quiet", f"{commit}^{{commit}}"], cwd=ROOT,
                       capture_output=True, text=True)
    if r.returncode != 0 or not r.stdout.strip():
        raise ReviewError(f"not a commit of this repository: {commit}")
    return r.stdout.strip()


def run_import(cli: Runner, csv_path: str, options: set[str]) -> dict:
    """``studio import``; a file with invalid rows is refused whole, so retry with ``--valid-rows-only``."""
    base = ["import", csv_path, "--json"] + (["--no-download"] if "--no-download" in options else [])
    rc, out, err = cli(base)
    errors: list[str] = []
    record: dict = {"args": base, "rc": rc, "stderr_tail": _tail(err), "errors": errors}
    data = _json_or_none(out)
    if rc != 0 and "--valid-rows-only" in options:
        retry = [*base, "--valid-rows-only"]
        rc2, out2, err2 = cli(retry)
        record["retry"] = {"args": retry, "rc": rc2, "stderr_tail": _tail(err2)}
        data = _json_or_none(out2) or data
        if rc2 != 0:
            raise ReviewError(f"studio import failed even with --valid-rows-only: {_tail(err2) or _tail(err)}")
    elif rc != 0:
        raise ReviewError(f"studio import failed: {_tail(err)}")
    for e in (data or {}).get("errors") or []:
        where = f"{e.get('file', '')}:{e.get('line', '')}" + (f" column {e['column']}" if e.get("column") else "")
        errors.append(f"{where}: {e.get('message', '')}")
    if rc != 0 and not errors:
        errors.append(record["stderr_tail"])
    return record


def _json_or_none(text: str):
    try:
        return json.loads(text)
    except ValueError:
        return None


def run_generate(cli: Runner, markets: list[str], concurrency: int) -> list[dict]:
    """The grouped ``studio generate`` calls; a call refused as a whole is retried one market at a time, so the
    reason names the market."""
    done: list[dict] = []

    def one(call: dict) -> dict:
        args = ["generate", "--markets", ",".join(call["markets"]), "--kinds", ",".join(call["kinds"]),
                "--channel", call["channel"], "--provider", "offline", "--concurrency", str(concurrency), "--json"]
        rc, out, err = cli(args)
        data = _json_or_none(out) if out.strip() else None
        rec = {**call, "args": args, "rc": rc, "stderr_tail": _tail(err),
               "errors": (data or {}).get("errors") or [], "refused": data is None}
        return rec

    for call in plan_calls(markets):
        rec = one(call)
        if rec["refused"] and rec["rc"] != 0 and len(call["markets"]) > 1:
            rec["retried_per_market"] = True
            done.append(rec)
            for m in call["markets"]:
                done.append(one({**call, "markets": [m]}))
            continue
        done.append(rec)
    return done


def collect(readback: dict, calls: list[dict], markets: list[str]) -> tuple[list[dict], list[dict]]:
    """(stored pieces, missing pieces with the app's reason)."""
    wanted = expected_pieces([p["handle"] for p in readback["products"]], markets)
    titles = {p["handle"]: p.get("title") for p in readback["products"]}
    stored: dict[tuple[str, str, str, str], dict] = {}
    for d in readback["drafts"]:
        key = (d["product"], d["market"], d["kind"], d["target"])
        if key in wanted and key not in stored:
            stored[key] = d
    pieces = [stored[k] for k in wanted if k in stored]
    missing = [{"product": k[0], "title": titles.get(k[0]), "market": k[1], "kind": k[2], "target": k[3],
                "reason": reason_for(k, calls)} for k in wanted if k not in stored]
    return pieces, missing


def generate(args) -> int:
    csv_path = Path(args.csv).expanduser().resolve()
    if not csv_path.is_file():
        raise ReviewError(f"CSV not found: {args.csv}")
    markets = [m.strip() for m in (args.markets or ",".join(MARKETS)).split(",") if m.strip()]
    if not markets:
        raise ReviewError("--markets names no market")
    if args.concurrency < 1:
        raise ReviewError("--concurrency must be at least 1")
    commit = resolve_commit(args.at)
    out = Path(args.out).expanduser()
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="copy-review-"))
    try:
        tree = tmp / "tree"
        tree.mkdir()
        listed = subprocess.run(["git", "ls-tree", "--name-only", commit], cwd=ROOT, capture_output=True,
                                text=True, check=True).stdout.split()
        arch = subprocess.run(["git", "archive", commit, *[p for p in ARCHIVED if p in listed]], cwd=ROOT,
                              capture_output=True, check=True).stdout
        subprocess.run(["tar", "-x", "-C", str(tree)], input=arch, check=True)
        env = {k: v for k, v in os.environ.items() if not k.startswith(("STUDIO_", "OPENAI_", "PYTHONPATH"))}
        env.update(PYTHONPATH=str(tree), STUDIO_HOME=str(tmp / "home"), STUDIO_CACHE_DIR=str(tmp / "cache"),
                   PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring", PYTHONDONTWRITEBYTECODE="1",
                   QT_QPA_PLATFORM="offscreen")
        check = subprocess.run([sys.executable, "-c", _CHECK, str(tree), ",".join(p for p in ARCHIVED if p in listed),
                                ",".join(OURS)], cwd=tmp, env=env, capture_output=True, text=True)
        if check.returncode != 0:
            raise ReviewError(f"the code at {commit[:9]} does not import: {_tail(check.stderr)}")
        foreign = json.loads(check.stdout.strip().splitlines()[-1])
        if foreign:
            raise ReviewError(f"refused: {foreign[0]} does not come from the archive of {commit[:9]}")

        calls_log: list[dict] = []

        def cli(argv: list[str]) -> tuple[int, str, str]:
            r = subprocess.run([sys.executable, "-m", "studio.cli.main", *argv], cwd=tmp, env=env,
                               capture_output=True, text=True)
            calls_log.append({"args": argv, "rc": r.returncode, "stderr_tail": _tail(r.stderr)})
            return r.returncode, r.stdout, r.stderr

        import_src = (tree / "studio" / "cli" / "cmd_import.py").read_text(encoding="utf-8") \
            if (tree / "studio" / "cli" / "cmd_import.py").is_file() else ""
        options = {o for o in ("--no-download", "--valid-rows-only") if o in import_src}
        cpu0 = resource.getrusage(resource.RUSAGE_CHILDREN)
        imported = run_import(cli, str(csv_path), options)
        calls = run_generate(cli, markets, args.concurrency)
        rb_file = tmp / "readback.json"
        rb = subprocess.run([sys.executable, "-c", _READBACK, str(rb_file)], cwd=tmp, env=env, capture_output=True,
                            text=True)
        if rb.returncode != 0 or not rb_file.is_file():
            raise ReviewError(f"reading the drafts back failed: {_tail(rb.stderr)}")
        cpu1 = resource.getrusage(resource.RUSAGE_CHILDREN)
        readback = json.loads(rb_file.read_text(encoding="utf-8"))
        pieces, missing = collect(readback, calls, markets)
        cpu = round((cpu1.ru_utime + cpu1.ru_stime) - (cpu0.ru_utime + cpu0.ru_stime), 1)
        run = {"commit": commit, "csv": str(csv_path), "markets": markets, "import": imported,
               "generate": [{k: c.get(k) for k in ("markets", "kinds", "channel", "rc", "stderr_tail", "errors",
                                                    "retried_per_market")} for c in calls],
               "cli_calls": calls_log, "products": len(readback["products"]),
               "expected": len(pieces) + len(missing), "stored": len(pieces), "missing": missing,
               "not_offline": sum(1 for p in pieces if (p.get("provider") or p.get("author")) != "offline"),
               "error_findings": sum(1 for p in pieces for f in p["findings"] if f.get("severity") == "error"),
               "cpu_seconds_children": cpu}
        (out / "run.json").write_text(json.dumps(run, ensure_ascii=False, indent=1), encoding="utf-8")
        (out / "pieces.json").write_text(json.dumps({"commit": commit, "pieces": pieces, "missing": missing},
                                                    ensure_ascii=False, indent=1), encoding="utf-8")
        for m in markets:
            (out / f"{m}.md").write_text(render_market(m, [p for p in pieces if p["market"] == m],
                                                       [x for x in missing if x["market"] == m],
                                                       imported["errors"]), encoding="utf-8")
        print(f"{commit[:9]}: {len(pieces)} of {len(pieces) + len(missing)} pieces stored "
              f"({len(readback['products'])} products × {len(markets)} markets), {len(missing)} missing, "
              f"{run['error_findings']} error findings, {cpu} s CPU; wrote {out}")
        for e in imported["errors"]:
            print(f"  import error: {e}")
        for x in missing:
            print(f"  MISSING {x['product']} {x['market']} {x['kind']}/{x['target']}: {x['reason'][:160]}")
        if args.keep:
            print(f"  kept {tmp}")
        if not pieces:
            return 2
        return 1 if missing or imported["errors"] else 0
    finally:
        if not args.keep:
            shutil.rmtree(tmp, ignore_errors=True)


# --------------------------------------------------------------------------- blind


def _sort_key(p: dict) -> str:
    return json.dumps([p["product"], p["kind"], p["target"], p["content"]], ensure_ascii=False, sort_keys=True)


def blind_pieces(a: dict, b: dict, seed: str) -> tuple[dict[str, list[dict]], dict]:
    """Per market, the pooled pieces of both runs in shuffled order with ids P001…; and the mapping."""
    pool: dict[str, list[tuple[str, dict]]] = defaultdict(list)
    for run, data in (("a", a), ("b", b)):
        for p in data["pieces"]:
            pool[p["market"]].append((run, p))
    by_market: dict[str, list[dict]] = {}
    mapping: dict = {"commits": {"a": a.get("commit"), "b": b.get("commit")}, "seed": seed, "pieces": {},
                     "missing": {"a": a.get("missing", []), "b": b.get("missing", [])}}
    n = 0
    for market in sorted(pool):
        items = sorted(pool[market], key=lambda rp: (_sort_key(rp[1]), rp[0]))
        random.Random(f"{seed}:{market}").shuffle(items)
        shown = []
        for run, p in items:
            n += 1
            pid = f"P{n:03d}"
            shown.append({"id": pid, "product": p["product"], "title": p.get("title"), "kind": p["kind"],
                          "target": p["target"], "market": market, "content": p["content"]})
            mapping["pieces"][pid] = {"run": run, "market": market, "product": p["product"], "kind": p["kind"],
                                      "target": p["target"]}
        by_market[market] = shown
    return by_market, mapping


def blind(args) -> int:
    runs = {}
    for name, d in (("a", args.a), ("b", args.b)):
        f = Path(d).expanduser() / "pieces.json"
        if not f.is_file():
            raise ReviewError(f"--{name} {d}: no pieces.json (run generate first)")
        runs[name] = json.loads(f.read_text(encoding="utf-8"))
    by_market, mapping = blind_pieces(runs["a"], runs["b"], str(args.seed))
    out = Path(args.out).expanduser()
    folder = out / "blind"
    folder.mkdir(parents=True, exist_ok=True)
    for market, shown in by_market.items():
        (folder / f"{market}.md").write_text(render_market(market, shown, [], [], findings=False), encoding="utf-8")
        with open(folder / f"scores_{market}.csv", "w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(["id", "score", "comment"])
            for p in shown:
                w.writerow([p["id"], "", ""])
    (out / "blind_mapping.json").write_text(json.dumps(mapping, ensure_ascii=False, indent=1), encoding="utf-8")
    total = sum(len(v) for v in by_market.values())
    print(f"{total} pieces in {len(by_market)} markets → {folder}/<market>.md and scores_<market>.csv; "
          f"mapping {out / 'blind_mapping.json'} (keep it from the reviewers); missing: "
          f"a {len(mapping['missing']['a'])}, b {len(mapping['missing']['b'])}")
    return 0


# --------------------------------------------------------------------------- score


def read_scores(mapping: dict, files: list[str]) -> tuple[list[tuple[str, int]], list[str], set[str], list[str]]:
    """(id, score) pairs, problems (``file:line: id: reason``), ids scored, unknown ids."""
    scores: list[tuple[str, int]] = []
    problems: list[str] = []
    unknown: list[str] = []
    for name in files:
        try:
            fh = open(name, encoding="utf-8-sig", newline="")
        except OSError as exc:
            problems.append(f"{name}: cannot read ({exc.strerror})")
            continue
        with fh:
            reader = csv.DictReader(fh)
            if not reader.fieldnames or "id" not in reader.fieldnames or "score" not in reader.fieldnames:
                problems.append(f"{name}:1: the header must have id and score columns")
                continue
            for row in reader:
                line = reader.line_num
                pid = (row.get("id") or "").strip()
                raw = (row.get("score") or "").strip()
                if not pid:
                    continue
                if pid not in mapping["pieces"]:
                    unknown.append(pid)
                    continue
                if not raw:
                    continue  # a template row nobody scored yet: unscored, not an error
                try:
                    value = int(raw)
                except ValueError:
                    value = None
                if value not in SCORES:
                    problems.append(f"{name}:{line}: {pid}: score {raw!r} is not a whole number from 1 to 5")
                    continue
                scores.append((pid, value))
    return scores, problems, {pid for pid, _ in scores}, unknown


def score_table(mapping: dict, scores: list[tuple[str, int]]) -> list[str]:
    commits = mapping.get("commits", {})
    groups: dict[tuple[str, str], dict[str, list[int]]] = defaultdict(lambda: {"a": [], "b": []})
    for pid, value in scores:
        info = mapping["pieces"][pid]
        for key in (("all pieces", ""), ("market", info["market"]), ("kind", info["kind"])):
            groups[key][info["run"]].append(value)

    def cell(vals: list[int]) -> str:
        return f"{sum(vals) / len(vals):.2f} ({len(vals)})" if vals else "— (0)"

    a = f"a ({(commits.get('a') or '?')[:9]})"
    b = f"b ({(commits.get('b') or '?')[:9]})"
    lines = [f"| | {a} | {b} |", "| --- | ---: | ---: |"]
    order = sorted(groups, key=lambda k: ({"all pieces": 0, "market": 1, "kind": 2}[k[0]], k[1]))
    for key in order:
        label = key[0] if not key[1] else key[1]
        lines.append(f"| {label} | {cell(groups[key]['a'])} | {cell(groups[key]['b'])} |")
    high = {r: sum(1 for pid, v in scores if v >= 3 and mapping["pieces"][pid]["run"] == r) for r in ("a", "b")}
    lines.append(f"| scores of 3 or more | {high['a']} | {high['b']} |")
    miss = mapping.get("missing", {})
    lines.append(f"| missing pieces (not shown to reviewers) | {len(miss.get('a', []))} | {len(miss.get('b', []))} |")
    return lines


def score(args) -> int:
    mp = Path(args.mapping).expanduser()
    if not mp.is_file():
        raise ReviewError(f"mapping not found: {args.mapping}")
    mapping = json.loads(mp.read_text(encoding="utf-8"))
    files = [f for pattern in args.scores for f in (sorted(glob.glob(pattern)) or [pattern])]
    scores, problems, scored, unknown = read_scores(mapping, files)
    print("\n".join(score_table(mapping, scores)))
    unscored = sorted(set(mapping["pieces"]) - scored)
    if unscored:
        print(f"\nunscored ({len(unscored)}): {', '.join(unscored)}")
    if unknown:
        print(f"unknown ids ({len(unknown)}): {', '.join(sorted(set(unknown)))}")
    for p in problems:
        print(p, file=sys.stderr)
    return 1 if problems else 0


# --------------------------------------------------------------------------- CLI


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="tools/copy_review.py", description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="command", required=True)
    g = sub.add_parser("generate", help="write every piece at one commit (git archive, offline writer)")
    g.add_argument("--csv", required=True, help="the hold-out catalog (Shopify CSV or any format studio import reads)")
    g.add_argument("--at", required=True, metavar="COMMIT", help="a commit (use a hash: HEAD moves)")
    g.add_argument("--out", required=True, metavar="DIR")
    g.add_argument("--markets", default=None, help=f"comma-separated (default {','.join(MARKETS)})")
    g.add_argument("--concurrency", type=int, default=2, help="passed to studio generate (default 2)")
    g.add_argument("--keep", action="store_true", help="keep the extracted tree and STUDIO_HOME")
    b = sub.add_parser("blind", help="pool two runs per market, shuffle, strip commit and findings")
    b.add_argument("--a", required=True, metavar="RUN_DIR")
    b.add_argument("--b", required=True, metavar="RUN_DIR")
    b.add_argument("--out", required=True, metavar="DIR")
    b.add_argument("--seed", default="1")
    s = sub.add_parser("score", help="mean score per run, market and kind from the reviewers' CSVs")
    s.add_argument("--mapping", required=True)
    s.add_argument("--scores", required=True, nargs="+", metavar="CSV")
    args = ap.parse_args(argv)
    try:
        return {"generate": generate, "blind": blind, "score": score}[args.command](args)
    except ReviewError as exc:
        print(f"copy_review {args.command}: {exc}", file=sys.stderr)
        return 2
    except (OSError, ValueError, subprocess.CalledProcessError) as exc:
        with contextlib.suppress(Exception):
            print(f"copy_review {args.command}: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
