"""``studio mockup``: scenes, composites per target, batches, AR models, user photo scenes."""

from __future__ import annotations

import sys
from pathlib import Path

from studio.cli.common import add_command, emit, split_list
from studio.domain import StudioError


def register(sub) -> None:
    p = add_command(sub, "mockup", "product mockups in studio scenes or your own photos; AR models (.glb)", run)
    p.add_argument("--list", action="store_true", help="list the scenes and export targets")
    p.add_argument("--product", help="product handle or SKU")
    p.add_argument("--products", help="batch: comma-separated handles/SKUs (empty = all products)")
    p.add_argument("--scene", help="scene name (see --list)")
    p.add_argument("--scenes", help="batch: comma-separated scene names")
    p.add_argument("--size", help="output size WxH (free-size PNG), e.g. 1600x1200")
    p.add_argument("--target", choices=["amazon-main", "instagram", "story", "pinterest", "tiktok-shop"],
                   help="export for a platform (fixed size, format, sRGB, IPTC metadata)")
    p.add_argument("--out", help="output file (single) or folder (batch)")
    p.add_argument("--glb", action="store_true", help="build a true-scale AR model (.glb) of --product")
    p.add_argument("--usdz", action="store_true", help="with --glb: also write a .usdz (needs usd-core)")
    p.add_argument("--add-scene", metavar="PHOTO", help="save a photo of a room as a scene")
    p.add_argument("--plane", help="with --add-scene: x1,y1,...,x4,y4 corners of a rectangle on the floor/wall "
                                   "(top-left, top-right, bottom-right, bottom-left, in photo pixels)")
    p.add_argument("--plane-kind", choices=["floor", "wall"], default="floor", help="what the plane is (default floor)")
    p.add_argument("--ref", help="with --add-scene: x1,y1,x2,y2 two points on the plane a known distance apart")
    p.add_argument("--ref-length", help="with --add-scene: that distance, e.g. 29.7cm (A4 long side), 0.8m")
    p.add_argument("--name", help="with --add-scene: scene name, e.g. living-room")
    p.add_argument("--remove-scene", metavar="NAME", help="delete one of your photo scenes")


def run(args) -> int:
    from studio.services import mockups

    if args.list:
        scene_list = mockups.list_scenes()
        targets = mockups.targets()
        data = {"scenes": scene_list, "targets": targets}

        def human_list() -> None:
            print("Scenes:")
            for s in scene_list:
                extra = f" ({s.plane_kind} plane)" if s.plane_kind else ""
                print(f"  {s.name:22s} {s.kind:6s} {s.size[0]}×{s.size[1]}  {s.title}{extra}")
            print("Targets (--target):")
            for t in targets:
                print(f"  {t['id']:13s} {t['size'][0]}×{t['size'][1]} {t['format']}  {t['title']}")
        emit(args, data, human_list)
        return 0
    if args.remove_scene:
        mockups.remove_photo_scene(args.remove_scene)
        emit(args, {"removed": args.remove_scene}, f"removed scene {args.remove_scene}")
        return 0
    if args.add_scene:
        if not (args.plane and args.ref and args.ref_length and args.name):
            raise StudioError("--add-scene needs --plane x1,y1,...,x4,y4 --ref x1,y1,x2,y2 --ref-length 29.7cm --name NAME")
        pts = mockups.parse_numbers(args.plane, 8, "--plane")
        ref = mockups.parse_numbers(args.ref, 4, "--ref")
        info = mockups.add_photo_scene(args.add_scene, [(pts[i], pts[i + 1]) for i in range(0, 8, 2)],
                                       [(ref[0], ref[1]), (ref[2], ref[3])], mockups.parse_length(args.ref_length),
                                       args.name, plane_kind=args.plane_kind)
        emit(args, info, f"saved scene {info.name} ({info.size[0]}×{info.size[1]}, {info.plane_kind} plane): {info.path}")
        return 0

    from studio.storage.db import default_database

    db = default_database()
    if args.glb:
        if not args.product:
            raise StudioError("--glb needs --product SKU")
        res = mockups.make_glb(db, args.product, args.out, usdz=args.usdz)
        assets = res if isinstance(res, list) else [res]
        data = {"assets": assets, "out": args.out}

        def human_glb() -> None:
            for a in assets:
                size = a.provenance.get("size_m")
                print(f"{a.kind}: {a.path}  (asset {a.id}; {size[0]:.3f} × {size[1]:.3f} × {size[2]:.3f} m)")
            if args.out:
                print(f"copied to {args.out}")
        emit(args, data, human_glb)
        return 0
    if args.products is not None or args.scenes:
        scenes = split_list(args.scenes) or ([args.scene] if args.scene else [])
        refs = split_list(args.products) or ([args.product] if args.product else [])

        def progress(f: float, msg: str) -> None:
            if not args.json:
                print(f"[{int(f * 100):3d}%] {msg}", file=sys.stderr)

        items = mockups.batch(db, refs, scenes, Path(args.out) if args.out else None, args.target,
                              mockups.parse_size(args.size), progress)

        def human_batch() -> None:
            for it in items:
                print(f"{it.product} × {it.scene}: {it.path}" if it.path else f"{it.product} × {it.scene}: FAILED {it.error}")
        emit(args, {"items": items}, human_batch)
        return 1 if any(it.error for it in items) else 0
    if not args.product:
        raise StudioError("name a product (--product SKU), or use --list, --products/--scenes, --add-scene")
    asset = mockups.compose(db, args.product, args.scene, mockups.parse_size(args.size), args.target,
                            out=args.out)

    def human() -> None:
        print(f"mockup: {asset.path}  (asset {asset.id}, {asset.width}×{asset.height}, "
              f"scene {asset.provenance.get('scene')})")
        if args.out:
            print(f"copied to {args.out}")
        for note in asset.provenance.get("notes") or []:
            print(f"note: {note}")
    emit(args, {"asset": asset, "out": args.out}, human)
    return 0
