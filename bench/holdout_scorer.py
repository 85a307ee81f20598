"""Score a hold-out's first run with exactly one commit's code (issue 17).

``python -m bench claims_model --holdout PATH_OR_N [--at COMMIT] [-v] [--json OUT]``
(or ``python bench/bench_claims_model.py --holdout …``). ``PATH_OR_N``: a jsonl file anywhere, or N for
``tests/corpus/holdoutN.jsonl``. ``COMMIT`` defaults to ``HEAD``.

The figures are for exactly ``COMMIT``: ``git archive`` of its studio, localization, assets (which holds the shipped
model), channels and generators goes into a temporary folder, and a child process lints from there with
``PYTHONPATH`` pointed at it and the editable install's finder removed (it would otherwise load a package missing from
the archive from the working tree). When any project module still comes from outside the archive, the run stops with
an error: uncommitted work is never measured.

Two runs on every text:

- ``rules``: ``lint_text`` with the entry's facts and context, user rules off; a family counts when a finding of it is
  an error or a warning;
- ``either``: rules OR the shipped offline classifier, the way the product applies it at that commit
  (``claims_review.second_opinion(mode="local", rule_findings=…)``, what ``studio lint --file`` and draft checks add).
  Skipped, with the reason printed, when the commit has no offline classifier or its model file cannot be read.

Printed per run: P/R per family (TP/FP/FN), violations caught, clean texts passed, recall by subfamily and by
language, every false alarm (a family reported that the text is not labelled with) by language, precision by
subfamily (a finding is attributed to a subfamily by its rule id; ``model.*`` is "model-suggested"), false alarms on
clean texts by language. Then CPU per text measured in the child in the same run. ``-v`` lists every miss and every
false alarm; ``--json OUT`` writes ``{id: {"rules", "either", "rule_ids"}}``.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS_DIR = ROOT / "tests" / "corpus"
FAMS = ("claims", "disclosure")
# archived for the child: the code lint_text and the second opinion need, and assets (the shipped model)
ARCHIVED = ("studio", "localization", "assets", "channels", "generators")
# every top-level package of ours: none of them may come from anywhere but the archive
PROJECT = (*ARCHIVED, "ui", "emulators", "bench", "tools")
RUNS = ("rules", "either")
# rule id words → subfamily (first match wins; disclosure.* is sponsorship, model.* model-suggested)
SUBFAMILY_WORDS = (("before-after", "before-after"), ("health", "health"), ("weight", "weight"),
                   ("superlative", "superlative"), ("guarantee", "guarantee"), ("review", "reviews"),
                   ("social-proof", "reviews"), ("green", "green"), ("urgency", "urgency"),
                   ("counterfeit", "counterfeit"), ("dupe", "counterfeit"))


class ScorerError(Exception):
    """Bad input or a run that cannot be trusted; the message is the one-line reason."""


# --------------------------------------------------------------------------- input


def resolve_holdout(arg: str) -> Path:
    if arg.isdigit():
        path = CORPUS_DIR / f"holdout{int(arg)}.jsonl"
        if not path.is_file():
            raise ScorerError(f"no hold-out {arg}: {path.relative_to(ROOT)} does not exist")
        return path
    path = Path(arg).expanduser()
    if not path.is_file():
        raise ScorerError(f"hold-out file not found: {arg}")
    return path


def load_holdout(path: Path) -> list[dict]:
    entries: list[dict] = []
    seen: set[str] = set()
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise ScorerError(f"cannot read {path}: {exc}") from None
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            e = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ScorerError(f"{path}:{n}: not JSON ({exc.msg})") from None
        if not isinstance(e, dict):
            raise ScorerError(f"{path}:{n}: a line must be a JSON object")
        for key in ("id", "text", "target", "market"):
            if not isinstance(e.get(key), str) or not e[key]:
                raise ScorerError(f"{path}:{n}: '{key}' is missing or not a non-empty string")
        if not isinstance(e.get("labels"), list) or not all(isinstance(x, str) for x in e["labels"]):
            raise ScorerError(f"{path}:{n}: 'labels' must be a list of families (empty for a clean text)")
        if e["id"] in seen:
            raise ScorerError(f"{path}:{n}: duplicate id {e['id']!r}")
        if e.get("context") is not None and not isinstance(e["context"], dict):
            raise ScorerError(f"{path}:{n}: 'context' must be an object")
        seen.add(e["id"])
        entries.append(e)
    if not entries:
        raise ScorerError(f"{path}: no texts")
    return entries


def resolve_commit(commit: str) -> str:
    r = subprocess.run(["git", "rev-parse", "--verify", "--quiet", f"{commit}^{{commit}}"], cwd=ROOT,
                       capture_output=True, text=True)
    if r.returncode != 0 or not r.stdout.strip():
        raise ScorerError(f"not a commit of this repository: {commit}")
    return r.stdout.strip()


# --------------------------------------------------------------------------- the child (runs in the archive)

_CHILD = r"""
import inspect, json, os, sys, time
root = os.path.realpath(sys.argv[3])
ours = set(sys.argv[4].split(","))
# the editable install's finder would load a package the archive lacks from the working tree: remove it
sys.meta_path[:] = [f for f in sys.meta_path
                    if "__editable__" not in (getattr(f, "__module__", "") or "") + type(f).__module__]
