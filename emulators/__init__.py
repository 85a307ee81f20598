"""Loopback emulators of the social platforms' documented APIs (X, Pinterest, YouTube + YouTube Analytics,
Instagram, Facebook Pages, Threads, TikTok), one per platform, used by the tests, the benches and ``studio demo``.

Each emulator is a ``ThreadingHTTPServer`` on 127.0.0.1 that validates every request against the platform's
published contract first (``emulators.contracts``: the vendored OpenAPI / discovery documents;
``emulators.doc_rules``: the cited rule fixtures for platforms without a machine-readable spec) and refuses
what the real API refuses. The contract files live in ``tests/contracts/`` (the oracle, vendored unmodified);
``contracts_dir()`` finds them (``STUDIO_CONTRACTS_DIR`` overrides), so the emulators run from a source
checkout. Layering: this package imports nothing of ours; ``studio`` reaches it only through the registry
(entry point ``commerce_studio.emulators`` → ``ADAPTER``, Protocol ``studio.ports.PlatformEmulators``).
"""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Any


def contracts_dir() -> Path:
    env = os.environ.get("STUDIO_CONTRACTS_DIR")
    if env:
        return Path(env)
    here = Path(__file__).resolve().parent
    for cand in (here / "contracts", here.parent / "tests" / "contracts"):
        if cand.is_dir():
            return cand
    return here.parent / "tests" / "contracts"


# the demo's accounts: what each emulator needs to accept a post (token, settings)
_ACCOUNT = {"x": ("tok-1", {}), "threads": ("tok-1", {}), "instagram": ("tok-1", {}),
            "facebook": ("page-tok-55", {"page_id": "55", "token_kind": "page"}), "pinterest": ("tok-1", {}),
            "youtube": ("tok-1", {}), "tiktok": ("tok-1", {})}


class Emulators:
    """What ``studio demo`` uses: start some platforms' emulators on 127.0.0.1, stop them."""

    platforms = tuple(_ACCOUNT)

    def __init__(self) -> None:
        self._running: dict[str, Any] = {}
        self._lock = threading.Lock()

    def unavailable(self) -> str | None:
        """Why the emulators cannot run here (None: they can)."""
        missing = [f for f in ("x-api-v2.openapi.json", "threads.rules.json") if not (contracts_dir() / f).is_file()]
        if missing:
            return (f"the platforms' contract files are not here ({contracts_dir()}); the emulators run from a "
                    "source checkout (tests/contracts) or with STUDIO_CONTRACTS_DIR set")
        try:
            import jsonschema  # noqa: F401
        except ImportError:
            return "the emulators validate requests with jsonschema: pip install 'commerce-studio[emulators]'"
        return None

    def _make(self, platform: str):
        from emulators.platforms.google import YouTubeEmulator
        from emulators.platforms.meta import FacebookEmulator, InstagramEmulator, ThreadsEmulator
        from emulators.platforms.pinterest import PinterestEmulator
        from emulators.platforms.tiktok import TikTokEmulator
        from emulators.platforms.x import XEmulator

        return {"x": XEmulator, "pinterest": PinterestEmulator, "youtube": YouTubeEmulator,
                "instagram": InstagramEmulator, "facebook": FacebookEmulator, "threads": ThreadsEmulator,
                "tiktok": TikTokEmulator}[platform]()

    def start(self, platforms, *, age_s: float = 0.0) -> dict[str, dict[str, Any]]:
        """Start the emulators of ``platforms``; ``age_s``: the emulated platform's clock runs that far ahead
        for metrics (a post published now reports what it would after ``age_s``). Returns, per platform, the
        ``url``, the ``token`` and the account ``settings`` an account needs to use it."""
        out = {}
        with self._lock:
            for p in platforms:
                emu = self._running.get(p)
                if emu is None:
                    emu = self._make(p).start()
                    emu.metrics_age_s = float(age_s)
                    self._running[p] = emu
                token, settings = _ACCOUNT[p]
                out[p] = {"url": emu.url, "token": token, "settings": dict(settings)}
        return out

    def remember(self, platform: str, posts) -> None:
        """Posts the emulated platform holds from an earlier run: ``(platform_post_id, published epoch seconds)``
        (an emulator starts empty; the demo hands back what it published before)."""
        emu = self._running[platform]
        for pid, published in posts:
            e = emu.metrics_book.add(str(pid), published=float(published) - emu.metrics_age_s)
            if platform == "tiktok":
                e.video_id = str(pid)

    def emulator(self, platform: str):
        return self._running.get(platform)

    def stop(self) -> None:
        with self._lock:
            for emu in self._running.values():
                emu.stop()
            self._running.clear()


ADAPTER = Emulators
