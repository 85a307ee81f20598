"""The offline second opinion on drafts (issue 17, build 2): draft linting (`studio lint`), the stored checks of a
version (Content, Review, `studio drafts --has-errors`), live Content checks and the scheduling gate all include the
classifier's model-suggested warnings; a rule that agrees gives its severity; the gate lists them but never asks a
reason for them; a user can dismiss one for a draft (kept in the draft's review history); the setting `off` turns it
off. SQLite and PostgreSQL (``db``)."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from studio import clock
from studio.cli.main import main
from studio.quality import lint_text
from studio.services import accounts, catalog, drafts, model_checks, review, sample
from studio.services.quality import check_publishable, lint_drafts
from studio.services.scheduling import gate

# fresh sentences, not from a hold-out: the rules miss the first (the point of a second opinion), agree on the second
MODEL_ONLY = "Helps your kids stay healthy all winter long."
RULE_AGREES = "This tea melted away my belly fat in days."
CLEAN = "Linen shirt in sand and navy, machine wash at 30 °C."


def _caption(text: str) -> dict:
    return {"text": text, "hook": "", "body": text, "cta": "", "hashtags": [], "language": "en"}


@pytest.fixture
def product(db):
    sample.import_sample(db)
    p = catalog.list_products(db, limit=1)[0]
    return catalog.get_product(db, p.id)


def _draft(db, product, text: str, market: str = "en-US", target: str = "instagram"):
    return drafts.save_version(db, product.id, market, "caption", target, _caption(text), author="human",
                               ai_generated=False, provenance={})


def _model(findings) -> list:
    return [f for f in findings if model_checks.is_model_suggested(f)]


def test_the_rules_alone_miss_the_model_only_sentence():
    assert not [f for f in lint_text(MODEL_ONLY, "instagram", "en-US", context={"user_rules": False})
                if f.family == "claims"]


def test_lint_drafts_includes_model_suggested_warnings_and_leaves_agreement_to_the_rule(db, product):
    only = _draft(db, product, MODEL_ONLY)
    agrees = _draft(db, product, RULE_AGREES, target="facebook")
    clean = _draft(db, product, CLEAN, target="threads")
    by_id = {r.draft_id: r.findings for r in lint_drafts(db)}
    got = _model(by_id[only.id])
    assert [(f.rule_id, f.severity, f.field) for f in got] == [("model.claims", "warning", "text")]
    assert got[0].data["quote"] == MODEL_ONLY.rstrip(".") + "." and got[0].data["dismiss_key"]
    # where a rule flags the same words, the rule's finding stands alone (no second row, no whole-field underline)
    assert _model(by_id[agrees.id]) == []
    assert [f for f in by_id[agrees.id] if f.family == "claims" and f.severity == "error"]
    assert _model(by_id[clean.id]) == []
    # off: the rules alone
    assert _model(next(r.findings for r in lint_drafts(db, second_opinion="off") if r.draft_id == only.id)) == []


def test_setting_off_turns_it_off_everywhere(db, product):
    from studio.settings import Settings

    d = _draft(db, product, MODEL_ONLY)
    s = Settings()
    s.set("quality.second_opinion", "off")  # written at once
    assert model_checks.automatic_mode() == "off"
    assert _model(next(r.findings for r in lint_drafts(db) if r.draft_id == d.id)) == []
    s.set("quality.second_opinion", "llm")  # the language model costs: draft checks use it only when asked
    assert model_checks.automatic_mode() == "local"


def test_stored_checks_carry_the_suggestion_but_no_error(db, product):
    d = _draft(db, product, "first version")
    edited = drafts.edit(db, d.id, {"text": MODEL_ONLY, "body": MODEL_ONLY})  # a human edit stores its checks
    stored = _model(edited.latest.checks)
    assert len(stored) == 1 and stored[0]["severity"] == "warning" and stored[0]["model_suggested"] is True
    assert not drafts.error_findings(edited.latest.checks)  # --has-errors and approval are not changed by it
    row = next(r for r in review.queue(db, review.QueueFilter(status=None)) if r.draft_id == d.id)
    assert row.errors == 0 and row.warnings >= 1


def test_cli_lint_json_marks_model_suggested_and_dismiss_removes_it(db, product, capsys):
    d = _draft(db, product, MODEL_ONLY)
    assert main(["lint", "--product", product.handle, "--json"]) == 0  # a model warning alone never exits 1
    out = json.loads(capsys.readouterr().out)
    mine = next(x for x in out["drafts"] if x["draft_id"] == d.id)
    model = [f for f in mine["findings"] if f["model_suggested"]]
    assert [f["rule_id"] for f in model] == ["model.claims"] and model[0]["severity"] == "warning"
    assert all(f["model_suggested"] is False for f in mine["findings"] if not f["rule_id"].startswith("model."))
    key = model[0]["dismiss_key"]

    assert main(["lint", "--draft", str(d.id), "--dismiss", "0000000000000000"]) == 2  # not a finding of it
    assert "has no model-suggested finding" in capsys.readouterr().err
    assert main(["lint", "--draft", str(d.id), "--dismiss", key, "--reason", "a child's scarf, no health claim",
                 "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["dismissed"] == key
    main(["lint", "--product", product.handle, "--json"])
    again = next(x for x in json.loads(capsys.readouterr().out)["drafts"] if x["draft_id"] == d.id)
    assert not [f for f in again["findings"] if f["model_suggested"]]
    hist = [h for h in review.history(db, d.id) if h.what == model_checks.DISMISSED]
    assert len(hist) == 1 and "a child's scarf" in hist[0].reason and key in hist[0].reason
    # the dismissal holds for the draft's later checks (a recheck) while the words stand
    assert not _model(drafts.current_checks(db, d.id))


def test_cli_lint_second_opinion_off_over_drafts(db, product, capsys):
    _draft(db, product, MODEL_ONLY)
    main(["lint", "--product", product.handle, "--second-opinion=off", "--json"])
    out = json.loads(capsys.readouterr().out)
    assert not [f for x in out["drafts"] for f in x["findings"] if f["model_suggested"]]


def test_gate_lists_model_suggestions_and_never_asks_a_reason_for_them(db, product, tmp_path):
    accounts.add_account(db, "folder", "bundle", base_url=str(tmp_path / "bundles"),
                         settings_={"caption_target": "instagram"})
    d = _draft(db, product, MODEL_ONLY)
    drafts.approve(db, [d.id])
    at = (clock.now() + timedelta(hours=24)).isoformat(timespec="minutes")
    res = gate.enqueue(db, [gate.QueueRequest(account="bundle", at=at, product=product.handle, market="en-US")])[0]
    model = [f for f in res.findings if f.get("model_suggested")]
    assert [f["rule_id"] for f in model] == ["model.claims"]
    assert any("[model-suggested]" in w and "model.claims" in w for w in res.warnings)
    assert res.post.override_reason in (None, "")
    ok, reason = check_publishable(model)
    assert ok and reason == ""


def test_gate_still_needs_a_reason_for_a_rule_warning_beside_a_model_one():
    rule_warning = {"rule_id": "claims.superlative", "severity": "warning", "message": "best"}
    model_warning = {"rule_id": "model.claims", "severity": "warning", "message": "m", "model_suggested": True}
    ok, reason = check_publishable([rule_warning, model_warning])
    assert not ok and "1 warning(s)" in reason
    with pytest.raises(Exception, match=r"claims.superlative\]"):
        gate.check_findings([rule_warning, model_warning], None)


def test_gate_leaves_out_a_suggestion_dismissed_for_the_draft(db, product, tmp_path):
    accounts.add_account(db, "folder", "bundle", base_url=str(tmp_path / "bundles"),
                         settings_={"caption_target": "instagram"})
    d = _draft(db, product, MODEL_ONLY)
    key = _model(next(r.findings for r in lint_drafts(db) if r.draft_id == d.id))[0].data["dismiss_key"]
    model_checks.dismiss(db, d.id, key, note="checked")
    drafts.approve(db, [d.id])
    at = (clock.now() + timedelta(hours=24)).isoformat(timespec="minutes")
    res = gate.enqueue(db, [gate.QueueRequest(account="bundle", at=at, product=product.handle, market="en-US")])[0]
    assert not [f for f in res.findings if f.get("model_suggested")]


def test_live_content_checks_include_the_suggestion(db, product):
    from studio.services import content_checks

    item = content_checks.checker(db, product.id, "en-US", "caption", "instagram")
    found = content_checks.check_content(item, _caption(MODEL_ONLY))
    model = _model(found)
    assert [f.rule_id for f in model] == ["model.claims"]
    key = model[0].data["dismiss_key"]
    assert not _model(content_checks.check_content(item, _caption(MODEL_ONLY), dismissed=frozenset({key})))
    # a stored check read back keeps its mark
    assert content_checks.finding_from_dict(model_checks.as_dict(model[0])).data["model_suggested"] is True
