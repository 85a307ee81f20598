"""The platforms' own contracts as the oracle (issue 15): every request the X, Pinterest and YouTube adapters
build — in every flow — validates against the vendored OpenAPI / discovery documents; the emulators refuse
what the contracts refuse; and the bugs the contracts showed stay fixed."""

from __future__ import annotations

import hashlib
from pathlib import Path

import httpx
import pytest

from studio import registry
from studio.jobs import CancelToken, no_progress
from studio.ports import ChannelAccount, PublishRequest
from tests.support import contract_flows
from tests.support.contracts import Capture, validate
from tests.support.platforms.google import YouTubeEmulator
from tests.support.platforms.pinterest import BOARD_ID, PinterestEmulator
from tests.support.platforms.x import XEmulator

EXPECTED = {
    "x": {"GET api.x.com/2/media/upload", "GET api.x.com/2/users/42/tweets", "GET api.x.com/2/users/me",
          "POST api.x.com/2/media/upload/initialize", "POST api.x.com/2/oauth2/token", "POST api.x.com/2/tweets"},
    "pinterest": {"GET api.pinterest.com/v5/boards", "GET api.pinterest.com/v5/boards/549755885175/pins",
                  "POST api.pinterest.com/v5/media", "POST api.pinterest.com/v5/oauth/token",
                  "POST api.pinterest.com/v5/pins", "POST pinterest-media-upload.s3-accelerate.amazonaws.com/"},
    "youtube": {"GET youtube.googleapis.com/youtube/v3/channels", "GET youtube.googleapis.com/youtube/v3/playlistItems",
                "POST oauth2.googleapis.com/token", "POST youtube.googleapis.com/upload/youtube/v3/videos",
                "PUT youtube.googleapis.com/upload/youtube/v3/videos"},
}


@pytest.fixture(scope="module")
def media(tmp_path_factory):
    return contract_flows.Media(tmp_path_factory.mktemp("contract-media"))


@pytest.mark.parametrize("platform", sorted(contract_flows.FLOWS))
def test_every_flow_meets_the_published_contract(platform, media):
    run = contract_flows.FLOWS[platform](media)
    assert run.error is None, repr(run.error)
    assert not run.violations, "\n".join(map(str, run.violations))
    assert EXPECTED[platform] <= run.operations(), EXPECTED[platform] - run.operations()
    assert len(run.flows) >= 7 and len(run.capture.requests) >= 15
    # credentials only to the platform's own API hosts
    for r in run.capture.requests:
        if r.url.host.endswith("amazonaws.com"):
            assert "authorization" not in r.headers


# --------------------------------------------------------------------------- the oracle itself


def _req(method, url, **kw):
    return httpx.Request(method, url, **kw)


BEARER = {"Authorization": "Bearer t"}


