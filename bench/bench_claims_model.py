"""Does a small text classifier help the rules? Leave-one-hold-out-out (issue 17, build 2).

For each hold-out k in 5..13: train the classifier (``studio.quality.claims_model``: char 1–4-gram TF-IDF +
logistic regression per family) on the corpus and the other hold-outs, choose its threshold on those training
texts only (out-of-fold probabilities from an inner leave-one-file-out; the lowest threshold at which rules OR
classifier would keep precision 0.95 there, counting the rules as perfect on the texts they were tuned on:
``claims_model.choose_threshold``), and score hold-out k with (a) the rules alone, (b) the classifier alone,
(c) rules OR classifier. Prints recall and precision per family (claims, disclosure), recall per language and
per claim family, and clean texts passed.

Caveat printed with the figures: the rules were tuned on hold-outs 5–9 after their first runs, so (a) and (c)
are optimistic there; hold-out 10 is the one set the current rules were not tuned on. The classifier's figures
are honest on every fold (it never sees k).

Needs scikit-learn (the ``ml`` extra). ``python -m bench claims_model [-v]``.

``python -m bench claims_model --holdout PATH_OR_N [--at COMMIT] [-v] [--json OUT]`` scores one hold-out's first run
with exactly one commit's code, rules alone and rules OR the shipped classifier (``bench/holdout_scorer.py``; no
scikit-learn needed).

``python bench/bench_claims_model.py --first-run`` scores hold-outs 8, 9 and 10 with the rules as they were at each
one's first run (commits 6b58b96, e05ac9c, 7849a3e, taken with ``git archive`` into a temporary folder and run in a
child process) — the honest comparison for (a) and (c) on three folds.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections import defaultdict
from pathlib import Path

CORPUS_DIR = Path(__file__).resolve().parents[1] / "tests" / "corpus"
FAMS = ("claims", "disclosure")
FOLDS = tuple(range(5, 14))
# plain product copy labelled clean (tests/corpus/make_clean_copy.py), two groups of products so the inner
# leave-one-file-out scores each half with a model that saw only the other (training data, never a fold)
CLEAN_COPY = CORPUS_DIR / "clean_copy.jsonl"
# casual clean posts — questions to followers, thanks, restock notices, sale end dates — in 20 languages
# (tests/corpus/make_clean_casual.py, round 6), two groups like the plain copy (training data, never a fold)
CLEAN_CASUAL = CORPUS_DIR / "clean_casual.jsonl"


def _load(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def datasets() -> dict[str, list[dict]]:
    out = {"corpus": _load(CORPUS_DIR / "quality_corpus.jsonl")}
    for k in FOLDS:
        out[f"holdout{k}"] = _load(CORPUS_DIR / f"holdout{k}.jsonl")
    if CLEAN_COPY.is_file():
        copy = _load(CLEAN_COPY)
        for group in ("a", "b"):
            out[f"clean_copy_{group}"] = [e for e in copy if e.get("fold") == group]
    if CLEAN_CASUAL.is_file():
        casual = _load(CLEAN_CASUAL)
        for group in ("a", "b"):
            out[f"clean_casual_{group}"] = [e for e in casual if e.get("fold") == group]
    return out


def rule_predictions(sets: dict[str, list[dict]]) -> dict[str, set[str]]:
    """Families (claims/disclosure) the rules report with error or warning, per entry id."""
    cache = os.environ.get("BENCH_RULES_CACHE")
    if cache and Path(cache).is_file():
        return {k: set(v) for k, v in json.loads(Path(cache).read_text()).items()}
    from bench.bench_quality import predict

    out = {e["id"]: predict(e) & set(FAMS) for es in sets.values() for e in es}
    if cache:
        Path(cache).write_text(json.dumps({k: sorted(v) for k, v in out.items()}))
    return out


FIRST_RUN = {8: "6b58b96", 9: "e05ac9c", 10: "7849a3e"}
_CHILD = r"""
import json, sys
from studio.quality import lint_text
out = {}
for line in open(sys.argv[1], encoding="utf-8"):
    if line.strip():
        e = json.loads(line)
        ctx = dict(e.get("context") or {}); ctx["user_rules"] = False
        fs = lint_text(e["text"], e["target"], e["market"], facts=e.get("facts"), context=ctx)
        out[e["id"]] = sorted({f.family for f in fs if f.severity in ("error", "warning")
                               and f.family in ("claims", "disclosure")})
print(json.dumps(out))
"""


def first_run_rules(k: int) -> dict[str, set[str]]:
    """The families the rules of hold-out k's first run report on it (git archive of that commit, child process)."""
    import subprocess
    import tempfile

    root = CORPUS_DIR.parents[1]
    with tempfile.TemporaryDirectory() as tmp:
        arch = subprocess.run(["git", "archive", FIRST_RUN[k], "studio", "localization"], cwd=root,
                              capture_output=True, check=True).stdout
        subprocess.run(["tar", "-x", "-C", tmp], input=arch, check=True)
        env = {**os.environ, "PYTHONPATH": tmp, "STUDIO_HOME": str(Path(tmp) / "home")}
        out = subprocess.run([sys.executable, "-c", _CHILD, str(CORPUS_DIR / f"holdout{k}.jsonl")], cwd=tmp,
                             env=env, capture_output=True, text=True, check=True).stdout
    return {i: set(v) for i, v in json.loads(out.strip().splitlines()[-1]).items()}


