"""``studio lint --draft ID``: one draft linted with every check approval runs (facts kept, safety text,
translations, glossary, quality rules); exit 1 on errors, one-line reason and exit 2 on bad input."""

from __future__ import annotations

import json

from studio.cli.main import main
from studio.services import generation
from tests.integration.generation.test_facts_kept import _listing_de, _wording, mat, model  # noqa: F401 - fixtures


def test_studio_lint_draft_runs_every_check_approval_runs(mat, model, capsys):  # noqa: F811
    db, pid = mat
    bad = generation.generate_one(db, pid, "de-DE", "listing", "amazon",
                                  provider=model(_listing_de(warning=False, thickness=False)))
    capsys.readouterr()
    assert main(["lint", "--draft", str(bad.id), "--json"]) == 1
    out = json.loads(capsys.readouterr().out)
    assert out["draft_id"] == bad.id and out["counts"]["error"] == len(_wording("de"))
    assert {(f["rule_id"], f.get("fact")) for f in out["findings"]} >= {
        ("generation.warning-missing", "warning"), ("generation.fact-missing", "dimensions")}
    assert main(["lint", "--draft", str(bad.id)]) == 1
    text = capsys.readouterr().out
    assert text.startswith(f"draft {bad.id}: yoga-mat · de-DE · listing · amazon [draft] — 2 error(s)")
    assert "the label wording: “" + _wording("de")[0] in text
    good = generation.generate_one(db, pid, "fr-FR", "listing", "amazon", "offline", use_cache=False)
    assert main(["lint", "--draft", str(good.id)]) == 0
    assert "0 error(s)" in capsys.readouterr().out
    # bad input: one line, exit 2
    assert main(["lint", "--draft", "999999"]) == 2
    assert "no draft with id 999999" in capsys.readouterr().err
    assert main(["lint", "--draft", str(good.id), "--market", "de-DE"]) == 2
    assert "--draft ID names one draft" in capsys.readouterr().err


def test_the_whole_catalog_lint_reports_facts_kept_too(mat, model, capsys):  # noqa: F811
    """``studio lint`` over drafts (and Checks › Catalog report, which reads the same service) runs the check."""
    from studio.services.quality import lint_drafts

    db, pid = mat
    bad = generation.generate_one(db, pid, "de-DE", "listing", "amazon",
                                  provider=model(_listing_de(warning=False, thickness=False)))
    good = generation.generate_one(db, pid, "fr-FR", "listing", "amazon", "offline", use_cache=False)
    by_id = {r.draft_id: r for r in lint_drafts(db, product="yoga-mat")}
    assert {f.rule_id for f in by_id[bad.id].findings if f.source == "facts-kept"} == {
        "generation.warning-missing", "generation.fact-missing"}
    assert not [f for f in by_id[good.id].findings if f.source == "facts-kept"]
    capsys.readouterr()
    assert main(["lint", "--product", "yoga-mat", "--json"]) == 1
    out = json.loads(capsys.readouterr().out)
    rules = {f["rule_id"] for d in out["drafts"] if d["draft_id"] == bad.id for f in d["findings"]}
    assert "generation.warning-missing" in rules
