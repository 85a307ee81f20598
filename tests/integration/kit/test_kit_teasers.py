"""Teasers at T−24 h and T−1 h go through the channels queue (Folder channel) and the worker publishes them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from urllib.parse import parse_qs, urlsplit

import pytest

from studio import clock
from studio.domain import StudioError
from studio.services import accounts, livestream
from studio.services.scheduling import queue
from tests.integration.kit.test_livestream_service import _seed

pytestmark = pytest.mark.clock("2026-12-01T12:00")  # a live in May 2030 and its teasers are ahead


def test_teasers_are_queued_checked_and_published(db, tmp_path, monkeypatch):
    _seed(db)
    accounts.add_account(db, "folder", "bundle", base_url=str(tmp_path / "bundles"),
                         settings_={"caption_target": "instagram"})
    starts = datetime(2030, 5, 1, 19, 0, tzinfo=UTC)
    result = livestream.build_kit(db, livestream.KitRequest(products=["MUG-1"], market="en-US", total_minutes=60,
                                                            starts_at=starts, store_url="https://shop.example.com"))
    posts = livestream.schedule_teasers(db, result.kit_id, "bundle", override_reason="demo")
    assert [p.scheduled_at for p in posts] == [starts - timedelta(hours=24), starts - timedelta(hours=1)]
    for p, hours in zip(posts, (24, 1), strict=True):
        link = next(line for line in p.text.splitlines() if line.startswith("https://"))
        q = parse_qs(urlsplit(link).query)
        assert q["utm_medium"] == [f"teaser-{hours}h"] and q["utm_source"] == ["folder"]
        assert q["utm_content"] == ["enamel-mug"] and len(q["utm_campaign"]) == 1
        assert "2030" in p.text
    # scheduling the same teasers again does not queue duplicates
    with pytest.raises(StudioError, match="already queued"):
        livestream.schedule_teasers(db, result.kit_id, "bundle", override_reason="demo")
    # move them to now and let the worker publish them to the folder bundle
    for p in posts:
        queue.reschedule(db, p.id, clock.now() - timedelta(minutes=1))
    from studio.services import worker

    worker.run_once(db)
    states = {queue.get_post(db, p.id).state for p in posts}
    assert states == {"published"}
    assert any((tmp_path / "bundles").rglob("caption.txt"))


def test_teasers_need_a_start_time(sqlite_db, tmp_path):
    _seed(sqlite_db)
    accounts.add_account(sqlite_db, "folder", "bundle", base_url=str(tmp_path))
    result = livestream.build_kit(sqlite_db, livestream.KitRequest(products=["MUG-1"], market="en-US",
                                                                   total_minutes=60,
                                                                   store_url="https://shop.example.com"))
    with pytest.raises(StudioError, match="start time"):
        livestream.schedule_teasers(sqlite_db, result.kit_id, "bundle")