def _oof(groups: dict[str, list[dict]]) -> tuple[list[dict], dict[str, list[float]]]:
    """Out-of-fold probabilities over the training files (leave one file out)."""
    from studio.quality import claims_model as cm

    rows: list[dict] = []
    probs: dict[str, list[float]] = {f: [] for f in FAMS}
    for name, es in groups.items():
        train = [e for n, g in groups.items() if n != name for e in g]
        m = cm.train(train)
        for e in es:
            s = m.scores(e["text"], e.get("target", "generic"), bool((e.get("context") or {}).get("sponsored")))
            rows.append(e)
            for f in FAMS:
                probs[f].append(s[f])
    return rows, probs


def fold(k: int, sets: dict[str, list[dict]], rules: dict[str, set[str]]) -> dict:
    from studio.quality import claims_model as cm

    test = sets[f"holdout{k}"]
    groups = {n: es for n, es in sets.items() if n != f"holdout{k}"}
    rows, probs = _oof(groups)
    threshold = {f: cm.choose_threshold(probs[f], [int(f in e["labels"]) for e in rows]) for f in FAMS}
    model = cm.train([e for es in groups.values() for e in es], threshold=threshold)
    preds = {"rules": {}, "classifier": {}, "rules OR classifier": {}}
    for e in test:
        s = model.flags(e["text"], e.get("target", "generic"), bool((e.get("context") or {}).get("sponsored")))
        r = rules[e["id"]]
        preds["rules"][e["id"]] = r
        preds["classifier"][e["id"]] = set(s)
        preds["rules OR classifier"][e["id"]] = r | set(s)
    return {"k": k, "threshold": threshold, "test": test, "preds": preds}


def score(test: list[dict], pred: dict[str, set[str]]) -> dict:
    fam = {f: {"tp": 0, "fp": 0, "fn": 0} for f in FAMS}
    lang: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    sub: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    clean = [0, 0]
    for e in test:
        want = set(e["labels"]) & set(FAMS)
        got = pred[e["id"]]
        for f in FAMS:
            if f in got and f in want:
                fam[f]["tp"] += 1
            elif f in got:
                fam[f]["fp"] += 1
            elif f in want:
                fam[f]["fn"] += 1
        if want:
            hit = bool(want & got)
            lang[e["market"].split("-")[0]][0] += hit
            lang[e["market"].split("-")[0]][1] += 1
            sub[e.get("subfamily", "?")][0] += hit
            sub[e.get("subfamily", "?")][1] += 1
        elif not (set(e["labels"])):
            clean[0] += not got
            clean[1] += 1
    return {"fam": fam, "lang": dict(lang), "sub": dict(sub), "clean": clean}


def _pr(s: dict) -> str:
    p = s["tp"] / (s["tp"] + s["fp"]) if s["tp"] + s["fp"] else 1.0
    r = s["tp"] / (s["tp"] + s["fn"]) if s["tp"] + s["fn"] else 1.0
    return f"P {p:.3f} R {r:.3f} ({s['tp']}/{s['tp'] + s['fn']}, FP {s['fp']})"


def main(argv: list[str] | None = None) -> int:
    argv = list(argv or [])
    if any(a == "--holdout" or a.startswith("--holdout=") for a in argv):
        # score one hold-out's first run at exactly one commit (bench/holdout_scorer.py)
        from bench import holdout_scorer

        return holdout_scorer.main(argv)
    try:
        import sklearn  # noqa: F401
    except ImportError:
        print("scikit-learn is not installed (pip install -e '.[ml]'); the classifier experiment needs it to train")
        return 0
    t0 = time.perf_counter()
    sets = datasets()
    rules = rule_predictions(sets)
    folds = FOLDS
    if "--first-run" in argv:
        folds = tuple(sorted(FIRST_RUN))
        for k in folds:
            rules.update(first_run_rules(k))
    total: dict[str, dict[str, dict[str, int]]] = {m: {f: {"tp": 0, "fp": 0, "fn": 0} for f in FAMS}
                                                    for m in ("rules", "classifier", "rules OR classifier")}
    for k in folds:
        r = fold(k, sets, rules)
        tuned = "rules TUNED on this set" if k < 10 else "rules never tuned on this set"
        if "--first-run" in argv:
            tuned = f"rules as at its first run, {FIRST_RUN[k]}"
        print(f"\nhold-out {k} ({len(r['test'])} texts; {tuned}); threshold from training folds: "
              + ", ".join(f"{f} {t:.3f}" for f, t in r["threshold"].items()))
        for name, pred in r["preds"].items():
            s = score(r["test"], pred)
            for f in FAMS:
                for x in ("tp", "fp", "fn"):
                    total[name][f][x] += s["fam"][f][x]
            print(f"  {name:<20} claims {_pr(s['fam']['claims'])}; disclosure {_pr(s['fam']['disclosure'])}; "
                  f"clean passed {s['clean'][0]}/{s['clean'][1]}")
            if "-v" in argv or k == 10:
                print("      by language: " + ", ".join(f"{lg} {a}/{b}" for lg, (a, b) in sorted(s["lang"].items())))
                print("      by claim family: " + ", ".join(f"{sf} {a}/{b}" for sf, (a, b) in sorted(s["sub"].items())))
    print(f"\nall {len(folds)} folds pooled:")
    for name, fam in total.items():
        print(f"  {name:<20} claims {_pr(fam['claims'])}; disclosure {_pr(fam['disclosure'])}")
    print(f"(bench ran in {time.perf_counter() - t0:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run as a script: `bench` and `studio` importable
    sys.exit(main(sys.argv[1:]))
