"""Crash test: SIGKILL the worker subprocess at random points across 200 posts, restart, and check that
every post ends published exactly once or needs attention — none twice, none lost (SQLite and PostgreSQL)."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

from studio.services import accounts, scheduling
from studio.storage.db import open_database
from tests.support.platforms.x import XEmulator

ROOT = Path(__file__).resolve().parents[3]
N_POSTS = 200
KILLS = 4


def _env(db_url: str, home: Path) -> dict:
    env = dict(os.environ)
    env.update(STUDIO_DATABASE_URL=db_url, STUDIO_HOME=str(home), PYTHONPATH=str(ROOT),
               # the subprocess has its own (empty) test keyring: the token comes from the env fallback
               STUDIO_SECRET_ACCOUNT_X_CRASH_TOKENS=json.dumps({"access_token": "tok-1"}))
    return env


def _worker(env: dict, *extra: str, log=None) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "studio.cli.main", "worker", "--concurrency", "4", "--poll", "0.05",
                             *extra], env=env, cwd=ROOT, stdout=subprocess.DEVNULL,
                            stderr=log if log is not None else subprocess.DEVNULL)


def test_sigkill_at_random_points_never_duplicates_or_loses(db_url, studio_home):
    rng = random.Random(int(os.environ.get("CRASH_SEED", "8")))
    db = open_database(db_url)
    with XEmulator() as emu:
        emu.delay = 0.004  # a platform call takes a few ms, so kills land mid-flight
        acc = accounts.add_account(db, "x", "x-crash", base_url=emu.url,
                                   settings_={"budgets": {"posts per 15 min": {"limit": 100000}}})
        due = scheduling.now_utc() - timedelta(seconds=30)
        ids = [scheduling.create_post(db, acc.id, f"crash caption {i:03d}", due).id for i in range(N_POSTS)]
        env = _env(db_url, studio_home)
        kills = 0
        for _ in range(KILLS):
            target = emu.total_published() + rng.randint(5, 35)
            proc = _worker(env)
            emu.wait_published(target, timeout=120)  # a helper polling a real condition, bounded
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=30)
            kills += 1
            if emu.total_published() >= N_POSTS:
                break
        log_path = studio_home / "final-worker.log"
        with open(log_path, "wb") as log:
            final = _worker(env, "--once", log=log)
            final.wait(timeout=180)
        assert final.returncode in (0, 1), log_path.read_text()[-2000:]

        posts = {p.id: p for p in scheduling.list_posts(db)}
        counts = dict(emu.published)
    db.dispose()
    assert kills >= 2
    twice = {t: c for t, c in counts.items() if c > 1}
    assert not twice, f"published twice: {twice}"
    states = {}
    for pid in ids:
        p = posts[pid]
        states[p.state] = states.get(p.state, 0) + 1
        n = counts.get(p.text, 0)
        if p.state == "published":
            assert n == 1, (p.id, p.text, n)
        else:
            assert p.state == "needs-attention", (p.id, p.state, p.last_error)
            assert n <= 1
    print(f"crash test: {kills} kills, final states {states}")
    assert states.get("published", 0) >= N_POSTS - KILLS * 4  # at most the in-flight posts of each kill
