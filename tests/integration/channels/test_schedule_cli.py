"""The CLI path end to end: accounts (token via stdin → keyring only), schedule from an approved caption
with lint gating, worker --once to a Folder account, queue --json, CSV and iCalendar."""

from __future__ import annotations

import io
import json
import sys
from datetime import timedelta

import pytest

from studio import clock
from studio.cli.main import main
from studio.services import accounts, catalog, drafts, sample
from studio.services.scheduling import exchange, hosting, queue, slots
from studio.services.scheduling.clock import parse_when
from studio.storage import models as m

pytestmark = pytest.mark.clock("2026-12-01T12:00")  # queues posts for 2030: the app believes it is Dec 2026

FUTURE = (clock.now() + timedelta(days=30)).isoformat(timespec="seconds")


def run(capsys, *argv, stdin: str | None = None, monkeypatch=None):
    if stdin is not None:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    rc = main(list(argv))
    out = capsys.readouterr()
    return rc, out.out, out.err


@pytest.fixture
def product(db):
    sample.import_sample(db)
    p = catalog.list_products(db, limit=1)[0]
    return catalog.get_product(db, p.id)


def approve_caption(db, product, market, target, text):
    d = drafts.save_version(db, product.id, market, "caption", target,
                            {"text": text, "hook": "", "body": text, "cta": "", "hashtags": [], "language": "de",
                             "first_comment": "Link in bio"},
                            author="human", ai_generated=False, provenance={})
    # approval refuses error findings without a reason; these tests need such captions approved to prove
    # that scheduling checks them again
    drafts.approve(db, [d.id], reason="approved on purpose to test the scheduling gate")
    return d


def test_token_from_stdin_goes_to_keyring_never_the_database(db, capsys, monkeypatch):
    rc, out, _ = run(capsys, "accounts", "add", "x", "--name", "brand-x", "--base-url", "http://127.0.0.1:9",
                     "--token-stdin", stdin="sekret-token\n", monkeypatch=monkeypatch)
    assert rc == 0 and "connected" in out
    assert accounts.load_tokens("brand-x") == {"access_token": "sekret-token"}
    with db.session() as s:
        row = s.query(m.Account).one()
        assert "sekret" not in json.dumps(row.settings) and "sekret" not in (row.base_url or "")
    rc, out, _ = run(capsys, "accounts", "list", "--json")
    listed = json.loads(out)
    assert listed[0]["name"] == "brand-x" and listed[0]["has_token"] is True and "sekret" not in out
    run(capsys, "accounts", "add", "x", "--name", "brand-x2")
    rc, out, _ = run(capsys, "accounts", "list")
    assert "brand-x2" in out and "needs-reconnect" in out  # several accounts per platform
    rc, _, err = run(capsys, "accounts", "add", "myspace", "--name", "nope")
    assert rc == 2 and "unknown platform" in err
    assert run(capsys, "accounts", "remove", "brand-x")[0] == 0
    assert accounts.load_tokens("brand-x") is None


def test_schedule_worker_queue_to_folder(db, product, tmp_path, capsys):
    market = "de-DE"
    out_dir = tmp_path / "bundles"
    assert run(capsys, "accounts", "add", "folder", "--name", "handoff", "--base-url", str(out_dir),
               "--set", "caption_target=instagram")[0] == 0
    approve_caption(db, product, market, "instagram", "Warmes Licht für kleine Räume. #wohnen")
    past = (clock.now() - timedelta(minutes=5)).isoformat()
    rc, _, err = run(capsys, "schedule", "--product", product.handle, "--market", market, "--account", "handoff",
                     "--at", past)
    assert rc == 2 and "in the past" in err and "--now" in err  # publishing at once is an explicit choice
    rc, out, err = run(capsys, "schedule", "--product", product.handle, "--market", market, "--account", "handoff",
                       "--now", "--json")
    assert rc == 0, err
    post = json.loads(out)["post"]
    assert post["state"] == "scheduled" and post["text"].startswith("Warmes Licht")
    rc, out, err = run(capsys, "worker", "--once", "--json")
    assert rc == 0, out + err
    assert json.loads(out)["published"] == 1
    rc, out, _ = run(capsys, "queue", "--json")
    q = json.loads(out)
    assert q[0]["state"] == "published" and q[0]["platform_post_id"]
    bundle = out_dir / q[0]["platform_post_id"]
    assert (bundle / "caption.txt").read_text(encoding="utf-8").startswith("Warmes Licht")
    assert json.loads((bundle / "post.json").read_text(encoding="utf-8"))["first_comment"] == "Link in bio"


