"""One gate for every way into the queue (issue 13, item 7).

``studio schedule``, ``studio queue --import-csv`` and the Calendar's CSV import all call
``gate.enqueue``: approved captions only, the quality gate (errors refuse, warnings need a recorded
reason), media only from the media store or folders the user pointed at (and it must decode), account checks.
"""

from __future__ import annotations

import hashlib
import io
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from PIL import Image

from studio import clock
from studio.cli.main import main
from studio.domain import StudioError
from studio.services import accounts, catalog, drafts, sample, worker
from studio.services.scheduling import exchange, gate, hosting, queue
from tests.support.platforms.webhook import WebhookReceiver


def run(capsys, *argv, stdin=None, monkeypatch=None):
    if stdin is not None:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    rc = main([str(a) for a in argv])
    out = capsys.readouterr()
    return rc, out.out, out.err


@pytest.fixture
def product(sqlite_db):
    sample.import_sample(sqlite_db)
    p = catalog.list_products(sqlite_db, limit=1)[0]
    return catalog.get_product(sqlite_db, p.id)


def approve_caption(db, product, market, target, text):
    d = drafts.save_version(db, product.id, market, "caption", target,
                            {"text": text, "hook": "", "body": text, "cta": "", "hashtags": [], "language": "en"},
                            author="human", ai_generated=False, provenance={})
    # approval itself refuses error findings without a reason; these tests need such captions approved to
    # prove the queue gate checks them again
    drafts.approve(db, [d.id], reason="approved on purpose to test the queue gate")
    return drafts.latest_approved(db, product.id, market, "caption", target)


def future(hours=24):
    return (clock.now() + timedelta(hours=hours)).isoformat(timespec="minutes")


