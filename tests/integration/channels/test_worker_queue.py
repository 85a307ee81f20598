"""Queue + worker against the X emulator on SQLite and PostgreSQL: publish, retry, refresh, reject, defer."""

from __future__ import annotations

import json
import time
from datetime import timedelta

import pytest

from studio import clock
from studio.services import accounts, worker
from studio.services.scheduling import budgets, queue
from studio.storage import models as m
from tests.support.platforms.x import XEmulator


@pytest.fixture
def xemu():
    with XEmulator() as emu:
        yield emu


def _opts(**kw):
    return worker.WorkerOptions(base_backoff=0.01, **kw)


def _x_account(db, emu, name="x-main", **settings):
    acc = accounts.add_account(db, "x", name, base_url=emu.url, settings_={"poll_interval": 0.01,
                                                                           "token_url": emu.url + "/oauth/token",
                                                                           "client_id": "cid", **settings})
    accounts.store_tokens(name, {"access_token": "tok-1", "refresh_token": "refresh-1",
                                 "expires_at": time.time() + 7200})
    return acc


def _due(db, acc, text, **kw):
    return queue.create_post(db, acc.id, text, clock.now() - timedelta(seconds=5), **kw)


def test_publishes_due_posts_once_and_records_intent_before_receipt(db, xemu):
    acc = _x_account(db, xemu)
    posts = [_due(db, acc, f"caption {i}") for i in range(5)]
    later = queue.create_post(db, acc.id, "not yet", clock.now() + timedelta(hours=2))
    s1 = worker.run_once(db, options=_opts(concurrency=3))
    assert s1.published == 5
    assert worker.run_once(db, options=_opts()).published == 0  # nothing published twice
    assert all(xemu.published[f"caption {i}"] == 1 for i in range(5))
    assert xemu.published["not yet"] == 0
    for p in posts:
        dto = queue.get_post(db, p.id)
        assert dto.state == "published" and dto.platform_post_id and dto.platform_url.startswith("https://x.com/")
        kinds = [e["kind"] for e in queue.post_events(db, p.id)]
        assert kinds.index("intent") < kinds.index("receipt")
    assert queue.get_post(db, later.id).state == "scheduled"


def test_429_with_reset_header_is_retried_later_not_failed(db, xemu):
    acc = _x_account(db, xemu)
    p = _due(db, acc, "rate limited")
    reset = int(time.time()) + 120
    xemu.fail(r"/2/tweets", 429, {"title": "Too Many Requests", "type": "about:blank"},
              {"x-rate-limit-reset": str(reset), "x-rate-limit-remaining": "0"})
    s = worker.run_once(db, options=_opts())
    dto = queue.get_post(db, p.id)
    assert s.retrying == 1 and dto.state == "scheduled"
    # the retry waits for the platform's own reset time, not our backoff
    assert (dto.next_attempt_at - clock.now()).total_seconds() > 100
    assert "429" in dto.last_error
    assert xemu.published["rate limited"] == 0


def test_expired_token_is_refreshed_and_rotating_refresh_token_stored(db, xemu):
    acc = _x_account(db, xemu)
    xemu.expired_tokens.add("tok-1")
    p = _due(db, acc, "after refresh")
    s = worker.run_once(db, options=_opts())
    assert s.published == 1, s.messages
    assert xemu.published["after refresh"] == 1
    tokens = accounts.load_tokens("x-main")
    assert tokens["access_token"] != "tok-1" and tokens["refresh_token"] not in ("refresh-1", None)
    assert "refresh-1" in xemu.spent_refresh  # the old refresh token was spent and replaced
    assert queue.get_post(db, p.id).state == "published"


def test_failed_refresh_marks_account_needs_reconnect(db, xemu):
    acc = _x_account(db, xemu)
    xemu.expired_tokens.add("tok-1")
    xemu.refresh_tokens.clear()  # revoked
    p = _due(db, acc, "cannot refresh")
    worker.run_once(db, options=_opts())
    dto = queue.get_post(db, p.id)
    assert dto.state == "needs-attention"
    assert "studio accounts connect x-main" in dto.last_error
    assert accounts.get_account(db, "x-main").status == "needs-reconnect"


def test_rejected_post_fails_with_platform_code_and_action(db, xemu):
    acc = _x_account(db, xemu)
    xemu.reject_duplicates = True
    xemu.record_publish("dup text")
    p = _due(db, acc, "dup text")
    worker.run_once(db, options=_opts())
    dto = queue.get_post(db, p.id)
    assert dto.state == "failed"
    assert dto.error_code == "duplicate-content" and "change the text" in dto.error_action


