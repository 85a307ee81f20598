"""Every flow of the X, Pinterest and YouTube adapters, captured and checked against the platform contracts.

Each adapter keeps its real API base URL; an ``httpx.MockTransport`` (:class:`tests.support.contracts.Capture`)
validates every request it builds — with the scopes the adapter asks for at sign-in — and hands it to the
platform's emulator served in-process (``Emulator.transport``), which validates it a second time and
answers like the platform. Used by ``tests/integration/channels/test_contracts.py`` and by the scheduling
bench (which prints the violation count).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from studio import registry
from studio.jobs import CancelToken, no_progress
from studio.ports import ChannelAccount, PublishReceipt, PublishRequest, TransientError
from tests.support.contracts import Capture, Violation

ORIGINS = {"x": "https://api.x.com", "pinterest": "https://api.pinterest.com",
           "youtube": "https://youtube.googleapis.com"}


@dataclass
class FlowRun:
    platform: str
    capture: Capture
    emulator: object
    flows: list[str] = field(default_factory=list)
    sleeps: list[float] = field(default_factory=list)
    error: BaseException | None = None  # a flow that failed outright (its violations so far still count)

    @property
    def violations(self) -> list[Violation]:
        return self.capture.violations + list(getattr(self.emulator, "violations", []))

    def operations(self) -> set[str]:
        return {f"{r.method} {r.url.host}{r.url.path}" for r in self.capture.requests}


class Media:
    """Test files: JPEGs, a PNG, a WebP and videos of chosen sizes (random bytes, so corruption shows)."""

    def __init__(self, root: Path) -> None:
        from PIL import Image

        self.root = root
        self.jpegs = []
        for i in range(5):
            p = root / f"img{i}.jpg"
            Image.new("RGB", (64, 80), (40 * i, 80, 120)).save(p, "JPEG")
            self.jpegs.append({"path": str(p), "kind": "image", "mime": "image/jpeg"})
        webp = root / "img.webp"
        Image.new("RGB", (64, 64), (1, 2, 3)).save(webp, "WEBP")
        self.webp = {"path": str(webp), "kind": "image", "mime": "image/webp"}

    def hosted(self, item: dict) -> dict:
        return {**item, "url": f"https://cdn.example.com/{Path(item['path']).name}"}

    def video(self, name: str, size: int) -> dict:
        p = self.root / name
        if not p.exists():
            p.write_bytes(os.urandom(size))
        return {"path": str(p), "kind": "video", "mime": "video/mp4", "width": 1080, "height": 1920,
                "duration": 20.0}


def _adapter(platform: str, capture: Capture, **settings):
    factory = registry.find("channel", platform)
    return factory(ChannelAccount(name=f"{platform}-contract", platform=platform, base_url=None,
                                  settings={"poll_interval": 0.0, **settings}, access_token="tok-1"),
                   transport=capture.transport)


def publish(ad, text: str, media=(), state: dict | None = None, **options) -> tuple[PublishReceipt, dict]:
    checkpoints: dict = {}
    req = PublishRequest(text=text, media=tuple(media), options=options, idempotency_key="c" * 32,
                         state=dict(state or {}), checkpoint=checkpoints.update)
    return ad.publish(req, no_progress, CancelToken()), checkpoints


def _run(platform: str, emulator, scopes) -> FlowRun:
    mt = emulator.transport(ORIGINS[platform])
    capture = Capture(platform, mt.handle_request, scopes=tuple(scopes))
    return FlowRun(platform, capture, emulator)


def _oauth(run: FlowRun, spec, secret: str | None) -> None:
    from channels import oauth

    tokens = oauth.exchange_code(spec, "code-1", "v" * 43, "http://127.0.0.1:8765/callback", "client-1", secret,
                                 transport=run.capture.transport)
    oauth.refresh(spec, tokens, "client-1", secret, transport=run.capture.transport)
    run.flows.append("token exchange + refresh")


# --------------------------------------------------------------------------- X


def x_flows(media: Media) -> FlowRun:
    from channels.x import OAUTH
    from tests.support.platforms.x import XEmulator

    emu = XEmulator(processing_polls=3, check_after_secs=2)
    run = _run("x", emu, OAUTH.scopes)
    try:
        ad = _adapter("x", run.capture, username="shop")
        ad.sleep = lambda cancel, s: run.sleeps.append(s)
        publish(ad, "Plain text post")
        run.flows.append("text")
        publish(ad, "Lamp & shade, see https://shop.example.com/lamp?ref=x", first_comment="More at shop.example.com")
        run.flows.append("text + link + first comment (reply)")
        publish(ad, "One image", [media.jpegs[0]])
        run.flows.append("image")
        publish(ad, "Four images", media.jpegs[:4])
        run.flows.append("carousel (4 images)")
        publish(ad, "Small video", [media.video("small.mp4", 300_000)])
        run.flows.append("video small + status polling (check_after_secs)")
        _, cps = publish(ad, "Chunked video", [media.video("big.mp4", 4 * 1024 * 1024 + 10)])
        run.flows.append("video chunked (2 segments)")
        publish(ad, "Resumed video post", [media.video("big.mp4", 0)], state=cps)
        run.flows.append("video resumed (media ids from the checkpoint)")
        found = ad.lookup("c" * 32, PublishRequest(text="Lamp & shade, see https://shop.example.com/lamp?ref=x"))
        assert found is not None, "X reconcile did not recognise a post with a t.co link"
        run.flows.append("reconcile lookup")
        ad.close()
        _oauth(run, OAUTH, None)
    except Exception as exc:  # noqa: BLE001 - reported with the run (the bench counts, the tests assert)
        run.error = exc
    finally:
        emu.stop()
    return run


# --------------------------------------------------------------------------- Pinterest


def pinterest_flows(media: Media) -> FlowRun:
    from channels.pinterest import OAUTH
    from tests.support.platforms.pinterest import BOARD_ID, PinterestEmulator

    emu = PinterestEmulator()
    run = _run("pinterest", emu, OAUTH.scopes)
    try:
        ad = _adapter("pinterest", run.capture, board_id=BOARD_ID)
        ad.sleep = lambda cancel, s: run.sleeps.append(s)
        ad.info()
        run.flows.append("boards")
        publish(ad, "Base64 pin\nwith a description", [media.jpegs[0]], link="https://shop.example.com/p")
        run.flows.append("image (base64)")
        publish(ad, "WebP pin", [media.webp])
        run.flows.append("image (WebP → PNG base64)")
        publish(ad, "URL pin", [media.hosted(media.jpegs[1])], alt_text="a lamp")
        run.flows.append("image (url)")
        publish(ad, "URL carousel", [media.hosted(m) for m in media.jpegs[:3]])
        run.flows.append("carousel (urls)")
        publish(ad, "Base64 carousel", media.jpegs[:2])
        run.flows.append("carousel (base64)")
        _, cps = publish(ad, "Video pin", [media.video("pin.mp4", 200_000)])
        run.flows.append("video (register → S3 upload → status polling → pin)")
        publish(ad, "Video pin resumed", [media.video("pin.mp4", 0)], state=cps)
        run.flows.append("video resumed (media id from the checkpoint)")
        assert ad.lookup("c" * 32, PublishRequest(text="URL pin", options={"board_id": BOARD_ID})) is not None
        run.flows.append("reconcile lookup")
        ad.close()
        _oauth(run, OAUTH, "secret-1")
    except Exception as exc:  # noqa: BLE001 - reported with the run (the bench counts, the tests assert)
        run.error = exc
    finally:
        emu.stop()
    return run


# --------------------------------------------------------------------------- YouTube


def youtube_flows(media: Media) -> FlowRun:
    from datetime import UTC, datetime, timedelta

    import channels.youtube as yt
    from tests.support.platforms.google import YouTubeEmulator

    emu = YouTubeEmulator()
    run = _run("youtube", emu, yt.OAUTH.scopes)
    chunk = yt.CHUNK
    yt.CHUNK = 256 * 1024  # small chunks: several per test video (still a multiple of 256 KiB)
    try:
        ad = _adapter("youtube", run.capture)
        publish(ad, "Small video\nfor a small room", [media.video("yt-small.mp4", 100_000)], is_aigc=True,
                paid_placement=True)
        run.flows.append("video small (one chunk)")
        big = media.video("yt-big.mp4", 3 * 256 * 1024 + 1000)
        publish(ad, "Chunked video", [big])
        run.flows.append("video chunked (4 chunks)")
        publish(ad, "Scheduled video", [big], native_schedule=True)
        req = PublishRequest(text="Scheduled natively", media=(big,), options={"native_schedule": True},
                             scheduled_at=datetime.now(UTC) + timedelta(days=1))
        ad.publish(req, no_progress, CancelToken())
        run.flows.append("native schedule (private + publishAt)")
        emu.fail(r"/upload/youtube/v3/videos", 503, {"error": {"code": 503, "message": "backend", "errors": []}},
                 method="PUT")
        cps: dict = {}
        try:
            ad.publish(PublishRequest(text="Resumed video", media=(big,), checkpoint=cps.update), no_progress,
                       CancelToken())
        except TransientError:
            pass
        publish(ad, "Resumed video", [big], state=cps)
        run.flows.append("video resumed (session URI from the checkpoint)")
        emu.short_acks = [1000, 0, 5000]
        publish(ad, "Short acknowledgements", [big])
        run.flows.append("308 with a shorter Range (re-seek)")
        emu.expire_next = 1
        publish(ad, "Expired session", [big])
        run.flows.append("404 on the session (new session)")
        assert ad.lookup("c" * 32, PublishRequest(text="Resumed video", media=(big,), state=cps)) is not None
        assert ad.lookup("c" * 32, PublishRequest(text="Chunked video", media=(big,))) is not None
        run.flows.append("reconcile lookups (session status; uploads playlist)")
        ad.close()
        _oauth(run, yt.OAUTH, "secret-1")
    except Exception as exc:  # noqa: BLE001 - reported with the run (the bench counts, the tests assert)
        run.error = exc
    finally:
        yt.CHUNK = chunk
        emu.stop()
    return run


FLOWS: dict[str, Callable[[Media], FlowRun]] = {"x": x_flows, "pinterest": pinterest_flows,
                                                "youtube": youtube_flows}


def run_all() -> dict[str, FlowRun]:
    """Every flow of every platform with a machine-readable contract (the bench prints the result)."""
    with tempfile.TemporaryDirectory(prefix="contract-flows-") as tmp:
        media = Media(Path(tmp))
        return {name: flow(media) for name, flow in FLOWS.items()}