sys.path_hooks[:] = [h for h in sys.path_hooks if "__editable__" not in (getattr(h, "__module__", "") or "")]
sys.path[:] = [p for p in sys.path if "__editable__" not in p]
sys.path_importer_cache.clear()
entries = [json.loads(x) for x in open(sys.argv[1], encoding="utf-8") if x.strip()]
n = len(entries)
from studio.quality import lint_text
FAMS = ("claims", "disclosure")

def ctx_of(e):
    c = dict(e.get("context") or {}); c["user_rules"] = False
    return c

def lint(e):
    return lint_text(e["text"], e["target"], e["market"], facts=e.get("facts"), context=ctx_of(e))

def kept(fs):
    return [f for f in fs if f.severity in ("error", "warning") and f.family in FAMS]

def rows(fs):
    return [[f.family, f.rule_id, f.severity, str(f.message)] for f in kept(fs)]

cpu = {}
t0 = time.process_time()
first = [lint(e) for e in entries]
t1 = time.process_time()
cpu["rules_first_ms"] = (t1 - t0) / n * 1000
out = {e["id"]: {"rules": sorted({f.family for f in kept(fs)}), "findings": rows(fs)}
       for e, fs in zip(entries, first)}
reason = None
t2 = time.process_time()  # the second opinion's first pass: import, model load, scoring
try:
    from studio.services import claims_review
    params = inspect.signature(claims_review.second_opinion).parameters
    if "mode" not in params or not hasattr(claims_review, "local_model"):
        reason = "this commit has no offline classifier (claims_review.second_opinion has no local mode)"
except ImportError as exc:
    reason = f"this commit has no second opinion ({exc})"
if reason is None:
    try:
        claims_review.local_model()
    except Exception as exc:  # a missing or damaged model file
        reason = f"the shipped model file cannot be read: {type(exc).__name__}: {exc}"

def opinion(e, fs):
    kw = {"mode": "local", "rule_findings": fs}
    if "sponsored" in params:
        kw["sponsored"] = bool((e.get("context") or {}).get("sponsored"))
    return claims_review.second_opinion(e["text"], e["target"], e["market"], **kw)

if reason is None:
    extra = [opinion(e, fs) for e, fs in zip(entries, first)]
    t3 = time.process_time()
    cpu["model_first_ms"] = (t3 - t2) / n * 1000
    for e, fs in zip(entries, extra):
        o = out[e["id"]]
        o["model"] = rows(fs)
        o["either"] = sorted(set(o["rules"]) | {f.family for f in kept(fs)})
cpu["cold_total_ms"] = time.process_time() / n * 1000  # imports, first rules pass, first second-opinion pass
t4 = time.process_time()
warm = [lint(e) for e in entries]
t5 = time.process_time()
cpu["rules_warm_ms"] = (t5 - t4) / n * 1000
if reason is None:
    memory = getattr(claims_review, "_local_memory", None)
    if isinstance(memory, dict):
        memory.clear()  # the classifier's own cost, not a cache hit
    t6 = time.process_time()
    for e, fs in zip(entries, warm):
        opinion(e, fs)
    cpu["model_warm_ms"] = (time.process_time() - t6) / n * 1000
    cpu["model_cache_cleared"] = isinstance(memory, dict)
foreign = []
for name, m in list(sys.modules.items()):
    if name.split(".")[0] not in ours or m is None:
        continue
    for p in [getattr(m, "__file__", None), *list(getattr(m, "__path__", None) or [])]:
        if p and not os.path.realpath(p).startswith(root + os.sep):
            foreign.append(f"{name} from {p}")
            break
json.dump({"entries": out, "second_opinion_skipped": reason, "cpu": cpu, "foreign": sorted(foreign)},
          open(sys.argv[2], "w", encoding="utf-8"))