def test_schedule_refuses_errors_and_needs_reason_for_warnings(db, product, tmp_path, capsys):
    run(capsys, "accounts", "add", "folder", "--name", "f", "--base-url", str(tmp_path / "o"),
        "--set", "caption_target=instagram")
    # an error that was not there at approval refuses (the certification was taken off the product after)
    catalog.set_fact(db, product.id, "certification", "OEKO-TEX")
    approve_caption(db, product, "en-US", "instagram", "OEKO-TEX certified.")
    catalog.delete_fact(db, product.id, "certification")
    rc, _, err = run(capsys, "schedule", "--product", product.handle, "--market", "en-US", "--account", "f",
                     "--at", FUTURE)
    assert rc == 2 and "grounding.certifications" in err and "error" in err
    # an error the caption was approved over, with a reason, is scheduled and listed with that reason
    approve_caption(db, product, "en-US", "instagram", "Clinically proven to cure back pain.")
    rc, out, err = run(capsys, "schedule", "--product", product.handle, "--market", "en-US", "--account", "f",
                       "--at", FUTURE)
    assert rc == 0 and "error approved with the reason" in out + err
    approve_caption(db, product, "en-US", "instagram", "The best lamp ever, guaranteed.")
    rc, _, err = run(capsys, "schedule", "--product", product.handle, "--market", "en-US", "--account", "f",
                     "--at", FUTURE)
    assert rc == 2 and "--override-warnings" in err
    rc, out, err = run(capsys, "schedule", "--product", product.handle, "--market", "en-US", "--account", "f",
                       "--at", FUTURE, "--override-warnings", "client signed off the claim", "--json")
    assert rc == 0, err
    post = json.loads(out)["post"]
    assert post["override_reason"] == "client signed off the claim"
    events = queue.post_events(db, post["id"])
    assert any(e["kind"] == "override" and e["detail"]["reason"] == "client signed off the claim" for e in events)


def test_schedule_without_approved_caption_says_what_to_do(db, product, tmp_path, capsys):
    run(capsys, "accounts", "add", "folder", "--name", "f", "--base-url", str(tmp_path / "o"))
    rc, _, err = run(capsys, "schedule", "--product", product.handle, "--market", "fr-FR", "--account", "f",
                     "--at", FUTURE)
    assert rc == 2 and "no approved caption" in err and "studio generate" in err


def test_csv_round_trip_is_formula_safe_and_ics_is_rfc5545(db, product, tmp_path):
    acc = accounts.add_account(db, "folder", "f", base_url=str(tmp_path / "o"), settings_={"caption_target": "x"})
    when = parse_when("2030-03-01T09:30:00+01:00")
    formula = "=HYPERLINK(\"http://evil\") warm light"
    unicode_text = "Ünïcödé, with; commas\nand a second line " + "ä" * 80
    for market, text in (("de-DE", formula), ("nl-NL", unicode_text)):
        approve_caption(db, product, market, "x", text)
        version = drafts.latest_approved(db, product.id, market, "caption", "x")
        queue.create_post(db, acc.id, text, when if market == "de-DE" else when + timedelta(hours=1),
                               product_id=product.id, market=market, draft_version_id=version.id)
    data = exchange.export_csv(db, tmp_path / "q.csv")
    assert "'=HYPERLINK" in data and f",{product.handle},de-DE," in data
    # re-import into a fresh queue (through the gate): the formula guard is removed again, nothing is lost
    with db.session() as s:
        s.query(m.PostEvent).delete()
        s.query(m.Post).delete()
    res = exchange.import_csv(db, tmp_path / "q.csv")
    assert len(res.created) == 2
    texts = sorted(p.text for p in queue.list_posts(db))
    assert texts[0].startswith("=HYPERLINK") and texts[1].startswith("Ünïcödé")
    ics = exchange.export_ics(db, tmp_path / "s.ics")
    lines = ics.split("\r\n")
    assert lines[0] == "BEGIN:VCALENDAR" and ics.endswith("END:VCALENDAR\r\n")
    assert all(len(line.encode("utf-8")) <= 75 for line in lines)
    assert "DTSTART:20300301T083000Z" in ics and "with\\; commas\\nand" in ics.replace("\r\n ", "")
    bad = tmp_path / "bad.csv"
    bad.write_text("account,scheduled_at,text\nnope,2030-01-01T00:00Z,hi\nf,not-a-date,hi\n", encoding="utf-8")
    with pytest.raises(Exception, match="row 2, account.*nope.*row 3, scheduled_at"):
        exchange.import_csv(db, bad)
    assert len(queue.list_posts(db)) == 2  # all or nothing


