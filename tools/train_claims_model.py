"""Regenerate ``assets/models/claims-model.json`` — the offline second opinion's classifier — from the labelled
texts in ``tests/corpus`` (the corpus, hold-outs 5–13 and every later ``holdoutN.jsonl`` — 14 from round 7 —, ``clean_copy.jsonl``: plain product copy labelled clean, and
``clean_casual.jsonl``: casual clean posts — questions, thanks, restocks, sale end dates — in 20 languages). Byte-identical on every run with the pinned
scikit-learn (liblinear, fixed order, weights rounded to 6 significant digits, sorted JSON).

The threshold per family is chosen on the training texts only: out-of-fold probabilities from leave-one-file-out
(train on the other files, score this one), then the lowest threshold at which rules OR classifier keep precision 0.95
on them, counting the rules as perfect there (``claims_model.choose_threshold``; independent of the rules of the
day) (``claims_model.choose_threshold``) — the procedure ``python -m bench claims_model`` measures.

    python tools/train_claims_model.py [--check]     # --check: exit 1 if the committed file differs
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

OUT = ROOT / "assets" / "models" / "claims-model.json"


def later_holdouts(sets: dict[str, list[dict]]) -> dict[str, list[dict]]:
    """Add every ``tests/corpus/holdoutN.jsonl`` (N >= 5) the bench's folds do not list yet — a hold-out committed
    after its first run (hold-out 14, round 7) is training data from then on; the bench's folds stay as they are."""
    import json
    import re

    from bench.bench_claims_model import CORPUS_DIR

    for path in sorted(CORPUS_DIR.glob("holdout*.jsonl"), key=lambda p: int(re.sub(r"\D", "", p.stem) or 0)):
        m = re.fullmatch(r"holdout(\d+)", path.stem)
        if m and int(m.group(1)) >= 5 and path.stem not in sets:
            sets[path.stem] = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    return sets


def build() -> bytes:
    from bench.bench_claims_model import FAMS, _oof, datasets
    from studio.quality import claims_model as cm

    sets = later_holdouts(datasets())
    rows, probs = _oof(sets)
    threshold = {f: cm.choose_threshold(probs[f], [int(f in e["labels"]) for e in rows]) for f in FAMS}
    entries = [e for es in sets.values() for e in es]
    model = cm.train(entries, threshold=threshold,
                     meta={"trained_on": sorted(sets), "texts": len(entries), "corpus_digest": cm.digest(entries)})
    return model.to_bytes()


def main(argv: list[str]) -> int:
    data = build()
    if "--check" in argv:
        same = OUT.is_file() and OUT.read_bytes() == data
        print("claims model is up to date" if same else f"{OUT} differs from what the corpus gives: regenerate it")
        return 0 if same else 1
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(data)
    print(f"wrote {OUT} ({len(data):,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
