"""Demo step 56 (issue 20): after step 55 published to emulated accounts and synced their metrics, demo orders in
Shopify's layout are imported (personal columns dropped and named) and Insights shows the posted products per
market × channel with sample sizes and correlation orders."""

from __future__ import annotations

from sqlalchemy import func, select

from studio.services import catalog, drafts, insights, sample
from studio.services.demo import DemoContext
from studio.services.demo_steps import insights as step
from studio.services.demo_steps import metrics as publish_step
from studio.storage import models_orders as mo


def test_demo_orders_and_insights(sqlite_db, tmp_path):
    db = sqlite_db
    sample.import_sample(db)
    (p1,) = catalog.list_products(db, limit=1)
    d = drafts.save_version(db, p1.id, "en-US", "caption", "instagram", {"text": "Soft light for reading. #home"},
                            author="offline", ai_generated=False, provenance={})
    drafts.approve(db, [d.id])
    ctx = DemoContext(db=db, out=tmp_path / "demo", state={"draft_ids": [d.id]})
    ctx.out.mkdir(parents=True)
    assert "skipped" not in publish_step.run(ctx)
    res = step.run(ctx)
    assert "skipped" not in res, res
    assert "4 order lines" in res["orders"] and "Billing Name" in res["privacy"] and "Phone" in res["privacy"]
    with db.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(mo.OrderLine)).scalar() == 4
    rows = [r for r in insights.table(db) if r.product == p1.handle]
    assert {r.channel for r in rows} == {"x", "threads"}
    assert all(r.views.n == 1 and r.views.value for r in rows)
    assert sum(r.corr_orders.value for r in rows) == 4  # no UTM links in the demo posts: correlation only
    assert all(r.orders.value == 0 for r in rows)
