"""TikTok, Instagram, Facebook and Threads against the rules written down from their developer docs.

Every request each adapter builds in every flow (text, image, carousel, video small / chunked / resumed, status
polling, reconcile lookups, sign-in, token exchange and refresh) goes through an ``httpx.MockTransport`` at the
platform's REAL hosts. The transport checks it against ``tests/contracts/<platform>.rules.json``
(tests/support/doc_rules.py) and forwards it to the loopback emulator, rewriting the emulator's URLs in the
answer back to the real hosts — so host choice, credentials and upload URLs are checked as the platform sees
them. Every flow must end with zero violations.
"""

from __future__ import annotations

import os
import re
import time
from datetime import UTC, datetime, timedelta

import httpx
import pytest

from channels import oauth
from channels._meta import GRAPH_VERSION, graph_version_warning
from studio import registry
from studio.jobs import CancelToken, no_progress
from studio.ports import ChannelAccount, PublishRequest, Rejected
from tests.support import doc_rules
from tests.support.platforms.meta import FacebookEmulator, InstagramEmulator, ThreadsEmulator
from tests.support.platforms.tiktok import TikTokEmulator

MB = 1024 * 1024


class Live:
    """A set computed when asked (the emulator issues tokens while the test runs)."""

    def __init__(self, fn):
        self.fn = fn

    def __contains__(self, item):
        return item in self.fn()


