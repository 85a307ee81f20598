"""Demo step 40: render one 9:16 short video (Arabic captions, right-to-left) for one demo product."""

from __future__ import annotations

from studio.safepath import safe_component

ORDER = 40
TITLE = "Video: a 15 s 9:16 short from the product's own images"
MARKET = "ar-SA"  # shows right-to-left, shaped captions; falls back to the first demo market


def _pick_product(ctx):
    from studio.services import catalog, video

    candidates = []
    for key in ("product_ids", "products"):
        for v in ctx.state.get(key) or []:
            candidates.append(v.id if hasattr(v, "id") else v)
    products = [catalog.get_product(ctx.db, int(i)) for i in candidates if str(i).isdigit()]
    if not products:
        products = [catalog.get_product(ctx.db, s.id) for s in catalog.list_products(ctx.db, limit=20)]
    for p in products:
        if video.product_images(p):
            return p
    return None


def run(ctx) -> dict:
    from studio.services import video

    product = _pick_product(ctx)
    if product is None:
        return {"skipped": "no product with local images in the catalog (run the catalog import step first)"}
    markets = ctx.state.get("markets") or []
    market = MARKET if not markets or MARKET in markets else markets[0]
    out = ctx.out / "video" / f"{safe_component(f'{product.handle}-{market}-9x16')}.mp4"
    asset = video.render_video(ctx.db, product.handle, market, "9:16", out, progress=ctx.progress, cancel=ctx.cancel,
                               duration=15, scale=float(ctx.state.get("video_scale", 1.0)))
    files = video.related_files(ctx.db, asset)
    ctx.state["video_asset_id"] = asset.id
    ctx.state["video_path"] = str(out)
    return {"product": product.handle, "market": market, "video": str(out),
            "cover": str(out.with_suffix(".jpg")), "subtitles": str(out.with_suffix(".srt")),
            "duration_s": asset.duration, "size": f"{asset.width}x{asset.height}",
            "render_s": round(float(asset.provenance.get("timings", {}).get("total", 0.0)), 1),
            "stored_as": asset.path, "files": sorted(files)}