def test_5xx_retries_with_backoff_then_gives_up(db, xemu):
    acc = _x_account(db, xemu)
    p = _due(db, acc, "flaky")
    xemu.fail(r"/2/tweets", 503, {"title": "Service Unavailable"}, times=10)
    for _ in range(3):
        worker.run_once(db, options=_opts(max_attempts=3))
        with db.session() as s:  # make the retry due now instead of waiting for the backoff
            s.get(m.Post, p.id).next_attempt_at = clock.now() - timedelta(seconds=1)
    dto = queue.get_post(db, p.id)
    assert dto.state == "failed" and "gave up after 3 attempts" in dto.last_error
    assert xemu.published["flaky"] == 0


def test_over_budget_posts_are_deferred_not_failed(db, xemu):
    acc = _x_account(db, xemu, budgets={"posts per 15 min": {"limit": 2}})
    ids = [_due(db, acc, f"budget {i}").id for i in range(4)]
    s = worker.run_once(db, options=_opts())
    states = [queue.get_post(db, i).state for i in ids]
    assert states.count("published") == 2 and states.count("scheduled") == 2
    assert s.deferred == 2
    deferred = [queue.get_post(db, i) for i in ids if queue.get_post(db, i).state == "scheduled"]
    assert all((d.next_attempt_at - clock.now()).total_seconds() > 800 for d in deferred)


def test_quota_status_warns_before_over_scheduling(db, xemu):
    acc = _x_account(db, xemu, budgets={"posts per 15 min": {"limit": 3}})
    at = clock.now() + timedelta(days=1)
    for i in range(4):
        queue.create_post(db, acc.id, f"q{i}", at + timedelta(minutes=i))
    q = budgets.quota_status(db, acc.id, at)
    assert q[0]["planned"] == 4 and q[0]["level"] == "over"


def test_missed_window_beyond_grace_needs_attention(db, xemu):
    acc = _x_account(db, xemu)
    old = queue.create_post(db, acc.id, "too late", clock.now() - timedelta(hours=3))
    late_ok = queue.create_post(db, acc.id, "a bit late", clock.now() - timedelta(minutes=20))
    s = worker.run_once(db, options=_opts(grace_minutes=60))
    assert queue.get_post(db, old.id).state == "needs-attention"
    assert "missed its time" in queue.get_post(db, old.id).last_error
    assert queue.get_post(db, late_ok.id).state == "published"
    assert xemu.published["too late"] == 0 and s.needs_attention == 1
    queue.retry(db, old.id)  # the user chooses to publish it now
    worker.run_once(db, options=_opts(grace_minutes=60))
    assert queue.get_post(db, old.id).state == "published"


def test_reconcile_finds_post_sent_by_a_dead_worker(db, xemu):
    acc = _x_account(db, xemu)
    sent = _due(db, acc, "sent before crash")
    unsent = _due(db, acc, "claimed, never sent")
    lost = _due(db, acc, "intent but nothing arrived")
    xemu.record_publish("sent before crash")
    dead = "somehost-that-is-gone:999999:abcdef"
    old = clock.now() - timedelta(hours=2)
    with db.session() as s:
        for pid, intent in ((sent.id, True), (unsent.id, False), (lost.id, True)):
            row = s.get(m.Post, pid)
            row.state, row.claimed_by, row.claimed_at = "publishing", dead, old
            row.intent_at = old + timedelta(seconds=1) if intent else None
    out = worker.reconcile(db)
    assert out == {"requeued": 1, "found": 1, "needs_attention": 1}
    assert queue.get_post(db, sent.id).state == "published"
    assert queue.get_post(db, lost.id).state == "needs-attention"
    assert queue.get_post(db, unsent.id).state == "scheduled"
    worker.run_once(db, options=_opts())
    assert xemu.published["sent before crash"] == 1  # never re-posted
    assert xemu.published["claimed, never sent"] == 1
    assert xemu.published["intent but nothing arrived"] == 0
    with pytest.raises(Exception, match="confirm"):
        queue.retry(db, lost.id)
    queue.confirm_absent(db, lost.id)
    queue.retry(db, lost.id)
    worker.run_once(db, options=_opts())
    assert xemu.published["intent but nothing arrived"] == 1


