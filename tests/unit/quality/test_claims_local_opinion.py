"""The offline second opinion (issue 17, build 2): the shipped classifier, its findings, its cache, the CLI flag
and the setting; the model file regenerates byte-identically from the corpus; pure-Python scoring equals
scikit-learn's."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from studio.cli.main import main
from studio.quality import claims_model, lint_text
from studio.services import claims_review

ROOT = Path(__file__).resolve().parents[3]
MODEL_ONLY = "Helps your kids stay healthy all winter long"  # fresh sentences, not from a hold-out
RULE_AGREES = "This tea melted away my belly fat in days"
CLEAN = "Cotton tee, regular fit. Machine wash at 30 °C."


def test_model_only_suspicion_is_a_model_suggested_warning():
    rules = lint_text(MODEL_ONLY, "instagram", "en-US", context={"user_rules": False})
    assert not [f for f in rules if f.family == "claims"], "the rules miss it (the point of a second opinion)"
    found = claims_review.second_opinion(MODEL_ONLY, "instagram", "en-US", mode="local", rule_findings=rules)
    assert [(f.rule_id, f.severity, f.family) for f in found] == [("model.claims", "warning", "claims")]
    f = found[0]
    assert f.data["model_suggested"] is True and f.data["rule_agrees"] is False and f.data["provider"] == "local"
    assert (f.start, f.end) == (0, len(MODEL_ONLY)) and 0.5 < f.data["probability"] <= 1.0


def test_a_rule_that_agrees_gives_the_rule_severity():
    rules = lint_text(RULE_AGREES, "instagram", "en-US", context={"user_rules": False})
    found = claims_review.second_opinion(RULE_AGREES, "instagram", "en-US", mode="local", rule_findings=rules)
    assert found and found[0].data["rule_agrees"] and found[0].severity == "error"


def test_clean_text_and_off_give_nothing():
    assert claims_review.second_opinion(CLEAN, "instagram", "en-US", mode="local") == []
    assert claims_review.second_opinion(MODEL_ONLY, "instagram", "en-US", mode="off") == []
    with pytest.raises(ValueError, match="unknown second opinion"):
        claims_review.second_opinion(MODEL_ONLY, "instagram", "en-US", mode="bert")


def test_cached_by_text_hash(monkeypatch):
    model = claims_review.local_model()
    calls = []
    real = claims_model.Model.flags
    monkeypatch.setattr(claims_model.Model, "flags", lambda self, *a, **k: calls.append(a) or real(self, *a, **k))
    text = MODEL_ONLY + " (cache probe)"
    claims_review.second_opinion(text, "instagram", "en-US", mode="local")
    claims_review.second_opinion(text, "instagram", "en-US", mode="local")
    assert len(calls) == 1 and model is claims_review.local_model()


def test_missing_model_file_never_blocks(monkeypatch):
    claims_review.local_model.cache_clear()
    monkeypatch.setattr(claims_review, "_local_flags", lambda *a: (_ for _ in ()).throw(OSError("no model file")))
    try:
        assert claims_review.second_opinion(MODEL_ONLY + "!", "instagram", "en-US", mode="local") == []
        assert "no model file" in (claims_review.last_error or "")
    finally:
        claims_review.local_model.cache_clear()


def test_cli_flag_and_setting(tmp_path, capsys):
    f = tmp_path / "caption.txt"
    f.write_text(MODEL_ONLY + "\n", encoding="utf-8")
    args = ["lint", "--file", str(f), "--target", "instagram", "--market", "en-US", "--json"]
    assert main([*args, "--second-opinion=local"]) == 0  # a model suggestion alone is a warning: exit 0
    data = json.loads(capsys.readouterr().out)
    assert [(x["rule_id"], x["model_suggested"]) for x in data["findings"]] == [("model.claims", True)]
    assert main([*args, "--second-opinion=off"]) == 0
    assert json.loads(capsys.readouterr().out)["findings"] == []
    assert main(args) == 0  # no flag: the setting, local by default
    assert json.loads(capsys.readouterr().out)["findings"]
    from studio.settings import Settings

    Settings().set("quality.second_opinion", "off")
    assert main(args) == 0
    assert json.loads(capsys.readouterr().out)["findings"] == []
    assert main(args[:-1] + ["--second-opinion=local"]) == 0
    assert "[model-suggested]" in capsys.readouterr().out
    with pytest.raises(SystemExit) as exc:
        main([*args, "--second-opinion=maybe"])
    assert exc.value.code == 2 and "choose from 'local', 'llm', 'off'" in capsys.readouterr().err


def _corpus():
    d = ROOT / "tests" / "corpus"
    files = [d / "quality_corpus.jsonl", *sorted(d.glob("holdout*.jsonl"))]
    return [json.loads(x) for p in files for x in p.read_text(encoding="utf-8").splitlines() if x.strip()]


def test_pure_python_scores_equal_scikit_learn():
    pytest.importorskip("sklearn")
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    entries = _corpus()[::7]
    model = claims_model.train(entries)
    vec = TfidfVectorizer(analyzer=lambda x: x, sublinear_tf=True, min_df=2, norm="l2")
    x = vec.fit_transform([claims_model.entry_features(e) for e in entries])
    y = [int("claims" in e["labels"]) for e in entries]
    clf = LogisticRegression(C=10.0, solver="liblinear", class_weight="balanced", random_state=0,
                             max_iter=1000).fit(x, y)
    probe = [e["text"] for e in entries[:40]] + [MODEL_ONLY, CLEAN]
    want = clf.predict_proba(vec.transform([claims_model.analyze(t, "instagram") for t in probe]))[:, 1]
    got = [model.scores(t, "instagram")["claims"] for t in probe]
    assert all(math.isclose(a, b, abs_tol=1e-6) for a, b in zip(got, want, strict=True))


@pytest.mark.timeout(900)  # 11 inner trainings on 4,560 texts: ~30 s idle, several minutes on the shared 2 cores
def test_shipped_model_regenerates_byte_identically():
    pytest.importorskip("sklearn")
    import importlib.util

    spec = importlib.util.spec_from_file_location("train_claims_model", ROOT / "tools" / "train_claims_model.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    assert mod.build() == (ROOT / "assets" / "models" / "claims-model.json").read_bytes(), \
        "regenerate it: python tools/train_claims_model.py"


def test_each_suspicious_sentence_gets_its_own_span():
    text = f"{MODEL_ONLY}. {RULE_AGREES}! Organic cotton bag included."
    found = claims_review.second_opinion(text, "instagram", "en-US", mode="local")
    assert [(text[f.start:f.end], f.severity) for f in found] == [(MODEL_ONLY + ".", "warning"),
                                                                  (RULE_AGREES + "!", "error")]
