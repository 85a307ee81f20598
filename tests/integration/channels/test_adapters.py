"""Each adapter against its loopback emulator: the documented flow, its errors, and lookup."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

import pytest

from studio import registry
from studio.jobs import CancelToken, no_progress
from studio.ports import AuthExpired, ChannelAccount, PublishRequest, QuotaReached, Rejected, TransientError
from tests.support.platforms.google import YouTubeEmulator, yt_error
from tests.support.platforms.meta import FacebookEmulator, InstagramEmulator, ThreadsEmulator, graph_error
from tests.support.platforms.pinterest import BOARD_ID, PinterestEmulator
from tests.support.platforms.tiktok import TikTokEmulator
from tests.support.platforms.webhook import WebhookReceiver
from tests.support.platforms.x import XEmulator

_open = []


@pytest.fixture(autouse=True)
def _close_adapters():
    yield
    while _open:
        _open.pop().close()


def adapter(platform, emu, token="tok-1", **settings):
    factory = registry.find("channel", platform)
    ad = factory(ChannelAccount(name=f"{platform}-t", platform=platform, base_url=emu.url,
                                settings={"poll_interval": 0.001, **settings}, access_token=token))
    _open.append(ad)
    return ad


def publish(ad, text, media=(), **options):
    checkpoints = {}
    req = PublishRequest(text=text, media=tuple(media), options=options, idempotency_key="k" * 32,
                         checkpoint=checkpoints.update)
    return ad.publish(req, no_progress, CancelToken()), checkpoints


@pytest.fixture
def video(tmp_path):
    p = tmp_path / "clip.mp4"
    p.write_bytes(b"\x00\x00\x00\x18ftypmp42" + b"\x01" * (6 * 1024 * 1024))
    return {"path": str(p), "kind": "video", "mime": "video/mp4", "width": 1080, "height": 1920, "duration": 20.0}


@pytest.fixture
def jpeg(tmp_path):
    from PIL import Image

    p = tmp_path / "mock.jpg"
    Image.new("RGB", (1080, 1350), (200, 80, 40)).save(p, "JPEG")
    return {"path": str(p), "kind": "image", "mime": "image/jpeg", "url": "https://cdn.example.com/mock.jpg"}


# --------------------------------------------------------------------------- TikTok


def test_tiktok_direct_post_chunked_upload_and_status(video):
    with TikTokEmulator() as emu:
        ad = adapter("tiktok", emu, chunk_size=5 * 1024 * 1024)
        receipt, cps = publish(ad, "Our lamp #home", [video], privacy_level="SELF_ONLY", is_aigc=True)
        up = emu.uploads[cps["publish_id"]]
        assert emu.creator_info_calls == 1  # creator info first
        assert up["got"] == up["size"] and len(up["ranges"]) == 1  # 6 MB → one 5 MB chunk + remainder in last
        assert up["info"]["is_aigc"] is True and up["info"]["privacy_level"] == "SELF_ONLY"
        assert up["info"]["disable_comment"] is False  # interaction toggles unchecked by default
        assert emu.published["Our lamp #home"] == 1 and receipt.state == "published"


def test_tiktok_refuses_without_a_privacy_choice_and_outside_the_options(video):
    with TikTokEmulator(privacy_options=["SELF_ONLY"]) as emu:
        ad = adapter("tiktok", emu)
        with pytest.raises(Rejected) as e1:
            publish(ad, "no privacy", [video])
        assert e1.value.code == "privacy-not-chosen" and "SELF_ONLY" in e1.value.action
        with pytest.raises(Rejected) as e2:
            publish(ad, "wrong privacy", [video], privacy_level="PUBLIC_TO_EVERYONE")
        assert e2.value.code == "privacy_level_option_mismatch"
        with pytest.raises(Rejected, match="branded"):
            publish(ad, "branded private", [video], privacy_level="SELF_ONLY", brand_content_toggle=True)
        assert not emu.uploads  # nothing was sent


def test_tiktok_inbox_mode_and_rate_limit(video):
    with TikTokEmulator() as emu:
        ad = adapter("tiktok", emu)
        receipt, cps = publish(ad, "to drafts", [video], post_mode="inbox")
        assert emu.uploads[cps["publish_id"]]["inbox"] and receipt.state == "processing"
        emu.init_limit = 1
        with pytest.raises(TransientError) as e:
            publish(ad, "too fast", [video], privacy_level="SELF_ONLY")
        assert e.value.code == "rate_limit_exceeded" and e.value.retry_after == 60


def test_tiktok_expired_token_and_processing_failure(video):
    with TikTokEmulator() as emu:
        emu.expired_tokens.add("tok-1")
        with pytest.raises(AuthExpired):
            publish(adapter("tiktok", emu), "x", [video], privacy_level="SELF_ONLY")
        emu.expired_tokens.clear()
        emu.fail_processing = "frame_rate_check_failed"
        with pytest.raises(Rejected) as e:
            publish(adapter("tiktok", emu), "bad fps", [video], privacy_level="SELF_ONLY")
        assert e.value.code == "frame_rate_check_failed" and "23–60 fps" in e.value.action


def test_tiktok_lookup_uses_the_recorded_publish_id(video):
    with TikTokEmulator() as emu:
        ad = adapter("tiktok", emu)
        _, cps = publish(ad, "lookup me", [video], privacy_level="SELF_ONLY")
        req = PublishRequest(text="lookup me", media=(video,), state=cps)
        assert ad.lookup("k", req).platform_post_id
        assert ad.lookup("k", PublishRequest(text="never sent")) is None


# --------------------------------------------------------------------------- Instagram


def test_instagram_reel_resumable_upload_and_live_quota(video):
    with InstagramEmulator(quota_total=50, login_type="facebook") as emu:  # resumable needs Facebook Login
        ad = adapter("instagram", emu, ig_user_id="17841", login_type="facebook")
        assert ad.quota() == {"used": 0, "limit": 50, "window_s": 86400}
        receipt, cps = publish(ad, "Reel caption", [video])
        c = emu.containers[cps["container_id"]]
        assert c["params"]["media_type"] == "REELS" and c["params"]["upload_type"] == "resumable"
        assert c["bytes"] == 6 * 1024 * 1024 + 12
        assert emu.published["Reel caption"] == 1 and receipt.url.startswith("https://www.instagram.com/p/")
        assert ad.quota()["used"] == 1


def test_instagram_carousel_jpeg_only_and_limit(jpeg, tmp_path):
    with InstagramEmulator(quota_total=1) as emu:
        ad = adapter("instagram", emu, ig_user_id="17841")
        receipt, cps = publish(ad, "Carousel", [jpeg, jpeg, jpeg])
        parent = emu.containers[cps["container_id"]]["params"]
        assert parent["media_type"] == "CAROUSEL" and len(parent["children"].split(",")) == 3
        kids = [emu.containers[c]["params"] for c in parent["children"].split(",")]
        assert all(k["is_carousel_item"] == "true" and "caption" not in k for k in kids)
        png = {**jpeg, "mime": "image/png", "path": str(tmp_path / "x.png")}
        with pytest.raises(Rejected, match="JPEG"):
            publish(ad, "png", [png])
        with pytest.raises(Rejected) as e:
            publish(ad, "eleven", [jpeg] * 11)
        assert e.value.code == "2207028"
        with pytest.raises(QuotaReached) as q:
            publish(ad, "over quota", [jpeg])
        assert q.value.code == "9/2207042"
        no_url = {k: v for k, v in jpeg.items() if k != "url"}
        with pytest.raises(Rejected) as e2:
            publish(ad, "no host", [no_url])
        assert e2.value.code == "media-url-missing" and "media host" in e2.value.action


def test_instagram_throttle_and_token_errors(jpeg):
    with InstagramEmulator() as emu:
        ad = adapter("instagram", emu, ig_user_id="1")
        emu.fail(r"/media$", 400, graph_error(4, None, "Application request limit reached").body,
                 {"X-Business-Use-Case-Usage": '{"1": [{"call_count": 100, "estimated_time_to_regain_access": 7}]}'})
        with pytest.raises(TransientError) as e:
            publish(ad, "t", [jpeg])
        assert e.value.retry_after == 7 * 60
        emu.expired_tokens.add("tok-1")
        with pytest.raises(AuthExpired):
            publish(ad, "t", [jpeg])


# --------------------------------------------------------------------------- Facebook


def test_facebook_feed_photo_reel_and_native_schedule(jpeg, video):
    with FacebookEmulator() as emu:  # Page endpoints take the Page token picked from /me/accounts
        ad = adapter("facebook", emu, token="page-tok-55", page_id="55", page_token_for="55")
        r1, _ = publish(ad, "plain post")
        assert r1.platform_post_id.startswith("55_") and r1.state == "published"
        r2, _ = publish(ad, "photo post", [jpeg])
        assert emu.posts[-1]["bytes"] > 1000  # uploaded as multipart source
        r3, cps = publish(ad, "reel post", [video], format="reels")
        assert cps["video_id"] and emu.posts[-1]["kind"] == "reel"
        when = datetime.now(UTC) + timedelta(days=2)
        req = PublishRequest(text="later", options={"native_schedule": True}, scheduled_at=when, idempotency_key="k")
        r4 = ad.publish(req, no_progress, CancelToken())
        assert r4.state == "scheduled-natively" and emu.posts[-1]["scheduled"] == int(when.timestamp())
        assert ad.lookup("k", req).state == "scheduled-natively"
        too_soon = PublishRequest(text="soon", options={"native_schedule": True},
                                  scheduled_at=datetime.now(UTC) + timedelta(minutes=2))
        with pytest.raises(Rejected):
            ad.publish(too_soon, no_progress, CancelToken())


# --------------------------------------------------------------------------- YouTube


def test_youtube_resumable_upload_short_with_disclosures(video):
    with YouTubeEmulator() as emu:
        ad = adapter("youtube", emu)
        receipt, cps = publish(ad, "Desk lamp <3\nWarm light for small rooms", [video], is_aigc=True,
                               paid_placement=True, made_for_kids=False)
        v = emu.videos[-1]
        assert v["snippet"]["title"] == "Desk lamp 3" and v["status"]["containsSyntheticMedia"] is True
        assert v["status"]["selfDeclaredMadeForKids"] is False
        assert v["paidProductPlacementDetails"] == {"hasPaidProductPlacement": True}
        assert receipt.url.startswith("https://www.youtube.com/shorts/")  # vertical ≤3 min → a Short
        assert cps["upload_uri"]


def test_youtube_native_publish_at_and_quota(video):
    with YouTubeEmulator() as emu:
        ad = adapter("youtube", emu)
        when = datetime.now(UTC) + timedelta(days=1)
        req = PublishRequest(text="scheduled", media=(video,), options={"native_schedule": True}, scheduled_at=when)
        r = ad.publish(req, no_progress, CancelToken())
        st = emu.videos[-1]["status"]
        assert st["privacyStatus"] == "private" and st["publishAt"].startswith(when.strftime("%Y-%m-%dT%H:%M"))
        assert r.state == "scheduled-natively"
        emu.fail(r"/upload/youtube/v3/videos", 403, yt_error(403, "quotaExceeded").body)
        with pytest.raises(QuotaReached) as q:
            publish(ad, "q", [video])
        assert 0 < q.value.retry_after <= 86400 + 60
        emu.fail(r"/upload/youtube/v3/videos", 400, yt_error(400, "uploadLimitExceeded").body)
        with pytest.raises(Rejected) as cap:
            publish(ad, "cap", [video])
        assert cap.value.code == "uploadLimitExceeded" and "not retried" in cap.value.action


def test_youtube_resumes_an_interrupted_upload(video):
    with YouTubeEmulator() as emu:
        ad = adapter("youtube", emu)
        emu.fail(r"/upload/youtube/v3/videos", 503, {"error": {"code": 503, "message": "backend", "errors": []}},
                 method="PUT")
        checkpoints = {}
        req = PublishRequest(text="resume me", media=(video,), checkpoint=checkpoints.update)
        with pytest.raises(TransientError):
            ad.publish(req, no_progress, CancelToken())
        retry = PublishRequest(text="resume me", media=(video,), state=checkpoints)
        ad.publish(retry, no_progress, CancelToken())
        assert len(emu.sessions) == 1 and emu.published["resume me"] == 1  # same session, not a new video


# --------------------------------------------------------------------------- X, Pinterest, Threads, Webhook


def test_x_rate_limit_reset_header():
    with XEmulator(window_limit=1) as emu:
        ad = adapter("x", emu)
        publish(ad, "one")
        with pytest.raises(TransientError) as e:
            publish(ad, "two")
        assert 800 < e.value.retry_after <= 900


def test_pinterest_base64_image_and_video_pin(jpeg, video):
    with PinterestEmulator() as emu:
        ad = adapter("pinterest", emu, board_id=BOARD_ID)
        no_url = {k: v for k, v in jpeg.items() if k != "url"}
        r, _ = publish(ad, "Pin text", [no_url])
        assert emu.posts[-1]["source"] == "image_base64" and r.url.startswith("https://www.pinterest.com/pin/")
        _, cps = publish(ad, "Video pin", [video])
        assert emu.posts[-1]["source"] == "video_id" and cps["media_id"]
        with pytest.raises(Rejected) as e:
            publish(adapter("pinterest", emu), "no board", [no_url])
        assert f"Shop ({BOARD_ID})" in e.value.action
        assert ad.lookup("k", PublishRequest(text="Pin text")) is not None


def test_threads_text_and_image_and_limit(jpeg):
    with ThreadsEmulator() as emu:
        ad = adapter("threads", emu)
        publish(ad, "just text")
        publish(ad, "with image", [jpeg])
        assert emu.published["just text"] == 1 and emu.published["with image"] == 1
        with pytest.raises(Rejected):
            publish(ad, "x" * 501)
        assert ad.lookup("k", PublishRequest(text="with image")).platform_post_id


def test_webhook_signed_json_and_media(jpeg):
    with WebhookReceiver("s3cret") as emu:
        factory = registry.find("channel", "webhook")
        ad = factory(ChannelAccount(name="hook", platform="webhook", base_url=emu.url + "/hook",
                                    settings={"lookup_path": "/hook/lookup"}, access_token="s3cret"))
        _open.append(ad)
        r, _ = publish(ad, "to my server", [jpeg])
        got = emu.received[-1]
        assert got["payload"]["text"] == "to my server" and got["files"]["media0"][:2] == b"\xff\xd8"
        assert r.platform_post_id == "hook-1"
        assert ad.lookup("k" * 32, PublishRequest(text="")) is not None
        bad = factory(ChannelAccount(name="hook", platform="webhook", base_url=emu.url + "/hook", access_token="wrong"))
        _open.append(bad)
        with pytest.raises(AuthExpired):
            publish(bad, "forged")
        assert len(emu.received) == 1


def test_folder_bundle_is_atomic_and_found_by_lookup(tmp_path, jpeg):
    factory = registry.find("channel", "folder")
    ad = factory(ChannelAccount(name="f", platform="folder", settings={"path": str(tmp_path / "out")}))
    req = PublishRequest(text="Bundle me", media=(jpeg,), idempotency_key="a" * 32,
                         scheduled_at=datetime(2026, 12, 1, 18, 30, tzinfo=UTC), options={"is_aigc": True})
    r = ad.publish(req, no_progress, CancelToken())
    bundle = tmp_path / "out" / r.platform_post_id
    assert (bundle / "caption.txt").read_text(encoding="utf-8") == "Bundle me\n"
    assert (bundle / "01-image.jpg").is_file() and (bundle / "post.json").is_file()
    assert ad.lookup("a" * 32, req).platform_post_id == r.platform_post_id
    assert ad.publish(req, no_progress, CancelToken()).platform_post_id == r.platform_post_id  # idempotent
    assert len(list((tmp_path / "out").iterdir())) == 1
    assert time.time()  # keep imports used
