"""Warm the quality engine in the background when the app starts (first-use cost, issue 17).

The first approval or lint in a fresh process used to compile ~1,400 rule templates on the GUI's first call
(9.5–20 s under load). ``start(ctx)`` runs ``studio.quality.warm`` on the task pool, quietly (no status-bar
noise): the packs load, the frames of English and the system locale's language are built, language detection
and the market registry load, and the compiled regexes are stored in the disk cache for the next start.
Linting while it runs is safe (the engine builds each language once, under a lock)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QLocale

log = logging.getLogger(__name__)

SAMPLE = "Say goodbye to back pain — best seller, guaranteed results. #ad"


def warm_markets() -> tuple[str, ...]:
    tag = QLocale.system().name().replace("_", "-")
    return tuple(dict.fromkeys(["en-US", *([tag] if "-" in tag and tag != "C" else [])]))


def start(ctx) -> None:
    markets = warm_markets()

    def job(_progress, _cancel) -> int:
        from studio import quality
        from studio.services import claims_review

        n = quality.warm(markets, texts=(SAMPLE,))
        if claims_review.configured_mode() == "local":
            claims_review.local_model()  # the offline second opinion's weights, parsed once
        return n

    def failed(exc: BaseException) -> None:  # a warm-up that fails changes nothing: the first lint compiles
        log.warning("quality warm-up failed: %s", exc)

    ctx.tasks.submit(job, name="quality-warm-up", quiet=True, on_error=failed)
    from PySide6.QtCore import QCoreApplication

    app = QCoreApplication.instance()
    if app is not None:  # what later lints compiled (other markets) is kept for the next start too
        from studio.quality import rxcache

        app.aboutToQuit.connect(rxcache.save)
