"""Home's summary and coverage matrix on a seeded database (SQLite and PostgreSQL), and ``studio home --json``."""

from __future__ import annotations

import json
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from studio.services import drafts, home
from studio.storage import models as m

NOW = datetime(2026, 12, 2, 12, 0, tzinfo=UTC)
ERROR = {"rule": "numbers", "severity": "error", "message": "40 cm is not in the facts"}
WARNING = {"rule": "style", "severity": "warning", "message": "long title"}


def _product(s, handle: str, *, image: str | None = "ok", facts: bool = True) -> int:
    p = m.Product(handle=handle, title=handle.replace("-", " ").title())
    s.add(p)
    s.flush()
    if image is not None:
        s.add(m.Media(product_id=p.id, src=f"https://example.com/{handle}.png", status=image))
    if facts:
        s.add(m.Fact(product_id=p.id, key="material", value="cotton"))
    return int(p.id)


def seed(db) -> dict[str, int]:
    """One product per state: complete, image missing, no image row, no facts; drafts in every status; posts
    due today (one tomorrow), failed with its fixing action, published; an account to reconnect; assets."""
    with db.session() as s:
        ids = {
            "mug": _product(s, "mug"),
            "lamp": _product(s, "lamp", image="missing"),
            "chair": _product(s, "chair", image=None),
            "serum": _product(s, "serum", facts=False),
        }
        ok = m.Account(platform="folder", name="shop-folder", status="connected", settings={},
                       base_url=str(Path(tempfile.gettempdir()) / "studio-home-test-out"))
        bad = m.Account(platform="x", name="brand-x", status="needs-reconnect",
                        settings={"last_auth_error": {"message": "the token was revoked",
                                                      "action": "reconnect 'brand-x' in Settings › Accounts"}})
        s.add_all([ok, bad])
        s.flush()
        for i, (state, when) in enumerate([("scheduled", NOW + timedelta(hours=2)),
                                           ("scheduled", NOW + timedelta(hours=3)),
                                           ("scheduled", NOW + timedelta(days=1, hours=1)),
                                           ("published", NOW - timedelta(hours=1)),
                                           ("failed", NOW - timedelta(hours=2))]):
            s.add(m.Post(account_id=ok.id, product_id=ids["mug"], market="de-DE", text="hi", scheduled_at=when,
                         state=state, idempotency_key=f"k{i}",
                         last_error="the media file is missing" if state == "failed" else None,
                         receipt={"error": {"code": "media", "action": "render the video again, then Retry"}}
                         if state == "failed" else None))
        s.add(m.Asset(product_id=ids["mug"], market="de-DE", kind="video", path="mug.mp4"))
        s.add(m.Asset(product_id=ids["lamp"], market=None, kind="mockup", path="lamp.png"))
        s.add(m.GenerationRun(status="running", total=10, done=3))
    # drafts: mug de-DE listing approved; mug de-DE caption in review with an error; lamp fr-FR listing draft;
    # serum fr-FR caption draft whose error was fixed in its current version; chair ja-JP listing rejected
    d = drafts.save_version(db, ids["mug"], "de-DE", "listing", "amazon", {"title": "Mug"}, author="offline",
                            ai_generated=False, checks=[WARNING])
    drafts.approve(db, [d.id])
    drafts.save_version(db, ids["mug"], "de-DE", "caption", "instagram", {"text": "Mug"}, author="offline",
                        ai_generated=False, checks=[ERROR], status="in-review")
    drafts.save_version(db, ids["lamp"], "fr-FR", "listing", "amazon", {"title": "Lampe"}, author="offline",
                        ai_generated=False, checks=[WARNING])
    drafts.save_version(db, ids["serum"], "fr-FR", "caption", "tiktok", {"text": "x"}, author="offline",
                        ai_generated=False, checks=[ERROR])
    fixed = drafts.save_version(db, ids["serum"], "fr-FR", "caption", "tiktok", {"text": "y"}, author="human",
                                ai_generated=False, checks=[WARNING])
    rejected = drafts.save_version(db, ids["chair"], "ja-JP", "listing", "amazon", {"title": "椅子"},
                                   author="offline", ai_generated=False, checks=[ERROR])
    drafts.set_status(db, [rejected.id], "rejected")
    ids["fixed_draft"] = fixed.id
    return ids


def test_counts_on_a_seeded_database(db):
    ids = seed(db)
    s = home.summary(db, now=NOW)
    assert s.products == 4
    assert s.products_missing_images == 2  # lamp (missing file) and chair (no image at all)
    assert s.first_missing_image == ids["lamp"]
    assert s.products_missing_facts == 1 and s.first_missing_facts == ids["serum"]
    assert s.drafts == 5
    assert {c.market: c.count for c in s.awaiting_review} == {"de-DE": 1, "fr-FR": 2}
    assert s.awaiting_total == 3
    # only the mug caption: the serum caption's error is gone in its current version, the chair's is rejected
    assert s.drafts_with_errors == 1
    (err,) = s.error_drafts
    assert (err.product_id, err.market, err.kind, err.target) == (ids["mug"], "de-DE", "caption", "instagram")
    assert s.posts_due_today == 2 and [p.state for p in s.due_today] == ["scheduled", "scheduled"]
    assert s.failed_posts == 1
    (failed,) = s.failed
    assert failed.action == "render the video again, then Retry" and failed.product_id == ids["mug"]
    assert s.accounts == 2
    reconnect = [a for a in s.account_issues if a.reason == "reconnect"]
    assert [a.name for a in reconnect] == ["brand-x"]
    assert "Settings" in reconnect[0].action
    assert [(j.kind, j.done, j.total) for j in s.jobs] == [("generation", 3, 10)]
    assert s.markets == ("fr-FR", "de-DE") or set(s.markets) == {"de-DE", "fr-FR"}
    assert not s.nothing_to_do


