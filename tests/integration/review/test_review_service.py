"""Review queue service on SQLite and PostgreSQL (issue 19 item 3): filters, rejection reasons in the history,
word diff, source facts, bulk approve that passes over drafts with findings and never approves an error."""

from __future__ import annotations

import pytest

from studio.domain import NotFound, StudioError
from studio.services import drafts, review
from studio.services.review import QueueFilter
from tests.support.gen_products import add_product

ERR = {"rule_id": "claims.guarantee", "severity": "error", "message": "a guarantee the facts do not state"}
WARN = {"rule_id": "generation.fact-untranslated", "severity": "warning", "message": "a fact kept in English"}
NOTE = {"rule_id": "generation.fact-not-in-caption", "severity": "info", "message": "not every fact is used"}


def _save(db, pid, market, kind, target, content, checks=()):
    return drafts.save_version(db, pid, market, kind, target, content, author="offline", ai_generated=False,
                               provenance={"provider": "offline"}, checks=list(checks))


def _fixture(db):
    a = add_product(db, "tee-a")
    b = add_product(db, "tee-b", title="Linen Shirt")
    d = {
        "clean": _save(db, a, "de-DE", "caption", "instagram", {"text": "Leinen-Shirt in Weiß"}, [NOTE]),
        "warn": _save(db, a, "de-DE", "listing", "amazon", {"title": "Leinen-Shirt", "bullets": ["a"]}, [WARN]),
        "error": _save(db, b, "ar-SA", "caption", "tiktok", {"text": "قميص كتان"}, [ERR, WARN]),
        "fr": _save(db, b, "fr-FR", "caption", "instagram", {"text": "Chemise en lin"}),
    }
    return a, b, {k: v.id for k, v in d.items()}


def test_filters_market_kind_target_status_and_errors(db):
    a, b, ids = _fixture(db)
    got = lambda **kw: sorted(r.draft_id for r in review.queue(db, QueueFilter(**kw)))  # noqa: E731
    assert got() == sorted(ids.values())  # default: awaiting review (draft or in-review)
    assert got(market="de-DE") == sorted([ids["clean"], ids["warn"]])
    assert got(kind="caption", market="de-DE") == [ids["clean"]]
    assert got(target="tiktok") == [ids["error"]]
    assert got(has_errors=True) == [ids["error"]]
    assert ids["error"] not in got(has_errors=False) and len(got(has_errors=False)) == 3
    assert got(product="tee-b") == sorted([ids["error"], ids["fr"]])
    assert got(product="TEE-A-S") == sorted([ids["clean"], ids["warn"]])  # a variant SKU
    row = next(r for r in review.queue(db) if r.draft_id == ids["error"])
    assert (row.errors, row.warnings, row.notes, row.clean) == (1, 1, 0, False)
    assert next(r for r in review.queue(db) if r.draft_id == ids["clean"]).clean
    drafts.submit_for_review(db, [ids["fr"]])
    assert got(status="in-review") == [ids["fr"]] and ids["fr"] in got(status="awaiting")
    assert review.choices(db)["markets"] == ["ar-SA", "de-DE", "fr-FR"]
    with pytest.raises(StudioError, match="unknown status 'done'"):
        review.queue(db, QueueFilter(status="done"))
    with pytest.raises(NotFound):
        review.queue(db, QueueFilter(product="no-such-sku"))


def test_reject_needs_a_reason_stores_it_and_the_history_shows_it(db):
    _a, _b, ids = _fixture(db)
    did = ids["warn"]
    for bad in (None, "", "   \n "):
        with pytest.raises(StudioError, match="needs a reason"):
            review.reject(db, [did], bad)
    assert drafts.get_draft(db, did).status == "draft"  # nothing written
    with pytest.raises(StudioError, match="under 2000"):
        review.reject(db, [did], "x" * 2001)
    with pytest.raises(NotFound, match="no draft with id 999999"):
        review.reject(db, [did, 999999], "too long")
    assert drafts.get_draft(db, did).status == "draft" and review.events(db, did) == []  # all or nothing
    summary = review.reject(db, [did], "  bullet 'a' says nothing;\n name the fabric ", by="tester")
    assert summary.updated == (did,)
    assert drafts.get_draft(db, did).status == "rejected"
    assert did not in [r.draft_id for r in review.queue(db)]  # out of the queue
    last = review.last_rejection(db, did)
    assert last.reason == "bullet 'a' says nothing; name the fabric" and last.author == "tester" and last.version == 1
    # a new version brings it back to the queue; the history keeps the rejection, in order
    drafts.edit(db, did, {"bullets": ["100% Leinen"]})
    assert did in [r.draft_id for r in review.queue(db)]
    review.approve(db, [did], by="tester")
    hist = review.history(db, did)
    assert [(h.what, h.version) for h in hist] == [("version", 1), ("rejected", 1), ("version", 2),
                                                   ("approved", 2)]
    assert hist[1].reason.startswith("bullet 'a'")


def test_approve_keeps_the_error_gate(db):
    _a, _b, ids = _fixture(db)
    with pytest.raises(drafts.ApprovalRefused):
        review.approve(db, [ids["error"]])
    assert drafts.get_draft(db, ids["error"]).status == "draft"
    assert review.events(db, ids["error"]) == []
    review.approve(db, [ids["error"]], reason="the guarantee is in the supplier contract")
    assert drafts.get_draft(db, ids["error"]).status == "approved"
    assert review.events(db, ids["error"])[0].reason == "the guarantee is in the supplier contract"