@pytest.mark.parametrize(("platform", "request_", "rule"), [
    ("x", _req("POST", "https://api.x.com/2/tweets", json={"text": "a", "schedule": "x"}, headers=BEARER), "body"),
    ("x", _req("POST", "https://api.x.com/2/tweets", json={"text": "a"}), "auth"),
    ("x", _req("POST", "https://api.x.com/2/tweets", json={"text": "a", "media": {"media_ids": ["a1"]}},
               headers=BEARER), "body"),
    ("x", _req("GET", "https://api.x.com/2/users/42/tweets", params={"tweet.fields": "entities"}, headers=BEARER),
     "query"),
    ("x", _req("GET", "https://api.x.com/2/users/42/tweets", params={"max_results": 500}, headers=BEARER), "query"),
    ("x", _req("GET", "https://api.x.com/2/media/upload", headers=BEARER), "query"),
    ("x", _req("DELETE", "https://api.x.com/2/users/me", headers=BEARER), "method"),
    ("x", _req("POST", "https://upload.twitter.com/1.1/media/upload.json", headers=BEARER), "credentials"),
    ("x", _req("POST", "http://api.x.com/2/tweets", json={"text": "a"}, headers=BEARER), "host"),
    ("x", _req("POST", "https://api.x.com/2/oauth2/token", json={"grant_type": "refresh_token"}), "content-type"),
    ("x", _req("POST", "https://api.x.com/2/oauth2/token",
               data={"grant_type": "authorization_code", "code": "c", "redirect_uri": "r", "client_id": "c"}), "body"),
    ("pinterest", _req("POST", "https://api.pinterest.com/v5/pins", headers=BEARER,
                       json={"board_id": "b1", "media_source": {"source_type": "image_url", "url": "u"}}), "body"),
    ("pinterest", _req("POST", "https://api.pinterest.com/v5/pins", headers=BEARER,
                       json={"board_id": "1", "media_source": {"source_type": "image_base64", "data": "AA=="}}),
     "body"),
    ("pinterest", _req("POST", "https://api.pinterest.com/v5/pins", headers=BEARER,
                       json={"board_id": "1", "description": "d" * 801,
                             "media_source": {"source_type": "image_url", "url": "u"}}), "body"),
    ("pinterest", _req("POST", "https://pinterest-media-upload.s3-accelerate.amazonaws.com/", headers=BEARER,
                       data={"key": "k", "policy": "p", "x-amz-signature": "s"},
                       files={"file": ("v.mp4", b"x", "video/mp4")}), "credentials"),
    ("pinterest", _req("POST", "https://pinterest-media-upload.s3-accelerate.amazonaws.com/",
                       files={"file": ("v.mp4", b"x", "video/mp4")}), "upload"),
    ("pinterest", _req("POST", "https://api.pinterest.com/v5/oauth/token",
                       data={"grant_type": "authorization_code", "code": "c", "client_id": "c"}), "body"),
    ("youtube", _req("POST", "https://youtube.googleapis.com/upload/youtube/v3/videos", headers=BEARER,
                     params={"uploadType": "resumable"}, json={"snippet": {"title": "t"}}), "query"),
    ("youtube", _req("POST", "https://youtube.googleapis.com/upload/youtube/v3/videos", headers=BEARER,
                     params={"uploadType": "resumable", "part": "snippet"},
                     json={"snippet": {"title": "t"}, "status": {"privacyStatus": "public"}}), "body"),
    ("youtube", _req("POST", "https://youtube.googleapis.com/upload/youtube/v3/videos", headers=BEARER,
                     params={"uploadType": "resumable", "part": "status"},
                     json={"status": {"privacyStatus": "secret"}}), "body"),
    ("youtube", _req("POST", "https://youtube.googleapis.com/upload/youtube/v3/videos", headers=BEARER,
                     params={"part": "status"}, json={"status": {}}), "query"),
    ("youtube", _req("PUT", "https://youtube.googleapis.com/upload/youtube/v3/videos?uploadType=resumable&upload_id=a",
                     headers={**BEARER, "Content-Range": "bytes 0-9/100"}, content=b"12345"), "upload"),
    ("youtube", _req("PUT", "https://youtube.googleapis.com/upload/youtube/v3/videos?uploadType=resumable&upload_id=a",
                     headers={**BEARER, "Content-Range": "bytes 100-99/300"}, content=b""), "upload"),
    ("youtube", _req("GET", "https://youtube.googleapis.com/youtube/v3/playlistItems", headers=BEARER,
                     params={"part": "snippet", "maxResults": 100}), "query"),
    ("youtube", _req("GET", "https://youtube.googleapis.com/youtube/v3/channels", params={"part": "id"}), "auth"),
    ("youtube", _req("POST", "https://oauth2.googleapis.com/token",
                     data={"grant_type": "refresh_token", "refresh_token": "r", "client_id": "c"}), "auth"),
])
def test_the_oracle_refuses_what_the_contract_refuses(platform, request_, rule):
    found = validate(platform, request_)
    assert rule in {v.rule for v in found}, [str(v) for v in found]


