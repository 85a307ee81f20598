"""Mockups and AR assets: use cases over the mockup engine (``generators/mockup``, found by the registry).

- ``list_scenes()`` — built-in studio scenes (``assets/scenes/*.json``) and the user's photo scenes
  (``<data>/scenes/<name>/scene.json`` + the photo).
- ``compose(db, product_ref, scene, size, target, placement)`` → AssetDTO (kind ``mockup``) with provenance
  (scene, placement, source image hash, cut-out method, IPTC source type); the same inputs reuse the asset.
- ``batch(db, refs, scenes, out_dir, target)`` — products × scenes.
- ``make_glb(db, product_ref)`` → AssetDTO (kind ``glb``) at true scale; ``make_usdz`` when usd-core is present.
- ``add_photo_scene(photo, plane, ref, ref_length, name)`` — a user's room as a scene.
- Per-product mockup settings (placement per scene, refine mask) live under ``<data>/mockups/``.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from PIL import Image

from studio import registry, settings
from studio.domain import ProductDTO, StudioError
from studio.jobs import CancelToken, ProgressFn, no_progress
from studio.ports import MockupEngine
from studio.safepath import confined, safe_component
from studio.services import assets as asset_service
from studio.services import catalog
from studio.storage.db import Database

ENGINE_VERSION = "mockup-1"
CUTOUT_MAX_SIDE = 2048  # working resolution of cut-outs (exports are ≤ 2000 px)
NAME_RE = re.compile(r"^[a-z0-9][a-z0-9-]{0,62}$")
TARGET_IDS = ("amazon-main", "instagram", "story", "pinterest", "tiktok-shop")


def engine() -> MockupEngine:
    return registry.mockup_engine()


def _wrap(exc: Exception, what: str) -> StudioError:
    return StudioError(f"{what}: {exc}")


# --------------------------------------------------------------------------- scenes


@dataclass(frozen=True)
class SceneInfo:
    name: str
    title: str
    kind: str  # studio | photo
    size: tuple[int, int]
    description: str
    path: str
    plane_kind: str | None = None


def user_scenes_dir() -> Path:
    return settings.sub_dir("scenes")


def _all_scenes() -> dict[str, Any]:
    e = engine()
    out: dict[str, Any] = {}
    try:
        for sc in e.load_scenes(e.builtin_scenes_dir()):
            out[sc.name] = sc
        for p in sorted(user_scenes_dir().glob("*/scene.json")):
            sc = e.load_scene(p)
            out[sc.name] = sc
    except e.errors as exc:
        raise _wrap(exc, "bad scene file") from None
    return out


def list_scenes() -> list[SceneInfo]:
    return [SceneInfo(sc.name, sc.title, sc.kind, tuple(sc.size), sc.description, sc.source,
                      (sc.plane or {}).get("kind") if sc.kind == "photo" else None)
            for sc in _all_scenes().values()]


def get_scene(name: str):
    scenes = _all_scenes()
    if name not in scenes:
        raise StudioError(f"no scene named {name!r}; known: {', '.join(scenes)}", hint="studio mockup --list")
    return scenes[name]


_LEN_RE = re.compile(r"^\s*([0-9]+(?:[.,][0-9]+)?)\s*(mm|cm|m|in|inch|ft|\")?\s*$", re.I)
_UNIT_M = {"mm": 0.001, "cm": 0.01, "m": 1.0, "in": 0.0254, "inch": 0.0254, '"': 0.0254, "ft": 0.3048}


def parse_length(text: str | float) -> float:
    """'29.7cm' / '297 mm' / '0.297m' / '11.7in' → metres (a bare number is centimetres)."""
    if isinstance(text, int | float):
        return float(text) / 100
    m = _LEN_RE.match(str(text))
    if not m:
        raise StudioError(f"cannot read the length {text!r}; write it like 29.7cm, 297mm, 0.8m or 11.7in")
    value = float(m.group(1).replace(",", "."))
    unit = (m.group(2) or "cm").lower()
    if value <= 0:
        raise StudioError(f"the reference length must be positive, got {text!r}")
    return value * _UNIT_M[unit]


def parse_numbers(text: str, count: int, what: str) -> list[float]:
    try:
        vals = [float(v) for v in str(text).replace(";", ",").split(",") if v.strip()]
    except ValueError:
        raise StudioError(f"{what} must be {count} comma-separated numbers, got {text!r}") from None
    if len(vals) != count:
        raise StudioError(f"{what} must be {count} comma-separated numbers (got {len(vals)})")
    return vals


def add_photo_scene(photo: Path | str, plane: list[tuple[float, float]], ref: list[tuple[float, float]],
                    ref_length_m: float, name: str, *, plane_kind: str = "floor", title: str | None = None) -> SceneInfo:
    """Save a user's photo as a scene: the image, the marked plane and the reference length (JSON)."""
    e = engine()
    photo = Path(photo)
    name = name.strip().lower()
    if not NAME_RE.match(name):
        raise StudioError(f"scene name {name!r}: use lower-case letters, digits and '-' (e.g. living-room)")
    if plane_kind not in ("floor", "wall"):
        raise StudioError("the plane is 'floor' or 'wall'")
    builtin = {sc.name for sc in e.load_scenes(e.builtin_scenes_dir())}
    if name in builtin:
        raise StudioError(f"{name!r} is a built-in scene; choose another name")
    try:
        with Image.open(photo) as im:
            im.load()
            from PIL import ImageOps

            im = ImageOps.exif_transpose(im)
            im = e.to_srgb(im if im.mode in ("RGB", "RGBA") else im.convert("RGB")).convert("RGB")
    except FileNotFoundError:
        raise StudioError(f"photo not found: {photo}") from None
    except OSError as exc:
        raise StudioError(f"{photo}: not an image Pillow can read ({exc})") from None
    w, h = im.size
    for x, y in list(plane) + list(ref):
        if not (0 <= x <= w and 0 <= y <= h):
            raise StudioError(f"point ({x:g}, {y:g}) lies outside the {w}×{h} photo")
    data = e.photo_scene_dict(name, "photo.jpg", (w, h), plane, plane_kind, ref, ref_length_m, title)
    try:
        sc = e.scene_from_dict(data)
        e.calibrate_plane(data["plane"]["points"], (w, h), tuple(map(tuple, data["ref"]["points"])), ref_length_m)
    except e.errors as exc:
        raise _wrap(exc, "cannot use these plane points") from None
    folder = user_scenes_dir() / name
    tmp = Path(tempfile.mkdtemp(prefix=f".{name}-", dir=user_scenes_dir()))
    try:
        im.save(tmp / "photo.jpg", "JPEG", quality=93)
        (tmp / "scene.json").write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")
        if folder.exists():
            shutil.rmtree(folder)
        tmp.replace(folder)
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)
    return SceneInfo(sc.name, sc.title, "photo", (w, h), "", str(folder / "scene.json"), plane_kind)


