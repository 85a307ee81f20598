"""The app warms the quality engine in the background at start (first-use cost, issue 17): through the task
runner, quietly, and the compiled rules land in the disk cache for the next start."""

from __future__ import annotations

from studio.quality import engine, rxcache


def test_start_warms_the_engine_off_the_gui_thread(ctx, qtbot, studio_home, monkeypatch):
    from ui import quality_warm

    monkeypatch.delenv("STUDIO_CACHE_DIR", raising=False)
    engine.reload()
    rxcache.clear_memory()
    started = []
    ctx.tasks.task_started.connect(lambda tid, name: started.append(name))
    quality_warm.start(ctx)
    assert ctx.tasks.active(include_quiet=True), "the warm-up runs as a task"
    qtbot.waitUntil(lambda: not ctx.tasks.active(include_quiet=True), timeout=120_000)
    assert list((studio_home / "cache").glob("quality-regex-*.json")), "compiled rules stored for the next start"
    assert started == [], "quiet: no status-bar noise"
    assert "en-US" in quality_warm.warm_markets()
