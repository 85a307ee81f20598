"""Drafts service on SQLite and PostgreSQL: versions, human edits, statuses, approval, diff."""

from __future__ import annotations

import pytest

from studio.domain import NotFound, StudioError
from studio.services import drafts
from studio.settings import Settings
from tests.support.gen_products import add_product


def _save(db, pid, content, **kw):
    args = {"author": "ai", "ai_generated": True, "provenance": {"provider": "p", "model": "m"}}
    args.update(kw)
    return drafts.save_version(db, pid, "de-DE", "listing", "amazon", content, **args)


def test_versions_edit_approve_and_latest_approved(db):
    pid = add_product(db)
    d1 = _save(db, pid, {"title": "Leinen-Shirt", "bullets": ["a"], "language": "de"}, inputs_hash="h1",
               prompt="the prompt", checks=[{"rule_id": "x", "severity": "warning", "message": "m"}])
    assert d1.current_version == 1 and d1.status == "draft" and d1.latest.inputs_hash == "h1"
    assert d1.latest.prompt == "the prompt" and d1.latest.checks[0]["rule_id"] == "x"
    assert drafts.latest_approved(db, pid, "de-DE", "listing", "amazon") is None
    # a human edit is a new version, not AI-generated, that records what it was based on
    d2 = drafts.edit(db, d1.id, {"title": "Leinen-T-Shirt"})
    assert d2.current_version == 2 and d2.latest.author == "human" and d2.latest.ai_generated is False
    assert d2.latest.content == {"title": "Leinen-T-Shirt", "bullets": ["a"], "language": "de"}
    assert d2.latest.provenance["edited_from_version"] == 1 and d2.latest.provenance["based_on_ai"] is True
    drafts.submit_for_review(db, [d1.id])
    assert drafts.get_draft(db, d1.id).status == "in-review"
    summary = drafts.approve(db, [d1.id])
    assert summary.updated == (d1.id,) and summary.entity == "draft"
    approved = drafts.latest_approved(db, pid, "de-DE", "listing", "amazon")
    assert approved.number == 2 and approved.content["title"] == "Leinen-T-Shirt"
    # a newer version puts the draft back to "draft" but the approved text stays what was approved
    d3 = _save(db, pid, {"title": "Neu", "bullets": ["b"], "language": "de"})
    assert d3.status == "draft" and d3.approved_version == 2 and d3.current_version == 3
    assert drafts.latest_approved(db, pid, "de-DE", "listing", "amazon").number == 2
    full = drafts.get_draft(db, d1.id)
    assert [v.number for v in full.versions] == [1, 2, 3] and full.latest.number == 3
    assert [v.author for v in full.versions] == ["ai", "human", "ai"]


def test_diff_between_versions(db):
    pid = add_product(db)
    d = _save(db, pid, {"title": "Alt", "bullets": ["eins", "zwei"]})
    drafts.edit(db, d.id, {"bullets": ["eins", "drei"]})
    diffs = drafts.diff(db, d.id)
    assert [f.field for f in diffs] == ["bullets"]
    assert "-zwei" in diffs[0].unified and "+drei" in diffs[0].unified
    assert drafts.diff(db, d.id, 1, 1) == []
    with pytest.raises(NotFound):
        drafts.diff(db, d.id, 1, 9)


def test_list_filters_by_product_ref_market_kind_status(db):
    a = add_product(db, "tee-a")
    b = add_product(db, "tee-b")
    for pid in (a, b):
        for market in ("de-DE", "ar-SA"):
            drafts.save_version(db, pid, market, "caption", "instagram", {"text": f"{pid} {market}"},
                                author="offline", ai_generated=False)
    assert len(drafts.list_drafts(db)) == 4
    assert {d.market for d in drafts.list_drafts(db, product="tee-a")} == {"de-DE", "ar-SA"}
    assert len(drafts.list_drafts(db, product="TEE-B-S")) == 2  # a variant SKU works too
    ar = drafts.list_drafts(db, market="ar-SA")
    assert len(ar) == 2 and all(d.latest.text().endswith("ar-SA") for d in ar)
    drafts.approve(db, [ar[0].id])
    assert [d.id for d in drafts.list_drafts(db, status="approved")] == [ar[0].id]
    assert drafts.list_drafts(db, kind="listing") == []
    with pytest.raises(NotFound, match="no-such"):
        drafts.list_drafts(db, product="no-such")
    with pytest.raises(StudioError, match="unknown draft status"):
        drafts.list_drafts(db, status="published")


def test_bad_input_is_rejected_whole(db):
    pid = add_product(db)
    d = _save(db, pid, {"title": "x"})
    with pytest.raises(NotFound, match="999"):
        drafts.approve(db, [d.id, 999])
    assert drafts.get_draft(db, d.id).status == "draft"  # nothing half-done
    with pytest.raises(StudioError, match="unknown author"):
        _save(db, pid, {"title": "y"}, author="robot")
    with pytest.raises(NotFound):
        drafts.save_version(db, 12345, "de-DE", "listing", "amazon", {}, author="ai", ai_generated=True)


def test_approval_required_setting_defaults_on():
    assert drafts.approval_required() is True
    drafts.set_approval_required(False)
    assert drafts.approval_required() is False
    assert Settings().get(drafts.APPROVAL_SETTING) is False