"""


def run_at(commit: str, holdout: Path, project: tuple[str, ...] = PROJECT) -> dict:
    """Lint every text of ``holdout`` with ``commit``'s code (archive + child process); the child's raw output,
    with ``foreign``: the modules of the ``project`` packages that did not come from the archive (see
    ``refuse_foreign``)."""
    with tempfile.TemporaryDirectory(prefix="holdout-scorer-") as tmp:
        tree = Path(tmp) / "tree"
        tree.mkdir()
        listed = subprocess.run(["git", "ls-tree", "--name-only", commit], cwd=ROOT, capture_output=True,
                                text=True, check=True).stdout.split()
        paths = [p for p in ARCHIVED if p in listed]
        if "studio" not in paths:
            raise ScorerError(f"commit {commit[:9]} has no studio/ package")
        arch = subprocess.run(["git", "archive", commit, *paths], cwd=ROOT, capture_output=True)
        if arch.returncode != 0:
            raise ScorerError(f"git archive {commit[:9]} failed: {arch.stderr.decode(errors='replace').strip()}")
        subprocess.run(["tar", "-x", "-C", str(tree)], input=arch.stdout, check=True)
        env = {k: v for k, v in os.environ.items() if not k.startswith(("STUDIO_", "OPENAI_", "PYTHON"))}
        env.update(PYTHONPATH=str(tree), STUDIO_HOME=str(Path(tmp) / "home"),
                   STUDIO_CACHE_DIR=str(Path(tmp) / "cache"), PYTHONDONTWRITEBYTECODE="1")
        result = Path(tmp) / "result.json"
        child = subprocess.run([sys.executable, "-c", _CHILD, str(holdout.resolve()), str(result), str(tree),
                                ",".join(project)], cwd=tree, env=env, capture_output=True, text=True)
        if child.returncode != 0 or not result.is_file():
            tail = (child.stderr.strip().splitlines() or ["no output"])[-1]
            raise ScorerError(f"the run at {commit[:9]} failed: {tail}")
        return json.loads(result.read_text(encoding="utf-8"))


def refuse_foreign(data: dict, commit: str) -> None:
    """Stop when any project module came from outside the archive (the working tree): the figures would not be
    ``commit``'s."""
    if data["foreign"]:
        raise ScorerError(f"refused: {len(data['foreign'])} project module(s) did not come from the archive of "
                          f"{commit[:9]} (e.g. {data['foreign'][0]}); the figures would not be that commit's")


# --------------------------------------------------------------------------- scoring


def subfamily_of(rule_id: str) -> str:
    if rule_id.startswith("model."):
        return "model-suggested"
    if rule_id.startswith("disclosure."):
        return "sponsorship"
    for word, sub in SUBFAMILY_WORDS:
        if word in rule_id:
            return sub
    return rule_id  # a rule no subfamily word names (amazon.promotional): its own row


def _lang(e: dict) -> str:
    return e["market"].split("-")[0]


def score(entries: list[dict], pred: dict[str, set[str]], findings: dict[str, list[list[str]]]) -> dict:
    """Figures of one run. ``pred``: families reported per id; ``findings``: [family, rule id, severity, message]
    per id (the findings behind ``pred``, for precision by subfamily)."""
    fam = {f: {"tp": 0, "fp": 0, "fn": 0} for f in FAMS}
    by_sub: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    by_lang: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    prec_sub: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    false_alarms: Counter[str] = Counter()
    clean_alarms: Counter[str] = Counter()
    caught = [0, 0]
    clean = [0, 0]
    for e in entries:
        want = set(e["labels"]) & set(FAMS)
        got = pred[e["id"]] & set(FAMS)
        for f in FAMS:
            if f in got and f in want:
                fam[f]["tp"] += 1
            elif f in got:
                fam[f]["fp"] += 1
                false_alarms[_lang(e)] += 1
            elif f in want:
                fam[f]["fn"] += 1
        if want:
            hit = int(bool(want & got))
            caught[0] += hit
            caught[1] += 1
            for table, key in ((by_sub, e.get("subfamily") or "?"), (by_lang, _lang(e))):
                table[key][0] += hit
                table[key][1] += 1
        elif not e["labels"]:
            clean[0] += not got
            clean[1] += 1
            if got:
                clean_alarms[_lang(e)] += 1
        seen: set[str] = set()
        for family, rule_id, _sev, _msg in findings.get(e["id"], []):
            sub = subfamily_of(rule_id)
            if sub in seen:
                continue
            seen.add(sub)
            prec_sub[sub][0] += family in want
            prec_sub[sub][1] += 1
    return {"fam": fam, "caught": caught, "clean": clean, "sub": dict(by_sub), "lang": dict(by_lang),
            "false_alarms": dict(false_alarms), "clean_alarms": dict(clean_alarms), "prec_sub": dict(prec_sub)}


def _pr(s: dict) -> str:
    p = s["tp"] / (s["tp"] + s["fp"]) if s["tp"] + s["fp"] else 1.0
    r = s["tp"] / (s["tp"] + s["fn"]) if s["tp"] + s["fn"] else 1.0
    return f"P {p:.3f} R {r:.3f} ({s['tp']}/{s['tp'] + s['fn']}, FP {s['fp']})"


