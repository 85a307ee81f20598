"""``studio drafts`` as the review queue's CLI (issue 19 item 3): filters incl. --has-errors, reject with a
reason, approve --all-clean that skips drafts with findings, diff --json with word segments; bad input exits
non-zero with a one-line reason. Runs on SQLite and PostgreSQL (the ``db`` fixture is the CLI's database)."""

from __future__ import annotations

import json

from studio.cli.main import main
from studio.services import drafts, review
from tests.integration.review.test_review_service import _fixture


def cli(capsys, *argv):
    rc = main(list(argv))
    out = capsys.readouterr()
    return rc, out.out, out.err


def test_drafts_filters_and_json(db, capsys):
    _a, _b, ids = _fixture(db)
    rc, out, _ = cli(capsys, "drafts", "--has-errors", "--json")
    assert rc == 0 and [r["id"] for r in json.loads(out)] == [ids["error"]]
    rc, out, _ = cli(capsys, "drafts", "--market", "de-DE", "--kind", "caption", "--target", "instagram", "--json")
    assert [r["id"] for r in json.loads(out)] == [ids["clean"]]
    rc, out, _ = cli(capsys, "drafts", "--status", "awaiting", "--product", "tee-b", "--json")
    assert sorted(r["id"] for r in json.loads(out)) == sorted([ids["error"], ids["fr"]])
    rc, out, err = cli(capsys, "drafts", "--status", "done")
    assert rc != 0 and "unknown status 'done'" in err and len(err.strip().splitlines()) == 1


def test_reject_with_reason_and_history(db, capsys):
    _a, _b, ids = _fixture(db)
    rc, _out, err = cli(capsys, "drafts", "reject", str(ids["warn"]))
    assert rc != 0 and "needs a reason" in err
    assert drafts.get_draft(db, ids["warn"]).status == "draft"
    rc, out, _ = cli(capsys, "drafts", "reject", str(ids["warn"]), "--reason", "name the fabric", "--json")
    assert rc == 0 and json.loads(out)["updated"] == [ids["warn"]]
    rc, out, _ = cli(capsys, "drafts", "show", str(ids["warn"]))
    assert "rejected cli — name the fabric" in out
    rc, out, _ = cli(capsys, "drafts", "show", str(ids["warn"]), "--json")
    hist = json.loads(out)["history"]
    assert hist[-1]["what"] == "rejected" and hist[-1]["reason"] == "name the fabric"
    rc, _out, err = cli(capsys, "drafts", "reject", "424242", "--reason", "x")
    assert rc != 0 and "no draft with id 424242" in err


def test_approve_all_clean_skips_drafts_with_findings(db, capsys):
    _a, _b, ids = _fixture(db)
    rc, out, _ = cli(capsys, "drafts", "approve", "--all-clean", "--json")
    res = json.loads(out)
    skipped = {s["draft_id"]: s["reason"] for s in res["skipped"]}
    assert rc == 0 and ids["error"] in skipped and ids["warn"] in skipped
    assert ids["error"] not in res["approved"] and ids["warn"] not in res["approved"]
    assert drafts.get_draft(db, ids["error"]).status == "draft"
    rc, _out, err = cli(capsys, "drafts", "approve", "--all-clean", "--has-errors")
    assert rc != 0 and "opposite" in err
    rc, _out, err = cli(capsys, "drafts", "approve", "1", "--all-clean")
    assert rc != 0 and "not both" in err
    rc, _out, err = cli(capsys, "drafts", "approve")
    assert rc != 0 and "--all-clean" in err
    rc, _out, err = cli(capsys, "drafts", "approve", str(ids["error"]))  # the gate holds from the CLI too
    assert rc != 0 and "not approved" in err and drafts.get_draft(db, ids["error"]).status == "draft"


def test_diff_json_has_word_segments(db, capsys):
    _a, _b, ids = _fixture(db)
    drafts.edit(db, ids["clean"], {"text": "Leinen-Shirt in Sandfarbe"})
    rc, out, _ = cli(capsys, "drafts", "diff", str(ids["clean"]), "--json")
    data = json.loads(out)
    assert rc == 0 and data[0]["field"] == "text"
    assert ["delete", "Weiß"] in data[0]["words"] and ["insert", "Sandfarbe"] in data[0]["words"]
    assert review.word_diff(db, ids["clean"])[0].changed