def test_recurring_slots_give_the_next_free_slot(db, tmp_path):
    acc = accounts.add_account(db, "folder", "f", base_url=str(tmp_path / "o"))
    slots.add_slot(db, acc.id, 0, "18:30", "Europe/Berlin")  # Mondays 18:30 Berlin
    after = parse_when("2030-01-01T00:00:00Z")  # a Tuesday
    first = slots.next_free_slot(db, acc.id, after)
    assert first.isoformat() == "2030-01-07T17:30:00+00:00"
    queue.create_post(db, acc.id, "taken", first)
    assert slots.next_free_slot(db, acc.id, after).isoformat() == "2030-01-14T17:30:00+00:00"


def test_media_host_gives_url_platforms_a_public_url(db, tmp_path, capsys):
    from studio.settings import Settings

    Settings().set("channels.media_url_prefix", "https://cdn.example.com/studio/")
    Settings().set("channels.media_sync_dir", str(tmp_path / "sync"))
    img = tmp_path / "a.jpg"
    img.write_bytes(b"\xff\xd8jpeg")
    out = hosting.with_public_urls([{"path": str(img), "kind": "image"}], "instagram")
    assert out[0]["url"].startswith("https://cdn.example.com/studio/") and out[0]["url"].endswith(".jpg")
    assert (tmp_path / "sync" / out[0]["url"].rsplit("/", 1)[1]).read_bytes() == b"\xff\xd8jpeg"
    assert "url" not in hosting.with_public_urls([{"path": str(img)}], "x")[0]  # X gets the bytes


def test_slot_and_set_commands(db, tmp_path, capsys):
    run(capsys, "accounts", "add", "folder", "--name", "f", "--base-url", str(tmp_path / "o"))
    rc, out, err = run(capsys, "accounts", "slot", "f", "mon", "18:30", "--tz", "Europe/Berlin")
    assert rc == 0 and "mon 18:30 Europe/Berlin" in out, err
    rc, out, err = run(capsys, "accounts", "set", "f", 'budgets={"posts per 15 min": {"limit": 5}}', "paused=")
    assert rc == 0, err
    assert accounts.get_account(db, "f").settings["budgets"] == {"posts per 15 min": {"limit": 5}}


def test_remove_refuses_while_posts_are_queued(db, tmp_path, capsys):
    acc = accounts.add_account(db, "folder", "f", base_url=str(tmp_path / "o"))
    p = queue.create_post(db, acc.id, "queued", clock.now() + timedelta(days=1))
    rc, _, err = run(capsys, "accounts", "remove", "f")
    assert rc == 2 and "1 scheduled post" in err
    assert run(capsys, "queue", "--cancel", str(p.id))[0] == 0
    assert run(capsys, "accounts", "remove", "f")[0] == 0


def test_accounts_info_shows_tiktok_creator_and_privacy_options(db, capsys):
    from tests.support.platforms.tiktok import TikTokEmulator

    with TikTokEmulator(privacy_options=["SELF_ONLY", "FOLLOWER_OF_CREATOR"]) as emu:
        accounts.add_account(db, "tiktok", "tt", base_url=emu.url, token="tok-1")
        rc, out, err = run(capsys, "accounts", "info", "tt", "--json")
    assert rc == 0, err
    info = json.loads(out)
    assert info["creator"] == "Shop" and info["privacy_level_options"] == ["SELF_ONLY", "FOLLOWER_OF_CREATOR"]
    assert "no default" in info["note"]
