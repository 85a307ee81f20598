"""The hold-out scorer (bench/holdout_scorer.py, ``python -m bench claims_model --holdout …``): scoring, bad input
with a one-line reason, and five texts written for this test scored with exactly HEAD's committed code."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from bench import __main__ as bench_main
from bench import holdout_scorer as hs

ROOT = Path(__file__).resolve().parents[3]

ENTRIES = [
    {"id": "h1", "market": "en-US", "target": "instagram", "text": "x", "labels": ["claims"], "subfamily": "health"},
    {"id": "h2", "market": "de-DE", "target": "instagram", "text": "x", "labels": ["claims"], "subfamily": "weight"},
    {"id": "s1", "market": "en-US", "target": "instagram", "text": "x", "labels": ["disclosure"],
     "subfamily": "sponsorship"},
    {"id": "c1", "market": "en-US", "target": "generic", "text": "x", "labels": []},
    {"id": "c2", "market": "fr-FR", "target": "generic", "text": "x", "labels": []},
]


def test_score_counts_families_languages_subfamilies_and_false_alarms():
    pred = {"h1": {"claims"}, "h2": set(), "s1": {"disclosure", "claims"}, "c1": {"claims"}, "c2": set()}
    findings = {"h1": [["claims", "claims.health-meaning", "error", "m"]],
                "s1": [["disclosure", "disclosure.undisclosed-code", "error", "m"],
                       ["claims", "claims.superlatives", "warning", "m"]],
                "c1": [["claims", "claims.greenwashing", "error", "m"], ["claims", "model.claims", "warning", "m"]]}
    s = hs.score(ENTRIES, pred, findings)
    assert s["fam"]["claims"] == {"tp": 1, "fp": 2, "fn": 1}
    assert s["fam"]["disclosure"] == {"tp": 1, "fp": 0, "fn": 0}
    assert s["caught"] == [2, 3] and s["clean"] == [1, 2]
    assert s["sub"] == {"health": [1, 1], "weight": [0, 1], "sponsorship": [1, 1]}
    assert s["lang"] == {"en": [2, 2], "de": [0, 1]}
    assert s["false_alarms"] == {"en": 2}  # a claim on the sponsorship text and one on the clean text
    assert s["clean_alarms"] == {"en": 1}
    assert s["prec_sub"] == {"health": [1, 1], "sponsorship": [1, 1], "superlative": [0, 1], "green": [0, 1],
                             "model-suggested": [0, 1]}
    lines = hs.render("rules", s)
    assert lines[0] == "== rules"
    assert lines[1] == "  claims: P 0.333 R 0.500 (1/2, FP 2)"
    assert lines[3] == "  violations caught 2/3 = 0.667; clean passed 1/2"
    assert lines[6] == "  false alarms by language: en 2"


def test_subfamily_of_rule_ids():
    assert hs.subfamily_of("claims.before-after-meaning") == "before-after"
    assert hs.subfamily_of("claims.dupe") == "counterfeit"
    assert hs.subfamily_of("claims.social-proof") == "reviews"
    assert hs.subfamily_of("amazon.bullet.guarantee") == "guarantee"
    assert hs.subfamily_of("disclosure.weak-tags") == "sponsorship"
    assert hs.subfamily_of("model.claims") == "model-suggested"
    assert hs.subfamily_of("amazon.promotional") == "amazon.promotional"


@pytest.mark.parametrize(("content", "reason"), [
    ("not json\n", "not JSON"),
    ('{"id": "a", "text": "t", "target": "generic", "market": "en-US"}\n', "'labels' must be a list"),
    ('{"id": "a", "text": "", "target": "generic", "market": "en-US", "labels": []}\n', "'text' is missing"),
    ('{"id": "a", "text": "t", "target": "g", "market": "en-US", "labels": []}\n' * 2, "duplicate id 'a'"),
    ("\n", "no texts"),
])
def test_bad_holdout_gives_a_one_line_reason(tmp_path, capsys, content, reason):
    path = tmp_path / "h.jsonl"
    path.write_text(content, encoding="utf-8")
    assert hs.main(["--holdout", str(path)]) == 2
    err = capsys.readouterr().err
    assert reason in err and err.count("\n") == 1


def test_bad_commit_and_missing_file_through_python_m_bench(tmp_path):
    path = tmp_path / "h.jsonl"
    path.write_text(json.dumps(ENTRIES[0]) + "\n", encoding="utf-8")
    for args, reason in ((["--holdout", str(tmp_path / "nope.jsonl")], "hold-out file not found"),
                         (["--holdout", "99999"], "no hold-out 99999"),
                         (["--holdout", str(path), "--at", "no-such-commit-xyz"], "not a commit"),
                         (["--holdout", str(path), "--bogus"], "unknown option")):
        r = subprocess.run([sys.executable, "-m", "bench", "claims_model", *args], cwd=ROOT, capture_output=True,
                           text=True)
        assert r.returncode == 2, (args, r.stdout, r.stderr)
        assert reason in r.stderr and r.stderr.count("\n") == 1, r.stderr


def test_bench_main_passes_options_to_the_named_modules(monkeypatch, capsys):
    assert bench_main.split_args(["claims_model", "--holdout", "13", "-v"]) == (["claims_model"],
                                                                               ["--holdout", "13", "-v"])
    assert bench_main.split_args(["facts", "quality"]) == (["facts", "quality"], [])
    seen: list[list[str]] = []
    from bench import bench_claims_model

    monkeypatch.setattr(bench_claims_model, "main", lambda argv: seen.append(argv) or 0)
    assert bench_main.main(["claims_model", "--holdout", "13", "--at", "abc"]) == 0
    assert seen == [["--holdout", "13", "--at", "abc"]]
    assert bench_main.main(["no_such_bench"]) == 2
    assert "no benchmark named no_such_bench" in capsys.readouterr().err


FIVE = [
    {"id": "t-health", "text": "This herbal tea cures diabetes and lowers blood pressure in 7 days!",
     "target": "instagram", "market": "en-US", "labels": ["claims"], "subfamily": "health"},
    {"id": "t-weight", "text": "Lose 10 kg in 2 weeks with our slimming capsules, guaranteed results.",
     "target": "facebook", "market": "en-GB", "labels": ["claims"], "subfamily": "weight"},
    {"id": "t-clean-1", "text": "Cotton crew-neck T-shirt, machine washable at 30 °C. Sizes S to XL.",
     "target": "generic", "market": "en-US", "labels": []},
    {"id": "t-clean-2", "text": "Unsere Leinenbluse gibt es in Weiß und Blau. Waschbar bei 40 Grad.",
     "target": "instagram", "market": "de-DE", "labels": []},
    {"id": "t-sponsor", "text": "Loving my new sneakers from @stridelab! Use my code ANNA20 for 20% off.",
     "target": "instagram", "market": "en-US", "context": {"sponsored": True}, "labels": ["disclosure"],
     "subfamily": "sponsorship"},
]


def test_five_texts_scored_with_heads_committed_code_only(tmp_path):
    if subprocess.run(["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True).returncode != 0:
        pytest.skip("not a git checkout: the scorer measures commits")
    path = tmp_path / "five.jsonl"
    path.write_text("".join(json.dumps(e) + "\n" for e in FIVE), encoding="utf-8")
    commit = hs.resolve_commit("HEAD")
    # one child run; "encodings" (the standard library's) stands in for a project module loaded from elsewhere
    data = hs.run_at(commit, path, project=(*hs.PROJECT, "encodings"))
    assert data["foreign"] and all(m.startswith("encodings") for m in data["foreign"])  # ours all from the archive
    with pytest.raises(hs.ScorerError, match="refused: .* did not come from the archive"):
        hs.refuse_foreign(data, commit)
    data["foreign"] = []
    hs.refuse_foreign(data, commit)
    assert data["second_opinion_skipped"] is None  # HEAD ships the offline classifier
    lines, per_id = hs.report(FIVE, data, verbose=True)
    assert set(per_id) == {e["id"] for e in FIVE}
    assert per_id["t-health"]["rules"] == ["claims"] and per_id["t-weight"]["rules"] == ["claims"]
    assert per_id["t-sponsor"]["rules"] == ["disclosure"]
    assert any(r.startswith("claims.") and r.endswith(":error") for r in per_id["t-health"]["rule_ids"])
    assert all(set(o["rules"]) <= set(o["either"]) for o in per_id.values())
    assert "== rules" in lines and "== either" in lines
    assert "  violations caught 3/3 = 1.000; clean passed 2/2" in lines
    cpu = data["cpu"]
    assert cpu["rules_first_ms"] > cpu["rules_warm_ms"] > 0 and cpu["model_warm_ms"] > 0