def test_video_is_uploaded_in_chunks_before_the_post(db, xemu, tmp_path):
    acc = _x_account(db, xemu)
    video = tmp_path / "clip.mp4"
    video.write_bytes(b"\0" * (4 * 1024 * 1024 + 10))
    _due(db, acc, "with video", media=[{"path": str(video), "kind": "video", "mime": "video/mp4"}])
    assert worker.run_once(db, options=_opts()).published == 1
    assert [c for c in xemu.calls if c[1].endswith("/append")].__len__() == 2
    assert xemu.posts[-1]["media"]
    assert json.dumps(xemu.posts[-1])


def test_service_loop_stops_when_cancelled(sqlite_db, tmp_path):
    """SIGTERM sets the token: the loop must see the SAME token (CancelToken is falsy until cancelled)."""
    import threading

    from studio.jobs import CancelToken

    acc = accounts.add_account(sqlite_db, "folder", "f", base_url=str(tmp_path / "out"))
    _due(sqlite_db, acc, "served")
    token = CancelToken()
    seen = threading.Event()
    t = threading.Thread(target=worker.serve, args=(sqlite_db,),
                         kwargs={"poll_s": 0.05, "cancel": token, "on_summary": lambda s: seen.set()})
    t.start()
    assert seen.wait(10)
    token.cancel()
    t.join(10)
    assert not t.is_alive()
    assert queue.list_posts(sqlite_db)[0].state == "published"


def test_quota_reached_defers_live_instagram_quota_and_x_usage_cap(db, xemu, tmp_path):
    from tests.support.platforms.meta import InstagramEmulator

    img = tmp_path / "p.jpg"
    img.write_bytes(b"\xff\xd8\xff\xe0jpeg")
    with InstagramEmulator(quota_total=1) as ig:
        acc = accounts.add_account(db, "instagram", "ig", base_url=ig.url,
                                   settings_={"ig_user_id": "17841", "poll_interval": 0.01})
        accounts.store_tokens("ig", {"access_token": "tok-1"})
        media = [{"path": str(img), "kind": "image", "mime": "image/jpeg", "url": "https://cdn.example.com/p.jpg"}]
        first = _due(db, acc, "ig one", media=media)
        second = _due(db, acc, "ig two", media=media)
        s = worker.run_once(db, options=_opts())
        assert s.published == 1 and s.deferred == 1
        states = {queue.get_post(db, p.id).state for p in (first, second)}
        assert states == {"published", "scheduled"}  # the live quota (1/1 used) deferred the second, not failed
        assert ig.published["ig one"] + ig.published["ig two"] == 1
        events = [e for p in (first, second) for e in queue.post_events(db, p.id) if e["kind"] == "deferred"]
        assert events and events[0]["detail"]["source"] == "live: content_publishing_limit"
    xacc = _x_account(db, xemu)
    capped = _due(db, xacc, "capped")
    xemu.fail(r"/2/tweets", 429, {"title": "UsageCapExceeded", "detail": "Usage cap exceeded",
                                  "type": "https://api.x.com/2/problems/usage-capped"},
              {"x-rate-limit-reset": str(int(time.time()) + 3000)})
    worker.run_once(db, options=_opts())
    dto = queue.get_post(db, capped.id)
    assert dto.state == "scheduled" and dto.error_code == "usage-capped"
    assert (dto.next_attempt_at - clock.now()).total_seconds() > 2900


def test_native_scheduling_hands_facebook_posts_over_early(db, tmp_path):
    from tests.support.platforms.meta import FacebookEmulator

    with FacebookEmulator() as fb:
        # Pages accept only the Page's own token (picked from /me/accounts: Settings › Accounts › Pick page)
        acc = accounts.add_account(db, "facebook", "page", base_url=fb.url,
                                   settings_={"page_id": "55", "page_token_for": "55"})
        accounts.store_tokens("page", {"access_token": "page-tok-55", "user_access_token": "tok-1"})
        when = clock.now() + timedelta(days=2)
        post = queue.create_post(db, acc.id, "Sale starts Friday", when)
        soon = queue.create_post(db, acc.id, "in five minutes", clock.now() + timedelta(minutes=5))
        assert post.options["native_schedule"] and not soon.options.get("native_schedule")
        worker.run_once(db, options=_opts())
        dto = queue.get_post(db, post.id)
        assert dto.state == "published" and dto.display_state == "scheduled on the platform"
        assert fb.posts[-1]["scheduled"] == int(when.timestamp())
        assert queue.get_post(db, soon.id).state == "scheduled"  # ours to publish at its time
