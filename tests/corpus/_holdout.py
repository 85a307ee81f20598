"""What the issue-17 hold-out generators (``make_holdout9.py``, ``make_holdout10.py``) share: the label scheme,
the row builder and the writer. Each generator keeps only its texts."""

from __future__ import annotations

import json
from pathlib import Path

FAMILY_OF = {"health": "claims", "weight": "claims", "before-after": "claims", "superlative": "claims",
             "guarantee": "claims", "reviews": "claims", "green": "claims", "urgency": "claims",
             "counterfeit": "claims", "sponsorship": "disclosure", "clean": None}


class Holdout:
    """Rows of one hold-out: ids ``<prefix><subfamily>-NNN`` numbered per subfamily, ``labels`` = engine family."""

    def __init__(self, prefix: str, split: str, out: Path) -> None:
        self.prefix, self.split, self.out = prefix, split, out
        self.entries: list[dict] = []

    def add(self, sub: str, text: str, market: str, target: str = "generic", facts=None, context=None,
            note: str = "") -> None:
        n = len([e for e in self.entries if e["subfamily"] == sub]) + 1
        fam = FAMILY_OF[sub]
        self.entries.append({"id": f"{self.prefix}{sub}-{n:03d}", "split": self.split, "family": fam or "clean",
                             "subfamily": sub, "text": text, "target": target, "market": market, "facts": facts,
                             "context": context or {}, "labels": [fam] if fam else [], "note": note})

    def write(self) -> None:
        self.out.write_text("".join(json.dumps(e, ensure_ascii=False) + "\n" for e in self.entries), encoding="utf-8")
        langs = sorted({e["market"].split("-")[0] for e in self.entries})
        print(f"{len(self.entries)} texts, {len(langs)} languages ({', '.join(langs)}) -> {self.out.name}")
