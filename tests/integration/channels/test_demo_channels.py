"""The demo's channels step: approved captions → Folder bundles, idempotent on a second run."""

from __future__ import annotations

import json

from studio.services import catalog, drafts, sample
from studio.services.demo import DemoContext
from studio.services.demo_steps import channels as step
from studio.services.scheduling import queue


def test_demo_step_publishes_captions_to_folder_bundles(sqlite_db, tmp_path):
    sample.import_sample(sqlite_db)
    p = catalog.list_products(sqlite_db, limit=1)[0]
    d = drafts.save_version(sqlite_db, p.id, "en-US", "caption", "instagram",
                            {"text": "Soft light for reading. #home", "language": "en"}, author="offline",
                            ai_generated=False, provenance={})
    ctx = DemoContext(db=sqlite_db, out=tmp_path / "demo", state={"draft_ids": [d.id]})
    res = step.run(ctx)
    bundles = tmp_path / "demo" / "channels" / "bundles"
    assert res["bundles"] == str(bundles)
    made = [b for b in bundles.iterdir() if b.is_dir()]
    assert len(made) == 1
    assert json.loads((made[0] / "post.json").read_text(encoding="utf-8"))["text"] == "Soft light for reading. #home"
    assert drafts.get_draft(sqlite_db, d.id).status == "approved"
    assert [p.state for p in queue.list_posts(sqlite_db)] == ["published"]
    step.run(ctx)  # a second demo run adds nothing twice
    assert len(queue.list_posts(sqlite_db)) == 1 and len(list(bundles.iterdir())) == 1
