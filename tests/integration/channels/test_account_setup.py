"""Accounts without the CLI's guesswork: the redirect URI to register, Page picking with the Page token, scopes
granted vs needed, and the connection-health view — through the service and the CLI (pages, use-page,
health)."""

from __future__ import annotations

import json
import time

import pytest

from studio.cli.main import main
from studio.domain import StudioError
from studio.services import account_setup, accounts
from studio.settings import Settings
from tests.support.platforms.meta import FacebookEmulator


@pytest.fixture
def fb(db):
    with FacebookEmulator() as emu:
        accounts.add_account(db, "facebook", "shop-fb", base_url=emu.url, settings_={"client_id": "app"})
        accounts.store_tokens("shop-fb", {"access_token": "tok-1", "scope": "pages_show_list,pages_read_engagement",
                                          "issued_at": time.time() - 3600, "expires_at": time.time() + 50 * 86400})
        yield emu


def test_redirect_uri_guides_per_platform():
    tiktok = account_setup.guide("tiktok")
    assert tiktok.redirect_uri == "http://127.0.0.1:*/callback/" and "wildcard" in tiktok.redirect_note
    assert tiktok.console_url.startswith("https://developers.tiktok.com") and tiktok.needs_secret
    fb = account_setup.guide("facebook")
    assert fb.redirect_uri.startswith("http://127.0.0.1:") and "exact match" in fb.redirect_note
    assert fb.picks == "page" and "pages_manage_posts" in fb.scopes
    account_setup.set_redirect_port(8766)
    assert Settings().get("channels.redirect_port") == 8766
    assert account_setup.guide("facebook").redirect_uri == "http://127.0.0.1:8766/callback"
    assert account_setup.guide("tiktok").redirect_uri == "http://127.0.0.1:8766/callback/"
    with pytest.raises(StudioError):
        account_setup.set_redirect_port(80)
    assert account_setup.guide("instagram", {"login_type": "facebook"}).picks == "page"
    assert account_setup.guide("webhook").token_only


def test_pick_a_facebook_page_stores_its_page_token(db, fb):
    pages = account_setup.public_pages(account_setup.pages(db, "shop-fb"))
    assert [(p["id"], p["can_post"]) for p in pages] == [("55", True), ("66", False)]
    assert all("_token" not in p and "access_token" not in p for p in pages)  # never shown
    with pytest.raises(StudioError, match="CREATE_CONTENT"):
        account_setup.use_page(db, "shop-fb", "66")
    acc = account_setup.use_page(db, "shop-fb", "55")
    assert acc.settings["page_id"] == "55" and acc.settings["page_token_for"] == "55"
    tokens = accounts.load_tokens("shop-fb")
    assert tokens["access_token"] == "page-tok-55" and tokens["user_access_token"] == "tok-1"
    assert account_setup.pages(db, "shop-fb")  # the user token is kept to list Pages again
    from studio.jobs import CancelToken, no_progress
    from studio.ports import PublishRequest

    ad = accounts.adapter_for(db, acc.id)
    try:
        r = ad.publish(PublishRequest(text="hello from the page"), no_progress, CancelToken())
    finally:
        ad.close()
    assert r.platform_post_id.startswith("55_") and fb.published["hello from the page"] == 1


def test_health_lists_what_needs_doing_with_the_fix(db, fb):
    [h] = account_setup.health(db, "shop-fb")
    msgs = " | ".join(p["message"] for p in h.problems)
    assert "no Facebook Page picked" in msgs and "pages_manage_posts" in msgs  # scope granted vs needed
    assert any("Pick page" in p["action"] for p in h.problems)
    assert h.token_expires_at is not None and h.last_refresh is not None
    assert h.quota_left_today is not None  # Facebook Reels: 30 / 24 h
    sc = account_setup.scopes(db, "shop-fb")
    assert sc["granted"] == ["pages_read_engagement", "pages_show_list"] and "publish_video" in sc["missing"]
    accounts.update_settings(db, "shop-fb", api_version="v21.0")
    [h2] = account_setup.health(db, "shop-fb", now=time.mktime((2026, 12, 2, 0, 0, 0, 0, 0, 0)))
    assert any("v21.0" in p["message"] and "2027-01-21" in p["message"] for p in h2.problems)