def test_markets_given_and_running_jobs(db):
    seed(db)
    s = home.summary(db, now=NOW, markets=["ar-SA", "de-DE", "ar-SA"],
                     running=[home.JobRef("render", "mug de-DE 9:16")], accounts=False)
    assert s.markets == ("ar-SA", "de-DE")
    assert s.account_issues == ()
    assert [j.kind for j in s.jobs] == ["generation", "render"]


def test_empty_database(db):
    s = home.summary(db, now=NOW)
    assert (s.products, s.drafts, s.accounts, s.awaiting_total) == (0, 0, 0, 0)
    assert s.first_missing_image is None and s.markets == ()
    assert s.nothing_to_do


def test_error_count_follows_the_checks(db):
    ids = seed(db)
    with db.session() as s:
        v = s.query(m.DraftVersion).filter_by(draft_id=ids["fixed_draft"], number=2).one()
        assert v.error_count == 0
        v.checks = [ERROR, ERROR]
    with db.session() as s:
        assert s.query(m.DraftVersion).filter_by(draft_id=ids["fixed_draft"], number=2).one().error_count == 2
    assert home.summary(db, now=NOW, accounts=False).drafts_with_errors == 2


def test_coverage_matrix_pages(db):
    ids = seed(db)
    page = home.coverage(db, ["de-DE", "fr-FR"], limit=2)
    assert page.total == 4 and len(page.rows) == 2 and page.markets == ("de-DE", "fr-FR")
    everything = home.coverage(db, ["de-DE", "fr-FR"], limit=50).rows
    assert [r.handle for r in everything] == ["chair", "lamp", "mug", "serum"]  # the Catalog's title order
    nxt = home.coverage(db, ["de-DE", "fr-FR"], offset=2, limit=2)
    assert [r.handle for r in nxt.rows] == ["mug", "serum"]
    by = {r.handle: r for r in everything}
    mug_de, mug_fr = by["mug"].cells
    assert (mug_de.listing, mug_de.caption, mug_de.video, mug_de.mockup) == (True, False, True, False)
    assert not any((mug_fr.listing, mug_fr.caption, mug_fr.video))
    # a mockup made without a market serves every market
    assert [c.mockup for c in by["lamp"].cells] == [True, True]
    assert by["mug"].product_id == ids["mug"]
    filtered = home.coverage(db, ["de-DE"], query="lamp")
    assert filtered.total == 1 and [r.handle for r in filtered.rows] == ["lamp"]


def test_cli_home_json(db, capsys):
    from studio.cli.main import main

    seed(db)
    assert main(["home", "--json", "--markets", "de-DE,fr-FR"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["products"] == 4 and data["products_missing_images"] == 2
    assert data["awaiting_review"] == {"de-DE": 1, "fr-FR": 2} and data["drafts_with_errors"] == 1
    assert data["markets"] == ["de-DE", "fr-FR"]
    assert data["failed"][0]["action"] == "render the video again, then Retry"
    assert main(["home"]) == 0
    out = capsys.readouterr().out
    assert "1 failed post(s)" in out and "fix: render the video again" in out


def test_cli_home_refuses_an_unknown_market(db, capsys):
    from studio.cli.main import main

    assert main(["home", "--markets", "xx-YY"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("studio home: unknown market")


@pytest.mark.parametrize("hour", [0, 23])
def test_today_window_is_one_local_day(hour):
    start, end = home.today_window(NOW.replace(hour=hour))
    assert end - start == timedelta(days=1)
    assert start <= NOW.replace(hour=hour) < end


def test_migration_counts_the_errors_of_existing_versions(db_url):
    """A database at 0002 with versions holding error findings: 0003_home fills ``error_count`` from their checks."""
    from sqlalchemy import create_engine, text

    from studio.storage.db import upgrade

    engine = create_engine(db_url)
    try:
        upgrade(engine, "0002_translations")
        with engine.begin() as conn:
            conn.execute(text("INSERT INTO products (id, handle, title, body_html, body_text, vendor, product_type, "
                              "category, tags, status, published, seo_title, seo_description, extra, created_at, "
                              "updated_at) VALUES (1, 'mug', 'Mug', '', '', '', '', '', '[]', 'active', true, '', '', "
                              "'{}', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"))
            conn.execute(text("INSERT INTO drafts (id, product_id, market, kind, target, status, current_version, "
                              "created_at, updated_at) VALUES (1, 1, 'de-DE', 'listing', '', 'draft', 2, "
                              "CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"))
            for number, checks in ((1, [ERROR, ERROR, WARNING]), (2, [WARNING])):
                conn.execute(text("INSERT INTO draft_versions (draft_id, number, content, author, ai_generated, "
                                  "provenance, checks, created_at) VALUES (1, :n, '{}', 'ai', false, '{}', :c, "
                                  "CURRENT_TIMESTAMP)"), {"n": number, "c": json.dumps(checks)})
        upgrade(engine, "head")
        with engine.connect() as conn:
            got = dict(conn.execute(text("SELECT number, error_count FROM draft_versions ORDER BY number")).all())
        assert got == {1: 2, 2: 0}
    finally:
        engine.dispose()