def remove_photo_scene(name: str) -> None:
    if not NAME_RE.match(name or ""):
        raise StudioError(f"no photo scene named {name!r}")
    folder = confined(user_scenes_dir(), name)
    if not (folder / "scene.json").is_file():
        raise StudioError(f"no photo scene named {name!r}")
    shutil.rmtree(folder)


# --------------------------------------------------------------------------- product images and settings


def _has_alpha(path: Path) -> bool:
    try:
        with Image.open(path) as im:
            if im.mode not in ("RGBA", "LA", "PA") and not (im.mode == "P" and "transparency" in im.info):
                return False
            return im.convert("RGBA").getchannel("A").getextrema()[0] < 250
    except OSError:
        return False


def product_image(product: ProductDTO) -> Path:
    """The image mockups start from: the first one with real transparency (a ready cut-out, so white-on-
    white products come out whole), else the first local image."""
    local = [Path(m.local_path) for m in sorted(product.media, key=lambda m: m.position)
             if m.local_path and Path(m.local_path).is_file()]
    for path in local:
        if _has_alpha(path):
            return path
    if local:
        return local[0]
    raise StudioError(f"product {product.handle!r} has no local image; import it with --images DIR "
                      "or add a picture in the catalog")


def dimensions(product: ProductDTO) -> dict | None:
    fact = product.fact("dimensions")
    if fact is None or not fact.data:
        return None
    d = dict(fact.data)
    d.setdefault("unit", fact.unit or "cm")
    return d