class Bridge:
    """MockTransport: validate against the fixture, then forward to the emulator and map URLs back."""

    def __init__(self, platform: str, emu, hosts: dict[str, str], rewrites=(), tokens=None) -> None:
        self.platform, self.emu, self.hosts, self.rewrites = platform, emu, hosts, list(rewrites)
        self.requests: list[httpx.Request] = []
        self.violations: list[doc_rules.Violation] = []
        self.ctx = doc_rules.Context(tokens=tokens or {}, issued=getattr(emu, "issued", {}))
        self.client = httpx.Client(trust_env=False, timeout=30)
        self.transport = httpx.MockTransport(self.handle)

    def check(self, request: httpx.Request) -> None:
        self.ctx.now = time.time()
        self.violations += doc_rules.validate(self.platform, request, self.ctx)

    def handle(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        self.check(request)
        base = self.hosts.get(request.url.host)
        if base is None:
            return httpx.Response(502, json={"error": f"no emulator for {request.url.host}"})
        url = base + request.url.raw_path.decode()
        headers = {k: v for k, v in request.headers.items() if k.lower() not in ("host", "content-length")}
        resp = self.client.request(request.method, url, headers=headers, content=request.content)
        body = resp.content
        for emu_prefix, real in self.rewrites:
            body = body.replace(emu_prefix.encode(), real.encode())
        keep = {k: v for k, v in resp.headers.items() if k.lower() not in ("content-length", "content-encoding",
                                                                             "transfer-encoding")}
        return httpx.Response(resp.status_code, headers=keep, content=body)

    def paths(self) -> list[str]:
        return [f"{r.method} {r.url.host}{r.url.path}" for r in self.requests]

    def assert_clean(self) -> None:
        assert not self.violations, "\n".join(map(str, self.violations))

    def close(self) -> None:
        self.client.close()


_open = []


@pytest.fixture(autouse=True)
def _close():
    yield
    while _open:
        _open.pop().close()


def adapter(platform, bridge, token="tok-1", **settings):
    factory = registry.find("channel", platform)
    ad = factory(ChannelAccount(name=f"{platform}-c", platform=platform, base_url=None,
                                settings={"poll_interval": 0.001, **settings}, access_token=token),
                 transport=bridge.transport)
    _open.append(ad)
    return ad


def publish(ad, text, media=(), state=None, first_comment=None, **options):
    checkpoints = {}
    req = PublishRequest(text=text, media=tuple(media), options=options, idempotency_key="k" * 32,
                         checkpoint=checkpoints.update, state=state or {}, first_comment=first_comment)
    return ad.publish(req, no_progress, CancelToken()), checkpoints


def video_file(tmp_path, size, name="clip.mp4"):
    p = tmp_path / name
    with open(p, "wb") as fh:
        fh.write(b"\x00\x00\x00\x18ftypmp42")
        fh.truncate(size)
    return {"path": str(p), "kind": "video", "mime": "video/mp4", "width": 1080, "height": 1920, "duration": 20.0,
            "url": f"https://cdn.example.com/{name}"}


@pytest.fixture
def jpeg(tmp_path):
    from PIL import Image

    p = tmp_path / "mock.jpg"
    Image.new("RGB", (1080, 1350), (200, 80, 40)).save(p, "JPEG")
    return {"path": str(p), "kind": "image", "mime": "image/jpeg", "url": "https://cdn.example.com/mock.jpg"}


def authorize_request(url: str) -> httpx.Request:
    return httpx.Request("GET", url)


# --------------------------------------------------------------------------- TikTok


def tiktok_bridge(emu):
    upload = f"http://localhost:{emu.port}"
    b = Bridge("tiktok", emu, {"open.tiktokapis.com": emu.url, "open-upload.tiktokapis.com": upload},
               rewrites=[(upload, "https://open-upload.tiktokapis.com")])
    _open.append(b)
    return b


def test_tiktok_sign_in_uses_a_hex_challenge_and_the_wildcard_port(tmp_path):
    from channels.tiktok import OAUTH

    with TikTokEmulator() as emu:
        b = tiktok_bridge(emu)
        verifier, challenge = oauth.pkce_pair(OAUTH.pkce_encoding)
        assert re.fullmatch(r"[0-9a-f]{64}", challenge)  # base64url before the fix: the real kit refused it
        redirect = f"http://127.0.0.1:{oauth.loopback_port(OAUTH) or 49152}/callback/"
        url = oauth.build_authorize_url(OAUTH, "ck", redirect, "st", challenge)
        b.check(authorize_request(url))
        assert oauth.registered_redirect_uri(OAUTH) == "http://127.0.0.1:*/callback/"
        emu.expected_challenge = challenge  # the emulator recomputes it the desktop kit's way
        tokens = oauth.exchange_code(OAUTH, "code-1", verifier, redirect, "ck", "secret", transport=b.transport)
        assert tokens.access_token.startswith("tok-r") and tokens.issued_at
        again = oauth.refresh(OAUTH, tokens, "ck", "secret", transport=b.transport)
        assert again.refresh_token != tokens.refresh_token  # rotated: the newest is kept
        b.assert_clean()
        bad = oauth.build_authorize_url(OAUTH, "ck", redirect, "st", oauth.code_challenge(verifier))  # base64url
        assert any(v.rule.endswith("pkce_hex") for v in doc_rules.validate("tiktok", authorize_request(bad)))


@pytest.mark.parametrize(("size", "chunk", "plan"), [
    (3 * MB, 10 * MB, (3 * MB, 1)),          # under 5 MB: one chunk of its own size
    (7 * MB, 10 * MB, (7 * MB, 1)),          # was declared as one 10 MB chunk
    (12 * MB, 5 * MB, (5 * MB, 2)),          # floor(12/5) = 2, the last chunk takes 7 MB
    (64 * MB + 1, 64 * MB, (32 * MB, 2)),    # over 64 MB is never one chunk
    (4 * 1024 * MB, 10 * MB, (10 * MB, 409)),  # 4 GB: ≤ 1000 chunks, the last ≤ 128 MB
])
def test_tiktok_chunk_plan_follows_the_media_transfer_guide(size, chunk, plan):
    from channels.tiktok import chunk_plan

    assert chunk_plan(size, chunk) == plan
    got_chunk, count = plan
    assert count == size // got_chunk and size - got_chunk * (count - 1) <= 128 * MB and 1 <= count <= 1000
    assert size <= 64 * MB or count > 1


def test_tiktok_every_flow_follows_the_rules(tmp_path, jpeg):
    with TikTokEmulator() as emu:
        emu.verified_prefix = "https://cdn.example.com/"
        b = tiktok_bridge(emu)
        ad = adapter("tiktok", b, chunk_size=5 * MB)
        small = video_file(tmp_path, 3 * MB, "small.mp4")
        mid = video_file(tmp_path, 7 * MB, "mid.mp4")
        big = video_file(tmp_path, 12 * MB, "big.mp4")
        r1, _ = publish(ad, "small", [small], privacy_level="SELF_ONLY")
        ad10 = adapter("tiktok", b)  # the default 10 MB chunk: a 7 MB file is one 7 MB chunk
        r2, cps = publish(ad10, "mid", [mid], privacy_level="SELF_ONLY")
        assert emu.uploads[cps["publish_id"]]["count"] == 1 and emu.uploads[cps["publish_id"]]["chunk"] == 7 * MB
        r3, cps3 = publish(ad, "big", [big], privacy_level="PUBLIC_TO_EVERYONE")
        assert emu.uploads[cps3["publish_id"]]["ranges"] == [f"bytes 0-{5 * MB - 1}/{12 * MB}",
                                                             f"bytes {5 * MB}-{12 * MB - 1}/{12 * MB}"]
        publish(ad, "drafts", [small], post_mode="inbox")
        publish(ad, "photos", [jpeg, jpeg], privacy_level="SELF_ONLY")
        resumed, _ = publish(ad, "big", [big], state={"publish_id": cps3["publish_id"]})  # poll only
        assert resumed.platform_post_id == r3.platform_post_id
        assert ad.lookup("k", PublishRequest(text="big", state=cps3)).state == "published"
        assert all(r.state == "published" for r in (r1, r2, r3))
        uploads = [r for r in b.requests if r.url.host == "open-upload.tiktokapis.com"]
        assert uploads and not any("authorization" in r.headers for r in uploads)  # no token to the upload host
        b.assert_clean()
        assert {v.split(" ")[0] for v in b.paths()} == {"POST", "PUT"}


# --------------------------------------------------------------------------- Instagram


def ig_bridge(emu, login="instagram"):
    if login == "instagram":
        hosts = {"graph.instagram.com": emu.url, "api.instagram.com": emu.url}
    else:
        hosts = {"graph.facebook.com": emu.url, "rupload.facebook.com": emu.url}
    b = Bridge("instagram", emu, hosts,
               tokens={"short_lived": emu.short_tokens,
                       "long_lived": Live(lambda: emu.valid_tokens - emu.short_tokens)})
    _open.append(b)
    return b


def test_instagram_sign_in_swaps_for_the_60_day_token_and_refreshes_only_after_24h():
    from channels.instagram import OAUTH

    with InstagramEmulator() as emu:
        b = ig_bridge(emu)
        redirect = f"http://127.0.0.1:{oauth.DEFAULT_LOOPBACK_PORT}/callback"
        b.check(authorize_request(oauth.build_authorize_url(OAUTH, "app", redirect, "st", None)))
        tokens = oauth.exchange_code(OAUTH, "code-1", None, redirect, "app", "app-secret", transport=b.transport)
        assert tokens.access_token.startswith("long-")  # the 1-hour token was swapped at once
        assert tokens.expires_at - time.time() > 50 * 86400 and tokens.user_id == "17841"
        assert [k for k, _ in emu.token_calls] == ["code", "exchange"]
        young = oauth.refresh(OAUTH, tokens, "app", transport=b.transport)
        assert young is tokens and [k for k, _ in emu.token_calls] == ["code", "exchange"]  # < 24 h: not sent
        assert not oauth.refresh_due(OAUTH, tokens.as_dict(), now=time.time() + 3600)
        emu.issued[tokens.access_token] -= 2 * 86400  # two days later
        aged = oauth.TokenSet.from_dict({**tokens.as_dict(), "issued_at": tokens.issued_at - 2 * 86400})
        assert oauth.refresh_due(OAUTH, aged.as_dict())
        fresh = oauth.refresh(OAUTH, aged, "app", transport=b.transport)
        assert fresh.access_token != tokens.access_token and fresh.issued_at > aged.issued_at
        b.assert_clean()


def test_instagram_login_flows_follow_the_rules_and_the_first_comment_shows_when_it_fails(tmp_path, jpeg):
    with InstagramEmulator(comments_granted=False) as emu:
        b = ig_bridge(emu)
        ad = adapter("instagram", b, ig_user_id="17841")
        assert ad.quota()["limit"] == 100
        r1, _ = publish(ad, "one image", [jpeg], first_comment="#lamp #home")
        warn = r1.raw["warnings"][0]
        assert "first comment failed" in warn["message"] and "instagram_business_manage_comments" in warn["action"]
        publish(ad, "carousel", [jpeg, jpeg, jpeg])
        reel = video_file(tmp_path, 2 * MB)
        r3, cps = publish(ad, "reel by url", [reel])
        c = emu.containers[cps["container_id"]]["params"]
        assert c["video_url"].startswith("https://") and "upload_type" not in c  # no resumable on this host
        assert ad.lookup("k", PublishRequest(text="carousel")) is not None
        emu.comments_granted = True
        r4, _ = publish(ad, "commented", [jpeg], first_comment="first!")
        assert "warnings" not in r4.raw and emu.comments[-1]["message"] == "first!"
        assert {r.url.host for r in b.requests} == {"graph.instagram.com"}
        b.assert_clean()


def test_instagram_facebook_login_uploads_reels_to_rupload(tmp_path):
    from channels.instagram import oauth_spec

    assert oauth_spec({"login_type": "facebook"}).long_lived == "fb"
    with InstagramEmulator(login_type="facebook") as emu:
        b = ig_bridge(emu, "facebook")
        ad = adapter("instagram", b, ig_user_id="17841", login_type="facebook")
        reel = video_file(tmp_path, 3 * MB)
        reel.pop("url")
        _, cps = publish(ad, "resumable reel", [reel])
        assert emu.containers[cps["container_id"]]["bytes"] == 3 * MB
        hosts = [r.url.host for r in b.requests]
        assert "rupload.facebook.com" in hosts and "graph.instagram.com" not in hosts
        up = next(r for r in b.requests if r.url.host == "rupload.facebook.com")
        assert up.headers["authorization"] == "OAuth tok-1" and up.url.path.startswith(f"/ig-api-upload/{GRAPH_VERSION}/")
        b.assert_clean()


# --------------------------------------------------------------------------- Facebook


def fb_bridge(emu):
    b = Bridge("facebook", emu, {h: emu.url for h in ("graph.facebook.com", "graph-video.facebook.com",
                                                      "rupload.facebook.com")},
               rewrites=[(f"{emu.url}/video-upload/", "https://rupload.facebook.com/video-upload/")],
               tokens={"page": {p["access_token"] for p in emu.pages.values()},
                       "user": Live(lambda: emu.valid_tokens - {p["access_token"] for p in emu.pages.values()})})
    _open.append(b)
    return b


def test_facebook_sign_in_lists_pages_and_publishes_with_the_page_token(tmp_path, jpeg):
    from channels.facebook import OAUTH

    with FacebookEmulator() as emu:
        b = fb_bridge(emu)
        redirect = f"http://127.0.0.1:{oauth.DEFAULT_LOOPBACK_PORT}/callback"
        b.check(authorize_request(oauth.build_authorize_url(OAUTH, "app", redirect, "st", None)))
        user = oauth.exchange_code(OAUTH, "code-1", None, redirect, "app", "app-secret", transport=b.transport)
        assert user.access_token.startswith("long-") and user.expires_at - time.time() > 50 * 86400
        lister = adapter("facebook", b, token=user.access_token)
        pages = lister.pages()
        assert [p["id"] for p in pages] == ["55", "66"] and pages[0]["access_token"] == "page-tok-55"
        with pytest.raises(Rejected) as no_page:  # a user token on a Page: refused before anything is sent
            publish(adapter("facebook", b, token=user.access_token, page_id="55"), "as user")
        assert no_page.value.code == "no-page-token" and "use-page" in no_page.value.action
        ad = adapter("facebook", b, token="page-tok-55", page_id="55", page_token_for="55")
        publish(ad, "feed post")
        publish(ad, "photo post", [jpeg])
        clip = video_file(tmp_path, 2 * MB)
        publish(ad, "video post", [clip])
        _, cps = publish(ad, "reel post", [clip], format="reels")
        when = datetime.now(UTC) + timedelta(days=2)
        req = PublishRequest(text="later", options={"native_schedule": True}, scheduled_at=when, idempotency_key="k")
        assert ad.publish(req, no_progress, CancelToken()).state == "scheduled-natively"
        assert ad.lookup("k", req) is not None
        videos = [r for r in b.requests if r.url.path.endswith("/videos")]
        assert [r.url.host for r in videos] == ["graph-video.facebook.com"]
        assert all(r.url.path.startswith(f"/{GRAPH_VERSION}/") for r in b.requests if r.url.host != "rupload.facebook.com")
        b.assert_clean()


def test_graph_version_is_a_setting_with_an_expiry_warning():
    from datetime import date

    assert GRAPH_VERSION == "v27.0" and graph_version_warning(GRAPH_VERSION) is None
    assert "expires on 2027-01-21" in graph_version_warning("v21.0", date(2026, 12, 2))
    assert "expired" in graph_version_warning("v21.0", date(2027, 2, 1))
    assert graph_version_warning("v21.0", date(2026, 6, 1)) is None
    factory = registry.find("channel", "facebook")
    ad = factory(ChannelAccount(name="f", platform="facebook", settings={"api_version": "v25.0"}))
    _open.append(ad)
    assert ad.ver == "v25.0"


# --------------------------------------------------------------------------- Threads


def test_threads_sign_in_and_every_flow_follow_the_rules(jpeg):
    from channels.threads import OAUTH

    with ThreadsEmulator() as emu:
        b = Bridge("threads", emu, {"graph.threads.net": emu.url},
                   tokens={"short_lived": emu.short_tokens,
                           "long_lived": Live(lambda: emu.valid_tokens - emu.short_tokens)})
        _open.append(b)
        redirect = f"http://127.0.0.1:{oauth.DEFAULT_LOOPBACK_PORT}/callback"
        b.check(authorize_request(oauth.build_authorize_url(OAUTH, "app", redirect, "st", None)))
        tokens = oauth.exchange_code(OAUTH, "code-1", None, redirect, "app", "app-secret", transport=b.transport)
        assert tokens.access_token.startswith("long-") and [k for k, _ in emu.token_calls] == ["code", "exchange"]
        assert oauth.refresh(OAUTH, tokens, "app", transport=b.transport) is tokens  # < 24 h old: kept
        ad = adapter("threads", b, token=tokens.access_token)
        publish(ad, "just text")
        publish(ad, "with image", [jpeg])
        publish(ad, "carousel", [jpeg, jpeg])
        assert ad.lookup("k", PublishRequest(text="with image")) is not None
        b.assert_clean()


def test_the_validator_catches_what_the_old_adapters_did():
    """Requests as the adapters built them before issue 15 — each must be flagged."""
    bad = [
        ("tiktok", httpx.Request("POST", "https://open.tiktokapis.com/v2/post/publish/video/init/",
                                 headers={"Authorization": "Bearer t"},
                                 json={"post_info": {"privacy_level": "SELF_ONLY", "title": "x"},
                                       "source_info": {"source": "FILE_UPLOAD", "video_size": 7 * MB,
                                                       "chunk_size": 10 * MB, "total_chunk_count": 1}}),
         "tiktok_chunk_plan"),
        ("tiktok", httpx.Request("PUT", "https://open-upload.tiktokapis.com/video/?upload_id=1",
                                 headers={"Authorization": "Bearer t", "Content-Range": "bytes 0-0/1"}, content=b"x"),
         "credentials"),
        ("instagram", httpx.Request("POST", f"https://graph.instagram.com/{GRAPH_VERSION}/1/media",
                                    headers={"Authorization": "Bearer t"},
                                    data={"media_type": "REELS", "upload_type": "resumable"}), "ig.container.create"),
        ("facebook", httpx.Request("POST", f"https://graph.facebook.com/{GRAPH_VERSION}/55/videos",
                                   headers={"Authorization": "Bearer p"}, files={"source": ("a.mp4", b"x")}),
         "endpoint"),
    ]
    for platform, req, rule in bad:
        found = doc_rules.validate(platform, req)
        assert any(rule in v.rule for v in found), (platform, rule, found)
    ctx = doc_rules.Context(tokens={"page": {"page-tok"}})
    as_user = httpx.Request("POST", f"https://graph.facebook.com/{GRAPH_VERSION}/55/feed",
                            headers={"Authorization": "Bearer user-tok"}, data={"message": "hi"})
    assert any("page token" in v.detail for v in doc_rules.validate("facebook", as_user, ctx))
    young = httpx.Request("GET", "https://graph.instagram.com/refresh_access_token",
                          params={"grant_type": "ig_refresh_token", "access_token": "t"})
    ctx = doc_rules.Context(issued={"t": 1000.0}, now=1000.0 + 3600)
    assert any(v.rule.endswith("token_age") for v in doc_rules.validate("instagram", young, ctx))
    assert os.path.isfile(doc_rules.CONTRACTS_DIR / "threads.rules.json")


def test_the_emulators_refuse_what_the_fixtures_refuse():
    """Each emulator validates every request against its rule fixture first (tests/support/platforms/
    doc_contract.py) and answers 400 in the platform's own error shape."""
    with TikTokEmulator() as tt, InstagramEmulator() as ig, FacebookEmulator() as fb, ThreadsEmulator() as th:
        with httpx.Client(timeout=5, trust_env=False) as c:
            r = c.post(tt.url + "/v2/post/publish/video/init/", headers={"Authorization": "Bearer tok-1"},
                       json={"post_info": {"privacy_level": "SELF_ONLY"},
                             "source_info": {"source": "FILE_UPLOAD", "video_size": 7 * MB, "chunk_size": 10 * MB,
                                             "total_chunk_count": 1}})
            assert r.status_code == 400 and "tiktok_chunk_plan" in r.json()["error"]["message"]
            r = c.post(ig.url + f"/{GRAPH_VERSION}/1/media", headers={"Authorization": "Bearer tok-1"},
                       data={"media_type": "REELS", "upload_type": "resumable"})
            assert r.status_code == 400 and "upload_type" in r.json()["error"]["message"]
            r = c.post(fb.url + f"/{GRAPH_VERSION}/55/feed", headers={"Authorization": "Bearer tok-1"},
                       data={"message": "as the user"})
            assert r.status_code == 400 and "page token" in r.json()["error"]["message"]
            r = c.get(th.url + "/refresh_access_token", params={"grant_type": "th_refresh_token",
                                                                "access_token": "tok-1", "client_secret": "s"})
            assert r.status_code == 400 and "client_secret" in r.json()["error"]["message"]
        assert tt.violations and ig.violations and fb.violations and th.violations
