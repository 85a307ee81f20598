"""Demo step 20: listings and captions for three markets in three scripts (Latin, Arabic, Japanese) with the
built-in offline writer (rule-based, no AI), for the demo products."""

from __future__ import annotations

ORDER = 20
TITLE = "Generate localized listings and captions (offline writer: en-US, ar-SA, ja-JP)"
MARKETS = ["en-US", "ar-SA", "ja-JP"]
KINDS = ["listing", "caption"]
MAX_PRODUCTS = 4


def run(ctx) -> dict:
    from studio.services import generation

    ids = list(ctx.state.get("product_ids") or [])[:MAX_PRODUCTS] or None

    def progress(fraction: float, message: str) -> None:
        ctx.progress(fraction, f"generation: {message}")

    res = generation.generate(ctx.db, ids, MARKETS, KINDS, None, "offline", concurrency=2, progress=progress,
                              cancel=ctx.cancel)
    ctx.state["draft_ids"] = list(res.draft_ids)
    ctx.state["generation_markets"] = list(MARKETS)
    return {
        "provider": "offline (rule-based, grounded, not AI-generated)",
        "drafts": f"{res.done} generated, {res.skipped} already there, {res.failed} failed (run {res.run_id})",
        "markets": ", ".join(MARKETS),
        "see": "studio drafts --market ar-SA   ·   studio drafts show ID   ·   the app's Content section",
        **({"errors": "; ".join(e["error"] for e in res.errors[:3])} if res.errors else {}),
    }