def test_scopes_are_checked_against_each_operation():
    pin = _req("POST", "https://api.pinterest.com/v5/pins", headers=BEARER,
               json={"board_id": "1", "media_source": {"source_type": "image_url", "url": "u"}})
    found = validate("pinterest", pin, scopes=("boards:read", "pins:read", "pins:write"))  # before issue 15
    assert [v.rule for v in found] == ["scope"] and "boards:write" in found[0].detail
    from channels.pinterest import OAUTH

    assert not validate("pinterest", pin, scopes=OAUTH.scopes)
    upload = _req("POST", "https://youtube.googleapis.com/upload/youtube/v3/videos", headers=BEARER,
                  params={"uploadType": "resumable", "part": "snippet"}, json={"snippet": {"title": "t"}})
    assert [v.rule for v in validate("youtube", upload,
                                     scopes=("https://www.googleapis.com/auth/youtube.readonly",))] == ["scope"]


# --------------------------------------------------------------------------- emulators refuse the same


def test_emulators_answer_400_in_the_platforms_shape_for_contract_violations():
    with XEmulator() as x, PinterestEmulator() as pin, YouTubeEmulator() as yt:
        with httpx.Client(headers={"Authorization": "Bearer tok-1"}) as c:
            r = c.post(x.url + "/2/tweets", json={"text": "hi", "scheduled_at": "tomorrow"})
            assert r.status_code == 400 and r.json()["type"].endswith("invalid-request")
            r = c.post(pin.url + "/v5/pins", json={"board_id": "b1", "media_source": {"source_type": "image_url",
                                                                                      "url": "u"}})
            assert r.status_code == 400 and r.json()["code"] == 1 and "board_id" in r.json()["message"]
            r = c.post(yt.url + "/upload/youtube/v3/videos", params={"uploadType": "resumable"},
                       json={"snippet": {"title": "t"}})
            assert r.status_code == 400 and r.json()["error"]["errors"][0]["reason"] == "badRequest"
            reg = c.post(pin.url + "/v5/media", json={"media_type": "video"}).json()
            assert httpx.URL(reg["upload_url"]).host != httpx.URL(pin.url).host  # S3 is another host
            r = c.post(reg["upload_url"], data=reg["upload_parameters"], files={"file": ("v.mp4", b"v", "video/mp4")})
            assert r.status_code == 400 and b"InvalidArgument" in r.content  # a bearer token sent to S3
        assert x.violations and pin.violations and yt.violations and pin.s3.violations
        assert x.total_published() == 0 and pin.total_published() == 0


# --------------------------------------------------------------------------- fixed bugs (fail before the fix)


def _adapter(platform, emu, **settings):
    factory = registry.find("channel", platform)
    return factory(ChannelAccount(name=f"{platform}-t", platform=platform, base_url=emu.url,
                                  settings={"poll_interval": 0.0, **settings}, access_token="tok-1"))


@pytest.fixture
def clip(tmp_path):
    p = tmp_path / "clip.mp4"
    p.write_bytes(bytes(range(256)) * (3 * 1024 + 7))  # 786 KiB + 1792 bytes, no two chunks alike
    return {"path": str(p), "kind": "video", "mime": "video/mp4"}


@pytest.fixture
def small_chunks(monkeypatch):
    import channels.youtube as yt

    monkeypatch.setattr(yt, "CHUNK", 256 * 1024)


def _sha(item):
    return hashlib.sha256(Path(item["path"]).read_bytes()).hexdigest()


def test_youtube_reseeks_the_file_after_a_308_with_a_shorter_range(clip, small_chunks):
    with YouTubeEmulator() as emu:
        emu.short_acks = [4096, 100_000]  # the server kept fewer bytes than were sent, twice
        ad = _adapter("youtube", emu)
        receipt = ad.publish(PublishRequest(text="short ack", media=(clip,)), no_progress, CancelToken())
        ad.close()
        assert emu.videos[-1]["sha256"] == _sha(clip)  # the bytes at each declared offset are the file's
        assert emu.published["short ack"] == 1 and receipt.platform_post_id == emu.videos[-1]["id"]
        assert not emu.violations, emu.violations  # no empty or mis-sized PUTs
        puts = [c for c in emu.calls if c[0] == "PUT"]
        assert len(puts) <= 6


