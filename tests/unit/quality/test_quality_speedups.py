"""The speed-ups must not change what the engine finds.

``KeyedAlternation`` runs only the alternatives whose literal occurs in the text; on every corpus text (and
on the facts of every entry) it must find exactly what the full alternation finds. Facts-derived data is
cached by the facts tuple: the same facts in another list, or changed facts, must give the right answer.
"""

from __future__ import annotations

import json
from pathlib import Path

import regex

from studio.quality import lint_text, rules_grounding

CORPUS = Path(__file__).resolve().parents[2] / "corpus" / "quality_corpus.jsonl"


def _entries():
    return [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]


def _full(alt):
    return regex.compile("|".join(f"(?:{rx})" for _k, rx in alt.items), alt.flags)


def test_keyed_alternation_matches_the_full_alternation_on_the_corpus():
    texts = []
    for e in _entries():
        texts.append(e["text"])
        texts.extend(str(f.get("value", "")) for f in e.get("facts") or [])
    assert len(texts) > 600
    for alt in (rules_grounding.MATERIAL_RE, rules_grounding.CERT_RE):
        full = _full(alt)
        for t in texts:
            want = [(m.start(), m.end()) for m in full.finditer(t)]
            got = [(m.start(), m.end()) for m in alt.finditer(t)]
            assert got == want, t


def test_facts_cache_follows_the_facts():
    text = "Made of organic cotton, GOTS certified."
    with_cert = [{"key": "material", "value": "organic cotton"}, {"key": "certification", "value": "GOTS"}]
    without = [{"key": "material", "value": "organic cotton"}]

    def certs(facts):
        return [f for f in lint_text(text, "generic", "en-US", facts=facts) if f.rule_id == "grounding.certifications"]

    assert certs(with_cert) == []
    assert [(f.start, f.end) for f in certs(without)] == [(24, 28)]
    assert certs([dict(f) for f in with_cert]) == []  # an equal copy hits the cache and stays right
