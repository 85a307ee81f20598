"""Every CLI failure is one line with the reason (issue 13, item 13), secrets are never silently lost
(item 8) and signed means signed (item 9, webhooks).

The bad inputs run through the real entry point (``studio.cli.main.main``, what the ``studio`` script
calls); the keyring and broken-pipe cases also run as a real ``studio`` process.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

import keyring
import pytest
from keyring.backends import null

from studio import clock, secrets
from studio.cli.main import main
from studio.services import accounts, catalog, drafts, sample, worker
from studio.services.scheduling import queue
from studio.services.scheduling.clock import parse_when
from tests.support.platforms.webhook import WebhookReceiver

ROOT = Path(__file__).resolve().parents[3]
STUDIO = [sys.executable, "-c", "import sys; from studio.cli.main import main; sys.exit(main())"]


@pytest.fixture
def world(sqlite_db, tmp_path):
    db = sqlite_db
    sample.import_sample(db)
    p = catalog.get_product(db, catalog.list_products(db, limit=1)[0].id)
    d = drafts.save_version(db, p.id, "en-US", "caption", "instagram", {"text": "Warm light for small rooms."},
                            author="human", ai_generated=False, provenance={})
    drafts.approve(db, [d.id])
    accounts.add_account(db, "folder", "f", base_url=str(tmp_path / "out"), settings_={"caption_target": "instagram"})
    return db, p


@pytest.fixture
def null_keyring():
    before = keyring.get_keyring()
    keyring.set_keyring(null.Keyring())
    yield
    keyring.set_keyring(before)


def _bad_inputs(tmp_path: Path, handle: str) -> dict[str, list[str]]:
    sched = ["schedule", "--product", handle, "--market", "en-US", "--account", "f"]
    bad_csv = tmp_path / "plan.csv"
    bad_csv.write_text("account,scheduled_at,product,market,media\n"
                       f"f,{(clock.now() + timedelta(days=1)).isoformat()},{handle},en-US,/etc/passwd\n",
                       encoding="utf-8")
    not_utf8 = tmp_path / "latin1.csv"
    not_utf8.write_bytes("account,scheduled_at,text\nf,now,Caf\xe9\n".encode("latin-1"))
    return {
        "year 1": [*sched, "--at", "0001-01-01T00:00"],
        "year 9999": [*sched, "--at", "9999-12-31T23:59:00Z"],
        "dst gap": [*sched, "--at", "2027-03-28T02:30"],  # Europe/Berlin skips 02:00–03:00
        "dst repeated hour": [*sched, "--at", "2027-10-31T02:30"],
        "past": [*sched, "--at", (clock.now() - timedelta(days=1)).isoformat()],
        "not a time": [*sched, "--at", "next tuesday"],
        "at and now": [*sched, "--at", "2027-01-01T10:00Z", "--now"],
        "missing option": ["schedule", "--product", handle],
        "search 50k": ["products", "--search", "x" * 50_000],
        "ref 50k": ["drafts", "--product", "y" * 50_000],
        "csv row": ["queue", "--import-csv", str(bad_csv)],
        "csv missing": ["queue", "--import-csv", str(tmp_path / "nope.csv")],
        "csv not utf-8": ["queue", "--import-csv", str(not_utf8)],
        "export into a missing folder": ["queue", "--export-ics", str(tmp_path / "no" / "such" / "dir" / "s.ics")],
        "unknown account": ["accounts", "remove", "nobody"],
    }


CASES = ["year 1", "year 9999", "dst gap", "dst repeated hour", "past", "not a time", "at and now", "missing option",
         "search 50k", "ref 50k", "csv row", "csv missing", "csv not utf-8", "export into a missing folder",
         "unknown account"]
EXPECT = {"year 1": "--at", "year 9999": "years ahead", "dst gap": "does not exist", "dst repeated hour": "twice",
          "past": "--now", "csv row": "plan.csv row 2, media", "csv not utf-8": "latin1.csv line 2",
          "search 50k": "too long", "export into a missing folder": "s.ics"}


@pytest.mark.parametrize("case", CASES)
def test_each_bad_input_is_one_line_on_stderr(case, world, tmp_path, capsys, monkeypatch):
    db, product = world
    monkeypatch.setenv("TZ", "Europe/Berlin")
    time.tzset()
    try:
        argv = _bad_inputs(tmp_path, product.handle)[case]
        try:
            rc = main(argv)
        except SystemExit as exc:  # argparse's own exit (usage errors)
            rc = exc.code
        out = capsys.readouterr()
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()
    lines = out.err.strip().splitlines()
    assert rc != 0
    assert len(lines) == 1, out.err
    assert "Traceback" not in out.err and "Error:" not in out.err.split(": ", 1)[0]
    assert lines[0].startswith("studio ")
    if case in EXPECT:
        assert EXPECT[case] in lines[0], lines[0]
    assert queue.list_posts(db) == []


def test_expired_authorisation_is_one_line(world, capsys):
    from tests.support.platforms.x import XEmulator

    db, _ = world
    with XEmulator() as emu:
        accounts.add_account(db, "x", "xa", base_url=emu.url, settings_={"token_url": emu.url + "/oauth/token",
                                                                         "client_id": "cid"})
        accounts.store_tokens("xa", {"access_token": "old", "refresh_token": "revoked", "expires_at": time.time() - 60})
        emu.refresh_tokens.clear()
        rc = main(["accounts", "info", "xa"])
    err = capsys.readouterr().err
    assert rc != 0 and len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert "studio accounts connect xa" in err


def test_keyring_unavailable_refuses_the_token_and_names_the_fallback(world, null_keyring, capsys, monkeypatch):
    db, _ = world
    monkeypatch.setattr(sys, "stdin", io.StringIO("tok-123\n"))
    rc = main(["accounts", "add", "x", "--name", "brand-x", "--token-stdin"])
    err = capsys.readouterr().err
    assert rc == 2 and len(err.strip().splitlines()) == 1
    assert "STUDIO_SECRET_ACCOUNT_BRAND_X_TOKENS" in err and "not saved" in err
    assert [a.name for a in accounts.list_accounts(db)] == ["f"]  # nothing half-added
    # API keys in settings: refused before anything is saved
    from studio.services import providers, video
    from studio.settings import Settings

    with pytest.raises(secrets.SecretStoreUnavailable, match="STUDIO_SECRET_LLM_API_KEY"):
        providers.save_settings(provider="openai_compat", base_url="http://127.0.0.1:1/v1", model="m", api_key="k")
    assert Settings().get("llm.base_url") in (None, "")
    with pytest.raises(secrets.SecretStoreUnavailable, match="STUDIO_SECRET_TTS_API_KEY"):
        video.set_video_settings(api_key="k")


def _studio(args, env_extra, stdin="", home=None):
    env = {k: v for k, v in os.environ.items() if not k.startswith("STUDIO_SECRET_")}
    env.update(env_extra)
    env["PYTHONPATH"] = str(ROOT)
    return subprocess.run([*STUDIO, *args], input=stdin, capture_output=True, text=True, env=env, cwd=ROOT,
                          timeout=120)


def test_null_keyring_backend_in_a_real_process(tmp_path):
    """PYTHON_KEYRING_BACKEND=keyring.backends.null.Keyring: the token is refused (today it printed
    "connected" and was discarded); the environment fallback is stated once per run."""
    env = {"PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring", "STUDIO_HOME": str(tmp_path / "h"),
           "STUDIO_DATABASE_URL": f"sqlite:///{tmp_path / 'p.db'}"}
    r = _studio(["accounts", "add", "x", "--name", "brand-x", "--token-stdin"], env, stdin="tok-123\n")
    assert r.returncode != 0 and "connected" not in r.stdout
    assert len(r.stderr.strip().splitlines()) == 1 and "STUDIO_SECRET_ACCOUNT_BRAND_X_TOKENS" in r.stderr
    for name in ("brand-x", "brand-y"):
        assert _studio(["accounts", "add", "x", "--name", name], env).returncode == 0
    env.update({"STUDIO_SECRET_ACCOUNT_BRAND_X_TOKENS": "tok-x", "STUDIO_SECRET_ACCOUNT_BRAND_Y_TOKENS": "tok-y"})
    r = _studio(["accounts", "list", "--json"], env)
    assert r.returncode == 0, r.stderr
    assert all(a["has_token"] for a in json.loads(r.stdout))
    notes = [line for line in r.stderr.splitlines() if "environment" in line]
    assert len(notes) == 1 and "STUDIO_SECRET_" in notes[0]  # stated, once per run


def test_output_piped_into_head_ends_quietly(world, tmp_path):
    db, product = world
    acc = accounts.get_account(db, "f")
    for i in range(3000):
        queue.create_post(db, acc.id, f"post {i}", clock.now() + timedelta(days=1, minutes=i))
    env = {k: v for k, v in os.environ.items()}
    env["PYTHONPATH"] = str(ROOT)
    script = " ".join(f"'{a}'" for a in STUDIO) + " queue | head -n 1"
    r = subprocess.run(["bash", "-c", script], capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)
    assert r.stdout.count("\n") == 1
    assert r.stderr == "", r.stderr  # no BrokenPipeError, no "Exception ignored"


def test_far_future_post_does_not_break_ics_export(world, tmp_path, capsys):
    db, _ = world
    acc = accounts.get_account(db, "f")
    queue.create_post(db, acc.id, "year 9999 (from an older version)", parse_when("9999-12-31T23:59Z"))
    queue.create_post(db, acc.id, "year 1", parse_when("0001-01-01T00:00Z"))
    assert main(["queue", "--export-ics", str(tmp_path / "s.ics")]) == 0
    ics = (tmp_path / "s.ics").read_text(encoding="utf-8")
    assert "DTSTART:99991231T235900Z" in ics and "DTSTART:00010101T000000Z" in ics


# --------------------------------------------------------------------------- signed means signed


@pytest.fixture
def receiver():
    with WebhookReceiver("s3cret", accept_unsigned=True) as emu:
        yield emu


def test_webhook_without_secret_is_shown_and_refused_unless_unsigned_was_chosen(world, receiver, capsys, monkeypatch):
    db, product = world
    url = receiver.url + "/hook"
    assert main(["accounts", "add", "webhook", "--name", "nosig", "--base-url", url, "--set",
                 "caption_target=instagram"]) == 0
    assert "no signing secret" in capsys.readouterr().out
    assert main(["accounts", "add", "webhook", "--name", "open", "--base-url", url, "--unsigned", "--set",
                 "caption_target=instagram"]) == 0
    monkeypatch.setattr(sys, "stdin", io.StringIO("s3cret\n"))
    assert main(["accounts", "add", "webhook", "--name", "signed", "--base-url", url, "--token-stdin", "--set",
                 "caption_target=instagram"]) == 0
    capsys.readouterr()
    assert main(["accounts", "list"]) == 0
    listing = {line.split()[0]: line for line in capsys.readouterr().out.splitlines()}
    assert "UNSIGNED" in listing["open"] and "no signing secret" in listing["nosig"] and "signed" in listing["signed"]
    assert main(["accounts", "list", "--json"]) == 0
    delivery = {a["name"]: a["delivery"] for a in json.loads(capsys.readouterr().out)}
    assert delivery == {"f": None, "nosig": "no signing secret", "open": "unsigned", "signed": "signed"}
    # the gate refuses the account without a secret, with what to do
    rc = main(["schedule", "--product", product.handle, "--market", "en-US", "--account", "nosig", "--now"])
    err = capsys.readouterr().err
    assert rc == 2 and "signing secret" in err and "unsigned=true" in err
    # a post that got into the queue anyway (an older version, a shared database) is not sent
    for name in ("nosig", "open", "signed"):
        queue.create_post(db, accounts.get_account(db, name).id, f"to {name}", clock.now())
    summary = worker.run_once(db, options=worker.WorkerOptions(grace_minutes=60))
    assert summary.published == 2 and summary.failed == 1
    failed = [p for p in queue.list_posts(db) if p.state == "failed"]
    assert failed[0].account_name == "nosig" and failed[0].error_code == "unsigned"
    got = {r["payload"]["account"]: r["headers"] for r in receiver.received}
    assert set(got) == {"open", "signed"}
    assert "x-studio-signature" not in got["open"] and got["open"]["x-studio-unsigned"] == "1"
    assert got["signed"]["x-studio-signature"].startswith("sha256=")
    # storing a secret later makes it signed
    monkeypatch.setattr(sys, "stdin", io.StringIO("s3cret\n"))
    assert main(["accounts", "secret", "nosig", "--token-stdin"]) == 0
    assert accounts.get_account(db, "nosig").delivery == "signed"