def test_youtube_starts_a_new_session_when_the_session_answers_404(clip, small_chunks):
    with YouTubeEmulator() as emu:
        emu.expire_next = 1
        cps: dict = {}
        ad = _adapter("youtube", emu)
        ad.publish(PublishRequest(text="expired", media=(clip,), checkpoint=cps.update), no_progress, CancelToken())
        assert len(emu.sessions) == 1 and emu.published["expired"] == 1  # the expired one is gone
        assert emu.videos[-1]["sha256"] == _sha(clip)
        assert cps["upload_uri"].endswith(next(iter(emu.sessions)))  # the new session was checkpointed
        # resuming a post whose stored session expired also starts over, once
        emu.expire_next = 1
        ad.publish(PublishRequest(text="stale session", media=(clip,), state=dict(cps)), no_progress, CancelToken())
        assert emu.published["stale session"] == 1
        # lookup with an expired session asks the uploads playlist instead of failing
        emu.expire_next = 1
        found = ad.lookup("k", PublishRequest(text="expired", media=(clip,), state=dict(cps)))
        assert found is not None and found.platform_post_id == emu.videos[0]["id"]
        ad.close()
        assert not emu.violations


@pytest.mark.parametrize("text", [
    "New lamp: https://shop.example.com/lamp?utm_source=x",
    "Shop at shop.example.com & save 10% <today>",
    "Two links https://a.example.com/x/ and https://b.example.com",
])
def test_x_reconcile_recognises_a_post_whose_links_x_rewrote_to_tco(text, tmp_path):
    from PIL import Image

    img = tmp_path / "p.jpg"
    Image.new("RGB", (8, 8)).save(img, "JPEG")
    with XEmulator() as emu:
        ad = _adapter("x", emu)
        ad.publish(PublishRequest(text=text, media=({"path": str(img), "kind": "image", "mime": "image/jpeg"},)),
                   no_progress, CancelToken())
        assert "t.co/" in emu.posts[-1]["view"]["text"]  # what X stores is not what we sent
        found = ad.lookup("k", PublishRequest(text=text))
        assert found is not None and found.platform_post_id == emu.posts[-1]["id"]
        assert ad.lookup("k", PublishRequest(text=text + " (other)")) is None
        ad.close()
        assert not emu.violations


def test_x_media_polling_waits_as_long_as_check_after_secs_says(tmp_path):
    video = tmp_path / "v.mp4"
    video.write_bytes(b"\0" * 1000)
    with XEmulator(processing_polls=3, check_after_secs=5) as emu:
        ad = _adapter("x", emu, poll_interval=0.5)
        slept: list[float] = []
        ad.sleep = lambda cancel, s: slept.append(s)
        ad.publish(PublishRequest(text="video", media=({"path": str(video), "kind": "video", "mime": "video/mp4"},)),
                   no_progress, CancelToken())
        ad.close()
        # FINALIZE said 5 s; STATUS then said 6 s and 7 s: no real sleeping, no 0.5 s hammering
        assert slept == [5.0, 6.0, 7.0]
        assert [c for c in emu.calls if c == ("GET", "/2/media/upload")].__len__() == 3


def test_pinterest_video_upload_carries_no_token_to_s3(tmp_path):
    video = tmp_path / "v.mp4"
    video.write_bytes(b"\1" * 5000)
    emu = PinterestEmulator()
    capture = Capture("pinterest", emu.transport("https://api.pinterest.com").handle_request)
    factory = registry.find("channel", "pinterest")
    ad = factory(ChannelAccount(name="p", platform="pinterest", settings={"board_id": BOARD_ID, "poll_interval": 0},
                                access_token="tok-1"), transport=capture.transport)
    ad.publish(PublishRequest(text="video pin", media=({"path": str(video), "kind": "video", "mime": "video/mp4"},)),
               no_progress, CancelToken())
    ad.close()
    emu.stop()
    s3 = [r for r in capture.requests if r.url.host.endswith("amazonaws.com")]
    assert len(s3) == 1 and "authorization" not in s3[0].headers
    assert not capture.violations and emu.published["video pin"] == 1
