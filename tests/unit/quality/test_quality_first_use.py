"""First-use cost (issue 17): a fresh process compiles only the rules its texts need, and a second process loads
the compiled regexes from the disk cache instead of parsing them again. Times are CPU time (time.process_time) of
child processes, compared with a baseline measured in the same run: the old first use, which compiled every
rule of every pack before the first lint (``engine.validate`` does exactly that)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from studio.quality import engine, rxcache

ROOT = Path(__file__).resolve().parents[3]
TEXTS = ["Say goodbye to back pain! Best seller, 100% guaranteed.",
         "Nie wieder Rückenschmerzen – Platz 1 bei Amazon, 4,9 Sterne von 12.000 Käufern. Nur noch 3 Stück!",
         "膝の痛みとサヨナラ、ありがとう @brand さんからいただきました"]

CHILD = r"""
import json, sys, time
from studio.quality import engine, lint_text, rxcache
texts = json.loads(sys.argv[2])
t0 = time.process_time()
if sys.argv[1] == "eager":
    engine.validate()  # what loading did before: every rule of every pack compiled up front
found = [[f.rule_id, f.start, f.end, f.severity] for t in texts
         for f in lint_text(t, "instagram", "de-DE", context={"user_rules": False})]
first = time.process_time() - t0
rxcache.save()
print(json.dumps({"first": first, "stats": rxcache.stats, "found": found}))
"""


def _child(mode: str, cache: Path, enabled: bool = True) -> dict:
    env = {**os.environ, "STUDIO_CACHE_DIR": str(cache), "STUDIO_QUALITY_CACHE": "1" if enabled else "0"}
    out = subprocess.run([sys.executable, "-c", CHILD, mode, json.dumps(TEXTS)], cwd=ROOT, env=env,
                         capture_output=True, text=True, check=True, timeout=600)
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_second_process_loads_compiled_rules_from_the_cache(tmp_path):
    baseline = _child("eager", tmp_path / "none", enabled=False)
    cold = _child("lazy", tmp_path / "cache")
    assert list((tmp_path / "cache").glob("quality-regex-*.json")), "the first process stores what it compiled"
    warm = _child("lazy", tmp_path / "cache")
    assert warm["found"] == cold["found"] == baseline["found"] and warm["found"]
    assert warm["stats"]["compiled"] == 0 and warm["stats"]["loaded"] > 0
    assert cold["first"] < baseline["first"], (cold, baseline)
    # measured: ~0.16× of the eager first use (2.8 s → 0.45 s CPU); the rest is langdetect's and Babel's data
    assert warm["first"] < 0.5 * baseline["first"], (warm["first"], baseline["first"])


def test_a_damaged_or_foreign_cache_is_ignored(tmp_path, monkeypatch):
    monkeypatch.setenv("STUDIO_CACHE_DIR", str(tmp_path))
    monkeypatch.setenv("STUDIO_QUALITY_CACHE", "1")
    pat = r"(?<![\p{L}])(?:heilt|cures?)\s+\w+"
    rxcache.clear_memory()
    try:
        want = rxcache.compile(pat, 2).findall("It cures pain and heilt Rücken")
        path = rxcache.save()
        assert path is not None and path.is_file() and (path.stat().st_mode & 0o777) == 0o600
        doc = json.loads(path.read_text(encoding="utf-8"))
        # an entry that claims another pattern's key is not used for it
        doc["entries"][0][0] = r"(?:x)"
        path.write_text(json.dumps(doc), encoding="utf-8")
        rxcache.clear_memory()
        assert rxcache.compile(pat, 2).findall("It cures pain and heilt Rücken") == want
        assert rxcache.stats["compiled"] >= 2
        path.write_text("{not json", encoding="utf-8")
        rxcache.clear_memory()
        assert rxcache.compile(pat, 2).findall("It cures pain and heilt Rücken") == want
    finally:
        rxcache.clear_memory()


def test_warm_fills_the_cache_for_a_market(tmp_path, monkeypatch):
    from studio import quality

    monkeypatch.setenv("STUDIO_CACHE_DIR", str(tmp_path))
    engine.reload()  # rules compiled by earlier tests of this process would not be compiled (nor saved) again
    rxcache.clear_memory()
    try:
        assert quality.warm(("fr-FR",), texts=("Dites adieu aux douleurs de dos",)) > 50
        assert list(tmp_path.glob("quality-regex-*.json"))
    finally:
        rxcache.clear_memory()


def test_every_rule_still_compiles():
    """Loading no longer compiles every rule (first-use cost); this keeps the fail-early check in the suite."""
    assert engine.validate() > 50
