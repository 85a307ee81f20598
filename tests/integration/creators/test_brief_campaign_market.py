"""Finding 7 (walkthrough s14): a th-TH brief accepted the ar-SA/ar-AE Ramadan campaign and handed out its code.
A studio campaign's brief is refused outside the campaign's markets, with a one-line reason (service and CLI)."""

from __future__ import annotations

import pytest

from studio.cli.main import main
from studio.domain import StudioError
from studio.services import briefs, campaigns


def test_brief_outside_the_campaigns_markets_is_refused(seeded, tmp_path, capsys):
    db, _product, _lina = seeded
    campaigns.create_campaign(db, "Walk Ramadan", festival="ramadan", markets=["ar-SA", "ar-AE"],
                              products=["ceramic-bud-vase"], channels=["instagram"], offer={"code": "RAMADAN27"})
    req = briefs.BriefRequest(product="ceramic-bud-vase", market="th-TH", creator="Lina K.", platform="tiktok",
                              campaign="Walk Ramadan")
    with pytest.raises(StudioError, match=r"campaign 'Walk Ramadan' runs in ar-SA, ar-AE, not th-TH"):
        briefs.build_brief(db, req)
    rc = main(["brief", "--product", "ceramic-bud-vase", "--market", "th-TH", "--creator", "Lina K.",
               "--campaign", "Walk Ramadan", "--out", str(tmp_path / "b"), "--no-sample", "--store-url", "https://shop.example.com"])
    err = capsys.readouterr().err
    assert rc != 0 and "not th-TH" in err and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "b").exists() or not any((tmp_path / "b").rglob("*.txt"))
    # in one of its markets the campaign's code is the brief's
    assert main(["brief", "--product", "ceramic-bud-vase", "--market", "ar-SA", "--creator", "Lina K.",
                 "--campaign", "Walk Ramadan", "--out", str(tmp_path / "ok"), "--no-sample",
                 "--store-url", "https://shop.example.com"]) == 0
    assert any("RAMADAN27" in p.read_text(encoding="utf-8") for p in (tmp_path / "ok").rglob("*.txt"))
