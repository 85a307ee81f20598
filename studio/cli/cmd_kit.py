from __future__ import annotations

from datetime import datetime
from pathlib import Path

from studio.cli.common import add_command, emit, split_list
from studio.domain import StudioError


def register(sub) -> None:
    p = add_command(sub, "kit", "build a livestream kit (run sheet, Q&A, links, QR codes, OBS overlays)", run)
    p.add_argument("--products", help="handles or SKUs in pin order, comma-separated")
    p.add_argument("--market", help="locale tag, e.g. th-TH")
    p.add_argument("--out", help="kit folder to write")
    p.add_argument("--platform", default="tiktok-shop", help="tiktok-shop (default), youtube, shopee, lazada")
    p.add_argument("--minutes", type=int, help="planned length of the live in minutes")
    p.add_argument("--segments", help="minutes per product, comma-separated (same order as --products)")
    p.add_argument("--host", default="Host", help="host name shown on overlays and in the run sheet")
    p.add_argument("--persona", help="host persona: a brand voice profile (tone, audience, do/don't words)")
    p.add_argument("--provider", help="LLM provider for the product segments (default: the configured one)")
    p.add_argument("--name", help="kit name (also the UTM campaign)")
    p.add_argument("--starts-at", help="ISO 8601 start time of the live (for teasers)")
    p.add_argument("--store-url", help="store base URL; product links are <url>/products/<handle>")
    p.add_argument("--flash", action="append", default=[],
                   help="flash sale PRODUCT:COUNTDOWN_S:DURATION_MIN[:DEAL_PRICE[:STOCK]] (repeatable)")
    p.add_argument("--giveaways", type=int, default=1)
    p.add_argument("--shipping-policy", help="text the Q&A uses for shipping questions")
    p.add_argument("--returns-policy", help="text the Q&A uses for returns questions")
    p.add_argument("--short-link-endpoint", help="URL of your short-link service (POST {url} → {short_url})")
    p.add_argument("--teasers", metavar="ACCOUNT",
                   help="queue teaser posts at T−24 h and T−1 h on this account (needs --starts-at)")
    p.add_argument("--override-warnings", metavar="REASON", help="publish teasers despite warnings (recorded)")
    p.add_argument("--list", action="store_true", help="list saved kits")


def _flash(spec: str) -> dict:
    parts = spec.split(":")
    if len(parts) < 3:
        raise StudioError(f"--flash {spec!r}: write PRODUCT:COUNTDOWN_S:DURATION_MIN[:DEAL_PRICE[:STOCK]]")
    try:
        out = {"product": parts[0], "countdown_s": int(parts[1]), "duration_min": int(parts[2])}
        if len(parts) > 3 and parts[3]:
            from decimal import Decimal

            out["deal_price"] = str(Decimal(parts[3]))
        if len(parts) > 4 and parts[4]:
            out["stock_cap"] = int(parts[4])
    except (ValueError, ArithmeticError):
        raise StudioError(f"--flash {spec!r}: countdown, duration and stock are whole numbers, price a decimal") from None
    return out


def run(args) -> int:
    from studio.services import livestream
    from studio.settings import Settings
    from studio.storage.db import default_database

    db = default_database()
    if args.list:
        kits = livestream.list_kits(db)

        def human_list() -> None:
            for k in kits:
                print(f"{k['id']:>4}  {k['market']:<6} {k['platform']:<12} {k['products']:>3} products  {k['name']}")
            if not kits:
                print("no kits yet")

        emit(args, kits, human_list)
        return 0
    if not args.products or not args.market or not args.out:
        raise StudioError("give --products SKU,... --market M --out DIR (or --list)")
    starts = None
    if args.starts_at:
        try:
            starts = datetime.fromisoformat(args.starts_at)
        except ValueError:
            raise StudioError(f"--starts-at {args.starts_at!r} is not an ISO 8601 time (e.g. 2026-12-01T19:00+07:00)") from None
    segments = None
    if args.segments:
        try:
            segments = [float(x) for x in split_list(args.segments)]
        except ValueError:
            raise StudioError("--segments takes minutes per product, e.g. 8,6,6") from None
    settings = Settings()
    req = livestream.KitRequest(
        products=split_list(args.products), market=args.market, platform=args.platform, name=args.name,
        host=args.host, persona=args.persona, provider=args.provider, total_minutes=args.minutes,
        segment_minutes=segments, starts_at=starts,
        store_url=args.store_url or settings.get("livestream.store_url"),
        flash_sales=[_flash(f) for f in args.flash], giveaways=args.giveaways,
        shipping_policy=args.shipping_policy or settings.get("livestream.shipping_policy"),
        returns_policy=args.returns_policy or settings.get("livestream.returns_policy"),
        short_link_endpoint=args.short_link_endpoint or settings.get("livestream.short_link_endpoint"))
    result = livestream.build_kit(db, req)
    files = livestream.export(db, result, Path(args.out))
    teasers = []
    if args.teasers:
        teasers = livestream.schedule_teasers(db, result.kit_id, args.teasers, override_reason=args.override_warnings)
    payload = {"kit_id": result.kit_id, "meta": result.meta, "files": files, "warnings": result.kit.get("warnings", []),
               "segments": result.kit["segments"], "checks": result.kit.get("checks", []),
               "teasers": [{"post_id": t.id, "at": t.scheduled_at} for t in teasers]}

    def human() -> None:
        print(f"Kit #{result.kit_id} '{result.meta['name']}' for {result.meta['platform_name']} in {result.meta['market']}: "
              f"{len(result.kit['products'])} products, {result.kit['total_s'] // 60} min")
        for seg in result.kit["segments"]:
            label = seg["kind"] if seg["product_index"] is None else result.kit["products"][seg["product_index"]]["title"]
            print(f"  {seg['start_tc']}–{seg['end_tc']}  {label}")
        for w in result.kit.get("warnings", []):
            print(f"  warning: {w}")
        print(f"Run sheet: {files['run_sheet_html']}\n           {files['run_sheet_pdf']}")
        print(f"Overlays and OBS scene collection: {files['overlays']['obs_scene_collection']}")
        for t in teasers:
            print(f"Teaser post #{t.id} queued for {t.scheduled_at.isoformat()} on {args.teasers}")

    emit(args, payload, human)
    return 0
