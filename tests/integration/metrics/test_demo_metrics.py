"""Demo step 55 (issue 20 item 7): approved captions published to emulated X and Threads accounts on
127.0.0.1 (the emulators package, through the registry) and their metrics synced; a second demo run adds no
post twice; a later plain sync leaves the emulated accounts alone."""

from __future__ import annotations

from sqlalchemy import func, select

from studio.services import accounts, catalog, drafts, metrics, sample
from studio.services.demo import DemoContext
from studio.services.demo_steps import metrics as step
from studio.storage import models as m
from studio.storage import models_metrics as mm


def _caption(db, product_id, market, text):
    d = drafts.save_version(db, product_id, market, "caption", "instagram", {"text": text, "language": market[:2]},
                            author="offline", ai_generated=False, provenance={})
    drafts.approve(db, [d.id])
    return d


def test_demo_step_publishes_to_emulated_accounts_and_syncs_metrics(sqlite_db, tmp_path):
    sample.import_sample(sqlite_db)
    p1, p2 = catalog.list_products(sqlite_db, limit=2)
    ids = [_caption(sqlite_db, p1.id, "en-US", "Soft light for reading. #home").id,
           _caption(sqlite_db, p2.id, "de-DE", "Warmes Licht zum Lesen. #home").id]
    ctx = DemoContext(db=sqlite_db, out=tmp_path / "demo", state={"draft_ids": ids})
    res = step.run(ctx)
    assert "skipped" not in res, res
    assert "4 posts published" in res["published"], res
    rows = metrics.latest(sqlite_db)
    assert len(rows) == 4 and all(r.fetched_at is not None for r in rows)
    assert {(r.product, r.market) for r in rows} == {(p1.handle, "en-US"), (p2.handle, "de-DE")}
    assert all(r.metrics["views"] is not None and r.metrics["views"] > 0 for r in rows)  # a week-old post
    assert {r.platform for r in rows} == {"x", "threads"}
    assert accounts.get_account(sqlite_db, "demo-x").settings.get("emulated")
    step.run(ctx)  # the demo again: new emulator ports, no post twice, a new point of the series
    with sqlite_db.session() as s:
        assert s.scalar(select(func.count()).select_from(m.Post)) == 4
        assert s.scalar(select(func.count()).select_from(mm.PostMetric)) == 8
    # the emulators stopped with the demo: a plain sync leaves the emulated accounts alone instead of failing
    res = metrics.sync(sqlite_db)
    assert res.total == 0 and res.failed == 0