def jpeg(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", (1080, 1080), (200, 120, 40)).save(path, "JPEG")
    return path


@pytest.fixture
def hook():
    with WebhookReceiver("hook-secret") as emu:
        yield emu


def _accounts(db, tmp_path, hook):
    accounts.add_account(db, "folder", "bundle", base_url=str(tmp_path / "bundles"),
                         settings_={"caption_target": "instagram"})
    accounts.add_account(db, "webhook", "hook", base_url=hook.url + "/hook", token="hook-secret",
                         settings_={"caption_target": "instagram"})


def test_csv_row_with_health_claim_and_system_file_never_reaches_a_bundle_or_webhook(sqlite_db, product, tmp_path,
                                                                                     hook, capsys):
    """The issue's reproduction: a CSV row publishes "Cures cancer guaranteed" with /etc/shadow attached."""
    db = sqlite_db
    _accounts(db, tmp_path, hook)
    secret = tmp_path / "elsewhere" / "secret.txt"
    secret.parent.mkdir()
    secret.write_text("root:$6$not-for-anyone\n")
    csv_dir = tmp_path / "plan"
    csv_dir.mkdir()
    f = csv_dir / "posts.csv"
    now = clock.now().isoformat()
    f.write_text("account,scheduled_at,text,media\n"
                 f"bundle,{now},Cures cancer guaranteed,/etc/shadow\n"
                 f"hook,{now},Cures cancer guaranteed,{secret}\n", encoding="utf-8")
    rc, out, err = run(capsys, "queue", "--import-csv", f)
    assert rc == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert "posts.csv row 2" in err and "posts.csv row 3" in err
    assert queue.list_posts(db) == []  # all or nothing
    summary = worker.run_once(db, options=worker.WorkerOptions(grace_minutes=600))
    assert summary.published == 0
    assert hook.received == []
    bundles = tmp_path / "bundles"
    assert not bundles.exists() or not any(bundles.rglob("*"))


def test_every_way_in_calls_the_same_gate(sqlite_db, product, tmp_path, hook, capsys, monkeypatch):
    calls = []
    real = gate.enqueue

    def spy(db, requests, **kw):
        calls.append(len(requests))
        return real(db, requests, **kw)

    monkeypatch.setattr(gate, "enqueue", spy)
    db = sqlite_db
    _accounts(db, tmp_path, hook)
    approve_caption(db, product, "en-US", "instagram", "Warm light for small rooms.")
    assert run(capsys, "schedule", "--product", product.handle, "--market", "en-US", "--account", "bundle",
               "--at", future())[0] == 0
    f = tmp_path / "p.csv"
    f.write_text(f"account,scheduled_at,product,market\nhook,{future(30)},{product.handle},en-US\n", encoding="utf-8")
    assert run(capsys, "queue", "--import-csv", f)[0] == 0
    exchange.import_csv(db, f)  # what the Calendar's import button runs
    assert calls == [1, 1, 1]


def _refusal(db, tmp_path, rows: str, header="account,scheduled_at,text,product,market,media,override_warnings"):
    f = tmp_path / "plan" / "plan.csv"
    f.parent.mkdir(exist_ok=True)
    f.write_text(header + "\n" + rows, encoding="utf-8")
    with pytest.raises(StudioError) as exc:
        exchange.import_csv(db, f)
    assert queue.list_posts(db) == []
    return str(exc.value)


def test_csv_text_must_be_an_approved_caption(sqlite_db, product, tmp_path, hook):
    db = sqlite_db
    _accounts(db, tmp_path, hook)
    msg = _refusal(db, tmp_path, f"bundle,{future()},Brand new words nobody approved,,,,\n")
    assert "plan.csv row 2, text" in msg and "approved" in msg
    v = approve_caption(db, product, "en-US", "instagram", "Warm light for small rooms.")
    # edited text of an approved product caption is refused: approve the edit first
    msg = _refusal(db, tmp_path, f"bundle,{future()},Warm light for ALL rooms.,{product.handle},en-US,,\n")
    assert "row 2, text" in msg and f"version {v.id}" in msg
    # a draft that is not approved (in review) does not count either
    d = drafts.save_version(db, product.id, "fr-FR", "caption", "instagram", {"text": "Lumière douce."},
                            author="human", ai_generated=False, provenance={})
    msg = _refusal(db, tmp_path, f"bundle,{future()},Lumière douce.,,,,\n")
    assert "row 2, text" in msg
    drafts.approve(db, [d.id])
    # the approved text alone finds its caption; an approved caption by product + market too
    f = tmp_path / "ok.csv"
    f.write_text(f"account,scheduled_at,text\nbundle,{future()},Lumière douce.\n", encoding="utf-8")
    res = exchange.import_csv(db, f)
    post = queue.get_post(db, res.created[0])
    assert post.draft_version_id == drafts.latest_approved(db, product.id, "fr-FR", "caption", "instagram").id
    assert post.product_id == product.id and post.market == "fr-FR"


def test_csv_quality_gate_errors_refuse_and_warnings_need_a_reason(sqlite_db, product, tmp_path, hook):
    db = sqlite_db
    _accounts(db, tmp_path, hook)
    # an error that was not there at approval refuses: the certification the caption names was taken off the
    # product after the caption was approved
    catalog.set_fact(db, product.id, "certification", "OEKO-TEX")
    approve_caption(db, product, "en-US", "instagram", "OEKO-TEX certified.")
    assert drafts.approval_override(db, drafts.latest_approved(db, product.id, "en-US", "caption",
                                                               "instagram").id) is None
    catalog.delete_fact(db, product.id, "certification")
    msg = _refusal(db, tmp_path, f"bundle,{future()},,{product.handle},en-US,,\n")
    assert "row 2" in msg and "grounding.certifications" in msg
    approve_caption(db, product, "en-US", "instagram", "The best lamp ever, guaranteed.")
    msg = _refusal(db, tmp_path, f"bundle,{future()},,{product.handle},en-US,,\n")
    assert "row 2" in msg and "override_warnings" in msg
    f = tmp_path / "ok.csv"
    f.write_text(f"account,scheduled_at,product,market,override_warnings\n"
                 f"bundle,{future()},{product.handle},en-US,client signed off\n", encoding="utf-8")
    post = queue.get_post(db, exchange.import_csv(db, f).created[0])
    assert post.override_reason == "client signed off"
    assert any(e["kind"] == "override" for e in queue.post_events(db, post.id))


def test_csv_media_only_from_folders_the_user_pointed_at_and_must_decode(sqlite_db, product, tmp_path, hook):
    db = sqlite_db
    _accounts(db, tmp_path, hook)
    approve_caption(db, product, "en-US", "instagram", "Warm light for small rooms.")
    outside = jpeg(tmp_path / "outside" / "photo.jpg")
    plan_dir = tmp_path / "plan"  # the CSV's own folder is one the user pointed at
    inside = jpeg(plan_dir / "media" / "ok.jpg")
    base = f"bundle,{future()},,{product.handle},en-US"
    for bad, why in (("/etc/shadow", "outside"), (str(outside), "outside"),
                     ("media/../../outside/photo.jpg", "outside"), ("media/missing.jpg", "not found")):
        msg = _refusal(db, tmp_path, f"{base},{bad},\n")
        assert "plan.csv row 2, media" in msg and why in msg, msg
    link = plan_dir / "media" / "link.jpg"
    link.symlink_to(outside)  # a symlink inside the folder that points out of it
    assert "outside" in _refusal(db, tmp_path, f"{base},media/link.jpg,\n")
    fake = plan_dir / "media" / "fake.jpg"
    fake.write_bytes(b"root:x:0:0:root:/root:/bin/bash\n")
    assert "not an image" in _refusal(db, tmp_path, f"{base},media/fake.jpg,\n")
    plan = plan_dir / "ok.csv"
    plan.write_text("account,scheduled_at,text,product,market,media\n" + f"{base},media/ok.jpg\n", encoding="utf-8")
    post = queue.get_post(db, exchange.import_csv(db, plan).created[0])
    stored = Path(post.media[0]["path"])
    # copied into the media store: later changes to the user's file cannot change what is published
    assert stored.resolve().is_relative_to(hosting.allowed_media_roots()[0].resolve())
    assert hashlib.sha256(stored.read_bytes()).hexdigest() == hashlib.sha256(inside.read_bytes()).hexdigest()
    # another folder only when the user names it
    other = plan_dir / "other.csv"
    other.write_text("account,scheduled_at,text,product,market,media\n" + f"{base},{outside}\n", encoding="utf-8")
    with pytest.raises(StudioError, match="outside"):
        exchange.import_csv(db, other)
    assert exchange.import_csv(db, other, media_roots=[outside.parent]).created


def test_csv_account_and_time_checks(sqlite_db, product, tmp_path, hook):
    db = sqlite_db
    _accounts(db, tmp_path, hook)
    accounts.add_account(db, "webhook", "nosig", base_url=hook.url + "/hook", settings_={"caption_target": "instagram"})
    approve_caption(db, product, "en-US", "instagram", "Warm light for small rooms.")
    past = (clock.now() - timedelta(hours=2)).isoformat()
    msg = _refusal(db, tmp_path, f"nobody,{future()},,{product.handle},en-US,,\n"
                                 f"nosig,{future()},,{product.handle},en-US,,\n"
                                 f"bundle,{past},,{product.handle},en-US,,\n"
                                 f"bundle,9999-12-31T23:59:00Z,,{product.handle},en-US,,\n"
                                 f"bundle,0001-01-01T00:00,,{product.handle},en-US,,\n")
    assert "row 2, account" in msg and "row 3, account" in msg and "signing secret" in msg
    assert "row 4, scheduled_at" in msg and "past" in msg
    assert "row 5, scheduled_at" in msg and "row 6, scheduled_at" in msg
    # "now" is the explicit way to publish at once
    f = tmp_path / "now.csv"
    f.write_text(f"account,scheduled_at,product,market\nbundle,now,{product.handle},en-US\n", encoding="utf-8")
    post = queue.get_post(db, exchange.import_csv(db, f).created[0])
    assert abs((post.scheduled_at - clock.now()).total_seconds()) < 120


def test_an_error_approved_with_a_reason_is_scheduled_with_that_reason(sqlite_db, product, tmp_path, hook):
    """Issue 16, item 5: approval over an error with a recorded reason is the user's decision — the same error does
    not refuse the caption again at scheduling (it did: "fix the caption … and approve it again", and approving
    again changed nothing); the post lists it with the reason and the Calendar shows the approval's reason."""
    db = sqlite_db
    _accounts(db, tmp_path, hook)
    v = approve_caption(db, product, "en-US", "instagram", "Clinically proven to cure back pain.")
    ov = drafts.approval_override(db, v.id)
    assert ov and any(e["rule_id"].startswith("claims.health") for e in ov["errors"])
    res = gate.enqueue(db, [gate.QueueRequest(account="bundle", at=future(), product=product.handle,
                                              market="en-US")])[0]
    assert any("error approved with the reason “approved on purpose to test the queue gate”" in w
               for w in res.warnings)
    assert res.post.draft_version_id == v.id