def _ratios(table: dict[str, list[int]]) -> str:
    return ", ".join(f"{k} {a}/{b}" for k, (a, b) in sorted(table.items())) or "none"


def _counts(table: dict[str, int]) -> str:
    return ", ".join(f"{k} {n}" for k, n in sorted(table.items())) or "none"


def render(name: str, s: dict) -> list[str]:
    a, b = s["caught"]
    return [
        f"== {name}",
        f"  claims: {_pr(s['fam']['claims'])}",
        f"  disclosure: {_pr(s['fam']['disclosure'])}",
        f"  violations caught {a}/{b} = {a / b if b else 1.0:.3f}; clean passed {s['clean'][0]}/{s['clean'][1]}",
        f"  by subfamily: {_ratios(s['sub'])}",
        f"  by language: {_ratios(s['lang'])}",
        f"  false alarms by language: {_counts(s['false_alarms'])}",
        f"  precision by subfamily (texts a rule of it flagged that carry its family): {_ratios(s['prec_sub'])}",
        f"  false alarms on clean texts by language: {_counts(s['clean_alarms'])}",
    ]


def report(entries: list[dict], data: dict, verbose: bool = False) -> tuple[list[str], dict]:
    """The printed lines and the per-id JSON ({id: {"rules", "either", "rule_ids"}})."""
    out = data["entries"]
    skipped = data["second_opinion_skipped"]
    lines: list[str] = []
    per_id: dict[str, dict] = {}
    runs = ("rules",) if skipped else RUNS
    for e in entries:
        o = out[e["id"]]
        per_id[e["id"]] = {"rules": o["rules"], "either": o.get("either", o["rules"]),
                           "rule_ids": sorted({f"{r}:{sev}" for _f, r, sev, _m in o["findings"]})}
    for run in runs:
        pred = {i: set(o["rules"] if run == "rules" else o["either"]) for i, o in out.items()}
        found = {i: o["findings"] + (o.get("model", []) if run == "either" else []) for i, o in out.items()}
        lines += render(run, score(entries, pred, found))
        if verbose:
            for e in entries:
                want = set(e["labels"]) & set(FAMS)
                if want and not want & pred[e["id"]]:
                    lines.append(f"    miss {e['id']} {e['market']} {e['target']}: {e['text']!r}")
            for e in entries:
                for family, rule_id, sev, msg in found[e["id"]]:
                    if family not in e["labels"]:
                        lines.append(f"    false alarm {e['id']} {family} {rule_id} {sev}: {msg}")
    if skipped:
        lines.append(f"== either: skipped — {skipped}")
    cpu = data["cpu"]
    if not skipped:
        lines.append(f"CPU {cpu['cold_total_ms']:.2f} ms/text (rules + classifier)")
    warm = (f"; second opinion on top +{cpu['model_warm_ms']:.2f} ms/text warm"
            f"{' (its cache cleared)' if cpu.get('model_cache_cleared') else ''}, "
            f"first pass +{cpu['model_first_ms']:.2f} (loads the model)") if not skipped else ""
    lines.append(f"CPU per text in the child, same run: rules first pass {cpu['rules_first_ms']:.2f} ms (compiles "
                 f"them), warm {cpu['rules_warm_ms']:.2f} ms{warm}")
    return lines, per_id


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench claims_model", description=__doc__.split("\n\n")[0])
    ap.add_argument("--holdout", required=True, metavar="PATH_OR_N")
    ap.add_argument("--at", default="HEAD", metavar="COMMIT")
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--json", metavar="OUT")
    args, unknown = ap.parse_known_args(argv)
    try:
        if unknown:
            raise ScorerError(f"unknown option(s) for --holdout: {' '.join(unknown)}")
        path = resolve_holdout(args.holdout)
        entries = load_holdout(path)
        commit = resolve_commit(args.at)
        data = run_at(commit, path)
        refuse_foreign(data, commit)
        missing = [e["id"] for e in entries if e["id"] not in data["entries"]]
        if missing:
            raise ScorerError(f"the child did not score {len(missing)} text(s), e.g. {missing[0]}")
        lines, per_id = report(entries, data, args.verbose)
        if args.json:
            Path(args.json).expanduser().write_text(json.dumps(per_id, ensure_ascii=False), encoding="utf-8")
    except ScorerError as exc:
        print(f"bench claims_model: {exc}", file=sys.stderr)
        return 2
    violations = sum(1 for e in entries if set(e["labels"]) & set(FAMS))
    print(f"hold-out {path} ({len(entries)} texts: {violations} violations, "
          f"{sum(1 for e in entries if not e['labels'])} clean) scored at {commit[:9]} ({commit}): committed code "
          f"only (git archive of {', '.join(ARCHIVED)}; no project module from the working tree)")
    print("\n".join(lines))
    if args.json:
        print(f"wrote {args.json}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main(sys.argv[1:]))