def test_cli_pages_use_page_and_health(db, fb, capsys):
    assert main(["accounts", "pages", "shop-fb"]) == 0
    out = capsys.readouterr().out
    assert "55" in out and "Shop Page" in out and "page-tok" not in out and "use-page" in out
    assert main(["accounts", "use-page", "shop-fb", "55"]) == 0
    assert "Shop Page" in capsys.readouterr().out
    assert main(["accounts", "health", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    [row] = [d for d in data if d["name"] == "shop-fb"]
    assert not any("Page picked" in p["message"] for p in row["problems"]) and "quota_left_today" in row
    assert main(["accounts", "health", "shop-fb"]) == 0
    out = capsys.readouterr().out
    assert "redirect URI to register: http://127.0.0.1:" in out and "→" in out


def test_a_failed_first_comment_shows_on_the_published_post(db, tmp_path):
    from datetime import timedelta

    from PIL import Image

    from studio import clock
    from studio.services import worker
    from studio.services.scheduling import queue
    from tests.support.platforms.meta import InstagramEmulator

    img = tmp_path / "a.jpg"
    Image.new("RGB", (1080, 1350), (9, 9, 9)).save(img, "JPEG")
    with InstagramEmulator(comments_granted=False) as emu:
        acc = accounts.add_account(db, "instagram", "ig", base_url=emu.url,
                                   settings_={"ig_user_id": "17841", "poll_interval": 0.01})
        accounts.store_tokens("ig", {"access_token": "tok-1"})
        post = queue.create_post(db, acc.id, "Lamp", clock.now() - timedelta(seconds=5),
                                      media=[{"path": str(img), "kind": "image", "mime": "image/jpeg",
                                              "url": "https://cdn.example.com/a.jpg"}],
                                      first_comment="#lamp #home")
        worker.run_once(db, options=worker.WorkerOptions(base_backoff=0.01))
        dto = queue.get_post(db, post.id)
    assert dto.state == "published" and emu.published["Lamp"] == 1  # the post is out, once
    assert "first comment failed" in dto.last_error and "instagram_business_manage_comments" in dto.last_error
    [h] = account_setup.health(db, "ig")
    assert any("first comment failed" in p["message"] and p["severity"] == "warning" for p in h.problems)


def test_instagram_with_facebook_login_picks_the_page_whose_instagram_account_to_post_as(db):
    from tests.support.platforms.meta import InstagramEmulator

    with InstagramEmulator(login_type="facebook") as emu:
        accounts.add_account(db, "instagram", "ig-fb", base_url=emu.url, settings_={"login_type": "facebook"})
        accounts.store_tokens("ig-fb", {"access_token": "tok-1"})
        assert account_setup.guide("instagram", {"login_type": "facebook"}).scopes[0] == "instagram_basic"
        found = account_setup.public_pages(account_setup.pages(db, "ig-fb"))
        assert found[0]["instagram_username"] == "shop"
        with pytest.raises(StudioError, match="no Instagram"):
            account_setup.use_page(db, "ig-fb", "77")
        acc = account_setup.use_page(db, "ig-fb", "55")
        assert acc.settings["ig_user_id"] == "17841" and accounts.load_tokens("ig-fb")["access_token"] == "tok-1"
        assert not emu.violations if hasattr(emu, "violations") else True


def test_instagram_tokens_are_refreshed_only_once_24h_old(db):
    from tests.support.platforms.meta import InstagramEmulator

    with InstagramEmulator() as emu:
        acc = accounts.add_account(db, "instagram", "ig", base_url=emu.url, settings_={
            "refresh_url": emu.url + "/refresh_access_token"})
        emu.issued["tok-1"] = time.time() - 3600
        accounts.store_tokens("ig", {"access_token": "tok-1", "issued_at": time.time() - 3600,
                                     "expires_at": time.time() + 59 * 86400})
        assert accounts.access_token(db, acc.id) == "tok-1"  # an hour old: used as is, no refresh call
        assert not [k for k, _ in emu.token_calls if k == "refresh"]
        emu.issued["tok-1"] = time.time() - 2 * 86400
        accounts.store_tokens("ig", {"access_token": "tok-1", "issued_at": time.time() - 2 * 86400,
                                     "expires_at": time.time() + 58 * 86400})
        new = accounts.access_token(db, acc.id)
        assert new.startswith("long-") and [k for k, _ in emu.token_calls] == ["refresh"]
        stored = accounts.load_tokens("ig")
        assert stored["access_token"] == new and time.time() - stored["issued_at"] < 60
        assert accounts.access_token(db, acc.id) == new  # fresh again: no second refresh
