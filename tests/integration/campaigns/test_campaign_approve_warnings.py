"""Finding 8 (walkthrough s14): Campaigns › Approve approved drafts with warnings without saying so. The campaign's
approval now has the review queue's policy (``studio drafts approve --all-clean [--allow-warnings]``): warnings
only with an explicit opt-in, errors only with a reason; the CLI says how many and how to opt in."""

from __future__ import annotations

from studio.cli.main import main
from studio.services import accounts, campaigns, catalog, drafts, sample


def _warned_campaign(db, tmp_path):
    sample.import_sample(db)
    handle = catalog.list_products(db, limit=1)[0].handle
    accounts.add_account(db, "folder", "ig", base_url=str(tmp_path / "ig"),
                         settings_={"path": str(tmp_path / "ig"), "caption_target": "instagram"})
    campaigns.create_campaign(db, "sale", festival="11-11", markets=["th-TH"], products=[handle],
                              channels=["instagram"], offer={"discount_percent": 11, "code": "TH1111"})
    campaigns.plan(db, "sale")
    assert campaigns.generate(db, "sale").failed == 0
    c = campaigns.get_campaign(db, "sale")
    did = c.items[0].draft_id
    text = drafts.get_draft(db, did).latest.content["text"]
    # a person takes the offer line out: the caption no longer states the code (campaign.offer-missing, a warning)
    edited = "\n".join(line for line in text.splitlines() if "TH1111" not in line and "11%" not in line)
    d = drafts.edit(db, did, {"text": edited})
    sev = {f["severity"] for f in d.latest.checks}
    assert "warning" in sev and "error" not in sev, d.latest.checks
    return did, len(c.items)


def test_approve_leaves_drafts_with_warnings_unless_allowed(db, tmp_path):
    did, n = _warned_campaign(db, tmp_path)
    summary = campaigns.approval_summary(db, "sale")
    assert summary["to_approve"] == n and summary["with_warnings"] >= 1
    res = campaigns.approve(db, "sale")
    held = {r["draft"]: r["reason"] for r in res["refused"]}
    assert did not in res["approved"] and "warning(s)" in held[did]
    assert len(held) == summary["with_warnings"] and len(res["approved"]) == n - len(held)
    assert drafts.get_draft(db, did).status != "approved"
    res = campaigns.approve(db, "sale", allow_warnings=True)
    assert did in res["approved"] and res["refused"] == [] and drafts.get_draft(db, did).status == "approved"


def test_cli_approve_says_how_to_opt_in(db, tmp_path, capsys):
    did, _n = _warned_campaign(db, tmp_path)
    assert main(["campaign", "approve", "sale"]) != 0
    err = capsys.readouterr().err
    assert f"draft {did}" in err and "--allow-warnings" in err
    assert main(["campaign", "approve", "sale", "--allow-warnings"]) == 0
    assert drafts.get_draft(db, did).status == "approved"
