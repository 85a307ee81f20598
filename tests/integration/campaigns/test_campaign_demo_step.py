"""``studio demo``'s campaigns step: the issue's Ramadan (ar-SA, ar-AE) and 11.11 (th-TH) campaigns from the
sample catalog, scheduled on the demo's Folder channel; a second demo run adds nothing twice."""

from __future__ import annotations

import pytest

from studio.services import accounts, campaigns, sample
from studio.services.demo import DemoContext
from studio.services.demo_steps import campaigns as step
from studio.services.scheduling import queue

pytestmark = pytest.mark.clock("2026-12-01T12:00")  # plans 2027 festivals: the app believes it is Dec 2026


def test_demo_campaigns_step(sqlite_db, tmp_path):
    sample.import_sample(sqlite_db)
    ctx = DemoContext(db=sqlite_db, out=tmp_path / "demo")
    assert "skipped" in step.run(ctx)  # no Folder channel yet: says which step makes it
    accounts.add_account(sqlite_db, "folder", step.ACCOUNT, base_url=str(tmp_path / "bundles"),
                         settings_={"path": str(tmp_path / "bundles")})
    out = step.run(ctx)
    assert "status scheduled" in out["Demo Ramadan"] and "status scheduled" in out["Demo 11.11"]
    ram = campaigns.get_campaign(sqlite_db, "Demo Ramadan")
    assert ram.markets == ["ar-SA", "ar-AE"] and ram.counts == {"scheduled": 12}
    assert campaigns.get_campaign(sqlite_db, "Demo 11.11").counts == {"scheduled": 6}
    posts = queue.list_posts(sqlite_db)
    assert len(posts) == 18 and all(p.campaign in ("Demo Ramadan", "Demo 11.11") for p in posts)
    step.run(ctx)
    assert len(queue.list_posts(sqlite_db)) == 18
