"""Writes ``clean_copy.jsonl``: plain product copy, labelled clean, for the offline claims classifier (issue 17).

Why: the classifier was trained on the corpus and hold-outs, three quarters of whose texts are violations and whose
clean texts are tricky sentences, not everyday product copy. Run over drafts field by field (a title, a bullet
"Material: natural sisal rope, MDF board", a care line "Wipe with a damp cloth"), it read 30 of 156 of the offline
writer's clean drafts of the sample catalog as claims (2026-12-02, before this file). These texts show it what plain
copy looks like.

What: the offline writer's listing (amazon) and caption (instagram) drafts of the EVEN-indexed products of the sample
catalog (sorted by handle; the odd ones are kept for measuring, ``python -m bench quality`` "speed per draft"), one
market per registry language, split into the texts draft checks score (``studio.quality.api.content_fields``).
A text is kept only when the rules report no claims or disclosure finding on it (so nothing here contradicts the
rules); exact repeats are dropped. ``fold`` a/b splits the products in two, so the classifier's threshold is chosen
on clean texts of products it did not see (``bench/bench_claims_model.py``).

    python tests/corpus/make_clean_copy.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
OUT = Path(__file__).with_name("clean_copy.jsonl")
KINDS = (("listing", "amazon"), ("caption", "instagram"))


def main() -> int:
    from bench.bench_copy import markets_by_language, open_catalog
    from bench.bench_quality import predict
    from studio.quality.api import content_fields
    from studio.services import generation

    db, products = open_catalog(27)
    products = products[0::2]
    provider = generation._provider("offline")
    seen: set[str] = set()
    rows = []
    for i, p in enumerate(products):
        fold = "a" if i % 2 == 0 else "b"
        for lang, market in markets_by_language().items():
            for kind, target in KINDS:
                try:
                    item = generation.prepare(db, p, market, kind, target, provider, brand_voice=False)
                    out = generation.produce(item, provider)
                except Exception as exc:  # noqa: BLE001 - a language the writer cannot do is left out
                    print(f"skipped {p.handle} {market} {kind}: {exc}", file=sys.stderr)
                    continue
                for name, text, text_target in content_fields(kind, target, out.content):
                    text = text.strip()
                    if len(text) < 3 or text in seen:
                        continue
                    seen.add(text)
                    e = {"id": f"cc-{p.handle}-{market}-{kind}-{name}", "split": "clean_copy", "fold": fold,
                         "family": "", "subfamily": "clean", "text": text, "target": text_target, "market": market,
                         "facts": None, "context": {}, "labels": [], "note": f"offline writer, {lang}"}
                    if predict(e) & {"claims", "disclosure"}:
                        continue
                    rows.append(e)
    OUT.write_text("".join(json.dumps(e, ensure_ascii=False) + "\n" for e in rows), encoding="utf-8")
    print(f"wrote {OUT} ({len(rows)} texts from {len(products)} products)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
