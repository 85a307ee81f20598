"""The labelled corpus meets the precision/recall targets on every rule family (bench/bench_quality.py)."""

from __future__ import annotations

from collections import Counter

from bench import bench_quality as bq


def test_corpus_is_large_and_varied():
    entries = bq.load_corpus()
    assert len(entries) >= 300
    fams = Counter(e["family"] for e in entries)
    assert set(fams) == set(bq.FAMILIES)
    for fam in bq.FAMILIES:
        mine = [e for e in entries if e["family"] == fam]
        assert any(e["labels"] for e in mine) and any(not e["labels"] for e in mine), fam
    assert len({e["market"].split("-")[0] for e in entries}) >= 8
    assert len({e["id"] for e in entries}) == len(entries)


def test_precision_and_recall_targets_per_family():
    stats, misses = bq.evaluate(bq.load_corpus())
    report = {f: (round(s["precision"], 3), round(s["recall"], 3)) for f, s in stats.items()}
    for fam, s in stats.items():
        assert s["support"] >= 20, (fam, s)
        assert s["recall"] >= bq.RECALL_TARGET, (fam, report, misses[:10])
        assert s["precision"] >= bq.PRECISION_TARGET, (fam, report, misses[:10])