def test_bulk_approve_skips_drafts_with_findings(db):
    _a, _b, ids = _fixture(db)
    res = review.approve_clean(db)
    skipped = {s["draft_id"]: s["reason"] for s in res.skipped}
    # the caption with only an info note and the one without findings (unless a check run now finds one)
    assert ids["clean"] in res.approved or "when checked again" in skipped.get(ids["clean"], "")
    assert ids["error"] not in res.approved and skipped[ids["error"]] == "1 error finding(s)"
    assert ids["warn"] not in res.approved and skipped[ids["warn"]] == "1 warning(s)"
    for did in res.approved:
        assert drafts.get_draft(db, did).status == "approved"
        assert review.events(db, did)[-1].reason.startswith("bulk")
    assert drafts.get_draft(db, ids["error"]).status == "draft"
    # warnings let through on request; an error finding never
    res2 = review.approve_clean(db, allow_warnings=True)
    assert ids["error"] not in res2.approved and drafts.get_draft(db, ids["error"]).status == "draft"
    assert drafts.get_draft(db, ids["warn"]).status in ("approved", "draft")
    # a filter limits the bulk action
    assert review.approve_clean(db, QueueFilter(market="xx-XX")).approved == []


def test_bulk_approve_rechecks_a_draft_stored_without_findings(db):
    """A version stored without findings whose text breaks a rule now is passed over (drafts.approve's gate
    re-runs the checks), not approved."""
    pid = add_product(db, "tee-c")
    bad = _save(db, pid, "en-US", "caption", "instagram",
                {"text": "Best linen tee ever! Guaranteed to cure back pain in 7 days. 5 stars from 1,000 buyers: "
                         "\"Life changing!\" — Anna"})
    fresh = drafts.current_checks(db, bad.id)
    res = review.approve_clean(db, QueueFilter(product="tee-c"))
    if drafts.error_findings(fresh):
        assert res.approved == [] and "checked again" in res.skipped[0]["reason"]
        assert drafts.get_draft(db, bad.id).status == "draft"
    else:  # pragma: no cover - the claims rules changed
        pytest.fail(f"expected the claims rules to find an error in the test text: {fresh}")


def test_word_diff_against_the_previous_version(db):
    pid = add_product(db)
    d = _save(db, pid, "de-DE", "listing", "amazon",
              {"title": "Leinen-Shirt in Weiß", "bullets": ["eins", "zwei"], "language": "de"})
    first = review.word_diff(db, d.id)
    assert {w.field for w in first} == {"title", "bullets"}  # language hidden
    assert all(op == "insert" for w in first for op, _ in w.segments)  # nothing before version 1
    drafts.edit(db, d.id, {"title": "Leinen-Shirt in Sandfarbe", "bullets": ["eins", "zwei"]})
    diff = {w.field: w for w in review.word_diff(db, d.id)}
    assert diff["title"].segments == (("equal", "Leinen-Shirt in "), ("delete", "Weiß"), ("insert", "Sandfarbe"))
    assert not diff["bullets"].changed
    # joined back, the segments are the two texts; Arabic words stay whole
    old, new = "قميص كتان أبيض", "قميص كتان رملي"
    segs = review.diff_words(old, new)
    assert "".join(t for op, t in segs if op != "insert") == old
    assert "".join(t for op, t in segs if op != "delete") == new
    assert ("delete", "أبيض") in segs and ("insert", "رملي") in segs
    assert [w.field for w in review.word_diff(db, d.id, 1, 1) if w.changed] == []


def test_source_facts_include_what_the_description_states(db):
    pid = add_product(db, "vase", title="Ceramic Vase", body_text="Material: stoneware. Height: 18 cm.",
                      facts=[{"key": "colour", "value": "white"}])
    facts = {f["key"]: f for f in review.source_facts(db, pid)}
    assert facts["colour"]["source"] == "catalog"
    assert any(f["source"] == "description" for f in facts.values()), facts


def test_campaign_variants_are_told_apart_in_the_queue(db):
    pid = add_product(db, "tee-v")
    plain = drafts.save_version(db, pid, "de-DE", "caption", "instagram", {"text": "Leinen"}, author="offline",
                                ai_generated=False)
    launch = drafts.save_version(db, pid, "de-DE", "caption", "instagram", {"text": "Jetzt neu"}, author="offline",
                                 ai_generated=False, variant="launch")
    rows = {r.draft_id: r for r in review.queue(db, QueueFilter(product="tee-v"))}
    assert rows[plain.id].variant == "" and rows[launch.id].variant == "launch"


def test_a_stored_fact_read_off_the_description_or_title_says_so(db):
    """Found in the s17 walkthrough: the sample vase's "12 x 12 x 24 cm", read off its description at import
    (Catalog › Facts: Source "description"), was listed in Review's source facts as From "catalog"."""
    pid = add_product(db, "vase-2", title="Ceramic Vase", body_text="A vase. It measures 12 x 12 x 24 cm.",
                      facts=[{"key": "colour", "value": "white", "source": "import"},
                             {"key": "dimensions", "value": "12 x 12 x 24 cm", "type": "dimensions", "unit": "cm",
                              "source": "html", "data": {"span": [20, 36], "from": "description"}},
                             {"key": "material", "value": "linen", "source": "html",
                              "data": {"span": [0, 5], "from": "title"}}])
    facts = {f["key"]: f for f in review.source_facts(db, pid)}
    assert facts["colour"]["source"] == "catalog"
    assert facts["dimensions"]["source"] == "description"
    assert facts["material"]["source"] == "title"
