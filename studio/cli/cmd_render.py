"""``studio render --product SKU --market M [--aspect 9:16|1:1|16:9] [--out FILE] [--duration 15|30|60]``"""

from __future__ import annotations

import sys

from studio.cli.common import add_command, emit, split_list
from studio.domain import StudioError


def register(sub) -> None:
    p = add_command(sub, "render", "render a product's short video (MP4 + cover + SRT/VTT) and print its path", run)
    p.add_argument("--product", required=True, help="handle or any variant SKU; several with commas (batch)")
    p.add_argument("--market", required=True, help="locale tag, e.g. de-DE or ar-SA")
    p.add_argument("--aspect", default="9:16", choices=["9:16", "1:1", "16:9"],
                   help="9:16 1080×1920 (default), 1:1 1080×1080 or 16:9 1920×1080")
    p.add_argument("--out", help="copy the MP4 here (cover .jpg and .srt/.vtt beside it); an existing folder gets <handle>-<market>-<aspect>.mp4")
    p.add_argument("--duration", type=int, choices=[15, 30, 60], help="preset length in seconds")
    p.add_argument("--channel", default="tiktok", choices=["tiktok", "instagram", "youtube", "facebook"],
                   help="whose script and rules to use (default tiktok)")
    p.add_argument("--draft", type=int, help="render this video-script draft id instead of the slot's")
    p.add_argument("--force", action="store_true", help="render again even if nothing changed")
    p.add_argument("--scale", type=float, default=1.0,
                   help="render smaller for a quick look, e.g. 0.5 = 540×960 (default 1 = full size)")


def run(args) -> int:
    from studio.services import video
    from studio.storage.db import default_database

    refs = split_list(args.product)
    if not refs:
        raise StudioError("--product needs a handle or SKU")
    if not 0.1 <= args.scale <= 1.0:
        raise StudioError(f"--scale {args.scale} is outside 0.1–1")

    def progress(fraction: float, message: str) -> None:
        if not args.json and sys.stderr.isatty():
            print(f"\r[{int(fraction * 100):3d}%] {message[:70]:<70}", end="", file=sys.stderr, flush=True)

    db = default_database()
    if len(refs) == 1:
        asset = video.render_video(db, refs[0], args.market, args.aspect, args.out, args.draft, progress,
                                   duration=args.duration, target=args.channel, reuse=not args.force,
                                   scale=args.scale)
        if not args.json and sys.stderr.isatty():
            print(file=sys.stderr)
        path = asset.path
        if args.out and asset.product_id is not None:  # a rendered video always belongs to its product
            from studio.services import catalog

            handle = catalog.get_product(db, asset.product_id).handle
            path = str(video.output_path(args.out, handle, args.market, args.aspect).resolve())
        files = video.related_files(db, asset)
        emit(args, {"path": path, "asset_id": asset.id, "asset_path": asset.path, "duration": asset.duration,
                    "width": asset.width, "height": asset.height, "inputs_hash": asset.inputs_hash,
                    "files": files, "provenance": asset.provenance}, path)
        return 0
    items = video.batch_render(db, refs, args.market, args.aspect, out_dir=args.out, duration=args.duration,
                               target=args.channel, scale=args.scale, progress=progress)
    if not args.json and sys.stderr.isatty():
        print(file=sys.stderr)
    data = [{"product": i.ref, "path": i.asset.path if i.asset else None, "error": i.error} for i in items]

    def human() -> None:
        for d in data:
            print(d["path"] if d["path"] else f"{d['product']}: {d['error']}")

    emit(args, data, human)
    return 0 if all(i.asset for i in items) else 2
