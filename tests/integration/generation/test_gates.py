"""Issue 16, item 5: gates that gate — approval with error findings needs a recorded reason, a failed item
makes ``studio generate`` exit non-zero and name it."""

from __future__ import annotations

import json

import pytest

from studio.cli.main import main
from studio.services import drafts, generation
from tests.support.gen_products import add_product

ERR = {"rule_id": "grounding.certifications", "severity": "error",
       "message": "“OEKO-TEX” is not among the product's certifications"}


def _draft(db, checks):
    pid = add_product(db, "tee-g")
    return drafts.save_version(db, pid, "de-DE", "caption", "instagram", {"text": "x"}, author="ai",
                               ai_generated=True, provenance={"provider": "p"}, checks=checks)


def test_approval_refuses_errors_without_a_reason(db):
    d = _draft(db, [ERR, {"rule_id": "w", "severity": "warning", "message": "m"}])
    with pytest.raises(drafts.ApprovalRefused, match="OEKO-TEX"):
        drafts.approve(db, [d.id])
    with pytest.raises(drafts.ApprovalRefused):
        drafts.set_status(db, [d.id], "approved")  # no way around the gate
    assert drafts.get_draft(db, d.id).status == "draft"
    summary = drafts.approve(db, [d.id], reason="certificate arrives Monday, checked with supplier", by="test")
    assert "despite error findings" in summary.message
    got = drafts.get_draft(db, d.id)
    assert got.status == "approved"
    ov = got.latest.provenance["approval_override"]
    assert ov["reason"].startswith("certificate") and ov["errors"][0]["rule_id"] == "grounding.certifications"
    assert drafts.approval_override(db, got.latest.id) == ov


def test_approval_without_errors_needs_no_reason(db):
    d = _draft(db, [{"rule_id": "w", "severity": "warning", "message": "m"}])
    drafts.approve(db, [d.id])
    assert drafts.get_draft(db, d.id).latest.provenance.get("approval_override") is None


def test_a_human_edit_is_checked_before_approval(db):
    """Found in the app: an edit that adds a cure claim was saved with no checks, so Approve went through."""
    d = _draft(db, [])
    edited = drafts.edit(db, d.id, {"text": "Cures cancer, 100% guaranteed weight loss in 7 days."})
    assert drafts.error_findings(edited.latest.checks), "the edit's findings are stored with the version"
    with pytest.raises(drafts.ApprovalRefused):
        drafts.approve(db, [d.id])
    assert drafts.get_draft(db, d.id).status == "draft"


def test_approval_checks_again_a_version_stored_without_checks(db):
    d = _draft(db, [])
    bad = drafts.save_version(db, d.product_id, "de-DE", "caption", "instagram",
                              {"text": "Heilt Krebs garantiert."}, author="human", ai_generated=False)
    with pytest.raises(drafts.ApprovalRefused):
        drafts.approve(db, [bad.id])


def test_cli_approve_reason(sqlite_db, capsys):
    d = _draft(sqlite_db, [ERR])
    assert main(["drafts", "approve", str(d.id)]) != 0
    assert "--reason" in capsys.readouterr().err
    assert main(["drafts", "approve", str(d.id), "--reason", "supplier certificate on file"]) == 0
    capsys.readouterr()
    assert main(["drafts", "show", str(d.id)]) == 0
    assert "approved despite 1 error finding(s) — reason: supplier certificate on file" in capsys.readouterr().out


def test_generate_exits_non_zero_and_names_failed_items(sqlite_db, capsys, monkeypatch):
    add_product(sqlite_db, "tee-a")
    real = generation.run_item

    def flaky(db, item, provider, **kw):
        if item.market == "fr-FR":
            raise generation.WrongLanguage("wrote 'de', not 'fr'; nothing was stored")
        return real(db, item, provider, **kw)

    monkeypatch.setattr(generation, "run_item", flaky)
    rc = main(["generate", "--markets", "de-DE,fr-FR", "--products", "tee-a", "--kinds", "listing",
               "--channel", "amazon", "--provider", "offline"])
    out = capsys.readouterr()
    assert rc == 1
    assert "failed: tee-a fr-FR listing/amazon: wrote 'de'" in out.out
    assert "1 of 2 item(s) failed" in out.err
    rc = main(["generate", "--markets", "de-DE,fr-FR", "--products", "tee-a", "--kinds", "listing",
               "--channel", "amazon", "--provider", "offline", "--json"])
    out = capsys.readouterr()
    assert rc == 1 and json.loads(out.out)["failed"] == 1 and "fr-FR" in out.err