def face_size(product: ProductDTO, photo_aspect: float | None = None) -> tuple[float, float, bool] | None:
    """(width, height, flat) in metres of the face the product photo shows, from the dimensions fact."""
    d = dimensions(product)
    if d is None:
        return None
    try:
        return engine().face_size_m(d, photo_aspect)
    except engine().errors:
        return None


def _settings_dir() -> Path:
    return settings.sub_dir("mockups", "settings")


def load_product_settings(product_id: int) -> dict:
    p = _settings_dir() / f"{int(product_id)}.json"
    try:
        return json.loads(p.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def save_product_settings(product_id: int, data: dict) -> None:
    p = _settings_dir() / f"{int(product_id)}.json"
    tmp = p.with_suffix(".part")
    tmp.write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")
    tmp.replace(p)


def save_placement(product_id: int, scene: str, placement: dict) -> None:
    data = load_product_settings(product_id)
    data.setdefault("placements", {})[scene] = placement
    save_product_settings(product_id, data)


def refine_mask_path(product_id: int) -> Path:
    return _settings_dir() / f"{int(product_id)}-refine.png"


def save_refine_mask(product_id: int, mask: Image.Image) -> Path:
    """Save the painted refine mask (L: 255 keep, 0 remove, 128 automatic) with the product's settings."""
    p = refine_mask_path(product_id)
    mask.convert("L").save(p.with_suffix(".part.png"))
    p.with_suffix(".part.png").replace(p)
    data = load_product_settings(product_id)
    data["refine_sha256"] = asset_service.sha256_file(p)
    save_product_settings(product_id, data)
    return p


def clear_refine_mask(product_id: int) -> None:
    refine_mask_path(product_id).unlink(missing_ok=True)
    data = load_product_settings(product_id)
    data.pop("refine_sha256", None)
    save_product_settings(product_id, data)


def _cutout_cache_dir() -> Path:
    return settings.sub_dir("mockups", "cutouts")


def cutout(product: ProductDTO, *, use_refine: bool = True) -> tuple[Image.Image, dict]:
    """The product's cut-out (RGBA, cropped), cached by source image hash + refine mask hash."""
    src = product_image(product)
    src_sha = asset_service.sha256_file(src)
    refine = refine_mask_path(product.id) if use_refine else None
    refine_sha = asset_service.sha256_file(refine) if refine and refine.is_file() else None
    key = hashlib.sha256(f"{ENGINE_VERSION}|{src_sha}|{refine_sha}|{CUTOUT_MAX_SIDE}".encode()).hexdigest()[:32]
    cached = _cutout_cache_dir() / f"{key}.png"
    meta_p = cached.with_suffix(".json")
    meta = {"source": str(src), "source_sha256": src_sha, "refine_sha256": refine_sha}
    if cached.is_file() and meta_p.is_file():
        img = Image.open(cached)
        img.load()
        return img, {**meta, **json.loads(meta_p.read_text(encoding="utf-8"))}
    e = engine()
    try:
        with Image.open(src) as im:
            im.load()
            from PIL import ImageOps

            im = ImageOps.exif_transpose(im)
            mask = Image.open(refine) if refine is not None and refine_sha else None
            cut, info = e.cut_out(im, refine=mask, max_side=CUTOUT_MAX_SIDE)
    except e.errors as exc:
        raise _wrap(exc, f"cut-out of {product.handle!r} ({src.name})") from None
    except OSError as exc:
        raise StudioError(f"{src}: cannot read the product image ({exc})") from None
    info_d = {"method": info.method, "background": info.background, "threshold": info.threshold}
    cut.save(cached.with_suffix(".part.png"))
    cached.with_suffix(".part.png").replace(cached)
    meta_p.write_text(json.dumps(info_d), encoding="utf-8")
    return cut, {**meta, **info_d}


def source_image(product: ProductDTO) -> Image.Image:
    """The product's original image (for the refine brush), EXIF-rotated."""
    from PIL import ImageOps

    with Image.open(product_image(product)) as im:
        im.load()
        return ImageOps.exif_transpose(im).copy()


# --------------------------------------------------------------------------- compose


def parse_size(text: str | None) -> tuple[int, int] | None:
    if not text:
        return None
    m = re.match(r"^\s*(\d{2,5})\s*[x×X]\s*(\d{2,5})\s*$", str(text))
    if not m:
        raise StudioError(f"--size must look like 1600x1200, got {text!r}")
    w, h = int(m.group(1)), int(m.group(2))
    if not (16 <= w <= 8000 and 16 <= h <= 8000):
        raise StudioError("--size must be between 16 and 8000 pixels on each side")
    return w, h


def _placement(e, product: ProductDTO, scene, placement: dict | None, cut: Image.Image):
    saved = (load_product_settings(product.id).get("placements") or {}).get(scene.name)
    pl = e.Placement.from_dict(placement if placement is not None else saved)
    fs = face_size(product, cut.width / max(1, cut.height))
    if fs and pl.true_size_m is None:
        pl = replace(pl, true_size_m=(fs[0], fs[1]))
    return pl, fs


def render(db: Database, product: ProductDTO, scene_name: str, size: tuple[int, int] | None = None,
           placement: dict | None = None, *, preview_scale: float = 1.0):
    """Compose without storing: (ComposeResult, cut-out info, scene). For previews and the service."""
    e = engine()
    scene = get_scene(scene_name)
    cut, info = cutout(product)
    pl, fs = _placement(e, product, scene, placement, cut)
    if fs and fs[2] and scene.kind == "photo" and (scene.plane or {}).get("kind") == "floor":
        # a flat item (rug, mat) lies on the floor: lay its face in the plane
        scene = replace(scene, plane={**scene.plane, "kind": "wall"})
    try:
        result = e.compose(cut, scene, size, pl, preview_scale=preview_scale)
    except e.errors as exc:
        raise _wrap(exc, f"cannot compose {product.handle!r} in {scene.name!r}") from None
    return result, info, scene, pl


def compose(db: Database, product_ref: str | int, scene: str | None = None, size: tuple[int, int] | None = None,
            target: str | None = None, placement: dict | None = None, out: Path | str | None = None,
            *, reuse: bool = True):
    """Compose a mockup and store it as an asset (kind ``mockup``); returns AssetDTO."""
    e = engine()
    product = catalog.get_product(db, product_ref) if isinstance(product_ref, int) else \
        catalog.get_product_by_ref(db, product_ref)
    tgt = None
    if target:
        if target not in e.TARGETS:
            raise StudioError(f"unknown target {target!r}; targets: {', '.join(TARGET_IDS)}")
        tgt = e.TARGETS[target]
        if tgt.size:
            if size and tuple(size) != tgt.size:
                raise StudioError(f"{target} images are {tgt.size[0]}×{tgt.size[1]}; drop --size or pick another target")
            size = tgt.size
    scene = scene or (tgt.default_scene if tgt else None) or "seamless-backdrop"
    sc = get_scene(scene)
    if tgt and tgt.pure_white and not sc.pure_white:
        # Amazon main image: pure white background only (see generators/mockup/export.py for the rule's source)
        raise StudioError(f"{target} needs a pure white background; use --scene marketplace-white "
                          "(lifestyle scenes go to the other image slots)")
    src = product_image(product)
    src_sha = asset_service.sha256_file(src)
    refine_sha = load_product_settings(product.id).get("refine_sha256")
    photo_sha = asset_service.sha256_file(Path(sc.image_path)) if sc.kind == "photo" and sc.image_path else None
    pl, _fs = _placement(e, product, sc, placement, cutout(product)[0])
    fmt = tgt.format if tgt else "PNG"
    ihash = asset_service.inputs_hash("mockup", ENGINE_VERSION, src_sha, refine_sha, sc.to_dict(), photo_sha,
                                      list(size) if size else None, target, pl.to_dict(), fmt)
    asset = asset_service.find_reusable(db, ihash, "mockup") if reuse else None
    if asset is None:
        result, info, used_scene, pl = render(db, product, scene, size, placement)
        img = result.image
        ai = False  # our composites use no trained model; an AI-made source image would set this
        if tgt and tgt.pure_white:
            fill = e.fill_fraction(img)
            if fill < tgt.min_fill:
                raise StudioError(f"the product fills {fill:.0%} of the frame; {target} needs ≥ {tgt.min_fill:.0%}")
        with tempfile.TemporaryDirectory() as td:
            tmp = Path(td) / (safe_component(f"{product.handle}-{scene}") + (tgt.suffix if tgt else ".png"))
            e.save_image(img, tmp, tgt or "png", ai_generated=ai, title=product.title)
            provenance = {
                "generator": "mockup", "engine": ENGINE_VERSION, "scene": scene, "scene_kind": sc.kind,
                "scene_source": sc.source, "placement": pl.to_dict(), "target": target, "size": list(img.size),
                "source_image": str(src), "source_sha256": src_sha, "refine_sha256": refine_sha,
                "cutout": info.get("method"), "true_scale": result.true_scale, "notes": result.notes,
                "quad": [[round(float(x), 2), round(float(y), 2)] for x, y in result.quad],
                "digital_source_type": e.SOURCE_COMPOSITE_AI if ai else e.SOURCE_COMPOSITE,
                "photo_sha256": photo_sha,
            }
            asset = asset_service.store_asset(db, tmp, kind="mockup", product_id=product.id,
                                              mime=tgt.mime if tgt else "image/png", width=img.width,
                                              height=img.height, inputs_hash=ihash, ai_generated=ai,
                                              provenance=provenance, move=True)
    if out:
        _copy_out(Path(asset.path), Path(out))
    return asset


def _copy_out(src: Path, out: Path) -> Path:
    """Copy a stored asset to ``out``, proven to lie in ``out``'s folder (links there are not written through)."""
    out = confined(out.parent, out.name, make_parents=True)
    if out.suffix.lower() != src.suffix.lower():
        if out.suffix.lower() in (".jpg", ".jpeg") and src.suffix.lower() in (".jpg", ".jpeg"):
            pass
        else:
            raise StudioError(f"{out.name}: this image is {src.suffix.lstrip('.').upper()}; "
                              f"name the file *{src.suffix}")
    shutil.copyfile(src, out)
    return out


@dataclass(frozen=True)
class BatchItem:
    product: str
    scene: str
    asset_id: int | None
    path: str | None
    error: str | None = None


def batch(db: Database, product_refs: list[str], scene_names: list[str], out_dir: Path | str | None = None,
          target: str | None = None, size: tuple[int, int] | None = None, progress: ProgressFn = no_progress,
          cancel: CancelToken | None = None) -> list[BatchItem]:
    """Products × scenes. A failing pair is reported and the rest go on."""
    cancel = cancel or CancelToken()
    products = catalog.resolve_products(db, product_refs)
    if not scene_names:
        raise StudioError("name at least one scene", hint="studio mockup --list")
    for s in scene_names:
        get_scene(s)
    out = Path(out_dir) if out_dir else None
    items: list[BatchItem] = []
    total = max(1, len(products) * len(scene_names))
    n = 0
    for p in products:
        for s in scene_names:
            cancel.raise_if_cancelled()
            progress(n / total, f"{p.handle} × {s}")
            try:
                asset = compose(db, p.id, s, size, target)
                path = asset.path
                if out:
                    name = safe_component(f"{p.handle}--{s}") + Path(asset.path).suffix
                    path = str(_copy_out(Path(asset.path), confined(out, name, make_parents=True)))
                items.append(BatchItem(p.handle, s, asset.id, path))
            except StudioError as exc:
                items.append(BatchItem(p.handle, s, None, None, str(exc)))
            n += 1
    progress(1.0, "done")
    return items


# --------------------------------------------------------------------------- AR


def make_glb(db: Database, product_ref: str | int, out: Path | str | None = None, *, usdz: bool = False):
    """A true-scale .glb (and .usdz when asked and usd-core is installed). Returns AssetDTO (or a list)."""
    e = engine()
    product = catalog.get_product(db, product_ref) if isinstance(product_ref, int) else \
        catalog.get_product_by_ref(db, product_ref)
    dims = dimensions(product)
    if dims is None:
        raise StudioError(f"product {product.handle!r} has no dimensions fact; set one first, e.g. "
                          f"`dimensions` = 80 x 40 x 75 cm")
    cut, info = cutout(product)
    kinds = [("glb", ".glb", "model/gltf-binary", e.write_glb)]
    if usdz:
        if not e.usdz_available():
            raise StudioError("USDZ needs the optional package usd-core: pip install 'commerce-studio[usdz]'")
        kinds.append(("usdz", ".usdz", "model/vnd.usdz+zip", e.write_usdz))
    results = []
    for kind, suffix, mime, writer in kinds:
        ihash = asset_service.inputs_hash(kind, ENGINE_VERSION, info.get("source_sha256"), info.get("refine_sha256"),
                                          dims)
        asset = asset_service.find_reusable(db, ihash, kind)
        if asset is None:
            with tempfile.TemporaryDirectory() as td:
                tmp = Path(td) / (safe_component(product.handle) + suffix)
                try:
                    meta = writer(cut, dims, tmp, name=product.handle)
                except e.errors as exc:
                    raise _wrap(exc, f"cannot build the {kind} of {product.handle!r}") from None
                asset = asset_service.store_asset(
                    db, tmp, kind=kind, product_id=product.id, mime=mime, inputs_hash=ihash, ai_generated=False,
                    provenance={"generator": "mockup-ar", "engine": ENGINE_VERSION, "dimensions": dims,
                                "size_m": meta["size_m"], "flat": meta["flat"], "source_image": info.get("source"),
                                "source_sha256": info.get("source_sha256"), "units": "metres", "up": "+Y"},
                    move=True)
        results.append(asset)
    if out:
        out = Path(out)
        out = _copy_out(Path(results[0].path), out)
        if len(results) > 1:
            shutil.copyfile(results[1].path, confined(out.parent, out.with_suffix(".usdz").name))
    return results if usdz else results[0]


def targets() -> list[dict]:
    e = engine()
    return [{"id": t.id, "title": t.title, "size": list(t.size) if t.size else None, "format": t.format}
            for t in e.TARGETS.values() if t.id in TARGET_IDS]


# --------------------------------------------------------------------------- the app's canvas


@dataclass
class CanvasSetup:
    """Everything the Mockups canvas needs for one product in one scene, at screen resolution."""

    product_id: int
    scene: str
    kind: str  # studio | photo
    view_size: tuple[int, int]
    background: Image.Image  # RGB, view size
    product: Image.Image  # RGBA cut-out, screen resolution
    quad: list[tuple[float, float]]  # where the product sits now (view px, TL TR BR BL)
    placement: dict  # the placement that quad came from
    snapper: Snapper
    true_scale: bool
    plane: list[tuple[float, float]] | None = None  # marked plane corners (view px), photo scenes


class Snapper:
    """Maps a dragged base point to the product's quad, snapped to the scene: the floor line of a studio
    scene, the centre line, or (photo scenes) the marked plane at true size. Pure math, cheap per mouse move."""

    SNAP = 0.03  # fraction of the view within which the floor/centre line pulls the product

    def __init__(self, scene, view_size: tuple[int, int], product_size: tuple[int, int], base_pl) -> None:
        self.e = engine()
        self.scene = scene
        self.view_size = view_size
        self.product_size = product_size
        self.base_pl = base_pl  # Placement with true_size_m etc.
        self.kind = scene.kind
        self.anchor = (scene.placement.get("anchor", "center") if scene.kind == "studio"
                       else (scene.plane or {}).get("kind", "floor"))
        self.cam = self.e.photo_camera(scene) if scene.kind == "photo" else None
        w, h = view_size
        if scene.kind == "studio":
            box = scene.placement.get("box", [0.1, 0.1, 0.9, 0.9])
            self.floor_y = box[3] * h if self.anchor == "floor" else None
            self.centre = ((box[0] + box[2]) / 2 * w, (box[1] + box[3]) / 2 * h)
        else:
            self.floor_y = None
            self.centre = (w / 2, h / 2)
        self._cover = _cover(scene, view_size)

    # studio scenes: the fitted quad with its base (bottom centre or centre) moved to (x, y)
    def quad_for_base(self, x: float, y: float, scale: float = 1.0, rotation: float = 0.0):
        import numpy as np

        w, h = self.view_size
        if self.kind == "photo" and self.cam is not None:  # a photo scene always has its camera
            s, dx, dy = self._cover
            px, py = (x - dx) / s, (y - dy) / s
            X, Y = self.cam.image_to_plane([[px, py]])[0]
            pl = replace(self.base_pl, plane_xy=(float(X), float(Y)), scale=scale, rotation=rotation, quad=None)
            quad, _true = self.e.plane_quad(self.scene, self.view_size, self.product_size, pl, self.cam)
            self.last_base = (x, y)
            return np.asarray(quad), {"plane_xy": [float(X), float(Y)], "scale": scale, "rotation": rotation}
        pl = replace(self.base_pl, scale=scale, rotation=rotation, offset=(0.0, 0.0), quad=None)
        quad = np.asarray(self.e.fitted_quad(self.scene, self.view_size, self.product_size, pl), dtype=float)
        if self.anchor == "floor":
            bx, by = float((quad[2, 0] + quad[3, 0]) / 2), float(max(quad[2, 1], quad[3, 1]))
            if self.floor_y is not None and abs(y - self.floor_y) < self.SNAP * h:
                y = self.floor_y
        else:
            bx, by = float(quad[:, 0].mean()), float(quad[:, 1].mean())
        if abs(x - self.centre[0]) < self.SNAP * w:
            x = self.centre[0]
        quad = quad + [x - bx, y - by]
        self.last_base = (x, y)  # after snapping
        return quad, {"scale": scale, "rotation": rotation, "offset": [(x - bx) / w, (y - by) / h]}

    def base_of(self, quad) -> tuple[float, float]:
        """The base point of a quad (bottom centre on a floor, centre otherwise)."""
        if self.anchor == "floor":
            return float((quad[2][0] + quad[3][0]) / 2), float(max(quad[2][1], quad[3][1]))
        return float(sum(p[0] for p in quad) / 4), float(sum(p[1] for p in quad) / 4)


def _cover(scene, view_size):
    if scene.kind != "photo":
        return (1.0, 0.0, 0.0)
    sw, sh = scene.size
    dw, dh = view_size
    s = max(dw / sw, dh / sh)
    return s, (dw - sw * s) / 2, (dh - sh * s) / 2


def quad_is_convex(quad) -> bool:
    return bool(engine().quad_is_convex(quad))


def view_size_for(scene_name: str, max_side: int = 1000) -> tuple[int, int]:
    sc = get_scene(scene_name)
    w, h = sc.size
    k = max_side / max(w, h)
    return max(1, round(w * k)), max(1, round(h * k))


def canvas_setup(db: Database, product_id: int, scene_name: str, view_size: tuple[int, int] | None = None,
                 placement: dict | None = None) -> CanvasSetup:
    """Screen-resolution layers for the canvas (run off the GUI thread: the first cut-out takes a moment)."""
    e = engine()
    product = catalog.get_product(db, product_id)
    sc = get_scene(scene_name)
    view_size = view_size or view_size_for(scene_name)
    cut, _info = cutout(product)
    pl, fs = _placement(e, product, sc, placement, cut)
    if fs and fs[2] and sc.kind == "photo" and (sc.plane or {}).get("kind") == "floor":
        sc = replace(sc, plane={**sc.plane, "kind": "wall"})
    try:
        bg = e.scene_background(sc, view_size)
        if pl.quad is not None:
            import numpy as np

            quad = np.asarray(pl.quad, dtype=float).reshape(4, 2) * view_size
            true = False
        elif sc.kind == "photo":
            quad, true = e.plane_quad(sc, view_size, cut.size, pl)
        else:
            quad, true = e.fitted_quad(sc, view_size, cut.size, pl), False
    except e.errors as exc:
        raise _wrap(exc, f"cannot place {product.handle!r} in {scene_name!r}") from None
    # the product at screen resolution: about the size it shows at, never more than 1024 px
    qh = max(abs(quad[3][1] - quad[0][1]), abs(quad[2][1] - quad[1][1]), 1.0)
    k = min(1.0, max(qh * 1.5, 256) / cut.height, 1024 / max(cut.size))
    small = cut.resize((max(1, round(cut.width * k)), max(1, round(cut.height * k))), Image.Resampling.LANCZOS) if k < 1 else cut
    plane = None
    if sc.kind == "photo":
        s, dx, dy = _cover(sc, view_size)
        plane = [(x * s + dx, y * s + dy) for x, y in (sc.plane or {})["points"]]
    snap = Snapper(sc, view_size, cut.size, pl)
    return CanvasSetup(product.id, scene_name, sc.kind, view_size, bg.convert("RGB"), small,
                       [(float(x), float(y)) for x, y in quad], pl.to_dict(), snap, bool(true), plane)
