"""Demo: a livestream kit for three demo products (run sheet, overlays, QR codes, teleprompter text)."""

from __future__ import annotations

from datetime import timedelta

from studio import clock

ORDER = 60
TITLE = "Livestream kit for three products"


def run(ctx) -> dict:
    from studio.services import catalog, livestream

    ids = list(ctx.state.get("product_ids") or [])
    if not ids:
        ids = [s.id for s in catalog.list_products(ctx.db, 0, 3)]
    products = []
    for pid in ids:
        p = catalog.get_product(ctx.db, pid)
        if any(v.price is not None for v in p.variants):
            products.append(p.handle)
        if len(products) == 3:
            break
    if not products:
        return {"skipped": "no priced products in the catalog"}
    market = ctx.state.get("kit_market", "th-TH")
    starts = (clock.now() + timedelta(days=2)).replace(minute=0, second=0, microsecond=0)
    req = livestream.KitRequest(
        products=products, market=market, platform="tiktok-shop", name="Demo live", host="Mai",
        total_minutes=60, starts_at=starts, store_url=ctx.state.get("store_url", "https://shop.example.com"),
        flash_sales=[{"product": products[0], "countdown_s": 60, "duration_min": 5}],
        shipping_policy="Ships in 2–4 business days.", returns_policy="Free returns within 30 days.")
    result = livestream.build_kit(ctx.db, req)
    out = ctx.out / "livestream-kit"
    files = livestream.export(ctx.db, result, out)
    ctx.state["kit_id"] = result.kit_id
    return {"kit": f"#{result.kit_id} {result.meta['name']} ({market}, {len(products)} products, 60 min)",
            "run sheet": files["run_sheet_html"], "run sheet PDF": files["run_sheet_pdf"],
            "OBS scene collection": files["overlays"]["obs_scene_collection"],
            "talking points": files["talking_points"],
            "note": "store links use the demo address https://shop.example.com; set yours with --store-url"}
