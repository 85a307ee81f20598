"""Crash test, per platform: SIGKILL the worker subprocess at random points, restart, and check that every
post ends published exactly once or needs attention — none twice, none lost (SQLite and PostgreSQL).

It runs for every adapter that can look a post up — X, YouTube, Facebook, Instagram, Threads, Pinterest and
Webhook — each against its own emulator, so reconciliation goes through that adapter's ``lookup`` (X's
timeline with t.co links, YouTube's session status and uploads playlist, the Graph API edges, Pinterest's
board pins, the webhook's lookup path), not only the generic path. Emulators that enforce a published
contract (X, Pinterest, YouTube) must see no violation during the run.
"""

from __future__ import annotations

import json
import os
import random
import re
import signal
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from studio import clock
from studio.services import accounts
from studio.services.scheduling import queue
from studio.storage.db import open_database

ROOT = Path(__file__).resolve().parents[3]
KILLS = {"x": 4}
POSTS = {"x": 200}
DEFAULT_POSTS, DEFAULT_KILLS = 50, 3
PLATFORMS = ["x", "youtube", "facebook", "instagram", "threads", "pinterest", "webhook"]


def _platform(platform: str, tmp: Path):
    """(emulator, base_url, settings, token, media) for one platform."""
    if platform == "x":
        from tests.support.platforms.x import XEmulator

        return XEmulator(), None, {"budgets": {"posts per 15 min": {"limit": 100000}}}, "tok-1", []
    if platform == "youtube":
        from tests.support.platforms.google import YouTubeEmulator

        clip = tmp / "clip.mp4"
        clip.write_bytes(os.urandom(3000))
        return YouTubeEmulator(), None, {}, "tok-1", [{"path": str(clip), "kind": "video", "mime": "video/mp4"}]
    if platform == "facebook":
        from tests.support.platforms.meta import FacebookEmulator

        return FacebookEmulator(), None, {"page_id": "55", "token_kind": "page"}, "page-tok-55", []
    if platform == "instagram":
        from tests.support.platforms.meta import InstagramEmulator

        img = tmp / "p.jpg"
        img.write_bytes(b"\xff\xd8\xff\xe0jpeg")
        return InstagramEmulator(quota_total=1000), None, {"ig_user_id": "17841"}, "tok-1", [
            {"path": str(img), "kind": "image", "mime": "image/jpeg", "url": "https://cdn.example.com/p.jpg"}]
    if platform == "threads":
        from tests.support.platforms.meta import ThreadsEmulator

        return ThreadsEmulator(), None, {}, "tok-1", []
    if platform == "pinterest":
        from tests.support.platforms.pinterest import BOARD_ID, PinterestEmulator

        img = tmp / "pin.jpg"
        img.write_bytes(b"\xff\xd8\xff\xe0jpeg")
        return PinterestEmulator(), None, {"board_id": BOARD_ID}, "tok-1", [
            {"path": str(img), "kind": "image", "mime": "image/jpeg", "url": "https://cdn.example.com/pin.jpg"}]
    if platform == "webhook":
        from tests.support.platforms.webhook import WebhookReceiver

        emu = WebhookReceiver("s3cret")
        return emu, "/hook", {"lookup_path": "/hook/lookup"}, "s3cret", []
    raise AssertionError(platform)


def _env(db_url: str, home: Path, name: str, token: str) -> dict:
    env = dict(os.environ)
    var = "STUDIO_SECRET_ACCOUNT_" + re.sub(r"[^A-Z0-9]", "_", name.upper()) + "_TOKENS"
    env.update(STUDIO_DATABASE_URL=db_url, STUDIO_HOME=str(home), PYTHONPATH=str(ROOT),
               # the subprocess has its own (empty) test keyring: the token comes from the env fallback
               **{var: json.dumps({"access_token": token})})
    return env


def _worker(env: dict, *extra: str, log=None) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "studio.cli.main", "worker", "--concurrency", "4", "--poll", "0.05",
                             *extra], env=env, cwd=ROOT, stdout=subprocess.DEVNULL,
                            stderr=log if log is not None else subprocess.DEVNULL)


@pytest.mark.parametrize("platform", PLATFORMS)
def test_sigkill_at_random_points_never_duplicates_or_loses(platform, db_url, studio_home, tmp_path):
    n_posts, n_kills = POSTS.get(platform, DEFAULT_POSTS), KILLS.get(platform, DEFAULT_KILLS)
    rng = random.Random(int(os.environ.get("CRASH_SEED", "8")) + PLATFORMS.index(platform))
    db = open_database(db_url)
    emu, path, settings, token, media = _platform(platform, tmp_path)
    with emu:
        emu.delay = 0.004  # a platform call takes a few ms, so kills land mid-flight
        name = f"{platform}-crash"
        acc = accounts.add_account(db, platform, name, base_url=emu.url + (path or ""), settings_=settings)
        due = clock.now() - timedelta(seconds=30)
        ids = [queue.create_post(db, acc.id, f"crash caption {platform} {i:03d}", due, media=media).id
               for i in range(n_posts)]
        env = _env(db_url, studio_home, name, token)
        kills = 0
        for _ in range(n_kills):
            target = emu.total_published() + rng.randint(5, max(6, n_posts // 6))
            proc = _worker(env)
            emu.wait_published(target, timeout=120)  # a helper polling a real condition, bounded
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=30)
            kills += 1
            if emu.total_published() >= n_posts:
                break
        log_path = studio_home / "final-worker.log"
        with open(log_path, "wb") as log:
            final = _worker(env, "--once", log=log)
            final.wait(timeout=180)
        assert final.returncode in (0, 1), log_path.read_text()[-2000:]

        posts = {p.id: p for p in queue.list_posts(db)}
        counts = dict(emu.published)
        violations = list(getattr(emu, "violations", []))
        reconciled = 0
        for pid in ids:
            reconciled += sum(1 for e in queue.post_events(db, pid) if e["kind"] == "reconcile")
    db.dispose()
    assert kills >= 2
    assert reconciled >= 1  # at least one kill left posts in flight for this adapter to reconcile
    assert not violations, "\n".join(map(str, violations))
    twice = {t: c for t, c in counts.items() if c > 1}
    assert not twice, f"published twice: {twice}"
    states: dict[str, int] = {}
    for pid in ids:
        p = posts[pid]
        states[p.state] = states.get(p.state, 0) + 1
        n = counts.get(p.text, 0)
        if p.state == "published":
            assert n == 1, (p.id, p.text, n)
        else:
            assert p.state == "needs-attention", (p.id, p.state, p.last_error)
            assert n <= 1
    print(f"crash test {platform}: {kills} kills, {reconciled} posts reconciled after a kill, final states {states}")
    assert states.get("published", 0) >= n_posts - kills * 4  # at most the in-flight posts of each kill
